"""Placing vector-unit ops on a machine.

Element-wise ops, norms, softmax and embedding gathers run on a core's
vector unit, streaming through the same buffers as GEMM tiles: the
tensor's elements are cut into tiles dealt to the cores round-robin; a
tile streams through the buffers in slices whose inputs fit one stage of
the input buffer and whose output fits one stage of the output buffer,
so the DMA of the next tile overlaps the vector work on this one. A tile takes ``ceil(elements x lane ops per element / lanes)``
cycles (``workload.VECTOR_OPS_PER_ELEMENT``). A norm's scale vector is
loaded once per core.

Long streams are cut into at most ``MAX_TILES_PER_CORE`` tiles per core,
so the cost of simulating an op stays bounded; the overlap of DMA and
vector work inside one tile is not modelled (between tiles it is).

Not modelled: norms and softmax are streamed like element-wise ops (a row
longer than a slice would need a second pass in hardware).

Collectives (all-reduces and the rest) run on the chip's link, not on a
core: ``collectives.py``.
"""

from __future__ import annotations


from systolic.core.timing import ceil_div
from systolic.mapping.kernels import kernel_rules
from systolic.mapping.limits import check_tiles
from systolic.mapping.schedule import ArrayWork, Schedule, Tile
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.workload import Norm

# Long streams become at most this many tiles per core; a tile then streams its
# elements through the buffers in slices (only ``stages`` slices need to fit).
MAX_TILES_PER_CORE = 16
NO_ARRAY_WORK = ArrayWork(compute_cycles=0, folds=0, macs=0, input_reads=0, weight_reads=0,
                          output_writes=0, output_reads=0, used_pe_slots=0)


def _shape(op) -> tuple[int, int]:
    """(rows, cols) of a vector op's output."""
    if hasattr(op, "tokens"):
        return op.tokens, op.hidden
    return op.rows, op.cols


def map_vector(hw: Hardware, op) -> Schedule:
    """The op's elements as a stream of tiles, dealt to the cores."""
    hw.dtype(op.dtype)
    rows, cols = _shape(op)
    total = rows * cols
    element = DTYPES[op.dtype].bytes
    sram = hw.core.sram
    slice_elements = int(max(1, min(sram.input_bytes // (sram.stages * element * op.inputs),
                                    sram.output_bytes // (sram.stages * element))))
    tiles = min(ceil_div(total, slice_elements), MAX_TILES_PER_CORE * hw.chip.cores)
    check_tiles(op.name or f"the {rows}x{cols} {op.kind}", tiles,
                f"use a machine with fewer than {hw.chip.cores} cores")
    tile_elements = ceil_div(total, tiles)
    lane_ops_per_element = op.vector_ops // op.elements
    per_core: list[list[Tile]] = [[] for _ in range(hw.chip.cores)]
    for piece, first in enumerate(range(0, total, tile_elements)):
        core = piece % hw.chip.cores
        elements = min(tile_elements, total - first)
        scale_bytes = int(cols * element) if isinstance(op, Norm) and not per_core[core] else 0
        in_bytes, out_bytes = int(elements * element * op.inputs), int(elements * element)
        held = min(elements, slice_elements) * element
        in_held, out_held = int(held * op.inputs), int(held)
        per_core[core].append(Tile(
            index=len(per_core[core]), dims=(elements, 1, 1), output_block=piece,
            input_key=(op.name, "in", first), weight_key=(op.name, "scale"),
            work=NO_ARRAY_WORK,
            vector_cycles=ceil_div(elements * lane_ops_per_element, hw.core.vector_lanes),
            input_load_bytes=in_bytes, weight_load_bytes=scale_bytes,
            input_release_bytes=in_held, weight_release_bytes=0,
            input_hold_bytes=in_held, weight_hold_bytes=0,
            output_hold_bytes=out_held, output_release_bytes=out_held,
            first_k=True, last_k=True, store_bytes=out_bytes))
    return Schedule(op=op, choice=None, cores=tuple(tuple(c) for c in per_core),
                    reductions=(), waves=ceil_div(tiles, hw.chip.cores),
                    launch_cycles=kernel_rules(hw).launch_cycles)
