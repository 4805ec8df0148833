"""The compiled loop's conditions, units, buffers and queues (``kernel.py``'s
``_AllOf``, ``Unit``, ``Buffer`` and ``Queue``, step for step, over arrays).

- A condition (all of several signals) is a row (left, signal): each of
  its signals counts it down when processed, and the last fires it.
- A unit is a row (busy, first waiter, last waiter); a request is a
  signal queued there and fired when the unit is handed over.
- A buffer is a row (free bytes, first taker, last taker, the cycle of
  its unserved returns, their first and last reserved place).
- A queue passes a core's tiles in their order, so it is a row (puts,
  gets, waiting getter): the j-th item is the core's j-th tile (ready
  queue) or its j-th finished output block (done queue).
"""

from __future__ import annotations

from numba import njit

from systolic.engine.compiled_kernel import (
    AO_FREE, AO_LIVE, AO_N, DONE, E_BSERVE, E_GRANT, E_QSERVE, NOW, TRIG, add_waiter,
    allocate, append, call_at, call_reserved, fire, free_node, new_signal, next_order, pop_left, recycle,
    unref,
)

W_PROC, W_ALLOF, W_DMA_IN, W_STORED = 0, 1, 2, 3  # what a waiter node does

BUSY, UHEAD, UTAIL = 0, 1, 2
LEVEL, BHEAD, BTAIL, RCYCLE, RHEAD, RTAIL = 0, 1, 2, 3, 4, 5
PUTS, GETS, GETTER = 0, 1, 2


# --- conditions -----------------------------------------------------------------

@njit(cache=True)
def _new_condition(S, left):
    a = allocate(S.k, AO_FREE, AO_N, AO_LIVE, S.allof, 1)
    out = new_signal(S)
    S.allof[a, 0], S.allof[a, 1] = left, out
    return a, out


@njit(cache=True)
def count(S, a):
    """One of condition ``a``'s signals is processed; the last fires it."""
    ao = S.allof
    ao[a, 0] -= 1
    if ao[a, 0] == 0:
        fire(S, ao[a, 1], 0)
        recycle(S.k, AO_FREE, AO_LIVE, ao, 1, a)


@njit(cache=True)
def _watch(S, a, s):
    if S.sig[s, DONE]:
        count(S, a)
    else:
        add_waiter(S, s, W_ALLOF, a)


@njit(cache=True)
def all_of2(S, first, second):
    """A signal triggered once both are processed (the caller holds it)."""
    a, out = _new_condition(S, 2)
    _watch(S, a, first)
    _watch(S, a, second)
    return out


@njit(cache=True)
def all_of(S, signals, start, n):
    """A signal triggered once signals[start:start+n] are all processed."""
    a, out = _new_condition(S, n)
    if n == 0:
        fire(S, out, 0)
        recycle(S.k, AO_FREE, AO_LIVE, S.allof, 1, a)
    for i in range(start, start + n):
        _watch(S, a, signals[i])
    return out


@njit(cache=True)
def granted(S):
    """A unit granted at once, waited for as SimPy waits for its request: one step."""
    s = new_signal(S)
    fire(S, s, 0)
    return s


# --- units ----------------------------------------------------------------------

@njit(cache=True)
def acquire(S, u):
    """-1 if unit ``u`` was free and is now held; else a signal fired when handed over."""
    unit = S.unit
    if not unit[u, BUSY] and unit[u, UHEAD] < 0:
        unit[u, BUSY] = 1
        return -1
    s = new_signal(S)
    append(S, unit, u, UHEAD, UTAIL, s, 0)
    grant(S, u)
    return s


@njit(cache=True)
def release(S, u):
    S.unit[u, BUSY] = 0
    if S.unit[u, UHEAD] >= 0:
        call_at(S, S.k[NOW], E_GRANT, u, 0)


@njit(cache=True)
def grant(S, u):
    unit = S.unit
    if not unit[u, BUSY] and unit[u, UHEAD] >= 0:
        unit[u, BUSY] = 1
        n = pop_left(S, unit, u, UHEAD, UTAIL)
        s = S.node[n, 0]
        free_node(S, n)
        fire(S, s, 0)


# --- buffers --------------------------------------------------------------------

@njit(cache=True)
def take(S, b, nbytes):
    """-1 if ``nbytes`` of buffer ``b`` are taken now (free, or served with the
    takers before it); else a signal fired once they are."""
    buf = S.buf
    if buf[b, BHEAD] < 0 and buf[b, LEVEL] >= nbytes:
        buf[b, LEVEL] -= nbytes
        return -1
    s = new_signal(S)
    append(S, buf, b, BHEAD, BTAIL, nbytes, s)
    serve_buffer(S, b)  # as SimPy's get does: the head may fit already
    if buf[b, RCYCLE] == S.k[NOW]:
        while buf[b, RHEAD] >= 0:
            n = pop_left(S, buf, b, RHEAD, RTAIL)
            call_reserved(S, S.node[n, 0], E_BSERVE, b)
            free_node(S, n)
    if S.sig[s, TRIG]:
        unref(S, s)
        return -1
    return s


@njit(cache=True)
def give(S, b, nbytes):
    """Return ``nbytes``; takers waiting are served once the return is processed."""
    buf, k = S.buf, S.k
    buf[b, LEVEL] += nbytes
    if buf[b, BHEAD] >= 0:
        call_at(S, k[NOW], E_BSERVE, b, 0)
        return
    if buf[b, RCYCLE] != k[NOW]:
        buf[b, RCYCLE] = k[NOW]
        while buf[b, RHEAD] >= 0:
            free_node(S, pop_left(S, buf, b, RHEAD, RTAIL))
    append(S, buf, b, RHEAD, RTAIL, next_order(S), 0)


@njit(cache=True)
def serve_buffer(S, b):
    buf, node = S.buf, S.node
    while buf[b, BHEAD] >= 0 and buf[b, LEVEL] >= node[buf[b, BHEAD], 0]:
        n = pop_left(S, buf, b, BHEAD, BTAIL)
        buf[b, LEVEL] -= node[n, 0]
        s = node[n, 1]
        free_node(S, n)
        fire(S, s, 0)


# --- queues ---------------------------------------------------------------------

@njit(cache=True)
def item(S, q, j):
    """The j-th item of queue ``q``: a tile (global index)."""
    core = q >> 1
    if q & 1:
        return S.done_tiles[S.core_done[core, 0] + j]
    return S.core_tiles[core, 0] + j


@njit(cache=True)
def put(S, q):
    S.queue[q, PUTS] += 1
    if S.queue[q, GETTER] >= 0:
        call_at(S, S.k[NOW], E_QSERVE, q, 0)


@njit(cache=True)
def get(S, q):
    """(-1, item) if an item is here; else (signal, 0), the signal's value the item."""
    queue = S.queue
    if queue[q, PUTS] > queue[q, GETS]:
        queue[q, GETS] += 1
        return -1, item(S, q, queue[q, GETS] - 1)
    s = new_signal(S)
    queue[q, GETTER] = s
    return s, 0


@njit(cache=True)
def serve_queue(S, q):
    queue = S.queue
    if queue[q, GETTER] >= 0 and queue[q, PUTS] > queue[q, GETS]:
        getter = queue[q, GETTER]
        queue[q, GETTER] = -1
        queue[q, GETS] += 1
        fire(S, getter, item(S, q, queue[q, GETS] - 1))

