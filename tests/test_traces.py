"""Ops and traces: what each op costs, and every malformed line named."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.errors import TraceError
from systolic.spec.traces import parse_trace, read_scalesim_topology, read_trace, trace_lines
from systolic.spec.workload import Attention, Elementwise, Gemm


def parse(*records):
    return parse_trace([r if isinstance(r, str) else json.dumps(r) for r in records], "t.jsonl")


def test_a_trace_reads_ops_in_order_with_default_and_explicit_deps():
    trace = parse({"name": "a", "kind": "gemm", "M": 4, "N": 8, "K": 16},
                  {"name": "b", "kind": "gemm", "M": 4, "N": 8, "K": 16, "dtype": "int8"},
                  {"name": "c", "kind": "softmax", "rows": 4, "cols": 8, "deps": ["a"]})
    assert [op.name for op in trace.ops] == ["a", "b", "c"]
    assert trace.deps == {"a": (), "b": ("a",), "c": ("a",)}
    assert trace.ops[1].dtype == "int8" and trace.ops[0].dtype == "bf16"


def test_trace_lines_round_trip():
    trace = parse({"name": "q", "kind": "gemm", "M": 2, "N": 3, "K": 4, "batch": 2,
                   "weights": False},
                  {"name": "n", "kind": "norm", "op": "rmsnorm", "rows": 2, "cols": 3,
                   "deps": []},
                  {"name": "att", "kind": "attention", "batch": 1, "heads": 4, "kv_heads": 2,
                   "head_dim": 8, "q_len": 1, "kv_len": 16, "causal": True, "fused": False},
                  {"name": "ar", "kind": "allreduce", "bytes": 64, "participants": 2},
                  {"name": "e", "kind": "embedding", "tokens": 2, "hidden": 3, "vocab": 10},
                  {"name": "head", "kind": "lm_head", "tokens": 2, "hidden": 3, "vocab": 10})
    again = parse_trace(trace_lines(trace), "again")
    assert again == trace


@pytest.mark.parametrize("line,message", [
    ('{"name": "a", "kind": "conv", "M": 1}',
     "t.jsonl:1: kind: expected one of gemm, elementwise, norm, softmax, attention, "
     "allreduce, allgather, reducescatter, alltoall, broadcast, sendrecv, embedding, "
     "lm_head, got 'conv'"),
    ('{"name": "a", "kind": "gemm", "M": 1, "N": 2}',
     "t.jsonl:1: K: missing (required for kind 'gemm')"),
    ('{"name": "a", "kind": "gemm", "M": -3, "N": 2, "K": 2}',
     "t.jsonl:1: M: expected a positive integer, got -3"),
    ('{"name": "a", "kind": "gemm", "M": 1, "N": 2, "K": 2, "dtype": "fp64"}',
     "t.jsonl:1: dtype: expected one of int4, int8, fp8, bf16, fp16, fp32, int32, got 'fp64'"),
    ('{"name": "a", "kind": "elementwise", "op": "tanh", "rows": 1, "cols": 1}',
     "t.jsonl:1: op: expected one of add, mul, relu, gelu, silu, silu_mul, rope, scale, copy, "
     "gelu_grad, silu_mul_grad, softmax_grad, layernorm_grad, rmsnorm_grad, adamw, sgd, "
     "cast_down, cast_up, add_mixed, column_sum, got 'tanh'"),
    ('{"name": "a", "kind": "gemm", "M": 1, "N": 2, "K": 2, "colour": 3}',
     "t.jsonl:1: colour: unknown field for kind 'gemm' (fields: M, N, K, batch, dtype, "
     "weights, weight_dtype)"),
    ('{"name": "a", "kind": "gemm", "M": 1, "N": 2, "K": 2, "deps": ["later"]}',
     "t.jsonl:1: deps: 'later' is not an earlier op (dependencies must point backwards, "
     "so a trace cannot have cycles)"),
    ('{"name": "a", "kind": "gemm", "M": 1, "N": 2, "K": 2,',
     "t.jsonl:1: malformed JSON: Expecting property name enclosed in double quotes "
     "(column 54)"),
    ('[1, 2]', "t.jsonl:1: expected a JSON object, got list"),
    ('{"kind": "softmax", "rows": 1, "cols": 1}',
     "t.jsonl:1: name: expected a non-empty string, got None"),
    ('{"name": "a", "kind": "attention", "batch": 1, "heads": 6, "kv_heads": 4, '
     '"head_dim": 8, "q_len": 1, "kv_len": 4}',
     "t.jsonl:1: kv_heads: expected a divisor of heads (6), got 4"),
])
def test_a_bad_line_names_file_line_and_field(line, message):
    with pytest.raises(TraceError) as caught:
        parse_trace([line], "t.jsonl")
    assert str(caught.value) == message


def test_line_numbers_count_blank_and_comment_lines():
    lines = ["# a comment", "", json.dumps({"name": "a", "kind": "softmax", "rows": 1,
                                           "cols": 1}),
             json.dumps({"name": "a", "kind": "softmax", "rows": 1, "cols": 1})]
    with pytest.raises(TraceError, match=r"^t.jsonl:4: name: 'a' already used on line 3$"):
        parse_trace(lines, "t.jsonl")


def test_an_empty_or_missing_trace_is_refused(tmp_path):
    with pytest.raises(TraceError, match="no ops"):
        parse_trace(["", "# nothing"], "t.jsonl")
    with pytest.raises(TraceError, match="missing.jsonl: cannot read"):
        read_trace(tmp_path / "missing.jsonl")


json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(-5, 5000),
                                     st.floats(allow_nan=False), st.text(max_size=6)),
                           lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                   st.dictionaries(st.text(max_size=5), inner,
                                                                   max_size=3)),
                           max_leaves=8)
fields = st.sampled_from(["name", "kind", "M", "N", "K", "batch", "dtype", "weights", "op",
                          "rows", "cols", "heads", "kv_heads", "head_dim", "q_len", "kv_len",
                          "deps", "bytes", "participants", "tokens", "hidden", "vocab"])
kinds = st.sampled_from(["gemm", "elementwise", "norm", "softmax", "attention", "allreduce",
                         "embedding", "lm_head", "bogus"])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.one_of(
    st.dictionaries(fields, json_values, max_size=8).flatmap(
        lambda d: kinds.map(lambda k: json.dumps({**d, "kind": k}))),
    st.text(max_size=40)), min_size=1, max_size=5))
def test_fuzzed_traces_parse_or_raise_one_line_trace_errors(lines):
    try:
        parse_trace(lines, "fuzz.jsonl")
    except TraceError as err:
        assert "\n" not in str(err) and str(err).startswith("fuzz.jsonl")


def test_op_costs():
    gemm = Gemm("g", 2, 3, 4, batch=5, dtype="bf16", weight_dtype="int8")
    assert gemm.macs == 120 and gemm.flops == 240
    assert gemm.min_bytes == 5 * ((2 * 4 + 2 * 3) * 2 + 4 * 3 * 1)
    act = Elementwise("a", "silu_mul", 4, 8)
    assert act.inputs == 2 and act.min_bytes == 4 * 8 * 3 * 2
    decode = Attention("att", batch=16, heads=32, kv_heads=8, head_dim=128, q_len=1,
                       kv_len=4096)
    assert decode.kv_cache_bytes == 2 * 8 * 128 * 4096 * 16 * 2
    assert decode.macs == 2 * 16 * 32 * 4096 * 128


def test_scalesim_topologies_lower_like_scalesim(tmp_path):
    conv = tmp_path / "net.csv"
    conv.write_text("Layer, IFMAP H, IFMAP W, Filter H, Filter W, Channels, Num Filter, "
                    "Strides,\nconv1, 224, 224, 7, 7, 3, 64, 2,\nfc, 1, 1, 1, 1, 2048, 1000, 1,\n")
    trace = read_scalesim_topology(conv, "conv")
    first, second = trace.ops
    # SCALE-Sim: E = ceil((224 - 7 + 2) / 2) = 110 (not the usual floor(...) + 1 = 109)
    assert (first.m, first.n, first.k) == (110 * 110, 64, 7 * 7 * 3)
    assert (second.m, second.n, second.k) == (1, 1000, 2048)
    assert trace.deps["fc"] == ("conv1",)
    gemm = tmp_path / "mnk.csv"
    gemm.write_text("Layer, M, N, K,\nqkv, 512, 2304, 768,\n")
    [op] = read_scalesim_topology(gemm, "gemm").ops
    assert (op.m, op.n, op.k) == (512, 2304, 768)


def test_bad_topology_rows_name_line_and_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Layer, M, N, K,\nqkv, 512, x, 768,\n")
    with pytest.raises(TraceError, match=r"^bad.csv:2: N: expected a positive integer, got 'x'$"):
        read_scalesim_topology(path, "gemm")
