"""Recording the PE-level engine: every register of every cycle, as derived by hand."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.core.pe_array import run_gemm
from systolic.core.pe_tape import EMPTY_TAG
from systolic.core.pe_trace import IDLE, MAC, PRELOAD, trace_gemm
from systolic.core.timing import gemm_cycles
from systolic.errors import ConfigError

A = np.array([[1, 2], [3, 4]], dtype=np.int32)
B = np.array([[5, 6], [7, 8]], dtype=np.int32)

# Weight-stationary, 2x2 array, O = A . B, derived from pe_array's docstring:
# cycles 0-1 preload: B's row 1 enters the top at cycle 0 and moves down at
# cycle 1 while row 0 enters. Stream: A[m, k] enters row k at cycle 2 + m + k
# and moves one column right per cycle; PE(k, n) adds A[m, k] * B[k, n] to
# the partial sum from above; sums of O[m, n] leave the bottom row.
HELD = {0: [[7, 8], [None, None]], 1: [[5, 6], [7, 8]]}  # from cycle 1 on: [[5, 6], [7, 8]]
EAST = {  # cycle: {PE: (A value, m)}
    2: {(0, 0): (1, 0)},
    3: {(0, 0): (3, 1), (0, 1): (1, 0), (1, 0): (2, 0)},
    4: {(0, 1): (3, 1), (1, 0): (4, 1), (1, 1): (2, 0)},
    5: {(1, 1): (4, 1)},
}
SOUTH = {  # cycle: {PE: (partial sum, m)}
    2: {(0, 0): (1 * 5, 0)},
    3: {(0, 0): (3 * 5, 1), (0, 1): (1 * 6, 0), (1, 0): (5 + 2 * 7, 0)},
    4: {(0, 1): (3 * 6, 1), (1, 0): (15 + 4 * 7, 1), (1, 1): (6 + 2 * 8, 0)},
    5: {(1, 1): (18 + 4 * 8, 1)},
}
WRITTEN = {3: {(1, 0)}, 4: {(1, 0), (1, 1)}, 5: {(1, 1)}}  # O[0,0]; O[1,0], O[0,1]; O[1,1]
LEFT = {2: [1, None], 3: [3, 2], 4: [None, 4]}  # A entering each row
TOP = {0: [7, 8], 1: [5, 6]}                     # B entering each column (preload)


def _occupied(values, tags, cycle):
    return {(int(i), int(j)): (int(values[cycle, i, j]), int(tags[cycle, i, j]))
            for i, j in zip(*np.nonzero(tags[cycle] != EMPTY_TAG))}


def _fed(pair):
    values, fed = pair
    return [int(v) if f else None for v, f in zip(values, fed)]


def _top(trace, cycle):
    """What entered each column from the top edge in ``cycle`` (None: nothing)."""
    return [None if register is None else int(getattr(trace, register)[cycle, 0, j])
            for j, register in enumerate(trace.top_fed(cycle))]


def test_ws_2x2_registers_match_the_hand_derivation():
    trace = trace_gemm(A, B, 2, 2, "ws")
    assert trace.cycles == 6
    for cycle in range(trace.cycles):
        held = HELD.get(cycle, HELD[1])
        assert [[int(v) if ok else None for v, ok in zip(values, valid)]
                for values, valid in zip(trace.held[cycle], trace.held_valid[cycle])] == held
        assert _occupied(trace.east, trace.east_tag, cycle) == EAST.get(cycle, {})
        assert _occupied(trace.south, trace.south_tag, cycle) == SOUTH.get(cycle, {})
        assert set(zip(*map(list, np.nonzero(trace.mac(cycle))))) == set(EAST.get(cycle, {}))
        assert set(zip(*map(list, np.nonzero(trace.written[cycle])))) == WRITTEN.get(cycle,
                                                                                     set())
        assert _fed(trace.left_fed(cycle)) == LEFT.get(cycle, [None, None])
        assert _top(trace, cycle) == TOP.get(cycle, [None, None])
    assert [bool(trace.held_loading[t].any()) for t in range(6)] == [True, True] + [False] * 4
    assert [trace.utilization(t) for t in (1, 2, 5)] == [0.0, 1 / 12, 8 / 24]


def test_ws_2x2_activity_shows_preload_fill_and_drain():
    codes = trace_gemm(A, B, 2, 2, "ws").activity().reshape(6, 4).tolist()
    assert codes == [[PRELOAD, PRELOAD, IDLE, IDLE], [PRELOAD] * 4,
                     [MAC, IDLE, IDLE, IDLE], [MAC, MAC, MAC, IDLE],
                     [IDLE, MAC, MAC, MAC], [IDLE, IDLE, IDLE, MAC]]


def test_os_2x2_accumulators_match_the_hand_derivation():
    # A[i, k] meets B[k, j] in PE(i, j) at cycle k + i + j; k = 1 finishes the sum.
    trace = trace_gemm(A, B, 2, 2, "os")
    assert trace.held[1].tolist()[0][0] == 1 * 5 + 2 * 7
    assert trace.held[3].tolist() == [[19, 22], [43, 50]]
    assert [sorted(zip(*map(list, np.nonzero(trace.written[t])))) for t in range(4)] == \
        [[], [(0, 0)], [(0, 1), (1, 0)], [(1, 1)]]
    assert _top(trace, 1) == [7, 6]  # B[1, 0] into column 0, B[0, 1] into column 1


def test_is_holds_a_tile_of_a_transposed():
    # PE(i, j) holds A[j, i]; B's rows enter at the left; sums of O[m, n] leave the bottom.
    trace = trace_gemm(A, B, 2, 2, "is")
    assert trace.held[2].tolist() == A.T.tolist()
    assert _fed(trace.left_fed(2)) == [5, None]  # B[0, 0] (n = 0) into row k = 0
    assert trace.indices(2, 0, 1, 0, "held") == {"k": 0, "m": 1, "n": 0}


def test_partial_and_multiple_folds_run_back_to_back():
    # K = 3 on R = 2 rows and N = 3 on C = 2 columns: four folds, column folds outer.
    a = np.arange(15, dtype=np.int32).reshape(5, 3)
    w = np.arange(9, dtype=np.int32).reshape(3, 3)
    trace = trace_gemm(a, w, 2, 2, "ws")
    assert [(f.first_cycle, f.cycles, f.row0, f.rows_used, f.col0, f.cols_used)
            for f in trace.folds] == [(0, 9, 0, 2, 0, 2), (9, 8, 2, 1, 0, 2),
                                      (17, 8, 0, 2, 2, 1), (25, 7, 2, 1, 2, 1)]
    assert trace.held_fold[9, 0, 0] == 1 and trace.held_fold[8, 0, 0] == 0
    assert trace.held_loading[9].any() and not trace.held_loading[10].any()


def test_recording_changes_nothing_the_engine_reports():
    rng = np.random.default_rng(5)
    a, b = rng.integers(-9, 10, (7, 5)), rng.integers(-9, 10, (5, 6))
    for dataflow in ("ws", "os", "is"):
        plain, traced = run_gemm(a, b, 3, 4, dataflow), trace_gemm(a, b, 3, 4, dataflow).run
        assert np.array_equal(plain.product, traced.product)
        assert (plain.cycles, plain.input_reads, plain.weight_reads, plain.output_writes) == \
            (traced.cycles, traced.input_reads, traced.weight_reads, traced.output_writes)
        assert np.array_equal(plain.busy_macs, traced.busy_macs)


@settings(max_examples=60, deadline=None)
@given(m=st.integers(1, 6), n=st.integers(1, 6), k=st.integers(1, 6),
       rows=st.integers(1, 4), cols=st.integers(1, 4), dataflow=st.sampled_from(["ws", "os", "is"]),
       seed=st.integers(0, 1000))
def test_snapshots_agree_with_the_product_and_timing(m, n, k, rows, cols, dataflow, seed):
    rng = np.random.default_rng(seed)
    a, b = rng.integers(-9, 10, (m, k)), rng.integers(-9, 10, (k, n))
    trace = trace_gemm(a, b, rows, cols, dataflow)
    assert trace.cycles == gemm_cycles(m, n, k, rows, cols, dataflow) == len(trace.macs)
    assert sum(int(trace.mac(t).sum()) for t in range(trace.cycles)) == m * n * k
    assert np.array_equal(trace.run.product, a @ b)
    assert (trace.activity() == MAC).sum() == m * n * k
    assert trace.folds[-1].first_cycle + trace.folds[-1].cycles == trace.cycles
    row_folds = len({f.row0 for f in trace.folds})
    assert trace.written.sum() == m * n * (1 if dataflow == "os" else row_folds)


def test_too_large_a_recording_is_refused():
    ones = np.ones((64, 64), dtype=np.int32)
    with pytest.raises(ConfigError) as caught:
        trace_gemm(ones, ones, 64, 64, "ws", max_pe_cycles=1000)
    assert str(caught.value) == ("64x64x64 on 64x64 (ws) takes 254 cycles: 1040384 PE-cycles "
                                 "is too many to record; expected at most 1000")


# Shadow registers, 2x2 array, A 2x4 . B 4x2 (two row folds): fold 1 (k 0..1)
# preloads bank 0 in cycles 0-1; fold 2's tile (k 2..3) shifts into bank 1,
# last row first, in cycles 2-3 while fold 1 streams; PE(0, 0) switches to it
# with the wave, when A[0, 2] (fold 2's first operand) arrives in cycle 4.
A4 = np.array([[8, 6, 5, 3], [3, 1, 1, 1]], dtype=np.int32)
B4 = np.array([[2, 8], [6, 9], [5, 6], [9, 7]], dtype=np.int32)


def _bank(trace, name, cycle):
    values, valid = getattr(trace, name)[cycle], getattr(trace, f"{name}_valid")[cycle]
    return [[int(v) if ok else None for v, ok in zip(r, o)] for r, o in zip(values, valid)]


def test_ws_shadow_bank_loads_the_next_fold_while_this_one_streams():
    trace = trace_gemm(A4, B4, 2, 2, "ws", shadow=True)
    assert trace.cycles == 8 and trace.registers == ("held", "shadow", "east", "south")
    assert _bank(trace, "held", 1) == [[2, 8], [6, 9]]           # fold 1: B[0..1, :]
    assert _bank(trace, "shadow", 2) == [[9, 7], [None, None]]   # B[3, :] enters first
    assert _bank(trace, "shadow", 3) == [[5, 6], [9, 7]]         # then B[2, :]
    assert _top(trace, 2) == [9, 7] and trace.top_fed(2) == ["shadow", "shadow"]
    assert trace.indices(2, 0, 0, EMPTY_TAG, "shadow")["k"] == 3
    assert trace.indices(3, 1, 0, EMPTY_TAG, "shadow")["k"] == 3
    assert trace.folds_in_flight(3) == ([0], [1])
    # Cycle 4: PE(0, 0) multiplies A[0, 2] by fold 2's B[2, 0]; PE(0, 1) still A[1, 0] x B[0, 1].
    assert int(trace.held[4, 0, 0]) == 5 and trace.held_fold[4, 0, 0] == 1
    assert int(trace.held[4, 0, 1]) == 8 and trace.held_fold[4, 0, 1] == 0
    assert trace.east_fold[4, 0, 0] == 1 and int(trace.east[4, 0, 0]) == 8 * 0 + 5
    assert np.array_equal(trace.run.product, A4 @ B4)


@settings(max_examples=60, deadline=None)
@given(m=st.integers(1, 6), n=st.integers(1, 6), k=st.integers(1, 7),
       rows=st.integers(1, 4), cols=st.integers(1, 4), dataflow=st.sampled_from(["ws", "os", "is"]),
       seed=st.integers(0, 1000))
def test_shadow_recordings_agree_with_the_product_and_timing(m, n, k, rows, cols, dataflow,
                                                            seed):
    rng = np.random.default_rng(seed)
    a, b = rng.integers(-9, 10, (m, k)), rng.integers(-9, 10, (k, n))
    trace = trace_gemm(a, b, rows, cols, dataflow, shadow=True)
    assert trace.cycles == gemm_cycles(m, n, k, rows, cols, dataflow, "native", True)
    assert np.array_equal(trace.run.product, a @ b)
    assert (trace.activity() == MAC).sum() == m * n * k == int(trace.macs[-1].sum())
    row_folds = len({f.row0 for f in trace.folds})
    assert trace.written.sum() == m * n * (1 if dataflow == "os" else row_folds)
    mac = np.diff(trace.macs, axis=0, prepend=0) > 0
    if dataflow != "os":  # a MAC multiplies its operand's fold's tile; the shadow, a later fold
        assert (trace.held_fold[mac] == trace.east_fold[mac]).all()
        shown = trace.shadow_valid
        assert (trace.shadow_fold[shown] > trace.held_fold[shown]).all()
