"""Torch builders: each case turned into a callable that runs it once on a device.

``BUILDERS[case["group"]](case, device)`` returns ``(fn, impl)``: ``fn()`` runs
the op once on tensors allocated beforehand (allocation is never timed), and
``impl`` names the PyTorch call, written to the CSVs' ``impl`` column so a
row says which kernel family it measured. Inputs are random, never zeros
(``torch.randn``, weights scaled down; int8 uniform in [-127, 127]): zeros
would let a GPU skip work or draw less power.

- GEMMs: ``F.linear`` (weights stored ``N x K`` like ``nn.Linear``), batched
  expert GEMMs with ``torch.bmm``, fp8 (e4m3) through ``torch._scaled_mm``
  with unit scales, int8 through ``torch._int_mm``.
- Vector ops: one PyTorch call each (``silu_mul`` is two kernels).
- Attention: ``F.scaled_dot_product_attention``; K/V heads are expanded
  outside the timed call where ``enable_gqa`` is missing.
- Layers: one decoder (or encoder) layer in plain PyTorch, no biases (the
  simulator has none); decode writes the new K/V into the last slot of a
  full cache.

Not modelled here: fused or quantised production kernels (vLLM, TensorRT),
tensor parallelism. ``torch`` is imported inside the functions: it is the
optional ``gpu`` extra.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

GEMM_WEIGHT_SCALE = 0.05  # keeps bf16/fp16 GEMM outputs well inside range
FP8_INPUT_SCALE = 0.5  # e4m3 inputs around +-1, unit scales
LAYER_WEIGHT_SCALE = 0.02  # the usual init std of Transformer weights
INT8_LOW, INT8_HIGH = -127, 128  # torch.randint bounds: int8 values in [-127, 127]
ROTARY_ANGLE_SPAN = 6.28  # about 2 pi: random rotary angles over a turn


TORCH_DTYPES = {"bf16": "bfloat16", "fp16": "float16", "fp32": "float32"}  # -> torch


def _tdtype(name: str):
    """The torch dtype of one of ``TORCH_DTYPES``."""
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
        w = torch.randn(*lead, n, k, device=device, dtype=t) * GEMM_WEIGHT_SCALE
        if batch > 1:
            wt = w.transpose(1, 2)
            return (lambda: torch.bmm(a, wt)), "torch.bmm"
        return (lambda: F.linear(a, w)), "F.linear"
    if batch > 1:
        raise ValueError(f"{dtype}: batched GEMMs are measured in bf16/fp16/fp32 only")
    if dtype == "fp8":
        f8 = torch.float8_e4m3fn
        a = (torch.randn(m, k, device=device) * FP8_INPUT_SCALE).to(f8)
        w = (torch.randn(n, k, device=device) * FP8_INPUT_SCALE).to(f8)
        one = torch.ones((), device=device, dtype=torch.float32)
        b = w.t()  # K x N, column-major
        return (lambda: torch._scaled_mm(a, b, scale_a=one, scale_b=one,
                                          out_dtype=torch.bfloat16)), \
            "torch._scaled_mm(e4m3, out bf16, scales 1.0)"
    if dtype == "int8":
        a = torch.randint(INT8_LOW, INT8_HIGH, (m, k), device=device, dtype=torch.int8)
        w = torch.randint(INT8_LOW, INT8_HIGH, (n, k), device=device, dtype=torch.int8)
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
    """Whether this PyTorch's SDPA takes ``enable_gqa`` (fewer K/V heads than Q)."""
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



@dataclass(frozen=True)
class LayerInputs:
    """What every layer family shares: sizes, the input activations, the norm
    parameters, the output and down projections, and the attention call."""

    batch: int
    q_len: int
    hidden: int
    heads: int
    kv_heads: int
    head_dim: int
    ffn: int
    x: Any
    norm1: Any
    norm2: Any
    shift1: Any
    shift2: Any
    w_out: Any
    w_down: Any
    weight: Callable[..., Any]  # a new random weight of the given shape
    attend: Callable[..., Any]  # (q, k, v, causal) -> attention output


def build_layer(case: dict, device: str):
    """(callable, impl): one layer in plain PyTorch, no biases (the simulator has none).

    llama family: RMSNorm, q/k/v, rotary (``x*cos + rotate_half(x)*sin``),
    SDPA (GQA), o, residual, RMSNorm, SwiGLU, residual. gpt2: pre-norm
    LayerNorm, fused qkv, causal SDPA, GELU (tanh) MLP. bert: post-norm,
    bidirectional. Decode writes the new K/V into the last cache slot and
    attends over the whole cache of ``kv_len``."""
    layer = _layer_inputs(case, device)
    if case["family"] == "llama":
        return _llama_layer(layer, device), "llama layer: rmsnorm, q/k/v, rope, sdpa, o, swiglu"
    if case["family"] == "gpt2":
        return _gpt2_layer(layer), "gpt2 layer: pre-layernorm, qkv, causal sdpa, o, gelu mlp"
    return _bert_layer(layer), "bert layer: post-layernorm, qkv, sdpa, o, gelu mlp"


def _layer_inputs(case: dict, device: str) -> LayerInputs:
    """Allocate the tensors every family uses (``case`` is a layer case)."""
    import torch
    t = _tdtype(case["dtype"])
    d, h, ffn = case["hidden"], case["heads"], case["ffn"]
    hd = d // h
    q_len = case["seq"] if case["phase"] == "prefill" else 1

    def weight(*shape):
        return torch.randn(*shape, device=device, dtype=t) * LAYER_WEIGHT_SCALE

    x = torch.randn(case["batch"], q_len, d, device=device, dtype=t)
    n1, n2 = torch.ones(d, device=device, dtype=t), torch.ones(d, device=device, dtype=t)
    b1, b2 = torch.zeros(d, device=device, dtype=t), torch.zeros(d, device=device, dtype=t)
    wo, wd = weight(d, h * hd), weight(d, ffn)
    return LayerInputs(case["batch"], q_len, d, h, case["kv_heads"], hd, ffn, x, n1, n2, b1,
                       b2, wo, wd, weight, _attention_call(case, device, t, hd))


def _attention_call(case: dict, device: str, t, head_dim: int):
    """``attend(q, k, v, causal)`` for a layer: in decode the new K/V go into the last
    slot of a full cache of ``kv_len`` and attention runs over the whole cache."""
    import torch
    import torch.nn.functional as F
    h, kvh, kv_len, decode = case["heads"], case["kv_heads"], case["kv_len"], \
        case["phase"] == "decode"
    if decode:
        shape = (case["batch"], kvh, kv_len, head_dim)
        k_cache = torch.randn(*shape, device=device, dtype=t)
        v_cache = torch.randn(*shape, device=device, dtype=t)
    gqa = _has_enable_gqa()

    def attend(q, k, v, causal):
        if decode:
            k_cache[:, :, kv_len - 1:].copy_(k)
            v_cache[:, :, kv_len - 1:].copy_(v)
            k, v, causal = k_cache, v_cache, False
        if kvh != h:
            if gqa:
                return F.scaled_dot_product_attention(q, k, v, is_causal=causal,
                                                      enable_gqa=True)
            k, v = k.repeat_interleave(h // kvh, 1), v.repeat_interleave(h // kvh, 1)
        return F.scaled_dot_product_attention(q, k, v, is_causal=causal)
    return attend


def _llama_layer(layer: LayerInputs, device: str):
    """RMSNorm, q/k/v, rotary, SDPA (GQA), o, residual, RMSNorm, SwiGLU, residual."""
    import torch
    import torch.nn.functional as F
    bsz, q_len, d, h, kvh, hd = layer.batch, layer.q_len, layer.hidden, layer.heads, \
        layer.kv_heads, layer.head_dim
    x, n1, n2, wo, wd, attend, weight = layer.x, layer.norm1, layer.norm2, layer.w_out, \
        layer.w_down, layer.attend, layer.weight
    wq, wk, wv = weight(h * hd, d), weight(kvh * hd, d), weight(kvh * hd, d)
    wg, wu = weight(layer.ffn, d), weight(layer.ffn, d)
    angle = torch.rand(q_len, hd, device=device) * ROTARY_ANGLE_SPAN
    cos, sin = angle.cos().to(x.dtype), angle.sin().to(x.dtype)

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
    return forward


def _gpt_blocks(layer: LayerInputs):
    """(attention block, MLP) of the gpt2 and bert layers: fused qkv, SDPA, o; and a
    GELU (tanh) MLP."""
    import torch.nn.functional as F
    bsz, q_len, d, h, hd = layer.batch, layer.q_len, layer.hidden, layer.heads, \
        layer.head_dim
    wo, wd, attend = layer.w_out, layer.w_down, layer.attend
    wqkv, wup = layer.weight(3 * d, d), layer.weight(layer.ffn, d)

    def attention_block(hid, causal):
        qkv = F.linear(hid, wqkv).view(bsz, q_len, 3, h, hd)
        q, k, v = (qkv[:, :, i].transpose(1, 2) for i in range(3))
        att = attend(q, k, v, causal)
        return F.linear(att.transpose(1, 2).reshape(bsz, q_len, h * hd), wo)

    def mlp(hid):
        return F.linear(F.gelu(F.linear(hid, wup), approximate="tanh"), wd)
    return attention_block, mlp


def _gpt2_layer(layer: LayerInputs):
    """Pre-norm: LayerNorm, causal attention, residual, LayerNorm, MLP, residual."""
    import torch.nn.functional as F
    attention_block, mlp = _gpt_blocks(layer)
    x, d, n1, n2, b1, b2 = layer.x, layer.hidden, layer.norm1, layer.norm2, layer.shift1, \
        layer.shift2

    def forward():
        y = x + attention_block(F.layer_norm(x, (d,), n1, b1), True)
        return y + mlp(F.layer_norm(y, (d,), n2, b2))
    return forward


def _bert_layer(layer: LayerInputs):
    """Post-norm: bidirectional attention, residual, LayerNorm, MLP, residual,
    LayerNorm."""
    import torch.nn.functional as F
    attention_block, mlp = _gpt_blocks(layer)
    x, d, n1, n2, b1, b2 = layer.x, layer.hidden, layer.norm1, layer.norm2, layer.shift1, \
        layer.shift2

    def forward():
        y = F.layer_norm(x + attention_block(x, False), (d,), n1, b1)
        return F.layer_norm(y + mlp(y), (d,), n2, b2)
    return forward


BUILDERS = {"gemm": build_gemm, "elementwise": build_vector, "norm": build_vector,
            "softmax": build_vector, "attention": build_attention, "layer": build_layer}
