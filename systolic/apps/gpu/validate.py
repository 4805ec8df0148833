"""Measure real GPU kernels to calibrate and check the simulator.

``python -m systolic.apps.gpu.validate measure --out DIR`` times the ops the simulator
models (GEMMs, elementwise ops, norms, softmax, attention and whole decoder
layers) on the local CUDA GPU with PyTorch, and writes one CSV per group
(``gemm.csv``, ``vector.csv``, ``attention.csv``, ``layer.csv``), the energy
of a subset (``energy.csv``) and ``metadata.json``.

Method
------
- Cases come from the shipped model configs (``measurement_cases``): each
  model's projection GEMMs at 16, 128 and 2048 tokens (decode-ish and
  prefill-ish) in bf16, some in fp16, fp32 (TF32 off), fp8 (e4m3 through
  ``torch._scaled_mm``, unit scales) and int8 (``torch._int_mm``); square
  GEMMs 256..8192 and a few irregular shapes; vector ops over
  ``rows x cols`` with the models' hidden and FFN sizes; scaled dot-product
  attention for prefill and decode with each model's (GQA) heads; and one
  whole decoder layer in plain PyTorch. FLOPs and least DRAM bytes of each
  case come from the simulator's own op classes (``systolic.spec.workload``), so
  the columns compare one to one.
- Timing: inputs are random (never zeros), each case is warmed up, then run
  ``N`` times, ``N`` chosen so a case takes about ``TARGET_MS`` in all
  (between ``MIN_ITERS`` and ``MAX_ITERS``). Before every iteration a
  256 MiB buffer is zeroed (outside the timed pair of CUDA events), which
  evicts the 50 MB L2, so each iteration starts cold like a real model step
  whose weights were not just touched. The GPU is busy with that flush while
  the host queues the next launch, so host launch gaps do not count either.
  The median and the minimum of the ``N`` event times are recorded, in us.
  Decoder layers are captured into a CUDA graph and its replays are timed
  the same way (eager times are recorded beside them).
- Energy: for ``energy_cases`` cases spread over the groups, a CUDA graph of
  several back-to-back calls is replayed for at least ``ENERGY_SECONDS``
  (no L2 flush), and NVML's total-energy counter
  (``nvmlDeviceGetTotalEnergyConsumption``, mJ) is read before and after:
  joules per call and average watts. Idle power is read the same way over a
  quiet second. Without NVML's counter, power samples are integrated; with
  no NVML at all the energy columns stay empty and ``metadata.json`` says why.
- Every row has a ``split``: ``heldout`` for every row of the models in
  ``HELDOUT_MODELS`` and for about a third of the others (chosen by a hash
  of the case name, so the split is stable), ``calibration`` otherwise.
  ``--heldout-all`` marks every row held out: a data set measured to test
  a machine preset fitted on other data.
- Each case runs inside ``try``: a failure is written to the ``error``
  column and the run goes on; CSVs are flushed after every row, so a run cut
  short still leaves its rows.

``torch`` (and ``pynvml``) are imported inside functions only: the rest of
the package never needs them.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import hashlib
import json
import math
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from systolic.spec import models as model_lib
from systolic.spec.workload import Attention, Elementwise, Gemm, Norm, Softmax

DEFAULT_MODELS = ("bert-large", "gpt2-medium", "llama2-13b", "mistral-7b", "qwen2-7b",
                  "mixtral-8x7b")
HELDOUT_MODELS = ("mistral-7b", "qwen2-7b")
TOKENS = (16, 128, 2048)
ROWS = (128, 2048, 16384)
SQUARES = (256, 512, 1024, 2048, 4096, 8192)
IRREGULAR = ((1000, 3000, 777), (37, 4096, 4096), (4095, 4097, 1023), (1, 4096, 4096),
             (333, 11008, 4096), (2048, 50257, 1024))  # M x N x K

FLUSH_BYTES = 256 * 2**20
TARGET_MS = 60.0
MIN_ITERS = 10
MAX_ITERS = 500
ENERGY_SECONDS = 3.0
ENERGY_GRAPH_MS = 2.0

GROUP_FILES = {"gemm": "gemm.csv", "elementwise": "vector.csv", "norm": "vector.csv",
               "softmax": "vector.csv", "attention": "attention.csv", "layer": "layer.csv"}
TIMING_COLUMNS = ["flops", "min_bytes", "iters", "median_us", "min_us", "mean_us", "tflops",
                  "gbps", "impl", "error"]
COLUMNS = {
    "gemm.csv": ["name", "split", "model", "ops", "tokens", "batch", "M", "N", "K", "dtype"]
    + TIMING_COLUMNS,
    "vector.csv": ["name", "split", "group", "op", "rows", "cols", "dtype"] + TIMING_COLUMNS,
    "attention.csv": ["name", "split", "model", "phase", "batch", "heads", "kv_heads",
                      "head_dim", "q_len", "kv_len", "causal", "dtype"] + TIMING_COLUMNS,
    "layer.csv": ["name", "split", "model", "family", "phase", "batch", "seq", "kv_len",
                  "dtype"] + TIMING_COLUMNS + ["eager_median_us", "eager_min_us"],
    "energy.csv": ["name", "split", "group", "flops", "min_bytes", "method", "calls",
                   "seconds", "us_per_call", "joules", "j_per_call", "avg_w", "idle_w",
                   "sm_mhz", "temp_c", "error"],
    "kernels.csv": ["name", "group", "n_kernels", "kernel_us", "kernels", "error"],
}


# --- cases ---------------------------------------------------------------------------

def split_of(name: str, model: str | None = None) -> str:
    """``heldout`` for the held-out models and ~1/3 of the rest (stable hash), else
    ``calibration``."""
    if model in HELDOUT_MODELS:
        return "heldout"
    digest = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    return "heldout" if digest % 3 == 0 else "calibration"


def _gemm_case(name: str, model: str, ops: str, m: int, n: int, k: int, dtype: str,
               batch: int = 1, tokens: int | None = None) -> dict:
    op = Gemm(name, m, n, k, batch=batch, dtype=dtype)
    return {"group": "gemm", "name": name, "model": model, "ops": ops,
            "tokens": tokens if tokens is not None else m, "batch": batch, "M": m, "N": n,
            "K": k, "dtype": dtype, "flops": op.flops, "min_bytes": op.min_bytes}


def projections(shape: model_lib.Shape, tokens: int) -> list[tuple[str, int, int, int, int]]:
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


def _model_gemms(model: str, shape: model_lib.Shape, dtype: str,
                 tokens_list=TOKENS) -> list[dict]:
    cases = []
    for tokens in tokens_list:
        for ops, batch, m, n, k in projections(shape, tokens):
            name = f"gemm/{dtype}/{model}/{ops.split('+')[0]}/T{tokens}"
            cases.append(_gemm_case(name, model, ops, m, n, k, dtype, batch, tokens))
    return cases


def _pick(cases: list[dict], ops: str, tokens: int) -> list[dict]:
    return [c for c in cases if c["ops"].split("+")[0] == ops and c["tokens"] == tokens]


def gemm_cases(shapes: dict[str, model_lib.Shape]) -> list[dict]:
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
    if op in ("layernorm", "rmsnorm"):
        group, spec = "norm", Norm(op, op, rows, cols, dtype)
    elif op == "softmax":
        group, spec = "softmax", Softmax(op, rows, cols, dtype)
    else:
        group, spec = "elementwise", Elementwise(op, op, rows, cols, dtype)
    return {"group": group, "name": f"{group}/{op}/{rows}x{cols}", "op": op, "rows": rows,
            "cols": cols, "dtype": dtype, "flops": spec.flops, "min_bytes": spec.min_bytes}


def vector_cases(shapes: dict[str, model_lib.Shape], rows_list=ROWS) -> list[dict]:
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


def attention_cases(shapes: dict[str, model_lib.Shape]) -> list[dict]:
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


def _attention_case(model: str, shape: model_lib.Shape, phase: str, batch: int, q_len: int,
                    kv_len: int) -> dict:
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


def layer_case(model: str, shape: model_lib.Shape, phase: str, batch: int, seq: int,
               kv_len: int) -> dict:
    """One decoder (or encoder) layer; FLOPs and bytes summed over the simulator's ops."""
    spec = model_lib.RunSpec(phase=phase, batch=batch, seq=seq, kv_len=kv_len)
    tokens = batch * (seq if phase == "prefill" else 1)
    ops = model_lib._layer(shape, spec, tokens).ops
    size = f"s{seq}" if phase == "prefill" else f"kv{kv_len}"
    return {"group": "layer", "name": f"layer/{model}/{phase}/b{batch}/{size}", "model": model,
            "family": shape.family, "phase": phase, "batch": batch,
            "seq": seq if phase == "prefill" else 1, "kv_len": kv_len if phase == "decode"
            else seq, "dtype": "bf16", "hidden": shape.hidden, "heads": shape.heads,
            "kv_heads": shape.kv_heads, "ffn": shape.ffn,
            "flops": sum(op.flops for op in ops),
            "min_bytes": sum(op.min_bytes for op in ops if hasattr(op, "min_bytes"))}


def layer_cases(shapes: dict[str, model_lib.Shape]) -> list[dict]:
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
        name, config = model_lib.load_config(model)
        shapes[name] = model_lib.shape_of(config, f"{name}.json")
    cases = gemm_cases(shapes) + vector_cases(shapes) + attention_cases(shapes) + \
        layer_cases(shapes)
    return _finish(cases, heldout_all)


def _finish(cases: list[dict], heldout_all: bool = False) -> list[dict]:
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
    tiny = model_lib.shape_of({"model_type": "mistral", "hidden_size": 256,
                               "intermediate_size": 512, "num_hidden_layers": 2,
                               "num_attention_heads": 4, "num_key_value_heads": 2,
                               "vocab_size": 1000}, "tiny-llama.json")
    moe = model_lib.shape_of({"model_type": "mixtral", "hidden_size": 256,
                              "intermediate_size": 512, "num_hidden_layers": 2,
                              "num_attention_heads": 4, "num_key_value_heads": 2,
                              "vocab_size": 1000, "num_local_experts": 4,
                              "num_experts_per_tok": 2}, "tiny-moe.json")
    gpt = model_lib.shape_of({"model_type": "gpt2", "n_embd": 128, "n_head": 2,
                              "n_layer": 2, "vocab_size": 1000}, "tiny-gpt2.json")
    bert = model_lib.shape_of({"model_type": "bert", "hidden_size": 128,
                               "num_attention_heads": 2, "intermediate_size": 512,
                               "num_hidden_layers": 2, "vocab_size": 1000}, "tiny-bert.json")
    shapes = {"tiny-llama": tiny, "tiny-moe": moe, "tiny-gpt2": gpt, "tiny-bert": bert}
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
    del shapes
    return _finish(cases, heldout_all)


# --- building the work ------------------------------------------------------------------

TORCH_DTYPES = {"bf16": "bfloat16", "fp16": "float16", "fp32": "float32"}


def _tdtype(name: str):
    import torch
    return getattr(torch, TORCH_DTYPES[name])


def build_gemm(case: dict, device: str):
    """(callable, impl) for a GEMM case. Weights are stored ``N x K`` (like
    ``nn.Linear``); fp8 and int8 take them as a column-major ``K x N`` view."""
    import torch
    import torch.nn.functional as F
    batch, m, n, k, dtype = case["batch"], case["M"], case["N"], case["K"], case["dtype"]
    lead = (batch,) if batch > 1 else ()
    if dtype in TORCH_DTYPES:
        t = _tdtype(dtype)
        a = torch.randn(*lead, m, k, device=device, dtype=t)
        w = torch.randn(*lead, n, k, device=device, dtype=t) * 0.05
        if batch > 1:
            wt = w.transpose(1, 2)
            return (lambda: torch.bmm(a, wt)), "torch.bmm"
        return (lambda: F.linear(a, w)), "F.linear"
    if batch > 1:
        raise ValueError(f"{dtype}: batched GEMMs are measured in bf16/fp16/fp32 only")
    if dtype == "fp8":
        f8 = torch.float8_e4m3fn
        a = (torch.randn(m, k, device=device) * 0.5).to(f8)
        w = (torch.randn(n, k, device=device) * 0.5).to(f8)
        one = torch.ones((), device=device, dtype=torch.float32)
        b = w.t()  # K x N, column-major
        return (lambda: torch._scaled_mm(a, b, scale_a=one, scale_b=one,
                                          out_dtype=torch.bfloat16)), \
            "torch._scaled_mm(e4m3, out bf16, scales 1.0)"
    if dtype == "int8":
        a = torch.randint(-127, 128, (m, k), device=device, dtype=torch.int8)
        w = torch.randint(-127, 128, (n, k), device=device, dtype=torch.int8)
        b = w.t()
        try:
            torch._int_mm(a, b)
            return (lambda: torch._int_mm(a, b)), "torch._int_mm(B col-major)"
        except RuntimeError:
            bc = b.contiguous()
            return (lambda: torch._int_mm(a, bc)), "torch._int_mm(B row-major)"
    raise ValueError(f"dtype {dtype!r} not supported")


def rms_norm(x, weight, eps: float = 1e-5):
    """RMSNorm: ``F.rms_norm`` where PyTorch has it, else plain ops."""
    import torch
    import torch.nn.functional as F
    if hasattr(F, "rms_norm"):
        return F.rms_norm(x, (x.shape[-1],), weight, eps)
    y = x.float()
    y = y * torch.rsqrt(y.pow(2).mean(-1, keepdim=True) + eps)
    return y.to(x.dtype) * weight


def build_vector(case: dict, device: str):
    """(callable, impl) for an elementwise, norm or softmax case."""
    import torch
    import torch.nn.functional as F
    op, rows, cols = case["op"], case["rows"], case["cols"]
    t = _tdtype(case["dtype"])
    a = torch.randn(rows, cols, device=device, dtype=t)
    b = torch.randn(rows, cols, device=device, dtype=t) if op in ("add", "mul", "silu_mul",
                                                                 "copy") else None
    w = torch.randn(cols, device=device, dtype=t)
    bias = torch.randn(cols, device=device, dtype=t)
    table = {
        "add": (lambda: a + b, "a + b"),
        "mul": (lambda: a * b, "a * b"),
        "copy": (lambda: b.copy_(a), "b.copy_(a)"),
        "gelu": (lambda: F.gelu(a, approximate="tanh"), "F.gelu(tanh)"),
        "silu": (lambda: F.silu(a), "F.silu"),
        "silu_mul": (lambda: F.silu(a) * b, "F.silu(a) * b (2 kernels)"),
        "layernorm": (lambda: F.layer_norm(a, (cols,), w, bias), "F.layer_norm"),
        "rmsnorm": (lambda: rms_norm(a, w),
                    "F.rms_norm" if hasattr(F, "rms_norm") else "rmsnorm(plain ops)"),
        "softmax": (lambda: torch.softmax(a, dim=-1), "torch.softmax"),
    }
    return table[op]


def _has_enable_gqa() -> bool:
    import inspect
    import torch.nn.functional as F
    try:
        return "enable_gqa" in inspect.signature(F.scaled_dot_product_attention).parameters
    except (TypeError, ValueError):
        return "enable_gqa" in (F.scaled_dot_product_attention.__doc__ or "")


def build_attention(case: dict, device: str):
    """(callable, impl) for an SDPA case; K/V heads are expanded before timing when
    ``enable_gqa`` is missing."""
    import torch
    import torch.nn.functional as F
    t = _tdtype(case["dtype"])
    b, h, kvh, d = case["batch"], case["heads"], case["kv_heads"], case["head_dim"]
    q = torch.randn(b, h, case["q_len"], d, device=device, dtype=t)
    k = torch.randn(b, kvh, case["kv_len"], d, device=device, dtype=t)
    v = torch.randn(b, kvh, case["kv_len"], d, device=device, dtype=t)
    causal = bool(case["causal"])
    if kvh != h and _has_enable_gqa():
        return (lambda: F.scaled_dot_product_attention(q, k, v, is_causal=causal,
                                                       enable_gqa=True)), "sdpa(enable_gqa)"
    if kvh != h:
        k, v = k.repeat_interleave(h // kvh, 1), v.repeat_interleave(h // kvh, 1)
        impl = "sdpa(kv repeated outside timing)"
    else:
        impl = "sdpa"
    return (lambda: F.scaled_dot_product_attention(q, k, v, is_causal=causal)), impl


def build_layer(case: dict, device: str):
    """(callable, impl): one layer in plain PyTorch, no biases (the simulator has none).

    llama family: RMSNorm, q/k/v, rotary (``x*cos + rotate_half(x)*sin``),
    SDPA (GQA), o, residual, RMSNorm, SwiGLU, residual. gpt2: pre-norm
    LayerNorm, fused qkv, causal SDPA, GELU (tanh) MLP. bert: post-norm,
    bidirectional. Decode writes the new K/V into the last cache slot and
    attends over the whole cache of ``kv_len``."""
    import torch
    import torch.nn.functional as F
    t = torch.bfloat16 if case["dtype"] == "bf16" else _tdtype(case["dtype"])
    family, phase = case["family"], case["phase"]
    d, h, kvh, ffn = case["hidden"], case["heads"], case["kv_heads"], case["ffn"]
    hd = d // h
    bsz = case["batch"]
    q_len = case["seq"] if phase == "prefill" else 1
    kv_len = case["kv_len"]

    def weight(*shape):
        return torch.randn(*shape, device=device, dtype=t) * 0.02

    x = torch.randn(bsz, q_len, d, device=device, dtype=t)
    n1, n2 = torch.ones(d, device=device, dtype=t), torch.ones(d, device=device, dtype=t)
    b1, b2 = torch.zeros(d, device=device, dtype=t), torch.zeros(d, device=device, dtype=t)
    wo, wd = weight(d, h * hd), weight(d, ffn)
    if phase == "decode":
        k_cache = torch.randn(bsz, kvh, kv_len, hd, device=device, dtype=t)
        v_cache = torch.randn(bsz, kvh, kv_len, hd, device=device, dtype=t)
    gqa = _has_enable_gqa()

    def attend(q, k, v, causal):
        if phase == "decode":
            k_cache[:, :, kv_len - 1:].copy_(k)
            v_cache[:, :, kv_len - 1:].copy_(v)
            k, v, causal = k_cache, v_cache, False
        if kvh != h:
            if gqa:
                return F.scaled_dot_product_attention(q, k, v, is_causal=causal,
                                                      enable_gqa=True)
            k, v = k.repeat_interleave(h // kvh, 1), v.repeat_interleave(h // kvh, 1)
        return F.scaled_dot_product_attention(q, k, v, is_causal=causal)

    if family == "llama":
        wq, wk, wv = weight(h * hd, d), weight(kvh * hd, d), weight(kvh * hd, d)
        wg, wu = weight(ffn, d), weight(ffn, d)
        angle = torch.rand(q_len, hd, device=device) * 6.28
        cos, sin = angle.cos().to(t), angle.sin().to(t)

        def rope(z):
            z1, z2 = z.chunk(2, dim=-1)
            return z * cos + torch.cat((-z2, z1), dim=-1) * sin

        def forward():
            hid = rms_norm(x, n1)
            q = F.linear(hid, wq).view(bsz, q_len, h, hd).transpose(1, 2)
            k = F.linear(hid, wk).view(bsz, q_len, kvh, hd).transpose(1, 2)
            v = F.linear(hid, wv).view(bsz, q_len, kvh, hd).transpose(1, 2)
            att = attend(rope(q), rope(k), v, True)
            y = x + F.linear(att.transpose(1, 2).reshape(bsz, q_len, h * hd), wo)
            hid = rms_norm(y, n2)
            return y + F.linear(F.silu(F.linear(hid, wg)) * F.linear(hid, wu), wd)
        return forward, "llama layer: rmsnorm, q/k/v, rope, sdpa, o, swiglu"

    wqkv, wup = weight(3 * d, d), weight(ffn, d)

    def attention_block(hid, causal):
        qkv = F.linear(hid, wqkv).view(bsz, q_len, 3, h, hd)
        q, k, v = (qkv[:, :, i].transpose(1, 2) for i in range(3))
        att = attend(q, k, v, causal)
        return F.linear(att.transpose(1, 2).reshape(bsz, q_len, h * hd), wo)

    def mlp(hid):
        return F.linear(F.gelu(F.linear(hid, wup), approximate="tanh"), wd)

    if family == "gpt2":
        def forward():
            y = x + attention_block(F.layer_norm(x, (d,), n1, b1), True)
            return y + mlp(F.layer_norm(y, (d,), n2, b2))
        return forward, "gpt2 layer: pre-layernorm, qkv, causal sdpa, o, gelu mlp"

    def forward():
        y = F.layer_norm(x + attention_block(x, False), (d,), n1, b1)
        return F.layer_norm(y + mlp(y), (d,), n2, b2)
    return forward, "bert layer: post-layernorm, qkv, sdpa, o, gelu mlp"


BUILDERS = {"gemm": build_gemm, "elementwise": build_vector, "norm": build_vector,
            "softmax": build_vector, "attention": build_attention, "layer": build_layer}


# --- timing -----------------------------------------------------------------------------

class Timer:
    """Times a callable: CUDA events on a GPU, ``perf_counter`` on the CPU (dry runs)."""

    def __init__(self, device: str, flush_l2: bool, flush_bytes: int = FLUSH_BYTES):
        import torch
        self.device = device
        self.cuda = device.startswith("cuda")
        size = flush_bytes if self.cuda else 2**20
        self.flush_buf = torch.empty(size, dtype=torch.uint8, device=device) if flush_l2 \
            else None
        self.flush_us = self._flush_cost() if flush_l2 else 0.0

    def sync(self) -> None:
        """Wait for the device."""
        import torch
        if self.cuda:
            torch.cuda.synchronize()

    def flush(self) -> None:
        """Evict the L2 by writing the flush buffer."""
        if self.flush_buf is not None:
            self.flush_buf.zero_()

    def _flush_cost(self) -> float:
        for _ in range(3):
            self.flush()
        return statistics.median(self._times(self.flush, 10, flush=False))

    def _times(self, fn, iters: int, flush: bool) -> list[float]:
        """Per-iteration times in us, each iteration bracketed by its own timers."""
        import torch
        if not self.cuda:
            out = []
            for _ in range(iters):
                if flush:
                    self.flush()
                start = time.perf_counter()
                fn()
                out.append((time.perf_counter() - start) * 1e6)
            return out
        starts = [torch.cuda.Event(enable_timing=True) for _ in range(iters)]
        ends = [torch.cuda.Event(enable_timing=True) for _ in range(iters)]
        for i in range(iters):
            if flush:
                self.flush()
            starts[i].record()
            fn()
            ends[i].record()
        torch.cuda.synchronize()
        return [s.elapsed_time(e) * 1e3 for s, e in zip(starts, ends)]

    def estimate(self, fn, warmup: int = 3) -> float:
        """Warm ``fn`` up, then a rough time per call in us (back to back, warm L2)."""
        for _ in range(warmup):
            fn()
        self.sync()
        total = sum(self._times(fn, 3, flush=False))
        return total / 3

    def measure(self, fn, target_ms: float = TARGET_MS) -> dict:
        """Warm up, pick N for ~``target_ms`` in all, time N flushed iterations."""
        est = self.estimate(fn)
        iters = int(target_ms * 1e3 / max(est + self.flush_us, 1.0))
        iters = max(MIN_ITERS, min(MAX_ITERS, iters))
        times = self._times(fn, iters, flush=self.flush_buf is not None)
        return {"iters": iters, "median_us": statistics.median(times), "min_us": min(times),
                "mean_us": statistics.fmean(times)}


def graphed(fn, device: str, calls: int = 1):
    """A callable that replays a CUDA graph of ``calls`` calls of ``fn`` (``fn`` itself
    on the CPU). Warm-up runs on a side stream, as capture requires."""
    import torch
    if not device.startswith("cuda"):
        return (lambda: [fn() for _ in range(calls)]), None
    stream = torch.cuda.Stream()
    stream.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(stream):
        for _ in range(3):
            fn()
    torch.cuda.current_stream().wait_stream(stream)
    torch.cuda.synchronize()
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph):
        for _ in range(calls):
            fn()
    torch.cuda.synchronize()
    return graph.replay, graph


def kernel_names(fn, device: str, flush=None) -> tuple[int, float, str]:
    """(number of GPU kernels, their summed durations in us, their distinct names) of one
    call, read with the profiler (after an L2 flush if ``flush`` is given)."""
    import torch
    from torch.profiler import ProfilerActivity, profile
    fn()
    torch.cuda.synchronize()
    if flush is not None:
        flush()
        torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        fn()
        torch.cuda.synchronize()
    kernels = [e for e in prof.events() if "CUDA" in str(getattr(e, "device_type", ""))]
    total = sum(e.time_range.elapsed_us() for e in kernels)
    distinct = list(dict.fromkeys(e.name for e in kernels))
    text = ";".join(n[:100] for n in distinct)
    return len(kernels), total, text[:600]


def profile_case(case: dict, device: str, timer: "Timer") -> dict:
    """The kernels one (eager) call of a case launches; errors go to ``error``."""
    import torch
    row = {"name": case["name"], "group": case["group"]}
    try:
        fn, _ = BUILDERS[case["group"]](case, device)
        row["n_kernels"], row["kernel_us"], row["kernels"] = kernel_names(fn, device,
                                                                          timer.flush)
    except Exception as err:  # noqa: BLE001 - kernel names are optional
        row["error"] = _error_text(err)
        try:
            torch.cuda.synchronize()
        except Exception:  # noqa: BLE001
            pass
    return row


def _error_text(err: Exception) -> str:
    text = str(err).strip().splitlines()
    return f"{type(err).__name__}: {text[0][:300] if text else ''}"


# --- energy ----------------------------------------------------------------------------

class EnergyMeter:
    """Reads GPU energy through NVML: the total-energy counter (mJ) where supported, else
    integrated power samples; ``method`` is None (and ``reason`` says why) without NVML."""

    def __init__(self, index: int = 0):
        self.method, self.reason, self.handle, self.nvml = None, "", None, None
        try:
            import pynvml
        except ImportError as err:
            self.reason = f"pynvml not importable: {err}"
            return
        try:
            pynvml.nvmlInit()
            self.handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            self.nvml = pynvml
        except Exception as err:  # noqa: BLE001 - any NVML failure means no energy
            self.reason = f"NVML init failed: {err}"
            return
        try:
            pynvml.nvmlDeviceGetTotalEnergyConsumption(self.handle)
            self.method = "nvml_total_energy"
        except Exception as err:  # noqa: BLE001
            try:
                pynvml.nvmlDeviceGetPowerUsage(self.handle)
                self.method = "nvml_power_samples"
                self.reason = f"total-energy counter unavailable ({err}); power sampled"
            except Exception as err2:  # noqa: BLE001
                self.reason = f"no NVML energy or power reading: {err}; {err2}"

    def run(self, work, sync) -> tuple[float | None, float]:
        """Run ``work()`` then ``sync()``; (joules or None, seconds)."""
        if self.method == "nvml_total_energy":
            sync()
            e0, t0 = self.nvml.nvmlDeviceGetTotalEnergyConsumption(self.handle), \
                time.perf_counter()
            work()
            sync()
            t1, e1 = time.perf_counter(), self.nvml.nvmlDeviceGetTotalEnergyConsumption(
                self.handle)
            return (e1 - e0) / 1e3, t1 - t0
        if self.method == "nvml_power_samples":
            samples, stop = [], threading.Event()

            def sample():
                while not stop.is_set():
                    samples.append((time.perf_counter(),
                                    self.nvml.nvmlDeviceGetPowerUsage(self.handle) / 1e3))
                    time.sleep(0.005)
            sync()
            thread = threading.Thread(target=sample, daemon=True)
            t0 = time.perf_counter()
            thread.start()
            work()
            sync()
            t1 = time.perf_counter()
            stop.set()
            thread.join()
            joules = sum((b[0] - a[0]) * (a[1] + b[1]) / 2 for a, b in zip(samples,
                                                                              samples[1:]))
            return joules, t1 - t0
        t0 = time.perf_counter()
        work()
        sync()
        return None, time.perf_counter() - t0

    def clocks(self) -> tuple[int | str, int | str]:
        """(SM clock MHz, temperature C) now, or blanks."""
        if self.nvml is None:
            return "", ""
        try:
            return (self.nvml.nvmlDeviceGetClockInfo(self.handle, self.nvml.NVML_CLOCK_SM),
                    self.nvml.nvmlDeviceGetTemperature(self.handle,
                                                       self.nvml.NVML_TEMPERATURE_GPU))
        except Exception:  # noqa: BLE001
            return "", ""

    def driver(self) -> str:
        """The driver version NVML reports, or ''."""
        if self.nvml is None:
            return ""
        try:
            value = self.nvml.nvmlSystemGetDriverVersion()
            return value.decode() if isinstance(value, bytes) else str(value)
        except Exception:  # noqa: BLE001
            return ""


def select_energy_cases(cases: list[dict], count: int) -> list[dict]:
    """``count`` cases spread over the groups (GEMM 40%, vector 25%, attention 20%,
    layer 15%). GEMMs: the largest square of each dtype first, then model GEMMs evenly
    over FLOPs; vector ops evenly over bytes; the rest evenly over FLOPs."""
    if count <= 0:
        return []
    families: dict[str, list[dict]] = {"gemm": [], "vector": [], "attention": [], "layer": []}
    for case in cases:
        key = "vector" if case["group"] in ("elementwise", "norm", "softmax") else case["group"]
        families[key].append(case)
    weights = {"gemm": 0.4, "vector": 0.25, "attention": 0.2, "layer": 0.15}
    present = {k: v for k, v in families.items() if v}
    quota = {k: max(1, round(count * weights[k])) for k in present}
    while sum(quota.values()) > count and any(q > 1 for q in quota.values()):
        quota[max(quota, key=quota.get)] -= 1
    chosen = []
    for key, members in present.items():
        first = []
        if key == "gemm":
            largest: dict[str, dict] = {}
            for case in members:
                if case["model"] == "square" and case["M"] >= largest.get(
                        case["dtype"], {"M": 0})["M"]:
                    largest[case["dtype"]] = case
            first = list(largest.values())[:max(quota[key] // 2, 1)]
            members = [c for c in members if c["model"] not in ("square", "irregular")] \
                or members
        measure_by = "min_bytes" if key == "vector" else "flops"
        ordered = sorted(members, key=lambda c: (c[measure_by], c["name"]))
        n = min(quota[key] - len(first), len(ordered))
        step = (len(ordered) - 1) / max(n - 1, 1)
        picks = sorted({round(i * step) for i in range(n)}) if n > 0 else []
        chosen += first + [ordered[i] for i in picks]
    return chosen[:count]


def measure_energy(case: dict, device: str, meter: EnergyMeter, timer: Timer,
                   idle_w: float | None, seconds: float = ENERGY_SECONDS) -> dict:
    """Energy per call of one case: a CUDA graph of several calls replayed for
    ``seconds``, no L2 flush."""
    import torch
    row = {"name": case["name"], "split": case["split"], "group": case["group"],
           "flops": case["flops"], "min_bytes": case["min_bytes"], "method": meter.method or "",
           "idle_w": "" if idle_w is None else round(idle_w, 2)}
    fn, _ = BUILDERS[case["group"]](case, device)
    est = timer.estimate(fn)
    calls = max(1, min(100, int(ENERGY_GRAPH_MS * 1e3 / max(est, 1.0))))
    try:
        replay, graph = graphed(fn, device, calls)
        row["method"] = (row["method"] + ("+cuda_graph" if graph is not None else
                                          "+eager")).lstrip("+")
    except Exception:  # noqa: BLE001 - fall back to eager calls
        torch.cuda.synchronize() if device.startswith("cuda") else None
        calls, graph = 1, None
        replay = fn
        row["method"] = (row["method"] + "+eager").lstrip("+")
    per_replay = timer.estimate(replay, warmup=2)
    replays = max(3, math.ceil(seconds * 1e6 / max(per_replay, 1.0)))
    if not device.startswith("cuda"):
        replays = min(replays, 3)

    def work():
        for _ in range(replays):
            replay()
    joules, elapsed = meter.run(work, timer.sync)
    total_calls = replays * calls
    row.update({"calls": total_calls, "seconds": round(elapsed, 4),
                "us_per_call": elapsed * 1e6 / total_calls})
    if joules is not None:
        row.update({"joules": joules, "j_per_call": joules / total_calls,
                    "avg_w": joules / elapsed})
    row["sm_mhz"], row["temp_c"] = meter.clocks()
    del graph
    return row


# --- the run ---------------------------------------------------------------------------

class CsvSink:
    """Appends rows to the group CSVs, flushing after each row."""

    def __init__(self, out_dir: Path):
        self.files, self.writers = {}, {}
        for name, columns in COLUMNS.items():
            handle = open(out_dir / name, "w", newline="")
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            handle.flush()
            self.files[name], self.writers[name] = handle, writer
        self.counts = {name: 0 for name in COLUMNS}

    def write(self, file: str, row: dict) -> None:
        """Write one row (numbers rounded) and flush."""
        clean = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in row.items()}
        self.writers[file].writerow(clean)
        self.files[file].flush()
        self.counts[file] += 1

    def close(self) -> None:
        """Close every file."""
        for handle in self.files.values():
            handle.close()


def nvidia_smi(fields: str) -> dict:
    """One ``nvidia-smi --query-gpu`` reading as {field: value}, or {'error': ...}."""
    try:
        out = subprocess.run(["nvidia-smi", f"--query-gpu={fields}", "--format=csv,noheader"],
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as err:
        return {"error": str(err)}
    if out.returncode:
        return {"error": out.stderr.strip() or f"exit {out.returncode}"}
    values = [v.strip() for v in out.stdout.strip().splitlines()[0].split(",")]
    return dict(zip(fields.split(","), values))


def nvidia_smi_performance() -> str:
    """``nvidia-smi -q -d PERFORMANCE`` (clock event / throttle reasons), or the error."""
    try:
        out = subprocess.run(["nvidia-smi", "-q", "-d", "PERFORMANCE"], capture_output=True,
                             text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as err:
        return str(err)
    lines = [line.rstrip() for line in out.stdout.splitlines()
             if line.strip() and not line.startswith("=")]
    return "\n".join(lines)[:4000] or out.stderr.strip()


SMI_FIELDS = ("name,driver_version,pstate,clocks.sm,clocks.max.sm,clocks.mem,clocks.max.mem,"
              "power.draw,power.limit,temperature.gpu,memory.total")


def _environment(device: str, meter: EnergyMeter) -> dict:
    import platform

    import torch
    env = {"torch": torch.__version__, "cuda": torch.version.cuda,
           "python": platform.python_version(), "device": device,
           "date_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(
               timespec="seconds"),
           "host": platform.node()}
    if device.startswith("cuda"):
        props = torch.cuda.get_device_properties(0)
        env.update({"gpu": torch.cuda.get_device_name(0),
                    "sm_count": props.multi_processor_count,
                    "memory_bytes": props.total_memory,
                    "l2_bytes": getattr(props, "L2_cache_size", None),
                    "capability": f"{props.major}.{props.minor}",
                    "cudnn": torch.backends.cudnn.version()})
    else:
        env["gpu"] = "none (CPU dry run)"
    env["driver"] = meter.driver() or nvidia_smi("driver_version").get("driver_version", "")
    return env


def _warm_gpu(device: str, seconds: float = 2.0) -> None:
    """Run large bf16 GEMMs for a while so the clocks settle before timing."""
    import torch
    if not device.startswith("cuda"):
        return
    a = torch.randn(8192, 8192, device=device, dtype=torch.bfloat16)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        for _ in range(10):
            a @ a
        torch.cuda.synchronize()


def run_case(case: dict, device: str, timer: Timer) -> dict:
    """Build and time one case (layers eagerly and under a CUDA graph); errors go to the
    ``error`` column."""
    import torch
    row = dict(case)
    graph = None
    try:
        fn, impl = BUILDERS[case["group"]](case, device)
        row["impl"] = impl
        if case["group"] == "layer":
            eager = timer.measure(fn)
            row["eager_median_us"], row["eager_min_us"] = eager["median_us"], eager["min_us"]
            replay, graph = graphed(fn, device)
            row["impl"] = impl + (" (cuda graph)" if graph is not None else " (eager)")
            row.update(timer.measure(replay))
        else:
            row.update(timer.measure(fn))
        us = row["median_us"]
        row["tflops"] = case["flops"] / us / 1e6 if us else ""
        row["gbps"] = case["min_bytes"] / us / 1e3 if us else ""
    except Exception as err:  # noqa: BLE001 - record and go on
        row["error"] = _error_text(err)
        if device.startswith("cuda"):
            try:
                torch.cuda.synchronize()
            except Exception:  # noqa: BLE001
                pass
    finally:
        del graph
        if case["group"] == "layer" and device.startswith("cuda"):
            torch.cuda.empty_cache()
    return row


def _summary(row: dict) -> str:
    if row.get("error"):
        return row["error"]
    try:
        return (f"median {row['median_us']:.1f} us min {row['min_us']:.1f} us "
                f"({row['iters']} it) {row['tflops']:.2f} TFLOP/s {row['gbps']:.0f} GB/s")
    except (KeyError, TypeError, ValueError):
        return str({k: row.get(k) for k in ("median_us", "min_us", "iters")})


def measure(cases: list[dict], out_dir, energy_cases: int = 20, flush_l2: bool = True,
            budget_s: float = 540.0, profile_kernels: bool = True,
            device: str | None = None, energy_all: bool = False,
            split_rule: str = "") -> Path:
    """Time every case on the GPU (CPU if none: a dry run), then the energy of
    ``energy_cases`` of them; write the CSVs and ``metadata.json`` into ``out_dir``
    and return it. Cases past the time budget are written as skipped.
    ``split_rule`` describes the cases' split in ``metadata.json`` (default:
    the held-out models and the hash rule)."""
    import torch
    started = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    meter = EnergyMeter()
    meta = {"environment": _environment(device, meter),
            "nvidia_smi_start": nvidia_smi(SMI_FIELDS) if device.startswith("cuda") else {},
            "method": {
                "timer": "CUDA events around each call" if device.startswith("cuda")
                else "time.perf_counter (CPU dry run)",
                "l2_flush": f"{FLUSH_BYTES // 2**20} MiB buffer zeroed before every timed "
                            "call, outside the events" if flush_l2 else "none",
                "iterations": f"N = {TARGET_MS:g} ms / (estimated call + flush), clamped to "
                              f"[{MIN_ITERS}, {MAX_ITERS}]; 3 warm-up calls; median and min "
                              "of N reported (us)",
                "layers": "captured in a CUDA graph; replays timed as above; eager times "
                          "beside",
                "energy": f"CUDA graph of calls (~{ENERGY_GRAPH_MS:g} ms) replayed for >= "
                          f"{ENERGY_SECONDS:g} s without flush; NVML energy before/after",
                "allow_tf32": False,
                "allow_fp16_reduced_precision_reduction":
                    torch.backends.cuda.matmul.allow_fp16_reduced_precision_reduction,
                "allow_bf16_reduced_precision_reduction":
                    torch.backends.cuda.matmul.allow_bf16_reduced_precision_reduction,
                "inputs": "torch.randn (weights x0.05 or x0.02), int8 uniform in [-127, 127]",
                "flops": "from systolic.spec.workload op classes (attention counts the whole "
                         "q x kv rectangle, masked or not; vector ops in lane operations)",
                "split": split_rule or (f"heldout: every row of {', '.join(HELDOUT_MODELS)} "
                                        "and rows whose sha1(name) % 3 == 0; calibration: "
                                        "the rest")},
            "energy": {"method": meter.method, "note": meter.reason},
            "cases": len(cases)}
    (out / "metadata.json").write_text(json.dumps(meta, indent=2))
    print(f"device {meta['environment'].get('gpu')} torch {torch.__version__} "
          f"driver {meta['environment'].get('driver')} energy {meter.method or meter.reason}",
          flush=True)
    _warm_gpu(device)
    meta["nvidia_smi_after_warmup"] = nvidia_smi(SMI_FIELDS) if device.startswith("cuda") \
        else {}
    timer = Timer(device, flush_l2)
    meta["method"]["flush_us"] = round(timer.flush_us, 2)
    sink = CsvSink(out)
    energy = list(cases) if energy_all else select_energy_cases(cases, energy_cases)
    kernels_s = 40.0 if profile_kernels and device.startswith("cuda") else 0.0
    energy_deadline = started + budget_s - kernels_s
    timing_deadline = energy_deadline - 4.5 * len(energy) - 10
    errors: list[str] = []
    _time_cases(cases, device, timer, sink, timing_deadline, errors)
    _energy_cases(energy, device, timer, sink, meter, meta, energy_deadline, errors)
    if profile_kernels:
        _kernel_pass(cases, device, timer, sink, started + budget_s)
    sink.close()
    if device.startswith("cuda"):
        meta["nvidia_smi_end"] = nvidia_smi(SMI_FIELDS)
        meta["nvidia_smi_performance_end"] = nvidia_smi_performance()
    meta["rows"] = sink.counts
    meta["errors"] = errors
    meta["wall_s"] = round(time.perf_counter() - started, 1)
    (out / "metadata.json").write_text(json.dumps(meta, indent=2))
    print(f"done in {meta['wall_s']} s; rows {sink.counts}; {len(errors)} errors", flush=True)
    for line in errors:
        print("  error:", line)
    return out


def _time_cases(cases, device, timer, sink, deadline, errors) -> None:
    """Time every case (skipped past ``deadline``), one CSV row each."""
    for index, case in enumerate(cases, 1):
        if time.perf_counter() > deadline:
            row = dict(case, error="skipped: time budget")
        else:
            row = run_case(case, device, timer)
        if row.get("error"):
            errors.append(f"{case['name']}: {row['error']}")
        sink.write(GROUP_FILES[case["group"]], row)
        print(f"[{index}/{len(cases)}] {case['name']}: {_summary(row)}", flush=True)


def _energy_cases(energy, device, timer, sink, meter, meta, deadline, errors) -> None:
    """Idle power, then the energy of each chosen case (skipped past ``deadline``)."""
    idle_w = None
    if meter.method:
        joules, seconds = meter.run(lambda: time.sleep(1.0), timer.sync)
        idle_w = joules / seconds if joules is not None else None
        meta["energy"]["idle_w"] = idle_w
    for index, case in enumerate(energy, 1):
        base = {"name": case["name"], "split": case["split"], "group": case["group"]}
        if time.perf_counter() > deadline:
            row = dict(base, error="skipped: time budget")
        else:
            try:
                row = measure_energy(case, device, meter, timer, idle_w)
            except Exception as err:  # noqa: BLE001
                row = dict(base, error=_error_text(err))
                try:
                    timer.sync()
                except Exception:  # noqa: BLE001
                    pass
        if not row.get("error") and not meter.method:
            row["error"] = f"no energy: {meter.reason}"
        if row.get("error") and not row["error"].startswith("no energy"):
            errors.append(f"energy {case['name']}: {row['error']}")
        sink.write("energy.csv", row)
        watts, per_call = row.get("avg_w"), row.get("j_per_call")
        text = row.get("error") or f"{watts:.0f} W, {per_call:.3e} J/call, " \
            f"{row['us_per_call']:.1f} us/call"
        print(f"[energy {index}/{len(energy)}] {case['name']}: {text}", flush=True)


def _kernel_pass(cases, device, timer, sink, deadline) -> None:
    """Last (no CUDA graph is captured after the profiler runs): the kernels of one eager
    call of each case."""
    if not device.startswith("cuda"):
        return
    for case in cases:
        if time.perf_counter() > deadline:
            row = {"name": case["name"], "group": case["group"],
                   "error": "skipped: time budget"}
        else:
            row = profile_case(case, device, timer)
        sink.write("kernels.csv", row)
    print(f"kernels: {sink.counts['kernels.csv']} rows", flush=True)


def main(argv: list[str] | None = None) -> int:
    """``python -m systolic.apps.gpu.validate measure --out DIR [--models ...] [--quick]``."""
    parser = argparse.ArgumentParser(prog="python -m systolic.apps.gpu.validate",
                                     description="Measure GPU kernels for calibration.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("measure", help="time the cases on this machine's GPU")
    run.add_argument("--out", required=True, help="output folder")
    run.add_argument("--models", nargs="+", default=list(DEFAULT_MODELS))
    run.add_argument("--quick", action="store_true", help="a few tiny cases (dry run)")
    run.add_argument("--energy-cases", type=int, default=20)
    run.add_argument("--only", nargs="+", metavar="NAME",
                     help="measure only these cases (names as in `cases`)")
    run.add_argument("--energy-all", action="store_true",
                     help="measure the energy of every case measured (with --only)")
    run.add_argument("--no-flush", action="store_true", help="do not flush the L2")
    run.add_argument("--no-kernels", action="store_true", help="skip the profiler pass")
    run.add_argument("--budget-s", type=float, default=540.0, help="wall-clock budget")
    run.add_argument("--device", default=None, help="torch device (default: cuda if any)")
    listing = sub.add_parser("cases", help="print the cases as CSV-ish lines")
    listing.add_argument("--models", nargs="+", default=list(DEFAULT_MODELS))
    listing.add_argument("--quick", action="store_true")
    for command in (run, listing):
        command.add_argument("--heldout-all", action="store_true",
                             help="mark every row held out (data kept to test a preset "
                                  "fitted on other data)")
    args = parser.parse_args(argv)
    cases = quick_cases(args.heldout_all) if args.quick else \
        measurement_cases(args.models, args.heldout_all)
    if getattr(args, "only", None):
        unknown = set(args.only) - {case["name"] for case in cases}
        if unknown:
            parser.error(f"--only: unknown case(s): {', '.join(sorted(unknown))}")
        cases = [case for case in cases if case["name"] in args.only]
    if args.command == "cases":
        counts = {}
        for case in cases:
            counts[GROUP_FILES[case["group"]]] = counts.get(GROUP_FILES[case["group"]], 0) + 1
            print(case["name"], case["split"], case["flops"], sep=",")
        print("#", counts, "total", len(cases))
        return 0
    energy = min(args.energy_cases, 6) if args.quick else args.energy_cases
    measure(cases, args.out, energy_cases=energy, flush_l2=not args.no_flush,
            budget_s=args.budget_s, profile_kernels=not args.no_kernels, device=args.device,
            energy_all=args.energy_all,
            split_rule="heldout: every row (--heldout-all)" if args.heldout_all else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
