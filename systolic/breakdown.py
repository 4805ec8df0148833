"""Where an op's cycles went: one integer per cause, adding up to its cycles exactly.

A leaf module, like ``results.py``: the record and the arithmetic that keeps
its parts whole numbers. Which cycle goes to which cause is the engine's
rule (``engine/accounting.py``), written once in ``docs/DESIGN.md``: the
cycles of an op are read along the busiest core (the most array and vector
work), so that where causes overlap the cycle goes to what that core was
doing or waiting for.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

CAUSES = ("compute", "mapping_waste", "fill_drain", "weight_load", "dram_stall",
          "shared_stall", "vector", "communication", "fixed", "idle")
LABELS = {"compute": "compute", "mapping_waste": "partial folds", "fill_drain": "fill/drain",
          "weight_load": "weight load", "dram_stall": "DRAM stall",
          "shared_stall": "shared-level stall", "vector": "vector unit",
          "communication": "communication", "fixed": "fixed cost", "idle": "idle"}


@dataclass(frozen=True)
class CycleBreakdown:
    """Cycles by cause (field order: ``CAUSES``).

    ``compute``: the useful MACs, as if every PE of the arrays did one every
    cycle; ``mapping_waste``: PEs a partial fold leaves idle while operands
    stream; ``fill_drain``: the skew filling and draining the array (and
    the adding of K parts); ``weight_load``: held tiles loading that no
    stream hides; ``dram_stall`` / ``shared_stall``: waiting for operands
    from DRAM / the shared level, for room the stores free, and the last
    stores; ``vector``: vector-unit work longer than the arrays' and split-K
    sums; ``communication``: the link of a collective; ``fixed``: the cost
    of starting a kernel; ``idle``: waiting for another core or op.
    """

    compute: int = 0
    mapping_waste: int = 0
    fill_drain: int = 0
    weight_load: int = 0
    dram_stall: int = 0
    shared_stall: int = 0
    vector: int = 0
    communication: int = 0
    fixed: int = 0
    idle: int = 0

    @property
    def total(self) -> int:
        return sum(self.parts())

    def parts(self) -> tuple[int, ...]:
        return tuple(getattr(self, cause) for cause in CAUSES)

    def as_dict(self) -> dict[str, int]:
        """By cause, in ``CAUSES`` order (what the JSON result lists)."""
        return dict(zip(CAUSES, self.parts()))

    def __add__(self, other: CycleBreakdown) -> CycleBreakdown:
        return CycleBreakdown(*(a + b for a, b in zip(self.parts(), other.parts())))

    def scaled(self, times: int) -> CycleBreakdown:
        return CycleBreakdown(*(part * times for part in self.parts()))

    def plus(self, **cycles: int) -> CycleBreakdown:
        """The same with ``cycles`` more of the causes named."""
        return dataclasses.replace(self, **{cause: getattr(self, cause) + extra
                                            for cause, extra in cycles.items()})

    def fitted(self, total: int) -> CycleBreakdown:
        """Scaled to add up to ``total`` (a run whose ops overlap lasts less
        than the sum of their cycles): each part in proportion, whole cycles
        by largest remainder."""
        if self.total == total:
            return self
        shares = [part * total / self.total for part in self.parts()] if self.total else \
            [0.0] * (len(CAUSES) - 1) + [float(total)]
        return CycleBreakdown(*whole_parts(shares, total))


def array_parts(useful: float, stream: float, load: float, compute: int) -> list[int]:
    """(compute, mapping_waste, fill_drain, weight_load) of ``compute`` array
    cycles of which ``stream`` stream operands (``useful`` of them as if every
    PE did a MAC) and ``load`` load held tiles; the rest fill and drain.
    SCALE-Sim's count is one below the last busy cycle: on a 1 x 1 array
    that cycle comes off the loads."""
    fill = compute - stream - load
    if fill < 0:
        load, fill = load + fill, 0.0
    return whole_parts([useful, stream - useful, fill, load], compute)


def whole_parts(shares: list[float], total: int) -> list[int]:
    """Non-negative ``shares`` (adding up to ``total`` but for rounding) as whole
    numbers adding up to ``total`` exactly: floors, then one more to the
    largest remainders (the first of equal ones)."""
    floors = [math.floor(share) for share in shares]
    short = total - sum(floors)
    order = sorted(range(len(shares)), key=lambda i: (floors[i] - shares[i], i))
    for i in order[:max(short, 0)]:
        floors[i] += 1
    return floors
