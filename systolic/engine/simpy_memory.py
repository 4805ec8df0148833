"""The previous engine's DRAM pool and SRAM buffers, as SimPy resources.

Kept, with ``simpy_engine.py``, as the reference the new event loop is
checked against (``benchmarks/engine.py``, ``tests/test_event_loop.py``)
until the new engine's figures are in (issue 15). Same model as
``memory.py``, on SimPy events.

DRAM (and the optional shared level) is a ``BandwidthPool``: every
transfer first waits out the access latency (pipelined: latency does not
occupy bandwidth), then takes one of ``channels`` slots (or queues for
one) and moves its bytes while sharing the pool's bandwidth with the
other transfers in flight. Sharing is processor sharing with a per-transfer cap (the SRAM
port the bytes go to or come from): rates are water-filled, so a transfer
never gets more than its cap and the rest is split evenly. Events happen
only when a transfer starts or ends, never per cycle; time is in integer
cycles (a transfer ends at the first whole cycle after its last byte). A
source's transfers (a core's loads) move one at a time, oldest first.

SRAM buffers are ``simpy.Container`` of bytes: a tile takes its bytes
before its DMA starts and gives them back when the arrays are done, so a
buffer twice a tile's size gives double buffering.

Not modelled: DRAM row-buffer and bank timing (bandwidth and latency
only), write/read turnaround, SRAM bank conflicts.
"""

from __future__ import annotations

import math
from collections import deque
from typing import Hashable

import simpy

from systolic.engine.memory import (BYTE_EPSILON, UNBOUNDED, CapGroup, SourceQueues, start_waiting,
                                    water_filled)


class BandwidthPool:
    """A shared link: ``bytes_per_cycle`` split among transfers in flight.

    At most ``channels`` transfers move at once; the others wait their turn
    in arrival order (a source's next transfer joins that line when its
    last one ends). Transfers with equal caps always get equal rates, so
    the pool keeps one ``CapGroup`` per cap (a machine has a few port
    widths) and water-fills over groups, not transfers.
    """

    def __init__(self, env: simpy.Environment, bytes_per_cycle: float, latency_cycles: int,
                 channels: int):
        self.env = env
        self.bytes_per_cycle = bytes_per_cycle
        self.latency_cycles = latency_cycles
        self.channels = channels
        self._groups: dict[float, CapGroup] = {}
        self._order = 0  # admission order: transfers ending together finish in it
        self._waiting: deque[tuple[simpy.Event, float, float, Hashable]] = deque()
        self._sources = SourceQueues()
        self._updated = 0
        self._version = 0

    def request(self, nbytes: float, cap: float = UNBOUNDED,
                source: Hashable = None) -> simpy.Event:
        """Start moving ``nbytes`` now; the event fires when the last byte is in.

        The caller does not wait while the request is in flight, so one DMA
        engine may have many requests outstanding (their latencies overlap);
        a ``source``'s requests then move one after another, the others
        share bandwidth with everything else in flight.
        """
        arrived = self.env.event()
        if nbytes <= 0 or self.bytes_per_cycle == UNBOUNDED and cap == UNBOUNDED:
            if self.latency_cycles and nbytes > 0:
                self.env.timeout(self.latency_cycles).callbacks.append(
                    lambda _event: arrived.succeed())
                return arrived
            return arrived.succeed()
        transfer = (arrived, float(nbytes), cap, source)
        if self.latency_cycles:
            self.env.timeout(self.latency_cycles).callbacks.append(
                lambda _event: self._admit(transfer))
        else:
            self._admit(transfer)
        return arrived

    def move(self, nbytes: float, cap: float = UNBOUNDED):
        """Move ``nbytes`` (use with ``yield from`` inside a process)."""
        arrived = self.request(nbytes, cap)
        if not arrived.triggered:
            yield arrived

    def _admit(self, transfer: tuple[simpy.Event, float, float, Hashable]) -> None:
        """Start a transfer on a free channel, or queue it for one or behind its source's."""
        self._settle()
        if self._sources.arrive(transfer[3], transfer):
            if self._in_flight() < self.channels:
                self._start(*transfer)
            else:
                self._waiting.append(transfer)
        self._schedule_next()

    def _start(self, arrived: simpy.Event, nbytes: float, cap: float,
               source: Hashable) -> None:
        group = self._groups.get(cap)
        if group is None:
            group = self._groups[cap] = CapGroup()
        group.add(self._order, arrived, nbytes, source)
        self._order += 1

    def _in_flight(self) -> int:
        return sum(len(group.finishing) for group in self._groups.values())

    def _rates(self) -> list[tuple[CapGroup, float]]:
        """Water-filling: capped transfers get their cap, the rest share evenly."""
        return water_filled(self.bytes_per_cycle, self._groups, self._in_flight())

    def _settle(self) -> None:
        """Move every transfer forward to now; finish those with no bytes left."""
        elapsed = self.env.now - self._updated
        self._updated = self.env.now
        if elapsed > 0 and self._groups:
            for group, rate in self._rates():
                group.serve(rate * elapsed)
        done = []
        for cap in list(self._groups):
            group = self._groups[cap]
            done += group.pop_done()
            if not group.finishing:
                del self._groups[cap]
        spares = deque()
        for _, event, source, spare in sorted(done, key=lambda item: item[0]):
            event.succeed()
            following = self._sources.next_of(source)
            if following is not None:
                self._waiting.append(following)
            spares.append(spare)
        start_waiting(self._waiting, self._sources, spares, self.channels - self._in_flight(),
                      self._start, lambda arrived: arrived.succeed())

    def _schedule_next(self) -> None:
        """Arm a timer for the next transfer to finish; older timers go stale."""
        self._version += 1
        if not self._groups:
            return
        until = min(math.ceil(group.left() / rate - BYTE_EPSILON)
                    for group, rate in self._rates())
        version = self._version
        timer = self.env.timeout(max(1, until))
        timer.callbacks.append(lambda _: self._on_timer(version))

    def _on_timer(self, version: int) -> None:
        if version == self._version:
            self._settle()
            self._schedule_next()


def sram_buffer(env: simpy.Environment, capacity_bytes: int) -> simpy.Container:
    """An SRAM buffer: a container of free bytes, full at the start."""
    return simpy.Container(env, capacity=capacity_bytes, init=capacity_bytes)
