"""PyTorch eager under ``torch.autocast``: the kernels a training step launches
when the parameters are fp32 (``precision = "autocast"``).

Why a separate precision: the step that PyTorch users run (fp32 parameters,
bf16 autocast, as ``workloads/gpu/h200-train`` measures it) is not the
Megatron/DeepSpeed step (bf16 weights, fp32 master copy in the optimizer,
``precision = "master"``). Autocast adds work that a bf16 graph does not have,
read from the kernels of the measured calibration models:

- **casts**: every weight is cast fp32 -> bf16 once a forward (the autocast
  cache), and its bf16 gradient back to fp32 in the backward; a GEMM whose
  input is fp32 (a norm's output) casts it, each GEMM separately (q, k and v
  cast the same norm output three times), and the backward casts that
  input's gradient back to fp32;
- **fp32 residual stream**: the embedding table is fp32, so the stream and
  the norms (on autocast's fp32 list) are fp32; a residual add reads an fp32
  and a bf16 tensor and writes fp32; its backward casts the gradient to bf16
  for the block's branch, and the stream's two gradients are summed in fp32;
- **eager element-wise ops**: rotary embeddings as HF writes them (x * cos,
  the half negated, the halves concatenated, times sin, added: five kernels,
  and five in the backward), SwiGLU as silu then a product, a norm's
  backward as its input gradient and its scale/shift reduction;
- **the loss** reads the logits once more as fp32;
- **fused attention's backward** as PyTorch's cuDNN path runs it: a
  preprocessing kernel, the fused kernel, dQ's fp32 accumulator cast to
  bf16, and with grouped K/V heads the per-head dK and dV summed.

Mixed-dtype tensors are priced in tensors of the op's dtype
(``workload.ARITY``: a bf16 tensor in an fp32 op counts a half). Not
modelled: the memset and index kernels (under 1 % of the measured step).
"""

from __future__ import annotations

import dataclasses

from systolic.spec.workload import Attention, Elementwise, Embedding, Gemm, Norm, Op, Trace

PRECISIONS = ("master", "autocast")
COMPUTE_DTYPE = "bf16"  # autocast's lower precision (the GEMMs, attention, activations)
STREAM_DTYPE = "fp32"   # the parameters', hence the residual stream's and the norms'
RESIDUAL_ADDS = ("attn_residual", "mlp_residual")  # models.py's names: fp32 + bf16
STREAM_ADDS = ("embed_add",)  # gpt2's token + position rows, both fp32


def _cast(name: str, rows: int, cols: int, down: bool) -> Elementwise:
    """fp32 -> bf16 (``down``) or bf16 -> fp32, priced as an fp32 op."""
    return Elementwise(name, "cast_down" if down else "cast_up", rows, cols, STREAM_DTYPE)


def _rope(op: Elementwise) -> list[Op]:
    """HF's ``x * cos + rotate_half(x) * sin``, one kernel per PyTorch call."""
    half = max(1, op.cols // 2)
    return [dataclasses.replace(op, name=f"{op.name}.cos", op="scale"),
            dataclasses.replace(op, name=f"{op.name}.neg", op="scale", cols=half),
            dataclasses.replace(op, name=f"{op.name}.cat", op="copy"),
            dataclasses.replace(op, name=f"{op.name}.sin", op="scale"),
            dataclasses.replace(op, name=f"{op.name}.add", op="add")]


def _eager(op: Op, from_norm: bool) -> list[Op]:
    """The kernels eager autocast runs for one forward op."""
    if isinstance(op, Gemm) and op.weights:
        casts = [_cast(f"{op.name}.cast_w", op.batch * op.k, op.n, True)]
        if from_norm:
            casts.append(_cast(f"{op.name}.cast_x", op.batch * op.m, op.k, True))
        return casts + [op]
    if isinstance(op, (Norm, Embedding)) or (isinstance(op, Elementwise) and
                                             op.name in STREAM_ADDS):
        return [dataclasses.replace(op, dtype=STREAM_DTYPE)]
    if isinstance(op, Elementwise) and op.name in RESIDUAL_ADDS:
        return [dataclasses.replace(op, op="add_mixed", dtype=STREAM_DTYPE)]
    if isinstance(op, Elementwise) and op.op == "rope":
        return _rope(op)
    if isinstance(op, Elementwise) and op.op == "silu_mul":
        return [dataclasses.replace(op, name=f"{op.name}.silu", op="silu"),
                dataclasses.replace(op, name=f"{op.name}.mul", op="mul")]
    return [op]


def forward(trace: Trace, logits_cast: bool = False) -> Trace:
    """``trace`` (a bf16 graph) as eager autocast runs it, one op after another;
    ``logits_cast``: the tail, whose loss reads the logits as fp32."""
    norms = {op.name for op in trace.ops if isinstance(op, Norm)}
    ops: list[Op] = []
    for op in trace.ops:
        ops += _eager(op, from_norm=bool(norms & set(trace.deps.get(op.name, ()))))
    if logits_cast:
        head = ops[-1]
        ops.append(_cast("loss.cast", head.batch * head.m, head.n, False))
    return _chain(ops)


def _chain(ops: list[Op]) -> Trace:
    deps, after = {}, ()
    for op in ops:
        deps[op.name] = after
        after = (op.name,)
    return Trace(tuple(ops), deps)


def norm_readers(forward_trace: Trace) -> dict[str, int]:
    """How many GEMMs read each norm's output (q, k and v read the attention
    norm's): in an autocast forward, the input casts between a norm and the next."""
    readers: dict[str, int] = {}
    norm = None
    for op in forward_trace.ops:
        if isinstance(op, Norm):
            norm = op.name
            readers[norm] = 0
        elif norm and op.name.endswith(".cast_x"):
            readers[norm] += 1
    return {name: max(1, count) for name, count in readers.items()}


def gradient(op: Op, readers: int = 1) -> list[Op] | None:
    """The backward kernels of an op that autocast prices its own way, else None
    (``training.gradient_ops`` prices it); ``readers``: a norm's readers, whose
    input gradients are summed in fp32 before its own backward."""
    name = op.name
    if isinstance(op, Elementwise) and op.op in ("cast_down", "cast_up"):
        return [_cast(f"{name}.bwd", op.rows, op.cols, op.op == "cast_up")]
    if isinstance(op, Elementwise) and op.op == "add_mixed":  # the branch's bf16 gradient
        return [_cast(f"{name}.bwd", op.rows, op.cols, True),
                Elementwise(f"{name}.bwd.sum", "add", op.rows, op.cols, STREAM_DTYPE)]
    if isinstance(op, Attention) and op.fused:
        return _attention_backward(op)
    if isinstance(op, Norm):
        sums = [Elementwise(f"{name}.bwd.sum{i}", "add", op.rows, op.cols, STREAM_DTYPE)
                for i in range(readers - 1)]
        return sums + [Elementwise(f"{name}.bwd", f"{op.op}_grad", op.rows, op.cols,
                                   STREAM_DTYPE),
                       Elementwise(f"{name}.bwd.scale", "column_sum", op.rows, op.cols,
                                   STREAM_DTYPE)]
    return None


def _attention_backward(op: Attention) -> list[Op]:
    """SDPA's fused backward as PyTorch's cuDNN path launches it (the measured
    kernels): first D = rowsum(dO * O) (reads two query-sized tensors), then the
    fused kernel, then dQ's fp32 accumulator cast to bf16, and with grouped
    K/V heads dK and dV, computed per query head, summed over each group."""
    query_rows, d = op.batch * op.heads * op.q_len, op.head_dim
    ops: list[Op] = [Elementwise(f"{op.name}.bwd.dot", "column_sum", query_rows, d, COMPUTE_DTYPE),
                     dataclasses.replace(op, name=f"{op.name}.bwd", backward=True),
                     _cast(f"{op.name}.bwd.dq", query_rows, d, True)]
    if op.kv_heads != op.heads:
        ops += [_cast(f"{op.name}.bwd.{t}", op.batch * op.heads * op.kv_len, d, True)
                for t in ("dk", "dv")]
    return ops
