"""What a mapping hands the engine: a schedule of tiles per core, and a tile's array work.

A ``Schedule`` is the only thing the engine consumes (it may be written by
hand): per core, the tiles in order, each with the bytes it loads, holds and
releases in every buffer, its array work and what it stores; the split-K
reductions; the waves; the idle cycles before the op starts. ``array_work``
times a tile on a core's arrays with ``core/timing.py``: the tile is split
over the arrays (``array_parts``) and the core takes as long as its busiest
array.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from systolic.core.timing import ceil_div, gemm_cycles, gemm_timing
from systolic.spec.workload import Collective


@dataclass(frozen=True)
class ArrayWork:
    """What the arrays of a core do for one tile.

    Where its busiest array's ``compute_cycles`` go (``timing.GemmTiming``,
    at the dtype's speed): ``useful_cycles`` (its MACs at every PE every
    cycle), ``stream_cycles`` (which also hold the PEs a partial fold
    leaves idle), ``load_cycles`` (held tiles loading, not hidden); the rest
    is fill, drain and the adding of K parts.
    """

    compute_cycles: int
    folds: int
    macs: int
    input_reads: int
    weight_reads: int
    output_writes: int
    output_reads: int
    used_pe_slots: int
    useful_cycles: float = 0.0
    stream_cycles: float = 0.0
    load_cycles: float = 0.0


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
    ``epilogue_bytes``: a fused epilogue's other input (a residual), loaded
    from DRAM with the last K step into the input buffer (counted in its
    hold and release), never shared or multicast: every output block has its own.
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
    epilogue_bytes: int = 0


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
        loads = sum(t.input_load_bytes + t.weight_load_bytes + t.epilogue_bytes
                    for c in self.cores for t in c)
        return loads + sum(r.read_bytes for r in self.reductions)

    @property
    def dram_write_bytes(self) -> int:
        """Bytes the tiles and reductions store."""
        stores = sum(t.store_bytes for c in self.cores for t in c)
        return stores + sum(r.write_bytes for r in self.reductions)


# --- tile timing ----------------------------------------------------------------

@lru_cache(maxsize=65536)
def array_parts(m: int, n: int, k: int, rows: int, cols: int, arrays: int,
                dataflow: str, shadow: bool = False) -> tuple[tuple[int, int, int], ...]:
    """The (m, n, k) GEMM each array of a core runs for an m x n x k tile.

    Either the dimension on the array columns (N for ws/os, M for is) is
    split in whole array widths, or the streamed one (M for ws and os, N
    for is; os in whole array heights) is split evenly, every array then
    holding the same stationary block, or (ws, is) K is split in whole array
    heights, every array summing part of K and the parts added after
    (``merge_cycles``): whichever finishes first. Splitting K is what makes
    a matrix-vector product (decode) use every array; os arrays (our GPU
    presets) split M and N, as the measured library's warps do.
    """
    options = []
    for parts in _split_options(m, n, k, rows, cols, arrays, dataflow):
        longest = max(gemm_cycles(*part, rows, cols, dataflow, "native", shadow)
                      for part in set(parts))
        options.append((longest + merge_cycles(m, n, k, parts, cols), len(parts), parts))
    return min(options)[2]


def _split_options(m: int, n: int, k: int, rows: int, cols: int, arrays: int,
                   dataflow: str) -> list[tuple[tuple[int, int, int], ...]]:
    """The ways ``array_parts`` weighs of splitting a tile over the arrays."""
    on_cols, other = (m, n) if dataflow == "is" else (n, m)
    col_step = ceil_div(ceil_div(on_cols, cols), arrays) * cols
    other_step = ceil_div(other, arrays)
    if dataflow == "os":
        other_step = ceil_div(other_step, rows) * rows
    options = []
    for sizes, cols_split in ((_chunks(on_cols, col_step), True),
                              (_chunks(other, other_step), False)):
        if (dataflow == "is") == cols_split:
            options.append(tuple((size, n, k) for size in sizes))
        else:
            options.append(tuple((m, size, k) for size in sizes))
    if dataflow != "os":
        k_step = ceil_div(ceil_div(k, rows), arrays) * rows
        options.append(tuple((m, n, size) for size in _chunks(k, k_step)))
    return options


def merge_cycles(m: int, n: int, k: int, parts: tuple[tuple[int, int, int], ...],
                 cols: int) -> int:
    """Cycles to add the partial sums of arrays that split K: each part but
    the first is read into the first's accumulators, a row of ``cols``
    values per cycle."""
    if len(parts) < 2 or parts[0][2] == k:
        return 0
    return ceil_div((len(parts) - 1) * m * n, cols)


@lru_cache(maxsize=262144)
def array_cycles(m: int, n: int, k: int, rows: int, cols: int, arrays: int,
                 dataflow: str, speed: float = 1.0, shadow: bool = False) -> int:
    """``array_work(...).compute_cycles`` without the rest of the work: what the
    tile search scores hundreds of candidates with. Cycles never fall when a
    dimension grows, so each way of splitting the tile over the arrays takes
    as long as its first (largest) part, and the tile as long as the faster
    way (``array_parts`` picks the least longest part)."""
    longest = min(gemm_cycles(*parts[0], rows, cols, dataflow, "native", shadow)
                  + merge_cycles(m, n, k, parts, cols)
                  for parts in _split_options(m, n, k, rows, cols, arrays, dataflow))
    return math.ceil(longest / speed)


def _chunks(total: int, size: int) -> list[int]:
    return [min(size, total - start) for start in range(0, total, size)]


@lru_cache(maxsize=65536)
def array_work(m: int, n: int, k: int, rows: int, cols: int, arrays: int,
               dataflow: str, speed: float = 1.0, shadow: bool = False) -> ArrayWork:
    """Cycles and array traffic of an m x n x k tile on a core's arrays.

    The tile is split over the arrays (``array_parts``); the core takes as
    long as its busiest array, plus the adding of K parts. ``speed`` is the
    dtype's MAC rate relative to the array's base rate (2 for fp8 on a GPU
    tensor core): the fold timing is divided by it.
    """
    parts = array_parts(m, n, k, rows, cols, arrays, dataflow, shadow)
    distinct = {part: gemm_timing(*part, rows, cols, dataflow, shadow=shadow)
                for part in set(parts)}
    timings = [distinct[part] for part in parts]
    merge = merge_cycles(m, n, k, parts, cols)
    busiest = max(timings, key=lambda t: t.cycles)
    return ArrayWork(
        compute_cycles=math.ceil((busiest.cycles + merge) / speed),
        folds=sum(t.folds for t in timings),
        macs=sum(t.macs for t in timings), input_reads=sum(t.input_reads for t in timings),
        weight_reads=sum(t.weight_reads for t in timings),
        output_writes=sum(t.output_writes for t in timings),
        output_reads=sum(t.output_reads for t in timings) + (m * n * (len(parts) - 1)
                                                             if merge else 0),
        used_pe_slots=sum(round(t.mapping_efficiency * t.folds * rows * cols) for t in timings),
        useful_cycles=busiest.macs / (rows * cols * speed),
        stream_cycles=busiest.stream_cycles / speed, load_cycles=busiest.load_cycles / speed)


@dataclass(frozen=True)
class LinkSchedule:
    """A collective: how long it holds the links it uses, the bytes it sends, and
    the algorithm that moves them ("" for one participant: nothing moves).
    ``levels``: the network levels it holds, in one order for every collective
    (so that two never wait for each other); (): the chip's own link."""

    op: Collective
    cycles: int
    link_bytes: float
    algorithm: str = ""
    levels: tuple[str, ...] = ()
