"""The compiled event loop's kernel: the heap, signals, units, buffers and queues in numba.

The same semantics as ``kernel.py`` (SimPy's order of same-cycle events,
the two-step hand-over of a freed unit, returned bytes and a put item, the
reserved places of returns nobody waits for), written over arrays so that
numba compiles it: a run's whole state is one ``State`` of numpy arrays
(``compiled_state.py``), every object an index into a table of them.

- The heap holds rows (cycle, key, kind, a, b): ``key`` orders entries
  of a cycle (a process start is urgent: its key is its order; anything
  else is ``NORMAL`` plus its order), ``kind`` says what to do with the
  arguments ``a`` and ``b``. It is CPython's ``heapq``, step for step.
- A signal is a row (triggered, processed, value, first waiter, last
  waiter, references). Its waiters are nodes of a linked list: a process
  to resume, a condition to count, or a record to finish. A signal is
  recycled once it is processed and nobody holds it (its references:
  whoever made it and whoever keeps it in a queue item).
- Lists (a unit's queue, a buffer's takers, a pool's transfers waiting)
  are linked lists of ``node`` rows, recycled as they are consumed.

Tables grow only between events: the loop stops when one runs low
(``low``) and the caller reallocates and calls again (``compiled.py``).
"""

from __future__ import annotations

from numba import njit

# --- the kernel's scalars (State.k) ---------------------------------------------
NOW, CURRENT, ORDER, HEAP_N = 0, 1, 2, 3
SIG_FREE, SIG_N, NODE_FREE, NODE_N, AO_FREE, AO_N, TR_FREE, TR_N = 4, 5, 6, 7, 8, 9, 10, 11
TL_N, TILES_DONE, PEND_PROC, PEND_SIG, PEND_NODE = 12, 13, 14, 15, 16
LRU_HEAD, LRU_TAIL, LRU_HELD, LRU_CAP, MARGIN = 17, 18, 19, 20, 21
SIG_LIVE, NODE_LIVE, AO_LIVE, TR_LIVE, PROGRESS, REPORT = 22, 23, 24, 25, 26, 27
K_FIELDS = 28

NORMAL = 1 << 61  # added to an entry's order unless it starts a process (urgent)

# --- heap entry kinds -----------------------------------------------------------
E_SIG, E_PROC, E_GRANT, E_BSERVE, E_QSERVE, E_ADMIT, E_TIMER, E_FIRE = range(8)

# --- signal columns -------------------------------------------------------------
TRIG, DONE, VALUE, WHEAD, WTAIL, REFS = range(6)


@njit(cache=True)
def _less(h, i, j):
    return h[i, 0] < h[j, 0] or (h[i, 0] == h[j, 0] and h[i, 1] < h[j, 1])


@njit(cache=True)
def _copy_row(h, to, frm):
    for c in range(5):
        h[to, c] = h[frm, c]


@njit(cache=True)
def push(S, cycle, key, kind, a, b):
    """heapq.heappush of (cycle, key, kind, a, b); row n is scratch."""
    h, k = S.heap, S.k
    pos = k[HEAP_N]
    k[HEAP_N] = pos + 1
    h[pos, 0], h[pos, 1], h[pos, 2], h[pos, 3], h[pos, 4] = cycle, key, kind, a, b
    _sift_down(h, 0, pos)


@njit(cache=True)
def _sift_down(h, start, pos):
    scratch = h.shape[0] - 1
    _copy_row(h, scratch, pos)
    while pos > start:
        parent = (pos - 1) >> 1
        if _less(h, scratch, parent):
            _copy_row(h, pos, parent)
            pos = parent
            continue
        break
    _copy_row(h, pos, scratch)


@njit(cache=True)
def pop(S):
    """heapq.heappop into the scratch row second from the end (returned)."""
    h, k = S.heap, S.k
    out = h.shape[0] - 2
    n = k[HEAP_N] - 1
    k[HEAP_N] = n
    if n == 0:
        _copy_row(h, out, 0)
        return out
    _copy_row(h, out, 0)
    _copy_row(h, 0, n)
    scratch = h.shape[0] - 1
    _copy_row(h, scratch, 0)
    pos, child = 0, 1
    while child < n:
        right = child + 1
        if right < n and not _less(h, child, right):
            child = right
        _copy_row(h, pos, child)
        pos, child = child, 2 * child + 1
    _copy_row(h, pos, scratch)
    _sift_down(h, 0, pos)
    return out


@njit(cache=True)
def next_order(S):
    S.k[ORDER] += 1
    return S.k[ORDER]


@njit(cache=True)
def call_at(S, cycle, kind, a, b):
    push(S, cycle, NORMAL + next_order(S), kind, a, b)


@njit(cache=True)
def call_reserved(S, order, kind, a):
    """Call at the current cycle in a reserved place, if the loop has not passed it."""
    if order > S.k[CURRENT]:
        push(S, S.k[NOW], NORMAL + order, kind, a, 0)


# --- recycled tables --------------------------------------------------------------

@njit(cache=True)
def allocate(k, free, high, live, links, column):
    """A row of a recycled table: the first on its free list (linked through
    ``links[row, column]``), else a new one past the highest used."""
    row = k[free]
    if row >= 0:
        k[free] = links[row, column]
    else:
        row = k[high]
        k[high] = row + 1
    k[live] += 1
    return row


@njit(cache=True)
def recycle(k, free, live, links, column, row):
    """Put ``row`` back on its table's free list."""
    links[row, column] = k[free]
    k[free] = row
    k[live] -= 1


# --- signals --------------------------------------------------------------------

@njit(cache=True)
def new_signal(S):
    sig = S.sig
    s = allocate(S.k, SIG_FREE, SIG_N, SIG_LIVE, sig, VALUE)
    sig[s, TRIG], sig[s, DONE], sig[s, VALUE] = 0, 0, 0
    sig[s, WHEAD], sig[s, WTAIL], sig[s, REFS] = -1, -1, 1
    return s


@njit(cache=True)
def _free_signal(S, s):
    recycle(S.k, SIG_FREE, SIG_LIVE, S.sig, VALUE, s)
    S.sig[s, REFS] = -1


@njit(cache=True)
def ref(S, s):
    S.sig[s, REFS] += 1


@njit(cache=True)
def unref(S, s):
    """Drop a hold on ``s``: recycled if it is processed and nobody else holds it."""
    sig = S.sig
    sig[s, REFS] -= 1
    if sig[s, REFS] == 0 and sig[s, DONE]:
        _free_signal(S, s)


@njit(cache=True)
def fire(S, s, value):
    S.sig[s, TRIG] = 1
    S.sig[s, VALUE] = value
    call_at(S, S.k[NOW], E_SIG, s, 0)


@njit(cache=True)
def timeout(S, cycles):
    """A signal processed ``cycles`` from now; nobody holds it."""
    s = new_signal(S)
    S.sig[s, TRIG] = 1
    S.sig[s, REFS] = 0
    call_at(S, S.k[NOW] + cycles, E_SIG, s, 0)
    return s


# --- nodes: linked lists --------------------------------------------------------

@njit(cache=True)
def new_node(S, a, b):
    node = S.node
    n = allocate(S.k, NODE_FREE, NODE_N, NODE_LIVE, node, 2)
    node[n, 0], node[n, 1], node[n, 2] = a, b, -1
    return n


@njit(cache=True)
def free_node(S, n):
    recycle(S.k, NODE_FREE, NODE_LIVE, S.node, 2, n)


@njit(cache=True)
def append(S, table, row, head, tail, a, b):
    """Append a node (a, b) to the list whose head and tail are table[row, head/tail]."""
    n = new_node(S, a, b)
    if table[row, tail] >= 0:
        S.node[table[row, tail], 2] = n
    else:
        table[row, head] = n
    table[row, tail] = n
    return n


@njit(cache=True)
def pop_left(S, table, row, head, tail):
    """Unlink the first node of a list; returns it (the caller frees it)."""
    n = table[row, head]
    table[row, head] = S.node[n, 2]
    if table[row, head] < 0:
        table[row, tail] = -1
    return n


@njit(cache=True)
def add_waiter(S, s, kind, arg):
    append(S, S.sig, s, WHEAD, WTAIL, kind, arg)
