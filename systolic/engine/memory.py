"""DRAM and the shared on-chip level, on the engine's event loop (``kernel.py``).

DRAM (and the optional shared level) is a ``BandwidthPool``: every
transfer first waits out the access latency (pipelined: latency does not
occupy bandwidth), then takes one of ``channels`` slots (or queues for
one) and moves its bytes while sharing the pool's bandwidth with the
other transfers in flight. Sharing is processor sharing with a per-transfer cap (the SRAM
port the bytes go to or come from): rates are water-filled, so a transfer
never gets more than its cap and the rest is split evenly. Events happen
only when a transfer starts or ends, never per cycle; time is in integer
cycles (a transfer ends at the first whole cycle after its last byte).

``SharedLevel`` remembers which operand blocks it holds (least recently
used first out, up to its capacity): a core that asks for a block another
core fetched reads it from there instead of DRAM.

SRAM buffers are ``kernel.Buffer`` counts of bytes: a tile takes its bytes
before its DMA starts and gives them back when the arrays are done, so a
buffer twice a tile's size gives double buffering.

Not modelled: DRAM row-buffer and bank timing (bandwidth and latency
only), write/read turnaround, SRAM bank conflicts.
"""

from __future__ import annotations

import heapq
import math
from collections import OrderedDict, deque

from systolic.engine.kernel import Kernel, Signal

UNBOUNDED = math.inf
BYTE_EPSILON = 1e-6
_REBASE_BYTES = 2.0 ** 30  # near 2^30 a float still resolves 2.4e-7 of a byte


class CapGroup:
    """The transfers in flight with one cap: water-filling gives them one rate.

    ``served`` counts the bytes each of them has received since the group
    began; a transfer admitted when ``served`` was ``s`` with ``n`` bytes is
    done when ``served`` reaches ``s + n``. Those finishing points are kept
    in a heap, so an event costs log(transfers), not one pass over them all.
    Once ``served`` grows large it is moved back to zero (every finishing
    point with it), so that its rounding stays far below a byte.
    """

    def __init__(self):
        self.served = 0.0
        self.finishing: list[tuple[float, int, Signal]] = []  # (served at end, order, event)

    def add(self, order: int, arrived: Signal, nbytes: float) -> None:
        heapq.heappush(self.finishing, (self.served + nbytes, order, arrived))

    def serve(self, nbytes: float) -> None:
        """Every transfer of the group receives ``nbytes`` more."""
        self.served += nbytes
        if self.served > _REBASE_BYTES:
            self.finishing = [(end - self.served, order, event)
                              for end, order, event in self.finishing]
            self.served = 0.0  # a uniform shift keeps the heap's order

    def left(self) -> float:
        """Bytes still to move for the transfer closest to its end."""
        return self.finishing[0][0] - self.served

    def pop_done(self) -> list[tuple[int, Signal]]:
        done = []
        while self.finishing and self.left() <= BYTE_EPSILON:
            _, order, event = heapq.heappop(self.finishing)
            done.append((order, event))
        return done


class BandwidthPool:
    """A shared link: ``bytes_per_cycle`` split among transfers in flight.

    At most ``channels`` transfers move at once; the others wait their turn
    in arrival order. Transfers with equal caps always get equal rates, so
    the pool keeps one ``CapGroup`` per cap (a machine has a few port
    widths) and water-fills over groups, not transfers.
    """

    def __init__(self, kernel: Kernel, bytes_per_cycle: float, latency_cycles: int,
                 channels: int):
        self.kernel = kernel
        self.bytes_per_cycle = bytes_per_cycle
        self.latency_cycles = latency_cycles
        self.channels = channels
        self._groups: dict[float, CapGroup] = {}
        self._order = 0  # admission order: transfers ending together finish in it
        self._waiting: deque[tuple[Signal, float, float]] = deque()
        self._updated = 0
        self._version = 0

    def request(self, nbytes: float, cap: float = UNBOUNDED) -> Signal:
        """Start moving ``nbytes`` now; the signal fires when the last byte is in.

        The caller does not wait while the request is in flight, so one DMA
        engine may have many requests outstanding (their latencies overlap);
        they share bandwidth with everything else in flight.
        """
        kernel = self.kernel
        arrived = Signal()
        if nbytes <= 0 or self.bytes_per_cycle == UNBOUNDED and cap == UNBOUNDED:
            if self.latency_cycles and nbytes > 0:
                kernel.call_at(kernel.now + self.latency_cycles,
                               lambda _value: kernel.fire(arrived))
            else:
                kernel.fire(arrived)
            return arrived
        if self.latency_cycles:
            kernel.call_at(kernel.now + self.latency_cycles,
                           lambda _value: self._admit(arrived, nbytes, cap))
        else:
            self._admit(arrived, nbytes, cap)
        return arrived

    def _admit(self, arrived: Signal, nbytes: float, cap: float) -> None:
        """Start a transfer on a free channel, or queue it."""
        self._settle()
        if self._in_flight() < self.channels:
            self._start(arrived, float(nbytes), cap)
        else:
            self._waiting.append((arrived, float(nbytes), cap))
        self._schedule_next()

    def _start(self, arrived: Signal, nbytes: float, cap: float) -> None:
        group = self._groups.get(cap)
        if group is None:
            group = self._groups[cap] = CapGroup()
        group.add(self._order, arrived, nbytes)
        self._order += 1

    def _in_flight(self) -> int:
        return sum(len(group.finishing) for group in self._groups.values())

    def _rates(self) -> list[tuple[CapGroup, float]]:
        """Water-filling: capped transfers get their cap, the rest share evenly."""
        rates = []
        budget, transfers = self.bytes_per_cycle, self._in_flight()
        for cap in sorted(self._groups):
            group = self._groups[cap]
            count = len(group.finishing)
            rate = min(cap, budget / transfers)
            rates.append((group, rate))
            budget -= rate * count
            transfers -= count
        return rates

    def _settle(self) -> None:
        """Move every transfer forward to now; finish those with no bytes left."""
        now = self.kernel.now
        elapsed = now - self._updated
        self._updated = now
        if elapsed > 0 and self._groups:
            for group, rate in self._rates():
                group.serve(rate * elapsed)
        done = []
        for cap in list(self._groups):
            group = self._groups[cap]
            done += group.pop_done()
            if not group.finishing:
                del self._groups[cap]
        for _, arrived in sorted(done, key=lambda item: item[0]):
            self.kernel.fire(arrived)
        while self._waiting and self._in_flight() < self.channels:
            self._start(*self._waiting.popleft())

    def _schedule_next(self) -> None:
        """Arm a timer for the next transfer to finish; older timers go stale."""
        self._version += 1
        if not self._groups:
            return
        until = min(math.ceil(group.left() / rate - BYTE_EPSILON)
                    for group, rate in self._rates())
        self.kernel.call_at(self.kernel.now + max(1, until), self._on_timer, self._version)

    def _on_timer(self, version: int) -> None:
        if version == self._version:
            self._settle()
            self._schedule_next()


class SharedLevel:
    """An on-chip level shared by the cores (global buffer / L2), LRU by block."""

    def __init__(self, pool: BandwidthPool, capacity_bytes: int):
        self.pool = pool
        self.capacity_bytes = capacity_bytes
        self._blocks: OrderedDict[tuple, int] = OrderedDict()
        self._held = 0

    def holds(self, key: tuple) -> bool:
        """Whether ``key`` is resident; a hit refreshes it."""
        if key in self._blocks:
            self._blocks.move_to_end(key)
            return True
        return False

    def insert(self, key: tuple, nbytes: int) -> None:
        """Keep ``key`` after a DRAM fetch, evicting the least recently used."""
        if nbytes > self.capacity_bytes or key in self._blocks:
            return
        while self._held + nbytes > self.capacity_bytes:
            _, evicted = self._blocks.popitem(last=False)
            self._held -= evicted
        self._blocks[key] = nbytes
        self._held += nbytes
