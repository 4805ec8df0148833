"""Every PE's registers in every cycle of a small GEMM, as the engine saw them.

For teaching: the step view and the animations show what this records. The
numbers are not modelled here: ``trace_gemm`` runs the PE-level engine
(``pe_array.run_gemm``) with a *tape* the kernels fill at the end of
every cycle, and this module only names what the tape holds.

Cycle ``t`` runs from 0 to ``cycles - 1``, the same count as
``PeRun.cycles`` and ``timing.gemm_cycles``; folds run back to back, or,
with shadow registers (``pe_overlap.py``), overlap: the next fold's tile
shifts into the second bank (``shadow``) while this one streams, so every
register carries the fold it belongs to (``*_fold``). The snapshot at
``t`` is the registers as the PEs use them in cycle ``t``: the operand a
PE multiplies in cycle t is in its east register at t; with shadow
registers the banks are shown after the cycle's shift.

What each register means depends on the dataflow (``ROLES``):

===== ================ ==================== ==================== ===========
flow  held (stationary) east (moves right)   south (moves down)   tag = index
===== ================ ==================== ==================== ===========
ws    B[k, n]          A[m, k]              partial sum of O[m,n] m
is    A[m, k]          B[k, n]              partial sum of O[m,n] n
os    accumulator O    A[m, k]              B[k, n]              k
===== ================ ==================== ==================== ===========

PE rows stand for k (ws, is) or m (os), PE columns for n (ws, os) or m
(is). ``is`` is the physical array running ``ws`` on the transposed GEMM
(``O^T = B^T . A^T``): the array holds a tile of A^T, so PE(i, j) holds
A[m0 + j, k0 + i]; rows of B^T enter at the left edge and partial sums of
O^T[n, m] leave at the bottom. The snapshot is of that physical array.

Activity per PE and cycle (the space-time diagram): ``MAC``; ``PRELOAD``
(ws/is: a held value being shifted in, into either bank); ``PASSING`` (an operand or partial
sum goes through without a MAC, e.g. the unused rows of a partial fold);
``IDLE``.

Memory grows with cycles x PEs (eight arrays), so recording is for small
GEMMs: ``trace_gemm`` refuses more than ``MAX_PE_CYCLES``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from systolic.core.pe_array import PeRun, default_accumulate_dtype, run_gemm
from systolic.core.pe_tape import EMPTY_TAG, OVERLAP_FIELDS, new_overlap_tape, new_tape
from systolic.core.timing import gemm_cycles, spatial_mapping
from systolic.errors import ConfigError

MAX_PE_CYCLES = 2_000_000  # about 30 bytes each on the tape: 60 MB at most
IDLE, MAC, PRELOAD, PASSING = range(4)
ACTIVITIES = ("idle", "MAC", "preload", "passing")


@dataclass(frozen=True)
class Roles:
    """What the registers and the PE grid stand for in one dataflow.

    ``held`` / ``east`` / ``south`` name the element a register holds as a
    template over the GEMM indices m, n, k (``p``: a partial sum of O).
    """

    rows: str      # GEMM index along the PE rows
    cols: str      # GEMM index along the PE columns
    stream: str    # GEMM index the tags carry
    held: str      # the stationary register
    east: str      # the operand moving right
    south: str     # what moves down


ROLES = {
    "ws": Roles(rows="k", cols="n", stream="m",
                held="B[{k},{n}]", east="A[{m},{k}]", south="p[{m},{n}]"),
    "is": Roles(rows="k", cols="m", stream="n",
                held="A[{m},{k}]", east="B[{k},{n}]", south="p[{m},{n}]"),
    "os": Roles(rows="m", cols="n", stream="k",
                held="O[{m},{n}]", east="A[{m},{k}]", south="B[{k},{n}]"),
}


@dataclass(frozen=True)
class Fold:
    """One fold: which tile of the held operand it holds, and when it runs.

    ``row0`` / ``col0`` are the GEMM indices (``Roles.rows`` / ``cols``)
    of PE(0, 0); the fold uses ``rows_used x cols_used`` PEs. ws/is folds
    start with ``preload_cycles`` of shifting the tile in (os: none).
    """

    index: int
    first_cycle: int
    cycles: int
    preload_cycles: int
    row0: int
    rows_used: int
    col0: int
    cols_used: int


@dataclass(frozen=True)
class PeTrace:
    """A GEMM's run on the PE-level engine with every register of every cycle.

    Arrays are ``cycles x rows x cols`` (see the module docstring):
    ``held`` / ``held_valid``, ``east`` / ``east_tag``, ``south`` /
    ``south_tag`` (tag ``EMPTY_TAG``: nothing there), ``macs`` (cumulative
    MAC count per PE) and ``written`` (the PE wrote a result out this cycle:
    ws/is the bottom row's sum into the accumulators, os the finished output);
    per register the fold it belongs to (``*_fold``), and for a held tile
    the rows still to shift in (``*_pending``) and whether it shifts this
    cycle (``*_loading``). ``shadow*``: the second bank of weight registers
    (ws/is with shadow registers), None without one.
    """

    dataflow: str
    a: np.ndarray
    b: np.ndarray
    run: PeRun
    folds: tuple[Fold, ...]
    held: np.ndarray
    held_valid: np.ndarray
    east: np.ndarray
    east_tag: np.ndarray
    south: np.ndarray
    south_tag: np.ndarray
    macs: np.ndarray
    written: np.ndarray
    held_fold: np.ndarray
    held_pending: np.ndarray
    held_loading: np.ndarray
    east_fold: np.ndarray
    south_fold: np.ndarray
    shadow: np.ndarray | None = None
    shadow_valid: np.ndarray | None = None
    shadow_fold: np.ndarray | None = None
    shadow_pending: np.ndarray | None = None
    shadow_loading: np.ndarray | None = None

    @property
    def registers(self) -> tuple[str, ...]:
        """The registers of a PE, in the order views show them."""
        return ("held", "shadow", "east", "south") if self.shadow is not None else \
            ("held", "east", "south")

    @property
    def cycles(self) -> int:
        return self.run.cycles

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, cols) of the array."""
        return self.run.busy_macs.shape

    @property
    def roles(self) -> Roles:
        return ROLES[self.dataflow]

    def folds_in_flight(self, cycle: int) -> tuple[list[int], list[int]]:
        """(folds whose operands or sums are in the array, folds whose tile
        shifts in) in ``cycle``, each sorted."""
        moving = np.concatenate([self.east_fold[cycle].ravel(), self.south_fold[cycle].ravel()])
        loading = [self.held_fold[cycle][self.held_loading[cycle]]]
        if self.shadow is not None:
            loading.append(self.shadow_fold[cycle][self.shadow_loading[cycle]])
        return (sorted(int(f) for f in set(moving.tolist()) if f != EMPTY_TAG),
                sorted(int(f) for f in set(np.concatenate(loading).tolist()) if f != EMPTY_TAG))

    def indices(self, cycle: int, i: int, j: int, tag: int, register: str) -> dict[str, int]:
        """GEMM indices {m, n, k} of what ``register`` of PE(i, j) holds in ``cycle``.

        While a held tile is still moving down, last row first, PE(i, j)
        holds the tile row ``i + pending`` (``*_pending``: rows still to come).
        """
        fold = self.folds[max(int(getattr(self, f"{register}_fold")[cycle, i, j]), 0)]
        pending = int(getattr(self, f"{register}_pending")[cycle, i, j]) \
            if register in ("held", "shadow") else 0
        roles = self.roles
        return {roles.rows: fold.row0 + i + pending, roles.cols: fold.col0 + j,
                roles.stream: tag}

    def mac(self, cycle: int) -> np.ndarray:
        """rows x cols booleans: the PEs that did a MAC in ``cycle``."""
        before = self.macs[cycle - 1] if cycle > 0 else 0
        return (self.macs[cycle] - before) > 0

    def utilization(self, cycle: int) -> float:
        """MACs done in cycles 0..cycle over the PE-cycles that elapsed."""
        rows, cols = self.shape
        return float(self.macs[cycle].sum()) / (rows * cols * (cycle + 1))

    def left_fed(self, cycle: int) -> tuple[np.ndarray, np.ndarray]:
        """(values, fed) per row: what entered from the left edge in ``cycle``."""
        return self.east[cycle, :, 0], self.east_tag[cycle, :, 0] != EMPTY_TAG

    def top_fed(self, cycle: int) -> list[str | None]:
        """Per column, the register that took a value from the top edge in
        ``cycle``, or None: ws/is a bank being loaded (zero partial sums enter
        the top row otherwise: not shown); os the B operand."""
        if self.dataflow == "os":
            return ["south" if tag != EMPTY_TAG else None for tag in self.south_tag[cycle, 0]]
        shadow = self.shadow_loading[cycle, 0] if self.shadow is not None else \
            np.zeros(self.shape[1], dtype=bool)
        return ["shadow" if s else "held" if h else None
                for h, s in zip(self.held_loading[cycle, 0], shadow)]

    def activity(self) -> np.ndarray:
        """cycles x rows x cols codes: IDLE, MAC, PRELOAD or PASSING."""
        codes = np.full(self.macs.shape, IDLE, dtype=np.int8)
        moving = (self.east_tag != EMPTY_TAG) | (self.south_tag != EMPTY_TAG)
        codes[moving] = PASSING
        codes[self.held_loading] = PRELOAD
        if self.shadow is not None:
            codes[self.shadow_loading] = PRELOAD
        mac = np.diff(self.macs, axis=0, prepend=0) > 0
        codes[mac] = MAC
        return codes


def _folds(m: int, n: int, k: int, rows: int, cols: int, dataflow: str, run: PeRun
           ) -> tuple[Fold, ...]:
    """Folds in the engine's order: column folds outer, row folds inner."""
    s_r, s_c, _ = spatial_mapping(m, n, k, dataflow)
    folds = []
    for col0 in range(0, s_c, cols):
        for row0 in range(0, s_r, rows):
            rows_used = min(rows, s_r - row0)
            index = len(folds)
            folds.append(Fold(index=index, first_cycle=int(run.fold_first_cycles[index]),
                              cycles=int(run.fold_cycles[index]),
                              preload_cycles=0 if dataflow == "os" else rows_used,
                              row0=row0, rows_used=rows_used,
                              col0=col0, cols_used=min(cols, s_c - col0)))
    return tuple(folds)


def _fold_arrays(folds: tuple[Fold, ...], cycles: int, shape: tuple[int, int],
                 held_valid: np.ndarray) -> dict[str, np.ndarray]:
    """Folds one after another: every register of a cycle is in that cycle's
    fold, and a ws/is fold's tile shifts in during its first ``preload_cycles``."""
    fold = np.zeros(cycles, dtype=np.int32)
    pending = np.zeros(cycles, dtype=np.int32)
    loading = np.zeros(cycles, dtype=bool)
    for f in folds:
        into = np.arange(f.first_cycle, min(f.first_cycle + f.cycles, cycles)) - f.first_cycle
        span = slice(f.first_cycle, f.first_cycle + len(into))
        fold[span] = f.index
        pending[span] = np.maximum(f.preload_cycles - 1 - into, 0)
        loading[span] = into < f.preload_cycles
    grid = (cycles, *shape)
    every = np.broadcast_to(fold[:, None, None], grid)
    return {"held_fold": every, "held_pending": np.broadcast_to(pending[:, None, None], grid),
            "held_loading": loading[:, None, None] & held_valid,
            "east_fold": every, "south_fold": every}


def trace_gemm(a: np.ndarray, b: np.ndarray, rows: int, cols: int, dataflow: str,
               max_pe_cycles: int = MAX_PE_CYCLES, shadow: bool = False) -> PeTrace:
    """Run ``a @ b`` on the PE-level engine, recording every PE every cycle
    (``shadow``: with shadow registers, folds overlapping)."""
    m, k = a.shape
    n = b.shape[1]
    cycles = gemm_cycles(m, n, k, rows, cols, dataflow, "native", shadow)
    if cycles * rows * cols > max_pe_cycles:
        raise ConfigError(f"{m}x{n}x{k} on {rows}x{cols} ({dataflow}) takes {cycles} cycles: "
                          f"{cycles * rows * cols} PE-cycles is too many to record; "
                          f"expected at most {max_pe_cycles}")
    dtype = default_accumulate_dtype(a)
    tape = (new_overlap_tape if shadow else new_tape)(cycles, rows, cols, dtype)
    run = run_gemm(a, b, rows, cols, dataflow, tape=tape, shadow=shadow)
    assert run.cycles == cycles, "the PE-level engine disagrees with timing.py"
    folds = _folds(m, n, k, rows, cols, dataflow, run)
    if shadow:
        recorded = dict(zip(OVERLAP_FIELDS, tape))
        if dataflow == "os":  # one accumulator per PE: no second bank
            for name in OVERLAP_FIELDS[5:10]:
                recorded[name] = None
    else:
        names = ("held", "held_valid", "east", "east_tag", "south", "south_tag", "macs",
                 "written")
        recorded = dict(zip(names, tape))
        recorded |= _fold_arrays(folds, cycles, (rows, cols), recorded["held_valid"])
    return PeTrace(dataflow=dataflow, a=a, b=b, run=run, folds=folds, **recorded)
