"""Result records: what a simulation found, per op and for the whole run.

A leaf module: plain frozen dataclasses that the engine fills in and that
energy, reports, plots and sweeps read. Cycles are integers of the chip
clock; seconds are derived from them only where a clock is known.

``counts`` holds the action counts other models need (SRAM reads and
writes per buffer in elements, DRAM bytes), keyed by name, so that the
energy model multiplies exactly what the engine counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


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
    counts: dict[str, int] = field(default_factory=dict)
    start_cycle: int = 0
    dtype: str = ""
    energy: dict[str, float] = field(default_factory=dict)

    @property
    def energy_j(self) -> float:
        """Joules of one run of the op, all components (0 before the energy model ran)."""
        return sum(self.energy.values())

    @property
    def utilization(self) -> float:
        """MACs done / MAC slots over the op's cycles."""
        return self.macs / (self.cycles * self.peak_macs_per_cycle) if self.cycles else 0.0


@dataclass(frozen=True)
class RunResult:
    """A whole run: the machine, the ops in order, and the run's length."""

    hardware: dict
    clock_hz: float
    ops: tuple[OpResult, ...]
    cycles: int
    peak_macs_per_cycle: int
    settings: dict = field(default_factory=dict)
    timeline: tuple = ()
    repeats: dict[str, int] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        """The run's length in seconds at the chip clock."""
        return self.cycles / self.clock_hz

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

    def count(self, key: str) -> int:
        """An action count summed over the ops, repeats included (0 where none)."""
        return sum(op.counts.get(key, 0) * self.repeat(op) for op in self.ops)


class Interval(NamedTuple):
    """One busy stretch of one unit: what the timeline is made of."""

    unit: str
    core: int
    op: str
    tile: int
    start: int
    end: int
