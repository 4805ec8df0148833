"""What a report says about memory: a model run's DRAM per chip against the
capacity, and the activations a unified buffer kept on chip or spilled."""

from __future__ import annotations

from systolic.results import MemoryFootprint, RunResult
from systolic.spec import capacity
from systolic.views.units import si


def activation_lines(result: RunResult) -> list[str]:
    """What a unified buffer kept on chip and what spilled, over every run of
    every op (nothing where neither happened)."""
    kept = sum((op.kept_input_bytes + op.kept_output_bytes) * result.repeat(op)
               for op in result.ops)
    spilled = sum(op.spilled_bytes * result.repeat(op) for op in result.ops)
    if not kept and not spilled:
        return []
    line = f"  activations          {si(kept, 'B')} read or written on chip instead of DRAM"
    if spilled:
        line += (f"; {si(spilled, 'B')} spilled to DRAM (no room beside the ops' tiles in "
                 f"the {si(result.hardware.sram_input_bytes, 'B')} unified buffer)")
    return [line]


def footprint_line(footprint: MemoryFootprint) -> str:
    """The memory per chip against the capacity, marked where it does not fit."""
    total, parts = capacity.size_text(footprint.total_bytes), capacity.parts_text(footprint)
    if not footprint.capacity_bytes:
        return f"  memory per chip      {total} ({parts}); capacity not given"
    share = 100 * footprint.total_bytes / footprint.capacity_bytes
    line = (f"  memory per chip      {total} of {capacity.size_text(footprint.capacity_bytes)} "
            f"({share:.0f} %): {parts}")
    if footprint.over_capacity:
        line += f"; OVER CAPACITY, simulated anyway ({capacity.OVER_CAPACITY_FLAG})"
    return line
