"""A training step as the ops one chip runs: forward, backward, optimizer.

Why a separate module: training reuses the inference graph (``models.py``)
and derives its backward from it op by op, so the backward has the
forward's true shapes by construction.

- **GEMMs**: ``Y[m x n] = X[m x k] . W[k x n]`` has the data gradient
  ``dX = dY . W^T`` (``m x k x n``, reading the weight) and the weight
  gradient ``dW = X^T . dY`` (``k x n x m``, two activations); a product of
  two activations has both operands' gradients.
- **Attention**: fused, one backward kernel (``Attention.backward``, five
  score-sized products, FlashAttention-2's); unfused, GEMMs through the
  stored probabilities (``mapping/attention.py``).
- **Vector ops**: each has its gradient op (``BACKWARD_OPS``); a residual
  add's gradient is the sum of its two branches' gradients (an add).
- **Collectives**: Megatron's conjugates (an all-reduce's backward is an
  all-reduce; a reduce-scatter's an all-gather and back; an all-to-all's an
  all-to-all).
- **Loss**: the LM head runs on every token, then a softmax over the
  vocabulary and its gradient (cross-entropy), then the head's backward.
- **Optimizer**: AdamW (reads weight, gradient and two moments, writes
  three: 28 bytes a parameter in fp32) or SGD over the chip's parameters,
  in fp32 master precision where the machine has fp32 (mixed precision:
  bf16/fp16 compute, fp32 weights and state); fp16 adds the loss scale's
  unscaling of the gradients.
- **Recompute**: ``full`` reruns each layer's forward before its backward
  (ops ``recompute.NAME``); ``selective`` reruns only unfused attention
  (fused attention recomputes its scores anyway, so it keeps nothing big).

The step is simulated as the inference run is: the embedding, one layer
(its forward, recompute and backward together) times the layer count, and
the tail (loss, the head's backward, the embedding's backward and the
optimizer). On one stream the ops run one after another, so the regrouping
gives the time of the real order (all forwards, then backwards in
reverse). Data parallelism over ``dp`` replicas (``data_parallel_ops``):
a layer's gradients are all-reduced (ZeRO stage 0-1) or reduce-scattered
(2-3) beside the next layer's backward, ZeRO 3 all-gathers each layer's
weights beside the layer before; ZeRO 1-3 step the optimizer on a shard,
1-2 then all-gather the updated weights. The embedding's and the head's
gradients (the parameters outside the layers) are reduced the same way
once the last layer's backward is done, before the optimizer (``STEP_OPS``:
what a step runs once, however many micro-batches it accumulates).
Not modelled: dropout.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from systolic.errors import ConfigError
from systolic.spec import autocast
from systolic.spec.collective_ops import (Allgather, Allreduce, Alltoall, Collective,
                                          Reducescatter)
from systolic.spec.hardware import DTYPES
from systolic.spec.workload import (Attention, Elementwise, Embedding, Gemm, Norm, Op, Softmax,
                                    Trace)

OPTIMIZERS = ("adamw", "sgd")
RECOMPUTE = ("none", "selective", "full")
ZERO_STAGES = (0, 1, 2, 3)
# The gradient ops of each element-wise op (workload.VECTOR_OPS_PER_ELEMENT prices them).
BACKWARD_OPS = {"add": ("add",), "mul": ("mul", "mul"), "relu": ("mul",),
                "gelu": ("gelu_grad",), "silu": ("silu", "mul"), "silu_mul": ("silu_mul_grad",),
                "rope": ("rope",), "scale": ("scale",), "copy": ("copy",)}
CONJUGATE = {Allreduce: Allreduce, Reducescatter: Allgather, Allgather: Reducescatter,
             Alltoall: Alltoall}
MASTER_DTYPE = "fp32"
# The tail's ops that a step runs once, after its last micro-batch: the end
# parameters' gradient reduction, the unscaling, the optimizer, the weights' gather.
STEP_OPS = ("ends_grad_allreduce", "ends_grad_reducescatter", "loss_scale", "optimizer",
            "param_allgather")
# A layer's ops that a step runs once: its gradients' reduction, in the last
# micro-batch's backward (DDP's no_sync, Megatron's accumulation in its buffers).
LAYER_STEP_OPS = ("grad_allreduce", "grad_reducescatter")


@dataclass(frozen=True)
class StepEnds:
    """What the tail of a chip's step covers: the loss over ``tokens`` rows of
    ``vocab`` logits, the optimizer over the chip's ``parameters``, and the
    ``end_gradient_bytes`` of the parameters outside the layers (embedding, head,
    final norm) that data parallelism reduces."""

    tokens: int
    vocab: int
    parameters: int
    end_gradient_bytes: int


def gradient_ops(op: Op) -> list[Op]:
    """The backward of one forward op (module docstring)."""
    name = op.name
    if isinstance(op, Gemm):
        first = Gemm(f"{name}.dgrad", op.m, op.k, op.n, batch=op.batch, dtype=op.dtype,
                     weights=op.weights, weight_dtype=op.weight_dtype)
        second = Gemm(f"{name}.wgrad" if op.weights else f"{name}.dgrad_b", op.k, op.n, op.m,
                      batch=op.batch, dtype=op.dtype, weights=False)
        return [first, second]
    if isinstance(op, Attention):
        return [dataclasses.replace(op, name=f"{name}.bwd", backward=True)]
    if isinstance(op, Norm):
        return [Elementwise(f"{name}.bwd", f"{op.op}_grad", op.rows, op.cols, op.dtype)]
    if isinstance(op, Softmax):
        return [Elementwise(f"{name}.bwd", "softmax_grad", op.rows, op.cols, op.dtype)]
    if isinstance(op, Elementwise):
        parts = BACKWARD_OPS[op.op]
        return [Elementwise(f"{name}.bwd" + (f".{i}" if len(parts) > 1 else ""), part,
                            op.rows, op.cols, op.dtype) for i, part in enumerate(parts)]
    if isinstance(op, Embedding):  # the rows' gradients added into the table's
        return [Elementwise(f"{name}.bwd", "add", op.tokens, op.hidden, op.dtype)]
    if isinstance(op, Collective):
        conjugate = CONJUGATE.get(type(op), type(op))
        size = op.output_bytes if conjugate is not type(op) else op.bytes
        return [conjugate(f"{name}.bwd", int(size), op.participants, network=op.network)]
    raise TypeError(f"no gradient for {type(op).__name__}")


def _serial(ops: list[Op], after: str | None) -> list[tuple[Op, tuple[str, ...]]]:
    """``ops`` one after another, the first after ``after``."""
    steps = []
    for op in ops:
        steps.append((op, (after,) if after else ()))
        after = op.name
    return steps


def _recomputed(forward: Trace, recompute: str) -> list[Op]:
    """The forward ops rerun before the backward: all (full), unfused attention
    (selective), none."""
    def rerun(op: Op) -> bool:
        return recompute == "full" or (recompute == "selective" and
                                       isinstance(op, Attention) and not op.fused)
    return [dataclasses.replace(op, name=f"recompute.{op.name}") for op in forward.ops
            if rerun(op)]


def _gradient_reduction(name: str, size: int, spec) -> Collective:
    """The gradients' reduction over the replicas: an all-reduce (ZeRO 0-1) or
    a reduce-scatter (2-3, each replica keeps its shard)."""
    kind, cls = ("allreduce", Allreduce) if spec.zero < 2 else ("reducescatter", Reducescatter)
    return cls(f"{name}_{kind}", size, spec.dp, network=spec.dp_network)


def data_parallel_ops(layer_gradient_bytes: int, spec) -> tuple[list[Op], list[Op]]:
    """(before the forward, before the backward): one layer's data-parallel
    collectives over ``spec.dp`` replicas, none of them read by the layer's
    kernels, so they run beside them on the collective stream. Before the
    backward: the gradients of the layer above (the one whose backward ran
    just before), all-reduced (ZeRO 0-1) or reduce-scattered (ZeRO 2-3), as
    bucketed DDP and FSDP overlap them. ZeRO 3 also all-gathers the layer's
    weight shards before its forward and its backward (prefetched, as FSDP
    does)."""
    if spec.dp == 1:
        return [], []
    dp, shard, network = spec.dp, layer_gradient_bytes // spec.dp, spec.dp_network
    reduce = _gradient_reduction("grad", layer_gradient_bytes, spec)
    if spec.zero < 3:
        return [], [reduce]
    return ([Allgather("param_allgather", shard, dp, network=network)],
            [Allgather("param_allgather.bwd", shard, dp, network=network), reduce])


def step_forward(forward: Trace, spec, logits_cast: bool = False) -> Trace:
    """The forward a train step runs: the bf16 graph, or eager autocast's kernels
    (``autocast.py``)."""
    if spec.precision == "autocast":
        return autocast.forward(forward, logits_cast)
    return forward


def backward_ops(forward: Trace, spec) -> list[Op]:
    """The backward of ``forward``'s ops in reverse order (autocast's own
    gradients first where the precision is autocast)."""
    readers = autocast.norm_readers(forward)
    ops = []
    for op in reversed(forward.ops):
        own = (autocast.gradient(op, readers.get(op.name, 1))
               if spec.precision == "autocast" else None)
        ops += gradient_ops(op) if own is None else own
    return ops


def train_layer(forward: Trace, spec, layer_gradient_bytes: int = 0) -> Trace:
    """One layer's forward, its recomputation, then its backward in reverse
    order, with the data-parallel collectives beside them (``spec``: a
    ``models.RunSpec``; ``layer_gradient_bytes``: one layer's gradients on a chip)."""
    before_forward, before_backward = data_parallel_ops(layer_gradient_bytes, spec)
    forward = step_forward(forward, spec)
    backward = backward_ops(forward, spec)
    steps = [(op, ()) for op in before_forward]
    steps += [(op, forward.deps[op.name]) for op in forward.ops]
    steps += [(op, ()) for op in before_backward]
    steps += _serial(_recomputed(forward, spec.recompute) + backward, forward.ops[-1].name)
    return Trace(tuple(op for op, _ in steps), {op.name: deps for op, deps in steps})


def check(spec) -> None:
    """A train run's own fields: optimizer, ZeRO stage, replicas, recompute."""
    if spec.optimizer not in OPTIMIZERS:
        raise ConfigError(f"optimizer: expected one of {', '.join(OPTIMIZERS)}, "
                          f"got {spec.optimizer!r}")
    if spec.zero not in ZERO_STAGES:
        raise ConfigError(f"zero: expected one of {', '.join(map(str, ZERO_STAGES))}, "
                          f"got {spec.zero!r}")
    if spec.dp < 1:
        raise ConfigError(f"dp: expected a positive integer, got {spec.dp!r}")
    if spec.precision not in autocast.PRECISIONS:
        raise ConfigError(f"precision: expected one of {', '.join(autocast.PRECISIONS)}, "
                          f"got {spec.precision!r}")
    if spec.recompute not in RECOMPUTE:
        raise ConfigError(f"recompute: expected one of {', '.join(RECOMPUTE)}, "
                          f"got {spec.recompute!r}")


def train_tail(forward_tail: Trace, embedding: Trace, ends: StepEnds, spec) -> Trace:
    """Loss and the head's backward, the embedding's backward, then once a step
    (``STEP_OPS``) the end parameters' gradient reduction and the optimizer over
    the chip's parameters (``spec``: a ``models.RunSpec``)."""
    dtype, tokens, vocab = spec.dtype, ends.tokens, ends.vocab
    tail = step_forward(forward_tail, spec, logits_cast=True)  # on every token
    ops = list(tail.ops) + [Softmax("loss.softmax", tokens, vocab, dtype),
                            Elementwise("loss.bwd", "softmax_grad", tokens, vocab, dtype)]
    ops += backward_ops(tail, spec) + backward_ops(step_forward(embedding, spec), spec)
    if spec.dp > 1:
        ops.append(_gradient_reduction("ends_grad", ends.end_gradient_bytes, spec))
    sharded = ends.parameters // spec.dp if spec.zero >= 1 else ends.parameters
    if dtype == "fp16":  # loss scaling: the gradients unscaled (and checked) before the step
        ops.append(Elementwise("loss_scale", "scale", sharded, 1, MASTER_DTYPE))
    ops.append(Elementwise("optimizer", spec.optimizer, sharded, 1, MASTER_DTYPE))
    if spec.dp > 1 and spec.zero in (1, 2):  # every replica gathers the updated weights
        ops.append(Allgather("param_allgather", 2 * sharded, spec.dp, network=spec.dp_network))
    steps = _serial(ops, None)
    return Trace(tuple(op for op, _ in steps), {op.name: deps for op, deps in steps})


# Bytes a parameter by kind: master (ZeRO's 2 + 2 + 12: bf16 weights and gradients,
# fp32 master weights and two moments) and autocast (fp32 weights, their bf16 copies
# that autocast caches and the backward keeps, fp32 gradients, two fp32 moments).
STATE_BYTES = {"master": {"weights": 2, "gradients": 2, "optimizer": 12},
               "autocast": {"weights": 4, "copies": 2, "gradients": 4, "optimizer": 8}}
SHARDED_AT = {"optimizer": 1, "gradients": 2, "weights": 3, "copies": 3}  # ZeRO stages


def adam_state_bytes(parameters: int, zero_stage: int, dp: int,
                     precision: str = "master") -> dict[str, float]:
    """Mixed-precision Adam's memory per chip by kind (ZeRO, Rajbhandari et
    al. 2020; ``STATE_BYTES``); stage 1 shards the optimizer state over the
    ``dp`` replicas, stage 2 the gradients too, stage 3 the weights too
    (FSDP's full sharding)."""
    return {kind: size * parameters * (1 / dp if zero_stage >= SHARDED_AT[kind] else 1.0)
            for kind, size in STATE_BYTES[precision].items()}


def step_memory_bytes(state: dict[str, float], kept: float,
                      precision: str) -> dict[str, float]:
    """A train step's peak bytes on a chip by kind (``weights``, ``gradients``,
    ``optimizer``, ``activations``): ``state`` from ``adam_state_bytes``,
    ``kept`` the activations all layers keep. Master keeps its gradient
    buffers (Megatron's, DeepSpeed's) so everything adds up; autocast's
    gradients are freed after each step (``zero_grad(set_to_none)``) and built
    layer by layer while the backward frees that layer's kept activations and
    bf16 weight copies, so the peak is at the larger of the two ends of the
    backward: all activations and copies (counted with the weights), or all
    gradients."""
    if precision != "autocast":
        return {"weights": state["weights"], "gradients": state["gradients"],
                "optimizer": state["optimizer"], "activations": kept}
    start = {"weights": state["weights"] + state["copies"], "gradients": 0.0,
             "optimizer": state["optimizer"], "activations": kept}
    end = {"weights": state["weights"], "gradients": state["gradients"],
           "optimizer": state["optimizer"], "activations": 0.0}
    return max(start, end, key=lambda kinds: sum(kinds.values()))


# Element-wise ops whose gradient needs their inputs kept (the rest are linear).
KEEPS_INPUTS = ("mul", "relu", "gelu", "silu", "silu_mul")


def kept_activation_bytes(forward: Trace, recompute: str) -> float:
    """What one layer keeps from its forward for its backward, per chip: each weight
    GEMM's input, both operands of an activation product, a norm's input, a
    non-linear op's inputs, a softmax's output, attention's Q, K and V (its output
    is the output projection's input, kept once; fused: plus its row statistics;
    unfused: plus its probabilities). No dropout, so no masks: for GPT-2 with
    unfused attention this is Korthikanti et al.'s 34 s b h + 5 a s^2 b less the
    dropout terms, 32 s b h + 2 a s^2 b bytes in 16-bit. ``full`` recompute keeps
    the layer's input alone; ``selective`` drops the probabilities."""
    if recompute == "full":
        first = forward.ops[0]
        return first.rows * first.cols * _element(first)
    return sum(_kept(op, recompute) for op in forward.ops)


def _element(op: Op) -> float:
    return DTYPES[op.dtype].bytes


def _kept(op: Op, recompute: str) -> float:
    if isinstance(op, Gemm):
        operands = op.m * op.k + (0 if op.weights else op.k * op.n)
        return op.batch * operands * _element(op)
    if isinstance(op, Attention):
        q_side = op.batch * op.heads * op.q_len * op.head_dim * _element(op)  # O: o_proj's
        extra = (op.batch * op.heads * op.q_len * 4 if op.fused  # fp32 log-sum-exp a row
                 else 0 if recompute == "selective" else op.score_elements * _element(op))
        return q_side + op.kv_cache_bytes + extra
    if isinstance(op, (Norm, Softmax)):
        return op.elements * _element(op)
    if isinstance(op, Elementwise) and op.op in KEEPS_INPUTS:
        return op.elements * op.inputs * _element(op)
    return 0.0
