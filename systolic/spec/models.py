"""Transformer models -> the ops an inference engine runs, layer by layer.

A model is an HF-style ``config.json`` (``systolic/spec/model_configs/NAME.json`` or any
path). ``build`` returns a ``ModelWorkload``: the ops of the embedding, of one decoder
(or encoder) layer, and of the tail (final norm and output projection), each with
dependencies, plus the layer count, so a run can simulate one layer and reuse it for all
identical layers.

Phases: ``prefill`` runs ``batch`` sequences of ``seq`` tokens; ``decode`` one new
token for each of ``batch`` sequences against a KV cache of ``kv_len`` tokens;
``train`` one optimizer step over ``batch`` sequences (``training.py``). Families:

- ``llama``, ``mistral``, ``qwen2``, ``mixtral``: pre-norm RMSNorm,
  rotary embeddings, grouped-query attention (GQA), SwiGLU MLP, or
  ``num_local_experts`` experts with top-k routing (``mixtral``);
- ``gpt2``: pre-norm LayerNorm, fused QKV, GELU MLP, learned positions,
  output projection tied to the embedding table;
- ``bert``: post-norm LayerNorm, bidirectional attention, a pooler on the
  first token instead of an output projection (prefill only).

Mixture of experts: routing is assumed uniform, so each of ``E`` experts gets
``ceil(tokens x top_k / E)`` tokens (only ``tokens x top_k`` experts are used when that
is fewer than ``E``), and the experts' GEMMs are batched. Tensor parallelism of degree
``tp`` shards attention heads and the FFN Megatron-style: each chip runs ``heads / tp``
heads and ``ffn / tp`` of the MLP, and an all-reduce of the layer's activations follows
the output projection and the MLP; with sequence parallelism (``sp``) a reduce-scatter
and an all-gather instead, the norms and adds on ``1 / tp`` of the tokens. Expert
parallelism (``ep``) puts ``experts / ep`` experts on a chip, with all-to-alls to and
from them. Context parallelism (``cp``, prefill) gives a chip ``seq / cp`` tokens of
every prompt and runs attention as a ring (``ring_attention.py``). 2D tensor parallelism
(``tpx``) splits each weight over both axes of a grid (``tensor2d.py``). The ops
describe one chip.

Not modelled: biases (fused into the GEMMs), dropout, the sliding window (it only
matters beyond 4096 tokens), the MLM head of BERT.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from pathlib import Path

from systolic.errors import ConfigError
from systolic.spec import ring_attention, tensor2d, training
from systolic.spec.configs import Shape, load_config, shape_of
from systolic.spec.fields import DIMENSION
from systolic.spec.hardware import DTYPES
from systolic.spec.model_counts import parameter_count
from systolic.spec.systems import Axis
from systolic.spec.workload import (Allgather, Allreduce, Alltoall, Attention, Elementwise,
                                    Embedding, Gemm, Norm, Op, Reducescatter, Trace, lm_head)

PHASES = ("prefill", "decode", "train")

@dataclass(frozen=True)
class RunSpec:
    """How the model is run: phase, sizes, dtypes, parallelism."""

    phase: str = "prefill"
    batch: int = 1
    seq: int = 512
    kv_len: int = 512
    dtype: str = "bf16"
    weight_dtype: str | None = None
    tp: int = 1
    fused_attention: bool = True
    sp: bool = False
    ep: int = 1
    cp: int = 1
    tpx: int = 1  # the x axis of a 2D tensor-parallel grid (tensor2d.py); 1: Megatron 1D
    tp_network: tuple[Axis, ...] = ()  # the axes of a tensor-parallel group; (): chip link
    ep_network: tuple[Axis, ...] = ()  # the axes of an expert-parallel group
    cp_network: tuple[Axis, ...] = ()  # the axes of a context-parallel ring
    tpx_network: tuple[Axis, ...] = ()  # a 2D grid's x axis (its chips y apart)
    tpy_network: tuple[Axis, ...] = ()  # a 2D grid's y axis (consecutive chips)
    dp_network: tuple[Axis, ...] = ()  # train: the axes of a data-parallel group
    optimizer: str = "adamw"  # train: training.OPTIMIZERS
    recompute: str = "none"   # train: training.RECOMPUTE
    dp: int = 1               # train: data-parallel replicas
    zero: int = 0             # train: ZeRO stage (training.ZERO_STAGES; 3 is FSDP's full shard)
    precision: str = "master"  # train: autocast.PRECISIONS (master: Megatron's; autocast: torch's)

    @property
    def element_bytes(self) -> int:
        """Bytes of one activation element."""
        return DTYPES[self.dtype].bytes if self.dtype in DTYPES else 2

    @property
    def sharded_rows(self) -> int:
        """1 / tp of the tokens: what a sequence-parallel norm or add holds."""
        return self.tp if self.sp else 1

    @property
    def chip_tokens(self) -> int:
        """Tokens one chip processes: its ``1 / cp`` of every prompt in prefill,
        one per sequence in decode."""
        return self.batch * (self.seq // self.cp if self.phase != "decode" else 1)


@dataclass(frozen=True)
class ModelWorkload:
    """Ops of the embedding, one layer and the tail; the layer repeats ``layers`` times."""

    name: str
    shape: Shape
    spec: RunSpec
    embedding: Trace
    layer: Trace
    tail: Trace

    @property
    def tokens(self) -> int:
        """Tokens one chip processes: every prompt token (its ``1 / cp`` of them)
        in prefill, one per sequence in decode."""
        return self.spec.chip_tokens

    def full_trace(self) -> Trace:
        """Every op of the model in order, layers named ``L0.``, ``L1.``, ..."""
        ops, deps = list(self.embedding.ops), dict(self.embedding.deps)
        last = ops[-1].name
        for index in range(self.shape.layers):
            rename = {op.name: f"L{index}.{op.name}" for op in self.layer.ops}
            for op in self.layer.ops:
                ops.append(_renamed(op, rename[op.name]))
                deps[rename[op.name]] = tuple(rename.get(d, d) for d in
                                              self.layer.deps[op.name]) or (last,)
            last = rename[self.layer.ops[-1].name]
        for op in self.tail.ops:
            ops.append(op)
            deps[op.name] = self.tail.deps[op.name] or (last,)
        return Trace(tuple(ops), deps)


def _renamed(op: Op, name: str) -> Op:
    return type(op)(**{**op.__dict__, "name": name})


# --- ops -----------------------------------------------------------------------------

def _check_spec(shape: Shape, spec: RunSpec, source: str) -> None:
    if spec.phase not in PHASES:
        raise ConfigError(f"phase: expected one of {', '.join(PHASES)}, got {spec.phase!r}")
    if shape.family == "bert" and spec.phase != "prefill":
        raise ConfigError(f"{source}: phase: BERT is an encoder; only prefill applies")
    training.check(spec)
    for field in ("batch", "seq", "kv_len", "tp", "cp", "tpx"):
        value = getattr(spec, field)
        if not DIMENSION(value):
            raise ConfigError(f"{field}: {DIMENSION.message(value)}")
    if shape.heads % spec.tp or shape.ffn % spec.tp or shape.kv_heads % spec.tp and \
            spec.tp % shape.kv_heads:
        raise ConfigError(f"tp: expected a divisor of the heads ({shape.heads}) and FFN size "
                          f"({shape.ffn}), got {spec.tp}")
    ring_attention.check(shape, spec)
    tensor2d.check(shape, spec)
    tokens = spec.chip_tokens
    if spec.sp and tokens % spec.tp:
        raise ConfigError(f"sp: the tokens of a micro-batch ({tokens}) do not split over "
                          f"tp = {spec.tp} chips")
    if spec.sp and shape.family == "bert":
        raise ConfigError(f"{source}: sp: sequence parallelism is modelled for pre-norm "
                          f"models; BERT is post-norm")
    if spec.ep > 1 and (shape.experts <= 1 or shape.experts % spec.ep):
        raise ConfigError(f"ep: expected a divisor of the experts ({shape.experts}), "
                          f"got {spec.ep}")


def _graph(steps: list[tuple[Op, tuple[str, ...]]]) -> Trace:
    return Trace(tuple(op for op, _ in steps), {op.name: deps for op, deps in steps})


def _attention_block(shape: Shape, spec: RunSpec, tokens: int, norm: str, rope: bool,
                     fused_qkv: bool) -> list[tuple[Op, tuple[str, ...]]]:
    """Norm -> Q, K, V -> (RoPE) -> attention -> O -> (all-reduce) -> residual add."""
    d, head_dim = shape.hidden, shape.hidden // shape.heads
    heads = shape.heads // spec.tp
    kv_heads = max(1, shape.kv_heads // spec.tp)
    act, weights = spec.dtype, spec.weight_dtype
    q_len = spec.seq if spec.phase != "decode" else 1
    kv_len = spec.seq if spec.phase != "decode" else spec.kv_len
    steps = [(Norm("attn_norm", norm, _rows(tokens, spec), d, act), ())]
    steps += _gathered("attn", shape, spec, tokens, "attn_norm")
    source = steps[-1][0].name
    if fused_qkv:
        qkv = Gemm("qkv_proj", tokens, (heads + 2 * kv_heads) * head_dim, d, dtype=act,
                   weight_dtype=weights)
        steps.append((qkv, (source,)))
        projections = ("qkv_proj",)
    else:
        steps += [(Gemm("q_proj", tokens, heads * head_dim, d, dtype=act,
                        weight_dtype=weights), (source,)),
                  (Gemm("k_proj", tokens, kv_heads * head_dim, d, dtype=act,
                        weight_dtype=weights), (source,)),
                  (Gemm("v_proj", tokens, kv_heads * head_dim, d, dtype=act,
                        weight_dtype=weights), (source,))]
        projections = ("q_proj", "k_proj", "v_proj")
    before_attention = projections
    if rope:
        steps.append((Elementwise("rope", "rope", tokens, (heads + kv_heads) * head_dim, act),
                      projections[:2]))
        before_attention = ("rope", "v_proj")
    if spec.cp > 1:
        steps += ring_attention.steps(shape, spec, heads, kv_heads, before_attention)
    else:
        steps.append((Attention("attention", spec.batch, heads, kv_heads, head_dim, q_len,
                                kv_len, causal=shape.family != "bert",
                                fused=spec.fused_attention, dtype=act), before_attention))
    steps.append((Gemm("o_proj", tokens, d, heads * head_dim, dtype=act,
                       weight_dtype=weights), (steps[-1][0].name,)))
    return steps + _reduce_and_add("attn", shape, spec, tokens, "o_proj")


def _reduce_and_add(prefix: str, shape: Shape, spec: RunSpec, tokens: int,
                    after: str) -> list[tuple[Op, tuple[str, ...]]]:
    """The tensor-parallel sum of a block's output, then the residual add: an
    all-reduce, or with sequence parallelism a reduce-scatter, each chip
    adding its ``1 / tp`` of the tokens."""
    steps = []
    if spec.tp > 1:
        size = tokens * shape.hidden * spec.element_bytes
        cls, kind = (Reducescatter, "reducescatter") if spec.sp else (Allreduce, "allreduce")
        steps.append((cls(f"{prefix}_{kind}", size, spec.tp, network=spec.tp_network),
                      (after,)))
        after = f"{prefix}_{kind}"
    steps.append((Elementwise(f"{prefix}_residual", "add", _rows(tokens, spec), shape.hidden,
                              spec.dtype), (after,)))
    return steps


def _rows(tokens: int, spec: RunSpec) -> int:
    return -(-tokens // spec.sharded_rows)


def _gathered(prefix: str, shape: Shape, spec: RunSpec, tokens: int,
              after: str) -> list[tuple[Op, tuple[str, ...]]]:
    """With sequence parallelism, the all-gather of a norm's ``1 / tp`` of the
    tokens that the block's first GEMMs read whole."""
    if not (spec.sp and spec.tp > 1):
        return []
    size = _rows(tokens, spec) * shape.hidden * spec.element_bytes
    return [(Allgather(f"{prefix}_allgather", size, spec.tp, network=spec.tp_network),
             (after,))]


def _mlp_block(shape: Shape, spec: RunSpec, tokens: int, norm: str | None,
               after: str) -> list[tuple[Op, tuple[str, ...]]]:
    """(Norm) -> up (and gate) -> activation -> down -> (all-reduce) -> residual add."""
    d, ffn = shape.hidden, shape.ffn // spec.tp
    act, weights = spec.dtype, spec.weight_dtype
    steps = []
    if norm:
        steps.append((Norm("mlp_norm", norm, _rows(tokens, spec), d, act), (after,)))
        steps += _gathered("mlp", shape, spec, tokens, "mlp_norm")
        after = steps[-1][0].name
    if shape.family == "llama" and shape.experts > 1:
        return steps + _experts(shape, spec, tokens, after)
    if shape.family == "llama":
        steps += [(Gemm("gate_proj", tokens, ffn, d, dtype=act, weight_dtype=weights), (after,)),
                  (Gemm("up_proj", tokens, ffn, d, dtype=act, weight_dtype=weights), (after,)),
                  (Elementwise("act", "silu_mul", tokens, ffn, act), ("gate_proj", "up_proj"))]
    else:
        steps += [(Gemm("up_proj", tokens, ffn, d, dtype=act, weight_dtype=weights), (after,)),
                  (Elementwise("act", "gelu", tokens, ffn, act), ("up_proj",))]
    steps.append((Gemm("down_proj", tokens, d, ffn, dtype=act, weight_dtype=weights), ("act",)))
    return steps + _reduce_and_add("mlp", shape, spec, tokens, "down_proj")


def _experts(shape: Shape, spec: RunSpec, tokens: int,
             after: str) -> list[tuple[Op, tuple[str, ...]]]:
    """Router, then the experts' batched SwiGLU GEMMs under uniform routing.

    With expert parallelism over ``ep`` chips (each a data-parallel replica
    of the rest of the layer), each chip holds ``experts / ep`` experts: an
    all-to-all sends every routed token to its expert's chip and another
    brings the results back, and each expert serves the tokens of all
    ``ep`` chips."""
    d, ffn = shape.hidden, shape.ffn // spec.tp
    act, weights = spec.dtype, spec.weight_dtype
    routed = tokens * shape.top_k * spec.ep
    active = min(shape.experts, routed)
    per_expert = math.ceil(routed / active)
    local = math.ceil(active / spec.ep)
    steps = [(Gemm("router", tokens, shape.experts, d, dtype=act, weight_dtype=weights),
              (after,))]
    source = "router"
    routed_bytes = tokens * shape.top_k * d * spec.element_bytes  # each all-to-all's input
    if spec.ep > 1:
        steps.append((Alltoall("experts.dispatch", routed_bytes, spec.ep,
                               network=spec.ep_network),
                      ("router",)))
        source = "experts.dispatch"
    steps += [
        (Gemm("experts.gate", per_expert, ffn, d, batch=local, dtype=act,
              weight_dtype=weights), (source,)),
        (Gemm("experts.up", per_expert, ffn, d, batch=local, dtype=act,
              weight_dtype=weights), (source,)),
        (Elementwise("experts.act", "silu_mul", per_expert * local, ffn, act),
         ("experts.gate", "experts.up")),
        (Gemm("experts.down", per_expert, d, ffn, batch=local, dtype=act,
              weight_dtype=weights), ("experts.act",))]
    source = "experts.down"
    if spec.ep > 1:
        steps.append((Alltoall("experts.gather", routed_bytes, spec.ep,
                               network=spec.ep_network),
                      ("experts.down",)))
        source = "experts.gather"
    steps.append((Elementwise("experts.combine", "mul", tokens * shape.top_k, d, act),
                  (source,)))
    return steps + _reduce_and_add("mlp", shape, spec, tokens, "experts.combine")


def layer_trace(shape: Shape, spec: RunSpec, tokens: int) -> Trace:
    """The ops of one decoder (or encoder) layer over ``tokens`` tokens, with their
    dependencies (public: the GPU case catalogue sums its FLOPs and bytes)."""
    if spec.tpx > 1:
        return _graph(tensor2d.layer_steps(shape, spec, tokens))
    if shape.family == "llama":
        steps = _attention_block(shape, spec, tokens, "rmsnorm", rope=True, fused_qkv=False)
        steps += _mlp_block(shape, spec, tokens, "rmsnorm", "attn_residual")
    elif shape.family == "gpt2":
        steps = _attention_block(shape, spec, tokens, "layernorm", rope=False, fused_qkv=True)
        steps += _mlp_block(shape, spec, tokens, "layernorm", "attn_residual")
    else:  # bert: post-norm
        steps = _attention_block(shape, spec, tokens, "layernorm", rope=False, fused_qkv=True)
        steps = [(op, deps) for op, deps in steps if op.name != "attn_norm"]
        steps[0] = (steps[0][0], ())
        steps.append((Norm("attn_norm", "layernorm", tokens, shape.hidden, spec.dtype),
                      ("attn_residual",)))
        steps += _mlp_block(shape, spec, tokens, None, "attn_norm")
        steps.append((Norm("mlp_norm", "layernorm", tokens, shape.hidden, spec.dtype),
                      ("mlp_residual",)))
    return _graph(steps)


def _embedding(shape: Shape, spec: RunSpec, tokens: int) -> Trace:
    steps = [(Embedding("embed_tokens", tokens, shape.hidden, shape.vocab, spec.dtype), ())]
    if shape.family in ("gpt2", "bert"):
        steps += [(Embedding("embed_positions", tokens, shape.hidden, shape.positions,
                             spec.dtype), ()),
                  (Elementwise("embed_add", "add", tokens, shape.hidden, spec.dtype),
                   ("embed_tokens", "embed_positions"))]
    if shape.family == "bert":
        steps.append((Norm("embed_norm", "layernorm", tokens, shape.hidden, spec.dtype),
                      ("embed_add",)))
    return _graph(steps)


def _tail(shape: Shape, spec: RunSpec) -> Trace:
    """Final norm and the output projection of the last position of each sequence
    (of every position in training: the loss reads them all)."""
    rows = spec.chip_tokens if spec.phase == "train" else spec.batch
    if shape.family == "bert":
        return _graph([(Gemm("pooler", rows, shape.hidden, shape.hidden, dtype=spec.dtype,
                             weight_dtype=spec.weight_dtype), ())])
    norm = "rmsnorm" if shape.family == "llama" else "layernorm"
    return _graph([(Norm("final_norm", norm, rows, shape.hidden, spec.dtype), ()),
                   (lm_head("lm_head", rows, shape.hidden, shape.vocab, spec.dtype,
                            spec.weight_dtype), ("final_norm",))])


def build(name_or_path: str, spec: RunSpec) -> ModelWorkload:
    """The ops of a model run (see the module docstring)."""
    name, config = load_config(name_or_path)
    source = f"{name}.json" if not name_or_path.endswith(".json") else Path(name_or_path).name
    shape = shape_of(config, source)
    _check_spec(shape, spec, source)
    tokens = spec.chip_tokens
    forward = ModelWorkload(name, shape, spec, _embedding(shape, spec, tokens),
                            layer_trace(shape, spec, tokens), _tail(shape, spec))
    if spec.phase != "train":
        return forward
    unsharded = dataclasses.replace(spec, tp=1, tpx=1, sp=False, ep=1)
    whole = dataclasses.replace(forward, spec=unsharded,
                                layer=layer_trace(shape, unsharded, tokens))
    parameters = parameter_count(whole) // spec.tp
    outside = parameter_count(dataclasses.replace(whole, layer=Trace((), {}))) // spec.tp
    layer_bytes = 2 * (parameters - outside) // shape.layers  # one layer's bf16 gradients
    ends = training.StepEnds(tokens, shape.vocab, parameters, 2 * outside)
    return dataclasses.replace(forward, embedding=training.step_forward(forward.embedding, spec),
                               layer=training.train_layer(forward.layer, spec, layer_bytes),
                               tail=training.train_tail(forward.tail, forward.embedding, ends,
                                                        spec))
