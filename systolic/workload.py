"""What the work is: the op vocabulary.

A GEMM computes ``O[M x N] = A[M x K] . B[K x N]``, ``batch`` times with
independent operands. ``B`` is either a weight (streamed from DRAM once per
use) or an activation; ``dtype`` is the operand element type, and the
product accumulates in that type's accumulation type (``hardware.DTYPES``).

Ops know their own arithmetic (MACs) and the least traffic they need
(every operand read once, every output written once): the floor that any
schedule's DRAM traffic is checked against.
"""

from __future__ import annotations

from dataclasses import dataclass

from systolic.errors import ConfigError
from systolic.hardware import DTYPES, DType


@dataclass(frozen=True)
class Gemm:
    """``batch`` independent products ``O[m x n] = A[m x k] . B[k x n]``."""

    name: str
    m: int
    n: int
    k: int
    batch: int = 1
    dtype: str = "bf16"
    weights: bool = True

    def __post_init__(self):
        for field in ("m", "n", "k", "batch"):
            value = getattr(self, field)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"{self.name}: {field.upper() if field != 'batch' else field}: "
                                  f"expected a positive integer, got {value!r}")
        if self.dtype not in DTYPES:
            raise ConfigError(f"{self.name}: dtype: expected one of {', '.join(DTYPES)}, "
                              f"got {self.dtype!r}")

    kind = "gemm"

    @property
    def element(self) -> DType:
        """The operand element type."""
        return DTYPES[self.dtype]

    @property
    def macs(self) -> int:
        """Multiply-accumulates."""
        return self.batch * self.m * self.n * self.k

    @property
    def flops(self) -> int:
        """Floating-point (or integer) operations: two per MAC."""
        return 2 * self.macs

    @property
    def min_bytes(self) -> float:
        """Each operand read once and the output written once, in bytes."""
        elements = self.m * self.k + self.k * self.n + self.m * self.n
        return self.batch * elements * self.element.bytes
