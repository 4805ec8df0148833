"""What the machine is: frozen dataclasses loaded from TOML and validated once.

A chip has ``chip.cores`` cores running at ``chip.clock_hz``. Each core has
``core.arrays`` systolic arrays of ``array.rows x array.cols`` processing
elements (PEs) using one dataflow (``ws`` weight-, ``os`` output-, ``is``
input-stationary), three SRAM buffers (inputs, weights, outputs; capacity in
bytes), and a vector unit of ``core.vector_lanes`` lanes for element-wise
work. The cores share DRAM (``memory``). ``dtypes`` lists the element types
the arrays accept; each has a fixed width and accumulation type (table
``DTYPES``).

Not here: how work is placed (``mapping``), energy per action, what the engine derives.

A description is a TOML file: a preset shipped in ``systolic/spec/presets/`` by
name (``tpu-v1``) or any path. Every field is checked when loading, all
problems are collected, and the error names the file and key path::

    tpu-v1.toml: [array] rows: expected a positive integer, got 0

The schema is written once, as the dataclasses' fields: each is declared
with ``fields.spec_field`` (its check, unit, default and a line of help).
``schema.py`` walks those declarations to derive validation, defaults,
construction and the defaults that ``presets show`` lists; only the rules
that tie two fields together are written as code (``rules.py``).
``presets.py`` finds and reads the shipped files.

The entry point is ``load``; it, ``from_dict``, ``preset_text`` and ``without_arrays``
join the declarations to ``schema.py``'s walk. ``schema.py`` and ``presets.py``
know nothing of this module, so imports run one way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from systolic.errors import ConfigError
from systolic.spec import schema
from systolic.spec.fields import (BOOLEAN, DIMENSION, NON_NEGATIVE_INT, POSITIVE_NUMBER, TABLE,
                                  TEXT, Check, one_of, spec_field)
from systolic.spec.presets import (energy_entry_names, energy_table_names, parse, preset_file_text,
                                   read_description)
from systolic.spec.ranges import (ALIGN_BYTES, ARRAYS, BANDWIDTH, CHANNELS, CLOCK_HZ, CORES,
                                  DISTANCE_MM, ENERGY_ENTRY, K_STEP, LANES, LATENCY_NS,
                                  LINK_BANDWIDTH, PE_SIDE, REGISTERS, RESIDENT_BLOCKS,
                                  RESIDENT_THREADS, SHARED_BANDWIDTH, SHARED_BYTES,
                                  SPEED_FACTOR, SRAM_BYTES, STAGES, WATTS)
from systolic.spec.rules import RULES

FLOAT_SLACK_CYCLES = 1e-9  # rounding slack of ns -> cycles (see Hardware.cycles_of_ns)
DATAFLOWS = ("ws", "os", "is")
DRAM_TECHNOLOGIES = ("ddr", "lpddr4", "hbm")


@dataclass(frozen=True)
class DType:
    """An element type: its storage width and the type its products sum in."""

    name: str
    bits: int
    accumulate: str

    @property
    def bytes(self) -> float:
        """Bytes per element (0.5 for int4)."""
        return self.bits / 8


DTYPES = {d.name: d for d in (
    DType("int4", 4, "int32"),
    DType("int8", 8, "int32"),
    DType("fp8", 8, "fp32"),
    DType("bf16", 16, "fp32"),
    DType("fp16", 16, "fp32"),
    DType("fp32", 32, "fp32"),
    DType("int32", 32, "int32"),
)}


# --- the checks of this file's own kinds of value (the rest: fields.py) --------

def _float_pairs(table: dict) -> tuple[tuple[str, float], ...]:
    """A TOML table of numbers as sorted (key, float) pairs."""
    return tuple(sorted((k, float(v)) for k, v in table.items()))


def _shapes(shapes: list) -> tuple[tuple[int, int], ...]:
    return tuple(tuple(shape) for shape in shapes)


DATAFLOW = one_of(DATAFLOWS)
DTYPE_NAME = one_of(DTYPES)
DTYPE_LIST = Check(f"a non-empty list drawn from {', '.join(DTYPES)}",
                   lambda v: isinstance(v, list) and len(v) > 0 and all(map(DTYPE_NAME, v)),
                   convert=tuple)
SPEED_TABLE = Check("a table of dtype = positive number",
                    lambda v: isinstance(v, dict) and all(DTYPE_NAME(k) and SPEED_FACTOR(x)
                                                          for k, x in v.items()),
                    convert=_float_pairs)
TILE_SHAPES = Check("a list of [rows, columns] pairs of positive integers",
                    lambda v: isinstance(v, list) and all(
                        isinstance(shape, list) and len(shape) == 2
                        and all(map(DIMENSION, shape)) for shape in v),
                    convert=_shapes)
ENERGY_TABLE = one_of(energy_table_names())  # the shipped tables, spec/presets/energy/*.toml
DRAM_TECHNOLOGY = one_of(DRAM_TECHNOLOGIES)


# --- the machine ----------------------------------------------------------------

@dataclass(frozen=True)
class ArraySpec:
    """One systolic array: PE grid and the operand kept stationary."""

    rows: int = spec_field(PE_SIDE, "PEs", "PE rows of one array", arrays_only=True)
    cols: int = spec_field(PE_SIDE, "PEs", "PE columns of one array", arrays_only=True)
    dataflow: str = spec_field(DATAFLOW, "", "the operand that stays in the PEs: "
                               "ws weights, os outputs, is inputs", arrays_only=True)
    shadow_registers: bool = spec_field(BOOLEAN, "", "a second bank of held registers: the "
                                        "next fold loads as this one streams", default=False,
                                        arrays_only=True)


@dataclass(frozen=True)
class SramSpec:
    """Per-core scratchpads, one per operand: capacity in bytes, the bytes
    per cycle a DMA can move in or out of each (``inf``: no limit), and how
    many tiles each buffer holds at once (2: double buffering; GPUs run
    3-7 stages). ``unified_input``: the input buffer is a unified buffer, as
    TPU v1's, which the accumulators drain into, so an op's output can stay
    there for the next op (``mapping/residency.py``); one core only.
    ``loads_in_order``: the core's loads move one after another in the order
    issued, as a DMA engine works through its descriptors (latencies still
    overlap), so the tile needed next is never slowed by those prefetched
    behind it; off, a core's outstanding loads share bandwidth, as a GPU
    SM's pipeline stages do (their requests interleave in the memory system)."""

    input_bytes: int = spec_field(SRAM_BYTES, "bytes", "capacity of the input (A) buffer")
    weight_bytes: int = spec_field(SRAM_BYTES, "bytes", "capacity of the weight (B) buffer")
    output_bytes: int = spec_field(SRAM_BYTES, "bytes", "capacity of the output (O) buffer")
    port_bytes_per_cycle: float = spec_field(
        POSITIVE_NUMBER, "bytes/cycle", "what a DMA moves in or out of a buffer per cycle, "
        "inf for no limit", default=math.inf)
    stages: int = spec_field(STAGES, "tiles", "tiles a buffer holds at once, "
                             "2 for double buffering", default=2)
    unified_input: bool = spec_field(BOOLEAN, "", "the input buffer also takes the arrays' "
                                     "outputs (a unified buffer): an activation the next op "
                                     "reads stays on chip when it fits", default=False)
    loads_in_order: bool = spec_field(BOOLEAN, "", "a core's loads move one after another, "
                                      "oldest first (a DMA engine's queue); off: its "
                                      "outstanding loads share bandwidth", default=True)


@dataclass(frozen=True)
class CoreSpec:
    """A core: its arrays, its SRAM buffers and its vector unit.

    ``tile_shapes``: when given, the only output tile shapes (rows x
    columns) the core's GEMM kernels use, as a GPU library's kernels do;
    empty: the mapper searches freely. ``k_step``: when non-zero, a tile's
    A and B blocks stream through the buffers in slices of ``k_step``
    along K (a GPU's multi-stage K loop), so only ``stages`` slices must
    fit, not the whole K extent. ``aligned_bytes``: when non-zero, a GEMM
    whose K or N rows are not a multiple of it runs at ``unaligned_speed``
    times the dtype's rate, on the tiles of ``unaligned_tile_shapes`` when
    given (a GPU's bulk-copy engine needs 16-byte aligned rows, and the
    library falls back to older kernels, with tile shapes of their own).
    ``fuse_epilogues``: element-wise consumers of a GEMM run in its output
    drain (``mapping/fusion.py``). ``tile_shapes`` and the alignment fields
    are a GPU library's rules, read in ``mapping/kernels.py`` only. The
    residency limits (an SM's threads, blocks, registers, shared memory) set
    the blocks of a norm or softmax kernel a core runs at once
    (``mapping/row_kernels.py``); 0 threads streams them like element-wise ops."""

    arrays: int = spec_field(ARRAYS, "arrays", "systolic arrays per core", arrays_only=True)
    vector_lanes: int = spec_field(LANES, "lanes", "lanes of the core's vector unit")
    sram: SramSpec = spec_field(TABLE, "", "the core's SRAM buffers")
    tile_shapes: tuple[tuple[int, int], ...] = spec_field(
        TILE_SHAPES, "elements", "the only output tile shapes the GEMM kernels use, "
        "[] for any", default=[], arrays_only=True)
    k_step: int = spec_field(K_STEP, "elements", "K slice a tile streams per "
                             "stage, 0 for the whole K extent", default=0, arrays_only=True)
    aligned_bytes: int = spec_field(ALIGN_BYTES, "bytes", "row alignment a GEMM needs "
                                    "for full speed, 0 for none", default=0, arrays_only=True)
    unaligned_speed: float = spec_field(SPEED_FACTOR, "x the dtype's rate", "speed of a "
                                        "GEMM whose rows miss aligned_bytes", default=1.0,
                                        convert=float, arrays_only=True)
    unaligned_tile_shapes: tuple[tuple[int, int], ...] = spec_field(
        TILE_SHAPES, "elements", "tile shapes of those GEMMs, [] for tile_shapes", default=[],
        arrays_only=True)
    fuse_epilogues: bool = spec_field(BOOLEAN, "", "element-wise ops after a GEMM run in its "
                                      "output drain", default=False, arrays_only=True)
    resident_threads: int = spec_field(RESIDENT_THREADS, "threads", "threads a core (a GPU "
                                       "SM) keeps resident, 0 for none", default=0)
    resident_blocks: int = spec_field(RESIDENT_BLOCKS, "blocks", "thread blocks a core keeps "
                                      "resident, 0 for no limit", default=0)
    registers: int = spec_field(REGISTERS, "32-bit registers", "register file of a core, "
                                "shared by its resident threads, 0 for no limit", default=0)
    shared_memory_bytes: int = spec_field(SHARED_BYTES, "bytes", "shared memory of a core's "
                                          "blocks, 0 for no limit", default=0)


@dataclass(frozen=True)
class ChipSpec:
    """How many cores, how fast they are clocked, and the chip-to-chip link
    used by collectives such as tensor-parallel all-reduces (bandwidth 0: no link).

    ``launch_latency_ns`` is the fixed cost of starting an op (a GPU
    kernel launched on its own); ``graph_launch_latency_ns`` the same cost
    inside a recorded sequence (a CUDA graph), where the host's share is
    gone. It defaults to ``launch_latency_ns`` (the loader fills it in).

    ``cluster_cores``: cores that share their loads (a GPU's thread-block
    cluster, whose bulk copies multicast): a block that several cores of a
    cluster load at the same step crosses the memory system once for all
    of them. 1: every core loads alone.

    The launch costs and ``cluster_cores`` are a GPU library's rules: the
    simulator reads them in ``mapping/kernels.py`` only.
    """

    cores: int = spec_field(CORES, "cores", "cores of the chip")
    clock_hz: float = spec_field(CLOCK_HZ, "Hz", "clock frequency", convert=float)
    link_bandwidth_bytes_per_s: float = spec_field(
        LINK_BANDWIDTH, "bytes/s", "chip-to-chip link for collectives, 0 for none",
        default=0)
    link_latency_ns: float = spec_field(LATENCY_NS, "ns", "link latency per step "
                                        "of a collective", default=0)
    launch_latency_ns: float = spec_field(LATENCY_NS, "ns", "fixed cost of starting "
                                          "an op, a kernel launched alone", default=0)
    graph_launch_latency_ns: float = spec_field(
        LATENCY_NS, "ns", "the same cost inside a recorded graph, "
        "as launch_latency_ns when left out", default=None, same_as="launch_latency_ns")
    cluster_cores: int = spec_field(CORES, "cores", "cores whose shared loads "
                                    "cross the memory system once, 1 for none", default=1,
                                    arrays_only=True)


@dataclass(frozen=True)
class MemorySpec:
    """Off-chip DRAM shared by all cores, and an optional on-chip level
    (global buffer / L2) shared by the cores: ``shared_bytes`` 0 means none.

    ``capacity_bytes`` is how much the DRAM holds, which a model run's
    weights, KV cache and activations must fit in (``spec/capacity.py``).
    Every shipped preset gives it, from a public figure or as a stated
    assumption; 0 (the default, for a user's own file) means "not given":
    the footprint is reported, and nothing is refused."""

    dram_bandwidth_bytes_per_s: float = spec_field(BANDWIDTH, "bytes/s", "DRAM bandwidth")
    dram_latency_ns: float = spec_field(LATENCY_NS, "ns", "DRAM access latency")
    capacity_bytes: int = spec_field(NON_NEGATIVE_INT, "bytes", "DRAM capacity of the chip, "
                                     "0 for not given (no capacity check)", default=0)
    dram_channels: int = spec_field(CHANNELS, "channels", "independent DRAM channels", default=1)
    shared_bytes: int = spec_field(SHARED_BYTES, "bytes", "capacity of the on-chip "
                                   "level the cores share, 0 for none", default=0)
    shared_bandwidth_bytes_per_s: float = spec_field(
        SHARED_BANDWIDTH, "bytes/s", "bandwidth of that shared level", default=0)


@dataclass(frozen=True)
class PowerSpec:
    """Published whole-chip power figures, in watts (optional).

    ``capped``: the chip's clock drops so that a run's average power stays
    at ``tdp_w`` (a GPU's power management); fixed-clock chips leave it off.
    """

    idle_w: float = spec_field(WATTS, "W", "power drawn while idle")
    busy_w: float = spec_field(WATTS, "W", "power drawn while busy")
    tdp_w: float = spec_field(WATTS, "W", "thermal design power")
    capped: bool = spec_field(BOOLEAN, "", "the clock drops to hold tdp_w", default=False)


@dataclass(frozen=True)
class EnergySpec:
    """Which energy table applies (``presets/energy/TABLE.toml``), the DRAM
    technology, the mean on-chip distance to the shared level, and entries
    of the table this machine overrides."""

    table: str = spec_field(ENERGY_TABLE, "", "the energy table, presets/energy/TABLE.toml",
                            default="45nm")
    dram: str = spec_field(DRAM_TECHNOLOGY, "", "DRAM technology, which picks the "
                           "table's DRAM entry", default="ddr")
    noc_distance_mm: float = spec_field(DISTANCE_MM, "mm", "mean on-chip distance "
                                        "to the shared level", default=1.0, convert=float)
    overrides: tuple[tuple[str, float], ...] = spec_field(
        ENERGY_ENTRY, "pJ or W", "entries of the energy table this machine overrides",
        default={}, convert=_float_pairs, rest=energy_entry_names, rest_label="energy entries")


@dataclass(frozen=True)
class Hardware:
    """A whole machine description; ``source`` is the file it came from."""

    name: str = spec_field(TEXT, "", "the machine's name", arrays_only=True)  # no op reads it
    description: str = spec_field(TEXT, "", "one line about the machine", arrays_only=True)
    array: ArraySpec = spec_field(TABLE, "", "one systolic array")
    core: CoreSpec = spec_field(TABLE, "", "one core")
    chip: ChipSpec = spec_field(TABLE, "", "the chip")
    memory: MemorySpec = spec_field(TABLE, "", "DRAM and the shared on-chip level")
    dtypes: tuple[str, ...] = spec_field(DTYPE_LIST, "", "element types the arrays accept",
                                         key="dtypes.supported")
    default_dtype: str = spec_field(DTYPE_NAME, "", "the element type of ops that name "
                                    "none", key="dtypes.default")
    dtype_speed: tuple[tuple[str, float], ...] = spec_field(
        SPEED_TABLE, "x the base rate", "MACs per PE per cycle by dtype, 1 where not listed",
        default={}, key="dtypes.speed", arrays_only=True)
    power: PowerSpec | None = spec_field(TABLE, "", "published power figures", default=None)
    energy: EnergySpec = spec_field(TABLE, "", "the energy table and its overrides",
                                    default=EnergySpec())
    source: str = spec_field(TEXT, "", "the file it came from", in_file=False, kw_only=True)

    @property
    def peak_macs_per_cycle(self) -> int:
        """MACs per cycle with every PE of every array of every core busy."""
        return self.array.rows * self.array.cols * self.core.arrays * self.chip.cores

    @property
    def dram_bytes_per_cycle(self) -> float:
        """DRAM bandwidth expressed per clock cycle."""
        return self.memory.dram_bandwidth_bytes_per_s / self.chip.clock_hz

    @property
    def dram_latency_cycles(self) -> int:
        """DRAM access latency in whole cycles (rounded up)."""
        return self.cycles_of_ns(self.memory.dram_latency_ns)

    def cycles_of_ns(self, ns: float) -> int:
        """``ns`` nanoseconds as whole cycles of the chip clock, rounded up.

        ns x Hz in floats can land a hair above a whole number of cycles
        (300 ns at 1.05 GHz is 315.00000000000006); ``FLOAT_SLACK_CYCLES``
        keeps such a product from costing one cycle more.
        """
        return math.ceil(ns * 1e-9 * self.chip.clock_hz - FLOAT_SLACK_CYCLES)

    def speed(self, dtype: str) -> float:
        """MACs per PE per cycle for ``dtype`` relative to the array's base rate."""
        return dict(self.dtype_speed).get(dtype, 1.0)

    def dtype(self, name: str | None, field: str = "dtype") -> DType:
        """The element type ``name`` (or the default), if supported; ``field`` names it."""
        name = name or self.default_dtype
        if name not in self.dtypes:
            raise ConfigError(f"{self.source}: {field}: expected one of "
                              f"{', '.join(self.dtypes)}, got {name!r}")
        return DTYPES[name]


def without_arrays(hw: Hardware) -> Hardware:
    """``hw`` with every field declared ``arrays_only`` blanked: what vector-unit
    and link ops depend on, so that their results are shared by machines that
    differ only in their arrays. A blanked field takes its default, or the
    simplest value its check accepts (a 1 x 1 ``ws`` array, one per core)."""
    return schema.blanked(hw)


SECTIONS = schema.sections(Hardware)


# --- the entry points: a description -> a Hardware ---------------------------------

def from_dict(raw: dict, source: str = "<dict>") -> Hardware:
    """Validate a parsed description; raise ConfigError listing every problem."""
    problems = schema.problems(SECTIONS, raw, RULES)
    if problems:
        raise ConfigError(f"{source}: " + "; ".join(problems))
    return schema.build(Hardware, raw, SECTIONS, source=source)


def load(name_or_path: str, overrides: dict[str, Any] | None = None) -> Hardware:
    """Load a preset by name or a TOML file, apply ``overrides``, validate.

    ``overrides`` maps key paths to values, e.g. ``{"array.rows": 16}``;
    they are validated like the file's own fields.
    """
    text, source = read_description(name_or_path)
    raw = parse(text, source)
    for key_path, value in (overrides or {}).items():
        *sections, key = key_path.split(".")
        table = raw
        for section in sections:
            table = table.setdefault(section, {})
        table[key] = value
    return from_dict(raw, source)


DEFAULTS_HEADER = "# Defaults of the fields this preset leaves out (from the schema):"


def preset_text(name: str) -> str:
    """The TOML text of preset ``name``, then, as comments, the defaults of
    the fields it leaves out (``systolic presets show``)."""
    text = preset_file_text(name)
    lines = schema.defaults_left_out(SECTIONS, parse(text, f"{name}.toml"))
    if not lines:
        return text
    return text + "\n" + "\n".join([DEFAULTS_HEADER, *lines]) + "\n"
