"""Speed of the memory and event engine, in one run.

First the engine alone, tile by tile, on its event loop and on the previous
SimPy engine (``engine/simpy_engine.py``) in the same run: tiles per second,
heap entries per tile (what the loop schedules, reserved places included)
and the ratio, on a 32768^3 bf16 GEMM on ``tpu-v4-like`` (262,144 tiles)
and a 16384^3 bf16 GEMM on ``h100``; cycles must be equal. Then the wall
time of

1. a Llama-2-7B decoder layer's GEMMs at prefill (batch 1, seq 2048) on
   ``tpu-v4-like``, run as a chain (target < 1 s): q, k, v, o projections
   (2048 x 4096 x 4096), gate and up (2048 x 11008 x 4096), down
   (2048 x 4096 x 11008), and per-head attention scores and context for 32
   heads (batched 2048 x 2048 x 128 and 2048 x 128 x 2048);
2. one 16384^3 int8 GEMM on ``tpu-v1`` (target < 2 s);
3. a whole Llama-2-7B prefill of 2048 tokens (embedding, 32 layers, output
   projection; one layer simulated and reused) on ``tpu-v4-like``
   (target < 2 s);

and the peak resident memory of the process (target < 1 GiB); and, as whole
processes (``systolic ...``, wall time and peak RSS): Llama-2-70B prefill of
131072 tokens on ``tpu-v4-like`` and of 32768 on ``h100`` (both with
``--allow-over-capacity``: 70B does not fit one chip), and
``systolic validate compare --hw h100 --data workloads/gpu/h100``
(``--quick`` leaves out the 131072-token run, about a minute).

Usage: ``python benchmarks/engine.py [--quick]``
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from systolic.engine import kernel
from systolic.engine.processes import Engine
from systolic.engine.simpy_engine import Engine as SimpyEngine
from systolic.mapping.gemm import map_gemm
from systolic.simulate import simulate_model, simulate_ops
from systolic.spec import hardware
from systolic.spec.models import RunSpec, build
from systolic.spec.workload import Gemm

ROOT = Path(__file__).resolve().parent.parent
TILE_CASES = (("tpu-v4-like", 32768), ("h100", 16384))
PROCESSES = (
    ("Llama-2-70B prefill 131072 tokens, tpu-v4-like", True,
     ["run", "--hw", "tpu-v4-like", "--model", "llama2-70b", "--seq", "131072",
      "--allow-over-capacity"]),
    ("Llama-2-70B prefill 32768 tokens, h100", False,
     ["run", "--hw", "h100", "--model", "llama2-70b", "--seq", "32768",
      "--allow-over-capacity"]),
    ("validate compare --hw h100 --data workloads/gpu/h100", False,
     ["validate", "compare", "--hw", "h100", "--data", str(ROOT / "workloads/gpu/h100")]),
)

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
    from systolic.core import timing
    from systolic.mapping import schedule as mapping
    from systolic.mapping import tiling

    for cached in (simulate._simulate_alone, mapping.array_work, mapping.array_cycles,
                   mapping.array_parts, timing.gemm_cycles, timing._loads_overlapped,
                   tiling._chosen):
        cached.cache_clear()


def chain(ops: list[Gemm]) -> dict[str, tuple[str, ...]]:
    return {after.name: (before.name,) for before, after in zip(ops, ops[1:])}


def timed(hw_name: str, ops: list[Gemm]) -> tuple[float, object]:
    hw = hardware.load(hw_name)
    cold()
    start = time.perf_counter()
    result = simulate_ops(hw, ops, chain(ops))
    return time.perf_counter() - start, result


def tile_by_tile(hw_name: str, n: int) -> None:
    """Both engines on one n^3 GEMM's schedule (mapped once, outside the timing)."""
    hw = hardware.load(hw_name)
    schedule = map_gemm(hw, Gemm("gemm", n, n, n))
    tiles = schedule.tile_count
    walls, cycles = {}, {}
    for name, engine_class in (("SimPy", SimpyEngine), ("event loop", Engine)):
        engine = engine_class(hw, record_timeline=False)
        start = time.perf_counter()
        [result] = engine.run([schedule])
        walls[name], cycles[name] = time.perf_counter() - start, result.cycles
        if name == "SimPy":
            simpy_events = next(engine.env._eid)  # SimPy numbers every event it schedules
    print(f"{n}^3 bf16 GEMM, {hw_name}, {tiles} tiles: event loop {tiles / walls['event loop']:,.0f}"
          f" tiles/s ({heap_entries(hw, schedule) / tiles:.1f} heap entries a tile), SimPy "
          f"{tiles / walls['SimPy']:,.0f} tiles/s ({simpy_events / tiles:.1f} events a tile): "
          f"{walls['SimPy'] / walls['event loop']:.1f}x; "
          f"cycles {'equal' if len(set(cycles.values())) == 1 else 'DIFFER'}")


def heap_entries(hw, schedule) -> int:
    """Entries the loop pushes on its heap for ``schedule`` (counted in a run of its own)."""
    pushes = [0]
    push = kernel.heappush

    def counted(heap, entry):
        pushes[0] += 1
        push(heap, entry)

    kernel.heappush = counted
    try:
        Engine(hw, record_timeline=False).run([schedule])
    finally:
        kernel.heappush = push
    return pushes[0]


def whole_process(label: str, argv: list[str]) -> None:
    """Wall time and peak RSS of ``systolic ARGV`` as its own process."""
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "systolic.cli", *argv],
                                 stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        errors.seek(0)
        message = errors.read().strip()
    code = os.waitstatus_to_exitcode(status)
    failed = "" if code == 0 else f" (exit {code}: {message})"
    print(f"{label}: {wall:.1f} s wall, peak RSS {usage.ru_maxrss / 1024:.0f} MiB{failed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="leave out the 131072-token run")
    args = parser.parse_args()
    # Whole processes first: a child's peak RSS counts the pages it was forked
    # with, so the benchmark must still be small then (its RSS is printed).
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(this process: {own:.0f} MiB before the whole-process runs)")
    for label, long, argv in PROCESSES:
        if not (long and args.quick):
            whole_process(label, argv)
    for hw_name, n in TILE_CASES:
        tile_by_tile(hw_name, n)
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
