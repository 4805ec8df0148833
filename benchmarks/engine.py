"""Speed of the memory and event engine, in one run.

Prints the wall time of

1. a Llama-2-7B decoder layer's GEMMs at prefill (batch 1, seq 2048) on
   ``tpu-v4-like``, run as a chain (target < 1 s): q, k, v, o projections
   (2048 x 4096 x 4096), gate and up (2048 x 11008 x 4096), down
   (2048 x 4096 x 11008), and per-head attention scores and context for 32
   heads (batched 2048 x 2048 x 128 and 2048 x 128 x 2048);
2. one 16384^3 int8 GEMM on ``tpu-v1`` (target < 2 s);
3. a whole Llama-2-7B prefill of 2048 tokens (embedding, 32 layers, output
   projection; one layer simulated and reused) on ``tpu-v4-like``
   (target < 2 s);

and the peak resident memory of the process (target < 1 GiB).

Usage: ``python benchmarks/engine.py``
"""

from __future__ import annotations

import resource
import time

from systolic.spec import hardware
from systolic.spec.models import RunSpec, build
from systolic.simulate import simulate_model, simulate_ops
from systolic.spec.workload import Gemm

SEQ = 2048
HIDDEN = 4096
FFN = 11008
HEADS = 32
HEAD_DIM = 128

LLAMA2_7B_LAYER = [
    Gemm("q_proj", SEQ, HIDDEN, HIDDEN),
    Gemm("k_proj", SEQ, HIDDEN, HIDDEN),
    Gemm("v_proj", SEQ, HIDDEN, HIDDEN),
    Gemm("scores", SEQ, SEQ, HEAD_DIM, batch=HEADS, weights=False),
    Gemm("context", SEQ, HEAD_DIM, SEQ, batch=HEADS, weights=False),
    Gemm("o_proj", SEQ, HIDDEN, HIDDEN),
    Gemm("gate_proj", SEQ, FFN, HIDDEN),
    Gemm("up_proj", SEQ, FFN, HIDDEN),
    Gemm("down_proj", SEQ, HIDDEN, FFN),
]


def cold() -> None:
    """Forget every cached result, so each figure is measured from scratch."""
    from systolic import simulate
    from systolic.mapping import schedule as mapping
    from systolic.core import timing

    for cached in (simulate._simulate_alone, mapping.array_work, mapping.array_parts,
                   timing.gemm_cycles):
        cached.cache_clear()


def chain(ops: list[Gemm]) -> dict[str, tuple[str, ...]]:
    return {after.name: (before.name,) for before, after in zip(ops, ops[1:])}


def timed(hw_name: str, ops: list[Gemm]) -> tuple[float, object]:
    hw = hardware.load(hw_name)
    cold()
    start = time.perf_counter()
    result = simulate_ops(hw, ops, chain(ops))
    return time.perf_counter() - start, result


def main() -> None:
    cold()
    start = time.perf_counter()
    model = simulate_model(hardware.load("tpu-v4-like"),
                           build("llama2-7b", RunSpec("prefill", seq=SEQ)))
    wall = time.perf_counter() - start
    print(f"whole Llama-2-7B prefill, seq {SEQ}, tpu-v4-like: {wall:.3f} s wall (simulated "
          f"{model.seconds * 1e3:.1f} ms, {len(model.ops)} distinct ops)")
    wall, result = timed("tpu-v4-like", LLAMA2_7B_LAYER)
    tiles = sum(s.tiles for s in result.schedules)
    print(f"Llama-2-7B layer GEMMs, prefill seq {SEQ}, tpu-v4-like: {wall:.3f} s wall "
          f"({len(LLAMA2_7B_LAYER)} GEMMs, {tiles} tiles; simulated {result.seconds * 1e3:.3f} ms, "
          f"utilization {100 * result.utilization:.1f} %)")
    wall, result = timed("tpu-v1", [Gemm("gemm", 16384, 16384, 16384, dtype="int8")])
    tiles = result.schedules[0].tiles
    print(f"16384^3 int8 GEMM, tpu-v1: {wall:.3f} s wall ({tiles} tiles; simulated "
          f"{result.seconds:.3f} s, utilization {100 * result.utilization:.1f} %)")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
