"""What a model run's ops add up to: its parameters and its operations.

Kept apart from ``models.py``, which builds the ops; these count them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from systolic.errors import ConfigError
from systolic.spec.workload import Embedding, Gemm, Norm, Trace

if TYPE_CHECKING:
    from systolic.spec.models import ModelWorkload


def parameter_count(workload: ModelWorkload) -> int:
    """Parameters implied by the generated ops: weight GEMMs (all experts), norm
    scales (and LayerNorm shifts), embedding tables; a tied output projection
    shares the embedding table; a train run's data-gradient GEMMs read the
    weights their forward GEMMs count. Counted on an unsharded run (tp 1)."""
    if workload.spec.tp != 1:
        raise ConfigError("tp: parameters are counted on an unsharded run (tp 1)")

    def weights(trace: Trace) -> int:
        total = 0
        for op in trace.ops:
            if isinstance(op, Gemm) and op.weights and not op.name.endswith(".dgrad"):
                experts = workload.shape.experts if op.name.startswith("experts.") else op.batch
                total += experts * op.k * op.n
            elif isinstance(op, Norm):
                total += op.cols * (2 if op.op == "layernorm" else 1)
            elif isinstance(op, Embedding):
                total += op.vocab * op.hidden
        return total

    tail = weights(workload.tail)
    if workload.shape.tied_embeddings:
        tail -= workload.shape.vocab * workload.shape.hidden
    return weights(workload.embedding) + workload.shape.layers * weights(workload.layer) + tail


def flops(workload: ModelWorkload) -> float:
    """Operations of the whole run (all layers) from the generated ops."""
    def total(trace: Trace) -> float:
        return sum(op.flops for op in trace.ops)
    return total(workload.embedding) + workload.shape.layers * total(workload.layer) + \
        total(workload.tail)
