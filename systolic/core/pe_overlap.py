"""PE-level kernels with shadow registers: the next fold loads while this one streams.

The same grid, registers and numbers as ``pe_array.py``, run as one cycle
loop over the whole GEMM instead of fold after fold, because folds now
overlap. ``core/timing.py`` derives the closed form these must equal.

``ws`` (and ``is``, which is ``ws`` on the transposed GEMM) holds two banks
of weight registers per PE. Every operand entering the array carries its
fold's number, and a PE multiplies it by the weight of that fold's bank
(``fold % 2``), so the switch to a new tile travels with the wavefront, as
in TPU v1. Each column has its own shift chain: in every cycle a column that
is not loading starts loading the next fold's tile (all R x C registers of a
fold, invalid past its ``nf`` columns) as soon as that bank's last MAC in
the column is done; a load shifts one row in per cycle, as the serial
preload does. A fold's first operand enters once the previous fold's rows
have all entered and every column it uses will have its tile in by the
time the wave reaches it. Within a cycle the MACs read the registers
first and the shifts write them after (flip-flops latch at the clock edge),
so a shift may start in the cycle of its bank's last MAC.

``os``: each PE writes a finished sum out through its own port, so fold
f's operands enter right behind fold f - 1's (cycle ``f * K``); every
operand carries its fold's number, which says where its output goes.

Per-fold figures: ``first`` is the cycle a fold's load starts (column 0;
os: its first operand), ``cycles`` the cycles from there to its last
output; folds overlap, so they do not add up to the total.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from systolic.core.pe_tape import (OUTPUT_READS, OUTPUT_WRITES, STATIONARY_READS, STREAM_READS,
                                   record_os_overlap, record_ws_overlap)


@njit(cache=True)
def _fold_table(s_r, s_c, rows, cols):
    """(row offset, col offset, rows used, cols used) per fold, column folds outer."""
    folds_r, folds_c = -(-s_r // rows), -(-s_c // cols)
    table = np.zeros((folds_r * folds_c, 4), dtype=np.int64)
    f = 0
    for c0 in range(0, s_c, cols):
        for r0 in range(0, s_r, rows):
            table[f, 0], table[f, 1] = r0, c0
            table[f, 2], table[f, 3] = min(rows, s_r - r0), min(cols, s_c - c0)
            f += 1
    return table


@njit(cache=True)
def _shift_column(w, folds, f, step, j, bank, wreg, wvalid, counters):
    """Shift one row of fold f's tile into column j of ``bank`` (its row ``step``)."""
    rows = wreg.shape[1]
    k0, n0, kf, nf = folds[f, 0], folds[f, 1], folds[f, 2], folds[f, 3]
    for i in range(rows - 1, 0, -1):
        wreg[bank, i, j] = wreg[bank, i - 1, j]
        wvalid[bank, i, j] = wvalid[bank, i - 1, j]
    if j < nf:
        wreg[bank, 0, j] = w[k0 + kf - 1 - step, n0 + j]
        wvalid[bank, 0, j] = True
        counters[STATIONARY_READS] += 1
    else:
        wvalid[bank, 0, j] = False


@njit(cache=True)
def _ws_can_start(f, cycle, t, starts, load_fold):
    """Whether fold f's first operand may enter row 0 in ``cycle``: the
    previous fold's rows are in and column 0 holds its tile. The other
    columns' loads start no later than column 0's plus their index, so
    they are in before the wave reaches them (checked on arrival)."""
    return (f == 0 or cycle >= starts[f - 1] + t) and load_fold[0] > f


@njit(cache=True)
def _ws_loads(w, folds, t, cycle, wreg, wvalid, uses_left, load_fold, load_left, first,
              counters, shifted):
    """Every column: start the next fold's load if its bank is free, shift one
    row (``shifted``: the columns that did, this cycle)."""
    cols = wreg.shape[2]
    for j in range(cols):
        f = load_fold[j]
        shifted[j] = False
        if load_left[j] == 0 and f < folds.shape[0] and uses_left[f % 2, j] == 0:
            wvalid[f % 2, :, j] = False
            uses_left[f % 2, j] = folds[f, 2] * t if j < folds[f, 3] else 0
            load_left[j] = folds[f, 2]
            if j == 0:
                first[f] = cycle
        if load_left[j] > 0:
            _shift_column(w, folds, f, folds[f, 2] - load_left[j], j, f % 2, wreg, wvalid,
                          counters)
            shifted[j] = True
            load_left[j] -= 1
            if load_left[j] == 0:
                load_fold[j] += 1


@njit(cache=True)
def _ws_stream(a, folds, t, cycle, started, starts, row_fold, regs, wreg, wvalid, uses_left,
               load_fold, busy, counters):
    """One cycle of the operands and partial sums of every fold in flight."""
    rows, cols = busy.shape
    moving, tags, sum_fold = regs  # (operand, sum); (operand's m, its fold, sum's m); sum's fold
    for i in range(rows - 1, -1, -1):  # bottom up: each row reads the one above's old state
        for j in range(cols - 1, 0, -1):
            moving[0, i, j], tags[0, i, j], tags[1, i, j] = (
                moving[0, i, j - 1], tags[0, i, j - 1], tags[1, i, j - 1])
        while row_fold[i] < started - 1 and cycle - i >= starts[row_fold[i]] + t:
            row_fold[i] += 1
        f = row_fold[i]
        m = cycle - i - starts[f] if f < started else -1
        if 0 <= m < t and i < folds[f, 2]:
            moving[0, i, 0], tags[0, i, 0], tags[1, i, 0] = a[m, folds[f, 0] + i], m, f
            counters[STREAM_READS] += 1
        else:
            tags[0, i, 0] = -1
        for j in range(cols):
            f = tags[1, i, j]
            if tags[0, i, j] >= 0 and load_fold[j] <= f:
                raise RuntimeError("an operand reached a column before its weights")
            mac = tags[0, i, j] >= 0 and wvalid[f % 2, i, j]
            product = moving[0, i, j] * wreg[f % 2, i, j] if mac else moving[0, i, j] * 0
            if mac:
                busy[i, j] += 1
                uses_left[f % 2, j] -= 1
            if i == 0:
                moving[1, 0, j] = product
                tags[2, 0, j], sum_fold[0, j] = (tags[0, 0, j] if mac else -1), f
            else:
                moving[1, i, j] = moving[1, i - 1, j] + product
                tags[2, i, j], sum_fold[i, j] = tags[2, i - 1, j], sum_fold[i - 1, j]


@njit(cache=True)
def _ws_collect(folds, t, cycle, regs, out, collected, fold_cycles, fold_first, counters):
    """Take the sums leaving the bottom row; return how many folds this finished."""
    moving, tags, sum_fold = regs
    rows, cols = sum_fold.shape
    finished = 0
    for j in range(cols):
        m, f = tags[2, rows - 1, j], sum_fold[rows - 1, j]
        if m >= 0:
            if folds[f, 0] > 0:
                out[m, folds[f, 1] + j] += moving[1, rows - 1, j]
                counters[OUTPUT_READS] += 1
            else:
                out[m, folds[f, 1] + j] = moving[1, rows - 1, j]
            counters[OUTPUT_WRITES] += 1
            collected[f] += 1
            if collected[f] == t * folds[f, 3]:
                fold_cycles[f] = cycle + 1 - fold_first[f]
                finished += 1
    return finished


@njit(cache=True)
def ws_overlapped(a, w, out, busy, fold_cycles, fold_first, counters, tape):
    """``out = a @ w`` weight-stationary with two weight banks; returns the cycles.
    ``tape`` (``pe_tape.new_overlap_tape``, or None) records every cycle."""
    rows, cols = busy.shape
    t, k_total = a.shape
    folds = _fold_table(k_total, w.shape[1], rows, cols)
    count = folds.shape[0]
    wreg = np.zeros((2, rows, cols), dtype=out.dtype)
    wvalid = np.zeros((2, rows, cols), dtype=np.bool_)
    uses_left = np.zeros((2, cols), dtype=np.int64)
    load_fold = np.zeros(cols, dtype=np.int64)
    load_left = np.zeros(cols, dtype=np.int64)
    starts = np.full(count, -1, dtype=np.int64)
    collected = np.zeros(count, dtype=np.int64)
    row_fold = np.zeros(rows, dtype=np.int64)  # the fold whose operands enter each row
    regs = (np.zeros((2, rows, cols), dtype=out.dtype),
            np.full((3, rows, cols), -1, dtype=np.int64),
            np.full((rows, cols), -1, dtype=np.int64))
    last_fold = np.full((rows, cols), -1, dtype=np.int64)  # recording only
    shifted = np.zeros(cols, dtype=np.bool_)
    started, finished, cycle = 0, 0, 0
    while finished < count:
        if started < count and _ws_can_start(started, cycle, t, starts, load_fold):
            starts[started] = cycle
            started += 1
        _ws_stream(a, folds, t, cycle, started, starts, row_fold, regs, wreg, wvalid,
                   uses_left, load_fold, busy, counters)
        finished += _ws_collect(folds, t, cycle, regs, out, collected, fold_cycles,
                                fold_first, counters)
        if tape is not None:  # before the shifts: nothing has shifted yet
            shifted[:] = False
            record_ws_overlap(tape, cycle, wreg, wvalid, last_fold, load_fold, load_left,
                              shifted, regs, regs[2], busy, False)
        _ws_loads(w, folds, t, cycle, wreg, wvalid, uses_left, load_fold, load_left,
                  fold_first, counters, shifted)
        if tape is not None:
            record_ws_overlap(tape, cycle, wreg, wvalid, last_fold, load_fold, load_left,
                              shifted, regs, regs[2], busy, True)
            if cycle < tape[17].shape[0]:
                tape[17][cycle, rows - 1, :] = regs[1][2, rows - 1, :] >= 0
        cycle += 1
    return cycle


@njit(cache=True)
def _fold_element(time, lane, k_total, folds, used):
    """(fold, k) whose element enters ``lane`` of an edge at ``time``, or (-1, -1)."""
    f = time // k_total
    if time >= 0 and f < folds.shape[0] and lane < folds[f, used]:
        return f, time % k_total
    return -1, -1


@njit(cache=True)
def os_overlapped(a, b, out, busy, fold_cycles, fold_first, counters, tape):
    """``out = a @ b`` output-stationary, each fold's operands right behind the
    last's; ``tape`` (``pe_tape.new_overlap_tape``, or None) records every cycle."""
    rows, cols = busy.shape
    m_total, k_total = a.shape
    folds = _fold_table(m_total, b.shape[1], rows, cols)
    for f in range(folds.shape[0]):
        fold_first[f] = f * k_total
        fold_cycles[f] = k_total + folds[f, 2] + folds[f, 3] - 2
    acc = np.zeros((rows, cols), dtype=out.dtype)
    east = np.zeros((rows, cols), dtype=out.dtype)
    south = np.zeros((rows, cols), dtype=out.dtype)
    tags = np.full((4, rows, cols), -1, dtype=np.int64)  # east's k and fold, south's k and fold
    acc_fold = np.full((rows, cols), -1, dtype=np.int64)  # the fold each PE sums (recording)
    written, cycle = 0, 0
    while written < m_total * b.shape[1]:
        for i in range(rows - 1, -1, -1):  # from the far corner: each reads its neighbour's old state
            for j in range(cols - 1, -1, -1):
                if j > 0:
                    east[i, j], tags[0, i, j], tags[1, i, j] = (
                        east[i, j - 1], tags[0, i, j - 1], tags[1, i, j - 1])
                else:
                    f, k = _fold_element(cycle - i, i, k_total, folds, 2)
                    tags[0, i, 0], tags[1, i, 0] = k, f
                    if f >= 0:
                        east[i, 0] = a[folds[f, 0] + i, k]
                        counters[STREAM_READS] += 1
                if i > 0:
                    south[i, j], tags[2, i, j], tags[3, i, j] = (
                        south[i - 1, j], tags[2, i - 1, j], tags[3, i - 1, j])
                else:
                    f, k = _fold_element(cycle - j, j, k_total, folds, 3)
                    tags[2, 0, j], tags[3, 0, j] = k, f
                    if f >= 0:
                        south[0, j] = b[k, folds[f, 1] + j]
                        counters[STATIONARY_READS] += 1
                k, f = tags[0, i, j], tags[1, i, j]
                if k >= 0 and tags[2, i, j] >= 0:
                    product = east[i, j] * south[i, j]
                    acc[i, j] = product if k == 0 else acc[i, j] + product
                    acc_fold[i, j] = f
                    busy[i, j] += 1
                    if k == k_total - 1:
                        out[folds[f, 0] + i, folds[f, 1] + j] = acc[i, j]
                        counters[OUTPUT_WRITES] += 1
                        written += 1
                        if tape is not None and cycle < tape[17].shape[0]:
                            tape[17][cycle, i, j] = True
        if tape is not None:
            record_os_overlap(tape, cycle, acc, acc_fold, east, south, tags, busy)
        cycle += 1
    return cycle
