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
arrays per core, and the even splits of each dimension. Each candidate that
fits is scored by its estimated time (``tile_estimate.py``), then by DRAM
bytes and the number of tiles: the least traffic among the fastest. If the
smallest tiles still
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
from systolic.mapping.schedule import TileChoice
from systolic.mapping.tile_estimate import OUTPUT_STAGES, Search, epilogue_inputs
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.workload import Gemm

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


def _best_tiling(hw: Hardware, op: Gemm, rules: KernelRules, stored: Gemm, stages: int):
    """(score, TileChoice) of the best tiling of ``op`` as written at ``stages``,
    or None; ``rules`` are asked about ``stored``, the GEMM as laid out in memory.
    The first of equal scores wins (candidates in order, then split-K, then order)."""
    search = Search(hw, op, rules, stored, stages)
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
            f"{', '.join(short) or 'buffers'} "
            "(raise them in the machine's file or with --sram-kb)")
