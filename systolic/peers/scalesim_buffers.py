"""SCALE-Sim 3.0.0's USER bandwidth mode, replayed at event granularity.

SCALE-Sim walks a demand matrix row by row (one row per stall-free cycle)
and looks every operand address up in its buffers. Its stalls come from
three small state machines (PEERS.md 4.3-4.4), which this module
reproduces without touching individual addresses: The read buffers are
``scalesim_read``, the write buffer ``scalesim_write``; this module lays out
the demand of a layer and replays the three together.

The array freezes on the largest of the three stalls of a row. Because the
demanded fetch positions of a streamed operand rise monotonically within
a fold (each row is one contiguous run of the order), the row of every
window crossing is found by bisection over closed forms, and only rows
where something happens are visited: cost grows with folds and prefetches,
never with M*N*K.

Remaining differences from SCALE-Sim: none known by construction (the
set, window, prefetch, drain and stall rules are SCALE-Sim's, and the
demand layout is checked row by row against its demand matrices). One
simplification could show in a corner case: within one demand row,
SCALE-Sim interleaves the ifmap's misses with its hits address by
address, while here a row's misses are charged together (the same
prefetch count and order, so the same stall unless a later address of the
row hits a set that an earlier miss evicted). ``tests/test_scalesim_parity.py``
measures the agreement against SCALE-Sim itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from systolic.core.timing import ceil_div
from systolic.peers.scalesim_read import FetchOrder, ReadBuffer, Stationary, Stream, read_misses
from systolic.peers.scalesim_write import OutputBands, WriteBuffer


@dataclass(frozen=True)
class UserModeResult:
    """What USER mode adds to the compute side: stalls and DRAM traffic (words)."""

    stall_cycles: int
    total_cycles: int
    dram_reads: tuple[int, int]
    dram_ofmap_writes: int


def replay(rows: int, bandwidth: int, sram_words: tuple[int, int, int],
           reads: tuple[tuple[FetchOrder, list], tuple[FetchOrder, list]],
           bands: OutputBands) -> UserModeResult:
    """Walk the event rows of a layer: read misses, drains, full-buffer waits."""
    buffers, events = [], []
    for words, (order, folds) in zip(sram_words[:2], reads):
        buffer = ReadBuffer(words, bandwidth, order)
        buffers.append(buffer)
        events.append(read_misses(buffer, folds))
    writer = WriteBuffer(sram_words[2], bandwidth)
    pointers = [0, 0]
    stalls, latest, row = 0, -1, 0
    while True:
        upcoming = [events[i][pointers[i]][0] for i in (0, 1) if pointers[i] < len(events[i])]
        ofmap_row = writer.next_event(bands, row, stalls)
        if ofmap_row is not None:
            upcoming.append(ofmap_row)
        if not upcoming:
            break
        event_row = min(upcoming)
        writer.store(bands.cumulative(event_row - 1) - bands.cumulative(row - 1))
        cycle = event_row + stalls
        row_stalls = [0, 0]
        for i in (0, 1):
            if pointers[i] < len(events[i]) and events[i][pointers[i]][0] == event_row:
                row_stalls[i] = buffers[i].stall(events[i][pointers[i]][1], cycle)
                pointers[i] += 1
        words = bands.cumulative(event_row) - bands.cumulative(event_row - 1)
        write_stall = writer.write_row(words, cycle)
        latest = max(latest, cycle + write_stall)
        stalls += max(row_stalls[0], row_stalls[1], write_stall)
        row = event_row + 1
    writer.store(bands.cumulative(rows - 1) - bands.cumulative(row - 1))
    total = latest if row == rows else max(latest, rows - 1 + stalls)
    writer.empty()
    return UserModeResult(stalls, total, (buffers[0].dram_words, buffers[1].dram_words),
                          writer.dram_writes)


def layer_demand(m: int, n: int, k: int, rows: int, cols: int, dataflow: str):
    """SCALE-Sim's demand layout of one GEMM: fetch orders, folds, ofmap bands.

    Folds run ``for col_fold: for row_fold:``; a fold lasts ``per_fold``
    demand rows (PEERS.md 3). Per dataflow (block = one fold tile of the
    fetch order; kf, mf, nf = the fold's used K, M, N extent):

    - ws: ifmap = row-fold tiles M x kf, diagonal, streamed from fold row
      R; filter = column-fold tiles K x nf, row by row, the R x nf tile
      loaded in fold rows 0..R-1 top row first; ofmap band M x nf from
      fold row 2R - 1.
    - os: ifmap = row-fold tiles K x mf, filter = column-fold tiles K x nf,
      both diagonal and streamed from fold row 0; ofmap: the flipped R x C
      tile (mf x nf used, bottom-aligned) from fold row K - 1.
    - is: ifmap = column-fold tiles K x mf, row by row, loaded like the ws
      filter; filter = row-fold tiles N x kf, diagonal, streamed from fold
      row R; ofmap band N x mf from fold row 2R - 1.
    """
    R, C = rows, cols
    if dataflow == "ws":
        s_r, s_c, t, stream_start, out_start = k, n, m, R, 2 * R - 1
    elif dataflow == "is":
        s_r, s_c, t, stream_start, out_start = k, m, n, R, 2 * R - 1
    else:
        s_r, s_c, t, stream_start, out_start = m, n, k, 0, k - 1
    row_folds, col_folds = ceil_div(s_r, R), ceil_div(s_c, C)
    per_fold = (R + C + t - 2) if dataflow == "os" else (2 * R + C + t - 2)
    used_r = [min(R, s_r - i * R) for i in range(row_folds)]
    used_c = [min(C, s_c - j * C) for j in range(col_folds)]
    rows_order = FetchOrder(row_folds, t, R, used_r[-1], True)
    if dataflow == "os":
        cols_order = FetchOrder(col_folds, t, C, used_c[-1], True)
    else:
        cols_order = FetchOrder(col_folds, s_r, C, used_c[-1], False)
    row_operand, col_operand = [], []
    for fc in range(col_folds):
        for fr in range(row_folds):
            start = (fc * row_folds + fr) * per_fold
            row_operand.append(Stream(rows_order, fr, start + stream_start,
                                      t + used_r[fr] - 1))
            if dataflow == "os":
                col_operand.append(Stream(cols_order, fc, start, t + used_c[fc] - 1))
            else:
                col_operand.append(Stationary(cols_order, fc, fr * R, used_r[fr],
                                              start + R - 1))
    heights = [used_r[fr] if dataflow == "os" else t
               for fc in range(col_folds) for fr in range(row_folds)]
    widths = [used_c[fc] for fc in range(col_folds) for _ in range(row_folds)]
    shifts = [R - h if dataflow == "os" else 0 for h in heights]
    bands = OutputBands(per_fold, out_start, np.array(heights, dtype=np.int64),
                        np.array(widths, dtype=np.int64), np.array(shifts, dtype=np.int64))
    # SCALE-Sim's ifmap is the row operand in ws and os, the column one in is.
    if dataflow == "is":
        return (cols_order, col_operand), (rows_order, row_operand), bands
    return (rows_order, row_operand), (cols_order, col_operand), bands


def simulate_user_mode(m: int, n: int, k: int, rows: int, cols: int, dataflow: str,
                       sram_words: tuple[int, int, int], bandwidth: int) -> UserModeResult:
    """Stalls and total cycles of one GEMM in SCALE-Sim 3.0.0's USER mode."""
    ifmap, filt, bands = layer_demand(m, n, k, rows, cols, dataflow)
    return replay(bands.rows, bandwidth, sram_words, (ifmap, filt), bands)
