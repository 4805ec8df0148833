"""The previous event engine, on SimPy: the reference the new one must equal.

Kept until the new engine's figures are in (issue 15): ``processes.py``
runs the same model on ``kernel.py``'s event loop, and
``tests/test_event_loop.py`` and ``benchmarks/engine.py`` check that both
give the same cycles, stalls and bytes.

Each core has four units (the arrays and the vector unit each a
``simpy.Resource`` of capacity one):

- ``dma_in`` loads a tile's A and B blocks (from DRAM, or from the shared
  level when another core fetched them) into the input and weight buffers,
  issuing each tile's request as soon as its buffer space is free, so
  several requests can be in flight and their latencies overlap; a block
  that several cores load at the same step (the tile's ``*_sharers``) is
  multicast: each moves its share of one transfer, from where the first of
  them found it;
- ``array`` runs the tile on the core's systolic arrays for the cycles
  ``core/timing.py`` gives;
- ``vector`` does element-wise work (here: the sums of split-K parts);
- ``dma_out`` posts the stores of finished output blocks to DRAM: they
  move one after another (with ``[core.sram] loads_in_order``), their
  latencies overlapping, and an output block's room is free once it is in.

For every op and core three processes (loader, computer, storer) pass
tiles along ``simpy.Store`` queues (unbounded: a put never waits, nor
does giving bytes back to a buffer, so neither is yielded). SRAM buffers are containers of bytes:
the loader takes a tile's bytes before its DMA and the computer gives them
back after the arrays finish, so with tiles of half a buffer the DMA of
tile i+1 overlaps the compute of tile i (double buffering), and the arrays
stall when a tile's operands are not in yet. All cores share DRAM
(``memory.BandwidthPool``), so their transfers contend for bandwidth.

Ops start when the ops they depend on have finished, and their first tile
waits the schedule's ``launch_cycles`` idle cycles more; independent ops run
at the same time and contend for units and buffers. What a target's kernels
impose (fixed tile shapes, multicast, launch costs) is the mapping's
business (``mapping/kernels.py``): the engine runs whatever the schedule says. Every unit's busy
stretch is recorded as an ``Interval`` (unit, core, op, tile, start, end).

Per op: ``cycles`` from its start (dependencies met) to its last store;
``compute_cycles`` the array work of its busiest core; ``stall_cycles`` the
rest: waiting for operands, the final stores, split-K sums.
"""

from __future__ import annotations

from typing import Callable

import simpy

from systolic.core.timing import ceil_div
from systolic.engine.accounting import Tally, link_result, op_result
from systolic.engine.memory import BlockSources, SharedLevel
from systolic.engine.simpy_memory import BandwidthPool, sram_buffer
from systolic.mapping.schedule import LinkSchedule, Reduction, Schedule, Tile
from systolic.results import Interval, OpResult
from systolic.spec.hardware import Hardware


def _wait(event: simpy.Event):
    """Wait for ``event`` unless it has already happened (a request granted
    at once, an item already queued): skipping the yield saves a resume."""
    if not event.triggered:
        yield event
    return event.value


class _Core:
    """One core's units and buffers."""

    def __init__(self, env: simpy.Environment, hw: Hardware, index: int):
        self.index = index
        self.array = simpy.Resource(env, capacity=1)
        self.vector = simpy.Resource(env, capacity=1)
        sram = hw.core.sram
        self.input_buffer = sram_buffer(env, sram.input_bytes)
        self.weight_buffer = sram_buffer(env, sram.weight_bytes)
        self.output_buffer = sram_buffer(env, sram.output_bytes)
        self.port = sram.port_bytes_per_cycle
        # The DRAM pool's in-order queues of this core's loads and stores (None: shared)
        self.source = index if sram.loads_in_order else None
        self.store_source = ("stores", index) if sram.loads_in_order else None


class Engine:
    """Runs GEMM schedules on a machine; one instance per simulation."""

    def __init__(self, hw: Hardware, record_timeline: bool = True):
        self.hw = hw
        self.env = simpy.Environment()
        self.dram = BandwidthPool(self.env, hw.dram_bytes_per_cycle, hw.dram_latency_cycles,
                                  hw.memory.dram_channels)
        self.shared = None
        if hw.memory.shared_bytes:
            pool = BandwidthPool(self.env, hw.memory.shared_bandwidth_bytes_per_s
                                 / hw.chip.clock_hz, 0, hw.chip.cores)
            self.shared = SharedLevel(pool, hw.memory.shared_bytes)
        self.cores = [_Core(self.env, hw, i) for i in range(hw.chip.cores)]
        self.sources = BlockSources(self.shared)
        self.links: dict[str, simpy.Resource] = {}  # a network level's ("": the chip's)
        self.timeline: list[Interval] | None = [] if record_timeline else None

    # --- running -----------------------------------------------------------------

    def run(self, schedules: list[Schedule | LinkSchedule],
            deps: dict[str, tuple[str, ...]] | None = None,
            progress: Callable[[], None] | None = None) -> list[OpResult]:
        """Simulate ``schedules`` (ops named uniquely) honouring ``deps``;
        ``progress`` is called each time an op finishes."""
        deps = deps or {}
        finished = {s.op.name: self.env.event() for s in schedules}
        if progress is not None:
            for event in finished.values():
                event.callbacks.append(lambda _event: progress())
        tallies = {s.op.name: Tally() for s in schedules}
        for schedule in schedules:
            waits = [finished[d] for d in deps.get(schedule.op.name, ())]
            run = self._collective if isinstance(schedule, LinkSchedule) else self._op
            self.env.process(run(schedule, waits, tallies[schedule.op.name],
                                 finished[schedule.op.name]))
        self.env.run()
        stuck = [name for name, event in finished.items() if not event.triggered]
        if stuck:  # a schedule whose tiles cannot fit its buffers: a mapping bug
            raise RuntimeError(f"engine: ops never finished: {', '.join(stuck)}")
        return [link_result(self.hw, s, tallies[s.op.name]) if isinstance(s, LinkSchedule)
                else op_result(self.hw, s, tallies[s.op.name]) for s in schedules]

    def _collective(self, schedule: LinkSchedule, waits: list, tally: Tally,
                   finished: simpy.Event):
        if waits:
            yield self.env.all_of(waits)
        tally.start = self.env.now
        requests = []
        for level in schedule.levels or ("",):
            if level not in self.links:
                self.links[level] = simpy.Resource(self.env, capacity=1)
            requests.append(self.links[level].request())
            yield requests[-1]
        granted = self.env.now
        yield self.env.timeout(schedule.cycles)
        self._record("link", 0, schedule.op.name, 0, granted)
        for request in requests:
            request.resource.release(request)
        tally.end = self.env.now
        finished.succeed()

    def _op(self, schedule: Schedule, waits: list, tally: Tally, finished: simpy.Event):
        if waits:
            yield self.env.all_of(waits)
        tally.start = self.env.now
        if schedule.launch_cycles:  # idle before the first tile (a kernel launch)
            yield self.env.timeout(schedule.launch_cycles)
        stored = {owner: self.env.event() for r in schedule.reductions for owner in r.waits_for}
        processes = []
        for core, tiles in zip(self.cores, schedule.cores):
            if not tiles:
                continue
            ready, done = simpy.Store(self.env), simpy.Store(self.env)
            name = schedule.op.name
            tally.compute_per_core[core.index] = sum(max(t.work.compute_cycles, t.vector_cycles)
                                                     for t in tiles)
            processes += [
                self.env.process(self._loader(core, name, tiles, ready, tally)),
                self.env.process(self._computer(core, name, tiles, ready, done)),
                self.env.process(self._storer(core, name, tiles, done, tally, stored)),
            ]
        processes += [self.env.process(self._reduce(schedule, r, stored, tally))
                      for r in schedule.reductions]
        yield self.env.all_of(processes)
        tally.end = self.env.now
        finished.succeed()

    def _loader(self, core: _Core, name: str, tiles: tuple[Tile, ...],
                ready: simpy.Store, tally: Tally):
        """Issue each tile's loads as soon as its buffer space is free; the
        requests are in flight together (the arrays wait for their arrival),
        except on a K-streaming core, whose tiles load one after another."""
        for tile in tiles:
            if tile.input_hold_bytes:
                yield from _wait(core.input_buffer.get(tile.input_hold_bytes))
            if tile.weight_hold_bytes:
                yield from _wait(core.weight_buffer.get(tile.weight_hold_bytes))
            first, arrived = self._fetch(tile, core, tally)
            if self.timeline is not None:
                start = self.env.now
                arrived.callbacks.append(lambda _event, tile=tile, start=start: self._record(
                    "dma_in", core.index, name, tile.index, start))
            ready.put((tile, first, arrived))
            if tile.k_slices > 1 and tile.work.compute_cycles >= self.hw.dram_latency_cycles:
                # Only tiles too short to hide a DRAM round trip keep several in flight.
                yield from _wait(arrived)

    def _computer(self, core: _Core, name: str, tiles: tuple[Tile, ...],
                  ready: simpy.Store, done: simpy.Store):
        for _ in tiles:
            tile, first, arrived = yield from _wait(ready.get())
            yield from _wait(first)
            if tile.output_hold_bytes:
                yield from _wait(core.output_buffer.get(tile.output_hold_bytes))
            yield from self._busy(core, name, tile, arrived)
            if tile.input_release_bytes:
                core.input_buffer.put(tile.input_release_bytes)
            if tile.weight_release_bytes:
                core.weight_buffer.put(tile.weight_release_bytes)
            if tile.last_k:
                done.put(tile)

    def _busy(self, core: _Core, name: str, tile: Tile, arrived: simpy.Event):
        """Run a tile on the units it needs: arrays, vector unit, or both at once.

        A tile whose loads stream in K slices started on its first slice;
        its last slice's work waits for the rest of the loads (``arrived``).
        """
        if not tile.vector_cycles:  # the common case: arrays only
            with core.array.request() as slot:
                yield from _wait(slot)
                start = self.env.now
                cycles = tile.work.compute_cycles
                if arrived.triggered:
                    yield self.env.timeout(cycles)
                else:
                    last = cycles // tile.k_slices
                    yield self.env.all_of([self.env.timeout(cycles - last), arrived])
                    yield self.env.timeout(last)
                self._record("array", core.index, name, tile.index, start)
            return
        yield from _wait(arrived)
        units = [(unit, cycles) for unit, cycles in (("array", tile.work.compute_cycles),
                                                     ("vector", tile.vector_cycles)) if cycles]
        slots = [getattr(core, unit).request() for unit, _ in units]
        for slot in slots:
            yield from _wait(slot)
        start = self.env.now
        yield self.env.timeout(max((cycles for _, cycles in units), default=0))
        for (unit, cycles), slot in zip(units, slots):
            getattr(core, unit).release(slot)
            self._record(unit, core.index, name, tile.index, start, start + cycles)

    def _storer(self, core: _Core, name: str, tiles: tuple[Tile, ...], done: simpy.Store,
                tally: Tally, stored: dict):
        """Post each finished output block's store as it comes (``processes.py``)."""
        posted = []
        for _ in range(sum(t.last_k for t in tiles)):
            tile = yield from _wait(done.get())
            tally.dram_write_bytes += int(tile.store_bytes)
            moved = self.dram.request(tile.store_bytes, core.port, core.store_source)
            posted.append(moved)
            self._on_stored(moved, core, name, tile, stored)
        yield self.env.all_of(posted)

    def _on_stored(self, moved: simpy.Event, core: _Core, name: str, tile: Tile,
                   stored: dict) -> None:
        start = self.env.now

        def finish(_event=None):
            self._record("dma_out", core.index, name, tile.index, start)
            if tile.output_release_bytes:
                core.output_buffer.put(tile.output_release_bytes)
            owner = (core.index, tile.index)
            if owner in stored:
                stored[owner].succeed()

        if moved.callbacks is None:
            finish()
        else:
            moved.callbacks.append(finish)

    def _reduce(self, schedule: Schedule, reduction: Reduction, stored: dict,
                tally: Tally):
        yield self.env.all_of([stored[owner] for owner in reduction.waits_for])
        core = self.cores[reduction.core]
        with core.vector.request() as slot:
            yield slot
            start = self.env.now
            tally.dram_read_bytes += int(reduction.read_bytes)
            yield from self.dram.move(reduction.read_bytes, core.port)
            yield self.env.timeout(ceil_div(reduction.elements, self.hw.core.vector_lanes))
            tally.dram_write_bytes += int(reduction.write_bytes)
            tally.vector_ops += int(reduction.elements)
            yield from self.dram.move(reduction.write_bytes, core.port)
            self._record("vector", core.index, schedule.op.name, reduction.output_block, start)

    def _fetch(self, tile: Tile, core: _Core, tally: Tally) -> tuple[simpy.Event, simpy.Event]:
        """Bring a tile's new blocks on chip as one DMA: blocks the shared level
        holds come from there, the rest from DRAM, both streams at once.
        Each destination buffer's port caps its share of the rate. A block
        streamed in K slices occupies the shared level one slice at a time
        (its hold), as the cores sweep K together, and its first slice is a
        request of its own, so that the arrays can start on it. A block that
        several cores load at the same step is multicast: each moves its
        share of one transfer. With ``loads_in_order`` the core's DMA engine
        moves its requests in the order it issued them. Returns the events of the first slice's
        arrival and of all of it."""
        from_dram, from_shared, ports = self.sources.split(tile)
        tally.dram_read_bytes += round(from_dram)
        tally.shared_read_bytes += round(from_shared)
        if tile.k_slices == 1 or not (from_dram or from_shared):
            arrived = self._request(from_dram, from_shared, core, ports)
            return arrived, arrived
        first_dram, first_shared = from_dram / tile.k_slices, from_shared / tile.k_slices
        first = self._request(first_dram, first_shared, core, ports)
        rest = self._request(from_dram - first_dram, from_shared - first_shared, core, ports)
        return first, self.env.all_of([first, rest])

    def _request(self, from_dram: float, from_shared: float, core: _Core,
                 ports: int) -> simpy.Event:
        """One transfer of ``core``'s loads from DRAM and/or the shared level,
        capped by the buffers' ports."""
        port, source = core.port, core.source
        if from_dram and from_shared:
            return self.env.all_of([self.dram.request(from_dram, port, source),
                                    self.shared.pool.request(from_shared, port, source)])
        if from_shared:
            return self.shared.pool.request(from_shared, port * ports, source)
        return self.dram.request(from_dram, port * ports, source)

    def _record(self, unit: str, core: int, op: str, tile: int, start: int,
                end: int | None = None) -> None:
        if self.timeline is not None:
            self.timeline.append(Interval(unit, core, op, tile, start,
                                          self.env.now if end is None else end))
