"""The engine compiled: ``processes.py``'s model on a numba loop, for one op alone.

Why: the generator loop costs about 11 us of Python a tile (6-14 heap
entries, each a generator step or a callback), so an op of two million
tiles took a minute. Here the same processes are state machines over
arrays (``compiled_kernel.py`` .. ``compiled_loop.py``), and Python only
builds the inputs and reads the outputs: a tile costs well under a
microsecond, and the results are the same cycle for cycle, byte for byte
and interval for interval (``tests/test_compiled_engine.py``,
``benchmarks/engine_equality.py``).

What it runs: one ``Schedule`` with no dependencies, as ``simulate.py``
runs every op of a chain or a model (each alone, placed afterwards).
Anything else (several ops at once, collectives) goes to ``processes.py``.

Tiles enter as a table of distinct tile types (their byte counts and
cycles) and a row per tile (its type, index, block keys and core), so a
tile costs five integers. Tables grow between events: the loop returns
when one runs low, and ``_grow`` doubles it.
"""

from __future__ import annotations

from typing import Callable

from array import array
from collections import namedtuple

import numpy as np
from numba import types
from numba.experimental import structref

from systolic.engine import compiled_kernel as ck
from systolic.engine import compiled_memory as cm
from systolic.engine.accounting import CoreAccount, Tally, op_result
from systolic.engine.compiled_loads import TYPE_FIELDS
from systolic.engine.compiled_loop import FINISHED, OP_ENDED, begin, run
from systolic.engine.compiled_processes import (
    CORE, I, KIND, N, P_COMPUTER, P_LOADER, P_OP, P_REDUCE, P_STORER, PC, PROC_FIELDS, S1,
    S2, TILE,
)
from systolic.engine.processes import Engine as LoopEngine
from systolic.mapping.schedule import Schedule, Tile
from systolic.results import Interval, OpResult
from systolic.spec.hardware import Hardware

UNITS = ("dma_in", "array", "vector", "dma_out")
GROUPS = 8  # cap groups a pool can hold (distinct port widths in flight)

FIELDS = (
    "k heap sig node allof unit buf queue trf tri poolf pooli gcap gserved gcount gend grow src "
    "done done_spare lru mc proc ttype tile tstate core_tiles done_tiles core_done "
    "core_storer stored red redw redw_tile acc tally tl hwf hwi").split()


@structref.register
class StateType(types.StructRef):
    """The loop's state as one reference: a call passes a pointer, not forty arrays
    (a tuple of them cost about 300 ns a call in reference counts and copies)."""

    def preprocess_fields(self, fields):
        return tuple((name, types.unliteral(kind)) for name, kind in fields)


class State(structref.StructRefProxy):
    """What the loop is passed: the arrays of an ``Arrays``, shared, not copied."""


structref.define_proxy(State, StateType, FIELDS)
Arrays = namedtuple("Arrays", FIELDS)  # the state's Python side, rebuilt when a table grows
_GROWN = ("heap", "sig", "node", "allof", "trf", "tri", "tl")  # grown along axis 0


def runs(schedules, deps) -> bool:
    """Whether the compiled loop runs these (one op alone), not ``processes.py``."""
    return len(schedules) == 1 and isinstance(schedules[0], Schedule) and not deps


class Engine:
    """``processes.Engine``'s interface: one op alone compiled, the rest on the loop."""

    def __init__(self, hw: Hardware, record_timeline: bool = True,
                 tile_progress: Callable[[int, int], None] | None = None):
        self.hw = hw
        self.record_timeline = record_timeline
        self._tile_progress = tile_progress
        self.timeline: list[Interval] | None = [] if record_timeline else None

    def run(self, schedules, deps=None, progress: Callable[[], None] | None = None
            ) -> list[OpResult]:
        if not runs(schedules, deps):
            loop = LoopEngine(self.hw, self.record_timeline, self._tile_progress)
            results = loop.run(schedules, deps, progress)
            self.timeline = loop.timeline
            return results
        [schedule] = schedules
        result = self._run_one(schedule)
        if progress is not None:
            progress()
        return [result]

    def _run_one(self, schedule: Schedule) -> OpResult:
        S, accounts = _state(self.hw, schedule, self.record_timeline,
                             self._tile_progress is not None)
        while run(State(*S)) != FINISHED:
            if S.k[ck.REPORT]:
                S.k[ck.REPORT] = 0
                self._tile_progress(int(S.k[ck.TILES_DONE]), schedule.tile_count)
            S = _grow(S)
        if S.proc[0, PC] != OP_ENDED:  # tiles that cannot fit their buffers: a mapping bug
            raise RuntimeError(f"engine: ops never finished: {schedule.op.name}")
        if self.timeline is not None:
            self.timeline = _intervals(S, schedule)
        return op_result(self.hw, schedule, _tally(S, accounts))


def _type_row(tile: Tile) -> tuple:
    """What the loop needs of a tile besides its index, keys and core (``T_*``)."""
    return (tile.work.compute_cycles, tile.vector_cycles, tile.input_load_bytes,
            tile.weight_load_bytes, tile.input_release_bytes, tile.weight_release_bytes,
            tile.output_hold_bytes, tile.output_release_bytes, int(tile.last_k),
            tile.store_bytes, tile.input_hold_bytes, tile.weight_hold_bytes, tile.k_slices,
            tile.input_sharers, tile.weight_sharers, tile.epilogue_bytes)


def _tiles(schedule: Schedule, cores: int, keyed: bool):
    """(type table, tile rows, each core's first tile and count, done queues,
    each core's first and count of done tiles, key count): every core's tiles
    in order, one row each."""
    types: dict[tuple, int] = {}
    keys: dict[tuple, int] = {}
    rows, done = array("q"), array("q")  # eight bytes a value: a long op has millions
    core_tiles = np.zeros((cores, 2), np.int64)
    core_done = np.zeros((cores, 2), np.int64)
    count = 0
    for core, tiles in enumerate(schedule.cores):
        core_tiles[core] = count, len(tiles)
        core_done[core, 0] = len(done)
        for tile in tiles:
            kind = types.setdefault(_type_row(tile), len(types))
            if tile.last_k:
                done.append(count)
            ikey = keys.setdefault(tile.input_key, len(keys)) if keyed else 0
            wkey = keys.setdefault(tile.weight_key, len(keys)) if keyed else 0
            rows.extend((kind, tile.index, ikey, wkey, core))
            count += 1
        core_done[core, 1] = len(done) - core_done[core, 0]
    ttype = np.array(list(types), np.int64).reshape(len(types), TYPE_FIELDS)
    tile = np.frombuffer(rows, np.int64).reshape(count, 5)
    done = np.frombuffer(done, np.int64) if done else np.zeros(0, np.int64)
    return ttype, tile, core_tiles, done, core_done, max(1, len(keys))


def _processes(schedule: Schedule, core_tiles, core_done):
    """The op (row 0), then each core's loader, computer and storer (cores with
    tiles), then the split-K sums: ``Engine._op``'s order of starts."""
    rows, storers = [(P_OP, 0, 0, 0)], np.zeros(len(core_tiles), np.int64)
    for core, (_, count) in enumerate(core_tiles):
        if count:
            storers[core] = len(rows) + 2
            rows += [(P_LOADER, core, 0, count), (P_COMPUTER, core, 0, count),
                     (P_STORER, core, 0, core_done[core, 1])]
    rows += [(P_REDUCE, r.core, i, 0) for i, r in enumerate(schedule.reductions)]
    proc = np.zeros((len(rows), PROC_FIELDS), np.int64)
    for p, (kind, core, position, count) in enumerate(rows):
        proc[p, [KIND, CORE, I, N]] = kind, core, position, count
    proc[:, [S1, S2, TILE]] = -1
    return proc, storers


def _reductions(schedule: Schedule, tile_rows):
    """The split-K sums' rows, the tiles they wait for, and which tiles
    are waited for (``stored``: -2)."""
    stored = np.full(max(1, len(tile_rows)), -1, np.int64)
    red = np.zeros((len(schedule.reductions), 7), np.int64)
    waits = []
    if schedule.reductions:
        position = {(int(row[4]), int(row[1])): g for g, row in enumerate(tile_rows)}
        for r, reduction in enumerate(schedule.reductions):
            red[r] = (reduction.core, reduction.output_block, reduction.elements,
                      reduction.read_bytes, reduction.write_bytes, len(waits),
                      len(reduction.waits_for))
            waits += [position[owner] for owner in reduction.waits_for]
        stored[waits] = -2
    redw_tile = np.array(waits or [0], np.int64)
    return stored, red, np.zeros_like(redw_tile), redw_tile


def _pools(hw: Hardware, cores: int):
    """The DRAM pool (0) and the shared level's (1): bandwidth, latency, channels."""
    poolf = np.array([hw.dram_bytes_per_cycle,
                      hw.memory.shared_bandwidth_bytes_per_s / hw.chip.clock_hz
                      if hw.memory.shared_bytes else 1.0])
    pooli = np.zeros((2, cm.POOL_FIELDS), np.int64)
    pooli[:, [cm.WAIT_HEAD, cm.WAIT_TAIL, cm.TIM_HEAD, cm.TIM_TAIL, cm.WANT_C]] = -1
    pooli[0, [cm.LATENCY, cm.CHANNELS]] = hw.dram_latency_cycles, hw.memory.dram_channels
    pooli[1, cm.CHANNELS] = cores
    return poolf, pooli


def _state(hw: Hardware, schedule: Schedule, record: bool, progress: bool):
    """The loop's state at the op's start, and each core's ``CoreAccount``."""
    cores = hw.chip.cores
    ttype, tile, core_tiles, done_tiles, core_done, keys = _tiles(schedule, cores, True)
    proc, storers = _processes(schedule, core_tiles, core_done)
    stored, red, redw, redw_tile = _reductions(schedule, tile)
    poolf, pooli = _pools(hw, cores)
    sram = hw.core.sram
    buf = np.full((3 * cores, 6), -1, np.int64)
    buf[:, 0] = np.tile([sram.input_bytes, sram.weight_bytes, sram.output_bytes], cores)
    k = np.full(ck.K_FIELDS, 0, np.int64)
    k[[ck.SIG_FREE, ck.NODE_FREE, ck.AO_FREE, ck.TR_FREE, ck.PEND_PROC, ck.PEND_SIG,
       ck.LRU_HEAD, ck.LRU_TAIL]] = -1
    k[ck.LRU_CAP], k[ck.PROGRESS] = hw.memory.shared_bytes or 0, progress
    k[ck.MARGIN] = 64 + 32 * len(proc)
    rows = 4 * k[ck.MARGIN] + 1024
    unit = np.full((2 * cores, 3), -1, np.int64)
    unit[:, 0] = 0
    queue = np.zeros((2 * cores, 3), np.int64)
    queue[:, 2] = -1
    hwi = np.array([hw.dram_latency_cycles, hw.core.vector_lanes, bool(hw.memory.shared_bytes),
                    record, sram.loads_in_order, schedule.launch_cycles], np.int64)
    S = Arrays(
        k=k, heap=np.zeros((rows + 2, 5), np.int64), sig=np.zeros((rows, 6), np.int64),
        node=np.zeros((rows, 3), np.int64), allof=np.zeros((rows, 2), np.int64), unit=unit,
        buf=buf, queue=queue, trf=np.zeros((rows, 2)), tri=np.zeros((rows, 3), np.int64),
        poolf=poolf, pooli=pooli, gcap=np.zeros((2, GROUPS)), gserved=np.zeros((2, GROUPS)),
        gcount=np.zeros((2, GROUPS), np.int64), gend=np.zeros((2, GROUPS, rows + 2)),
        grow=np.zeros((2, GROUPS, rows + 2, 3), np.int64),
        src=np.zeros((2, 2 * cores, 3), np.int64) + np.array([0, -1, -1]),
        done=np.zeros((GROUPS * (rows + 2), 3), np.int64), done_spare=np.zeros(GROUPS * (rows + 2)),
        lru=np.zeros((keys, 4), np.int64), mc=np.zeros((keys, 3), np.int64), proc=proc,
        ttype=ttype, tile=tile, tstate=np.zeros((max(1, len(tile)), 5), np.int64),
        core_tiles=core_tiles, done_tiles=np.append(done_tiles, 0), core_done=core_done,
        core_storer=storers, stored=stored, red=red, redw=redw, redw_tile=redw_tile,
        acc=np.zeros((cores, 6), np.int64), tally=np.zeros(6, np.int64),
        tl=np.zeros((rows if record else 1, 5), np.int64), hwf=np.array([sram.port_bytes_per_cycle]),
        hwi=hwi)
    begin(State(*S))
    return S, _accounts(schedule)


def _accounts(schedule: Schedule) -> dict[int, CoreAccount]:
    accounts = {}
    for core, tiles in enumerate(schedule.cores):
        if tiles:
            accounts[core] = account = CoreAccount()
            account.add_tiles(tiles)
    return accounts


def _doubled(table: np.ndarray, axis: int = 0) -> np.ndarray:
    shape = list(table.shape)
    shape[axis] *= 2
    grown = np.zeros(shape, table.dtype)
    grown[tuple(slice(0, n) for n in table.shape)] = table
    return grown


def _grow(S: Arrays) -> Arrays:
    """Double every table with fewer than twice the margin free (used rows kept)."""
    k, margin = S.k, 2 * int(S.k[ck.MARGIN])
    used = {"heap": k[ck.HEAP_N] + 2, "sig": k[ck.SIG_LIVE], "node": k[ck.NODE_LIVE],
            "allof": k[ck.AO_LIVE], "trf": k[ck.TR_LIVE], "tri": k[ck.TR_LIVE],
            "tl": k[ck.TL_N] if S.hwi[3] else 0}
    changes = {name: _doubled(getattr(S, name)) for name in _GROWN
               if getattr(S, name).shape[0] - used[name] < margin}
    if S.gend.shape[2] - 2 - S.gcount.max() < margin:
        changes |= {"gend": _doubled(S.gend, 2), "grow": _doubled(S.grow, 2),
                    "done": _doubled(S.done), "done_spare": _doubled(S.done_spare)}
    return S._replace(**changes)


def _tally(S: Arrays, accounts: dict[int, CoreAccount]) -> Tally:
    start, end, dram_read, dram_write, shared_read, vector_ops = (int(v) for v in S.tally)
    for core, account in accounts.items():
        (account.dram, account.shared, account.vector, account.idle, account.computer_end,
         account.storer_end) = (int(v) for v in S.acc[core])
    return Tally(start=start, end=end, dram_read_bytes=dram_read, dram_write_bytes=dram_write,
                 shared_read_bytes=shared_read, vector_ops=vector_ops, accounts=accounts,
                 compute_per_core={core: a.busy for core, a in accounts.items()})


def _intervals(S: Arrays, schedule: Schedule) -> list[Interval]:
    name = schedule.op.name
    return [Interval(UNITS[unit], core, name, tile, start, end)
            for unit, core, tile, start, end in S.tl[:S.k[ck.TL_N]].tolist()]
