"""The closed form equals the PE-level engine, cycle for cycle, on every shape."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.core.pe_array import run_gemm
from systolic.core.timing import fold_schedule, gemm_timing
from systolic.errors import ConfigError

PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73,
          79, 83, 89, 97, 101, 127, 131, 151, 173, 191, 193, 197, 199]


def dims(high):
    """Sizes 1..high, with 1, primes and the bounds drawn often."""
    special = [1, high] + [p for p in PRIMES if p <= high]
    return st.one_of(st.sampled_from(special), st.integers(1, high))


def assert_fast_equals_pe(m, n, k, rows, cols, dataflow, shadow=False):
    rng = np.random.default_rng(m * 7919 + n * 31 + k)
    a = rng.integers(-4, 4, size=(m, k)).astype(np.int32)
    b = rng.integers(-4, 4, size=(k, n)).astype(np.int32)
    run = run_gemm(a, b, rows, cols, dataflow, shadow=shadow)
    timing = gemm_timing(m, n, k, rows, cols, dataflow, shadow=shadow)
    assert run.cycles == timing.cycles
    if not shadow:
        assert run.fold_cycles.tolist() == fold_schedule(m, n, k, rows, cols, dataflow)
    assert len(run.fold_cycles) == timing.folds
    assert int(run.busy_macs.sum()) == timing.macs
    assert (run.input_reads, run.weight_reads, run.output_writes, run.output_reads) == (
        timing.input_reads, timing.weight_reads, timing.output_writes, timing.output_reads)
    assert timing.compute_utilization == pytest.approx(
        run.busy_macs.sum() / (run.cycles * rows * cols))
    assert np.array_equal(run.product, a @ b)


@pytest.mark.parametrize("dataflow", ["ws", "os", "is"])
def test_fast_equals_pe_level_for_random_shapes(dataflow):
    @settings(max_examples=200, deadline=None, derandomize=True)
    @given(m=dims(200), n=dims(200), k=dims(200), rows=dims(32), cols=dims(32))
    def check(m, n, k, rows, cols):
        assert_fast_equals_pe(m, n, k, rows, cols, dataflow)

    check()


@pytest.mark.parametrize("dataflow", ["ws", "os", "is"])
def test_fast_equals_pe_level_with_shadow_registers(dataflow):
    @settings(max_examples=200, deadline=None, derandomize=True)
    @given(m=dims(200), n=dims(200), k=dims(200), rows=dims(32), cols=dims(32))
    def check(m, n, k, rows, cols):
        assert_fast_equals_pe(m, n, k, rows, cols, dataflow, shadow=True)

    check()


@settings(max_examples=300, deadline=None, derandomize=True)
@given(m=st.integers(1, 5000), n=st.integers(1, 5000), k=st.integers(1, 5000),
       rows=st.integers(1, 256), cols=st.integers(1, 256),
       dataflow=st.sampled_from(["ws", "os", "is"]))
def test_shadow_registers_never_slow_a_gemm_and_change_nothing_for_one_fold(
        m, n, k, rows, cols, dataflow):
    shadow = gemm_timing(m, n, k, rows, cols, dataflow, shadow=True)
    plain = gemm_timing(m, n, k, rows, cols, dataflow)
    assert shadow.cycles <= plain.cycles
    if plain.folds == 1:
        assert shadow.cycles == plain.cycles
    assert (shadow.input_reads, shadow.weight_reads) == (plain.input_reads, plain.weight_reads)


def test_shadow_registers_hide_the_loads_of_long_streams_and_halve_short_ones():
    # ws, 8 folds of 128 x 128 weights. A 1000-row stream hides every load but
    # the first (T >= 2R - 2): 128 + 8 x 1000 + 128 + 128 - 2.
    assert gemm_timing(1000, 128, 1024, 128, 128, "ws", shadow=True).cycles == \
        128 + 8 * 1000 + 128 + 128 - 2
    # A one-row stream (decode) is paced by the loads: 128 cycles a fold, not 383.
    assert gemm_timing(1, 128, 1024, 128, 128, "ws", shadow=True).cycles == \
        8 * 128 + 1 + 128 + 128 - 2
    assert gemm_timing(1, 128, 1024, 128, 128, "ws").cycles == 8 * (128 + 128 + 128 + 1 - 2)
    # os: each fold streams K right behind the last: 4 folds of K = 50 on 8 x 8.
    assert gemm_timing(16, 16, 50, 8, 8, "os", shadow=True).cycles == 4 * 50 + 8 + 8 - 2


def test_scalesim_conventions_have_no_shadow_registers():
    assert gemm_timing(64, 96, 128, 32, 32, "ws", "scalesim", shadow=True) == \
        gemm_timing(64, 96, 128, 32, 32, "ws", "scalesim")


def test_worked_example_of_the_docstring():
    assert gemm_timing(4, 4, 4, 4, 4, "ws").cycles == 14
    assert gemm_timing(4, 4, 4, 4, 4, "os").cycles == 10
    assert gemm_timing(4, 4, 4, 4, 4, "is").cycles == 14


@pytest.mark.parametrize("dataflow", ["ws", "os", "is"])
def test_full_folds_are_scalesim_plus_one(dataflow):
    native = gemm_timing(64, 96, 128, 32, 32, dataflow)
    scalesim = gemm_timing(64, 96, 128, 32, 32, dataflow, compat="scalesim")
    assert native.cycles == scalesim.cycles + 1


def test_edge_folds_are_shorter_natively_but_full_in_scalesim_mode():
    # K = 33 on 32 rows: the second row fold holds a single weight row.
    native = gemm_timing(100, 32, 33, 32, 32, "ws")
    scalesim = gemm_timing(100, 32, 33, 32, 32, "ws", compat="scalesim")
    assert native.cycles == (32 + 32 + 32 + 100 - 2) + (1 + 32 + 32 + 100 - 2)
    assert scalesim.cycles == 2 * (2 * 32 + 32 + 100 - 2) - 1


def test_scalesim_compute_utilization_of_its_documented_example():
    # PEERS.md: WS, M = N = K = 256 on 32 x 32 gives 67.19 %.
    timing = gemm_timing(256, 256, 256, 32, 32, "ws", compat="scalesim")
    assert round(100 * timing.compute_utilization, 2) == 67.19


@pytest.mark.parametrize("field,value", [("m", 0), ("n", -1), ("k", 2.5), ("rows", 0),
                                         ("cols", True)])
def test_non_positive_or_non_integer_dims_are_refused(field, value):
    args = {"m": 4, "n": 4, "k": 4, "rows": 2, "cols": 2} | {field: value}
    with pytest.raises(ConfigError, match="expected a positive integer"):
        gemm_timing(args["m"], args["n"], args["k"], args["rows"], args["cols"], "ws")


def test_unknown_dataflow_and_compat_are_refused():
    with pytest.raises(ConfigError, match="dataflow"):
        gemm_timing(1, 1, 1, 1, 1, "rs")
    with pytest.raises(ConfigError, match="compat"):
        gemm_timing(1, 1, 1, 1, 1, "ws", compat="timeloop")
