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
from systolic.spec.systems import Axis

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
}
ELEMENTWISE_OPS = ("add", "mul", "relu", "gelu", "silu", "silu_mul", "rope", "scale", "copy")
TWO_INPUT_OPS = ("add", "mul", "silu_mul")
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
        """Input tensors read per output element."""
        return 2 if self.op in TWO_INPUT_OPS else 1

    @property
    def flops(self) -> int:
        return 0 if self.op == "copy" else self.vector_ops

    @property
    def min_bytes(self) -> float:
        return self.elements * (self.inputs + 1) * _dtype(self.dtype).bytes


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

    @property
    def group(self) -> int:
        """Query heads per key/value head."""
        return self.heads // self.kv_heads

    @property
    def score_elements(self) -> int:
        """Query-key pairs computed (the whole rectangle: masked ones are computed too)."""
        return self.batch * self.heads * self.q_len * self.kv_len

    @property
    def macs(self) -> int:
        """Scores (QK^T) and context (PV)."""
        return 2 * self.score_elements * self.head_dim

    @property
    def vector_ops(self) -> int:
        return self.score_elements * VECTOR_OPS_PER_ELEMENT["softmax"]

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
        q_and_o = 2 * self.batch * self.heads * self.q_len * self.head_dim
        return q_and_o * _dtype(self.dtype).bytes + self.kv_cache_bytes


# The collectives, and the algorithms each may run (mapping/collectives.py
# models them; an op's "" (a trace leaves the field out): the fastest).
COLLECTIVE_ALGORITHMS = {
    "allreduce": ("ring", "tree", "hierarchical"), "allgather": ("ring", "hierarchical"),
    "reducescatter": ("ring", "hierarchical"),
    "alltoall": ("direct", "ring"), "broadcast": ("ring", "tree"), "sendrecv": ("direct",),
}


@dataclass(frozen=True)
class Collective:
    """A collective over ``participants`` chips; ``bytes`` is each participant's
    input buffer; ``algorithm`` one of ``COLLECTIVE_ALGORITHMS[kind]``, or
    "" for the fastest by the cost model; ``network`` the system's axes the
    participants span (``spec/systems.py``; a layout sets it, a trace cannot),
    else the chip's own link."""

    kind: ClassVar[str]
    in_place: ClassVar[bool] = False  # the output overwrites the input buffer
    name: str
    bytes: int
    participants: int
    algorithm: str = ""
    network: tuple[Axis, ...] = ()  # the axes its group spans; (): the chip's link

    flops = 0

    @property
    def output_bytes(self) -> float:
        """Each participant's output buffer."""
        return self.bytes

    @property
    def buffer_bytes(self) -> float:
        """Memory each participant holds for it: input and output, one buffer in place."""
        return self.bytes if self.in_place else self.bytes + self.output_bytes

    @property
    def min_bytes(self) -> float:
        """The input read once and the output written once, per participant."""
        return self.bytes + self.output_bytes


@dataclass(frozen=True)
class Allreduce(Collective):
    """Every participant ends with the sum of all ``bytes``-long inputs."""

    kind: ClassVar[str] = "allreduce"
    in_place: ClassVar[bool] = True


@dataclass(frozen=True)
class Allgather(Collective):
    """Every participant ends with all inputs, ``participants x bytes``."""

    kind: ClassVar[str] = "allgather"

    @property
    def output_bytes(self) -> float:
        return self.participants * self.bytes


@dataclass(frozen=True)
class Reducescatter(Collective):
    """Every participant ends with its ``1 / participants`` of the sum."""

    kind: ClassVar[str] = "reducescatter"

    @property
    def output_bytes(self) -> float:
        return self.bytes / self.participants


@dataclass(frozen=True)
class Alltoall(Collective):
    """Every participant sends its ``j``-th ``1 / participants`` to participant ``j``."""

    kind: ClassVar[str] = "alltoall"


@dataclass(frozen=True)
class Broadcast(Collective):
    """One participant's ``bytes`` reach every other."""

    kind: ClassVar[str] = "broadcast"
    in_place: ClassVar[bool] = True


@dataclass(frozen=True)
class Sendrecv(Collective):
    """Point to point: ``bytes`` from one chip to the next (a pipeline stage's hand-over)."""

    kind: ClassVar[str] = "sendrecv"
    in_place: ClassVar[bool] = True


COLLECTIVES = {cls.kind: cls for cls in (Allreduce, Allgather, Reducescatter, Alltoall,
                                         Broadcast, Sendrecv)}


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
    inputs = 1
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
