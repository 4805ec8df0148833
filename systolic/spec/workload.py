"""What the work is: the op vocabulary, one frozen dataclass per kind of op.

Ops (frozen dataclasses, one per kind):

``gemm``
    ``batch`` independent products ``O[M x N] = A[M x K] . B[K x N]``.
    ``B`` is a weight (``weights=True``, streamed from DRAM) or an
    activation. ``dtype`` is the activations' element type, ``weight_dtype``
    B's (default: the same), so int8 or fp8 weights with bf16 activations
    can be described.
``elementwise``
    ``op`` in add, mul, gelu, silu, silu_mul, rope, scale, copy over a
    ``rows x cols`` tensor.
``norm``
    layernorm or rmsnorm over ``rows`` rows of ``cols``.
``softmax``
    over ``rows`` rows of ``cols``.
``attention``
    ``batch`` sequences, ``heads`` query heads sharing ``kv_heads`` key/value
    heads (GQA), ``q_len`` queries against ``kv_len`` keys; ``fused``
    (flash-style: scores stay on chip) or not (two GEMMs and a softmax, the
    scores going through DRAM).
``allreduce``, ``allgather``, ``reducescatter``, ``alltoall``, ``broadcast``, ``sendrecv``
    collectives over ``participants`` chips, ``bytes`` each participant's
    input (``Collective``; an all-reduce sums them, as tensor parallelism does).
``embedding``
    a gather of ``tokens`` rows of ``hidden`` from a ``vocab``-row table.
``lm_head``
    the output projection ``tokens x vocab x hidden`` (a weight GEMM).

Each op knows its arithmetic (``flops``) and the least DRAM traffic it
needs (``min_bytes``: every input read once, every output written once).
Vector work is counted in lane operations per element
(``VECTOR_OPS_PER_ELEMENT``, our estimate of a simple SIMD unit: one
add/mul/exp per lane per cycle).

A ``Trace`` is ops in order and what each waits for; ``spec/traces.py``
reads and writes them as files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Union

from systolic.spec.hardware import DTYPES, DType
from systolic.spec.collective_ops import (COLLECTIVE_ALGORITHMS, COLLECTIVES, Allgather,
                                          Allreduce, Alltoall, Broadcast, Collective,
                                          Reducescatter, Sendrecv)

__all__ = [  # the op vocabulary, the collectives included
    "ARITY", "COLLECTIVE_ALGORITHMS", "COLLECTIVES", "ELEMENTWISE_OPS", "FUSABLE_OPS",
    "NORM_OPS", "TWO_INPUT_OPS", "VECTOR_OPS_PER_ELEMENT", "Allgather", "Allreduce",
    "Alltoall", "Attention", "Broadcast", "Collective", "Elementwise", "Embedding", "Gemm",
    "Norm", "Op", "Reducescatter", "Sendrecv", "Softmax", "Trace", "lm_head"]

# Lane operations per element on the vector unit (our estimate; see module doc).
VECTOR_OPS_PER_ELEMENT = {
    "add": 1, "mul": 1, "scale": 1, "copy": 1, "relu": 1,
    "silu": 4,       # exp, add, divide, multiply
    "silu_mul": 5,   # silu, then the product with the up projection
    "gelu": 8,       # tanh approximation: cube, 2 mul-adds, tanh (~3), 2 mul
    "rope": 3,       # x * cos + rotate(x) * sin
    "layernorm": 8,  # mean, centre, square, mean, rsqrt, normalize, scale, shift
    "rmsnorm": 5,    # square, mean, rsqrt, normalize, scale
    "softmax": 5,    # max, subtract, exp, sum, divide
    # backward passes and optimizer steps (spec/training.py), our estimates too:
    # gelu_grad: the forward's tanh, its derivative, the product; silu_mul_grad:
    # sigmoid, two partials, two products; softmax_grad: y * (dy - sum(y * dy));
    # norm grads: x-hat recomputed, row means of dy terms; adamw: two moments,
    # sqrt, divide, decay, step
    "gelu_grad": 10, "silu_mul_grad": 8, "softmax_grad": 3, "layernorm_grad": 10,
    "rmsnorm_grad": 7, "adamw": 12, "sgd": 2,
    # autocast (spec/autocast.py): a conversion, a mixed add, a column sum of two
    "cast_down": 1, "cast_up": 1, "add_mixed": 1, "column_sum": 2,
}
ELEMENTWISE_OPS = ("add", "mul", "relu", "gelu", "silu", "silu_mul", "rope", "scale", "copy",
                   "gelu_grad", "silu_mul_grad", "softmax_grad", "layernorm_grad",
                   "rmsnorm_grad", "adamw", "sgd", "cast_down", "cast_up", "add_mixed",
                   "column_sum")
TWO_INPUT_OPS = ("add", "mul", "silu_mul")
# Tensors an element-wise op reads and writes per element, where not (1 or 2, 1):
# a backward op reads its forward inputs and the gradient; AdamW reads weight,
# gradient and both moments and writes weight and moments back.
# Mixed dtypes (spec/autocast.py) count in tensors of the op's dtype: a bf16 tensor in
# an fp32 op is half a tensor; column_sum writes one row of partial sums per 32 rows
# (PyTorch's GammaBetaBackward blocks of 32 x 32).
ARITY = {"gelu_grad": (2, 1), "silu_mul_grad": (3, 2), "softmax_grad": (2, 1),
         "layernorm_grad": (2, 1), "rmsnorm_grad": (2, 1), "adamw": (4, 3), "sgd": (2, 1),
         "cast_down": (1, 0.5), "cast_up": (0.5, 1), "add_mixed": (1.5, 1),
         "column_sum": (2, 1 / 32)}
FUSABLE_OPS = ("add", "mul", "relu", "gelu", "silu", "silu_mul", "scale")  # a GEMM's epilogue can run them
NORM_OPS = ("layernorm", "rmsnorm")


def _dtype(name: str) -> DType:
    return DTYPES[name]


@dataclass(frozen=True)
class Gemm:
    """``batch`` independent products ``O[m x n] = A[m x k] . B[k x n]``."""

    kind: ClassVar[str] = "gemm"
    name: str
    m: int
    n: int
    k: int
    batch: int = 1
    dtype: str = "bf16"
    weights: bool = True
    weight_dtype: str | None = None
    epilogue: str = ""  # an element-wise op fused into the output drain (FUSABLE_OPS), or none

    @property
    def element(self) -> DType:
        """The activations' element type (A and O)."""
        return _dtype(self.dtype)

    @property
    def weight_element(self) -> DType:
        """B's element type."""
        return _dtype(self.weight_dtype or self.dtype)

    @property
    def macs(self) -> int:
        """Multiply-accumulates."""
        return self.batch * self.m * self.n * self.k

    @property
    def flops(self) -> int:
        """Two operations per MAC."""
        return 2 * self.macs

    @property
    def min_bytes(self) -> float:
        """A and B read once, O written once."""
        a_and_o = (self.m * self.k + self.m * self.n) * self.element.bytes
        return self.batch * (a_and_o + self.k * self.n * self.weight_element.bytes)


class _RowWise:
    """What ops over a ``rows x cols`` tensor on the vector unit share."""

    inputs = 1
    outputs = 1

    @property
    def lane_op(self) -> str:
        """The key of ``VECTOR_OPS_PER_ELEMENT`` that prices one element."""
        return self.op

    @property
    def elements(self) -> int:
        return self.rows * self.cols

    @property
    def vector_ops(self) -> int:
        return self.elements * VECTOR_OPS_PER_ELEMENT[self.lane_op]

    @property
    def flops(self) -> int:
        return self.vector_ops


@dataclass(frozen=True)
class Elementwise(_RowWise):
    """``op`` applied to every element of a ``rows x cols`` tensor."""

    kind: ClassVar[str] = "elementwise"
    name: str
    op: str
    rows: int
    cols: int
    dtype: str = "bf16"

    @property
    def inputs(self) -> int:
        """Input tensors read per element."""
        return ARITY[self.op][0] if self.op in ARITY else 2 if self.op in TWO_INPUT_OPS else 1

    @property
    def outputs(self) -> int:
        """Output tensors written per element."""
        return ARITY[self.op][1] if self.op in ARITY else 1

    @property
    def flops(self) -> int:
        return 0 if self.op == "copy" else self.vector_ops

    @property
    def min_bytes(self) -> float:
        return self.elements * (self.inputs + self.outputs) * _dtype(self.dtype).bytes


@dataclass(frozen=True)
class Norm(_RowWise):
    """Layer or RMS normalization of ``rows`` rows of ``cols``."""

    kind: ClassVar[str] = "norm"
    name: str
    op: str
    rows: int
    cols: int
    dtype: str = "bf16"

    @property
    def min_bytes(self) -> float:
        return (2 * self.elements + self.cols) * _dtype(self.dtype).bytes


@dataclass(frozen=True)
class Softmax(_RowWise):
    """Softmax along each of ``rows`` rows of ``cols``."""

    kind: ClassVar[str] = "softmax"
    lane_op: ClassVar[str] = "softmax"
    name: str
    rows: int
    cols: int
    dtype: str = "bf16"

    @property
    def min_bytes(self) -> float:
        return 2 * self.elements * _dtype(self.dtype).bytes


@dataclass(frozen=True)
class Attention:
    """Scaled dot-product attention of ``heads`` query heads over ``kv_heads``."""

    kind: ClassVar[str] = "attention"
    name: str
    batch: int
    heads: int
    kv_heads: int
    head_dim: int
    q_len: int
    kv_len: int
    causal: bool = True
    fused: bool = True
    dtype: str = "bf16"
    kv_cached: bool = True  # False: keys and values passing through (a ring attention step)
    backward: bool = False  # the gradients dQ, dK, dV from dO (flash-style: scores recomputed)

    @property
    def group(self) -> int:
        """Query heads per key/value head."""
        return self.heads // self.kv_heads

    @property
    def score_elements(self) -> int:
        """Query-key pairs computed (the whole rectangle: masked ones are computed too)."""
        return self.batch * self.heads * self.q_len * self.kv_len

    @property
    def products(self) -> int:
        """Score-sized matrix products: QK^T and PV forward; backward QK^T
        again, dP = dO V^T, dV = P^T dO, dQ = dS K and dK = dS^T Q."""
        return 5 if self.backward else 2

    @property
    def macs(self) -> int:
        return self.products * self.score_elements * self.head_dim

    @property
    def vector_ops(self) -> int:
        backward = VECTOR_OPS_PER_ELEMENT["softmax_grad"] if self.backward else 0
        return self.score_elements * (VECTOR_OPS_PER_ELEMENT["softmax"] + backward)

    @property
    def flops(self) -> int:
        return 2 * self.macs + self.vector_ops

    @property
    def kv_cache_bytes(self) -> float:
        """K and V read once: 2 x kv_heads x head_dim x kv_len x batch x bytes."""
        return 2 * self.kv_heads * self.head_dim * self.kv_len * self.batch * \
            _dtype(self.dtype).bytes

    @property
    def min_bytes(self) -> float:
        """Q and O (backward: Q, O, dO, dQ) and K, V (backward: dK, dV too)."""
        query_tensors, kv_passes = (4, 2) if self.backward else (2, 1)
        q_side = query_tensors * self.batch * self.heads * self.q_len * self.head_dim
        return q_side * _dtype(self.dtype).bytes + kv_passes * self.kv_cache_bytes


@dataclass(frozen=True)
class Embedding:
    """A gather of ``tokens`` rows of ``hidden`` from a ``vocab`` x ``hidden`` table."""

    kind: ClassVar[str] = "embedding"
    name: str
    tokens: int
    hidden: int
    vocab: int
    dtype: str = "bf16"

    flops = 0
    inputs = outputs = 1
    op = "copy"

    @property
    def elements(self) -> int:
        return self.tokens * self.hidden

    @property
    def vector_ops(self) -> int:
        return self.elements

    @property
    def min_bytes(self) -> float:
        return 2 * self.elements * _dtype(self.dtype).bytes


Op = Union[Gemm, Elementwise, Norm, Softmax, Attention, Collective, Embedding]


def lm_head(name: str, tokens: int, hidden: int, vocab: int, dtype: str = "bf16",
            weight_dtype: str | None = None) -> Gemm:
    """The output projection: a weight GEMM of ``tokens x vocab x hidden``."""
    return Gemm(name, tokens, vocab, hidden, dtype=dtype, weight_dtype=weight_dtype)


@dataclass(frozen=True)
class Trace:
    """Ops in order, and what each waits for."""

    ops: tuple[Op, ...]
    deps: dict[str, tuple[str, ...]]
