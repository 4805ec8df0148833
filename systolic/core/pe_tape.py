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
