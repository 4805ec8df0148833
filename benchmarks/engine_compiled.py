"""The compiled engine (``engine/compiled.py``) against the event loop it
compiles (``engine/processes.py``), in one run: equal, and how much faster?

1. ``--random`` (default 500) random single ops (GEMMs with batches, split-K,
   fused epilogues; fused and unfused attention; element-wise ops) on random
   machines (``engine_equality.random_machine``: 1-8 cores, 1-64 DRAM
   channels, shared levels, K streaming, multicast, port caps), each run by
   both engines: every field of the result and the whole timeline, in
   order, must be equal;
2. tiles per second of both engines, tile by tile (no extrapolation), on a
   32768^3 bf16 GEMM on ``tpu-v4-like`` and a 16384^3 one on ``h100``: the
   loop alone (``run``) and the whole call (building the tile table and the
   op's result included). The first call compiles or loads numba's cache;
   it is timed apart.

Usage: ``python benchmarks/engine_compiled.py [--random N] [--seed S]``
"""

from __future__ import annotations

import argparse
import random
import time

from engine_equality import random_machine, random_op

from systolic import simulate
from systolic.engine import compiled
from systolic.engine.processes import Engine as LoopEngine
from systolic.mapping.gemm import map_gemm
from systolic.spec import hardware
from systolic.spec.workload import Gemm

TILE_CASES = (("tpu-v4-like", 32768), ("h100", 16384))


def _result(engine_class, hw, schedule):
    engine = engine_class(hw)
    [result] = engine.run([schedule])
    return result, list(engine.timeline)


def random_cases(count: int, seed: int) -> tuple[int, int]:
    """(cases run, cases whose result or timeline differ)."""
    rng = random.Random(seed)
    ran = differ = 0
    while ran < count:
        hw = random_machine(rng)
        for op in simulate.expand([random_op(rng, "op")], {})[0]:
            try:
                schedule = simulate.map_op(hw, op)
                loop = _result(LoopEngine, hw, schedule)
            except Exception:  # a machine too small for the op: not a case
                continue
            ran += 1
            differ += loop != _result(compiled.Engine, hw, schedule)
    return ran, differ


def _timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def tile_rates() -> None:
    first = None
    for name, n in TILE_CASES:
        hw = hardware.load(name)
        schedule = map_gemm(hw, Gemm("g", n, n, n, dtype="bf16"))
        tiles = schedule.tile_count

        def whole(engine_class):
            return lambda: engine_class(hw, record_timeline=False).run([schedule])

        if first is None:
            first = _timed(whole(compiled.Engine))
            print(f"first compiled call (numba compiles or loads its cache): {first:.1f} s")
        state = compiled._state(hw, schedule, False, False)[0]
        loop_only = _timed(lambda: _run_to_end(state))
        call = _timed(whole(compiled.Engine))
        previous = _timed(whole(LoopEngine))
        print(f"{n}^3 bf16 on {name}, {tiles} tiles: compiled {tiles / call:,.0f} tiles/s "
              f"(its loop alone {tiles / loop_only:,.0f}), event loop {tiles / previous:,.0f} "
              f"tiles/s: {previous / call:.1f}x")


def _run_to_end(state) -> None:
    while compiled.run(compiled.State(*state)) != compiled.FINISHED:
        state = compiled._grow(state)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=500, help="random ops (default 500)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    tile_rates()
    ran, differ = random_cases(args.random, args.seed)
    print(f"random single ops on random machines: {ran} cases, {differ} differ "
          f"(result fields and timeline in order)")


if __name__ == "__main__":
    main()
