"""SCALE-Sim 3.0.0's USER bandwidth mode, replayed at event granularity.

SCALE-Sim walks a demand matrix row by row (one row per stall-free cycle)
and looks every operand address up in its buffers. Its stalls come from
three small state machines (PEERS.md 4.3-4.4), which this module
reproduces without touching individual addresses:

Read buffers (ifmap, filter). Each operand has a *fetch order* (the
order in which DRAM fills the SRAM): the operand's fold tiles stacked and
read row by row (a stationary operand) or anti-diagonal by anti-diagonal
(a streamed one). The order is cut into sets of ``ceil(words / 100)``
elements; the buffer holds a window of ``A`` consecutive sets (the active
half) and, when a demanded address is outside it, advances the window by
``P`` sets (modulo the number of sets: the order wraps around when an
operand is streamed again) and issues a prefetch of
``ceil(half / W)`` lines back to back *after the previous prefetch*:
the prefetch completion cycle ``L`` moves by ``lines + 1`` whatever the
current cycle. A miss in a row at cycle ``c`` with ``p = L - (c +
offset)`` adds ``p`` to the row's offset, and ``p`` once more when
positive (SCALE-Sim counts a positive wait twice, its issue #130).

Write buffer (ofmap). Writes fill lines of ``W`` words; when more than
half the buffer is used and no drain is running, a drain of ``ceil(half /
W)`` lines starts (one line per cycle) and its space is credited at once
(a line flushed half-full still credits ``W`` words unless it ends the
drain, as SCALE-Sim counts it). A write that finds the buffer full waits
for the running drain to end.

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

import math
from bisect import bisect_right
from dataclasses import dataclass

import numpy as np

from systolic.errors import ConfigError

#: SCALE-Sim's fixed constants: active-buffer fraction, sets per buffer,
#: hit latency and DRAM port latencies (read, write).
ACTIVE_FRACTION = 0.5
SETS_PER_BUFFER = 100
HIT_LATENCY = 1
READ_PORT_LATENCY = 1


def _ramp_total(top: int, cap: int) -> int:
    """Sum of clamp(v, 0, cap) for v = 0..top (0 for top < 0)."""
    if top < 0:
        return 0
    if top <= cap:
        return top * (top + 1) // 2
    return cap * (cap + 1) // 2 + (top - cap) * cap


def ramp_sum(x: int, lo: int, hi: int, cap: int) -> int:
    """Sum of clamp(x - c, 0, cap) for c = lo..hi-1, in O(1)."""
    if hi <= lo:
        return 0
    return _ramp_total(x - lo, cap) - _ramp_total(x - hi, cap)


@dataclass(frozen=True)
class FetchOrder:
    """An operand's DRAM fetch order: ``blocks`` tiles of ``height`` x ``width``.

    The tiles are stacked vertically (one per fold along one axis); the
    last has only ``last_width`` valid columns (the others are SCALE-Sim's
    -1 padding, which takes no position). ``diagonal`` reads the whole
    stack by anti-diagonals, each from its bottom row up; otherwise row
    by row.
    """

    blocks: int
    height: int
    width: int
    last_width: int
    diagonal: bool

    @property
    def rows(self) -> int:
        return self.blocks * self.height

    @property
    def last_block_row(self) -> int:
        return (self.blocks - 1) * self.height

    @property
    def total(self) -> int:
        """Valid elements (positions) in the order."""
        return self.last_block_row * self.width + self.height * self.last_width

    def block_width(self, block: int) -> int:
        return self.last_width if block == self.blocks - 1 else self.width

    def position(self, row: int, col: int) -> int:
        """Position of the valid element (row, col) of the stack in the order."""
        if not self.diagonal:
            if row < self.last_block_row:
                return row * self.width + col
            return self.last_block_row * self.width + (row - self.last_block_row) \
                * self.last_width + col
        diag = row + col
        before = ramp_sum(diag, 0, self.width, self.rows) - ramp_sum(
            diag - self.last_block_row, self.last_width, self.width, self.height)
        top = min(diag, self.rows - 1)
        padded_above = max(0, min(top, diag - self.last_width)
                           - max(row + 1, self.last_block_row) + 1)
        return before + (top - row) - padded_above


@dataclass(frozen=True)
class Stream:
    """A streamed fold: block ``block`` of the order enters skewed.

    Demand row t (global row ``first_row + t``, t < ``rows`` = height +
    block width - 1) takes anti-diagonal ``block * height + t`` of the
    stack, restricted to the block: one contiguous run of positions, later
    rows later positions.
    """

    order: FetchOrder
    block: int
    first_row: int
    rows: int

    def span(self, t: int) -> tuple[int, int]:
        """(first, last) position demanded at stream row t."""
        order, base = self.order, self.block * self.order.height
        diag = base + t
        low_row = max(base, diag - self.order.block_width(self.block) + 1)
        high_row = min(base + order.height - 1, diag)
        return order.position(high_row, diag - high_row), order.position(low_row, diag - low_row)

    def first_row_reaching(self, position: int) -> int | None:
        """First stream row whose last position is >= ``position`` (None: none)."""
        lo, hi = 0, self.rows - 1
        if self.span(hi)[1] < position:
            return None
        while lo < hi:
            mid = (lo + hi) // 2
            if self.span(mid)[1] >= position:
                hi = mid
            else:
                lo = mid + 1
        return lo


@dataclass(frozen=True)
class Stationary:
    """A stationary fold tile: rows ``row0 .. row0 + tile_rows - 1`` of a block.

    Loaded top tile row first: tile row x is demanded at global row
    ``last_row - x`` (x = 0 last). The tile is one contiguous run of
    positions of a row-by-row order.
    """

    order: FetchOrder
    block: int
    row0: int
    tile_rows: int
    last_row: int

    def positions(self) -> tuple[int, int]:
        start = self.block * self.order.height + self.row0
        width = self.order.block_width(self.block)
        return (self.order.position(start, 0),
                self.order.position(start + self.tile_rows - 1, width - 1))



class ReadBuffer:
    """SCALE-Sim's set-hashed double-buffered read SRAM (``read_buffer.py``)."""

    def __init__(self, sram_words: int, bandwidth: int, order: FetchOrder):
        self.set_size = math.ceil(sram_words / SETS_PER_BUFFER)
        self.sets = order.total // self.set_size + 1
        active = math.ceil(sram_words * ACTIVE_FRACTION)
        prefetch = sram_words - active
        self.active_sets = min(math.ceil(active / self.set_size), self.sets)
        self.step_sets = min(math.ceil(prefetch / self.set_size), self.sets - self.active_sets)
        if self.step_sets == 0 and self.active_sets < self.sets:
            raise ConfigError(f"core.sram: a read buffer of {sram_words} word(s) has no room "
                              f"for a prefetch (SCALE-Sim would never finish); give it at "
                              f"least 2 words")
        self.lines_per_prefetch = math.ceil(prefetch / bandwidth)
        stack_lines = math.ceil(order.rows * order.width / bandwidth)
        self.initial_words = min(math.ceil(active / bandwidth), stack_lines) * bandwidth
        self.bandwidth = bandwidth
        self.start = 0
        self.prefetches = 0
        self.last_arrival = -1  # the active half arrives by cycle -1

    @property
    def dram_words(self) -> int:
        """Words SCALE-Sim counts as read from DRAM: whole lines, padding included."""
        return self.initial_words + self.prefetches * self.lines_per_prefetch * self.bandwidth

    def holds(self, set_id: int) -> bool:
        if self.active_sets == self.sets:
            return True
        end = self.start + self.active_sets
        if end <= self.sets:
            return self.start <= set_id < end
        return set_id >= self.start or set_id < end - self.sets

    def first_missing(self, low: int, high: int) -> int | None:
        """Smallest set id in [low, high] outside the window, or None."""
        if self.active_sets == self.sets:
            return None
        end = self.start + self.active_sets
        if end <= self.sets:
            if low < self.start or low >= end:
                return low
            return end if end <= high else None
        gap_start, gap_end = end - self.sets, self.start
        first = max(low, gap_start)
        return first if first <= min(high, gap_end - 1) else None

    def stall(self, prefetches: int, cycle: int) -> int:
        """The stall of a demand row at ``cycle`` that issued ``prefetches``.

        Each prefetch is queued after the previous one; a positive wait is
        counted twice and a negative one shortens the row's offset, as
        SCALE-Sim's ``read_buffer.service_reads`` does.
        """
        offset = HIT_LATENCY
        for _ in range(prefetches):
            self.last_arrival += self.lines_per_prefetch + READ_PORT_LATENCY
            potential = self.last_arrival - (cycle + offset)
            offset += 2 * potential if potential > 0 else potential
        return offset - HIT_LATENCY

    def fetch(self, set_id: int) -> int:
        """Advance the window until it holds ``set_id``; return the prefetches issued."""
        count = 0
        while not self.holds(set_id):
            self.start = (self.start + self.step_sets) % self.sets
            count += 1
        self.prefetches += count
        return count


def read_misses(buffer: ReadBuffer, folds) -> list[tuple[int, int]]:
    """(global row, prefetches) of every window move, in row order."""
    events: list[tuple[int, int]] = []
    size = buffer.set_size

    def miss(row: int, set_id: int) -> None:
        count = buffer.fetch(set_id)
        if count:
            if events and events[-1][0] == row:
                events[-1] = (row, events[-1][1] + count)
            else:
                events.append((row, count))

    for fold in folds:
        if isinstance(fold, Stream):
            first, last = fold.span(0)[0], fold.span(fold.rows - 1)[1]
            miss(fold.first_row, first // size)
            low, high = first // size, last // size
            while (set_id := buffer.first_missing(low, high)) is not None:
                t = fold.first_row_reaching(set_id * size)
                miss(fold.first_row + t, set_id)
                low = set_id
        else:
            first, last = fold.positions()
            if buffer.first_missing(first // size, last // size) is None:
                continue
            width = fold.order.block_width(fold.block)
            for x in range(fold.tile_rows - 1, -1, -1):
                start = first + x * width
                for set_id in range(start // size, (start + width - 1) // size + 1):
                    miss(fold.last_row - x, set_id)
    return events


@dataclass(frozen=True)
class OutputBands:
    """Ofmap writes per demand row: per fold, a skewed band of a tile.

    Fold f writes, at fold row ``offset + u``, ``#{j < width_f: 0 <= u - j
    - shift_f < height_f}`` words (the tile's columns enter one cycle
    apart). ``cumulative`` counts the words written up to a global row.
    """

    per_fold: int
    offset: int
    heights: np.ndarray
    widths: np.ndarray
    shifts: np.ndarray

    def __post_init__(self):
        object.__setattr__(self, "_before", np.concatenate(
            ([0], np.cumsum(self.heights * self.widths))).astype(np.int64))

    @property
    def rows(self) -> int:
        return self.per_fold * len(self.heights)

    def cumulative(self, row: int) -> int:
        """Words written in global rows 0..row."""
        if row < 0:
            return 0
        fold, within = divmod(row, self.per_fold)
        if fold >= len(self.heights):
            return int(self._before[-1])
        u = within - self.offset
        h, w, s = int(self.heights[fold]), int(self.widths[fold]), int(self.shifts[fold])
        return int(self._before[fold]) + ramp_sum(u - s + 1, 0, w, h)

    def first_row_reaching(self, words: int, start: int) -> int | None:
        """First global row >= start with cumulative(row) >= words, or None."""
        if words <= self.cumulative(start):
            return start
        if words > self._before[-1]:
            return None
        fold = max(int(bisect_right(self._before, words - 1)) - 1, start // self.per_fold)
        lo, hi = max(start, fold * self.per_fold), (fold + 1) * self.per_fold - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cumulative(mid) >= words:
                hi = mid
            else:
                lo = mid + 1
        return lo


class WriteBuffer:
    """SCALE-Sim's double-buffered ofmap SRAM draining to DRAM (``write_buffer.py``)."""

    def __init__(self, sram_words: int, bandwidth: int):
        if sram_words < 2:
            raise ConfigError(f"core.sram: an output buffer of {sram_words} word(s) cannot "
                              f"drain half of itself; give it at least 2 words")
        self.active = math.ceil(sram_words * ACTIVE_FRACTION)
        self.drain_lines = math.ceil((sram_words - self.active) / bandwidth)
        self.bandwidth = bandwidth
        self.free = sram_words
        self.drain_end = 0
        self.line_fill = 0
        self.lines = 0
        self.drained_lines = 0
        self.partial: dict[int, int] = {}
        self.dram_writes = 0

    def store(self, words: int) -> None:
        """Words written with no drain decision (rows between events)."""
        self.free -= words
        self.lines += (self.line_fill + words) // self.bandwidth
        self.line_fill = (self.line_fill + words) % self.bandwidth

    def write_row(self, words: int, cycle: int) -> int:
        """One demand row of ``words`` writes at ``cycle``; return its stall."""
        current = cycle
        for _ in range(words):
            self.store(1)
            if current < self.drain_end:
                if self.free <= 0:
                    current = self.drain_end
            elif self.free < self.active:
                self.drain_end = self._drain(current)
        return current - cycle

    def _drain(self, cycle: int) -> int:
        """Start a drain at ``cycle``; return the cycle it ends."""
        self._flush_line()
        count, words = self._drain_chunk()
        self.free += words
        return cycle + count - 1

    def empty(self) -> None:
        """Drain everything left (SCALE-Sim's ``empty_all_buffers``)."""
        self._flush_line()
        while self.drained_lines < self.lines:
            self._drain_chunk()

    def _flush_line(self) -> None:
        """Close the line being filled, as a partial line."""
        if self.line_fill:
            self.partial[self.lines] = self.line_fill
            self.lines += 1
            self.line_fill = 0

    def _drain_chunk(self) -> tuple[int, int]:
        """Send the next chunk of lines to DRAM; return (lines, words counted).

        Only the chunk's last line is counted short when it is partial."""
        count = min(self.drain_lines, self.lines - self.drained_lines)
        last = self.drained_lines + count - 1
        words = count * self.bandwidth - (self.bandwidth - self.partial.get(last, self.bandwidth))
        self.dram_writes += words
        self.drained_lines += count
        return count, words

    def next_event(self, bands: OutputBands, start: int, stalls: int) -> int | None:
        """First row >= start where a drain may start or a write may wait."""
        already = bands.cumulative(start - 1)
        candidates = []
        drain_row = max(start, self.drain_end - stalls)
        need = already + max(self.free - self.active, 0) + 1
        row = bands.first_row_reaching(need, drain_row)
        if row is not None:
            row = bands.first_row_reaching(bands.cumulative(row - 1) + 1, row)
        if row is not None:
            candidates.append(row)
        full = bands.first_row_reaching(already + max(self.free, 1), start)
        if full is not None and full + stalls < self.drain_end:
            candidates.append(full)
        return min(candidates) if candidates else None


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


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


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
    row_folds, col_folds = _ceil_div(s_r, R), _ceil_div(s_c, C)
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
