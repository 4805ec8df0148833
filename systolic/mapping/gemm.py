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

Kernels. What the machine's GEMM kernels impose comes from one seam,
``kernels.kernel_rules(hw)``: the tile shapes to try (empty: search
freely; a GPU library's fixed shapes, then wave quantization over the
cores follows), the MAC-rate factor, how many cores of a cluster share
(multicast) a block they load at one step, and the idle cycles before an
op starts (``Schedule.launch_cycles``). A systolic array's rules are the
free search at the dtype's rate, alone, at once. With ``[core] k_step`` a
tile's operands stream through the buffers in K slices, so a tile spans
all of K (or a split-K part of it) and only ``stages`` slices need to fit.

Search. Candidate tile sizes are multiples of the array (the dimension on
the array rows in steps of R, the one on its columns in steps of C, the
streamed one freely): the powers of two of those steps and of C times the
arrays per core, and the even splits of each dimension. Each candidate that fits is
scored by the estimated time ``max(compute, memory + DRAM latency per
tile)`` with waves over the cores, where memory is the larger of DRAM
bytes over DRAM bandwidth and every tile's blocks over the shared level's
(or DRAM's) bandwidth (a block multicast to a cluster's cores counted
once per cluster), plus the
pipeline's fill and drain (the first tile's loads and the last one's
store, which nothing hides),
and then by DRAM bytes and the number of tiles: the least traffic among
the fastest. If the smallest tiles still
give fewer output blocks than cores, K is split across cores (split-K):
each part stores a partial sum in the accumulation type and one core's
vector unit adds them.

Orientation. ``O^T = B^T . A^T`` is the same work with the operands'
roles swapped (B streamed, A held in the arrays); both orientations are
searched and the faster kept (decode GEMMs with a few token rows run
better with the weights streamed). Tile sizes then refer to the
transposed GEMM.

Cores. Output blocks (or split-K parts) are dealt to cores round-robin, so
``ceil(blocks / cores)`` waves run and the last one may be partial (wave
quantization). Arrays within a core share a tile: its columns (ws, os) or
rows of A (is) are split across the arrays, each timed by
``core/timing.py``.

Pure functions of (hardware, op); no SimPy, no state.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from systolic.core.timing import gemm_cycles, gemm_timing
from systolic.errors import ConfigError
from systolic.mapping.kernels import KernelRules, kernel_rules
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.workload import Gemm

LOOP_ORDERS = ("nmk", "mnk")
OUTPUT_STAGES = 2  # one output block accumulating while the previous one is stored


@dataclass(frozen=True)
class ArrayWork:
    """What the arrays of a core do for one tile."""

    compute_cycles: int
    folds: int
    macs: int
    input_reads: int
    weight_reads: int
    output_writes: int
    output_reads: int
    used_pe_slots: int


class Tile(NamedTuple):
    """One step of one core: load (unless reused), compute, maybe store.

    A NamedTuple rather than a dataclass: large GEMMs have tens of
    thousands of tiles, and tuples are several times cheaper to build.

    ``*_load_bytes`` come from DRAM (or the shared level) before compute;
    ``*_hold_bytes`` are taken from the buffer at load and
    ``*_release_bytes`` returned after compute (a reused block is held by
    the first tile that loads it and released by the last that uses it;
    with K streamed in slices a block holds one slice, not all of K).
    ``output_hold_bytes`` is taken at the first K step and
    ``output_release_bytes`` given back after the last K step's store.
    ``store_bytes`` go to DRAM after the last K step. ``vector_cycles``
    is the vector unit's share (softmax in fused attention, element-wise
    ops), run alongside the arrays' ``work``. ``k_slices``: the K slices
    the loads stream in (``[core] k_step``); the arrays start on the first
    slice and finish one slice's work after the last arrives.
    ``input_sharers`` / ``weight_sharers``: how many cores of this core's
    cluster (``KernelRules.cluster_cores``) load the same block at the same
    step, this one included; the block's transfer is shared among them.
    """

    index: int
    dims: tuple[int, int, int]
    output_block: int
    input_key: tuple
    weight_key: tuple
    work: ArrayWork
    vector_cycles: int
    input_load_bytes: int
    weight_load_bytes: int
    input_release_bytes: int
    weight_release_bytes: int
    output_hold_bytes: int
    output_release_bytes: int
    first_k: bool
    last_k: bool
    store_bytes: int
    input_hold_bytes: int
    weight_hold_bytes: int
    k_slices: int = 1
    input_sharers: int = 1
    weight_sharers: int = 1


@dataclass(frozen=True)
class Reduction:
    """A split-K sum: the vector unit of ``core`` adds ``parts`` partial blocks."""

    core: int
    output_block: int
    waits_for: tuple[tuple[int, int], ...]  # (core, tile index) of every part's last tile
    elements: int
    read_bytes: int
    write_bytes: int


@dataclass(frozen=True)
class TileChoice:
    """The tile shape, loop order and split-K factor of a schedule."""

    tm: int
    tn: int
    tk: int
    loop_order: str
    split_k: int
    transposed: bool = False


@dataclass(frozen=True)
class Schedule:
    """An op mapped on a machine: the tiles each core runs, in order.

    ``choice`` is the GEMM tiling (None for ops that are not GEMMs);
    ``launch_cycles`` the idle cycles between the op's start (its inputs
    ready) and its first tile (a kernel launch, ``KernelRules``).
    """

    op: Any
    choice: TileChoice | None
    cores: tuple[tuple[Tile, ...], ...]
    reductions: tuple[Reduction, ...]
    waves: int
    launch_cycles: int = 0

    @property
    def tile_count(self) -> int:
        """Tiles over all cores."""
        return sum(len(tiles) for tiles in self.cores)

    @property
    def dram_read_bytes(self) -> int:
        """Bytes the tiles and reductions load (before any shared-level hits)."""
        loads = sum(t.input_load_bytes + t.weight_load_bytes for c in self.cores for t in c)
        return loads + sum(r.read_bytes for r in self.reductions)

    @property
    def dram_write_bytes(self) -> int:
        """Bytes the tiles and reductions store."""
        stores = sum(t.store_bytes for c in self.cores for t in c)
        return stores + sum(r.write_bytes for r in self.reductions)


# --- tile timing ----------------------------------------------------------------

@lru_cache(maxsize=65536)
def array_parts(m: int, n: int, k: int, rows: int, cols: int, arrays: int,
                dataflow: str) -> tuple[tuple[int, int, int], ...]:
    """The (m, n, k) GEMM each array of a core runs for an m x n x k tile.

    Either the dimension on the array columns (N for ws/os, M for is) is
    split in whole array widths, or the streamed one (M for ws and os, N
    for is; os in whole array heights) is split evenly, every array then
    holding the same stationary block: whichever finishes first.
    """
    on_cols, other = (m, n) if dataflow == "is" else (n, m)
    col_step = -(-(-(-on_cols // cols)) // arrays) * cols
    other_step = -(-other // arrays)
    if dataflow == "os":
        other_step = -(-other_step // rows) * rows
    options = []
    for sizes, cols_split in ((_chunks(on_cols, col_step), True),
                              (_chunks(other, other_step), False)):
        if (dataflow == "is") == cols_split:
            parts = tuple((size, n, k) for size in sizes)
        else:
            parts = tuple((m, size, k) for size in sizes)
        longest = max(gemm_cycles(*part, rows, cols, dataflow) for part in set(parts))
        options.append((longest, len(parts), parts))
    return min(options)[2]


def _chunks(total: int, size: int) -> list[int]:
    return [min(size, total - start) for start in range(0, total, size)]


@lru_cache(maxsize=65536)
def array_work(m: int, n: int, k: int, rows: int, cols: int, arrays: int,
               dataflow: str, compat: str = "native", speed: float = 1.0) -> ArrayWork:
    """Cycles and array traffic of an m x n x k tile on a core's arrays.

    The tile is split over the arrays (``array_parts``); the core takes as
    long as its busiest array. ``speed`` is the dtype's MAC rate relative
    to the array's base rate (2 for fp8 on a GPU tensor core): the fold
    timing is divided by it.
    """
    distinct = {}
    for part in array_parts(m, n, k, rows, cols, arrays, dataflow):
        if part not in distinct:
            distinct[part] = gemm_timing(*part, rows, cols, dataflow, compat)
    timings = [distinct[part] for part in array_parts(m, n, k, rows, cols, arrays, dataflow)]
    return ArrayWork(
        compute_cycles=math.ceil(max(t.cycles for t in timings) / speed),
        folds=sum(t.folds for t in timings),
        macs=sum(t.macs for t in timings), input_reads=sum(t.input_reads for t in timings),
        weight_reads=sum(t.weight_reads for t in timings),
        output_writes=sum(t.output_writes for t in timings),
        output_reads=sum(t.output_reads for t in timings),
        used_pe_slots=sum(round(t.mapping_efficiency * t.folds * rows * cols) for t in timings))


# --- tile search ------------------------------------------------------------------

def _candidates(size: int, step: int, wide_step: int) -> list[int]:
    """Tile sizes for a dimension: powers of two of ``step`` and of ``wide_step``
    (the width that keeps every array of a core busy), even splits, the whole."""
    step = min(step, size)
    sizes = {size}
    for power in (step, min(wide_step, size)):
        while power < size:
            sizes.add(power)
            power *= 2
    for parts in range(2, 9):
        split = -(-size // parts)
        sizes.add(min(size, -(-split // step) * step))
    return sorted(sizes)


def _steps(hw: Hardware) -> tuple[int, int, int]:
    """Tile granularity (m, n, k) that keeps one array's folds whole."""
    rows, cols = hw.array.rows, hw.array.cols
    return {"ws": (1, cols, rows), "os": (rows, cols, 1), "is": (cols, 1, rows)}[
        hw.array.dataflow]


def _wide_steps(hw: Hardware) -> tuple[int, int, int]:
    """Granularity that gives every array of a core a whole fold width."""
    step_m, step_n, step_k = _steps(hw)
    arrays = hw.core.arrays
    if hw.array.dataflow == "is":
        return step_m * arrays, step_n, step_k
    return step_m, step_n * arrays, step_k


def _fits(hw: Hardware, op: Gemm, tm: int, tn: int, tk: int) -> bool:
    sram = hw.core.sram
    accumulator = DTYPES[op.element.accumulate].bytes
    stages = sram.stages
    tk = min(tk, hw.core.k_step) if hw.core.k_step else tk
    return (stages * tm * tk * op.element.bytes <= sram.input_bytes
            and stages * tk * tn * op.weight_element.bytes <= sram.weight_bytes
            and OUTPUT_STAGES * tm * tn * accumulator <= sram.output_bytes)


def _traffic(op: Gemm, tm: int, tn: int, tk: int, order: str, split_k: int) -> float:
    """DRAM bytes moved by a tiling, reuse of consecutive blocks included."""
    m, n, k = op.m, op.n, op.k
    blocks_m, blocks_n, steps_k = -(-m // tm), -(-n // tn), -(-k // tk)
    if order == "nmk":
        a_bytes = m * k * (1 if steps_k == 1 and blocks_m == 1 else blocks_n)
        b_bytes = k * n * (1 if steps_k == 1 else blocks_m)
    else:
        a_bytes = m * k * (1 if steps_k == 1 else blocks_n)
        b_bytes = k * n * (1 if steps_k == 1 and blocks_n == 1 else blocks_m)
    element = op.element.bytes
    out_bytes = m * n * element
    if split_k > 1:
        accumulator = DTYPES[op.element.accumulate].bytes
        out_bytes = m * n * (2 * split_k * accumulator + element)
    return op.batch * (a_bytes * element + b_bytes * op.weight_element.bytes + out_bytes)


def _compute_estimate(hw: Hardware, op: Gemm, tm: int, tn: int, tk: int,
                      split_k: int, compat: str, speed: float) -> int:
    """Cycles of the busiest core: waves of output blocks times K steps."""
    blocks = op.batch * -(-op.m // tm) * -(-op.n // tn) * split_k
    steps_k = -(-(-(-op.k // tk)) // split_k)
    work = array_work(min(tm, op.m), min(tn, op.n), min(tk, op.k), hw.array.rows,
                      hw.array.cols, hw.core.arrays, hw.array.dataflow, compat, speed)
    return -(-blocks // hw.chip.cores) * steps_k * work.compute_cycles


def _split_factors(hw: Hardware, op: Gemm, tm: int, tn: int, tk: int) -> list[int]:
    blocks = op.batch * -(-op.m // tm) * -(-op.n // tn)
    steps_k = -(-op.k // tk)
    factors = [1]
    while blocks * factors[-1] * 2 <= hw.chip.cores and factors[-1] * 2 <= steps_k:
        factors.append(factors[-1] * 2)
    return factors


def transposed(op: Gemm) -> Gemm:
    """The same work as ``O^T = B^T . A^T``: B becomes the streamed operand."""
    return dataclasses.replace(op, m=op.n, n=op.m, dtype=op.weight_dtype or op.dtype,
                               weight_dtype=op.dtype)


def choose_tiles(hw: Hardware, op: Gemm, compat: str = "native") -> TileChoice:
    """The tiling of ``op`` or of its transpose with the least estimated time,
    then the least traffic. The kernels' rules are asked about ``op`` as laid
    out in memory (before any transpose)."""
    rules = kernel_rules(hw)
    options = [(_best_tiling(hw, op, compat, rules, op), False)]
    if compat == "native":
        options.append((_best_tiling(hw, transposed(op), compat, rules, op), True))
    fitting = [(found, flip) for found, flip in options if found is not None]
    if not fitting:
        raise ConfigError(_too_small_message(hw, op))
    (_, choice), flip = min(fitting, key=lambda item: item[0][0])
    return dataclasses.replace(choice, transposed=flip)


def _tile_candidates(hw: Hardware, op: Gemm, sizes: list[list[int]], shapes: tuple):
    """(tm, tn, tk) to try: the searched sizes, or the kernels' tile ``shapes``."""
    k_sizes = sizes[2]
    if hw.core.k_step:  # K streams through the buffers: a tile spans K, or a split of it
        k_sizes = sorted({-(-op.k // parts) for parts in (1, 2, 4, 8, 16)})
    if not shapes:
        return itertools.product(sizes[0], sizes[1], k_sizes)
    clipped = {(min(tm, op.m), min(tn, op.n)) for tm, tn in shapes}
    return ((tm, tn, tk) for tm, tn in sorted(clipped) for tk in k_sizes)


def _shared_holds_operands(hw: Hardware, op: Gemm) -> bool:
    """Whether the shared level (L2) can keep both of one batch item's operands."""
    operands = op.m * op.k * op.element.bytes + op.k * op.n * op.weight_element.bytes
    return bool(hw.memory.shared_bytes) and operands <= hw.memory.shared_bytes


def _delivered_bytes(cluster: int, op: Gemm, tm: int, tn: int, order: str, split_k: int,
                     a_bytes: float, b_bytes: float) -> float:
    """A tile's operand bytes through the shared level, the multicast of a
    cluster of ``cluster`` cores counted: consecutive output blocks (dealt to
    neighbouring cores) share their A block (``mnk``) or B block (``nmk``), or
    the other one when that dimension has a single block. Split-K parts share
    nothing (their K ranges differ)."""
    if cluster == 1 or split_k > 1:
        return a_bytes + b_bytes
    blocks_m, blocks_n = -(-op.m // tm), -(-op.n // tn)
    if order == "mnk":
        a_share, b_share = min(cluster, blocks_n), min(cluster, blocks_m) if blocks_n == 1 else 1
    else:
        a_share, b_share = min(cluster, blocks_n) if blocks_m == 1 else 1, min(cluster, blocks_m)
    return a_bytes / a_share + b_bytes / b_share


def _best_tiling(hw: Hardware, op: Gemm, compat: str, rules: KernelRules, stored: Gemm):
    """(score, TileChoice) of the best tiling of ``op`` as written, or None;
    ``rules`` are asked about ``stored``, the GEMM as laid out in memory."""
    speed, shapes, cluster = rules.mac_rate(stored), rules.tile_shapes(stored), \
        rules.cluster_cores
    steps, wide = _steps(hw), _wide_steps(hw)
    bytes_per_cycle = hw.dram_bytes_per_cycle
    # Every tile's blocks cross the shared level (or DRAM) once per core that
    # needs them: reuse across cores is not free.
    delivery_per_cycle = (hw.memory.shared_bandwidth_bytes_per_s / hw.chip.clock_hz
                          if hw.memory.shared_bytes else bytes_per_cycle)
    latency = hw.dram_latency_cycles
    # Operands that fit in the shared level together cross DRAM once, however
    # often the tiles re-read them (the re-reads are the delivery term's).
    once = _traffic(op, op.m, op.n, op.k, "mnk", 1) if _shared_holds_operands(hw, op) else None
    best, best_score = None, None
    sizes = [_candidates(size, step, wide_step)
             for size, step, wide_step in zip((op.m, op.n, op.k), steps, wide)]
    for tm, tn, tk in _tile_candidates(hw, op, sizes, shapes):
        if not _fits(hw, op, tm, tn, tk):
            continue
        tiles = op.batch * -(-op.m // tm) * -(-op.n // tn) * -(-op.k // tk)
        a_bytes, b_bytes = tm * tk * op.element.bytes, tk * tn * op.weight_element.bytes
        fill = latency + (a_bytes + b_bytes + tm * tn * op.element.bytes) / bytes_per_cycle
        for split_k in _split_factors(hw, op, tm, tn, tk):
            compute = _compute_estimate(hw, op, tm, tn, tk, split_k, compat, speed)
            for order in LOOP_ORDERS:
                delivery = tiles * _delivered_bytes(cluster, op, tm, tn, order, split_k,
                                                    a_bytes, b_bytes) / delivery_per_cycle
                traffic = _traffic(op, tm, tn, tk, order, split_k)
                if once is not None and split_k == 1:
                    traffic = min(traffic, once)
                memory = max(traffic / bytes_per_cycle, delivery) + \
                    -(-tiles // hw.chip.cores) * latency
                score = (max(compute, memory) + fill, traffic, tiles)
                if best_score is None or score < best_score:
                    best, best_score = TileChoice(tm, tn, tk, order, split_k), score
    return None if best is None else (best_score, best)


def _too_small_message(hw: Hardware, op: Gemm) -> str:
    step_m, step_n, step_k = _steps(hw)
    tm, tn, tk = (min(s, d) for s, d in ((step_m, op.m), (step_n, op.n), (step_k, op.k)))
    element = op.element.bytes
    accumulator = DTYPES[op.element.accumulate].bytes
    stages = hw.core.sram.stages
    need = {"input_bytes": stages * tm * tk * element,
            "weight_bytes": stages * tk * tn * op.weight_element.bytes,
            "output_bytes": OUTPUT_STAGES * tm * tn * accumulator}
    sram = hw.core.sram
    short = [f"{key} {getattr(sram, key)} < {int(value)}" for key, value in need.items()
             if getattr(sram, key) < value]
    return (f"{hw.source}: [core.sram] {', '.join(short)}: SRAM too small for a single "
            f"fold of {op.name} ({stages} buffered {tm}x{tn}x{tk} tiles of {op.dtype})")


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


def _tile(hw: Hardware, op: Gemm, choice: TileChoice, steps: list[_Step], i: int,
          compat: str, speed: float, sharers: tuple[int, int]) -> Tile:
    step = steps[i]
    tm, tn, tk = (min(choice.tm, op.m - step.m0), min(choice.tn, op.n - step.n0),
                  min(choice.tk, op.k - step.k0))
    element = op.element.bytes
    accumulator = DTYPES[op.element.accumulate].bytes
    input_key, weight_key = step.input_key, step.weight_key
    previous = steps[i - 1] if i > 0 else None
    following = steps[i + 1] if i + 1 < len(steps) else None
    input_bytes, weight_bytes = int(tm * tk * element), int(tk * tn * op.weight_element.bytes)
    held_k = min(tk, hw.core.k_step) if hw.core.k_step else tk
    input_held, weight_held = int(tm * held_k * element), int(held_k * tn * op.weight_element.bytes)
    out_element = accumulator if step.partial else element
    work = array_work(tm, tn, tk, hw.array.rows, hw.array.cols, hw.core.arrays,
                      hw.array.dataflow, compat, speed)
    return Tile(
        index=i, dims=(tm, tn, tk), output_block=step.block, input_key=input_key, weight_key=weight_key,
        work=work, vector_cycles=0,
        input_load_bytes=0 if previous and previous.input_key == input_key else input_bytes,
        weight_load_bytes=0 if previous and previous.weight_key == weight_key else weight_bytes,
        input_release_bytes=0 if following and following.input_key == input_key else input_held,
        weight_release_bytes=(0 if following and following.weight_key == weight_key
                              else weight_held),
        input_hold_bytes=0 if previous and previous.input_key == input_key else input_held,
        weight_hold_bytes=0 if previous and previous.weight_key == weight_key else weight_held,
        output_hold_bytes=int(tm * tn * accumulator) if step.first_k else 0,
        output_release_bytes=int(tm * tn * accumulator) if step.last_k else 0,
        first_k=step.first_k, last_k=step.last_k,
        store_bytes=int(tm * tn * out_element) if step.last_k else 0,
        k_slices=-(-tk // held_k), input_sharers=sharers[0], weight_sharers=sharers[1])


def _reductions(op: Gemm, choice: TileChoice, split_owners: list) -> tuple[Reduction, ...]:
    element = op.element.bytes
    accumulator = DTYPES[op.element.accumulate].bytes
    reductions = []
    for block, _, m0, n0, owners in split_owners:
        elements = min(choice.tm, op.m - m0) * min(choice.tn, op.n - n0)
        reductions.append(Reduction(
            core=owners[0][0], output_block=block, waits_for=tuple(owners),
            elements=elements * len(owners),
            read_bytes=int(elements * len(owners) * accumulator),
            write_bytes=int(elements * element)))
    return tuple(reductions)


def map_gemm(hw: Hardware, op: Gemm, compat: str = "native",
             choice: TileChoice | None = None) -> Schedule:
    """Map ``op`` on ``hw``: choose tiles (unless given) and lay out each core's tiles."""
    hw.dtype(op.dtype)
    choice = choice or choose_tiles(hw, op, compat)
    laid_out = transposed(op) if choice.transposed else op
    if not _fits(hw, laid_out, choice.tm, choice.tn, choice.tk):
        raise ConfigError(_too_small_message(hw, laid_out))
    per_core, split_owners = _core_steps(laid_out, choice, hw.chip.cores)
    rules = kernel_rules(hw)
    speed = rules.mac_rate(op)
    cores = tuple(tuple(_tile(hw, laid_out, choice, steps, i, compat, speed, shared)
                        for i, shared in enumerate(_sharers(per_core, core,
                                                            rules.cluster_cores)))
                  for core, steps in enumerate(per_core))
    blocks = len(_output_blocks(laid_out, choice)) * choice.split_k
    return Schedule(op=op, choice=choice, cores=cores,
                    reductions=_reductions(laid_out, choice, split_owners),
                    waves=-(-blocks // hw.chip.cores), launch_cycles=rules.launch_cycles)

