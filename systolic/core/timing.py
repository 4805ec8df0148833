"""Exact closed-form cycles of a GEMM on one systolic array.

``O[M x N] = A[M x K] . B[K x N]`` on an array of R rows and C columns.
Each dataflow pins one operand's tile in the PEs and streams another:

======== ============================ ========== ========== ============
dataflow held in the PEs (a fold)     rows hold  cols hold  streamed (T)
======== ============================ ========== ========== ============
ws       a tile of B (weights)        K          N          M
os       a tile of O (outputs)        M          N          K
is       a tile of A^T (inputs)       K          M          N
======== ============================ ========== ========== ============

Call the dimension mapped on the rows S_R and the one on the columns S_C.
There are ``F = ceil(S_R / R) * ceil(S_C / C)`` folds; a fold uses
``r <= R`` rows and ``c <= C`` columns (edge folds use fewer).

Derivation (the PE-level engine ``pe_array.py`` executes exactly this):

ws / is
    Preload: the held tile is shifted in from the top, one row per cycle:
    ``r`` cycles. Stream: operand row t enters array row i at cycle
    ``t + i`` and reaches column j at ``t + i + j``; the partial sum for
    output (t, j) passes every row and leaves the bottom at cycle
    ``t + (R - 1) + j``. The last one (t = T - 1, j = c - 1) leaves at
    ``T + R + c - 3``, so streaming takes ``T + R + c - 2`` cycles::

        fold = r + R + c + T - 2

os
    Operand k of row i enters at cycle ``k + i``, of column j at
    ``k + j``; they meet in PE(i, j) at ``k + i + j``. The last MAC is in
    PE(r - 1, c - 1) at ``(K - 1) + (r - 1) + (c - 1)``, and the PE writes
    its result out in that cycle::

        fold = r + c + T - 2

Summed over folds, each row-fold width r appears once per column fold and
the widths add up to S_R (likewise for c), so with ``F_R = ceil(S_R/R)``
and ``F_C = ceil(S_C/C)``::

    ws, is:  cycles = F_C * S_R + F_R * S_C + F * (R + T - 2)
    os:      cycles = F_C * S_R + F_R * S_C + F * (T - 2)

Worked example, ws, M = N = K = 4 on a 4 x 4 array: one fold, r = c = 4,
T = 4. Preload 4 cycles (weight rows enter at cycles 0..3). Row 0 of A
enters PE(0, 0) at cycle 4; its sum for column 3 passes PE(0, 3) at cycle
7 and leaves PE(3, 3) at cycle 10; row 3 of A starts at cycle 7 and its
last sum leaves at cycle 13. Total 14 = 4 + 4 + 4 + 4 - 2. For os the same
GEMM takes 4 + 4 + 4 - 2 = 10 cycles.

Shadow registers (``shadow=True``, ``[array] shadow_registers``). A second
set of the held registers lets the next fold's tile load while the current
fold streams, as TPU v1's weights do ("the weights are preloaded, and take
effect with the advancing wave alongside the first data of a new block",
Jouppi et al., ISCA 2017). Each operand carries its fold's bank with it, so
a PE switches banks with the wavefront.

ws / is
    Column j of a tile shifts in during cycles ``L + j .. L + j + kf - 1``
    (the load follows the data's skew; every fold loads all C columns,
    invalid ones past its ``nf``). Fold f's load waits for the shift chain
    (the previous load done) and for its bank (the one of fold f - 2),
    which column j last uses at ``s[f-2] + T - 1 + kf[f-2] - 1 + j`` (a
    shift may write in that cycle: registers latch at its end)::

        L[f] = max(L[f-1] + kf[f-1], s[f-2] + T + kf[f-2] - 2)
        s[f] = max(L[f] + kf[f], s[f-1] + T)      (s: its first operand enters)
        cycles = max over f of s[f] + T + R + nf[f] - 2

    with ``L[0] = 0``: one fold alone takes ``kf + R + nf + T - 2``, as
    without shadow registers. Long streams (``T >= 2R - 2``) hide every load
    but the first (a fold costs T); short ones cost about R per fold (the
    load) instead of ``2R + nf + T - 2``.
os
    Each PE writes its result out through its own port, so the next fold's
    operands may enter right behind the current fold's last: ``s[f] = f T``
    and ``cycles = max over f of s[f] + T + mf[f] + nf[f] - 2``.

Both recurrences are max-plus linear (every step is a max of sums), so
once the state repeats up to a uniform shift after one or two folds (or
column groups) it repeats forever, and ``_repeat`` jumps over the rest:
the cost is a few folds, not F.

SCALE-Sim compatibility (``compat="scalesim"``). SCALE-Sim 3.0.0 times
every fold as a full one (edge folds are not shortened: ``r = R``,
``c = C``), and reports one cycle fewer than the last busy cycle (it
reports the index of the last cycle, not a count)::

    ws, is:  F * (2R + C + T - 2) - 1        os:  F * (R + C + T - 2) - 1

Its "compute utilization" is not a busy fraction but the mean over folds of
``used PEs * T / (R * C * h)`` with ``h = 2R + 2C + T - 3`` (ws, is) or
``T + R + C - 2`` (os); its mapping efficiency is the mean over folds of
``used PEs / (R * C)``, as ours. Its output-stationary SRAM write count
adds ``R + C`` per fold (a bug in ``systolic_compute_os.py``), reproduced in
this mode. See ``shared/reference/PEERS.md`` for the sources.

Operand traffic the array makes (elements, not bytes): the streamed operand
is read once per fold of the other dimension, the held one once per fold
it is held in; ws/is partial sums are written once per row fold and read
back (read-modify-write accumulation) on every row fold but the first.
SCALE-Sim does not count those reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from systolic.errors import ConfigError
from systolic.spec.hardware import DATAFLOWS

COMPAT_MODES = ("native", "scalesim")


@dataclass(frozen=True)
class GemmTiming:
    """Compute cycles and array traffic of one GEMM on one array.

    Where the cycles go: ``stream_cycles`` (folds x T: operands entering,
    the useful MACs and the PEs a partial fold leaves idle), ``load_cycles``
    (held tiles loading, not hidden) and the rest, fill and drain.
    """

    dataflow: str
    compat: str
    rows: int
    cols: int
    m: int
    n: int
    k: int
    folds: int
    cycles: int
    macs: int
    mapping_efficiency: float
    compute_utilization: float
    input_reads: int
    weight_reads: int
    output_writes: int
    output_reads: int
    stream_cycles: int
    load_cycles: int


def ceil_div(a: int, b: int) -> int:
    """How many blocks of ``b`` cover ``a`` (folds, tiles, waves): ``ceil(a / b)`` in integers."""
    return -(-a // b)


def spatial_mapping(m: int, n: int, k: int, dataflow: str) -> tuple[int, int, int]:
    """(S_R, S_C, T): the dims mapped on array rows, on columns, and streamed."""
    return {"ws": (k, n, m), "os": (m, n, k), "is": (k, m, n)}[dataflow]


def _check(m: int, n: int, k: int, rows: int, cols: int, dataflow: str, compat: str) -> None:
    for name, value in (("M", m), ("N", n), ("K", k), ("rows", rows), ("cols", cols)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigError(f"{name}: expected a positive integer, got {value!r}")
    if dataflow not in DATAFLOWS:
        raise ConfigError(f"dataflow: expected one of {', '.join(DATAFLOWS)}, got {dataflow!r}")
    if compat not in COMPAT_MODES:
        raise ConfigError(f"compat: expected one of {', '.join(COMPAT_MODES)}, got {compat!r}")


@lru_cache(maxsize=262144)
def gemm_cycles(m: int, n: int, k: int, rows: int, cols: int, dataflow: str,
                compat: str = "native", shadow: bool = False) -> int:
    """Just the cycles of ``gemm_timing``, unchecked and cached: for the
    mapper's inner loops, whose arguments are already valid."""
    s_r, s_c, t = spatial_mapping(m, n, k, dataflow)
    return _cycles(s_r, s_c, t, rows, cols, dataflow, compat, shadow)


def fold_cycles(r: int, c: int, t: int, rows: int, dataflow: str) -> int:
    """Cycles of one native fold using r rows and c columns, streaming t."""
    if dataflow == "os":
        return r + c + t - 2
    return r + rows + c + t - 2


def _cycles(s_r: int, s_c: int, t: int, rows: int, cols: int, dataflow: str,
            compat: str, shadow: bool = False) -> int:
    if shadow and compat == "native":
        if dataflow == "os":
            return _os_overlapped(s_r, s_c, t, rows, cols)
        return _loads_overlapped(s_r, s_c, t, rows, cols)[0]
    folds_r, folds_c = ceil_div(s_r, rows), ceil_div(s_c, cols)
    folds = folds_r * folds_c
    if compat == "scalesim":
        per_fold = rows + cols + t - 2 + (0 if dataflow == "os" else rows)
        return folds * per_fold - 1
    fixed = t - 2 + (0 if dataflow == "os" else rows)
    return folds_c * s_r + folds_r * s_c + folds * fixed


_NEVER = -(1 << 60)  # "no such fold yet" in the recurrences below


def _os_overlapped(s_r: int, s_c: int, t: int, rows: int, cols: int) -> int:
    """os with folds overlapped: the last fold of each (mf, nf) kind ends last."""
    folds_r, folds_c = ceil_div(s_r, rows), ceil_div(s_c, cols)
    edge_r, edge_c = s_r - (folds_r - 1) * rows, s_c - (folds_c - 1) * cols
    ends = []
    for group in {folds_c - 1, max(folds_c - 2, 0)}:
        nf = edge_c if group == folds_c - 1 else cols
        for row in {folds_r - 1, max(folds_r - 2, 0)}:
            mf = edge_r if row == folds_r - 1 else rows
            ends.append((group * folds_r + row + 1) * t + mf + nf - 2)
    return max(ends)


def _load_step(state: tuple[int, int, int, int], kf: int, t: int) -> tuple[int, int, int, int]:
    """One ws fold with shadow registers. The state: (shift chain free, last
    fold's first entry, bank free for the next fold, bank free for the one after)."""
    chain, last_start, bank_next, bank_after = state
    load = max(chain, bank_next)
    start = max(load + kf, last_start + t)
    return load + kf, start, bank_after, start + kf + t - 2


def _repeat(step, state: tuple, count: int) -> tuple:
    """``step`` applied ``count`` times to ``state``. Every step is max-plus
    (shifting the state by c shifts its result by c), so once the state
    after a period of one or two steps is the state before plus the same
    shift in every part, each further period adds that shift: jump."""
    history = [state]
    done = 0
    while done < count:
        state = step(state)
        done += 1
        history.append(state)
        for period in (1, 2):
            if len(history) > period:
                shifts = {now - before for now, before in zip(state, history[-1 - period])}
                if len(shifts) == 1 and min(state) > _NEVER // 2:
                    periods, shift = (count - done) // period, shifts.pop()
                    state = tuple(part + periods * shift for part in state)
                    done += periods * period
                    history = [state]
                    break
    return state


@lru_cache(maxsize=65536)  # gemm_timing asks twice: for the cycles and for the loads
def _loads_overlapped(s_r: int, s_c: int, t: int, rows: int, cols: int) -> tuple[int, int]:
    """ws / is with shadow registers, folds column group by column group:
    (cycles, the cycle the last fold's first operand enters)."""
    folds_r, folds_c = ceil_div(s_r, rows), ceil_div(s_c, cols)
    edge_r, edge_c = s_r - (folds_r - 1) * rows, s_c - (folds_c - 1) * cols

    def group(state):
        state = _repeat(lambda x: _load_step(x, rows, t), state, folds_r - 1)
        return _load_step(state, edge_r, t)

    state = _repeat(group, (0, _NEVER, _NEVER, _NEVER), folds_c - 1)
    end = state[1] + t + rows + cols - 2 if folds_c > 1 else 0
    state = group(state)
    return max(end, state[1] + t + rows + edge_c - 2), state[1]


def _traffic(m: int, n: int, k: int, rows: int, cols: int, dataflow: str,
             compat: str, folds: int) -> tuple[int, int, int, int]:
    """(input reads, weight reads, output writes, output reads), in elements."""
    if dataflow == "os":
        writes = m * n + ((rows + cols) * folds if compat == "scalesim" else 0)
        return m * k * ceil_div(n, cols), k * n * ceil_div(m, rows), writes, 0
    row_folds = ceil_div(k, rows)
    writes = m * n * row_folds
    reads = 0 if compat == "scalesim" else m * n * (row_folds - 1)
    if dataflow == "ws":
        return m * k * ceil_div(n, cols), k * n, writes, reads
    return m * k, k * n * ceil_div(m, cols), writes, reads


def gemm_timing(m: int, n: int, k: int, rows: int, cols: int, dataflow: str,
                compat: str = "native", shadow: bool = False) -> GemmTiming:
    """Exact compute cycles, utilization and array traffic of one GEMM
    (``shadow``: with shadow registers; SCALE-Sim's conventions have none)."""
    _check(m, n, k, rows, cols, dataflow, compat)
    s_r, s_c, t = spatial_mapping(m, n, k, dataflow)
    folds = ceil_div(s_r, rows) * ceil_div(s_c, cols)
    cycles = _cycles(s_r, s_c, t, rows, cols, dataflow, compat, shadow)
    macs = m * n * k
    mapping_efficiency = s_r * s_c / (folds * rows * cols)
    if compat == "scalesim":
        height = t + rows + cols - 2 if dataflow == "os" else 2 * rows + 2 * cols + t - 3
        compute_utilization = macs / (folds * rows * cols * height)
    else:
        compute_utilization = macs / (cycles * rows * cols)
    traffic = _traffic(m, n, k, rows, cols, dataflow, compat, folds)
    return GemmTiming(dataflow, compat, rows, cols, m, n, k, folds, cycles, macs,
                      mapping_efficiency, compute_utilization, *traffic, stream_cycles=folds * t,
                      load_cycles=_load_cycles(s_r, s_c, t, rows, cols, dataflow, compat, shadow))


def _load_cycles(s_r: int, s_c: int, t: int, rows: int, cols: int, dataflow: str,
                 compat: str, shadow: bool) -> int:
    """Cycles the array spends loading held tiles that no stream hides: every
    preload without shadow registers (SCALE-Sim's full-height ones in its
    mode), with them the first and every wait for a load (the cycle the
    last fold starts, less the streams before it); os loads nothing."""
    if dataflow == "os":
        return 0
    folds_r, folds_c = ceil_div(s_r, rows), ceil_div(s_c, cols)
    if compat == "scalesim":
        return folds_r * folds_c * rows
    if not shadow:
        return folds_c * s_r
    return _loads_overlapped(s_r, s_c, t, rows, cols)[1] - (folds_r * folds_c - 1) * t


def fold_schedule(m: int, n: int, k: int, rows: int, cols: int,
                  dataflow: str) -> list[int]:
    """Native cycles of every fold, in the engine's order (column folds outer)."""
    _check(m, n, k, rows, cols, dataflow, "native")
    s_r, s_c, t = spatial_mapping(m, n, k, dataflow)
    return [fold_cycles(min(rows, s_r - r0), min(cols, s_c - c0), t, rows, dataflow)
            for c0 in range(0, s_c, cols) for r0 in range(0, s_r, rows)]
