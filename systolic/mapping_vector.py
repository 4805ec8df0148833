"""Placing vector-unit ops and all-reduces on a machine.

Element-wise ops, norms, softmax and embedding gathers run on a core's
vector unit, streaming through the same buffers as GEMM tiles: a tile is a
block of rows whose inputs fit half the input buffer and whose output fits
half the output buffer (double buffering again), so the DMA of the next
block overlaps the vector work on this one. Blocks are dealt to the cores
round-robin. A tile takes ``ceil(elements x lane ops per element / lanes)``
cycles (``workload.VECTOR_OPS_PER_ELEMENT``). A norm's scale vector is
loaded once per core.

Not modelled: a row longer than half a buffer is cut into pieces as if the
op were element-wise (a norm or softmax would need a second pass).

An all-reduce is a ring over ``participants`` chips: each chip sends and
receives ``2 (p - 1) / p`` of the buffer over its link, in ``2 (p - 1)``
steps that each pay the link latency. It runs on the chip's link, not on
a core.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from systolic.errors import ConfigError
from systolic.hardware import DTYPES, Hardware
from systolic.mapping import ArrayWork, Schedule, Tile
from systolic.workload import Allreduce, Norm

NO_ARRAY_WORK = ArrayWork(compute_cycles=0, folds=0, macs=0, input_reads=0, weight_reads=0,
                          output_writes=0, output_reads=0, used_pe_slots=0)


@dataclass(frozen=True)
class LinkSchedule:
    """An all-reduce: how long it holds the chip's link, and the bytes it sends."""

    op: Allreduce
    cycles: int
    link_bytes: float


def _shape(op) -> tuple[int, int]:
    """(rows, cols) of a vector op's output."""
    if hasattr(op, "tokens"):
        return op.tokens, op.hidden
    return op.rows, op.cols


def map_vector(hw: Hardware, op) -> Schedule:
    """Blocks of rows of a vector-unit op, dealt to the cores."""
    hw.dtype(op.dtype)
    rows, cols = _shape(op)
    element = DTYPES[op.dtype].bytes
    sram = hw.core.sram
    per_row_in, per_row_out = cols * element * op.inputs, cols * element
    stages = sram.stages
    tile_rows = int(min(rows, sram.input_bytes // (stages * per_row_in),
                        sram.output_bytes // (stages * per_row_out)))
    tile_cols = cols
    if tile_rows == 0:  # one row does not fit: cut rows into pieces
        tile_rows = 1
        tile_cols = int(max(1, min(sram.input_bytes // (stages * element * op.inputs),
                                   sram.output_bytes // (stages * element))))
    lanes_ops = op.vector_ops // op.elements
    pieces = [(r0, c0) for r0 in range(0, rows, tile_rows) for c0 in range(0, cols, tile_cols)]
    per_core: list[list[Tile]] = [[] for _ in range(hw.chip.cores)]
    for piece, (r0, c0) in enumerate(pieces):
        core = piece % hw.chip.cores
        n_rows, n_cols = min(tile_rows, rows - r0), min(tile_cols, cols - c0)
        elements = n_rows * n_cols
        scale_bytes = int(cols * element) if isinstance(op, Norm) and not per_core[core] else 0
        in_bytes, out_bytes = int(elements * element * op.inputs), int(elements * element)
        per_core[core].append(Tile(
            index=len(per_core[core]), dims=(n_rows, n_cols, 1), output_block=piece,
            input_key=(op.name, "in", r0, c0), weight_key=(op.name, "scale"),
            work=NO_ARRAY_WORK,
            vector_cycles=math.ceil(elements * lanes_ops / hw.core.vector_lanes),
            input_load_bytes=in_bytes, weight_load_bytes=scale_bytes,
            input_release_bytes=in_bytes, weight_release_bytes=0,
            input_hold_bytes=in_bytes, weight_hold_bytes=0,
            output_hold_bytes=out_bytes, output_release_bytes=out_bytes,
            first_k=True, last_k=True, store_bytes=out_bytes))
    return Schedule(op=op, choice=None, cores=tuple(tuple(c) for c in per_core),
                    reductions=(), waves=-(-len(pieces) // hw.chip.cores))


def map_allreduce(hw: Hardware, op: Allreduce) -> LinkSchedule:
    """A ring all-reduce over the chip's link."""
    if op.participants == 1:
        return LinkSchedule(op, 0, 0.0)
    bandwidth = hw.chip.link_bandwidth_bytes_per_s
    if not bandwidth:
        raise ConfigError(f"{hw.source}: [chip] link_bandwidth_bytes_per_s: expected a "
                          f"positive number for {op.name} (an all-reduce over "
                          f"{op.participants} chips), got 0")
    steps = 2 * (op.participants - 1)
    seconds = op.link_bytes / bandwidth + steps * hw.chip.link_latency_ns * 1e-9
    return LinkSchedule(op, math.ceil(seconds * hw.chip.clock_hz), op.link_bytes)
