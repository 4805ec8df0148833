"""A whole decoder model in plain PyTorch, built from a config's ``Shape``, to time
training steps on a GPU.

Why plain PyTorch and not a model library: the step must run the ops the
simulator models (``systolic/spec/models.py``) and nothing else, so the
comparison checks the model of the hardware, not a difference of graphs.
Like ``builders.py``'s layers: no biases, no dropout; llama family:
RMSNorm, q/k/v, rotary, SDPA with GQA, o, SwiGLU; gpt2: LayerNorm (with
shifts), fused qkv, causal SDPA, GELU (tanh) MLP, learned positions. The
output projection is the embedding table where the config ties them. The
loss is ``F.cross_entropy`` over every token.

Parameters are fp32 (the master weights), computed on under
``torch.autocast(bfloat16)``, as mixed-precision training runs in PyTorch;
``checkpoint=True`` wraps every layer in ``torch.utils.checkpoint`` (full
recompute). Weights are random (std ``INIT_STD``), never zeros. This module
imports ``torch`` (the optional ``gpu`` extra), so only the measurement imports it,
inside its function.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.checkpoint import checkpoint as rerun

from systolic.spec.configs import Shape

INIT_STD = 0.02  # the usual init std of Transformer weights
ROPE_BASE = 10000.0  # rotary frequencies; their values do not change the kernels' time
NORM_EPS = 1e-5
ROPE_DTYPE = torch.bfloat16  # the autocast dtype of ``train_measure``


def _weight(*shape) -> nn.Parameter:
    return nn.Parameter(torch.randn(*shape) * INIT_STD)


def _norm(x, weight, shift=None):
    """LayerNorm where there is a shift (gpt2), else RMSNorm."""
    if shift is not None:
        return F.layer_norm(x, (x.shape[-1],), weight, shift, NORM_EPS)
    return F.rms_norm(x, (x.shape[-1],), weight, NORM_EPS)


def _attend(q, k, v, heads: int, kv_heads: int):
    """Causal SDPA over ``[batch, heads, seq, head_dim]``, GQA where K/V have fewer heads."""
    if kv_heads != heads:
        return F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)


class GptLayer(nn.Module):
    """Pre-norm LayerNorm, fused qkv, causal SDPA, o, GELU (tanh) MLP."""

    def __init__(self, shape: Shape):
        super().__init__()
        d = shape.hidden
        self.heads, self.head_dim = shape.heads, d // shape.heads
        self.n1, self.n2 = nn.Parameter(torch.ones(d)), nn.Parameter(torch.ones(d))
        self.b1, self.b2 = nn.Parameter(torch.zeros(d)), nn.Parameter(torch.zeros(d))
        self.qkv, self.o = _weight(3 * d, d), _weight(d, d)
        self.up, self.down = _weight(shape.ffn, d), _weight(d, shape.ffn)

    def forward(self, x):
        b, s, d = x.shape
        qkv = F.linear(_norm(x, self.n1, self.b1), self.qkv).view(b, s, 3, self.heads,
                                                                   self.head_dim)
        q, k, v = (z.transpose(1, 2) for z in qkv.unbind(2))  # one stack in backward
        att = _attend(q, k, v, self.heads, self.heads)
        x = x + F.linear(att.transpose(1, 2).reshape(b, s, d), self.o)
        up = F.linear(_norm(x, self.n2, self.b2), self.up)
        return x + F.linear(F.gelu(up, approximate="tanh"), self.down)


class LlamaLayer(nn.Module):
    """RMSNorm, q/k/v, rotary, SDPA (GQA), o, residual, RMSNorm, SwiGLU, residual."""

    def __init__(self, shape: Shape, seq: int):
        super().__init__()
        d, hd = shape.hidden, shape.hidden // shape.heads
        self.heads, self.kv_heads, self.head_dim = shape.heads, shape.kv_heads, hd
        self.n1, self.n2 = nn.Parameter(torch.ones(d)), nn.Parameter(torch.ones(d))
        self.q, self.o = _weight(shape.heads * hd, d), _weight(d, shape.heads * hd)
        self.k, self.v = _weight(shape.kv_heads * hd, d), _weight(shape.kv_heads * hd, d)
        self.gate, self.up, self.down = _weight(shape.ffn, d), _weight(shape.ffn, d), \
            _weight(d, shape.ffn)
        inv = ROPE_BASE ** (-torch.arange(0, hd, 2).float() / hd)
        angle = torch.outer(torch.arange(seq).float(), inv).repeat(1, 2)
        # In the compute dtype (as HF's ``cos.to(x.dtype)``): rotary in bf16, not fp32.
        self.register_buffer("cos", angle.cos().to(ROPE_DTYPE), persistent=False)
        self.register_buffer("sin", angle.sin().to(ROPE_DTYPE), persistent=False)

    def rope(self, z):
        z1, z2 = z.chunk(2, dim=-1)
        return z * self.cos + torch.cat((-z2, z1), dim=-1) * self.sin

    def forward(self, x):
        b, s, d = x.shape
        hd = self.head_dim
        h = _norm(x, self.n1)
        q = F.linear(h, self.q).view(b, s, self.heads, hd).transpose(1, 2)
        k = F.linear(h, self.k).view(b, s, self.kv_heads, hd).transpose(1, 2)
        v = F.linear(h, self.v).view(b, s, self.kv_heads, hd).transpose(1, 2)
        att = _attend(self.rope(q), self.rope(k), v, self.heads, self.kv_heads)
        x = x + F.linear(att.transpose(1, 2).reshape(b, s, self.heads * hd), self.o)
        h = _norm(x, self.n2)
        return x + F.linear(F.silu(F.linear(h, self.gate)) * F.linear(h, self.up), self.down)


class Model(nn.Module):
    """Embedding (+ learned positions for gpt2), the layers, the final norm, the
    output projection (the embedding table where tied), cross-entropy over every
    token (labels: the ids shifted by one, wrapping)."""

    def __init__(self, shape: Shape, seq: int, checkpoint: bool):
        super().__init__()
        d, gpt = shape.hidden, shape.family == "gpt2"
        self.vocab, self.checkpoint = shape.vocab, checkpoint
        self.embed = _weight(shape.vocab, d)
        self.positions = _weight(seq, d) if gpt else None
        self.layers = nn.ModuleList(GptLayer(shape) if gpt else LlamaLayer(shape, seq)
                                    for _ in range(shape.layers))
        self.norm = nn.Parameter(torch.ones(d))
        self.norm_shift = nn.Parameter(torch.zeros(d)) if gpt else None
        self.head = None if shape.tied_embeddings else _weight(shape.vocab, d)

    def forward(self, tokens):
        x = F.embedding(tokens, self.embed)
        if self.positions is not None:
            x = x + self.positions
        for layer in self.layers:
            x = rerun(layer, x, use_reentrant=False) if self.checkpoint else layer(x)
        logits = F.linear(_norm(x, self.norm, self.norm_shift),
                          self.embed if self.head is None else self.head)
        labels = torch.roll(tokens, -1, dims=1)
        return F.cross_entropy(logits.view(-1, self.vocab), labels.reshape(-1))
