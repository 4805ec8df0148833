"""What an op's run adds up to: its counters while it runs, and its ``OpResult``.

Shared by both engines (``processes.py`` and the SimPy reference), so that
they differ only in how they run, not in what they report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from systolic.breakdown import CycleBreakdown, array_parts
from systolic.mapping.schedule import LinkSchedule, Schedule, Tile
from systolic.results import ActionCounts, OpResult
from systolic.spec.hardware import DTYPES, Hardware


@dataclass
class CoreAccount:
    """One core's share of an op, for its cycle breakdown: its tiles' array
    work (``ArrayWork``'s parts summed), what its arrays waited for, and
    when its computer and its storer finished."""

    busy: int = 0  # arrays or vector unit at work: sum of max(compute, vector)
    compute: int = 0
    useful: float = 0.0
    stream: float = 0.0
    load: float = 0.0
    dram: int = 0
    shared: int = 0
    vector: int = 0
    idle: int = 0
    computer_end: int = 0
    storer_end: int = 0

    def add_tiles(self, tiles: tuple[Tile, ...]) -> None:
        for tile in tiles:
            work = tile.work
            self.busy += max(work.compute_cycles, tile.vector_cycles)
            self.compute += work.compute_cycles
            self.useful += work.useful_cycles
            self.stream += work.stream_cycles
            self.load += work.load_cycles

    def waited_for_operands(self, cycles: int, from_shared: bool) -> None:
        if from_shared:
            self.shared += cycles
        else:
            self.dram += cycles


@dataclass
class Tally:
    """Mutable counters of one op while it runs (the DMAs' bytes, the split-K
    sums; per core, what the cycle breakdown needs)."""

    start: int = 0
    end: int = 0
    compute_per_core: dict[int, int] = field(default_factory=dict)
    dram_read_bytes: int = 0
    dram_write_bytes: int = 0
    shared_read_bytes: int = 0
    vector_ops: int = 0
    accounts: dict[int, CoreAccount] = field(default_factory=dict)



def link_result(hw: Hardware, schedule: LinkSchedule, tally: Tally) -> OpResult:
    """A collective's result: the link busy from start to end."""
    cycles = tally.end - tally.start
    return OpResult(name=schedule.op.name, kind=schedule.op.kind, cycles=cycles,
                    compute_cycles=cycles, stall_cycles=0, macs=0,
                    peak_macs_per_cycle=hw.peak_macs_per_cycle,
                    counts=ActionCounts(link_bytes=int(schedule.link_bytes)),
                    start_cycle=tally.start, breakdown=CycleBreakdown(communication=cycles))


def op_result(hw: Hardware, schedule: Schedule, tally: Tally) -> OpResult:
    """An op's result: cycles from its start to its last store, the busiest
    core's array work as compute, the rest as stalls, and its counts."""
    op = schedule.op
    cycles = tally.end - tally.start
    compute = max(tally.compute_per_core.values(), default=0)
    tiles = [t for core in schedule.cores for t in core]
    vector_ops = sum(t.vector_cycles for t in tiles) * hw.core.vector_lanes
    counts = sram_counts(schedule) + ActionCounts(
        dram_read_bytes=tally.dram_read_bytes, dram_write_bytes=tally.dram_write_bytes,
        shared_read_bytes=tally.shared_read_bytes, vector_ops=tally.vector_ops + vector_ops)
    return OpResult(name=op.name, kind=op.kind, cycles=cycles, compute_cycles=compute,
                    stall_cycles=cycles - compute, macs=sum(t.work.macs for t in tiles),
                    peak_macs_per_cycle=hw.peak_macs_per_cycle,
                    folds=sum(t.work.folds for t in tiles),
                    mapping_efficiency=_mapping_efficiency(hw, schedule),
                    counts=counts, start_cycle=tally.start, dtype=op.dtype,
                    breakdown=_breakdown(schedule, tally) if tally.accounts else None)


def _breakdown(schedule: Schedule, tally: Tally) -> CycleBreakdown:
    """The op's cycles along its busiest core (the first of equals): its
    launch, its tiles' array work by part, its waits, and after its arrays'
    last tile its stores (DRAM) and then the split-K sums (vector) or the
    other cores (idle). The parts add up to the cycles exactly."""
    core = max(tally.accounts.values(), key=lambda account: account.busy)
    array = array_parts(core.useful, core.stream, core.load, core.compute)
    stored = max(core.storer_end, core.computer_end)
    after = tally.end - stored
    return CycleBreakdown(
        *array, dram_stall=core.dram + stored - core.computer_end, shared_stall=core.shared,
        vector=core.busy - core.compute + core.vector + (after if schedule.reductions else 0),
        fixed=schedule.launch_cycles, idle=core.idle + (0 if schedule.reductions else after))


def sram_counts(schedule: Schedule) -> ActionCounts:
    """SRAM bytes read and written per buffer: array side and DMA side (only these counted)."""
    element = DTYPES[schedule.op.dtype]
    weight = DTYPES[getattr(schedule.op, "weight_dtype", None) or schedule.op.dtype]
    accumulator = DTYPES[element.accumulate].bytes
    tiles = [t for core in schedule.cores for t in core]
    vector = [t for t in tiles if not t.work.compute_cycles]
    return ActionCounts(
        sram_input_read_bytes=int(sum(t.work.input_reads for t in tiles) * element.bytes)
        + sum(t.input_load_bytes for t in vector),
        sram_input_write_bytes=sum(t.input_load_bytes + t.epilogue_bytes for t in tiles),
        sram_weight_read_bytes=int(sum(t.work.weight_reads for t in tiles) * weight.bytes),
        sram_weight_write_bytes=sum(t.weight_load_bytes for t in tiles),
        sram_output_read_bytes=int(sum(t.work.output_reads for t in tiles) * accumulator)
        + sum(t.store_bytes for t in tiles),
        sram_output_write_bytes=int(sum(t.work.output_writes for t in tiles) * accumulator)
        + sum(t.store_bytes for t in vector),
    )


def _mapping_efficiency(hw: Hardware, schedule: Schedule) -> float:
    """Used PE slots / all PE slots, over every fold of every tile (1 with no folds)."""
    tiles = [t for core in schedule.cores for t in core]
    slots = sum(t.work.folds for t in tiles) * hw.array.rows * hw.array.cols
    return sum(t.work.used_pe_slots for t in tiles) / slots if slots else 1.0
