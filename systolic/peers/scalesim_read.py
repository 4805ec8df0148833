"""SCALE-Sim 3.0.0's USER-mode read buffers (ifmap, filter), replayed per prefetch.

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

A streamed operand's demanded positions rise monotonically within a fold, so
the row of every window crossing is found by bisection over closed forms
(``ramp_sum``), never by walking addresses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

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


