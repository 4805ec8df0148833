"""PE-level simulation of a systolic array, cycle by cycle, with real numbers.

This is the ground truth for timing: every processing element (PE) of the
R x C grid has its registers updated every cycle, operands enter skewed at
the array edges and move one PE per cycle, and the product comes out of the
array. ``core/timing.py`` must equal it cycle for cycle.

The physical array (row i, column j; PE(0, 0) at the top left):

- the *left edge* feeds each row; operands move right, one column per cycle;
- the *top edge* feeds each column; operands move down, one row per cycle;
- partial sums move down and leave at the *bottom edge*, into accumulators.

Dataflows (a GEMM ``O[M x N] = A[M x K] . B[K x N]``):

``ws`` weight-stationary
    A fold holds a ``kf x nf`` tile of B (kf <= R, nf <= C) in PE(i, j),
    i < kf, j < nf. Preload: the tile is shifted in from the top, one row
    per cycle, kf cycles. Stream: row m of A enters array row i at cycle
    ``m + i`` (the skew); PE(i, j) adds ``a * w`` to the partial sum coming
    from above; the sum for O[m, j] leaves row R - 1 at cycle
    ``m + (R - 1) + j``. Partial sums pass through the unused rows
    kf..R-1 unchanged, because the accumulators sit below the last row.
    Fold cycles: ``kf + (M + R + nf - 2)``.
``is`` input-stationary
    The same hardware with the roles of the operands swapped: a tile of
    A^T is held, B^T streams, the array computes O^T. Fold cycles:
    ``kf + (N + R + mf - 2)``. Simulated as ``ws`` on the transposed GEMM.
``os`` output-stationary
    PE(i, j) accumulates O[i, j] of an ``mf x nf`` output tile. A[i, k]
    enters row i at cycle ``k + i``, B[k, j] enters column j at cycle
    ``k + j``; they meet in PE(i, j) at cycle ``k + i + j``. A PE writes its
    result out after its K-th MAC (a write port per PE, as SCALE-Sim
    assumes). Fold cycles: ``K + mf + nf - 2``.

Folds run back to back, without overlap, in the order
``for col_fold: for row_fold:``. Outputs of successive row folds (ws, is)
are summed in the accumulators: the first fold writes, later ones
read-modify-write.

Numbers: int8 operands accumulate in int32 (wrapping like numpy's int32),
fp16/bf16/fp32 operands in fp32, fp64 in fp64. The kernels take operands
already converted to the accumulation type; ``run_gemm`` does that.

With ``shadow=True`` folds overlap instead (``pe_overlap.py``).

Not modelled: operand delivery stalls (the edges are always fed when the
schedule says so; memory is the engine's job), clock gating.

Kernels are plain numba: arrays and integer codes in, outputs preallocated
by the caller, ``cache=True``.

Recording (for teaching, small GEMMs only): the kernels take a *tape*, a
tuple of arrays indexed by global cycle (``new_tape``), and copy every PE's
registers into it at the end of each cycle. The normal path passes
``None``: numba compiles that case separately and prunes every
``if tape is not None`` branch, so it runs the same code as before recording
existed. ``core/pe_trace.py`` turns a tape into a readable record.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numba import njit

from systolic.core.pe_overlap import os_overlapped, ws_overlapped
from systolic.core.pe_tape import (OUTPUT_READS, OUTPUT_WRITES, STATIONARY_READS, STREAM_READS,
                                   record_held, record_moving, record_write)
from systolic.core.timing import ceil_div, spatial_mapping
from systolic.errors import ConfigError
from systolic.spec.hardware import DATAFLOWS


@njit(cache=True)
def _register_sets(rows, cols, dtype):
    """Current and next (value, tag) registers for two operands moving through the grid."""
    return (np.zeros((rows, cols), dtype=dtype), np.full((rows, cols), -1, dtype=np.int32),
            np.zeros((rows, cols), dtype=dtype), np.full((rows, cols), -1, dtype=np.int32),
            np.zeros((rows, cols), dtype=dtype), np.full((rows, cols), -1, dtype=np.int32),
            np.zeros((rows, cols), dtype=dtype), np.full((rows, cols), -1, dtype=np.int32))


@njit(cache=True)
def _ws_preload(w, k0, n0, kf, nf, wreg, wvalid, counters, busy, tape, cycle0):
    """Shift a kf x nf tile of ``w`` in from the top edge; return cycles used."""
    rows, cols = wreg.shape
    wvalid[:, :] = False
    for t in range(kf):
        tile_row = k0 + kf - 1 - t
        for i in range(rows - 1, 0, -1):
            for j in range(cols):
                wreg[i, j] = wreg[i - 1, j]
                wvalid[i, j] = wvalid[i - 1, j]
        for j in range(cols):
            if j < nf:
                wreg[0, j] = w[tile_row, n0 + j]
                wvalid[0, j] = True
                counters[STATIONARY_READS] += 1
            else:
                wvalid[0, j] = False
        if tape is not None:
            record_held(tape, cycle0 + t, wreg, wvalid, busy)
    return kf


@njit(cache=True, inline="always")  # a piece of the kernel below, at its speed
def _ws_collect(preg, ptag, n0, nf, out, accumulate, counters, tape, cycle):
    """Take the partial sums leaving the bottom row into the accumulators; return how many."""
    rows = ptag.shape[0]
    collected = 0
    for j in range(nf):
        m = ptag[rows - 1, j]
        if m >= 0:
            if accumulate:
                out[m, n0 + j] += preg[rows - 1, j]
                counters[OUTPUT_READS] += 1
            else:
                out[m, n0 + j] = preg[rows - 1, j]
            counters[OUTPUT_WRITES] += 1
            collected += 1
            if tape is not None:
                record_write(tape, cycle, rows - 1, j)
    return collected


@njit(cache=True)
def _ws_stream(a, k0, n0, kf, nf, wreg, wvalid, regs, zero, out, accumulate, busy, counters,
               tape, cycle0):
    """Stream all rows of ``a`` through the held tile; return cycles used.

    ``regs`` is two register sets, (value, tag) for operands and partial
    sums: the current state is read, the next state written, then they
    swap, as flip-flops latch on a clock edge. Tags carry the row m each
    operand / partial sum belongs to (-1: empty), as the hardware's valid
    bits and output addresses do.
    """
    rows, cols = wreg.shape
    m_total = a.shape[0]
    areg, atag, preg, ptag, areg_next, atag_next, preg_next, ptag_next = regs
    atag[:, :] = -1
    ptag[:, :] = -1
    expected = m_total * nf
    collected = 0
    cycle = 0
    while collected < expected:
        for i in range(rows):
            m_edge = cycle - i
            if i < kf and 0 <= m_edge < m_total:
                atag_next[i, 0] = m_edge
                areg_next[i, 0] = a[m_edge, k0 + i]
                counters[STREAM_READS] += 1
            else:
                atag_next[i, 0] = -1
                areg_next[i, 0] = areg[i, 0]
            for j in range(1, cols):
                atag_next[i, j] = atag[i, j - 1]
                areg_next[i, j] = areg[i, j - 1]
            for j in range(cols):
                mac = atag_next[i, j] >= 0 and wvalid[i, j]
                product = areg_next[i, j] * wreg[i, j] if mac else zero
                if i == 0:
                    ptag_next[0, j] = atag_next[0, j] if wvalid[0, j] else -1
                    preg_next[0, j] = product
                else:
                    ptag_next[i, j] = ptag[i - 1, j]
                    preg_next[i, j] = preg[i - 1, j] + product
                busy[i, j] += mac
        collected += _ws_collect(preg_next, ptag_next, n0, nf, out, accumulate, counters, tape,
                                 cycle0 + cycle)
        if tape is not None:
            record_held(tape, cycle0 + cycle, wreg, wvalid, busy)
            record_moving(tape, cycle0 + cycle, areg_next, atag_next, preg_next, ptag_next)
        areg, areg_next = areg_next, areg
        atag, atag_next = atag_next, atag
        preg, preg_next = preg_next, preg
        ptag, ptag_next = ptag_next, ptag
        cycle += 1
    return cycle


@njit(cache=True)
def ws_gemm(a, w, out, busy, fold_cycles, counters, tape):
    """Weight-stationary GEMM ``out = a @ w`` on an array of busy.shape.

    Fills ``out`` (M x N), ``busy`` (R x C MAC counts), ``fold_cycles``
    (one entry per fold), ``counters`` and ``tape`` (unless None);
    returns total cycles.
    """
    rows, cols = busy.shape
    m_total, k_total = a.shape
    n_total = w.shape[1]
    wreg = np.zeros((rows, cols), dtype=out.dtype)
    wvalid = np.zeros((rows, cols), dtype=np.bool_)
    regs = _register_sets(rows, cols, out.dtype)
    zero = np.zeros(1, dtype=out.dtype)[0]
    fold = 0
    total = 0
    for n0 in range(0, n_total, cols):
        nf = min(cols, n_total - n0)
        for k0 in range(0, k_total, rows):
            kf = min(rows, k_total - k0)
            accumulate = k0 > 0
            cycles = _ws_preload(w, k0, n0, kf, nf, wreg, wvalid, counters, busy, tape, total)
            cycles += _ws_stream(a, k0, n0, kf, nf, wreg, wvalid, regs, zero, out,
                                 accumulate, busy, counters, tape, total + cycles)
            fold_cycles[fold] = cycles
            total += cycles
            fold += 1
    return total


@njit(cache=True, inline="always")  # a piece of the kernel below, at its speed
def _os_feed_top(b, n0, nf, cycle, breg, breg_next, btag_next, counters):
    """Feed the top edge: column j takes B's row ``cycle - j`` (the skew), or nothing."""
    k_total = b.shape[0]
    for j in range(breg.shape[1]):
        k_top = cycle - j
        if j < nf and 0 <= k_top < k_total:
            btag_next[0, j] = k_top
            breg_next[0, j] = b[k_top, n0 + j]
            counters[STATIONARY_READS] += 1
        else:
            btag_next[0, j] = -1
            breg_next[0, j] = breg[0, j]


@njit(cache=True)
def _os_fold(a, b, m0, n0, mf, nf, regs, acc, out, busy, counters, tape, cycle0):
    """One output-stationary fold; return cycles used.

    ``regs`` holds current and next (value, tag) registers for the A
    operands moving right and the B operands moving down. The tags are the
    reduction index k: k == 0 starts a new sum, k == K - 1 completes it and
    the PE writes its result out.
    """
    rows, cols = busy.shape
    busy_before = busy  # an accumulator holds a sum of this fold after a MAC in it
    if tape is not None:
        busy_before = busy.copy()
    k_total = a.shape[1]
    areg, atag, breg, btag, areg_next, atag_next, breg_next, btag_next = regs
    atag[:, :] = -1
    btag[:, :] = -1
    expected = mf * nf
    written = 0
    cycle = 0
    while written < expected:
        _os_feed_top(b, n0, nf, cycle, breg, breg_next, btag_next, counters)
        for i in range(rows):
            k_left = cycle - i
            if i < mf and 0 <= k_left < k_total:
                atag_next[i, 0] = k_left
                areg_next[i, 0] = a[m0 + i, k_left]
                counters[STREAM_READS] += 1
            else:
                atag_next[i, 0] = -1
                areg_next[i, 0] = areg[i, 0]
            for j in range(1, cols):
                atag_next[i, j] = atag[i, j - 1]
                areg_next[i, j] = areg[i, j - 1]
            if i > 0:
                for j in range(cols):
                    btag_next[i, j] = btag[i - 1, j]
                    breg_next[i, j] = breg[i - 1, j]
            for j in range(cols):
                k = atag_next[i, j]
                if k >= 0 and btag_next[i, j] >= 0:
                    product = areg_next[i, j] * breg_next[i, j]
                    acc[i, j] = product if k == 0 else acc[i, j] + product
                    busy[i, j] += 1
                    if k == k_total - 1:
                        out[m0 + i, n0 + j] = acc[i, j]
                        counters[OUTPUT_WRITES] += 1
                        written += 1
                        if tape is not None:
                            record_write(tape, cycle0 + cycle, i, j)
        if tape is not None:
            # an accumulator holds a value once it did a MAC in this fold
            record_held(tape, cycle0 + cycle, acc, busy > busy_before, busy)
            record_moving(tape, cycle0 + cycle, areg_next, atag_next, breg_next, btag_next)
        areg, areg_next = areg_next, areg
        atag, atag_next = atag_next, atag
        breg, breg_next = breg_next, breg
        btag, btag_next = btag_next, btag
        cycle += 1
    return cycle


@njit(cache=True)
def os_gemm(a, b, out, busy, fold_cycles, counters, tape):
    """Output-stationary GEMM ``out = a @ b``; same outputs as ``ws_gemm``."""
    rows, cols = busy.shape
    m_total = a.shape[0]
    n_total = b.shape[1]
    regs = _register_sets(rows, cols, out.dtype)
    acc = np.zeros((rows, cols), dtype=out.dtype)
    fold = 0
    total = 0
    for n0 in range(0, n_total, cols):
        nf = min(cols, n_total - n0)
        for m0 in range(0, m_total, rows):
            mf = min(rows, m_total - m0)
            cycles = _os_fold(a, b, m0, n0, mf, nf, regs, acc, out, busy, counters, tape,
                              total)
            fold_cycles[fold] = cycles
            total += cycles
            fold += 1
    return total


@dataclass(frozen=True)
class PeRun:
    """What the PE-level engine observed for one GEMM.

    ``input_reads`` / ``weight_reads``: elements of A / B the array took
    from its buffers; ``output_writes`` / ``output_reads``: accumulator
    writes and the reads of read-modify-write accumulation.
    ``fold_first_cycles``: the cycle each fold begins (its preload, or its
    first operand); ``fold_cycles``: from there to its last output. Without
    shadow registers folds follow each other, so these add up to ``cycles``.
    """

    dataflow: str
    product: np.ndarray
    cycles: int
    fold_first_cycles: np.ndarray
    fold_cycles: np.ndarray
    busy_macs: np.ndarray
    input_reads: int
    weight_reads: int
    output_writes: int
    output_reads: int


def _check(a: np.ndarray, b: np.ndarray, rows: int, cols: int, dataflow: str) -> None:
    if dataflow not in DATAFLOWS:
        raise ConfigError(f"dataflow: expected one of {', '.join(DATAFLOWS)}, got {dataflow!r}")
    for name, value in (("rows", rows), ("cols", cols)):
        if not isinstance(value, (int, np.integer)) or value < 1:
            raise ConfigError(f"{name}: expected a positive integer, got {value!r}")
    if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[0] or 0 in a.shape + b.shape:
        raise ConfigError(f"operands: expected non-empty M x K and K x N matrices, "
                          f"got {a.shape} and {b.shape}")


def fold_count(m: int, n: int, k: int, rows: int, cols: int, dataflow: str) -> int:
    """Number of folds: tiles of the stationary operand the array holds in turn."""
    s_r, s_c, _ = spatial_mapping(m, n, k, dataflow)
    return ceil_div(s_r, rows) * ceil_div(s_c, cols)


def default_accumulate_dtype(a: np.ndarray):
    """int32 for integer operands, float32 for floats of 32 bits or fewer, else float64."""
    return (np.int32 if np.issubdtype(a.dtype, np.integer)
            else np.float64 if a.dtype == np.float64 else np.float32)


def run_gemm(a: np.ndarray, b: np.ndarray, rows: int, cols: int,
             dataflow: str, accumulate_dtype=None, tape: tuple | None = None,
             shadow: bool = False) -> PeRun:
    """Run ``a @ b`` through an R x C array, PE by PE; see the module docstring.

    ``accumulate_dtype`` defaults to ``default_accumulate_dtype(a)``.
    ``tape``, from ``new_tape`` with the accumulation dtype, records every
    cycle (``core/pe_trace.py``); for ``is`` it records the physical array,
    which runs ``ws`` on the transposed GEMM. ``shadow``: folds overlap
    (``pe_overlap.py``; its tape from ``new_overlap_tape``).
    """
    _check(a, b, rows, cols, dataflow)
    if accumulate_dtype is None:
        accumulate_dtype = default_accumulate_dtype(a)
    busy, counters = np.zeros((rows, cols), dtype=np.int64), np.zeros(4, dtype=np.int64)
    folds = fold_count(a.shape[0], b.shape[1], a.shape[1], rows, cols, dataflow)
    fold_cycles, fold_first = np.zeros((2, folds), dtype=np.int64)
    a_acc = np.ascontiguousarray(a, dtype=accumulate_dtype)
    b_acc = np.ascontiguousarray(b, dtype=accumulate_dtype)
    if dataflow == "is":  # ws on the transposed GEMM: O^T = B^T . A^T
        a_acc, b_acc = np.ascontiguousarray(b_acc.T), np.ascontiguousarray(a_acc.T)
    product = np.zeros((a_acc.shape[0], b_acc.shape[1]), dtype=accumulate_dtype)
    if shadow:
        kernel = os_overlapped if dataflow == "os" else ws_overlapped
        cycles = kernel(a_acc, b_acc, product, busy, fold_cycles, fold_first, counters, tape)
    else:
        kernel = os_gemm if dataflow == "os" else ws_gemm
        cycles = kernel(a_acc, b_acc, product, busy, fold_cycles, counters, tape)
        fold_first[1:] = np.cumsum(fold_cycles)[:-1]
    stream, stationary = counters[STREAM_READS], counters[STATIONARY_READS]
    if dataflow == "is":
        product, stream, stationary = product.T, stationary, stream
    return PeRun(dataflow, product, int(cycles),
                 fold_first_cycles=fold_first, fold_cycles=fold_cycles, busy_macs=busy,
                 input_reads=int(stream), weight_reads=int(stationary),
                 output_writes=int(counters[OUTPUT_WRITES]),
                 output_reads=int(counters[OUTPUT_READS]))
