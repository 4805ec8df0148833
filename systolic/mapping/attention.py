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

Backward (``Attention.backward``), flash-style as FlashAttention-2 runs it:
a tile loads a Q and a dO block and a K and V block, recomputes the scores
and runs dP, dV, dQ and dK on the arrays (five products of the forward's
size, where the forward runs two) and the softmax gradient on the vector
unit; a query block's dQ is stored after its last key block. Not
modelled: dK and dV stay on chip per key block in FlashAttention-2 and are
written once; their stores are not charged. Unfused, the gradients run as
GEMMs through the stored probabilities (``_expand_unfused_backward``).

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
from systolic.spec.workload import Attention, Elementwise, Gemm, Softmax

# Causal blocks span at most 4 array heights (and at least 128 rows, FlashAttention's
# block on GPUs), so that masked key blocks can be skipped.
CAUSAL_BLOCK_ARRAYS = 4
CAUSAL_BLOCK_MIN = 128


def expand_unfused(op: Attention) -> tuple[list, dict[str, tuple[str, ...]]]:
    """Scores GEMM -> softmax -> context GEMM, with their dependencies
    (backward: ``_expand_unfused_backward``)."""
    rows = op.group * op.q_len
    groups = op.batch * op.kv_heads
    if op.backward:
        return _expand_unfused_backward(op, rows, groups)
    scores = Gemm(f"{op.name}.scores", rows, op.kv_len, op.head_dim, batch=groups,
                  dtype=op.dtype, weights=False)
    softmax = Softmax(f"{op.name}.softmax", groups * rows, op.kv_len, dtype=op.dtype)
    context = Gemm(f"{op.name}.context", rows, op.head_dim, op.kv_len, batch=groups,
                   dtype=op.dtype, weights=False)
    return [scores, softmax, context], {softmax.name: (scores.name,),
                                        context.name: (softmax.name,)}


def _expand_unfused_backward(op: Attention, rows: int, groups: int):
    """The gradients through stored probabilities P: dV = P^T dO and
    dP = dO V^T, then dS = softmax_grad(P, dP), then dQ = dS K and
    dK = dS^T Q; the score-sized P, dP and dS pass through DRAM."""
    d, name = op.head_dim, op.name

    def gemm(part: str, m: int, n: int, k: int) -> Gemm:
        return Gemm(f"{name}.{part}", m, n, k, batch=groups, dtype=op.dtype, weights=False)

    ops = [gemm("dv", op.kv_len, d, rows), gemm("dp", rows, op.kv_len, d),
           Elementwise(f"{name}.ds", "softmax_grad", groups * rows, op.kv_len, op.dtype),
           gemm("dq", rows, d, op.kv_len), gemm("dk", op.kv_len, d, rows)]
    ds = f"{name}.ds"
    return ops, {ds: (f"{name}.dp",), f"{name}.dq": (ds,), f"{name}.dk": (ds,)}


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
    # Backward: Q and dO per query row; K, V and the dK, dV accumulators per key
    # row; dQ and two score blocks (P and dP) per query row in the output buffer.
    q_tensors, kv_accumulators, score_blocks = (2, 2, 2) if op.backward else (1, 0, 1)
    for tkv in kv_steps:
        stages = sram.stages
        kv_bytes = stages * 2 * tkv * d * element + kv_accumulators * tkv * d * accumulator
        if kv_bytes > sram.weight_bytes or causal_block and tkv > causal_block:
            continue
        tq_limit = int(min(sram.input_bytes // (stages * q_tensors * d * element),
                           sram.output_bytes // (stages * (d + score_blocks * tkv)
                                                 * accumulator),
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


def _tile_work(hw: Hardware, tq: int, tkv: int, d: int, speed: float,
               backward: bool = False) -> ArrayWork:
    """Scores (tq x tkv x d) then context (tq x d x tkv) on the core's arrays,
    each in its faster orientation (as written, or transposed). Backward:
    scores and dP (tq x tkv x d), dQ (tq x d x tkv), dV and dK (tkv x d x tq)."""
    args = (hw.array.rows, hw.array.cols, hw.core.arrays, hw.array.dataflow, speed,
            hw.array.shadow_registers)

    def faster(m: int, n: int, k: int) -> ArrayWork:
        return min(array_work(m, n, k, *args), array_work(n, m, k, *args),
                   key=lambda work: work.compute_cycles)

    products = [faster(tq, tkv, d), faster(tq, d, tkv)]
    if backward:
        products += [faster(tq, tkv, d), faster(tkv, d, tq), faster(tkv, d, tq)]
    return ArrayWork(*(sum(getattr(work, f.name) for work in products)
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
    rows = op.group * op.q_len
    _check_work(hw, op, rows, tq, tkv)
    per_core = [_CoreTiles() for _ in range(hw.chip.cores)]
    items = [(b, h, q0, min(tq, rows - q0)) for b in range(op.batch)
             for h in range(op.kv_heads) for q0 in range(0, rows, tq)]
    visible = [_visible_kv_blocks(op, q0, q0 + q_rows, tkv) for _, _, q0, q_rows in items]
    make = _TileMaker(hw, op, tkv)
    for item, core in _balanced(visible, hw.chip.cores):
        (b, h, q0, q_rows), blocks, tiles = items[item], visible[item], per_core[core]
        q_key = (op.name, "Q", b, h, q0)
        if hw.core.k_step:  # keys stream through the buffers: one tile spans them
            span = min(op.kv_len, blocks[-1] + tkv)
            tiles.add(make(tiles, item + 1, q_key, make.kv_key(b, h, 0), q_rows, span, 0, 1,
                           held_kv=tkv))
            continue
        for step, k0 in enumerate(blocks):
            tiles.add(make(tiles, item + 1, q_key, make.kv_key(b, h, k0), q_rows,
                           min(tkv, op.kv_len - k0), step, len(blocks)))
    return Schedule(op=op, choice=None, cores=tuple(tiles.done() for tiles in per_core),
                    reductions=(), waves=ceil_div(len(items), hw.chip.cores),
                    launch_cycles=kernel_rules(hw).launch_cycles)


class _CoreTiles:
    """One core's tiles as they are made: a reused block is released only by
    the last consecutive tile that uses it, with the bytes its first took.
    Each tile's releases are set when the next one comes (one pass, no copy
    of the list: a long prompt has millions of tiles)."""

    def __init__(self):
        self.tiles: list[Tile] = []
        self._holds = [0, 0]  # bytes the runs of the last tile's Q and KV blocks took

    @property
    def last(self) -> Tile | None:
        return self.tiles[-1] if self.tiles else None

    def add(self, tile: Tile) -> None:
        previous = self.last
        if previous is not None:
            self.tiles[-1] = previous._replace(
                input_release_bytes=0 if tile.input_key == previous.input_key
                else self._holds[0],
                weight_release_bytes=0 if tile.weight_key == previous.weight_key
                else self._holds[1])
        if tile.input_hold_bytes:
            self._holds[0] = tile.input_hold_bytes
        if tile.weight_hold_bytes:
            self._holds[1] = tile.weight_hold_bytes
        self.tiles.append(tile)

    def done(self) -> tuple[Tile, ...]:
        if self.tiles:
            self.tiles[-1] = self.tiles[-1]._replace(input_release_bytes=self._holds[0],
                                                     weight_release_bytes=self._holds[1])
        return tuple(self.tiles)


class _TileMaker:
    """Makes an attention's tiles, sharing what equal tiles have in common
    (key tuples, dims, array work) instead of building it again per tile."""

    def __init__(self, hw: Hardware, op: Attention, tkv: int):
        self.hw, self.op, self.tkv = hw, op, tkv
        self.element = DTYPES[op.dtype].bytes
        self.accumulator = DTYPES[DTYPES[op.dtype].accumulate].bytes
        self._kv_keys: dict[tuple[int, int, int], tuple] = {}
        self._shapes: dict[tuple[int, int], tuple] = {}

    def kv_key(self, b: int, h: int, k0: int) -> tuple:
        """The one tuple naming a key/value block."""
        key = self._kv_keys.get((b, h, k0))
        if key is None:
            key = self._kv_keys[(b, h, k0)] = (self.op.name, "KV", b, h, k0)
        return key

    def _shape(self, q_rows: int, kv_rows: int) -> tuple:
        """(dims, array work, vector cycles) of a q_rows x kv_rows tile."""
        shape = self._shapes.get((q_rows, kv_rows))
        if shape is None:
            hw, d = self.hw, self.op.head_dim
            softmax_ops = q_rows * kv_rows * (self.op.vector_ops // self.op.score_elements)
            shape = self._shapes[(q_rows, kv_rows)] = (
                (q_rows, kv_rows, d), _tile_work(hw, q_rows, kv_rows, d, hw.speed(self.op.dtype),
                                                 self.op.backward),
                ceil_div(softmax_ops, hw.core.vector_lanes))
        return shape

    def __call__(self, tiles: _CoreTiles, block: int, input_key: tuple, weight_key: tuple,
                 q_rows: int, kv_rows: int, step: int, steps: int,
                 held_kv: int | None = None) -> Tile:
        """One tile: a query block against ``kv_rows`` keys (of which
        ``held_kv`` at a time sit in the buffer when keys stream through
        it). The output buffer holds the query block's running output and
        one key block's scores (``tkv`` columns, fewer if the keys are
        shorter) from its first tile to its last, which gives back what the
        first took. Releases are set by ``_CoreTiles``."""
        op, element, d = self.op, self.element, self.op.head_dim
        previous = tiles.last
        q_bytes = int(q_rows * d * element) * (2 if op.backward else 1)  # Q (and dO)
        kv_bytes = int(2 * kv_rows * d * element)
        kv_held = int(2 * min(kv_rows, held_kv or kv_rows) * d * element)
        output_bytes = int(q_rows * (d + min(self.tkv, op.kv_len)) * self.accumulator)
        same_q = previous is not None and previous.input_key == input_key
        same_kv = previous is not None and previous.weight_key == weight_key
        dims, work, vector_cycles = self._shape(q_rows, kv_rows)
        return Tile(
            index=len(tiles.tiles), dims=dims, output_block=block, input_key=input_key,
            weight_key=weight_key, work=work, vector_cycles=vector_cycles,
            input_load_bytes=0 if same_q else q_bytes,
            weight_load_bytes=0 if same_kv else kv_bytes,
            input_release_bytes=0, weight_release_bytes=0,
            input_hold_bytes=0 if same_q else q_bytes,
            weight_hold_bytes=0 if same_kv else kv_held,
            output_hold_bytes=output_bytes if step == 0 else 0,
            output_release_bytes=output_bytes if step == steps - 1 else 0,
            first_k=step == 0, last_k=step == steps - 1,
            store_bytes=int(q_rows * d * element) if step == steps - 1 else 0)


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
