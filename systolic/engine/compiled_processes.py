"""The engine's processes on the compiled loop: ``processes.py``'s op, loader,
computer, storer and split-K sum, as state machines.

A process is a row of registers (``State.proc``): its kind, where it is
(``PC``: the yield it resumes after), its core, its position in its tiles,
and what it holds. A step runs a process from there to its next wait and
says what it waits for (``Y_INT`` cycles, ``Y_SIG`` a signal), that it
ended (``Y_DONE``), or that the loop must stop for the caller first
(``Y_PAUSE``: a table runs low, or tiles to report) with nothing half
done. Each step's comments name the generator line it stands for.
"""

from __future__ import annotations

from numba import njit

from systolic.engine.compiled_kernel import (
    AO_LIVE, HEAP_N, MARGIN, NODE_LIVE, NOW, PEND_PROC, PROGRESS, REPORT, SIG_LIVE, TILES_DONE,
    TL_N, TR_LIVE, TRIG, ref, timeout, unref,
)
from systolic.engine.compiled_loads import (
    H_LATENCY, H_RECORD, T_COMPUTE, T_IHOLD, T_IREL, T_KSLICES, T_LASTK, T_OHOLD, T_VECTOR,
    T_WHOLD, T_WREL, TL_INDEX, TL_TYPE, TS_ARRIVED, TS_DMA_START, TS_FIRST, TS_SHARED, fetch,
)
from systolic.engine.compiled_units import (
    W_DMA_IN, acquire, add_waiter, all_of2, get, give, put, release, take,
)

Y_INT, Y_SIG, Y_DONE, Y_PAUSE = 0, 1, 2, 3
P_OP, P_LOADER, P_COMPUTER, P_STORER, P_REDUCE = 0, 1, 2, 3, 4
KIND, PC, CORE, I, WAITED, START, S1, S2, ENDED, TILE, LAST, N, PENDING_STORES, ALL_ON = \
    range(14)
PROC_FIELDS = 14
U_DMA_IN, U_ARRAY, U_VECTOR, U_DMA_OUT = 0, 1, 2, 3  # timeline units
A_DRAM, A_SHARED, A_VECTOR, A_IDLE, A_COMPUTER_END, A_STORER_END = range(6)  # State.acc
PROGRESS_TILES = 4096  # tiles between two reports (``processes.PROGRESS_TILES``)


@njit(cache=True)
def low(S):
    """Whether some table has fewer free rows than one step may need."""
    k, margin = S.k, S.k[MARGIN]
    return (S.sig.shape[0] - k[SIG_LIVE] < margin or S.node.shape[0] - k[NODE_LIVE] < margin
            or S.allof.shape[0] - k[AO_LIVE] < margin or S.tri.shape[0] - k[TR_LIVE] < margin
            or S.heap.shape[0] - 2 - k[HEAP_N] < margin
            or S.hwi[H_RECORD] and S.tl.shape[0] - k[TL_N] < margin
            or S.gend.shape[2] - 2 - S.gcount.max() < margin)


@njit(cache=True)
def record(S, unit, core, tile_index, start, end):
    if S.hwi[H_RECORD]:
        n = S.k[TL_N]
        S.tl[n, 0], S.tl[n, 1], S.tl[n, 2], S.tl[n, 3], S.tl[n, 4] = \
            unit, core, tile_index, start, end
        S.k[TL_N] = n + 1


@njit(cache=True)
def _operands_waited(S, core, cycles, g):
    """``CoreAccount.waited_for_operands``."""
    S.acc[core, A_SHARED if S.tstate[g, TS_SHARED] else A_DRAM] += cycles


@njit(cache=True)
def step_loader(S, p):
    """``_loader``: take each tile's buffer room, then issue its loads."""
    pr, core = S.proc[p], S.proc[p, CORE]
    while True:
        g = S.core_tiles[core, 0] + pr[I]
        if pr[PC] == 0:
            if pr[I] == pr[N]:
                return Y_DONE, 0
            if low(S):
                S.k[PEND_PROC] = p
                return Y_PAUSE, 0
            pr[PC], hold = 1, S.ttype[S.tile[g, TL_TYPE], T_IHOLD]
            if hold:  # wait = core.input_buffer.take(...)
                pr[S1] = take(S, 3 * core, hold)
                if pr[S1] >= 0:
                    return Y_SIG, pr[S1]
        if pr[PC] == 1:
            if pr[S1] >= 0:
                unref(S, pr[S1])
            pr[PC], pr[S1], hold = 2, -1, S.ttype[S.tile[g, TL_TYPE], T_WHOLD]
            if hold:  # wait = core.weight_buffer.take(...)
                pr[S1] = take(S, 3 * core + 1, hold)
                if pr[S1] >= 0:
                    return Y_SIG, pr[S1]
        if pr[PC] == 2:
            if pr[S1] >= 0:
                unref(S, pr[S1])
            pr[PC], pr[S1] = 3, -1
            if _issue(S, g, core):
                pr[S1] = S.tstate[g, TS_ARRIVED]
                ref(S, pr[S1])  # the loader holds it while it waits
                return Y_SIG, pr[S1]
        if pr[S1] >= 0:
            unref(S, pr[S1])
        pr[PC], pr[S1], pr[I] = 0, -1, pr[I] + 1


@njit(cache=True)
def _issue(S, g, core):
    """Fetch tile ``g``, record its DMA, hand it to the computer; whether the
    loader then waits for it (a K-streaming tile long enough to hide DRAM)."""
    fetch(S, g, core)
    arrived = S.tstate[g, TS_ARRIVED]
    if S.hwi[H_RECORD]:
        S.tstate[g, TS_DMA_START] = S.k[NOW]
        add_waiter(S, arrived, W_DMA_IN, g)
    put(S, 2 * core)
    ty = S.ttype[S.tile[g, TL_TYPE]]
    return ty[T_KSLICES] > 1 and ty[T_COMPUTE] >= S.hwi[H_LATENCY] and not S.sig[arrived, TRIG]


@njit(cache=True)
def step_computer(S, p, value):
    """``_computer``: each tile once its first loads are in and its output has room."""
    pr, core, k = S.proc[p], S.proc[p, CORE], S.k
    while True:
        pc = pr[PC]
        if pc == 0:
            if pr[I] == pr[N]:
                S.acc[core, A_COMPUTER_END] = k[NOW]
                return Y_DONE, 0
            pr[WAITED] = k[NOW]
            got, tile = get(S, 2 * core)
            pr[PC], pr[S1], pr[TILE] = 1, got, tile
            if got >= 0:
                return Y_SIG, got
        elif pc == 1:
            if pr[S1] >= 0:
                unref(S, pr[S1])
                pr[TILE] = value
            pr[PC], pr[S1] = 2, -1
            first = S.tstate[pr[TILE], TS_FIRST]
            if not S.sig[first, TRIG]:
                return Y_SIG, first
        elif pc == 2:
            g = pr[TILE]
            _operands_waited(S, core, k[NOW] - pr[WAITED], g)
            pr[PC], hold = 4, S.ttype[S.tile[g, TL_TYPE], T_OHOLD]
            if hold:
                pr[S1] = take(S, 3 * core + 2, hold)
                if pr[S1] >= 0:
                    pr[PC], pr[WAITED] = 3, k[NOW]
                    return Y_SIG, pr[S1]
        elif pc == 3:
            unref(S, pr[S1])
            pr[PC], pr[S1] = 4, -1
            S.acc[core, A_DRAM] += k[NOW] - pr[WAITED]  # room the stores free
        elif pc == 4:
            if S.ttype[S.tile[pr[TILE], TL_TYPE], T_VECTOR]:
                pr[PC] = 10
            else:
                code, arg = _array_tile(S, p)
                if code >= 0:
                    return code, arg
        elif pc < 10:
            code, arg = _array_tile(S, p)
            if code >= 0:
                return code, arg
        elif pc < 20:
            code, arg = _vector_tile(S, p)
            if code >= 0:
                return code, arg
        else:
            if _tile_done(S, p):
                k[PEND_PROC] = p
                return Y_PAUSE, 0


@njit(cache=True)
def _array_tile(S, p):
    """The arrays alone: acquire them, run the tile (its last K slice after all
    its loads), release. (-1, 0) when the step goes on without waiting."""
    pr, core, k = S.proc[p], S.proc[p, CORE], S.k
    g = pr[TILE]
    ty = S.ttype[S.tile[g, TL_TYPE]]
    if pr[PC] == 4:
        pr[PC], pr[S1] = 6, acquire(S, 2 * core)
        if pr[S1] >= 0:
            pr[PC], pr[WAITED] = 5, k[NOW]
            return Y_SIG, pr[S1]
        return -1, 0
    if pr[PC] == 5:
        unref(S, pr[S1])
        pr[PC], pr[S1] = 6, -1
        S.acc[core, A_IDLE] += k[NOW] - pr[WAITED]  # another op's tile
        return -1, 0
    cycles = ty[T_COMPUTE]
    if pr[PC] == 6:
        pr[START] = k[NOW]
        arrived = S.tstate[g, TS_ARRIVED]
        if S.sig[arrived, TRIG]:
            pr[PC] = 9
            return Y_INT, cycles
        pr[LAST] = cycles // ty[T_KSLICES]
        ticks = timeout(S, cycles - pr[LAST])
        pr[PC], pr[S1] = 7, all_of2(S, ticks, arrived)
        return Y_SIG, pr[S1]
    if pr[PC] == 7:
        unref(S, pr[S1])
        pr[PC], pr[S1] = 8, -1
        return Y_INT, pr[LAST]
    if pr[PC] == 8:
        _operands_waited(S, core, k[NOW] - pr[START] - cycles, g)
    record(S, U_ARRAY, core, S.tile[g, TL_INDEX], pr[START], k[NOW])
    release(S, 2 * core)
    pr[PC] = 20
    return -1, 0


@njit(cache=True)
def _vector_tile(S, p):
    """``_with_vector``: once all its loads are in, the tile's vector work beside
    its array work, if any."""
    pr, core, k = S.proc[p], S.proc[p, CORE], S.k
    g = pr[TILE]
    ty = S.ttype[S.tile[g, TL_TYPE]]
    compute, vector = ty[T_COMPUTE], ty[T_VECTOR]
    if pr[PC] == 10:
        pr[PC], pr[WAITED] = 11, k[NOW]
        arrived = S.tstate[g, TS_ARRIVED]
        if not S.sig[arrived, TRIG]:
            return Y_SIG, arrived
        return -1, 0
    if pr[PC] == 11:
        _operands_waited(S, core, k[NOW] - pr[WAITED], g)
        pr[S1] = acquire(S, 2 * core) if compute else -1
        pr[S2] = acquire(S, 2 * core + 1)
        pr[PC], pr[WAITED] = 12, k[NOW]
        if pr[S1] >= 0:
            return Y_SIG, pr[S1]
        return -1, 0
    if pr[PC] == 12:
        S.acc[core, A_IDLE] += k[NOW] - pr[WAITED]  # another op's tile
        pr[PC], pr[WAITED] = 13, k[NOW]
        if pr[S2] >= 0:
            return Y_SIG, pr[S2]
        return -1, 0
    if pr[PC] == 13:
        S.acc[core, A_VECTOR] += k[NOW] - pr[WAITED]  # a split-K sum or another op's work
        if pr[S1] >= 0:
            unref(S, pr[S1])
        if pr[S2] >= 0:
            unref(S, pr[S2])
        pr[PC], pr[S1], pr[S2], pr[START] = 14, -1, -1, k[NOW]
        return Y_INT, max(compute, vector)
    start = pr[START]
    if compute:
        release(S, 2 * core)
        record(S, U_ARRAY, core, S.tile[g, TL_INDEX], start, start + compute)
    release(S, 2 * core + 1)
    record(S, U_VECTOR, core, S.tile[g, TL_INDEX], start, start + vector)
    pr[PC] = 20
    return -1, 0


@njit(cache=True)
def _tile_done(S, p):
    """Give the tile's buffer room back, pass a finished output block on;
    whether the tiles done reach a report."""
    pr, core, k = S.proc[p], S.proc[p, CORE], S.k
    g = pr[TILE]
    ty = S.ttype[S.tile[g, TL_TYPE]]
    if ty[T_IREL]:
        give(S, 3 * core, ty[T_IREL])
    if ty[T_WREL]:
        give(S, 3 * core + 1, ty[T_WREL])
    if ty[T_LASTK]:
        put(S, 2 * core + 1)
    unref(S, S.tstate[g, TS_FIRST])
    unref(S, S.tstate[g, TS_ARRIVED])
    pr[PC], pr[I] = 0, pr[I] + 1
    k[TILES_DONE] += 1
    k[REPORT] = k[PROGRESS] != 0 and k[TILES_DONE] % PROGRESS_TILES == 0
    return k[REPORT]
