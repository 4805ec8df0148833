"""How a GEMM is tiled: the search for the tile sizes, loop order and split-K.

Kernels. What the machine's GEMM kernels impose comes from one seam,
``kernels.kernel_rules(hw)``: the tile shapes to try (empty: search
freely; a GPU library's fixed shapes, then wave quantization over the
cores follows), the MAC-rate factor, how many cores of a cluster share
(multicast) a block they load at one step, and the idle cycles before an
op starts (``Schedule.launch_cycles``). A systolic array's rules are the
free search at the dtype's rate, alone, at once. With ``[core] k_step`` a
tile's operands stream through the buffers in K slices, so a tile spans
all of K (or a split-K part of it) and only ``stages`` slices need to fit.

Stages. Tiles are first sought at the machine's ``[core.sram] stages``. When
none fits (fp32 on a GPU's fallback tile shapes: four 128 x 64 fp32 slices
are 128 KiB, the buffer 96 KiB), the kernel that runs the op pipelines fewer
stages, down to ``MIN_STAGES`` (double buffering), as CUTLASS sizes a
kernel's stages to the shared memory left (``StageCountAutoCarveout``) and
its fp32 (SIMT) kernels run 2-3 stages where the tensor-core ones run 4-7.
The engine needs no stage count: a buffer holds what its bytes allow. Ops
that fit at the machine's stages are tiled as before.

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

Pure functions of (hardware, op); no SimPy, no state.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from functools import lru_cache

from systolic.core.timing import ceil_div
from systolic.errors import ConfigError
from systolic.mapping.kernels import KernelRules, kernel_rules
from systolic.mapping.schedule import TileChoice, array_cycles
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.mappings import LOOP_ORDERS
from systolic.spec.workload import TWO_INPUT_OPS, Gemm

OUTPUT_STAGES = 2  # one output block accumulating while the previous one is stored
MIN_STAGES = 2  # double buffering: the shallowest pipeline that overlaps loads with compute


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
        split = ceil_div(size, parts)
        sizes.add(min(size, ceil_div(split, step) * step))
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


def stage_counts(hw: Hardware) -> tuple[int, ...]:
    """The pipeline depths tried in turn: the machine's stages, then ``MIN_STAGES``."""
    stages = hw.core.sram.stages
    return (stages,) if stages <= MIN_STAGES else (stages, MIN_STAGES)


def fits(hw: Hardware, op: Gemm, tm: int, tn: int, tk: int, stages: int | None = None) -> bool:
    """Whether a ``tm x tn x tk`` tile's blocks fit their buffers at ``stages``
    (default: the machine's stages)."""
    sram = hw.core.sram
    accumulator = DTYPES[op.element.accumulate].bytes
    stages = stages or sram.stages
    tk = min(tk, hw.core.k_step) if hw.core.k_step else tk
    residual = epilogue_inputs(op) * tm * tn  # the epilogue's other input: the last K step's
    return ((stages * tm * tk + residual) * op.element.bytes <= sram.input_bytes
            and stages * tk * tn * op.weight_element.bytes <= sram.weight_bytes
            and OUTPUT_STAGES * tm * tn * accumulator <= sram.output_bytes)


def epilogue_inputs(op: Gemm) -> int:
    """Inputs of a fused epilogue besides the GEMM's output (a residual, a gate): 0 or 1."""
    return 1 if op.epilogue in TWO_INPUT_OPS else 0


def _traffic(op: Gemm, tm: int, tn: int, tk: int, order: str, split_k: int) -> float:
    """DRAM bytes moved by a tiling, reuse of consecutive blocks included."""
    m, n, k = op.m, op.n, op.k
    blocks_m, blocks_n, steps_k = ceil_div(m, tm), ceil_div(n, tn), ceil_div(k, tk)
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


def transposed(op: Gemm) -> Gemm:
    """The same work as ``O^T = B^T . A^T``: B becomes the streamed operand."""
    return dataclasses.replace(op, m=op.n, n=op.m, dtype=op.weight_dtype or op.dtype,
                               weight_dtype=op.dtype)


def choose_tiles(hw: Hardware, op: Gemm) -> TileChoice:
    """The tiling of ``op`` or of its transpose with the least estimated time,
    then the least traffic. The kernels' rules are asked about ``op`` as laid
    out in memory (before any transpose)."""
    return _chosen(hw, op)[1]


def estimated_cycles(hw: Hardware, op: Gemm) -> float:
    """The search's estimate of the cycles of ``op`` under its chosen tiling
    (its score: a ranking, not the engine's cycles)."""
    return _chosen(hw, op)[0]


@lru_cache(maxsize=4096)
def _chosen(hw: Hardware, op: Gemm) -> tuple[float, TileChoice]:
    rules = kernel_rules(hw)
    for stages in stage_counts(hw):  # fewer stages only when none fits (module docstring)
        options = [(_best_tiling(hw, op, rules, op, stages), False),
                   (_best_tiling(hw, transposed(op), rules, op, stages), True)]
        fitting = [(found, flip) for found, flip in options if found is not None]
        if fitting:
            break
    else:
        raise ConfigError(too_small_message(hw, op))
    (score, choice), flip = min(fitting, key=lambda item: item[0][0])
    return score[0], dataclasses.replace(choice, transposed=flip)


def _tile_candidates(hw: Hardware, op: Gemm, sizes: list[list[int]], shapes: tuple):
    """(tm, tn, tk) to try: the searched sizes, or the kernels' tile ``shapes``."""
    k_sizes = sizes[2]
    if hw.core.k_step:  # K streams through the buffers: a tile spans K, or a split of it
        k_sizes = sorted({ceil_div(op.k, parts) for parts in (1, 2, 4, 8, 16)})
    if not shapes:
        return itertools.product(sizes[0], sizes[1], k_sizes)
    clipped = {(min(tm, op.m), min(tn, op.n)) for tm, tn in shapes}
    return ((tm, tn, tk) for tm, tn in sorted(clipped) for tk in k_sizes)


def _shared_holds_operands(hw: Hardware, op: Gemm) -> bool:
    """Whether the shared level (L2) can keep both of one batch item's operands."""
    operands = op.m * op.k * op.element.bytes + op.k * op.n * op.weight_element.bytes
    return bool(hw.memory.shared_bytes) and operands <= hw.memory.shared_bytes


class _Search:
    """The tile search of one GEMM at one stage count: what every candidate's
    score shares, computed once (the search scores hundreds of candidates
    for every GEMM of a sweep point), then each candidate's score in the
    terms of the module docstring."""

    def __init__(self, hw: Hardware, op: Gemm, rules: KernelRules, stored: Gemm, stages: int):
        self.hw, self.op = hw, op
        self.speed, self.cluster = rules.mac_rate(stored), rules.cluster_cores
        self.shapes = rules.tile_shapes(stored)
        self.element, self.weight_element = op.element.bytes, op.weight_element.bytes
        self.accumulator = DTYPES[op.element.accumulate].bytes
        sram = hw.core.sram
        self.limits = (sram.input_bytes, sram.weight_bytes, sram.output_bytes)
        self.stages, self.k_step, self.cores = stages, hw.core.k_step, hw.chip.cores
        self.array = (hw.array.rows, hw.array.cols, hw.core.arrays, hw.array.dataflow)
        self.shadow = hw.array.shadow_registers
        self.epilogue_inputs = epilogue_inputs(op)
        self.bytes_per_cycle = hw.dram_bytes_per_cycle
        # Every tile's blocks cross the shared level (or DRAM) once per core that
        # needs them: reuse across cores is not free.
        self.delivery_per_cycle = (hw.memory.shared_bandwidth_bytes_per_s / hw.chip.clock_hz
                                   if hw.memory.shared_bytes else self.bytes_per_cycle)
        self.latency = hw.dram_latency_cycles
        # Operands that fit in the shared level together cross DRAM once, however
        # often the tiles re-read them (the re-reads are the delivery term's).
        self.once = (_traffic(op, op.m, op.n, op.k, "mnk", 1)
                     if _shared_holds_operands(hw, op) else None)

    def fits(self, tm: int, tn: int, tk: int) -> bool:
        """``tiling.fits`` at this search's stages."""
        held_k = min(tk, self.k_step) if self.k_step else tk
        residual = self.epilogue_inputs * tm * tn
        return ((self.stages * tm * held_k + residual) * self.element <= self.limits[0]
                and self.stages * held_k * tn * self.weight_element <= self.limits[1]
                and OUTPUT_STAGES * tm * tn * self.accumulator <= self.limits[2])

    def scores(self, tm: int, tn: int, tk: int):
        """(score, TileChoice) of every split-K factor and loop order of a tile."""
        op, cores, latency = self.op, self.cores, self.latency
        blocks = op.batch * ceil_div(op.m, tm) * ceil_div(op.n, tn)
        steps_k = ceil_div(op.k, tk)
        tiles = blocks * steps_k
        a_bytes, b_bytes = tm * tk * self.element, tk * tn * self.weight_element
        fill = latency + (a_bytes + b_bytes + tm * tn * self.element) / self.bytes_per_cycle
        cycles = array_cycles(min(tm, op.m), min(tn, op.n), min(tk, op.k), *self.array,
                              self.speed, self.shadow)
        split_k = 1
        while True:  # powers of two while blocks x factor <= cores (and <= K steps)
            compute = ceil_div(blocks * split_k, cores) * ceil_div(steps_k, split_k) * cycles
            for order in LOOP_ORDERS:
                delivery = tiles * self._delivered(tm, tn, order, split_k, a_bytes, b_bytes) \
                    / self.delivery_per_cycle
                traffic = _traffic(op, tm, tn, tk, order, split_k)
                if self.once is not None and split_k == 1:
                    traffic = min(traffic, self.once)
                memory = max(traffic / self.bytes_per_cycle, delivery) + \
                    ceil_div(tiles, cores) * latency
                yield (max(compute, memory) + fill, traffic, tiles), \
                    (tm, tn, tk, order, split_k)
            if not (blocks * split_k * 2 <= cores and split_k * 2 <= steps_k):
                return
            split_k *= 2

    def _delivered(self, tm: int, tn: int, order: str, split_k: int,
                   a_bytes: float, b_bytes: float) -> float:
        """A tile's operand bytes through the shared level, the multicast of a
        cluster of cores counted: consecutive output blocks (dealt to
        neighbouring cores) share their A block (``mnk``) or B block (``nmk``),
        or the other one when that dimension has a single block. Split-K
        parts share nothing (their K ranges differ)."""
        cluster = self.cluster
        if cluster == 1 or split_k > 1:
            return a_bytes + b_bytes
        blocks_m, blocks_n = ceil_div(self.op.m, tm), ceil_div(self.op.n, tn)
        if order == "mnk":
            a_share = min(cluster, blocks_n)
            b_share = min(cluster, blocks_m) if blocks_n == 1 else 1
        else:
            a_share = min(cluster, blocks_n) if blocks_m == 1 else 1
            b_share = min(cluster, blocks_m)
        return a_bytes / a_share + b_bytes / b_share


def _best_tiling(hw: Hardware, op: Gemm, rules: KernelRules, stored: Gemm, stages: int):
    """(score, TileChoice) of the best tiling of ``op`` as written at ``stages``,
    or None; ``rules`` are asked about ``stored``, the GEMM as laid out in memory.
    The first of equal scores wins (candidates in order, then split-K, then order)."""
    search = _Search(hw, op, rules, stored, stages)
    sizes = [_candidates(size, step, wide_step)
             for size, step, wide_step in zip((op.m, op.n, op.k), _steps(hw), _wide_steps(hw))]
    best, best_score = None, None
    for tm, tn, tk in _tile_candidates(hw, op, sizes, search.shapes):
        if not search.fits(tm, tn, tk):
            continue
        for score, choice in search.scores(tm, tn, tk):
            if best_score is None or score < best_score:
                best, best_score = choice, score
    return None if best is None else (best_score, TileChoice(*best))


def op_label(op: Gemm) -> str:
    """How a message names ``op``: its name, or its shape when it has none (the CLI's)."""
    if op.name:
        return op.name
    batch = f"{op.batch} x " if op.batch > 1 else ""
    return f"the {batch}{op.m}x{op.n}x{op.k} GEMM"


def can_tile(hw: Hardware, op: Gemm) -> bool:
    """Whether the least tile of ``op``, as written or transposed, fits the buffers."""
    stages = stage_counts(hw)[-1]
    return any(fits(hw, laid_out, *_smallest_tile(hw, laid_out), stages)
               for laid_out in (op, transposed(op)))


def _smallest_tile(hw: Hardware, op: Gemm) -> tuple[int, int, int]:
    """The least tile the search tries: one array fold, or the kernels' smallest
    fixed shape, with K cut to ``[core] k_step`` when K streams."""
    step_m, step_n, step_k = _steps(hw)
    shapes = kernel_rules(hw).tile_shapes(op)
    if shapes:
        step_m, step_n = min(((min(tm, op.m), min(tn, op.n)) for tm, tn in shapes),
                             key=lambda shape: (shape[0] * shape[1], shape))
    tm, tn, tk = (min(s, d) for s, d in ((step_m, op.m), (step_n, op.n), (step_k, op.k)))
    if hw.core.k_step:
        tk = min(hw.core.k_step, op.k)
    return tm, tn, tk


def too_small_message(hw: Hardware, op: Gemm) -> str:
    """The one-line error when no tile of ``op`` fits the machine's buffers, even
    at ``MIN_STAGES``: the buffers short of the least tile, named as fields of
    the machine (whether its file or ``--sram-kb`` set them)."""
    tm, tn, tk = _smallest_tile(hw, op)
    element = op.element.bytes
    accumulator = DTYPES[op.element.accumulate].bytes
    stages = stage_counts(hw)[-1]
    need = {"input_bytes": stages * tm * tk * element,
            "weight_bytes": stages * tk * tn * op.weight_element.bytes,
            "output_bytes": OUTPUT_STAGES * tm * tn * accumulator}
    sram = hw.core.sram
    short = [f"{key} {getattr(sram, key)} < {math.ceil(value)}" for key, value in need.items()
             if getattr(sram, key) < value]
    return (f"SRAM too small for a single fold of {op_label(op)} ({stages} buffered "
            f"{tm}x{tn}x{tk} tiles of {op.dtype}): {hw.name}'s [core.sram] "
            f"{', '.join(short) or 'buffers'} (raise them in the machine's file or with --sram-kb)")
