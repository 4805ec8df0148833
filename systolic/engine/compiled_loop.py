"""The compiled loop itself: the op, storer and split-K sum processes, resuming
processes, a signal's waiters, and the loop over the heap (``kernel.Kernel.run``).

``run`` returns ``FINISHED`` when nothing is scheduled, ``GROW`` when a
table runs low between two events, and ``PAUSED`` when a process stopped
for the caller (a table runs low inside a long step, or tiles to report);
the caller grows the tables or reports, and calls it again, which first
finishes what was paused (the process, then the rest of the signal's
waiters) as if it had never stopped.
"""

from __future__ import annotations

from numba import njit

from systolic.engine.compiled_kernel import (
    CURRENT, DONE, E_ADMIT, E_BSERVE, E_GRANT, E_PROC, E_QSERVE, E_SIG, E_TIMER, HEAP_N,
    NORMAL, NOW, PEND_NODE, PEND_PROC, PEND_SIG, TRIG, VALUE, WHEAD, WTAIL, add_waiter, call_at,
    fire, free_node, new_signal, next_order, pop, push, ref, unref,
)
from systolic.engine.compiled_loads import (
    DRAM, H_LANES, H_IN_ORDER, H_LAUNCH, T_OREL, T_STORE, TL_CORE, TL_INDEX, TL_TYPE,
    TS_DMA_START, TS_STORE_START,
)
from systolic.engine.compiled_memory import admit, on_timer, request
from systolic.engine.compiled_processes import (
    ALL_ON, CORE, ENDED, I, KIND, N, P_COMPUTER, P_LOADER, P_OP, P_STORER, PC,
    PENDING_STORES, S1, START, TILE, U_DMA_IN, U_DMA_OUT, U_VECTOR, A_STORER_END, Y_DONE,
    Y_INT, Y_PAUSE, Y_SIG, low, record, step_computer, step_loader,
)
from systolic.engine.compiled_units import (
    W_ALLOF, W_PROC, W_STORED, acquire, all_of, count, get, give, grant, granted,
    release, serve_buffer, serve_queue,
)

FINISHED, GROW, PAUSED = 0, 1, 2
OP_ENDED = 3  # the op process's PC once it has returned
START_, END_, DRAM_READ, DRAM_WRITE, SHARED_READ, VECTOR_OPS = range(6)  # State.tally
R_CORE, R_BLOCK, R_ELEMENTS, R_READ, R_WRITE, R_WAITS, R_NWAITS = range(7)  # State.red


@njit(cache=True)
def _start_process(S, p):
    """``Kernel.process``: an urgent start now; ``ENDED`` fires when it returns."""
    S.proc[p, ENDED] = new_signal(S)
    push(S, S.k[NOW], next_order(S), E_PROC, p, 0)


@njit(cache=True)
def begin(S):
    """``Engine.run``: the op's process starts at cycle 0."""
    _start_process(S, 0)


@njit(cache=True)
def step_op(S, p):
    """``Engine._op``: its launch wait, then every core's three processes and the
    split-K sums, and its end once they have all returned."""
    pr, k = S.proc[p], S.k
    if pr[PC] == 0:
        S.tally[START_] = k[NOW]
        pr[PC] = 1
        if S.hwi[H_LAUNCH]:
            return Y_INT, S.hwi[H_LAUNCH]
    if pr[PC] == 1:
        for g in range(S.stored.shape[0]):
            if S.stored[g] == -2:  # a split-K part's last tile: its sum waits for it
                S.stored[g] = new_signal(S)
        for r in range(S.red.shape[0]):
            for i in range(S.red[r, R_WAITS], S.red[r, R_WAITS] + S.red[r, R_NWAITS]):
                S.redw[i] = S.stored[S.redw_tile[i]]
        for q in range(1, S.proc.shape[0]):
            _start_process(S, q)
        pr[PC], pr[S1] = 2, all_of(S, S.proc[:, ENDED], 1, S.proc.shape[0] - 1)
        return Y_SIG, pr[S1]
    S.tally[END_] = k[NOW]
    fire(S, new_signal(S), 0)  # the op's ``finished``: nobody waits for it here
    pr[PC] = OP_ENDED
    return Y_DONE, 0


@njit(cache=True)
def step_storer(S, p, value):
    """``_storer``: post each finished output block's store as it comes."""
    pr, core, k = S.proc[p], S.proc[p, CORE], S.k
    while True:
        if pr[PC] == 0:
            if pr[I] == pr[N]:  # yield kernel.all_of(posted)
                pr[PC], pr[ALL_ON], pr[S1] = 2, 1, new_signal(S)
                if not pr[PENDING_STORES]:
                    fire(S, pr[S1], 0)
                return Y_SIG, pr[S1]
            if low(S):
                k[PEND_PROC] = p
                return Y_PAUSE, 0
            got, tile = get(S, 2 * core + 1)
            pr[PC], pr[S1], pr[TILE] = 1, got, tile
            if got >= 0:
                return Y_SIG, got
        elif pr[PC] == 1:
            if pr[S1] >= 0:
                unref(S, pr[S1])
                pr[TILE] = value
            g = pr[TILE]
            nbytes = S.ttype[S.tile[g, TL_TYPE], T_STORE]
            S.tally[DRAM_WRITE] += nbytes
            source = S.core_tiles.shape[0] + core if S.hwi[H_IN_ORDER] else -1  # its stores
            moved = request(S, DRAM, nbytes, S.hwf[0], source)
            pr[PENDING_STORES] += 1
            S.tstate[g, TS_STORE_START] = k[NOW]
            add_waiter(S, moved, W_STORED, g)
            unref(S, moved)
            pr[PC], pr[S1], pr[I] = 0, -1, pr[I] + 1
        else:
            unref(S, pr[S1])
            S.acc[core, A_STORER_END] = k[NOW]
            return Y_DONE, 0


@njit(cache=True)
def _stored(S, g):
    """A store is in (``_on_stored``'s finish): record it, free its output
    room, tell a split-K sum; the storer's wait for all its stores counts it."""
    core = S.tile[g, TL_CORE]
    record(S, U_DMA_OUT, core, S.tile[g, TL_INDEX], S.tstate[g, TS_STORE_START], S.k[NOW])
    release_bytes = S.ttype[S.tile[g, TL_TYPE], T_OREL]
    if release_bytes:
        give(S, 3 * core + 2, release_bytes)
    if S.stored[g] >= 0:
        fire(S, S.stored[g], 0)
    storer = S.core_storer[core]
    S.proc[storer, PENDING_STORES] -= 1
    if S.proc[storer, ALL_ON] and not S.proc[storer, PENDING_STORES]:
        fire(S, S.proc[storer, S1], 0)


@njit(cache=True)
def step_reduce(S, p):
    """``_reduce``: once every part is stored, read the parts, sum them on the
    core's vector unit and write the sum."""
    pr, k = S.proc[p], S.k
    r = pr[I]
    core = S.red[r, R_CORE]
    while True:
        pc = pr[PC]
        if pc == 0:
            pr[PC], pr[S1] = 1, all_of(S, S.redw, S.red[r, R_WAITS], S.red[r, R_NWAITS])
            return Y_SIG, pr[S1]
        if pr[S1] >= 0:
            unref(S, pr[S1])
            pr[S1] = -1
        if pc == 1:  # yield core.vector.acquire() or self._granted()
            slot = acquire(S, 2 * core + 1)
            pr[PC], pr[S1] = 2, slot if slot >= 0 else granted(S)
            return Y_SIG, pr[S1]
        if pc == 2 or pc == 4:
            if pc == 2:
                pr[START] = k[NOW]
                nbytes = S.red[r, R_READ]
                S.tally[DRAM_READ] += nbytes
            else:
                nbytes = S.red[r, R_WRITE]
                S.tally[DRAM_WRITE] += nbytes
                S.tally[VECTOR_OPS] += S.red[r, R_ELEMENTS]
            pr[PC], pr[S1] = pc + 1, request(S, DRAM, nbytes, S.hwf[0], -1)
            if not S.sig[pr[S1], TRIG]:
                return Y_SIG, pr[S1]
            continue
        if pc == 3:
            pr[PC] = 4
            return Y_INT, -(-S.red[r, R_ELEMENTS] // S.hwi[H_LANES])
        record(S, U_VECTOR, core, S.red[r, R_BLOCK], pr[START], k[NOW])
        release(S, 2 * core + 1)
        return Y_DONE, 0


@njit(cache=True)
def _step(S, p, value):
    kind = S.proc[p, KIND]
    if kind == P_COMPUTER:
        return step_computer(S, p, value)
    if kind == P_LOADER:
        return step_loader(S, p)
    if kind == P_STORER:
        return step_storer(S, p, value)
    if kind == P_OP:
        return step_op(S, p)
    return step_reduce(S, p)


@njit(cache=True)
def resume(S, p, value):
    """``Kernel._resume``: step process ``p`` until it waits for something not
    yet processed; whether it paused."""
    while True:
        code, arg = _step(S, p, value)
        if code == Y_INT:
            call_at(S, S.k[NOW] + arg, E_PROC, p, 0)
            return False
        if code == Y_SIG:
            if S.sig[arg, DONE]:
                value = S.sig[arg, VALUE]
                continue
            add_waiter(S, arg, W_PROC, p)
            return False
        if code == Y_DONE:
            fire(S, S.proc[p, ENDED], 0)
            return False
        return True


@njit(cache=True)
def run_waiters(S, s, node):
    """Run signal ``s``'s waiters from ``node`` on; whether one paused (the
    rest are kept for the next call)."""
    value = S.sig[s, VALUE]
    while node >= 0:
        kind, arg, following = S.node[node, 0], S.node[node, 1], S.node[node, 2]
        free_node(S, node)
        if kind == W_PROC:
            if resume(S, arg, value):
                S.k[PEND_SIG], S.k[PEND_NODE] = s, following
                return True
        elif kind == W_ALLOF:
            count(S, arg)
        elif kind == W_STORED:
            _stored(S, arg)
        else:  # W_DMA_IN: the loads of a tile are in
            record(S, U_DMA_IN, S.tile[arg, TL_CORE], S.tile[arg, TL_INDEX],
                   S.tstate[arg, TS_DMA_START], S.k[NOW])
        node = following
    unref(S, s)  # the hold ``_dispatch`` took while the waiters run
    return False


@njit(cache=True)
def _dispatch(S, kind, a, b, order):
    """One heap entry; whether it paused."""
    if kind == E_SIG:
        S.sig[a, DONE] = 1
        ref(S, a)  # not recycled before its last waiter has run
        node = S.sig[a, WHEAD]
        S.sig[a, WHEAD], S.sig[a, WTAIL] = -1, -1
        return run_waiters(S, a, node)
    if kind == E_PROC:
        return resume(S, a, b)
    if kind == E_ADMIT:
        admit(S, a, b)
    elif kind == E_TIMER:
        on_timer(S, a, S.k[NOW], order)
    elif kind == E_GRANT:
        grant(S, a)
    elif kind == E_BSERVE:
        serve_buffer(S, a)
    elif kind == E_QSERVE:
        serve_queue(S, a)
    else:  # E_FIRE: a transfer past its latency with nothing to move
        fire(S, a, 0)
    return False


@njit(cache=True)
def run(S):
    """``Kernel.run`` until nothing is scheduled (``FINISHED``), a table runs
    low (``GROW``) or a process paused (``PAUSED``)."""
    k = S.k
    if k[PEND_PROC] >= 0:
        p = k[PEND_PROC]
        k[PEND_PROC] = -1
        if resume(S, p, 0):
            return PAUSED
        if k[PEND_SIG] >= 0:
            s = k[PEND_SIG]
            k[PEND_SIG] = -1
            if run_waiters(S, s, k[PEND_NODE]):
                return PAUSED
    heap = S.heap
    while k[HEAP_N] > 0:
        if low(S):
            return GROW
        row = pop(S)
        k[NOW] = heap[row, 0]
        key = heap[row, 1]
        order = key - NORMAL if key >= NORMAL else key
        if key >= NORMAL:
            k[CURRENT] = order
        if _dispatch(S, heap[row, 2], heap[row, 3], heap[row, 4], order):
            return PAUSED
    return FINISHED
