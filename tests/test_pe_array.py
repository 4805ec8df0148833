"""The PE-level engine: real products, and cycles a hand derivation gives."""

import numpy as np
import pytest

from systolic.core import numerics
from systolic.core.pe_array import run_gemm
from systolic.errors import ConfigError


def test_ws_2x2_by_hand():
    # A = [[1, 2], [3, 4]], W = [[5, 6], [7, 8]] on a 2x2 weight-stationary array.
    # Cycles 0-1: W shifted in from the top (row 1 first, then row 0).
    # Cycle 2: A[0,0]=1 enters PE(0,0): psum 1*5.       (stream cycle 0)
    # Cycle 3: PE(0,1) 1*6; PE(1,0) gets 5 + A[0,1]*7 = 19 and O[0,0]=19 leaves.
    # ... O[1,1] = 3*6 + 4*8 = 50 leaves PE(1,1) at stream cycle 1+1+1 = 3.
    # Total = preload 2 + stream (M + R + C - 2 = 4) = 6 cycles.
    a = np.array([[1, 2], [3, 4]], dtype=np.int32)
    w = np.array([[5, 6], [7, 8]], dtype=np.int32)
    run = run_gemm(a, w, 2, 2, "ws")
    assert run.product.tolist() == [[19, 22], [43, 50]]
    assert run.cycles == 6
    assert run.fold_cycles.tolist() == [6]
    assert run.busy_macs.tolist() == [[2, 2], [2, 2]]
    assert (run.input_reads, run.weight_reads, run.output_writes) == (4, 4, 4)


def test_os_2x2_by_hand():
    # A[i, k] meets B[k, j] in PE(i, j) at cycle k + i + j; PE(1,1) finishes
    # with k = 1 at cycle 1 + 1 + 1 = 3, so the fold takes 4 = K + R + C - 2.
    a = np.array([[1, 2], [3, 4]], dtype=np.int32)
    b = np.array([[5, 6], [7, 8]], dtype=np.int32)
    run = run_gemm(a, b, 2, 2, "os")
    assert run.product.tolist() == [[19, 22], [43, 50]]
    assert run.cycles == 4


def test_is_is_ws_with_operands_swapped():
    # Input-stationary holds A^T (K x M) and streams B^T: 2 preload + N + R + M - 2.
    a = np.array([[1, 2], [3, 4]], dtype=np.int32)
    b = np.array([[5, 6], [7, 8]], dtype=np.int32)
    run = run_gemm(a, b, 2, 2, "is")
    assert run.product.tolist() == [[19, 22], [43, 50]]
    assert run.cycles == 6
    assert (run.input_reads, run.weight_reads) == (4, 4)


def test_partial_fold_uses_only_the_rows_and_columns_it_needs():
    # K = 3 on R = 2: folds of 2 and 1 rows; N = 3 on C = 2: 2 and 1 columns.
    a = np.arange(15, dtype=np.int32).reshape(5, 3)
    w = np.arange(9, dtype=np.int32).reshape(3, 3)
    run = run_gemm(a, w, 2, 2, "ws")
    assert np.array_equal(run.product, a @ w)
    # fold = kf + R + nf + M - 2, column folds outer
    assert run.fold_cycles.tolist() == [2 + 2 + 2 + 3, 1 + 2 + 2 + 3, 2 + 2 + 1 + 3, 1 + 2 + 1 + 3]
    assert run.busy_macs.sum() == 5 * 3 * 3


@pytest.mark.parametrize("dataflow", ["ws", "os", "is"])
@pytest.mark.parametrize("dtype", ["int8", "int4"])
def test_integer_products_are_bit_exact(dataflow, dtype):
    rng = np.random.default_rng(7)
    a = numerics.random_operand((23, 41), dtype, rng)
    b = numerics.random_operand((41, 13), dtype, rng)
    run = run_gemm(a, b, 8, 5, dataflow)
    assert np.array_equal(run.product, numerics.reference_product(a, b))


def test_int32_accumulation_wraps_like_numpy():
    a = np.full((1, 3), 2**20, dtype=np.int32)
    b = np.full((3, 1), 2**11, dtype=np.int32)
    run = run_gemm(a, b, 2, 2, "ws")
    assert run.product[0, 0] == -(2**31)  # 3 * 2**31 wrapped to 32 bits
    assert np.array_equal(run.product, numerics.reference_product(a, b))


@pytest.mark.parametrize("dataflow", ["ws", "os", "is"])
@pytest.mark.parametrize("dtype", ["fp16", "bf16", "fp32"])
def test_float_products_are_within_fp32_accumulation_tolerance(dataflow, dtype):
    rng = np.random.default_rng(3)
    a = numerics.random_operand((19, 70), dtype, rng)
    b = numerics.random_operand((70, 11), dtype, rng)
    run = run_gemm(a, b, 6, 4, dataflow)
    assert run.product.dtype == np.float32
    error, within = numerics.max_error(run.product, a, b)
    assert within and error > 0  # fp32 sums do round; a zero error would mean fp64


def test_bf16_rounding_is_round_half_to_even():
    values = np.array([1 + 2**-8, 1 + 2**-8 + 2**-9, 1 + 3 * 2**-8], dtype=np.float32)
    assert numerics.round_to_bf16(values).tolist() == [1.0, 1 + 2**-7, 1 + 2**-6]


@pytest.mark.parametrize("shapes", [((2, 3), (4, 2)), ((0, 3), (3, 2)), ((3,), (3, 1))])
def test_bad_operands_are_refused(shapes):
    a, b = (np.ones(s, dtype=np.int32) for s in shapes)
    with pytest.raises(ConfigError, match="operands"):
        run_gemm(a, b, 2, 2, "ws")


def test_unknown_dataflow_is_refused():
    with pytest.raises(ConfigError, match="dataflow: expected one of ws, os, is, got 'xs'"):
        run_gemm(np.ones((2, 2), np.int32), np.ones((2, 2), np.int32), 2, 2, "xs")
