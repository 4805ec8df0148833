"""DRAM, the shared on-chip level, and SRAM buffers, as SimPy resources.

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

SRAM buffers are ``simpy.Container`` of bytes: a tile takes its bytes
before its DMA starts and gives them back when the arrays are done, so a
buffer twice a tile's size gives double buffering.

Not modelled: DRAM row-buffer and bank timing (bandwidth and latency
only), write/read turnaround, SRAM bank conflicts.
"""

from __future__ import annotations

import math
from collections import OrderedDict, deque

import simpy

UNBOUNDED = math.inf
_BYTE_EPSILON = 1e-6


class BandwidthPool:
    """A shared link: ``bytes_per_cycle`` split among transfers in flight.

    At most ``channels`` transfers move at once; the others wait their turn
    in arrival order.
    """

    def __init__(self, env: simpy.Environment, bytes_per_cycle: float, latency_cycles: int,
                 channels: int):
        self.env = env
        self.bytes_per_cycle = bytes_per_cycle
        self.latency_cycles = latency_cycles
        self.channels = channels
        self._active: dict[simpy.Event, list[float]] = {}  # event -> [remaining, cap]
        self._waiting: deque[tuple[simpy.Event, float, float]] = deque()
        self._updated = 0
        self._version = 0
        self._uncapped = True  # no transfer with a finite cap so far: equal shares

    def request(self, nbytes: float, cap: float = UNBOUNDED) -> simpy.Event:
        """Start moving ``nbytes`` now; the event fires when the last byte is in.

        The caller does not wait while the request is in flight, so one DMA
        engine may have many requests outstanding (their latencies overlap);
        they share bandwidth with everything else in flight.
        """
        arrived = self.env.event()
        if nbytes <= 0 or self.bytes_per_cycle == UNBOUNDED and cap == UNBOUNDED:
            if self.latency_cycles and nbytes > 0:
                self.env.timeout(self.latency_cycles).callbacks.append(
                    lambda _event: arrived.succeed())
                return arrived
            return arrived.succeed()
        if self.latency_cycles:
            self.env.timeout(self.latency_cycles).callbacks.append(
                lambda _event: self._admit(arrived, nbytes, cap))
        else:
            self._admit(arrived, nbytes, cap)
        return arrived

    def move(self, nbytes: float, cap: float = UNBOUNDED):
        """Move ``nbytes`` (use with ``yield from`` inside a process)."""
        arrived = self.request(nbytes, cap)
        if not arrived.triggered:
            yield arrived

    def _admit(self, arrived: simpy.Event, nbytes: float, cap: float) -> None:
        """Start a transfer on a free channel, or queue it."""
        self._settle()
        self._uncapped = self._uncapped and cap == UNBOUNDED
        if len(self._active) < self.channels:
            self._active[arrived] = [float(nbytes), cap]
        else:
            self._waiting.append((arrived, float(nbytes), cap))
        self._schedule_next()

    def _rates(self) -> dict[simpy.Event, float]:
        """Water-filling: capped transfers get their cap, the rest share evenly."""
        if self._uncapped:
            share = self.bytes_per_cycle / len(self._active)
            return dict.fromkeys(self._active, share)
        rates = {}
        budget = self.bytes_per_cycle
        pending = sorted(self._active.items(), key=lambda item: item[1][1])
        for position, (event, (_, cap)) in enumerate(pending):
            share = budget / (len(pending) - position)
            rates[event] = min(cap, share)
            budget -= rates[event]
        return rates

    def _settle(self) -> None:
        """Move every transfer forward to now; finish those with no bytes left."""
        elapsed = self.env.now - self._updated
        self._updated = self.env.now
        if elapsed > 0 and self._active:
            for event, rate in self._rates().items():
                self._active[event][0] -= rate * elapsed
        for event in [e for e, (left, _) in self._active.items() if left <= _BYTE_EPSILON]:
            del self._active[event]
            event.succeed()
        while self._waiting and len(self._active) < self.channels:
            event, nbytes, cap = self._waiting.popleft()
            self._active[event] = [nbytes, cap]

    def _schedule_next(self) -> None:
        """Arm a timer for the next transfer to finish; older timers go stale."""
        self._version += 1
        if not self._active:
            return
        rates = self._rates()
        until = min(math.ceil(left / rates[e] - _BYTE_EPSILON)
                    for e, (left, _) in self._active.items())
        version = self._version
        timer = self.env.timeout(max(1, until))
        timer.callbacks.append(lambda _: self._on_timer(version))

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


def sram_buffer(env: simpy.Environment, capacity_bytes: int) -> simpy.Container:
    """An SRAM buffer: a container of free bytes, full at the start."""
    return simpy.Container(env, capacity=capacity_bytes, init=capacity_bytes)
