"""Traces: ops as JSON Lines files (ours), and SCALE-Sim topology CSVs.

A trace is one op per line, ``{"name": ..., "kind": ..., ...}`` with the
fields of that kind (``docs/trace-format.md``, ``SCHEMAS`` below); ``deps``
names ops that must finish first (default: the previous line). Every record
is checked against its kind's schema, and every mistake names the file, the
line and the field. SCALE-Sim's topology CSVs (conv or GEMM form) are read
into the same ``Trace`` of GEMMs.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

from systolic.errors import TraceError
from systolic.spec.fields import (BOOLEAN, DIMENSION, NON_EMPTY_TEXT, POSITIVE_INT, bounded,
                                  from_text, one_of)
from systolic.spec.hardware import DTYPE_NAME
from systolic.spec.presets import read_text
from systolic.spec.workload import (COLLECTIVE_ALGORITHMS, COLLECTIVES, ELEMENTWISE_OPS, NORM_OPS,
                                    Attention, Collective, Elementwise, Embedding, Gemm, Norm, Op,
                                    Softmax, Trace)

# --- validation (the checks: spec/fields.py) ---------------------------------------

# kind -> (class, {trace field: (attribute, check)}, required fields)
_POSITIVE = DIMENSION  # every size and count: 1 to 2**31 (fields.MAX_DIMENSION)
# A collective's bytes: 2**31 elements of 8 bytes and more (a 131072-token
# prefill's activations at hidden 8192 are 2 GiB); 2**50 bytes is 1 PiB.
_BYTES = bounded(POSITIVE_INT, high=2**50, why="2**50 bytes, a PiB")
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
                              "kv_cached": ("kv_cached", BOOLEAN),
                              "backward": ("backward", BOOLEAN),
                              "dtype": ("dtype", DTYPE_NAME)},
                  ("batch", "heads", "kv_heads", "head_dim", "q_len", "kv_len")),
    **{kind: (cls, {"bytes": ("bytes", _BYTES), "participants": ("participants", _POSITIVE),
                    "algorithm": ("algorithm", one_of(COLLECTIVE_ALGORITHMS[kind]))},
              ("bytes", "participants"))
       for kind, cls in COLLECTIVES.items()},
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
    if isinstance(op, Attention) and op.causal and op.q_len > op.kv_len:
        raise TraceError(f"{where}: q_len: expected at most kv_len ({op.kv_len}) for causal "
                         f"attention (the queries are the last q_len of the keys' positions), "
                         f"got {op.q_len}")
    if isinstance(op, Collective) and op.output_bytes > _BYTES.high:
        raise TraceError(f"{where}: participants: this {op.kind} of {op.bytes} bytes over "
                         f"{op.participants} chips outputs {op.output_bytes:.3g} bytes; "
                         f"expected at most 2**50 (a PiB)")
    return op


def op_to_record(op: Op) -> dict:
    """The trace record of an op (inverse of ``op_from_record``)."""
    cls, schema, _ = SCHEMAS[op.kind]
    record = {"name": op.name, "kind": op.kind}
    for key, (attribute, _) in schema.items():
        value = getattr(op, attribute)
        if value is not None and value != "":  # unset, or a collective's chosen algorithm
            record[key] = value
    return record


def read_trace(path: str | Path) -> Trace:
    """Read a JSON Lines trace; every mistake names the file, line and field."""
    path = Path(path)
    lines = read_text(path, error=TraceError).splitlines()
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
    rows = list(csv.reader(read_text(path, error=TraceError).splitlines()))
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
            values[column] = from_text(text, int, DIMENSION)
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

