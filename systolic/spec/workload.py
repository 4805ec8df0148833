"""What the work is: the op vocabulary and JSON Lines traces.

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
``allreduce``
    ``bytes`` summed over ``participants`` chips (tensor parallelism).
``embedding``
    a gather of ``tokens`` rows of ``hidden`` from a ``vocab``-row table.
``lm_head``
    the output projection ``tokens x vocab x hidden`` (a weight GEMM).

Each op knows its arithmetic (``flops``) and the least DRAM traffic it
needs (``min_bytes``: every input read once, every output written once).
Vector work is counted in lane operations per element
(``VECTOR_OPS_PER_ELEMENT``, our estimate of a simple SIMD unit: one
add/mul/exp per lane per cycle).

Traces are JSON Lines, one op per line, with the fields above (see
``docs/trace-format.md``); ``deps`` names ops that must finish first
(default: the previous line). ``read_trace`` reports file, line and field
for every mistake.
"""

from __future__ import annotations

import csv
import json
import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import ClassVar, Union

from systolic.errors import TraceError
from systolic.spec.fields import BOOLEAN, NON_EMPTY_TEXT, POSITIVE_INT, from_text, one_of
from systolic.spec.hardware import DTYPE_NAME, DTYPES, DType

# Lane operations per element on the vector unit (our estimate; see module doc).
VECTOR_OPS_PER_ELEMENT = {
    "add": 1, "mul": 1, "scale": 1, "copy": 1,
    "silu": 4,       # exp, add, divide, multiply
    "silu_mul": 5,   # silu, then the product with the up projection
    "gelu": 8,       # tanh approximation: cube, 2 mul-adds, tanh (~3), 2 mul
    "rope": 3,       # x * cos + rotate(x) * sin
    "layernorm": 8,  # mean, centre, square, mean, rsqrt, normalize, scale, shift
    "rmsnorm": 5,    # square, mean, rsqrt, normalize, scale
    "softmax": 5,    # max, subtract, exp, sum, divide
}
ELEMENTWISE_OPS = ("add", "mul", "gelu", "silu", "silu_mul", "rope", "scale", "copy")
TWO_INPUT_OPS = ("add", "mul", "silu_mul")
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


@dataclass(frozen=True)
class Allreduce:
    """A ring all-reduce of ``bytes`` over ``participants`` chips."""

    kind: ClassVar[str] = "allreduce"
    name: str
    bytes: int
    participants: int

    flops = 0

    @property
    def link_bytes(self) -> float:
        """Bytes each chip sends: 2 (p - 1) / p of the buffer (reduce-scatter + all-gather)."""
        return 2 * (self.participants - 1) / self.participants * self.bytes

    @property
    def min_bytes(self) -> float:
        return 2 * self.bytes


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


Op = Union[Gemm, Elementwise, Norm, Softmax, Attention, Allreduce, Embedding]
VECTOR_KINDS = (Elementwise, Norm, Softmax, Embedding)


def lm_head(name: str, tokens: int, hidden: int, vocab: int, dtype: str = "bf16",
            weight_dtype: str | None = None) -> Gemm:
    """The output projection: a weight GEMM of ``tokens x vocab x hidden``."""
    return Gemm(name, tokens, vocab, hidden, dtype=dtype, weight_dtype=weight_dtype)


def op_macs(op: Op) -> int:
    """MACs an op runs on the arrays."""
    return op.macs if isinstance(op, (Gemm, Attention)) else 0


# --- validation (the checks: spec/fields.py) ---------------------------------------

# kind -> (class, {trace field: (attribute, check)}, required fields)
_POSITIVE = POSITIVE_INT
SCHEMAS = {
    "gemm": (Gemm, {"M": ("m", _POSITIVE), "N": ("n", _POSITIVE), "K": ("k", _POSITIVE),
                    "batch": ("batch", _POSITIVE), "dtype": ("dtype", DTYPE_NAME),
                    "weights": ("weights", BOOLEAN),
                    "weight_dtype": ("weight_dtype", DTYPE_NAME)}, ("M", "N", "K")),
    "elementwise": (Elementwise, {"op": ("op", one_of(ELEMENTWISE_OPS)),
                                  "rows": ("rows", _POSITIVE), "cols": ("cols", _POSITIVE),
                                  "dtype": ("dtype", DTYPE_NAME)}, ("op", "rows", "cols")),
    "norm": (Norm, {"op": ("op", one_of(NORM_OPS)), "rows": ("rows", _POSITIVE),
                    "cols": ("cols", _POSITIVE), "dtype": ("dtype", DTYPE_NAME)},
             ("op", "rows", "cols")),
    "softmax": (Softmax, {"rows": ("rows", _POSITIVE), "cols": ("cols", _POSITIVE),
                          "dtype": ("dtype", DTYPE_NAME)}, ("rows", "cols")),
    "attention": (Attention, {"batch": ("batch", _POSITIVE), "heads": ("heads", _POSITIVE),
                              "kv_heads": ("kv_heads", _POSITIVE),
                              "head_dim": ("head_dim", _POSITIVE),
                              "q_len": ("q_len", _POSITIVE), "kv_len": ("kv_len", _POSITIVE),
                              "causal": ("causal", BOOLEAN), "fused": ("fused", BOOLEAN),
                              "dtype": ("dtype", DTYPE_NAME)},
                  ("batch", "heads", "kv_heads", "head_dim", "q_len", "kv_len")),
    "allreduce": (Allreduce, {"bytes": ("bytes", _POSITIVE),
                              "participants": ("participants", _POSITIVE)},
                  ("bytes", "participants")),
    "embedding": (Embedding, {"tokens": ("tokens", _POSITIVE), "hidden": ("hidden", _POSITIVE),
                              "vocab": ("vocab", _POSITIVE), "dtype": ("dtype", DTYPE_NAME)},
                  ("tokens", "hidden", "vocab")),
    "lm_head": (Gemm, {"tokens": ("m", _POSITIVE), "vocab": ("n", _POSITIVE),
                       "hidden": ("k", _POSITIVE), "dtype": ("dtype", DTYPE_NAME),
                       "weight_dtype": ("weight_dtype", DTYPE_NAME)},
                ("tokens", "vocab", "hidden")),
}
COMMON_FIELDS = ("name", "kind", "deps")
_KIND = one_of(SCHEMAS)


def op_from_record(record: dict, where: str) -> Op:
    """Build an op from one trace record; ``where`` is ``file:line`` for errors."""
    kind = record.get("kind")
    if not _KIND(kind):
        raise TraceError(f"{where}: kind: {_KIND.message(kind)}")
    name = record.get("name")
    if not NON_EMPTY_TEXT(name):
        raise TraceError(f"{where}: name: {NON_EMPTY_TEXT.message(name)}")
    cls, schema, required = SCHEMAS[kind]
    values = {"name": name}
    for key, value in record.items():
        if key in COMMON_FIELDS:
            continue
        if key not in schema:
            raise TraceError(f"{where}: {key}: unknown field for kind {kind!r} "
                             f"(fields: {', '.join(schema)})")
        attribute, check = schema[key]
        if not check(value):
            raise TraceError(f"{where}: {key}: {check.message(value)}")
        values[attribute] = value
    for key in required:
        if key not in record:
            raise TraceError(f"{where}: {key}: missing (required for kind {kind!r})")
    op = cls(**values)
    if isinstance(op, Attention) and op.heads % op.kv_heads:
        raise TraceError(f"{where}: kv_heads: expected a divisor of heads ({op.heads}), "
                         f"got {op.kv_heads}")
    return op


def op_to_record(op: Op) -> dict:
    """The trace record of an op (inverse of ``op_from_record``)."""
    cls, schema, _ = SCHEMAS[op.kind]
    record = {"name": op.name, "kind": op.kind}
    for key, (attribute, _) in schema.items():
        value = getattr(op, attribute)
        if value is not None:
            record[key] = value
    return record


@dataclass(frozen=True)
class Trace:
    """Ops in order, and what each waits for."""

    ops: tuple[Op, ...]
    deps: dict[str, tuple[str, ...]]


def read_trace(path: str | Path) -> Trace:
    """Read a JSON Lines trace; every mistake names the file, line and field."""
    path = Path(path)
    try:
        lines = path.read_text().splitlines()
    except OSError as err:
        raise TraceError(f"{path.name}: cannot read: {err.strerror}") from None
    except UnicodeDecodeError:
        raise TraceError(f"{path.name}: not a text file") from None
    return parse_trace(lines, path.name)


def parse_trace(lines: list[str], source: str) -> Trace:
    """Parse trace lines (blank lines and ``#`` comments are skipped)."""
    ops: list[Op] = []
    deps: dict[str, tuple[str, ...]] = {}
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise TraceError(f"{where}: malformed JSON: {err.msg} (column {err.colno})") from None
        if not isinstance(record, dict):
            raise TraceError(f"{where}: expected a JSON object, got {type(record).__name__}")
        op = op_from_record(record, where)
        if op.name in seen:
            raise TraceError(f"{where}: name: {op.name!r} already used on line {seen[op.name]}")
        deps[op.name] = _deps(record, where, seen, ops)
        seen[op.name] = number
        ops.append(op)
    if not ops:
        raise TraceError(f"{source}: no ops")
    return Trace(tuple(ops), deps)


def _deps(record: dict, where: str, seen: dict, ops: list) -> tuple[str, ...]:
    """An op's dependencies: listed ones (which must come earlier), else the previous op."""
    if "deps" not in record:
        return (ops[-1].name,) if ops else ()
    listed = record["deps"]
    if not isinstance(listed, list) or not all(isinstance(d, str) for d in listed):
        raise TraceError(f"{where}: deps: expected a list of op names, got {listed!r}")
    for dep in listed:
        if dep not in seen:
            raise TraceError(f"{where}: deps: {dep!r} is not an earlier op (dependencies "
                             f"must point backwards, so a trace cannot have cycles)")
    return tuple(listed)


def trace_lines(trace: Trace) -> list[str]:
    """JSON Lines for a trace, ``deps`` written where they differ from the default."""
    lines = []
    previous = None
    for op in trace.ops:
        record = op_to_record(op)
        deps = trace.deps.get(op.name, ())
        if deps != ((previous,) if previous else ()):
            record["deps"] = list(deps)
        lines.append(json.dumps(record))
        previous = op.name
    return lines


# --- SCALE-Sim topologies -----------------------------------------------------------

def read_scalesim_topology(path: str | Path, form: str = "conv", dtype: str = "int8") -> Trace:
    """A SCALE-Sim topology CSV as a chain of GEMMs.

    ``form="gemm"``: rows ``name, M, N, K,``. ``form="conv"``: rows ``name,
    IFMAP_H, IFMAP_W, Filt_H, Filt_W, Channels, Num_Filt, Stride,``, lowered
    as SCALE-Sim does (im2col): ``M = E_h * E_w``, ``K = Fh * Fw * C``,
    ``N = Num_Filt`` with ``E = ceil((H - F + s) / s)``; layers whose name
    contains ``DP`` (depth-wise) become ``Channels`` GEMMs with one channel.
    The first line is a header; every data row ends with a comma.
    """
    path = Path(path)
    try:
        rows = list(csv.reader(path.read_text().splitlines()))
    except OSError as err:
        raise TraceError(f"{path.name}: cannot read: {err.strerror}") from None
    ops: list[Gemm] = []
    for number, row in enumerate(rows[1:], start=2):
        fields_ = [f.strip() for f in row]
        if not any(fields_):
            continue
        ops += _topology_row(fields_, f"{path.name}:{number}", form, dtype)
    if not ops:
        raise TraceError(f"{path.name}: no layers")
    names = [op.name for op in ops]
    return Trace(tuple(ops), {b: (a,) for a, b in zip(names, names[1:])})


def _topology_row(row: list[str], where: str, form: str, dtype: str) -> list[Gemm]:
    columns = ["name", "M", "N", "K"] if form == "gemm" else [
        "name", "IFMAP_H", "IFMAP_W", "Filt_H", "Filt_W", "Channels", "Num_Filt", "Stride"]
    if len(row) < len(columns):
        raise TraceError(f"{where}: expected {len(columns)} fields ({', '.join(columns)}), "
                         f"got {len([f for f in row if f])}")
    values = {}
    for column, text in zip(columns[1:], row[1:len(columns)]):
        try:
            values[column] = from_text(text, int, POSITIVE_INT)
        except ValueError as err:
            raise TraceError(f"{where}: {column}: {err}") from None
    name = row[0] or f"layer{where.rsplit(':', 1)[1]}"
    if form == "gemm":
        return [Gemm(name, values["M"], values["N"], values["K"], dtype=dtype)]
    stride = values["Stride"]
    out_h = math.ceil((values["IFMAP_H"] - values["Filt_H"] + stride) / stride)
    out_w = math.ceil((values["IFMAP_W"] - values["Filt_W"] + stride) / stride)
    if out_h < 1 or out_w < 1:
        raise TraceError(f"{where}: Filt_H: the filter is larger than the input map")
    m = out_h * out_w
    if "DP" in name:
        k = values["Filt_H"] * values["Filt_W"]
        return [Gemm(f"{name}.c{c}", m, values["Num_Filt"], k, dtype=dtype)
                for c in range(values["Channels"])]
    k = values["Filt_H"] * values["Filt_W"] * values["Channels"]
    return [Gemm(name, m, values["Num_Filt"], k, dtype=dtype)]


__all__ = ["Allreduce", "Attention", "Elementwise", "Embedding", "Gemm", "Norm", "Op",
           "Softmax", "Trace", "VECTOR_KINDS", "asdict", "fields", "lm_head", "op_macs",
           "parse_trace", "read_scalesim_topology", "read_trace", "trace_lines"]
