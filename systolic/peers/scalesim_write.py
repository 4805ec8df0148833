"""SCALE-Sim 3.0.0's USER-mode write buffer (ofmap), replayed per drain.

Write buffer (ofmap). Writes fill lines of ``W`` words; when more than
half the buffer is used and no drain is running, a drain of ``ceil(half /
W)`` lines starts (one line per cycle) and its space is credited at once
(a line flushed half-full still credits ``W`` words unless it ends the
drain, as SCALE-Sim counts it). A write that finds the buffer full waits
for the running drain to end.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass

import numpy as np

from systolic.errors import ConfigError
from systolic.peers.scalesim_read import ACTIVE_FRACTION, ramp_sum  # one active half for all


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


