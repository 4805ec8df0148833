"""Element types as the PE-level engine computes with them.

numpy has no bfloat16 or 8-bit floats, so operands are drawn in the
storage type and then widened to the type the PEs accumulate in:

- ``int8`` / ``int4``: integers in the type's range, products summed in
  int32 (wrapping on overflow, as numpy's int32 does);
- ``fp16``: numpy float16 values, summed in fp32;
- ``bf16``: fp32 values rounded to the nearest bfloat16 (round half to
  even on the 16 dropped mantissa bits), summed in fp32;
- ``fp32``: summed in fp32.

``tolerance`` bounds how far an fp32 accumulation in the array's order may
drift from an exact (fp64) product: each of the K additions rounds once,
so ``|error| <= K * eps32 * sum_k |a_ik * b_kj|``.
"""

from __future__ import annotations

import numpy as np

from systolic.errors import ConfigError

PE_DTYPES = ("int4", "int8", "fp16", "bf16", "fp32")
INTEGER_RANGES = {"int4": (-8, 8), "int8": (-128, 128)}
FP32_EPSILON = float(np.finfo(np.float32).eps)


def round_to_bf16(x: np.ndarray) -> np.ndarray:
    """fp32 values rounded to the nearest bfloat16, returned as fp32."""
    bits = np.asarray(x, dtype=np.float32).view(np.uint32)
    rounding = np.uint32(0x7FFF) + ((bits >> np.uint32(16)) & np.uint32(1))
    return ((bits + rounding) & np.uint32(0xFFFF0000)).view(np.float32)


def random_operand(shape: tuple[int, int], dtype: str, rng: np.random.Generator) -> np.ndarray:
    """A random matrix of ``dtype`` values, stored in the PE accumulation type."""
    if dtype not in PE_DTYPES:
        raise ConfigError(f"dtype: the PE-level engine computes with "
                          f"{', '.join(PE_DTYPES)}, got {dtype!r}")
    if dtype in INTEGER_RANGES:
        low, high = INTEGER_RANGES[dtype]
        return rng.integers(low, high, size=shape).astype(np.int32)
    values = rng.standard_normal(shape).astype(np.float32)
    if dtype == "fp16":
        return values.astype(np.float16).astype(np.float32)
    if dtype == "bf16":
        return round_to_bf16(values)
    return values


def reference_product(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The exact product: int64 for integers (then wrapped to int32), fp64 for floats."""
    if np.issubdtype(a.dtype, np.integer):
        return (a.astype(np.int64) @ b.astype(np.int64)).astype(np.int32)
    return a.astype(np.float64) @ b.astype(np.float64)


def tolerance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per-element bound on fp32 accumulation error (zero for integers)."""
    if np.issubdtype(a.dtype, np.integer):
        return np.zeros((a.shape[0], b.shape[1]))
    magnitude = np.abs(a.astype(np.float64)) @ np.abs(b.astype(np.float64))
    return a.shape[1] * FP32_EPSILON * magnitude


def max_error(product: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[float, bool]:
    """(largest absolute error vs the exact product, whether all are within tolerance)."""
    error = np.abs(product.astype(np.float64) - reference_product(a, b).astype(np.float64))
    return float(error.max()), bool(np.all(error <= tolerance(a, b)))
