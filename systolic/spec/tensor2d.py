"""2D tensor parallelism: a layer's weights sharded over both axes of an ``x`` by ``y``
grid of chips (the "2D weight-stationary" layout of Pope et al., "Efficiently
Scaling Transformer Inference", MLSys 2023).

With 1D (Megatron) tensor parallelism over ``n`` chips every block ends in an
all-reduce of the whole activation, ``tokens x hidden``, whatever ``n``. In
2D, of the ``n = x y`` chips of the tensor-parallel group (``tp = n``,
``tpx = x``; the ``y`` chips of a row are consecutive), a weight ``W[E, I]``
(``I``: the FFN width, or the heads' width for attention) is split ``E / x``
by ``I / y``, and the activations between blocks are split over all ``n``
chips, ``tokens x E / n``. A block then runs, on each chip:

1. the norm of its ``E / n`` columns, with an all-reduce of each row's
   partial sums (a number a row) over the group;
2. an all-gather over ``y`` to ``tokens x E / x``; the input GEMMs on the
   chip's ``E / x`` by ``I / y`` weights give partial sums, reduce-scattered
   over ``x`` to ``tokens x I / n``;
3. the inner op on that shard (attention on ``heads / n`` heads, or the
   activation function);
4. an all-gather over ``x`` to ``tokens x I / y``, the output GEMM on the
   ``I / y`` by ``E / x`` weights, and a reduce-scatter over ``y`` back to
   ``tokens x E / n``; then the residual add of that shard.

A chip then sends about ``tokens (E / x + I / y)`` elements a block instead of
1D's ``2 tokens E``: with ``x`` near ``sqrt(n E / I)`` a share that shrinks
as ``1 / sqrt(n)``, so 2D pays where ``n`` is large and the tokens are many.
Modelled for the dense pre-norm families (Llama-style, GPT-2); MoE, BERT,
sequence and context parallelism are refused with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from systolic.errors import ConfigError
from systolic.spec.configs import Shape
from systolic.spec.workload import (Allgather, Allreduce, Attention, Elementwise, Gemm, Norm,
                                    Op, Reducescatter)

if TYPE_CHECKING:
    from systolic.spec.models import RunSpec

STATS_BYTES = 4  # a row's partial sum of a norm, in fp32

Steps = list[tuple[Op, tuple[str, ...]]]


def check(shape: Shape, spec: RunSpec) -> None:
    """Refuse a 2D grid the model or the rest of the layout cannot take."""
    if spec.tpx == 1:
        return
    if spec.tp % spec.tpx or spec.tpx == spec.tp:
        raise ConfigError(f"tpx: expected a divisor of tp ({spec.tp}) below it (the grid's "
                          f"x axis; y = tp / tpx), got {spec.tpx}")
    if shape.family == "bert" or shape.experts > 1 or spec.sp or spec.cp > 1:
        raise ConfigError("tpx: 2D tensor parallelism is modelled for dense pre-norm models "
                          "without sp or cp")
    if shape.hidden % spec.tp:
        raise ConfigError(f"tpx: the hidden size ({shape.hidden}) does not split over "
                          f"tp = {spec.tp} chips")


def layer_steps(shape: Shape, spec: RunSpec, tokens: int) -> Steps:
    """One layer's ops on one chip of the grid (module docstring)."""
    llama = shape.family == "llama"
    norm = "rmsnorm" if llama else "layernorm"
    steps = _attention(shape, spec, tokens, norm, llama)
    return steps + _mlp(shape, spec, tokens, norm, llama, "attn_residual")


def _axes(spec: RunSpec) -> tuple[int, int]:
    return spec.tpx, spec.tp // spec.tpx


def _bytes(spec: RunSpec, *sizes: int) -> int:
    total = spec.element_bytes
    for size in sizes:
        total *= size
    return total


def _gathered_input(prefix: str, shape: Shape, spec: RunSpec, tokens: int, norm: str,
                    after: tuple[str, ...]) -> Steps:
    """Steps 1 and 2's gather: the shard's norm, its row sums, the all-gather over y."""
    _, y = _axes(spec)
    shard = shape.hidden // spec.tp
    return [
        (Norm(f"{prefix}_norm", norm, tokens, shard, spec.dtype), after),
        (Allreduce(f"{prefix}_norm_stats", tokens * STATS_BYTES, spec.tp,
                   network=spec.tp_network), (f"{prefix}_norm",)),
        (Allgather(f"{prefix}_allgather_y", _bytes(spec, tokens, shard), y,
                   network=spec.tpy_network), (f"{prefix}_norm_stats",)),
    ]


def _output(prefix: str, shape: Shape, spec: RunSpec, tokens: int, inner: int,
            gemm: str, after: str) -> Steps:
    """Step 4: the all-gather over x, the output GEMM, the reduce-scatter over y, the add."""
    x, y = _axes(spec)
    weights = spec.weight_dtype
    return [
        (Allgather(f"{prefix}_allgather_x", _bytes(spec, tokens, inner // spec.tp), x,
                   network=spec.tpx_network), (after,)),
        (Gemm(gemm, tokens, shape.hidden // x, inner // y, dtype=spec.dtype,
              weight_dtype=weights), (f"{prefix}_allgather_x",)),
        (Reducescatter(f"{prefix}_reducescatter_y", _bytes(spec, tokens, shape.hidden // x), y,
                       network=spec.tpy_network), (gemm,)),
        (Elementwise(f"{prefix}_residual", "add", tokens, shape.hidden // spec.tp,
                     spec.dtype), (f"{prefix}_reducescatter_y",)),
    ]


def _attention(shape: Shape, spec: RunSpec, tokens: int, norm: str, llama: bool) -> Steps:
    x, y = _axes(spec)
    head_dim = shape.hidden // shape.heads
    heads, kv_heads = shape.heads // spec.tp, max(1, shape.kv_heads // spec.tp)
    kv_width = x * kv_heads * head_dim  # after the reduce-scatter over x: kv_heads a chip
    q_width = shape.heads * head_dim // y
    steps = _gathered_input("attn", shape, spec, tokens, norm, ())
    d_in, act, weights = shape.hidden // x, spec.dtype, spec.weight_dtype
    steps += [(Gemm(name, tokens, width, d_in, dtype=act, weight_dtype=weights),
               ("attn_allgather_y",))
              for name, width in (("q_proj", q_width), ("k_proj", kv_width),
                                  ("v_proj", kv_width))]
    steps.append((Reducescatter("qkv_reducescatter_x",
                                _bytes(spec, tokens, q_width + 2 * kv_width), x,
                                network=spec.tpx_network), ("q_proj", "k_proj", "v_proj")))
    before = ("qkv_reducescatter_x",)
    if llama:
        steps.append((Elementwise("rope", "rope", tokens, (heads + kv_heads) * head_dim, act),
                      before))
        before = ("rope",)
    q_len = spec.seq if spec.phase != "decode" else 1
    kv_len = spec.seq if spec.phase != "decode" else spec.kv_len
    steps.append((Attention("attention", spec.batch, heads, kv_heads, head_dim, q_len, kv_len,
                            causal=True, fused=spec.fused_attention, dtype=act), before))
    return steps + _output("attn", shape, spec, tokens, shape.heads * head_dim, "o_proj",
                           "attention")


def _mlp(shape: Shape, spec: RunSpec, tokens: int, norm: str, llama: bool,
         after: str) -> Steps:
    x, y = _axes(spec)
    d_in, width = shape.hidden // x, shape.ffn // y
    act, weights = spec.dtype, spec.weight_dtype
    steps = _gathered_input("mlp", shape, spec, tokens, norm, (after,))
    projections = ("gate_proj", "up_proj") if llama else ("up_proj",)
    steps += [(Gemm(name, tokens, width, d_in, dtype=act, weight_dtype=weights),
               ("mlp_allgather_y",)) for name in projections]
    steps.append((Reducescatter("mlp_reducescatter_x",
                                _bytes(spec, tokens, width * len(projections)), x,
                                network=spec.tpx_network), projections))
    steps.append((Elementwise("act", "silu_mul" if llama else "gelu", tokens,
                              shape.ffn // spec.tp, act), ("mlp_reducescatter_x",)))
    return steps + _output("mlp", shape, spec, tokens, shape.ffn, "down_proj", "act")
