"""The event engine: processes named after the hardware run schedules.

The processes are generators on ``kernel.py``'s event loop (they yield
the cycles or the ``Signal`` they wait for). Each core has four units
(the arrays and the vector unit each a ``kernel.Unit`` one user holds at
a time):

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
tiles along ``kernel.Queue`` queues (unbounded: a put never waits, nor
does giving bytes back to a buffer). SRAM buffers are ``kernel.Buffer`` counts of bytes:
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

from systolic.core.timing import ceil_div
from systolic.engine.accounting import CoreAccount, Tally, link_result, op_result
from systolic.engine.kernel import Buffer, Kernel, Queue, Signal, Unit
from systolic.engine.memory import BandwidthPool, BlockSources, SharedLevel
from systolic.mapping.schedule import LinkSchedule, Reduction, Schedule, Tile
from systolic.results import Interval, OpResult
from systolic.spec.hardware import Hardware

PROGRESS_TILES = 4096  # tiles between two calls of ``tile_progress`` (a power of two)


class _Core:
    """One core's units and buffers."""

    def __init__(self, kernel: Kernel, hw: Hardware, index: int):
        self.index = index
        self.array = Unit(kernel)
        self.vector = Unit(kernel)
        sram = hw.core.sram
        self.input_buffer = Buffer(kernel, sram.input_bytes)
        self.weight_buffer = Buffer(kernel, sram.weight_bytes)
        self.output_buffer = Buffer(kernel, sram.output_bytes)
        self.port = sram.port_bytes_per_cycle
        # The DRAM pool's in-order queues of this core's loads and stores (None: shared)
        self.source = index if sram.loads_in_order else None
        self.store_source = ("stores", index) if sram.loads_in_order else None


class Engine:
    """Runs GEMM schedules on a machine; one instance per simulation."""

    def __init__(self, hw: Hardware, record_timeline: bool = True,
                 tile_progress: Callable[[int, int], None] | None = None):
        self.hw = hw
        self._tile_progress = tile_progress
        self._tiles_done = self._tiles_total = 0
        self.kernel = kernel = Kernel()
        self.dram = BandwidthPool(kernel, hw.dram_bytes_per_cycle, hw.dram_latency_cycles,
                                  hw.memory.dram_channels)
        self.shared = None
        if hw.memory.shared_bytes:
            pool = BandwidthPool(kernel, hw.memory.shared_bandwidth_bytes_per_s
                                 / hw.chip.clock_hz, 0, hw.chip.cores)
            self.shared = SharedLevel(pool, hw.memory.shared_bytes)
        self.cores = [_Core(kernel, hw, i) for i in range(hw.chip.cores)]
        self.sources = BlockSources(self.shared)
        self.links: dict[str, Unit] = {}  # a network level's links ("": the chip's link)
        self.timeline: list[Interval] | None = [] if record_timeline else None

    # --- running -----------------------------------------------------------------

    def run(self, schedules: list[Schedule | LinkSchedule],
            deps: dict[str, tuple[str, ...]] | None = None,
            progress: Callable[[], None] | None = None) -> list[OpResult]:
        """Simulate ``schedules`` (ops named uniquely) honouring ``deps``;
        ``progress`` is called each time an op finishes."""
        deps = deps or {}
        finished = {s.op.name: Signal() for s in schedules}
        if progress is not None:
            for signal in finished.values():
                signal.waiters.append(lambda _value: progress())
        tallies = {s.op.name: Tally() for s in schedules}
        self._tiles_total = sum(getattr(s, "tile_count", 0) for s in schedules)
        for schedule in schedules:
            waits = [finished[d] for d in deps.get(schedule.op.name, ())]
            run = self._collective if isinstance(schedule, LinkSchedule) else self._op
            self.kernel.process(run(schedule, waits, tallies[schedule.op.name],
                                    finished[schedule.op.name]))
        self.kernel.run()
        stuck = [name for name, signal in finished.items() if not signal.triggered]
        if stuck:  # a schedule whose tiles cannot fit its buffers: a mapping bug
            raise RuntimeError(f"engine: ops never finished: {', '.join(stuck)}")
        return [link_result(self.hw, s, tallies[s.op.name]) if isinstance(s, LinkSchedule)
                else op_result(self.hw, s, tallies[s.op.name]) for s in schedules]

    def _collective(self, schedule: LinkSchedule, waits: list, tally: Tally,
                   finished: Signal):
        kernel = self.kernel
        if waits:
            yield kernel.all_of(waits)
        tally.start = kernel.now
        links = [self._link(level) for level in schedule.levels or ("",)]
        for link in links:
            yield link.acquire() or self._granted()
        granted = kernel.now  # the op's cycles include the wait; its interval does not
        yield schedule.cycles
        self._record("link", 0, schedule.op.name, 0, granted)
        for link in links:
            link.release()
        tally.end = kernel.now
        kernel.fire(finished)

    def _link(self, level: str) -> Unit:
        """The links of a network level, made when first used."""
        if level not in self.links:
            self.links[level] = Unit(self.kernel)
        return self.links[level]

    def _granted(self) -> Signal:
        """A unit granted at once, waited for as SimPy waits for its request: one step."""
        signal = Signal()
        self.kernel.fire(signal)
        return signal

    def _op(self, schedule: Schedule, waits: list, tally: Tally, finished: Signal):
        kernel = self.kernel
        if waits:
            yield kernel.all_of(waits)
        tally.start = kernel.now
        if schedule.launch_cycles:  # idle before the first tile (a kernel launch)
            yield schedule.launch_cycles
        stored = {owner: Signal() for r in schedule.reductions for owner in r.waits_for}
        processes = []
        name = schedule.op.name
        for core, tiles in zip(self.cores, schedule.cores):
            if not tiles:
                continue
            ready, done = Queue(kernel), Queue(kernel)
            account = tally.accounts[core.index] = CoreAccount()
            account.add_tiles(tiles)
            tally.compute_per_core[core.index] = account.busy
            processes += [
                kernel.process(self._loader(core, name, tiles, ready, tally)),
                kernel.process(self._computer(core, name, tiles, ready, done, account)),
                kernel.process(self._storer(core, name, tiles, done, tally, stored, account)),
            ]
        processes += [kernel.process(self._reduce(schedule, r, stored, tally))
                      for r in schedule.reductions]
        yield kernel.all_of(processes)
        tally.end = kernel.now
        kernel.fire(finished)

    def _loader(self, core: _Core, name: str, tiles: tuple[Tile, ...], ready: Queue,
                tally: Tally):
        """Issue each tile's loads as soon as its buffer space is free; the
        requests are in flight together (the arrays wait for their arrival),
        except on a K-streaming core, whose tiles load one after another."""
        latency = self.hw.dram_latency_cycles
        for tile in tiles:
            if tile.input_hold_bytes:
                wait = core.input_buffer.take(tile.input_hold_bytes)
                if wait:
                    yield wait
            if tile.weight_hold_bytes:
                wait = core.weight_buffer.take(tile.weight_hold_bytes)
                if wait:
                    yield wait
            first, arrived, from_shared = self._fetch(tile, core, tally)
            if self.timeline is not None:
                self._record_on(arrived, "dma_in", core.index, name, tile.index)
            ready.put((tile, first, arrived, from_shared))
            if tile.k_slices > 1 and tile.work.compute_cycles >= latency \
                    and not arrived.triggered:
                # Only tiles too short to hide a DRAM round trip keep several in flight.
                yield arrived

    def _computer(self, core: _Core, name: str, tiles: tuple[Tile, ...], ready: Queue,
                  done: Queue, account: CoreAccount):
        """Run each tile once its first loads are in and its output has room:
        on the arrays alone (here: the common case, one step per tile), or
        with the vector unit (``_with_vector``). A tile whose loads stream in
        K slices started on its first slice; its last slice's work waits for
        the rest of the loads (``arrived``). What the arrays wait for goes
        to ``account``."""
        kernel = self.kernel
        for _ in tiles:
            waited = kernel.now
            got = ready.get()
            if not got.triggered:
                yield got
            tile, first, arrived, from_shared = got.value
            if not first.triggered:
                yield first
            account.waited_for_operands(kernel.now - waited, from_shared)
            if tile.output_hold_bytes:
                wait = core.output_buffer.take(tile.output_hold_bytes)
                if wait:
                    waited = kernel.now
                    yield wait
                    account.dram += kernel.now - waited  # room the stores free
            if tile.vector_cycles:
                yield from self._with_vector(core, name, tile, arrived, from_shared, account)
            else:
                slot = core.array.acquire()
                if slot:
                    waited = kernel.now
                    yield slot
                    account.idle += kernel.now - waited  # another op's tile
                start = kernel.now
                cycles = tile.work.compute_cycles
                if arrived.triggered:
                    yield cycles
                else:
                    last = cycles // tile.k_slices
                    yield kernel.all_of([kernel.timeout(cycles - last), arrived])
                    yield last
                    account.waited_for_operands(kernel.now - start - cycles, from_shared)
                self._record("array", core.index, name, tile.index, start)
                core.array.release()
            if tile.input_release_bytes:
                core.input_buffer.give(tile.input_release_bytes)
            if tile.weight_release_bytes:
                core.weight_buffer.give(tile.weight_release_bytes)
            if tile.last_k:
                done.put(tile)
            self._tiles_done += 1
            if not self._tiles_done & PROGRESS_TILES - 1 and self._tile_progress is not None:
                self._tile_progress(self._tiles_done, self._tiles_total)
        account.computer_end = kernel.now

    def _with_vector(self, core: _Core, name: str, tile: Tile, arrived: Signal,
                     from_shared: bool, account: CoreAccount):
        """A tile with vector work (softmax in fused attention, element-wise ops),
        run alongside its array work, if any, once all its loads are in."""
        kernel = self.kernel
        waited = kernel.now
        if not arrived.triggered:
            yield arrived
        account.waited_for_operands(kernel.now - waited, from_shared)
        compute, vector = tile.work.compute_cycles, tile.vector_cycles
        array_slot = core.array.acquire() if compute else None
        vector_slot = core.vector.acquire()
        waited = kernel.now
        if array_slot:
            yield array_slot
        account.idle += kernel.now - waited  # another op's tile
        waited = kernel.now
        if vector_slot:
            yield vector_slot
        account.vector += kernel.now - waited  # a split-K sum or another op's vector work
        start = kernel.now
        yield max(compute, vector)
        if compute:
            core.array.release()
            self._record("array", core.index, name, tile.index, start, start + compute)
        core.vector.release()
        self._record("vector", core.index, name, tile.index, start, start + vector)

    def _storer(self, core: _Core, name: str, tiles: tuple[Tile, ...], done: Queue,
                tally: Tally, stored: dict, account: CoreAccount):
        """Post each finished output block's store as it comes: stores move
        one after another (``_Core.store_source``) but do not wait out each
        other's latency, as a DMA engine's writes are posted. A block's
        output buffer room is free once its store is in."""
        kernel = self.kernel
        posted = []
        for _ in range(sum(t.last_k for t in tiles)):
            got = done.get()
            if not got.triggered:
                yield got
            tile = got.value
            tally.dram_write_bytes += int(tile.store_bytes)
            moved = self.dram.request(tile.store_bytes, core.port, core.store_source)
            posted.append(moved)
            self._on_stored(moved, core, name, tile, stored)
        yield kernel.all_of(posted)
        account.storer_end = kernel.now

    def _on_stored(self, moved: Signal, core: _Core, name: str, tile: Tile,
                   stored: dict) -> None:
        """When ``tile``'s store is in: record it, free its output room, tell a split-K sum."""
        start = self.kernel.now

        def finish(_value=None):
            self._record("dma_out", core.index, name, tile.index, start)
            if tile.output_release_bytes:
                core.output_buffer.give(tile.output_release_bytes)
            owner = (core.index, tile.index)
            if owner in stored:
                self.kernel.fire(stored[owner])

        if moved.waiters is None:
            finish()
        else:
            moved.waiters.append(finish)

    def _reduce(self, schedule: Schedule, reduction: Reduction, stored: dict,
                tally: Tally):
        kernel = self.kernel
        yield kernel.all_of([stored[owner] for owner in reduction.waits_for])
        core = self.cores[reduction.core]
        yield core.vector.acquire() or self._granted()
        start = kernel.now
        tally.dram_read_bytes += int(reduction.read_bytes)
        moved = self.dram.request(reduction.read_bytes, core.port)
        if not moved.triggered:
            yield moved
        yield ceil_div(reduction.elements, self.hw.core.vector_lanes)
        tally.dram_write_bytes += int(reduction.write_bytes)
        tally.vector_ops += int(reduction.elements)
        moved = self.dram.request(reduction.write_bytes, core.port)
        if not moved.triggered:
            yield moved
        self._record("vector", core.index, schedule.op.name, reduction.output_block, start)
        core.vector.release()

    def _fetch(self, tile: Tile, core: _Core, tally: Tally) -> tuple[Signal, Signal, bool]:
        """Bring a tile's new blocks on chip as one DMA: blocks the shared level
        holds come from there, the rest from DRAM, both streams at once.
        Each destination buffer's port caps its share of the rate. A block
        streamed in K slices occupies the shared level one slice at a time
        (its hold), as the cores sweep K together, and its first slice is a
        request of its own, so that the arrays can start on it. A block that
        several cores load at the same step is multicast: each moves its
        share of one transfer. With ``loads_in_order`` the core's DMA engine
        moves its requests in the order it issued them. Returns the signals of the first slice's
        arrival and of all of it, and whether it all comes from the shared level."""
        from_dram, from_shared, ports = self.sources.split(tile)
        tally.dram_read_bytes += round(from_dram)
        tally.shared_read_bytes += round(from_shared)
        shared_only = not from_dram and bool(from_shared)
        if tile.k_slices == 1 or not (from_dram or from_shared):
            arrived = self._request(from_dram, from_shared, core, ports)
            return arrived, arrived, shared_only
        first_dram, first_shared = from_dram / tile.k_slices, from_shared / tile.k_slices
        first = self._request(first_dram, first_shared, core, ports)
        rest = self._request(from_dram - first_dram, from_shared - first_shared, core, ports)
        return first, self.kernel.all_of([first, rest]), shared_only

    def _request(self, from_dram: float, from_shared: float, core: _Core,
                 ports: int) -> Signal:
        """One transfer of ``core``'s loads from DRAM and/or the shared level,
        capped by the buffers' ports."""
        port, source = core.port, core.source
        if from_dram and from_shared:
            return self.kernel.all_of([self.dram.request(from_dram, port, source),
                                       self.shared.pool.request(from_shared, port, source)])
        if from_shared:
            return self.shared.pool.request(from_shared, port * ports, source)
        return self.dram.request(from_dram, port * ports, source)

    def _record_on(self, signal: Signal, unit: str, core: int, op: str, tile: int) -> None:
        """Record ``unit`` busy from now until ``signal`` fires."""
        start = self.kernel.now
        if signal.waiters is None:
            self._record(unit, core, op, tile, start)
        else:
            signal.waiters.append(lambda _value: self._record(unit, core, op, tile, start))

    def _record(self, unit: str, core: int, op: str, tile: int, start: int,
                end: int | None = None) -> None:
        if self.timeline is not None:
            self.timeline.append(Interval(unit, core, op, tile, start,
                                          self.kernel.now if end is None else end))
