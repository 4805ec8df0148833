"""A tile's loads on the compiled loop: where its blocks come from and the DMA
that brings them (``memory.BlockSources``, ``memory.SharedLevel`` and the
engine's ``_fetch`` and ``_request``, step for step).

Block keys are small integers (``compiled.py`` numbers the schedule's key
tuples); the shared level is a least-recently-used list over them, and a
multicast block remembers where its first sharer found it and how many
sharers are still to load it.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from systolic.engine.compiled_kernel import LRU_CAP, LRU_HEAD, LRU_HELD, LRU_TAIL, ref, unref
from systolic.engine.compiled_memory import request
from systolic.engine.compiled_units import all_of2

# a tile type's columns (State.ttype)
(T_COMPUTE, T_VECTOR, T_ILOAD, T_WLOAD, T_IREL, T_WREL, T_OHOLD, T_OREL, T_LASTK, T_STORE,
 T_IHOLD, T_WHOLD, T_KSLICES, T_ISHARERS, T_WSHARERS, T_EPI) = range(16)
TYPE_FIELDS = 16
TL_TYPE, TL_INDEX, TL_IKEY, TL_WKEY, TL_CORE = range(5)  # a tile's row (State.tile)
TS_FIRST, TS_ARRIVED, TS_SHARED, TS_DMA_START, TS_STORE_START = range(5)  # its run state
H_LATENCY, H_LANES, H_SHARED, H_RECORD, H_IN_ORDER, H_LAUNCH = range(6)  # State.hwi
PRESENT, BYTES, PREV, NEXT = range(4)  # a key's row in the shared level (State.lru)
PENDING, FOUND, LEFT = range(3)  # a key's multicast row (State.mc)
DRAM, SHARED = 0, 1  # the pools


@njit(cache=True)
def _unlink(S, key):
    lru, k = S.lru, S.k
    before, after = lru[key, PREV], lru[key, NEXT]
    if before >= 0:
        lru[before, NEXT] = after
    else:
        k[LRU_HEAD] = after
    if after >= 0:
        lru[after, PREV] = before
    else:
        k[LRU_TAIL] = before


@njit(cache=True)
def _link_last(S, key):
    lru, k = S.lru, S.k
    lru[key, PREV], lru[key, NEXT] = k[LRU_TAIL], -1
    if k[LRU_TAIL] >= 0:
        lru[k[LRU_TAIL], NEXT] = key
    else:
        k[LRU_HEAD] = key
    k[LRU_TAIL] = key


@njit(cache=True)
def _holds(S, key):
    """Whether the shared level holds ``key``; a hit refreshes it."""
    if S.lru[key, PRESENT]:
        _unlink(S, key)
        _link_last(S, key)
        return True
    return False


@njit(cache=True)
def _insert(S, key, nbytes):
    """Keep ``key`` after a DRAM fetch, evicting the least recently used."""
    lru, k = S.lru, S.k
    if nbytes > k[LRU_CAP] or lru[key, PRESENT]:
        return
    while k[LRU_HELD] + nbytes > k[LRU_CAP]:
        evicted = k[LRU_HEAD]
        _unlink(S, evicted)
        lru[evicted, PRESENT] = 0
        k[LRU_HELD] -= lru[evicted, BYTES]
    lru[key, PRESENT], lru[key, BYTES] = 1, nbytes
    _link_last(S, key)
    k[LRU_HELD] += nbytes


@njit(cache=True)
def _from_shared(S, key, footprint, sharers):
    mc = S.mc
    if sharers > 1 and mc[key, PENDING]:
        mc[key, LEFT] -= 1
        if not mc[key, LEFT]:
            mc[key, PENDING] = 0
        return mc[key, FOUND] != 0
    found = S.hwi[H_SHARED] != 0 and _holds(S, key)
    if not found and S.hwi[H_SHARED]:
        _insert(S, key, footprint)
    if sharers > 1:
        mc[key, PENDING], mc[key, FOUND], mc[key, LEFT] = 1, found, sharers - 1
    return found


@njit(cache=True)
def _split(S, g):
    """(bytes from DRAM, bytes from the shared level, buffers loaded) of tile ``g``."""
    ty = S.ttype[S.tile[g, TL_TYPE]]
    from_dram = float(ty[T_EPI])
    from_shared = 0.0
    ports = 1 if ty[T_EPI] and not ty[T_ILOAD] else 0
    if ty[T_ILOAD]:
        ports += 1
        footprint = ty[T_IHOLD] - ty[T_EPI]
        share = ty[T_ILOAD] / ty[T_ISHARERS]
        if _from_shared(S, S.tile[g, TL_IKEY], footprint if footprint else ty[T_ILOAD],
                        ty[T_ISHARERS]):
            from_shared += share
        else:
            from_dram += share
    if ty[T_WLOAD]:
        ports += 1
        share = ty[T_WLOAD] / ty[T_WSHARERS]
        if _from_shared(S, S.tile[g, TL_WKEY], ty[T_WHOLD] if ty[T_WHOLD] else ty[T_WLOAD],
                        ty[T_WSHARERS]):
            from_shared += share
        else:
            from_dram += share
    return from_dram, from_shared, ports


@njit(cache=True)
def _request(S, core, from_dram, from_shared, ports):
    """One transfer of ``core``'s loads, capped by the buffers' ports (held by the caller)."""
    port = S.hwf[0]
    source = core if S.hwi[H_IN_ORDER] else -1
    if from_dram and from_shared:
        dram = request(S, DRAM, from_dram, port, source)
        shared = request(S, SHARED, from_shared, port, source)
        both = all_of2(S, dram, shared)
        unref(S, dram)
        unref(S, shared)
        return both
    if from_shared:
        return request(S, SHARED, from_shared, port * ports, source)
    return request(S, DRAM, from_dram, port * ports, source)


@njit(cache=True)
def fetch(S, g, core):
    """Bring tile ``g``'s new blocks on chip: its first slice's signal and all
    of it go to the tile's run state (held there until its arrays are done)."""
    from_dram, from_shared, ports = _split(S, g)
    S.tally[2] += np.int64(np.rint(from_dram))
    S.tally[4] += np.int64(np.rint(from_shared))
    slices = S.ttype[S.tile[g, TL_TYPE], T_KSLICES]
    S.tstate[g, TS_SHARED] = from_dram == 0 and from_shared != 0
    if slices == 1 or not (from_dram or from_shared):
        arrived = _request(S, core, from_dram, from_shared, ports)
        ref(S, arrived)
        S.tstate[g, TS_FIRST], S.tstate[g, TS_ARRIVED] = arrived, arrived
        return
    first_dram, first_shared = from_dram / slices, from_shared / slices
    first = _request(S, core, first_dram, first_shared, ports)
    rest = _request(S, core, from_dram - first_dram, from_shared - first_shared, ports)
    arrived = all_of2(S, first, rest)
    unref(S, rest)
    S.tstate[g, TS_FIRST], S.tstate[g, TS_ARRIVED] = first, arrived
