"""Result records: what a simulation found, per op and for the whole run.

A leaf module: plain frozen dataclasses that the engine fills in and that
energy, reports, plots and sweeps read. Cycles are integers of the chip
clock; seconds are derived from them only where a clock is known.

Every quantity is a named field with its unit in the name (a misspelled one
is an ``AttributeError`` at once, never a silent zero): ``ActionCounts``
(what one op did, the energy model's input), ``EnergyBreakdown`` (joules per
component), ``ScheduleSummary``, ``Verification``, ``GemmSettings`` and
``ModelRunInfo`` (how the run was set up and checked, the JSON's
``"settings"``), ``MemoryFootprint`` (the DRAM per chip, the JSON's
``"footprint"``); ``docs/results-schema.md`` documents every field.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import NamedTuple

from systolic.breakdown import CycleBreakdown


def _sum_counted(a: int | None, b: int | None) -> int | None:
    """Two counts added; an action neither side counted stays uncounted."""
    return b if a is None else a if b is None else a + b


@dataclass(frozen=True)
class ActionCounts:
    """The actions one op performed, in the units their names say.

    A field is ``None`` where the model that ran the op does not count that
    action (a collective touches no SRAM; SCALE-Sim's CALC mode models no DRAM),
    0 where it counts and found none. SRAM bytes: the array-side reads and
    writes plus the DMA side of each buffer; DRAM and shared-level bytes: what
    the DMAs moved; ``vector_ops``: vector-lane operations (element-wise work,
    split-K sums); ``link_bytes``: what a collective sent over the links. The
    JSON lists them in this order.
    """

    dram_read_bytes: int | None = None
    dram_write_bytes: int | None = None
    shared_read_bytes: int | None = None
    sram_input_read_bytes: int | None = None
    sram_input_write_bytes: int | None = None
    sram_weight_read_bytes: int | None = None
    sram_weight_write_bytes: int | None = None
    sram_output_read_bytes: int | None = None
    sram_output_write_bytes: int | None = None
    vector_ops: int | None = None
    link_bytes: int | None = None

    def __add__(self, other: ActionCounts) -> ActionCounts:
        return ActionCounts(*(_sum_counted(getattr(self, f.name), getattr(other, f.name))
                              for f in dataclasses.fields(self)))

    def scaled(self, times: int) -> ActionCounts:
        """The counts of ``times`` runs of the op (uncounted stays uncounted)."""
        return ActionCounts(*(None if value is None else value * times
                              for value in self._values()))

    def or_zero(self) -> ActionCounts:
        """The same counts with every uncounted action read as 0."""
        return ActionCounts(*(value or 0 for value in self._values()))

    def counted(self) -> dict[str, int]:
        """The counted actions by field name, in field order (what the JSON lists)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                if getattr(self, f.name) is not None}

    @property
    def dram_bytes(self) -> int:
        """Bytes read from and written to DRAM (0 where not counted)."""
        return (self.dram_read_bytes or 0) + (self.dram_write_bytes or 0)

    def _values(self) -> tuple:
        return tuple(getattr(self, f.name) for f in dataclasses.fields(self))


@dataclass(frozen=True)
class EnergyBreakdown:
    """Joules per component (``cost/energy.py`` says what each covers)."""

    mac_j: float = 0.0
    register_j: float = 0.0
    sram_j: float = 0.0
    dram_j: float = 0.0
    shared_j: float = 0.0
    vector_j: float = 0.0
    static_j: float = 0.0

    @property
    def total_j(self) -> float:
        """All components together."""
        return sum(self.by_component().values())

    def by_component(self) -> dict[str, float]:
        """Joules keyed by component name (``mac``, ..., ``static``), in field order."""
        return {f.name.removesuffix("_j"): getattr(self, f.name)
                for f in dataclasses.fields(self)}

    def __add__(self, other: EnergyBreakdown) -> EnergyBreakdown:
        return EnergyBreakdown(*(getattr(self, f.name) + getattr(other, f.name)
                                 for f in dataclasses.fields(self)))

    def scaled(self, times: float) -> EnergyBreakdown:
        """The energy of ``times`` runs."""
        return EnergyBreakdown(*(getattr(self, f.name) * times
                                 for f in dataclasses.fields(self)))


@dataclass(frozen=True)
class ScheduleSummary:
    """How the mapper cut one op: tiles, waves, and the tiling it chose.

    A collective has no tiles, only the ``algorithm`` it ran; vector work
    has no ``tile``, ``loop_order``, ``split_k`` or ``transposed``. ``tile``
    is (tm, tn, tk) in elements, of ``O^T = B^T . A^T`` where ``transposed``.
    """

    op: str
    kind: str
    tiles: int | None = None
    waves: int | None = None
    tile: tuple[int, int, int] | None = None
    loop_order: str | None = None
    split_k: int | None = None
    transposed: bool | None = None
    algorithm: str | None = None


@dataclass(frozen=True)
class Verification:
    """The PE-level engine's check of a GEMM's array timing (``--engine pe``).

    ``shapes`` distinct per-array GEMMs were run on random operands drawn
    from ``seed``; ``busy_macs`` is the MACs each PE did, summed over them
    (rows x cols).
    """

    shapes: int
    max_abs_error: float
    within_tolerance: bool
    cycles_equal: bool
    seed: int
    busy_macs: tuple[tuple[int, ...], ...]

    @property
    def passed(self) -> bool:
        """Cycles equal the closed form and every product is within tolerance."""
        return self.within_tolerance and self.cycles_equal


@dataclass(frozen=True)
class GemmSettings:
    """How a single GEMM (``systolic gemm``) was run.

    ``bandwidth_words``: SCALE-Sim's USER bandwidth mode at that many words
    per cycle (None: CALC mode, or the native engine).
    """

    engine: str
    compat: str
    dtype: str
    bandwidth_words: float | None = None


@dataclass(frozen=True)
class HardwareSummary:
    """The machine a run ran on, as reports name and size it (the JSON ``hardware``).

    A copy of the description's identity and shape, so that a result can be
    read (and its report printed) without the description it came from.
    """

    name: str
    source: str
    rows: int
    cols: int
    dataflow: str
    arrays_per_core: int
    cores: int
    clock_hz: float
    peak_macs_per_cycle: int
    dram_bandwidth_bytes_per_s: float
    dram_bytes_per_cycle: float
    sram_input_bytes: int
    sram_weight_bytes: int
    sram_output_bytes: int


@dataclass(frozen=True)
class ModelRunInfo:
    """The model run a result covers: the model, its run settings, its parts.

    ``layer_cycles`` is one layer's cycles, ``part_cycles`` each part's
    (embedding, layer, tail) cycles once; ``flops`` the whole run's (None for a
    layer alone); a chip holds ``seq / cp`` of each prompt, the tp grid is ``tpx x tp/tpx``.
    """

    model: str
    phase: str
    batch: int
    seq: int
    kv_len: int
    tp: int
    dtype: str
    weight_dtype: str | None
    layers: int
    layer_cycles: int
    part_cycles: dict[str, int]
    tokens: int
    flops: float | None
    cp: int = 1
    tpx: int = 1


@dataclass(frozen=True)
class MemoryFootprint:
    """The DRAM one chip of a model run needs, in bytes, against its capacity.

    ``weight_bytes``: the chip's share of the parameters; ``kv_cache_bytes``:
    of the keys and values the attention reads; ``activation_bytes``:
    activations and workspace, an estimate; a train step's ``gradient_bytes``
    and ``optimizer_bytes`` (``spec/capacity.py`` gives every formula).
    ``capacity_bytes``: the machine's ``[memory] capacity_bytes``, 0 where not
    given (then nothing is over capacity).
    """

    weight_bytes: int
    kv_cache_bytes: int
    activation_bytes: int
    capacity_bytes: int
    gradient_bytes: int = 0
    optimizer_bytes: int = 0  # master weights and moments

    @property
    def total_bytes(self) -> int:
        """Every kind together."""
        return (self.weight_bytes + self.gradient_bytes + self.optimizer_bytes +
                self.kv_cache_bytes + self.activation_bytes)

    @property
    def over_capacity(self) -> bool:
        """The total exceeds a known capacity."""
        return 0 < self.capacity_bytes < self.total_bytes


@dataclass(frozen=True)
class OpResult:
    """One op's outcome.

    ``cycles`` includes stalls; ``compute_cycles`` is what the arrays
    would take if operands were always there; ``stall_cycles`` the
    difference. ``peak_macs_per_cycle`` is the MAC capacity of the units
    the op ran on, so ``utilization`` is MACs done / MAC slots.
    """

    name: str
    kind: str
    cycles: int
    compute_cycles: int
    stall_cycles: int
    macs: int
    peak_macs_per_cycle: int
    folds: int = 0
    mapping_efficiency: float = 1.0
    counts: ActionCounts = field(default_factory=ActionCounts)
    start_cycle: int = 0
    dtype: str = ""
    energy: EnergyBreakdown = field(default_factory=EnergyBreakdown)
    breakdown: CycleBreakdown | None = None  # where the cycles went; None: not attributed
    # A unified buffer's (mapping/residency.py): input read from it, output left, not fitting
    kept_input_bytes: int = 0
    kept_output_bytes: int = 0
    spilled_bytes: int = 0

    @property
    def energy_j(self) -> float:
        """Joules of one run of the op, all components (0 before the energy model ran)."""
        return self.energy.total_j

    @property
    def utilization(self) -> float:
        """MACs done / MAC slots over the op's cycles."""
        return self.macs / (self.cycles * self.peak_macs_per_cycle) if self.cycles else 0.0


@dataclass(frozen=True)
class RunResult:
    """A whole run: the machine, the ops in order, the run's length, how it was set up.

    ``kind`` names what produced it (``"gemm"``, ``"run"``); ``schedules``
    is None where no schedule is reported (SCALE-Sim's conventions);
    exactly one of ``gemm``, ``model`` and ``trace`` (the
    trace file's name) says what was simulated, or none for ops given
    directly. ``energy_table`` and ``dram_technology`` are set by the
    energy model, ``power_capped_clock_hz`` where a power cap lowered the
    clock. ``inputs`` maps each input file read (``hardware``, ``model``,
    ``trace``, ``mapping``) to the SHA-256 of its bytes. ``footprint`` is a model run's
    memory per chip (None for GEMMs and traces); a run over capacity was
    simulated only because it was asked to be.
    """

    hardware: HardwareSummary
    clock_hz: float
    ops: tuple[OpResult, ...]
    cycles: int
    peak_macs_per_cycle: int
    timeline: tuple = ()
    repeats: dict[str, int] = field(default_factory=dict)
    kind: str = "run"
    schedules: tuple[ScheduleSummary, ...] | None = None
    gemm: GemmSettings | None = None
    verification: Verification | None = None
    model: ModelRunInfo | None = None
    trace: str | None = None
    energy_table: str | None = None
    dram_technology: str | None = None
    power_capped_clock_hz: float | None = None
    inputs: dict[str, str] = field(default_factory=dict)
    footprint: MemoryFootprint | None = None

    @property
    def seconds(self) -> float:
        """The run's length in seconds at the chip clock."""
        return self.cycles / self.clock_hz

    @property
    def seed(self) -> int | None:
        """The random seed the run used (the PE-level check's operands), else None."""
        return self.verification.seed if self.verification is not None else None

    def repeat(self, op: OpResult) -> int:
        """How many times ``op`` runs in the whole run (a model's layers repeat)."""
        return self.repeats.get(op.name, 1)

    @property
    def macs(self) -> int:
        """MACs done by all ops, repeats included."""
        return sum(op.macs * self.repeat(op) for op in self.ops)

    @property
    def compute_cycles(self) -> int:
        """Sum of the ops' stall-free cycles, repeats included."""
        return sum(op.compute_cycles * self.repeat(op) for op in self.ops)

    @property
    def stall_cycles(self) -> int:
        """Sum of the ops' stall cycles, repeats included."""
        return sum(op.stall_cycles * self.repeat(op) for op in self.ops)

    @property
    def utilization(self) -> float:
        """MACs done / MAC slots of the whole chip over the run."""
        return self.macs / (self.cycles * self.peak_macs_per_cycle) if self.cycles else 0.0

    @property
    def counts(self) -> ActionCounts:
        """The ops' action counts summed, repeats included."""
        total = ActionCounts()
        for op in self.ops:
            total += op.counts.scaled(self.repeat(op))
        return total

    @property
    def breakdown(self) -> CycleBreakdown | None:
        """Where the run's cycles went: the ops' breakdowns summed, repeats
        included; cycles no op ran are idle, and where ops overlap the sum
        is fitted to the run's cycles (None if an op has none)."""
        if any(op.breakdown is None for op in self.ops):
            return None
        total = CycleBreakdown()
        for op in self.ops:
            total += op.breakdown.scaled(self.repeat(op))
        if total.total <= self.cycles:
            return total.plus(idle=self.cycles - total.total)
        return total.fitted(self.cycles)

    @property
    def energy(self) -> EnergyBreakdown:
        """The ops' energy per component summed, repeats included."""
        total = EnergyBreakdown()
        for op in self.ops:
            total += op.energy.scaled(self.repeat(op))
        return total


class Interval(NamedTuple):
    """One busy stretch of one unit: what the timeline is made of."""

    unit: str
    core: int
    op: str
    tile: int
    start: int
    end: int
