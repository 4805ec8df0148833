"""The GPU measurement catalogue: which ops are timed, and which split each row is in.

A *case* is one op the simulator models (a GEMM, an elementwise op, a norm,
softmax, scaled dot-product attention or a whole decoder layer) with the
shapes, dtype and the FLOPs and least DRAM bytes the simulator's own op
classes (``systolic.spec.workload``) give it, so measured and simulated
columns compare one to one. Cases are plain dicts: they become CSV rows.

Where the shapes come from (``measurement_cases``): each model's projection
GEMMs at 16, 128 and 2048 tokens (decode-ish and prefill-ish) in bf16, some
in fp16, fp32, fp8 and int8; square GEMMs 256..8192 and a few irregular
shapes; vector ops over ``rows x cols`` with the models' hidden and FFN
widths; attention for prefill and decode with each model's (GQA) heads; one
whole layer of each dense model. ``quick_cases`` is a handful of tiny cases
covering every code path, for a dry run (on the CPU too).

The split: every row of the models in ``HELDOUT_MODELS`` and about a third
of the others (chosen by a hash of the case name, so the split is stable)
are ``heldout``; the rest ``calibration``. With ``heldout_all`` every row is
held out: a data set measured to test a machine preset fitted on other data.

This module is pure Python (no torch): the catalogue can be listed and
tested on any machine. Not covered: MoE layers as a whole (their expert
GEMMs are measured), embeddings, all-reduces (one GPU).
"""

from __future__ import annotations

import hashlib
import math

from systolic.errors import SystolicError
from systolic.spec import configs
from systolic.spec import models as model_lib
from systolic.spec.workload import Attention, Elementwise, Gemm, Norm, Softmax

DEFAULT_MODELS = ("bert-large", "gpt2-medium", "llama2-13b", "mistral-7b", "qwen2-7b",
                  "mixtral-8x7b")
HELDOUT_MODELS = ("mistral-7b", "qwen2-7b")
TOKENS = (16, 128, 2048)  # tokens per projection GEMM: decode-ish to prefill-ish
ROWS = (128, 2048, 16384)  # rows of the vector ops
SQUARES = (256, 512, 1024, 2048, 4096, 8192)  # M = N = K of the square GEMMs
IRREGULAR = ((1000, 3000, 777), (37, 4096, 4096), (4095, 4097, 1023), (1, 4096, 4096),
             (333, 11008, 4096), (2048, 50257, 1024))  # M x N x K

GROUP_FILES = {"gemm": "gemm.csv", "elementwise": "vector.csv", "norm": "vector.csv",
               "softmax": "vector.csv", "attention": "attention.csv", "layer": "layer.csv"}
HELDOUT_ALL_RULE = "heldout: every row (--heldout-all)"
QUICK_ENERGY_CASES = 6  # most energy cases of a --quick dry run
# Vector ops the measurement runs as several PyTorch kernels, one after another
# (``F.silu(a) * b``: a SiLU kernel, then a product); the comparison simulates
# the same ops in that order.
KERNEL_SEQUENCES = {"silu_mul": ("silu", "mul")}


def split_of(name: str, model: str | None = None) -> str:
    """``heldout`` for the held-out models and ~1/3 of the rest (stable hash), else
    ``calibration``."""
    if model in HELDOUT_MODELS:
        return "heldout"
    digest = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    return "heldout" if digest % 3 == 0 else "calibration"


def _gemm_case(name: str, model: str, ops: str, m: int, n: int, k: int, dtype: str,
               batch: int = 1, tokens: int | None = None) -> dict:
    """One GEMM case; ``tokens`` defaults to ``m`` (batched expert GEMMs differ)."""
    op = Gemm(name, m, n, k, batch=batch, dtype=dtype)
    return {"group": "gemm", "name": name, "model": model, "ops": ops,
            "tokens": tokens if tokens is not None else m, "batch": batch, "M": m, "N": n,
            "K": k, "dtype": dtype, "flops": op.flops, "min_bytes": op.min_bytes}


def projections(shape: configs.Shape, tokens: int) -> list[tuple[str, int, int, int, int]]:
    """(op names, batch, M, N, K) of one layer's weight GEMMs at ``tokens`` tokens,
    shapes shared by several projections merged (names joined by ``+``)."""
    d, head_dim = shape.hidden, shape.hidden // shape.heads
    q, kv = shape.heads * head_dim, shape.kv_heads * head_dim
    if shape.family == "llama":
        raw = [("q_proj", 1, tokens, q, d), ("k_proj", 1, tokens, kv, d),
               ("v_proj", 1, tokens, kv, d), ("o_proj", 1, tokens, d, q)]
        if shape.experts > 1:
            routed = tokens * shape.top_k
            active = min(shape.experts, routed)
            per_expert = math.ceil(routed / active)
            raw += [("router", 1, tokens, shape.experts, d),
                    ("experts.gate", active, per_expert, shape.ffn, d),
                    ("experts.up", active, per_expert, shape.ffn, d),
                    ("experts.down", active, per_expert, d, shape.ffn)]
        else:
            raw += [("gate_proj", 1, tokens, shape.ffn, d), ("up_proj", 1, tokens, shape.ffn, d),
                    ("down_proj", 1, tokens, d, shape.ffn)]
    else:
        raw = [("qkv_proj", 1, tokens, 3 * d, d), ("o_proj", 1, tokens, d, d),
               ("up_proj", 1, tokens, shape.ffn, d), ("down_proj", 1, tokens, d, shape.ffn)]
    merged: dict[tuple[int, int, int, int], list[str]] = {}
    for name, batch, m, n, k in raw:
        merged.setdefault((batch, m, n, k), []).append(name)
    return [("+".join(names), *key) for key, names in merged.items()]


def _model_gemms(model: str, shape: configs.Shape, dtype: str,
                 tokens_list=TOKENS) -> list[dict]:
    """The projection GEMMs of one model at each of ``tokens_list`` tokens."""
    cases = []
    for tokens in tokens_list:
        for ops, batch, m, n, k in projections(shape, tokens):
            name = f"gemm/{dtype}/{model}/{ops.split('+')[0]}/T{tokens}"
            cases.append(_gemm_case(name, model, ops, m, n, k, dtype, batch, tokens))
    return cases


def _pick(cases: list[dict], ops: str, tokens: int) -> list[dict]:
    """The cases whose first op name is ``ops`` at ``tokens`` tokens."""
    return [c for c in cases if c["ops"].split("+")[0] == ops and c["tokens"] == tokens]


def gemm_cases(shapes: dict[str, configs.Shape]) -> list[dict]:
    """bf16 on every model; fp16 on two; fp32, fp8 and int8 on a handful; squares and
    irregular shapes in bf16."""
    cases = []
    for model, shape in shapes.items():
        cases += _model_gemms(model, shape, "bf16")
    for model in [m for m in ("gpt2-medium", "llama2-13b") if m in shapes][:2]:
        cases += _model_gemms(model, shapes[model], "fp16")
    for n in SQUARES:
        cases.append(_gemm_case(f"gemm/bf16/square/{n}", "square", "square", n, n, n, "bf16"))
    for m, n, k in IRREGULAR:
        cases.append(_gemm_case(f"gemm/bf16/irregular/{m}x{n}x{k}", "irregular", "irregular",
                                m, n, k, "bf16"))
    picks = {"fp32": [("gpt2-medium", "up_proj", 128), ("gpt2-medium", "up_proj", 2048),
                      ("llama2-13b", "q_proj", 16), ("llama2-13b", "q_proj", 2048)],
             "fp8": [("llama2-13b", "gate_proj", 16), ("llama2-13b", "gate_proj", 128),
                     ("llama2-13b", "gate_proj", 2048), ("mistral-7b", "down_proj", 2048),
                     ("gpt2-medium", "qkv_proj", 2048)],
             "int8": [("llama2-13b", "gate_proj", 128), ("llama2-13b", "gate_proj", 2048),
                      ("mistral-7b", "down_proj", 2048), ("gpt2-medium", "qkv_proj", 2048)]}
    squares = {"fp32": (1024, 2048, 4096, 8192), "fp8": (1024, 2048, 4096, 8192),
               "int8": (1024, 2048, 4096, 8192)}
    for dtype, chosen in picks.items():
        for n in squares[dtype]:
            cases.append(_gemm_case(f"gemm/{dtype}/square/{n}", "square", "square", n, n, n,
                                    dtype))
        for model, ops, tokens in chosen:
            if model in shapes:
                cases += _pick(_model_gemms(model, shapes[model], dtype, (tokens,)), ops,
                               tokens)
    return cases


def _vector_case(op: str, rows: int, cols: int, dtype: str = "bf16") -> dict:
    """One elementwise, norm or softmax case over ``rows x cols``."""
    if op in ("layernorm", "rmsnorm"):
        group, spec = "norm", Norm(op, op, rows, cols, dtype)
    elif op == "softmax":
        group, spec = "softmax", Softmax(op, rows, cols, dtype)
    else:
        group, spec = "elementwise", Elementwise(op, op, rows, cols, dtype)
    return {"group": group, "name": f"{group}/{op}/{rows}x{cols}", "op": op, "rows": rows,
            "cols": cols, "dtype": dtype, "flops": spec.flops, "min_bytes": spec.min_bytes}


def vector_cases(shapes: dict[str, configs.Shape], rows_list=ROWS) -> list[dict]:
    """Elementwise ops, norms and softmax over the models' hidden and FFN widths."""
    hidden = sorted({s.hidden for s in shapes.values()})
    ffn = sorted({s.ffn for s in shapes.values()})
    llama_ffn = sorted({s.ffn for s in shapes.values() if s.family == "llama"}) or ffn
    gelu_ffn = sorted({s.ffn for s in shapes.values() if s.family != "llama"}) or ffn
    llama_hidden = sorted({s.hidden for s in shapes.values() if s.family == "llama"}) or hidden
    gpt_hidden = sorted({s.hidden for s in shapes.values() if s.family != "llama"}) or hidden
    plan = {
        "add": _spread(hidden, 3),
        "mul": _spread(hidden, 2),
        "copy": _spread(ffn, 1),
        "gelu": _spread(gelu_ffn + llama_ffn[:1], 2),
        "silu": _spread(llama_ffn, 1),
        "silu_mul": _spread(llama_ffn, 3),
        "layernorm": _spread(gpt_hidden + llama_hidden[-1:], 2),
        "rmsnorm": _spread(llama_hidden, 3),
        "softmax": _spread(sorted({hidden[0], *ffn}), 3),
    }
    return [_vector_case(op, rows, cols) for op, widths in plan.items()
            for cols in widths for rows in rows_list]


def _spread(values: list[int], count: int) -> list[int]:
    """Up to ``count`` values spread evenly over the sorted distinct ``values``."""
    values = sorted(set(values))
    if len(values) <= count:
        return values
    step = (len(values) - 1) / max(count - 1, 1)
    return sorted({values[round(i * step)] for i in range(count)})


def attention_cases(shapes: dict[str, configs.Shape]) -> list[dict]:
    """Prefill (batch 1, 4 x seq 512, 2048) and decode (batch 1, 16, 64 x kv 1024, 4096)
    with each model's heads; models with the same attention shape are measured once."""
    cases, seen = [], set()
    for model, shape in shapes.items():
        key = (shape.heads, shape.kv_heads, shape.hidden // shape.heads, shape.family)
        if key in seen:
            continue
        seen.add(key)
        runs = [("prefill", b, s, s) for b in (1, 4) for s in (512, 2048)]
        if shape.family != "bert":
            runs += [("decode", b, 1, kv) for kv in (1024, 4096) for b in (1, 16, 64)]
        for phase, batch, q_len, kv_len in runs:
            cases.append(_attention_case(model, shape, phase, batch, q_len, kv_len))
    return cases


def _attention_case(model: str, shape: configs.Shape, phase: str, batch: int, q_len: int,
                    kv_len: int) -> dict:
    """One SDPA case with the model's heads (causal for prefill, except bert)."""
    head_dim = shape.hidden // shape.heads
    causal = phase == "prefill" and shape.family != "bert"
    op = Attention("attention", batch, shape.heads, shape.kv_heads, head_dim, q_len, kv_len,
                   causal=causal)
    size = f"s{q_len}" if phase == "prefill" else f"kv{kv_len}"
    return {"group": "attention", "name": f"attention/{model}/{phase}/b{batch}/{size}",
            "model": model, "phase": phase, "batch": batch, "heads": shape.heads,
            "kv_heads": shape.kv_heads, "head_dim": head_dim, "q_len": q_len,
            "kv_len": kv_len, "causal": causal, "dtype": "bf16", "flops": op.flops,
            "min_bytes": op.min_bytes}


def layer_case(model: str, shape: configs.Shape, phase: str, batch: int, seq: int,
               kv_len: int) -> dict:
    """One decoder (or encoder) layer; FLOPs and bytes summed over the simulator's ops."""
    spec = model_lib.RunSpec(phase=phase, batch=batch, seq=seq, kv_len=kv_len)
    tokens = batch * (seq if phase == "prefill" else 1)
    ops = model_lib.layer_trace(shape, spec, tokens).ops
    size = f"s{seq}" if phase == "prefill" else f"kv{kv_len}"
    return {"group": "layer", "name": f"layer/{model}/{phase}/b{batch}/{size}", "model": model,
            "family": shape.family, "phase": phase, "batch": batch,
            "seq": seq if phase == "prefill" else 1, "kv_len": kv_len if phase == "decode"
            else seq, "dtype": "bf16", "hidden": shape.hidden, "heads": shape.heads,
            "kv_heads": shape.kv_heads, "ffn": shape.ffn,
            "flops": sum(op.flops for op in ops),
            "min_bytes": sum(op.min_bytes for op in ops if hasattr(op, "min_bytes"))}


def layer_cases(shapes: dict[str, configs.Shape]) -> list[dict]:
    """Prefill (batch 1, seq 512 and 2048) and decode (batch 16, kv 1024) of one layer
    of every dense model."""
    cases = []
    for model, shape in shapes.items():
        if shape.experts > 1:
            continue
        cases += [layer_case(model, shape, "prefill", 1, s, s) for s in (512, 2048)]
        if shape.family != "bert":
            cases.append(layer_case(model, shape, "decode", 16, 1, 1024))
    return cases


def measurement_cases(models: list[str], heldout_all: bool = False) -> list[dict]:
    """Every case for ``models`` (shipped names or config paths), with ``group``,
    ``name``, ``split`` (``heldout`` for all with ``heldout_all``), the group's
    fields, ``flops`` and ``min_bytes``."""
    shapes = {}
    for model in models:
        name, config = configs.load_config(model)
        shapes[name] = configs.shape_of(config, f"{name}.json")
    cases = gemm_cases(shapes) + vector_cases(shapes) + attention_cases(shapes) + \
        layer_cases(shapes)
    return _finish(cases, heldout_all)


def _finish(cases: list[dict], heldout_all: bool = False) -> list[dict]:
    """The cases without repeated names, each with its ``split``."""
    seen, out = set(), []
    for case in cases:
        if case["name"] in seen:
            continue
        seen.add(case["name"])
        case["split"] = "heldout" if heldout_all else split_of(case["name"], case.get("model"))
        out.append(case)
    return out


def quick_cases(heldout_all: bool = False) -> list[dict]:
    """A handful of tiny cases covering every code path (for a dry run, CPU included)."""
    tiny = configs.shape_of({"model_type": "mistral", "hidden_size": 256,
                               "intermediate_size": 512, "num_hidden_layers": 2,
                               "num_attention_heads": 4, "num_key_value_heads": 2,
                               "vocab_size": 1000}, "tiny-llama.json")
    moe = configs.shape_of({"model_type": "mixtral", "hidden_size": 256,
                              "intermediate_size": 512, "num_hidden_layers": 2,
                              "num_attention_heads": 4, "num_key_value_heads": 2,
                              "vocab_size": 1000, "num_local_experts": 4,
                              "num_experts_per_tok": 2}, "tiny-moe.json")
    gpt = configs.shape_of({"model_type": "gpt2", "n_embd": 128, "n_head": 2,
                              "n_layer": 2, "vocab_size": 1000}, "tiny-gpt2.json")
    bert = configs.shape_of({"model_type": "bert", "hidden_size": 128,
                               "num_attention_heads": 2, "intermediate_size": 512,
                               "num_hidden_layers": 2, "vocab_size": 1000}, "tiny-bert.json")
    cases = _model_gemms("tiny-moe", moe, "bf16", (32,))
    cases += _model_gemms("tiny-llama", tiny, "bf16", (32,))[:2]
    for dtype in ("fp16", "fp32", "fp8", "int8"):
        cases.append(_gemm_case(f"gemm/{dtype}/square/64", "square", "square", 64, 64, 64,
                                dtype))
    cases.append(_gemm_case("gemm/bf16/irregular/37x96x77", "irregular", "irregular", 37, 96,
                            77, "bf16"))
    cases += [_vector_case(op, 64, 256) for op in ("add", "mul", "copy", "gelu", "silu",
                                                   "silu_mul", "layernorm", "rmsnorm",
                                                   "softmax")]
    cases += [_attention_case("tiny-llama", tiny, "prefill", 2, 64, 64),
              _attention_case("tiny-llama", tiny, "decode", 2, 1, 128),
              _attention_case("tiny-bert", bert, "prefill", 1, 64, 64)]
    cases += [layer_case("tiny-llama", tiny, "prefill", 1, 64, 64),
              layer_case("tiny-llama", tiny, "decode", 4, 1, 128),
              layer_case("tiny-gpt2", gpt, "prefill", 1, 64, 64),
              layer_case("tiny-gpt2", gpt, "decode", 4, 1, 128),
              layer_case("tiny-bert", bert, "prefill", 1, 64, 64)]
    return _finish(cases, heldout_all)


def split_rule(heldout_all: bool = False) -> str:
    """How the rows were split, in words (for ``metadata.json``)."""
    if heldout_all:
        return HELDOUT_ALL_RULE
    return (f"heldout: every row of {', '.join(HELDOUT_MODELS)} and rows whose "
            "sha1(name) % 3 == 0; calibration: the rest")


def select_cases(cases: list[dict], names: list[str] | None) -> list[dict]:
    """The cases named in ``names`` (all of them when ``names`` is empty or None), in
    catalogue order; an unknown name is a ``SystolicError`` naming every one."""
    if not names:
        return cases
    unknown = set(names) - {case["name"] for case in cases}
    if unknown:
        raise SystolicError(f"--only: unknown case(s): {', '.join(sorted(unknown))}")
    return [case for case in cases if case["name"] in names]


def count_by_file(cases: list[dict]) -> dict[str, int]:
    """How many rows each measurement CSV gets, in the order the files first appear."""
    counts: dict[str, int] = {}
    for case in cases:
        file = GROUP_FILES[case["group"]]
        counts[file] = counts.get(file, 0) + 1
    return counts
