"""DRAM and the shared level on the compiled loop: ``memory.py``'s
``BandwidthPool`` step for step, over arrays.

A pool (0: DRAM, 1: the shared level) keeps its transfers in flight in
cap groups (one per SRAM port width): a group is a heap of (bytes served at
the end, admission order, signal, source), CPython's ``heapq`` algorithm so
that even ties after a rebase pop in the same order. Rates are water-filled
over the groups, lowest cap first; a pool has one timer that counts (the
others carry their place, as in ``memory.py``). A source (a core's DMA
engine) moves its transfers one at a time, the others wait in a list.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from systolic.engine.compiled_kernel import (
    E_ADMIT, E_FIRE, E_TIMER, NORMAL, NOW, TR_FREE, TR_LIVE, TR_N, allocate, append, call_at,
    fire, free_node, new_signal, next_order, pop_left, push, recycle,
)

BYTE_EPSILON = 1e-6
REBASE_BYTES = 2.0 ** 30
LATENCY, CHANNELS, IN_FLIGHT, UPDATED, PORDER, WANT_C, WANT_O = 0, 1, 2, 3, 4, 5, 6
WAIT_HEAD, WAIT_TAIL, TIM_HEAD, TIM_TAIL, ACTIVE_GROUPS = 7, 8, 9, 10, 11
POOL_FIELDS = 12
ACTIVE, HEAD, TAIL = 0, 1, 2  # a source's row


# --- one cap group's heap (CPython heapq over (end, order)) ----------------------

@njit(cache=True)
def _glt(ends, rows, i, j):
    return ends[i] < ends[j] or (ends[i] == ends[j] and rows[i, 0] < rows[j, 0])


@njit(cache=True)
def _gcopy(ends, rows, to, frm):
    ends[to] = ends[frm]
    rows[to, 0], rows[to, 1], rows[to, 2] = rows[frm, 0], rows[frm, 1], rows[frm, 2]


@njit(cache=True)
def _gsift_down(ends, rows, start, pos):
    scratch = ends.shape[0] - 1
    _gcopy(ends, rows, scratch, pos)
    while pos > start:
        parent = (pos - 1) >> 1
        if _glt(ends, rows, scratch, parent):
            _gcopy(ends, rows, pos, parent)
            pos = parent
            continue
        break
    _gcopy(ends, rows, pos, scratch)


@njit(cache=True)
def _gpush(S, pool, g, end, order, signal, source):
    ends, rows = S.gend[pool, g], S.grow[pool, g]
    pos = S.gcount[pool, g]
    S.gcount[pool, g] = pos + 1
    ends[pos] = end
    rows[pos, 0], rows[pos, 1], rows[pos, 2] = order, signal, source
    _gsift_down(ends, rows, 0, pos)


@njit(cache=True)
def _gpop(S, pool, g):
    """Pop the group's first transfer into the row second from the end (returned)."""
    ends, rows = S.gend[pool, g], S.grow[pool, g]
    out, scratch = ends.shape[0] - 2, ends.shape[0] - 1
    n = S.gcount[pool, g] - 1
    S.gcount[pool, g] = n
    _gcopy(ends, rows, out, 0)
    if n == 0:
        return out
    _gcopy(ends, rows, 0, n)
    _gcopy(ends, rows, scratch, 0)
    pos, child = 0, 1
    while child < n:
        right = child + 1
        if right < n and not _glt(ends, rows, child, right):
            child = right
        _gcopy(ends, rows, pos, child)
        pos, child = child, 2 * child + 1
    _gcopy(ends, rows, pos, scratch)
    _gsift_down(ends, rows, 0, pos)
    return out


@njit(cache=True)
def _serve(S, pool, g, nbytes):
    """Every transfer of group ``g`` receives ``nbytes`` more (rebased when large)."""
    served = S.gserved[pool, g] + nbytes
    if served > REBASE_BYTES:
        ends = S.gend[pool, g]
        for i in range(S.gcount[pool, g]):
            ends[i] = ends[i] - served
        served = 0.0
    S.gserved[pool, g] = served


@njit(cache=True)
def _left(S, pool, g):
    return S.gend[pool, g, 0] - S.gserved[pool, g]


@njit(cache=True)
def _group(S, pool, cap):
    """The group of transfers capped at ``cap``, begun afresh if it has none."""
    free = -1
    for g in range(S.gcap.shape[1]):
        if S.gcount[pool, g]:
            if S.gcap[pool, g] == cap:
                return g
        elif free < 0:
            free = g
    S.gcap[pool, free] = cap
    S.gserved[pool, free] = 0.0
    S.pooli[pool, ACTIVE_GROUPS] += 1
    return free


# --- sources and transfers ------------------------------------------------------

@njit(cache=True)
def _new_transfer(S, signal, nbytes, cap, source):
    t = allocate(S.k, TR_FREE, TR_N, TR_LIVE, S.tri, 2)
    S.trf[t, 0], S.trf[t, 1] = nbytes, cap
    S.tri[t, 0], S.tri[t, 1] = signal, source
    return t


@njit(cache=True)
def _free_transfer(S, t):
    recycle(S.k, TR_FREE, TR_LIVE, S.tri, 2, t)


@njit(cache=True)
def _arrive(S, pool, source, t):
    """Whether transfer ``t`` may seek a channel now (its source moves none)."""
    if source < 0:
        return True
    if not S.src[pool, source, ACTIVE]:
        S.src[pool, source, ACTIVE] = 1
        return True
    append(S, S.src[pool], source, HEAD, TAIL, t, 0)
    return False


@njit(cache=True)
def _next_of(S, pool, source):
    """The transfer ``source`` moves after the one that just ended, or -1."""
    if source < 0:
        return -1
    if S.src[pool, source, HEAD] >= 0:
        n = pop_left(S, S.src[pool], source, HEAD, TAIL)
        t = S.node[n, 0]
        free_node(S, n)
        return t
    S.src[pool, source, ACTIVE] = 0
    return -1


@njit(cache=True)
def request(S, pool, nbytes, cap, source):
    """Start moving ``nbytes`` now; the signal (held by the caller) fires when
    the last byte is in."""
    k = S.k
    arrived = new_signal(S)
    latency = S.pooli[pool, LATENCY]
    if nbytes <= 0 or S.poolf[pool] == math.inf and cap == math.inf:
        if latency and nbytes > 0:
            call_at(S, k[NOW] + latency, E_FIRE, arrived, 0)
        else:
            fire(S, arrived, 0)
        return arrived
    t = _new_transfer(S, arrived, float(nbytes), cap, source)
    if latency:
        call_at(S, k[NOW] + latency, E_ADMIT, pool, t)
    else:
        admit(S, pool, t)
    return arrived


@njit(cache=True)
def admit(S, pool, t):
    """Transfer ``t`` is past its latency: start it, or queue it for a channel
    or behind its source's."""
    settle(S, pool)
    if _arrive(S, pool, S.tri[t, 1], t):
        if S.pooli[pool, IN_FLIGHT] < S.pooli[pool, CHANNELS]:
            _start(S, pool, S.tri[t, 0], S.trf[t, 0], S.trf[t, 1], S.tri[t, 1])
            _free_transfer(S, t)
        else:
            append(S, S.pooli, pool, WAIT_HEAD, WAIT_TAIL, t, 0)
    schedule_next(S, pool)


@njit(cache=True)
def _start(S, pool, signal, nbytes, cap, source):
    g = _group(S, pool, cap)
    _gpush(S, pool, g, S.gserved[pool, g] + nbytes, S.pooli[pool, PORDER], signal, source)
    S.pooli[pool, PORDER] += 1
    S.pooli[pool, IN_FLIGHT] += 1


# --- rates, settling and the timer -----------------------------------------------

@njit(cache=True)
def _rates(S, pool, rates):
    """Water-filling over the groups, lowest cap first (``memory.water_filled``)."""
    groups = np.empty(S.gcap.shape[1], np.int64)
    n = 0
    for g in range(S.gcap.shape[1]):
        if S.gcount[pool, g]:
            i = n
            while i > 0 and S.gcap[pool, groups[i - 1]] > S.gcap[pool, g]:
                groups[i] = groups[i - 1]
                i -= 1
            groups[i] = g
            n += 1
    budget = S.poolf[pool]
    transfers = S.pooli[pool, IN_FLIGHT]
    for i in range(n):
        g = groups[i]
        count = S.gcount[pool, g]
        rate = min(S.gcap[pool, g], budget / transfers)
        rates[g] = rate
        budget -= rate * count
        transfers -= count


@njit(cache=True)
def settle(S, pool):
    """Move every transfer forward to now; finish those with no bytes left."""
    pooli = S.pooli
    now = S.k[NOW]
    elapsed = now - pooli[pool, UPDATED]
    pooli[pool, UPDATED] = now
    if not pooli[pool, ACTIVE_GROUPS]:
        return
    groups = S.gcap.shape[1]
    if elapsed > 0:
        rates = np.empty(groups)
        _rates(S, pool, rates)
        for g in range(groups):
            if S.gcount[pool, g]:
                _serve(S, pool, g, rates[g] * elapsed)
    n = 0
    for g in range(groups):
        if S.gcount[pool, g] and _left(S, pool, g) <= BYTE_EPSILON:
            n += _pop_done(S, pool, g, n)
            if not S.gcount[pool, g]:
                pooli[pool, ACTIVE_GROUPS] -= 1
    if n:
        _finish_done(S, pool, n)


@njit(cache=True)
def _pop_done(S, pool, g, at):
    """Pop group ``g``'s transfers with no bytes left into ``S.done`` from row ``at``."""
    n = 0
    while S.gcount[pool, g] and _left(S, pool, g) <= BYTE_EPSILON:
        row = _gpop(S, pool, g)
        end = S.gend[pool, g, row]
        S.done[at + n, 0] = S.grow[pool, g, row, 0]
        S.done[at + n, 1] = S.grow[pool, g, row, 1]
        S.done[at + n, 2] = S.grow[pool, g, row, 2]
        S.done_spare[at + n] = max(0.0, S.gserved[pool, g] - end)
        n += 1
    return n


@njit(cache=True)
def _finish_done(S, pool, n):
    """Fire the ``n`` finished transfers in admission order, then fill the channels."""
    S.pooli[pool, IN_FLIGHT] -= n
    order = np.argsort(S.done[:n, 0], kind="mergesort") if n > 1 else np.zeros(1, np.int64)
    spares = np.empty(n + 2)
    head, tail = 1, 1
    for i in order:
        fire(S, S.done[i, 1], 0)
        following = _next_of(S, pool, S.done[i, 2])
        if following >= 0:
            append(S, S.pooli, pool, WAIT_HEAD, WAIT_TAIL, following, 0)
        spares[tail] = S.done_spare[i]
        tail += 1
    _start_waiting(S, pool, spares, head, tail)


@njit(cache=True)
def _start_waiting(S, pool, spares, head, tail):
    """``memory.start_waiting``: free channels to waiting transfers, in order,
    the bytes a freed channel could still move this cycle going to the next."""
    pooli = S.pooli
    free = pooli[pool, CHANNELS] - pooli[pool, IN_FLIGHT]
    while pooli[pool, WAIT_HEAD] >= 0 and free > 0:
        node = pop_left(S, pooli, pool, WAIT_HEAD, WAIT_TAIL)
        t = S.node[node, 0]
        free_node(S, node)
        spare = 0.0
        if head < tail:
            spare = spares[head]
            head += 1
        nbytes = S.trf[t, 0]
        if nbytes - spare <= BYTE_EPSILON:
            fire(S, S.tri[t, 0], 0)
            following = _next_of(S, pool, S.tri[t, 1])
            if following >= 0:
                append(S, pooli, pool, WAIT_HEAD, WAIT_TAIL, following, 0)
            head -= 1
            spares[head] = spare - nbytes
            _free_transfer(S, t)
            continue
        _start(S, pool, S.tri[t, 0], nbytes - spare, S.trf[t, 1], S.tri[t, 1])
        _free_transfer(S, t)
        free -= 1


@njit(cache=True)
def _timer_before(S, pool, cycle, order):
    """Whether a timer on the heap is no later than (cycle, order)."""
    n = S.pooli[pool, TIM_HEAD]
    while n >= 0:
        c, o = S.node[n, 0], S.node[n, 1]
        if c < cycle or (c == cycle and o <= order):
            return True
        n = S.node[n, 2]
    return False


@njit(cache=True)
def _arm(S, pool, cycle, order):
    append(S, S.pooli, pool, TIM_HEAD, TIM_TAIL, cycle, order)
    push(S, cycle, NORMAL + order, E_TIMER, pool, 0)


@njit(cache=True)
def schedule_next(S, pool):
    """Arm the timer for the next transfer to finish (``memory.py``'s
    ``_schedule_next``: an entry on the heap no later carries the new time)."""
    pooli = S.pooli
    if not pooli[pool, ACTIVE_GROUPS]:
        pooli[pool, WANT_C] = -1
        return
    rates = np.empty(S.gcap.shape[1])
    _rates(S, pool, rates)
    until = -1
    for g in range(S.gcap.shape[1]):
        if S.gcount[pool, g]:
            cycles = math.ceil(_left(S, pool, g) / rates[g] - BYTE_EPSILON)
            if until < 0 or cycles < until:
                until = cycles
    cycle, order = S.k[NOW] + max(1, until), next_order(S)
    pooli[pool, WANT_C], pooli[pool, WANT_O] = cycle, order
    if not _timer_before(S, pool, cycle, order):
        _arm(S, pool, cycle, order)


@njit(cache=True)
def on_timer(S, pool, cycle, order):
    """A timer entry (cycle, order) came up: settle if it is the one that counts,
    else carry the wanted time if no other entry does."""
    pooli = S.pooli
    previous, n = -1, pooli[pool, TIM_HEAD]
    while S.node[n, 0] != cycle or S.node[n, 1] != order:
        previous, n = n, S.node[n, 2]
    following = S.node[n, 2]
    if previous < 0:
        pooli[pool, TIM_HEAD] = following
    else:
        S.node[previous, 2] = following
    if following < 0:
        pooli[pool, TIM_TAIL] = previous
    free_node(S, n)
    want_c, want_o = pooli[pool, WANT_C], pooli[pool, WANT_O]
    if want_c == cycle and want_o == order:
        settle(S, pool)
        schedule_next(S, pool)
    elif want_c >= 0 and (cycle < want_c or cycle == want_c and order < want_o) \
            and not _timer_before(S, pool, want_c, want_o):
        _arm(S, pool, want_c, want_o)
