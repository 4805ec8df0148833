"""How a GEMM is placed on a machine: a schedule of tiles per core.

A GEMM ``O[M x N] = A[M x K] . B[K x N]`` (times ``batch``) is cut into
tiles of ``tm x tn x tk``. A tile is the unit the engine moves: its A block
goes to the core's input buffer, its B block to the weight buffer, and its
output block lives in the output buffer (accumulators) until its last K
step, when it is stored to DRAM. Every buffer is double-buffered, so a tile
may use at most half of each: the next tile loads while this one computes.

Loop order. Output blocks are visited ``n`` outer, ``m`` inner (``nmk``) or
``m`` outer, ``n`` inner (``mnk``); the K steps of one output block are
always innermost and consecutive on one core, so outputs are written once.
Consecutive tiles on a core that need the same A or B block reuse it
instead of loading it again (with ``tk = K`` and ``nmk``, a B panel stays
while all ``m`` blocks pass under it).

Cores. Output blocks (or split-K parts) are dealt to cores round-robin, so
``ceil(blocks / cores)`` waves run and the last one may be partial (wave
quantization). Arrays within a core share a tile: its columns (ws, os) or
rows of A (is) are split across the arrays, each timed by
``core/timing.py``.

The tile sizes come from ``tiling.choose_tiles``; the records the
engine reads are in ``schedule``.

Pure functions of (hardware, op); no SimPy, no state.
"""

from __future__ import annotations

from typing import NamedTuple

from systolic.core.timing import ceil_div
from systolic.errors import ConfigError
from systolic.mapping.kernels import kernel_rules
from systolic.mapping.limits import check_tiles
from systolic.mapping.schedule import ArrayWork, Reduction, Schedule, Tile, TileChoice, array_work
from systolic.mapping.tile_estimate import epilogue_inputs
from systolic.mapping.tiling import (choose_tiles, fits, op_label, stage_counts, too_small_message,
                                     transposed)
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.workload import VECTOR_OPS_PER_ELEMENT, Gemm

# --- schedule ---------------------------------------------------------------------

def _output_blocks(op: Gemm, choice: TileChoice) -> list[tuple[int, int, int]]:
    """(batch, m0, n0) of every output block in loop order."""
    ms = range(0, op.m, choice.tm)
    ns = range(0, op.n, choice.tn)
    pairs = ([(m0, n0) for n0 in ns for m0 in ms] if choice.loop_order == "nmk"
             else [(m0, n0) for m0 in ms for n0 in ns])
    return [(b, m0, n0) for b in range(op.batch) for m0, n0 in pairs]


def _k_ranges(op: Gemm, choice: TileChoice) -> list[list[int]]:
    """The K-step starts of each split-K part."""
    starts = list(range(0, op.k, choice.tk))
    base, extra = divmod(len(starts), choice.split_k)
    bounds = [0]
    for part in range(choice.split_k):
        bounds.append(bounds[-1] + base + (1 if part < extra else 0))
    return [starts[lo:hi] for lo, hi in zip(bounds, bounds[1:])]


class _Step(NamedTuple):
    block: int
    batch: int
    m0: int
    n0: int
    k0: int
    first_k: bool
    last_k: bool
    partial: bool
    input_key: tuple
    weight_key: tuple


def _core_steps(op: Gemm, choice: TileChoice, cores: int) -> tuple[list[list[_Step]], list]:
    """Deal (block, split part) items to cores round-robin; expand their K steps."""
    per_core: list[list[_Step]] = [[] for _ in range(cores)]
    split_owners = []
    parts = _k_ranges(op, choice)
    item = 0
    for block, (b, m0, n0) in enumerate(_output_blocks(op, choice)):
        owners = []
        for k_starts in parts:
            core = item % cores
            item += 1
            for i, k0 in enumerate(k_starts):
                per_core[core].append(_Step(block, b, m0, n0, k0, i == 0,
                                            i == len(k_starts) - 1, len(parts) > 1,
                                            ("A", op.name, b, m0, k0),
                                            ("B", op.name, b, k0, n0)))
            owners.append((core, len(per_core[core]) - 1))
        if len(parts) > 1:
            split_owners.append((block, b, m0, n0, owners))
    return per_core, split_owners


def _sharers(per_core: list[list[_Step]], core: int, cluster: int) -> list[tuple[int, int]]:
    """(input, weight) sharers of each step of ``core``: the cores of its cluster
    that load the same block at the same position (a core whose previous step
    used that block already has it and loads nothing)."""
    if cluster == 1:
        return [(1, 1)] * len(per_core[core])
    first = core - core % cluster
    partners = per_core[first:first + cluster]

    def loads(steps: list[_Step], i: int, key: str, block: tuple) -> bool:
        return len(steps) > i and getattr(steps[i], key) == block and \
            not (i and getattr(steps[i - 1], key) == block)

    return [(max(1, sum(loads(p, i, "input_key", step.input_key) for p in partners)),
             max(1, sum(loads(p, i, "weight_key", step.weight_key) for p in partners)))
            for i, step in enumerate(per_core[core])]


class _TileShape(NamedTuple):
    """What every tile of one shape has in common (computed once per shape)."""

    dims: tuple[int, int, int]
    work: ArrayWork
    input_bytes: int
    weight_bytes: int
    input_held: int
    weight_held: int
    output_bytes: int
    store_bytes: int
    k_slices: int
    epilogue_cycles: int  # the fused element-wise op on the vector unit, last K step
    epilogue_bytes: int   # its other input, loaded with the last K step


def _tile_shape(hw: Hardware, op: Gemm, tm: int, tn: int, tk: int, partial: bool,
                speed: float) -> _TileShape:
    element = op.element.bytes
    weight_element = op.weight_element.bytes
    accumulator = DTYPES[op.element.accumulate].bytes
    held_k = min(tk, hw.core.k_step) if hw.core.k_step else tk
    work = array_work(tm, tn, tk, hw.array.rows, hw.array.cols, hw.core.arrays,
                      hw.array.dataflow, speed, hw.array.shadow_registers)
    cycles, extra = _epilogue(hw, op, tm * tn)
    return _TileShape((tm, tn, tk), work, int(tm * tk * element), int(tk * tn * weight_element),
                      int(tm * held_k * element), int(held_k * tn * weight_element),
                      int(tm * tn * accumulator),
                      int(tm * tn * (accumulator if partial else element)),
                      ceil_div(tk, held_k), *((0, 0) if partial else (cycles, extra)))


def _epilogue(hw: Hardware, op: Gemm, elements: int) -> tuple[int, int]:
    """(vector cycles, bytes of its other input) of ``op``'s fused epilogue over
    ``elements`` outputs (``mapping/fusion.py``); (0, 0) without one."""
    if not op.epilogue:
        return 0, 0
    cycles = ceil_div(elements * VECTOR_OPS_PER_ELEMENT[op.epilogue], hw.core.vector_lanes)
    return cycles, int(elements * op.element.bytes) * epilogue_inputs(op)


def _tile(hw: Hardware, op: Gemm, choice: TileChoice, steps: list[_Step], i: int,
          speed: float, sharers: tuple[int, int], shapes: dict) -> Tile:
    """Tile ``i`` of a core's ``steps``; ``shapes`` caches ``_tile_shape`` per shape."""
    step = steps[i]
    tm, tn, tk = (min(choice.tm, op.m - step.m0), min(choice.tn, op.n - step.n0),
                  min(choice.tk, op.k - step.k0))
    shape = shapes.get((tm, tn, tk, step.partial))
    if shape is None:
        shape = shapes[(tm, tn, tk, step.partial)] = _tile_shape(hw, op, tm, tn, tk,
                                                                step.partial, speed)
    input_key, weight_key = step.input_key, step.weight_key
    previous = steps[i - 1] if i > 0 else None
    following = steps[i + 1] if i + 1 < len(steps) else None
    same_a = previous is not None and previous.input_key == input_key
    same_b = previous is not None and previous.weight_key == weight_key
    extra = shape.epilogue_bytes if step.last_k else 0  # the epilogue's other input
    return Tile(
        index=i, dims=shape.dims, output_block=step.block, input_key=input_key,
        weight_key=weight_key, work=shape.work,
        vector_cycles=shape.epilogue_cycles if step.last_k else 0,
        input_load_bytes=0 if same_a else shape.input_bytes,
        weight_load_bytes=0 if same_b else shape.weight_bytes,
        input_release_bytes=extra + (0 if following and following.input_key == input_key
                                     else shape.input_held),
        weight_release_bytes=(0 if following and following.weight_key == weight_key
                              else shape.weight_held),
        input_hold_bytes=(0 if same_a else shape.input_held) + extra,
        weight_hold_bytes=0 if same_b else shape.weight_held,
        output_hold_bytes=shape.output_bytes if step.first_k else 0,
        output_release_bytes=shape.output_bytes if step.last_k else 0,
        first_k=step.first_k, last_k=step.last_k,
        store_bytes=shape.store_bytes if step.last_k else 0,
        k_slices=shape.k_slices, input_sharers=sharers[0], weight_sharers=sharers[1],
        epilogue_bytes=extra)


def _reductions(hw: Hardware, op: Gemm, choice: TileChoice,
                split_owners: list) -> tuple[Reduction, ...]:
    """The split-K sums, each followed by the fused epilogue on its block, if any."""
    element = op.element.bytes
    accumulator = DTYPES[op.element.accumulate].bytes
    ops_per_element = VECTOR_OPS_PER_ELEMENT[op.epilogue] if op.epilogue else 0
    reductions = []
    for block, _, m0, n0, owners in split_owners:
        elements = min(choice.tm, op.m - m0) * min(choice.tn, op.n - n0)
        reductions.append(Reduction(
            core=owners[0][0], output_block=block, waits_for=tuple(owners),
            elements=elements * (len(owners) + ops_per_element),
            read_bytes=int(elements * len(owners) * accumulator)
            + _epilogue(hw, op, elements)[1],
            write_bytes=int(elements * element)))
    return tuple(reductions)


def tile_count(op: Gemm, choice: TileChoice) -> int:
    """Tiles of ``op`` (as laid out) under ``choice``: output blocks times K steps."""
    return op.batch * ceil_div(op.m, choice.tm) * ceil_div(op.n, choice.tn) * \
        ceil_div(op.k, choice.tk)


def map_gemm(hw: Hardware, op: Gemm, choice: TileChoice | None = None) -> Schedule:
    """Map ``op`` on ``hw``: choose tiles (unless given) and lay out each core's tiles."""
    hw.dtype(op.dtype)
    if op.weight_dtype is not None:
        hw.dtype(op.weight_dtype, "weight_dtype")
    choice = choice or choose_tiles(hw, op)
    laid_out = transposed(op) if choice.transposed else op
    if not fits(hw, laid_out, choice.tm, choice.tn, choice.tk, stage_counts(hw)[-1]):
        raise ConfigError(too_small_message(hw, laid_out))
    check_tiles(op_label(op), tile_count(laid_out, choice),
                "use smaller dimensions, or split the GEMM into several ops")
    per_core, split_owners = _core_steps(laid_out, choice, hw.chip.cores)
    rules = kernel_rules(hw)
    speed = rules.mac_rate(op)
    shapes: dict = {}
    cores = tuple(tuple(_tile(hw, laid_out, choice, steps, i, speed, shared, shapes)
                        for i, shared in enumerate(_sharers(per_core, core,
                                                            rules.cluster_cores)))
                  for core, steps in enumerate(per_core))
    blocks = len(_output_blocks(laid_out, choice)) * choice.split_k
    return Schedule(op=op, choice=choice, cores=cores,
                    reductions=_reductions(hw, laid_out, choice, split_owners),
                    waves=ceil_div(blocks, hw.chip.cores), launch_cycles=rules.launch_cycles)

