"""Placing vector-unit ops on a machine.

Element-wise ops, norms, softmax and embedding gathers run on a core's
vector unit, streaming through the same buffers as GEMM tiles: the tensor's
elements are cut into tiles dealt to the cores round-robin; a tile streams
through the buffers in slices whose inputs fit one stage of the input buffer
and whose output fits one stage of the output buffer, so the DMA of the next
tile overlaps the vector work on this one. A tile takes ``ceil(elements x
lane ops per element / lanes)`` cycles
(``workload.VECTOR_OPS_PER_ELEMENT``). A norm's scale vector is loaded once
per core.

Long streams are cut into at most ``MAX_TILES_PER_CORE`` tiles per core,
so the cost of simulating an op stays bounded; the overlap of DMA and
vector work inside one tile is not modelled (between tiles it is).

On a GPU (``[core] resident_threads`` set) norms and softmax run as
PyTorch's row-reduction kernels do (``row_kernels.py``): each core takes its
share of the rows in waves of the rows it keeps resident, one wave after
another. A wave's blocks do the same work from the same start, so they
stay in step: they read together, reduce together and write together, and
the SM's DRAM traffic stops while they reduce. A core's waves are therefore
one tile: its load, its vector work, its store, in series. The load waits
out one DRAM latency in the engine; the wave's other round trips in series
(``waves x trips_per_row - 1``) are latencies added to the tile's vector
cycles, the SM's threads waiting inside the reduction loop. Elsewhere norms
and softmax stream like element-wise ops.

Collectives (all-reduces and the rest) run on the chip's link, not on a
core: ``collectives.py``.
"""

from __future__ import annotations

import math

from systolic.core.timing import ceil_div
from systolic.mapping.kernels import kernel_rules
from systolic.mapping.limits import check_tiles
from systolic.mapping.row_kernels import row_kernel
from systolic.mapping.schedule import ArrayWork, Schedule, Tile
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.workload import Norm, Softmax

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
    """The op's elements as a stream of tiles, dealt to the cores (a GPU's
    norms and softmax: waves of rows, ``map_row_waves``)."""
    hw.dtype(op.dtype)
    if isinstance(op, (Norm, Softmax)) and hw.core.resident_threads:
        return map_row_waves(hw, op)
    rows, cols = _shape(op)
    total = rows * cols
    element = DTYPES[op.dtype].bytes
    sram = hw.core.sram
    slice_elements = int(max(1, min(
        sram.input_bytes // (sram.stages * element * op.inputs),
        sram.output_bytes // (sram.stages * element * op.outputs))))
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
        in_bytes = int(elements * element * op.inputs)
        out_bytes = int(elements * element * op.outputs)
        held = min(elements, slice_elements) * element
        in_held, out_held = int(held * op.inputs), int(held * op.outputs)
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


def map_row_waves(hw: Hardware, op: Norm | Softmax) -> Schedule:
    """A GPU's row reduction: each core's rows in waves of the rows it keeps
    resident, one wave after another, as one tile (module docstring)."""
    kernel, sram, cores = row_kernel(op), hw.core.sram, hw.chip.cores
    element, lanes = DTYPES[op.dtype].bytes, hw.core.vector_lanes
    row_bytes, row_ops = math.ceil(op.cols * element), op.cols * (op.vector_ops // op.elements)
    blocks = ceil_div(op.rows, kernel.rows_per_block)
    resident = kernel.resident_blocks(hw)
    scale = row_bytes if isinstance(op, Norm) else 0
    per_core: list[tuple[Tile, ...]] = []
    first_row = 0
    for core in range(min(cores, blocks)):
        core_blocks = blocks // cores + (core < blocks % cores)
        rows = min(core_blocks * kernel.rows_per_block, op.rows - first_row)
        waves = ceil_div(core_blocks, resident)
        per_core.append((Tile(
            index=0, dims=(rows * op.cols, 1, 1), output_block=first_row,
            input_key=(op.name, "in", first_row), weight_key=(op.name, "scale"),
            work=NO_ARRAY_WORK,
            vector_cycles=ceil_div(rows * row_ops, lanes)
            + (waves * kernel.trips_per_row - 1) * hw.dram_latency_cycles,
            input_load_bytes=rows * row_bytes, weight_load_bytes=scale,
            input_release_bytes=sram.input_bytes, weight_release_bytes=0,
            input_hold_bytes=sram.input_bytes, weight_hold_bytes=0,
            output_hold_bytes=sram.output_bytes, output_release_bytes=sram.output_bytes,
            first_k=True, last_k=True, store_bytes=rows * row_bytes),))
        first_row += rows
    per_core += [()] * (cores - len(per_core))
    return Schedule(op=op, choice=None, cores=tuple(per_core), reductions=(),
                    waves=ceil_div(blocks, cores * resident),
                    launch_cycles=kernel_rules(hw).launch_cycles)
