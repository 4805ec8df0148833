"""The tape: every PE's registers, cycle by cycle, as the PE-level kernels fill it.

``pe_array``'s kernels take an optional tape and, when given one, copy their
registers into it after every cycle (``record_*``); numba compiles the
tape-less path separately, so recording costs nothing when it is off.
``pe_trace`` reads the tape back as named registers per PE.
"""

from __future__ import annotations

import numpy as np
from numba import njit

EMPTY_TAG = -1  # a moving register that holds no operand / partial sum
# Indices into the per-GEMM counter vector the kernels fill in.
STREAM_READS, STATIONARY_READS, OUTPUT_WRITES, OUTPUT_READS = range(4)


def new_tape(cycles: int, rows: int, cols: int, dtype) -> tuple:
    """Arrays the kernels fill cycle by cycle, each ``cycles x rows x cols``.

    In order: held (the stationary register: ws/is the weight, os the
    accumulator) and its valid bit; east (the operand moving right) and
    its tag; south (moving down: ws/is the partial sum, os the B operand)
    and its tag; the cumulative MAC count per PE; and whether the PE wrote
    a result out (ws/is: the bottom row's sum entering the accumulator,
    os: the finished output). Tags as in the kernels, ``EMPTY_TAG`` when
    nothing is there. Cycles past the tape's end are not recorded.
    """
    shape = (cycles, rows, cols)
    return (np.zeros(shape, dtype=dtype), np.zeros(shape, dtype=np.bool_),
            np.zeros(shape, dtype=dtype), np.full(shape, EMPTY_TAG, dtype=np.int32),
            np.zeros(shape, dtype=dtype), np.full(shape, EMPTY_TAG, dtype=np.int32),
            np.zeros(shape, dtype=np.int64), np.zeros(shape, dtype=np.bool_))


@njit(cache=True)
def record_held(tape, cycle, held, held_valid, busy):
    """Copy the stationary registers and the MAC counts into the tape at ``cycle``."""
    tape_held, tape_held_valid, _, _, _, _, tape_busy, _ = tape
    if cycle < tape_busy.shape[0]:
        rows, cols = busy.shape
        for i in range(rows):
            for j in range(cols):
                tape_held[cycle, i, j] = held[i, j]
                tape_held_valid[cycle, i, j] = held_valid[i, j]
                tape_busy[cycle, i, j] = busy[i, j]


@njit(cache=True)
def record_moving(tape, cycle, east, east_tag, south, south_tag):
    """Copy the registers that move (right, down) into the tape at ``cycle``."""
    _, _, tape_east, tape_east_tag, tape_south, tape_south_tag, _, _ = tape
    if cycle < tape_east.shape[0]:
        rows, cols = east.shape
        for i in range(rows):
            for j in range(cols):
                tape_east[cycle, i, j] = east[i, j]
                tape_east_tag[cycle, i, j] = east_tag[i, j]
                tape_south[cycle, i, j] = south[i, j]
                tape_south_tag[cycle, i, j] = south_tag[i, j]


@njit(cache=True)
def record_write(tape, cycle, i, j):
    """Mark PE(i, j) as writing a result out in ``cycle``."""
    tape_written = tape[7]
    if cycle < tape_written.shape[0]:
        tape_written[cycle, i, j] = True


# --- the tape of the overlapped kernels (pe_overlap.py: shadow registers) ----------

OVERLAP_FIELDS = ("held", "held_valid", "held_fold", "held_pending", "held_loading",
                  "shadow", "shadow_valid", "shadow_fold", "shadow_pending", "shadow_loading",
                  "east", "east_tag", "east_fold", "south", "south_tag", "south_fold",
                  "macs", "written")


def new_overlap_tape(cycles: int, rows: int, cols: int, dtype) -> tuple:
    """The tape of the overlapped kernels, ``OVERLAP_FIELDS`` in order, each
    ``cycles x rows x cols``: as ``new_tape``'s, plus, because folds overlap,
    the fold every register belongs to (``*_fold``, ``EMPTY_TAG``: none), the
    rows of a held tile still to shift in (``*_pending``), whether a bank is
    being shifted this cycle (``*_loading``), and the second bank of weight
    registers (``shadow*``: the one not in use, ws/is only)."""
    shape = (cycles, rows, cols)
    kinds = {"valid": np.bool_, "loading": np.bool_, "written": np.bool_, "fold": np.int32,
             "tag": np.int32, "pending": np.int32, "macs": np.int64}
    arrays = []
    for name in OVERLAP_FIELDS:
        kind = kinds.get(name.rsplit("_", 1)[-1], dtype)
        fill = EMPTY_TAG if name.endswith(("_fold", "_tag")) else 0
        arrays.append(np.full(shape, fill, dtype=kind))
    return tuple(arrays)


@njit(cache=True)
def _bank_fold(bank, j, load_fold, load_left):
    """(fold, rows still to shift) of the tile in ``bank`` of column j: the
    fold loading into it, else the last one loaded; fold ``EMPTY_TAG``: none."""
    f = load_fold[j]
    if load_left[j] > 0 and f % 2 == bank:
        return f, load_left[j]
    g = f - 1 if (f - 1) % 2 == bank else f - 2
    return (g, 0) if g >= 0 else (EMPTY_TAG, 0)


@njit(cache=True)
def _put_bank(values, valid, folds, pending, loading, cycle, i, j, bank, wreg, wvalid,
              load_fold, load_left, shifted):
    """Bank ``bank`` of PE(i, j) into one register's five tape arrays."""
    fold, rows_left = _bank_fold(bank, j, load_fold, load_left)
    values[cycle, i, j] = wreg[bank, i, j]
    valid[cycle, i, j] = wvalid[bank, i, j]
    folds[cycle, i, j] = fold
    pending[cycle, i, j] = rows_left
    loaded = load_fold[j] if load_left[j] > 0 else load_fold[j] - 1
    loading[cycle, i, j] = shifted[j] and wvalid[bank, i, j] and fold == loaded


@njit(cache=True)
def record_ws_overlap(tape, cycle, wreg, wvalid, last_fold, load_fold, load_left, shifted,
                      regs, sum_fold, busy, after_loads):
    """One cycle of ``ws_overlapped``, called before its loads shift (the moving
    registers, and the bank each PE last multiplied with: held) and after
    (``after_loads``; ``shifted``: the columns that did): the other bank
    (shadow; shown empty while it holds a fold the PE is done with), and held
    again where the PE did no MAC, so that a PE shows the weight it
    multiplied by even when its bank starts reloading that cycle."""
    if cycle >= tape[0].shape[0]:
        return
    moving, tags = regs[0], regs[1]
    rows, cols = busy.shape
    for i in range(rows):
        for j in range(cols):
            if not after_loads:
                if tags[0, i, j] >= 0:
                    last_fold[i, j] = tags[1, i, j]
                tape[10][cycle, i, j], tape[11][cycle, i, j] = moving[0, i, j], tags[0, i, j]
                tape[12][cycle, i, j] = tags[1, i, j] if tags[0, i, j] >= 0 else EMPTY_TAG
                tape[13][cycle, i, j], tape[14][cycle, i, j] = moving[1, i, j], tags[2, i, j]
                tape[15][cycle, i, j] = sum_fold[i, j] if tags[2, i, j] >= 0 else EMPTY_TAG
                tape[16][cycle, i, j] = busy[i, j]
            in_use = max(last_fold[i, j], 0) % 2
            mac = busy[i, j] > (tape[16][cycle - 1, i, j] if cycle > 0 else 0)
            if not after_loads or not mac:
                _put_bank(tape[0], tape[1], tape[2], tape[3], tape[4], cycle, i, j, in_use,
                          wreg, wvalid, load_fold, load_left, shifted)
            if after_loads:
                _put_bank(tape[5], tape[6], tape[7], tape[8], tape[9], cycle, i, j,
                          1 - in_use, wreg, wvalid, load_fold, load_left, shifted)
                if tape[7][cycle, i, j] < tape[2][cycle, i, j]:  # a fold this PE is done with
                    tape[6][cycle, i, j] = False


@njit(cache=True)
def record_os_overlap(tape, cycle, acc, acc_fold, east, south, tags, busy):
    """One cycle of ``os_overlapped``: each PE's accumulator (held, with its
    fold) and the operands moving right and down as the MACs used them."""
    if cycle >= tape[0].shape[0]:
        return
    rows, cols = busy.shape
    for i in range(rows):
        for j in range(cols):
            tape[0][cycle, i, j] = acc[i, j]
            tape[1][cycle, i, j] = acc_fold[i, j] >= 0
            tape[2][cycle, i, j] = acc_fold[i, j]
            tape[10][cycle, i, j], tape[11][cycle, i, j] = east[i, j], tags[0, i, j]
            tape[12][cycle, i, j] = tags[1, i, j] if tags[0, i, j] >= 0 else EMPTY_TAG
            tape[13][cycle, i, j], tape[14][cycle, i, j] = south[i, j], tags[2, i, j]
            tape[15][cycle, i, j] = tags[3, i, j] if tags[2, i, j] >= 0 else EMPTY_TAG
            tape[16][cycle, i, j] = busy[i, j]
