"""Context parallelism: a prefill's prompts split over a ring of ``cp`` chips.

The ops one chip of the ring runs in place of a layer's attention
(``steps``), and the degrees a run can take (``check``); ``models.py``
builds the rest of the layer on the chip's ``seq / cp`` tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from systolic.errors import ConfigError
from systolic.spec.configs import Shape
from systolic.spec.workload import Attention, Elementwise, Op, Sendrecv

if TYPE_CHECKING:
    from systolic.spec.models import RunSpec


def check(shape: Shape, spec: RunSpec) -> None:
    """Refuse a context-parallel degree the run cannot take."""
    if spec.cp == 1:
        return
    if spec.phase != "prefill":
        raise ConfigError(f"cp: context parallelism splits the prompts of a prefill; a decode "
                          f"step shards its KV cache with tp or its batch with dp, got "
                          f"cp = {spec.cp}")
    chunks = spec.cp * (2 if shape.family != "bert" else 1)
    if spec.seq % chunks:
        raise ConfigError(f"cp: the sequence ({spec.seq}) does not split into {chunks} equal "
                          f"chunks (2 cp: each chip takes one early and one late chunk of a "
                          f"causal prompt)" if shape.family != "bert" else
                          f"cp: the sequence ({spec.seq}) does not split into {chunks} chunks")


def steps(shape: Shape, spec: RunSpec, heads: int, kv_heads: int,
          before: tuple[str, ...]) -> list[tuple[Op, tuple[str, ...]]]:
    """Context-parallel (ring) attention over ``cp`` chips (Liu et al., "Ring
    Attention", 2023; the zigzag split of Megatron-LM's context parallelism).

    Each chip holds ``chunk = seq / cp`` tokens of every prompt (a causal
    prompt in ``2 cp`` pieces, each chip one early and one late, so that
    every chip does the same share of the masked work). It attends its
    queries to its own keys and values (causal), then ``cp - 1`` times
    passes the chunk of keys and values it holds to the next chip of the
    ring and attends to the one it received: on a causal prompt half a
    chunk's worth of pairs each time (``seq^2 / 2 cp`` pairs in all, the
    chip's share), on a bidirectional one a whole chunk. The pass of step
    ``j`` runs while step ``j - 1`` computes (collectives run on a stream of
    their own: ``simulate.simulate_model``), into one of two receive buffers,
    so it waits for step ``j - 2`` to free it. The partial outputs are merged
    by their softmax statistics: an add of each step's output. Only the
    chip's own keys and values are kept (``kv_cached``)."""
    causal = shape.family != "bert"
    head_dim = shape.hidden // shape.heads
    chunk = spec.seq // spec.cp
    act = spec.dtype
    chunk_bytes = 2 * spec.batch * kv_heads * head_dim * chunk * spec.element_bytes

    def step(name: str, kv_len: int, cached: bool) -> Attention:
        return Attention(name, spec.batch, heads, kv_heads, head_dim, chunk, kv_len,
                         causal=causal and cached, fused=spec.fused_attention, dtype=act,
                         kv_cached=cached)

    steps = [(step("attention", chunk, True), before)]
    passed, computed = before, ["attention"]
    for j in range(1, spec.cp):
        # two receive buffers: chunk j lands where chunk j - 2 was, once it is computed
        freed = (computed[j - 2],) if j >= 3 else ()
        steps.append((Sendrecv(f"attn_kv_ring{j}", chunk_bytes, spec.cp,
                               network=spec.cp_network), passed + freed))
        passed = (f"attn_kv_ring{j}",)
        steps.append((step(f"attention.ring{j}", chunk // 2 if causal else chunk, False),
                      (passed[0], computed[-1])))
        computed.append(f"attention.ring{j}")
    rows = spec.chip_tokens * (spec.cp - 1)
    steps.append((Elementwise("attn_merge", "add", rows, heads * head_dim, act),
                  (computed[-1],)))
    return steps
