"""What a model run needs of the chip's DRAM, and whether it fits.

A model run keeps three things in DRAM on each of its ``tp`` chips, counted
in bytes by ``footprint`` (``results.MemoryFootprint``):

- **weights**: ``parameters x weight_dtype bytes / tp``. ``parameters`` is
  ``models.parameter_count`` of the unsharded model (weight GEMMs of every
  expert, norm scales, embedding tables; a tied output projection counted
  once), so the embedding and output projection are taken as sharded too,
  as vocabulary-parallel layers are (Megatron-LM, vLLM). Exact where ``tp``
  divides the KV heads; where it exceeds them, the replicated K and V
  projections are counted once, not per chip.
- **KV cache**: ``layers x 2 x kv_heads_per_chip x head_dim x kv_tokens x
  batch x dtype bytes`` (``Attention.kv_cache_bytes`` of the layer's
  attention, summed over the layers), with ``kv_heads_per_chip =
  max(1, kv_heads // tp)`` as the ops shard them and ``kv_tokens`` the
  prompt (``seq``; its ``1 / cp`` under context parallelism, whose ring
  passes the other chips' keys and values through) in prefill, the cache
  (``kv_len``) in decode. An
  encoder's keys and values are counted the same way, though they live for
  one layer only (a small overestimate).
- **activations and workspace**, an estimate: layers run one after
  another, so at most one op's tensors are live at a time, beside the
  residual stream. It is the largest activation working set of any op of
  the run (what it reads and writes, weights and KV cache left out: a
  GEMM's ``A`` and ``O``; fused attention's ``Q`` and output, unfused
  attention's scores and probabilities as well; a vector op's inputs and
  output; a collective's buffers, none for a train step's gradient reductions
  and weight gathers, which run in place) plus the residual stream, ``tokens x
  hidden x dtype bytes``.

With ``layers=1`` (a single layer simulated alone) the footprint is that
one layer's: its weights, its KV cache, its activations.

A train run splits the state by kind (``training.adam_state_bytes``:
mixed-precision Adam's 2 + 2 + 12 bytes a parameter, bf16 weights and
gradients, fp32 master weights and moments, divided over ``dp`` replicas as
the ZeRO stage divides them) whatever the optimizer: **weights**,
**gradients** and **optimizer** state; its activations add what every layer
keeps for its backward (``training.kept_activation_bytes``, times the
micro-batches in flight under a pipeline) and the loss's log-probabilities
(``tokens x vocab``, which its backward reads) to the one-op estimate. With
``precision = "autocast"`` (PyTorch's fp32 parameters) the kinds are those
at the larger of the two ends of the backward (``training.step_memory_bytes``):
the fp32 weights and moments with autocast's bf16 weight copies and all kept
activations, or with the fp32 gradients.

Not counted: the runtime's own buffers, fragmentation, a serving engine's
KV blocks reserved ahead.

``check`` refuses a footprint over the machine's ``[memory] capacity_bytes``
(0: not given, nothing refused) with one line naming the numbers and the
ways out.
"""

from __future__ import annotations

import dataclasses
import math

from systolic.errors import CapacityError
from systolic.results import MemoryFootprint
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.models import ModelWorkload, layer_trace, parameter_count
from systolic.spec import training
from systolic.spec.workload import Attention, Collective, Elementwise, Gemm, Op, Trace

OVER_CAPACITY_FLAG = "--allow-over-capacity"


def footprint(hw: Hardware, workload: ModelWorkload, layers: int | None = None) -> MemoryFootprint:
    """The DRAM one chip of ``workload`` needs (``layers=1``: one layer alone)."""
    one_layer = layers == 1
    spec = workload.spec
    parameters = parameters_of(workload, one_layer)
    count = 1 if one_layer else workload.shape.layers
    activations = working_set_bytes(workload, one_layer)
    if spec.phase == "train":  # K and V are kept activations, no cache
        state = train_state(workload, parameters / spec.tp, count)
        return MemoryFootprint(weight_bytes=math.ceil(state["weights"]),
                               gradient_bytes=math.ceil(state["gradients"]),
                               optimizer_bytes=math.ceil(state["optimizer"]), kv_cache_bytes=0,
                               activation_bytes=math.ceil(activations + state["activations"]),
                               capacity_bytes=hw.memory.capacity_bytes)
    kv_cache = count * sum(op.kv_cache_bytes for op in workload.layer.ops
                           if isinstance(op, Attention) and op.kv_cached)
    weights = parameters * DTYPES[spec.weight_dtype or spec.dtype].bytes / spec.tp
    return MemoryFootprint(weight_bytes=math.ceil(weights),
                           kv_cache_bytes=math.ceil(kv_cache),
                           activation_bytes=math.ceil(activations),
                           capacity_bytes=hw.memory.capacity_bytes)


def working_set_bytes(workload: ModelWorkload, one_layer: bool = False) -> float:
    """The activations estimate (module docstring): the largest op's working set
    beside the residual stream."""
    parts = (workload.layer,) if one_layer else (workload.embedding, workload.layer,
                                                 workload.tail)
    residual = workload.tokens * workload.shape.hidden * DTYPES[workload.spec.dtype].bytes
    return max(_activation_bytes(op) for part in parts for op in part.ops) + residual


def train_state(workload: ModelWorkload, parameters: float, layers: int, in_flight: int = 1,
                logits: bool = True) -> dict[str, float]:
    """A train step's peak bytes on a chip by kind (``training.step_memory_bytes``)
    for ``parameters`` on the chip and ``layers`` layers, each keeping the
    activations of ``in_flight`` micro-batches; ``logits``: the chip runs the
    loss, so it keeps one micro-batch's log-probabilities."""
    spec, shape = workload.spec, workload.shape
    per_layer = training.kept_activation_bytes(training.step_forward(
        layer_trace(shape, spec, workload.tokens), spec), spec.recompute)
    kept = layers * in_flight * per_layer
    if logits:
        kept += workload.tokens * shape.vocab * DTYPES[spec.dtype].bytes
    state = training.adam_state_bytes(parameters, spec.zero, spec.dp, spec.precision)
    return training.step_memory_bytes(state, kept, spec.precision)


def parameters_of(workload: ModelWorkload, one_layer: bool) -> int:
    """Parameters of the unsharded model, or of one of its layers."""
    spec = dataclasses.replace(workload.spec, tp=1, tpx=1)
    whole = dataclasses.replace(workload, spec=spec,
                                layer=layer_trace(workload.shape, spec, workload.tokens))
    if not one_layer:
        return parameter_count(whole)
    no_layers = dataclasses.replace(whole, layer=Trace((), {}))
    return (parameter_count(whole) - parameter_count(no_layers)) // workload.shape.layers


def _activation_bytes(op: Op) -> float:
    """What ``op`` reads and writes besides weights and KV cache (module docstring)."""
    if isinstance(op, Gemm):
        operands = op.m * op.k + op.m * op.n + (0 if op.weights else op.k * op.n)
        return op.batch * operands * op.element.bytes
    if isinstance(op, Attention):
        scores = 0 if op.fused else 2 * op.score_elements * DTYPES[op.dtype].bytes
        return op.min_bytes - op.kv_cache_bytes + scores
    if isinstance(op, Collective):  # a step's reductions and gathers: in place, in the state
        in_place = op.name in training.STEP_OPS or op.name in training.LAYER_STEP_OPS
        return 0 if in_place else op.buffer_bytes
    if isinstance(op, Elementwise) and op.op in training.OPTIMIZERS:
        return 0  # weights and optimizer state, counted with the weights
    return op.min_bytes


def check(footprint_: MemoryFootprint, hw: Hardware, workload: ModelWorkload) -> None:
    """Raise ``CapacityError`` when ``footprint_`` is over ``hw``'s DRAM capacity."""
    if not footprint_.over_capacity:
        return
    spec = workload.spec
    narrower = [name for name in hw.dtypes
                if DTYPES[name].bits < DTYPES[spec.weight_dtype or spec.dtype].bits]
    ways = [f"a larger --tp (now {spec.tp})"]
    if spec.batch > 1:
        ways.append(f"a smaller --batch (now {spec.batch})")
    if narrower:
        ways.append(f"a lower --weight-dtype ({', '.join(narrower)})")
    raise CapacityError(
        f"capacity: {workload.name} needs {size_text(footprint_.total_bytes)} of DRAM per "
        f"chip ({parts_text(footprint_)}), over the "
        f"{size_text(footprint_.capacity_bytes)} of {hw.name} ([memory] capacity_bytes); "
        f"use {', '.join(ways)}, or {OVER_CAPACITY_FLAG} to simulate it anyway")


def parts_text(footprint_: MemoryFootprint) -> str:
    """``weights 128.5 GiB, KV cache 20.0 MiB, activations 1.1 MiB`` (a train
    run: ``weights, gradients, optimizer state, activations``)."""
    if footprint_.gradient_bytes or footprint_.optimizer_bytes:
        middle = (f"gradients {size_text(footprint_.gradient_bytes)}, optimizer state "
                  f"{size_text(footprint_.optimizer_bytes)}")
    else:
        middle = f"KV cache {size_text(footprint_.kv_cache_bytes)}"
    return (f"weights {size_text(footprint_.weight_bytes)}, {middle}, activations "
            f"{size_text(footprint_.activation_bytes)}")


def size_text(size_bytes: float) -> str:
    """Bytes with a binary prefix, as memory is sold: 34359738368 -> '32.0 GiB'."""
    for prefix, scale in (("Ti", 2**40), ("Gi", 2**30), ("Mi", 2**20), ("Ki", 2**10)):
        if size_bytes >= scale:
            return f"{size_bytes / scale:.1f} {prefix}B"
    return f"{size_bytes:.0f} B"
