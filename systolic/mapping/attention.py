"""Placing attention on a machine.

Unfused attention is what a naive implementation runs: ``expand_unfused``
turns it into a scores GEMM (``Q . K^T``), a softmax and a context GEMM
(``P . V``), the score matrix written to DRAM and read back in between.
Query heads that share a key/value head (GQA) are stacked into the GEMMs'
M dimension, so K and V are read once per group.

Fused attention is tiled flash-style (``map_fused``): for each batch
element and key/value head, the stacked queries of its heads are cut into
blocks of ``tq`` rows and the keys/values into blocks of ``tkv``; a tile
loads a Q block (input buffer) and a K and a V block (weight buffer),
runs the scores and the context products on the arrays and the softmax
on the vector unit at the same time, and keeps the running output in the
output buffer until the last key block, when it is stored. Scores never
leave SRAM, so DRAM sees Q, K, V and O only: K and V once per query block
(once in all when a whole group's keys fit one block, as in decode).
With ``causal``, key blocks entirely in a query block's future are
skipped (queries are the last ``q_len`` positions of ``kv_len``), so query
blocks differ in work: each goes to the least-loaded core, in launch order.

Block sizes: the largest ``tkv`` (a multiple of the array rows, or all of
``kv_len``) and then the largest ``tq`` whose buffers fit half of each
SRAM buffer, scores included in the output buffer; causal prefill caps
both at ``CAUSAL_BLOCK_ARRAYS`` array heights (at least 128) so that
masked blocks exist to be skipped. On machines that stream K through
their buffers (``[core] k_step``, GPUs), a query block's keys are one tile
that streams them, holding one key block at a time.
"""

from __future__ import annotations

import dataclasses
import heapq

from systolic.core.timing import ceil_div
from systolic.errors import ConfigError
from systolic.mapping.kernels import kernel_rules
from systolic.mapping.limits import check_tiles
from systolic.mapping.schedule import ArrayWork, Schedule, Tile, array_work
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.workload import VECTOR_OPS_PER_ELEMENT, Attention, Gemm, Softmax

# Causal blocks span at most 4 array heights (and at least 128 rows, FlashAttention's
# block on GPUs), so that masked key blocks can be skipped.
CAUSAL_BLOCK_ARRAYS = 4
CAUSAL_BLOCK_MIN = 128


def expand_unfused(op: Attention) -> tuple[list, dict[str, tuple[str, ...]]]:
    """Scores GEMM -> softmax -> context GEMM, with their dependencies."""
    rows = op.group * op.q_len
    groups = op.batch * op.kv_heads
    scores = Gemm(f"{op.name}.scores", rows, op.kv_len, op.head_dim, batch=groups,
                  dtype=op.dtype, weights=False)
    softmax = Softmax(f"{op.name}.softmax", groups * rows, op.kv_len, dtype=op.dtype)
    context = Gemm(f"{op.name}.context", rows, op.head_dim, op.kv_len, batch=groups,
                   dtype=op.dtype, weights=False)
    return [scores, softmax, context], {softmax.name: (scores.name,),
                                        context.name: (softmax.name,)}


def _block_sizes(hw: Hardware, op: Attention) -> tuple[int, int]:
    element = DTYPES[op.dtype].bytes
    accumulator = DTYPES[DTYPES[op.dtype].accumulate].bytes
    sram = hw.core.sram
    rows = op.group * op.q_len
    d = op.head_dim
    causal_block = (max(CAUSAL_BLOCK_MIN, CAUSAL_BLOCK_ARRAYS * hw.array.rows)
                    if op.causal and op.q_len > 1 else None)
    kv_steps = [op.kv_len] + [hw.array.rows * 2 ** i for i in range(20, -1, -1)
                              if hw.array.rows * 2 ** i < op.kv_len]
    for tkv in kv_steps:
        stages = sram.stages
        if stages * 2 * tkv * d * element > sram.weight_bytes or \
                causal_block and tkv > causal_block:
            continue
        tq_limit = int(min(sram.input_bytes // (stages * d * element),
                           sram.output_bytes // (stages * (d + tkv) * accumulator),
                           causal_block or rows))
        if tq_limit >= 1:
            return min(rows, tq_limit), tkv
    raise ConfigError(f"SRAM too small for a single block of {_label(op)} (head_dim {d}, "
                      f"{op.dtype}): {hw.name}'s [core.sram] buffers (raise them in the "
                      f"machine's file or with --sram-kb)")


def _label(op: Attention) -> str:
    """How a message names ``op``: its name, or its shape when it has none."""
    return op.name or (f"the attention of {op.batch} x {op.heads} heads, "
                       f"{op.q_len} x {op.kv_len} positions")


def _tile_work(hw: Hardware, tq: int, tkv: int, d: int, speed: float) -> ArrayWork:
    """Scores (tq x tkv x d) then context (tq x d x tkv) on the core's arrays,
    each in its faster orientation (as written, or transposed)."""
    args = (hw.array.rows, hw.array.cols, hw.core.arrays, hw.array.dataflow, speed)

    def faster(m: int, n: int, k: int) -> ArrayWork:
        return min(array_work(m, n, k, *args), array_work(n, m, k, *args),
                   key=lambda work: work.compute_cycles)

    scores, context = faster(tq, tkv, d), faster(tq, d, tkv)
    return ArrayWork(*(getattr(scores, f.name) + getattr(context, f.name)
                       for f in dataclasses.fields(ArrayWork)))


def _visible_kv_blocks(op: Attention, q0: int, q1: int, tkv: int) -> range:
    """Key block starts a query block of stacked rows [q0, q1) attends to: a
    range, not a list (a long causal prompt has O(seq) query blocks of O(seq)
    key blocks each; only the tiles built from them should cost memory)."""
    if not op.causal:
        return range(0, op.kv_len, tkv)
    same_head = q0 // op.q_len == (q1 - 1) // op.q_len
    last_position = ((q1 - 1) % op.q_len if same_head else op.q_len - 1) + op.kv_len - op.q_len
    return range(0, min(op.kv_len, last_position + 1), tkv)


def _check_work(hw: Hardware, op: Attention, rows: int, tq: int, tkv: int) -> None:
    """Refuse an op whose tiles would pass the memory budget (``limits.py``):
    first by its query blocks (a bound, counted at once), then by its tiles
    (a query block's visible key blocks, or one tile with K streamed)."""
    what = _label(op)
    remedy = "use a shorter sequence or a smaller batch"
    starts = range(0, rows, tq)
    check_tiles(what, op.batch * op.kv_heads * len(starts), remedy)
    if not hw.core.k_step:
        blocks = sum(len(_visible_kv_blocks(op, q0, min(q0 + tq, rows), tkv)) for q0 in starts)
        check_tiles(what, op.batch * op.kv_heads * blocks, remedy)


def map_fused(hw: Hardware, op: Attention) -> Schedule:
    """Flash-style tiles per (batch, key/value head, query block, key block),
    query blocks balanced over the cores by their key blocks."""
    hw.dtype(op.dtype)
    tq, tkv = _block_sizes(hw, op)
    element = DTYPES[op.dtype].bytes
    accumulator = DTYPES[DTYPES[op.dtype].accumulate].bytes
    rows = op.group * op.q_len
    _check_work(hw, op, rows, tq, tkv)
    per_core: list[list[Tile]] = [[] for _ in range(hw.chip.cores)]
    items = [(b, h, q0, min(tq, rows - q0)) for b in range(op.batch)
             for h in range(op.kv_heads) for q0 in range(0, rows, tq)]
    visible = [_visible_kv_blocks(op, q0, q0 + q_rows, tkv) for _, _, q0, q_rows in items]
    for item, core in _balanced(visible, hw.chip.cores):
        (b, h, q0, q_rows), blocks, tiles = items[item], visible[item], per_core[core]
        if hw.core.k_step:  # keys stream through the buffers: one tile spans them
            span = min(op.kv_len, blocks[-1] + tkv)
            tiles.append(_fused_tile(hw, op, tiles, (item + 1, b, h, q0, 0), q_rows, span,
                                     0, 1, element, accumulator, tkv, held_kv=tkv))
            continue
        for step, k0 in enumerate(blocks):
            tiles.append(_fused_tile(hw, op, tiles, (item + 1, b, h, q0, k0), q_rows,
                                     min(tkv, op.kv_len - k0), step, len(blocks),
                                     element, accumulator, tkv))
    cores = tuple(tuple(_with_releases(tiles)) for tiles in per_core)
    return Schedule(op=op, choice=None, cores=cores, reductions=(),
                    waves=ceil_div(len(items), hw.chip.cores),
                    launch_cycles=kernel_rules(hw).launch_cycles)


def _balanced(visible: list[list[int]], cores: int):
    """(item, core) for every query block in launch order: each goes to the
    core with the fewest key blocks so far, as a GPU's block scheduler hands
    the next thread block to the first SM that frees up. Causal query blocks
    differ in length, so dealing them round-robin would leave some cores
    with far more work; blocks of equal length are still dealt round-robin."""
    loads = [(0, core) for core in range(cores)]
    for item, blocks in enumerate(visible):
        load, core = heapq.heappop(loads)
        yield item, core
        heapq.heappush(loads, (load + len(blocks), core))


def _fused_tile(hw, op, core_tiles, position, q_rows, kv_rows, step, steps, element,
                accumulator, tkv: int, held_kv: int | None = None) -> Tile:
    """One tile: a query block against ``kv_rows`` keys (of which ``held_kv``
    at a time sit in the buffer when keys stream through it). The output
    buffer holds the query block's running output and one key block's
    scores (``tkv`` columns, fewer if the keys are shorter) from its first
    tile to its last, which gives back what the first took."""
    block, b, h, q0, k0 = position
    d = op.head_dim
    input_key, weight_key = (op.name, "Q", b, h, q0), (op.name, "KV", b, h, k0)
    previous = core_tiles[-1] if core_tiles else None
    q_bytes, kv_bytes = int(q_rows * d * element), int(2 * kv_rows * d * element)
    kv_held = int(2 * min(kv_rows, held_kv or kv_rows) * d * element)
    softmax_ops = q_rows * kv_rows * VECTOR_OPS_PER_ELEMENT["softmax"]
    output_bytes = int(q_rows * (d + min(tkv, op.kv_len)) * accumulator)
    return Tile(
        index=len(core_tiles), dims=(q_rows, kv_rows, d), output_block=block,
        input_key=input_key, weight_key=weight_key, work=_tile_work(hw, q_rows, kv_rows, d, hw.speed(op.dtype)),
        vector_cycles=ceil_div(softmax_ops, hw.core.vector_lanes),
        input_load_bytes=0 if previous and previous.input_key == input_key else q_bytes,
        weight_load_bytes=0 if previous and previous.weight_key == weight_key else kv_bytes,
        input_release_bytes=q_bytes, weight_release_bytes=kv_held,
        input_hold_bytes=0 if previous and previous.input_key == input_key else q_bytes,
        weight_hold_bytes=0 if previous and previous.weight_key == weight_key else kv_held,
        output_hold_bytes=output_bytes if step == 0 else 0,
        output_release_bytes=output_bytes if step == steps - 1 else 0,
        first_k=step == 0, last_k=step == steps - 1,
        store_bytes=int(q_rows * d * element) if step == steps - 1 else 0)


def _with_releases(tiles: list[Tile]) -> list[Tile]:
    """Release a reused block only at its last consecutive user."""
    fixed = []
    for i, tile in enumerate(tiles):
        following = tiles[i + 1] if i + 1 < len(tiles) else None
        keep_q = following is not None and following.input_key == tile.input_key
        keep_kv = following is not None and following.weight_key == tile.weight_key
        fixed.append(tile._replace(
            input_release_bytes=0 if keep_q else _held(tiles, i, "input"),
            weight_release_bytes=0 if keep_kv else _held(tiles, i, "weight")))
    return fixed


def _held(tiles: list[Tile], i: int, operand: str) -> int:
    """Bytes the run of tiles ending at ``i`` holds for one operand (its loader's)."""
    key = f"{operand}_key"
    j = i
    while j > 0 and getattr(tiles[j - 1], key) == getattr(tiles[i], key):
        j -= 1
    return getattr(tiles[j], f"{operand}_hold_bytes")
