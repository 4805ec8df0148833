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

A transfer may name its *source*, a DMA engine (a core's loads, or its
stores). A source's transfers move one at a time, in the order they were
issued, as its descriptor queue does: their latencies still overlap, but
the oldest gets the bandwidth first, so the tile the arrays need next is
never slowed by tiles prefetched behind it. (Sharing among all of a core's
outstanding loads would let a bigger buffer, holding more of them, delay
the first; DMA engines do not do that.) Transfers without a source share
as above.

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
from typing import Hashable

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
        # (served at end, order, event, source): orders are unique, so no tie looks further
        self.finishing: list[tuple[float, int, Signal, Hashable]] = []

    def add(self, order: int, arrived: Signal, nbytes: float, source: Hashable) -> None:
        heapq.heappush(self.finishing, (self.served + nbytes, order, arrived, source))

    def serve(self, nbytes: float) -> None:
        """Every transfer of the group receives ``nbytes`` more."""
        self.served += nbytes
        if self.served > _REBASE_BYTES:
            self.finishing = [(end - self.served, *rest) for end, *rest in self.finishing]
            self.served = 0.0  # a uniform shift keeps the heap's order

    def left(self) -> float:
        """Bytes still to move for the transfer closest to its end."""
        return self.finishing[0][0] - self.served

    def pop_done(self) -> list[tuple[int, Signal, Hashable, float]]:
        """(order, event, source, bytes served past its end) of the transfers
        with no bytes left."""
        done = []
        while self.finishing and self.left() <= BYTE_EPSILON:
            end, order, event, source = heapq.heappop(self.finishing)
            done.append((order, event, source, max(0.0, self.served - end)))
        return done


def water_filled(bytes_per_cycle: float, groups: dict[float, CapGroup],
                 transfers: int) -> list[tuple[CapGroup, float]]:
    """(group, rate) of every cap group, lowest cap first: a group whose cap is
    below an even share of what is left gets its cap, the others share it."""
    rates = []
    budget = bytes_per_cycle
    for cap in sorted(groups):
        group = groups[cap]
        count = len(group.finishing)
        rate = min(cap, budget / transfers)
        rates.append((group, rate))
        budget -= rate * count
        transfers -= count
    return rates


class SourceQueues:
    """The transfers each source (a DMA engine) has waiting behind the one it
    is moving: a source moves one transfer at a time, oldest first. The
    pools of both engines keep their in-order service here."""

    def __init__(self):
        self._behind: dict[Hashable, deque] = {}  # a source moving one -> those after it

    def arrive(self, source: Hashable, transfer: tuple) -> bool:
        """Whether ``transfer`` may seek a channel now (its source moves none)."""
        if source is None:
            return True
        behind = self._behind.get(source)
        if behind is None:
            self._behind[source] = deque()
            return True
        behind.append(transfer)
        return False

    def next_of(self, source: Hashable) -> tuple | None:
        """The transfer ``source`` moves after the one that just ended, if any."""
        if source is None:
            return None
        behind = self._behind[source]
        if behind:
            return behind.popleft()
        del self._behind[source]
        return None


def start_waiting(waiting: deque, sources: SourceQueues, spares: deque, free_channels: int,
                  start, finish) -> None:
    """Give the free channels to the transfers waiting for one, in order.

    A transfer ends at a whole cycle, but its channel need not idle for the
    rest of that cycle: the bytes it could still have moved (``spares``,
    one per channel just freed) go to the transfer that takes the channel
    next. One they cover entirely is ``finish``-ed now, and what is left
    goes on to the next. ``start`` begins a transfer (signal, bytes, cap,
    source) on a channel. Both engines' pools fill their channels here."""
    while waiting and free_channels > 0:
        arrived, nbytes, cap, source = waiting.popleft()
        spare = spares.popleft() if spares else 0.0
        if nbytes - spare <= BYTE_EPSILON:
            finish(arrived)
            following = sources.next_of(source)
            if following is not None:
                waiting.append(following)
            spares.appendleft(spare - nbytes)
            continue
        start(arrived, nbytes - spare, cap, source)
        free_channels -= 1


class BandwidthPool:
    """A shared link: ``bytes_per_cycle`` split among transfers in flight.

    At most ``channels`` transfers move at once; the others wait their turn
    in arrival order (a source's next transfer joins that line when its
    last one ends). Transfers with equal caps always get equal rates, so
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
        self._waiting: deque[tuple[Signal, float, float, Hashable]] = deque()
        self._sources = SourceQueues()
        self._updated = 0
        self._in_flight = 0
        self._rate_table: list[tuple[CapGroup, float]] | None = None
        self._wanted: tuple[int, int] | None = None  # (cycle, order) of the timer that counts
        self._timers: list[tuple[int, int]] = []  # timer entries on the heap

    def request(self, nbytes: float, cap: float = UNBOUNDED, source: Hashable = None) -> Signal:
        """Start moving ``nbytes`` now; the signal fires when the last byte is in.

        The caller does not wait while the request is in flight, so one DMA
        engine may have many requests outstanding (their latencies overlap);
        a ``source``'s requests then move one after another, the others
        share bandwidth with everything else in flight.
        """
        kernel = self.kernel
        arrived = Signal()
        if nbytes <= 0 or self.bytes_per_cycle == UNBOUNDED and cap == UNBOUNDED:
            if self.latency_cycles and nbytes > 0:
                kernel.call_at(kernel.now + self.latency_cycles, kernel.fire, arrived)
            else:
                kernel.fire(arrived)
            return arrived
        transfer = (arrived, float(nbytes), cap, source)
        if self.latency_cycles:
            kernel.call_at(kernel.now + self.latency_cycles, self._admit, transfer)
        else:
            self._admit(transfer)
        return arrived

    def _admit(self, transfer: tuple[Signal, float, float, Hashable]) -> None:
        """A transfer (arrival signal, bytes, cap, source) is past its latency:
        start it on a free channel, or queue it for one or behind its source's."""
        self._settle()
        if self._sources.arrive(transfer[3], transfer):
            if self._in_flight < self.channels:
                self._start(*transfer)
            else:
                self._waiting.append(transfer)
        self._schedule_next()

    def _start(self, arrived: Signal, nbytes: float, cap: float, source: Hashable) -> None:
        group = self._groups.get(cap)
        if group is None:
            group = self._groups[cap] = CapGroup()
        group.add(self._order, arrived, nbytes, source)
        self._order += 1
        self._in_flight += 1
        self._rate_table = None

    def _rates(self) -> list[tuple[CapGroup, float]]:
        """Water-filling: capped transfers get their cap, the rest share evenly
        (kept until a transfer starts or ends)."""
        if self._rate_table is None:
            self._rate_table = water_filled(self.bytes_per_cycle, self._groups, self._in_flight)
        return self._rate_table

    def _settle(self) -> None:
        """Move every transfer forward to now; finish those with no bytes left."""
        now = self.kernel.now
        elapsed = now - self._updated
        self._updated = now
        if not self._groups:
            return
        if elapsed > 0:
            for group, rate in self._rates():
                group.serve(rate * elapsed)
        done = []
        for cap in list(self._groups):
            group = self._groups[cap]
            if group.left() <= BYTE_EPSILON:
                done += group.pop_done()
                if not group.finishing:
                    del self._groups[cap]
        if not done:
            return
        self._in_flight -= len(done)
        self._rate_table = None
        if len(done) > 1:
            done.sort(key=lambda item: item[0])
        spares = deque()
        for _, arrived, source, spare in done:
            self.kernel.fire(arrived)
            following = self._sources.next_of(source)
            if following is not None:
                self._waiting.append(following)
            spares.append(spare)
        start_waiting(self._waiting, self._sources, spares, self.channels - self._in_flight,
                      self._start, self.kernel.fire)

    def _schedule_next(self) -> None:
        """Arm the timer for the next transfer to finish, as if a new one were
        set each time (the last one set is the one that counts). An entry
        already on the heap no later than the new time carries it: when it
        comes up early it moves itself to the new time and place, so that a
        re-armed timer costs no heap entry."""
        if not self._groups:
            self._wanted = None
            return
        until = min(math.ceil(group.left() / rate - BYTE_EPSILON)
                    for group, rate in self._rates())
        kernel = self.kernel
        self._wanted = wanted = (kernel.now + max(1, until), kernel.reserve())
        if not any(entry <= wanted for entry in self._timers):
            self._arm(wanted)

    def _arm(self, entry: tuple[int, int]) -> None:
        self._timers.append(entry)
        self.kernel.call_ordered(entry[0], entry[1], self._on_timer, entry)

    def _on_timer(self, entry: tuple[int, int]) -> None:
        self._timers.remove(entry)
        wanted = self._wanted
        if entry == wanted:
            self._settle()
            self._schedule_next()
        elif wanted is not None and entry < wanted \
                and not any(other <= wanted for other in self._timers):
            self._arm(wanted)


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


class BlockSources:
    """Where a tile's new blocks come from, both engines alike: the shared
    level if it holds a block (else DRAM, the block kept there after); a
    block that several cores of a cluster load at the same step is
    multicast: each moves its share, from where the first of them found it."""

    def __init__(self, shared: SharedLevel | None):
        self.shared = shared
        # A multicast block's source (the shared level or not) and the sharers
        # still to load it.
        self._multicast: dict[tuple, list] = {}

    def split(self, tile) -> tuple[float, float, int]:
        """(bytes from DRAM, bytes from the shared level, buffers loaded) of
        ``tile``'s loads. A block streamed in K slices occupies the shared
        level one slice at a time (its hold), as the cores sweep K together."""
        from_dram = tile.epilogue_bytes  # a fused epilogue's residual: its own, from DRAM
        from_shared = 0
        ports = 1 if tile.epilogue_bytes and not tile.input_load_bytes else 0
        for key, nbytes, footprint, sharers in (
                (tile.input_key, tile.input_load_bytes,
                 tile.input_hold_bytes - tile.epilogue_bytes, tile.input_sharers),
                (tile.weight_key, tile.weight_load_bytes, tile.weight_hold_bytes,
                 tile.weight_sharers)):
            if not nbytes:
                continue
            ports += 1
            if self._from_shared(key, footprint or nbytes, sharers):
                from_shared += nbytes / sharers  # multicast: each moves its share
            else:
                from_dram += nbytes / sharers
        return from_dram, from_shared, ports

    def _from_shared(self, key: tuple, footprint: int, sharers: int) -> bool:
        if sharers > 1:
            pending = self._multicast.get(key)
            if pending is not None:
                pending[1] -= 1
                if not pending[1]:
                    del self._multicast[key]
                return pending[0]
        found = self.shared is not None and self.shared.holds(key)
        if not found and self.shared is not None:
            self.shared.insert(key, footprint)
        if sharers > 1:
            self._multicast[key] = [found, sharers - 1]
        return found
