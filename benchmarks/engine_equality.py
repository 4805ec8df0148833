"""The engine on its own event loop against the previous SimPy engine: equal everywhere?

Runs, under both engines, and counts the cases whose results differ:

1. every case of the H100 comparison (``workloads/gpu/h100``, and the
   fresh rows of ``workloads/gpu/h100-fresh``): predicted seconds and joules;
2. ``--random`` (default 500) random ops on random machines: GEMMs (batched,
   split-K, odd shapes, fused epilogues, shadow registers), fused and unfused attention, element-wise ops,
   several ops at once with dependencies; machines of 1-8 cores, 1-64 DRAM
   channels, with and without a shared level, K streaming, multicast
   clusters, SRAM port caps; cycles, stalls, every byte count and the
   whole timeline;
3. whole model runs on every preset (a layer of BERT, GPT-2, Llama-2-7B and
   Mixtral in prefill and decode): every op's cycles and counts.

It also prints the wall time each engine took. The in-test sample of the same
check is ``tests/test_event_loop.py``.

Usage: ``python benchmarks/engine_equality.py [--random N] [--seed S]``
"""

from __future__ import annotations

import argparse
import math
import random
import time
from pathlib import Path

from systolic import simulate
from systolic.apps.gpu import compare
from systolic.engine import processes
from systolic.engine.simpy_engine import Engine as SimpyEngine
from systolic.mapping import tiling
from systolic.spec import hardware
from systolic.spec.models import RunSpec, build
from systolic.spec.presets import preset_names
from systolic.spec.workload import Attention, Elementwise, Gemm

ROOT = Path(__file__).resolve().parent.parent
LOOP_ENGINE = processes.Engine
PRESET_MODELS = (("bert-base", "prefill", 128), ("gpt2", "decode", 256),
                 ("llama2-7b", "prefill", 512), ("llama2-7b", "decode", 1024),
                 ("mixtral-8x7b", "decode", 512))


def use(engine_class) -> None:
    """Make the simulator run on ``engine_class``, from cold caches (the SimPy
    engine reports no progress inside an op: its callback is dropped)."""
    if engine_class is SimpyEngine:
        processes.Engine = lambda hw, record_timeline=True, tile_progress=None: SimpyEngine(
            hw, record_timeline)
    else:
        processes.Engine = engine_class
    simulate._simulate_alone.cache_clear()
    tiling._chosen.cache_clear()  # the tile search, which both engines share


def random_machine(rng: random.Random) -> hardware.Hardware:
    bandwidth = rng.choice([2e9, 16e9, 128e9])
    memory = {"dram_bandwidth_bytes_per_s": bandwidth,
              "dram_latency_ns": rng.choice([0.0, 30.0, 200.0]),
              "dram_channels": rng.choice([1, 2, 4, 64])}
    if rng.random() < 0.5:
        memory |= {"shared_bytes": rng.choice([4096, 65536, 1 << 22]),
                   "shared_bandwidth_bytes_per_s": rng.choice([2, 8]) * bandwidth}
    sram = rng.choice([2048, 16384, 262144])
    core = {"arrays": rng.choice([1, 2, 4]), "vector_lanes": rng.choice([4, 16]),
            "sram": {"input_bytes": sram, "weight_bytes": sram, "output_bytes": sram,
                     "port_bytes_per_cycle": rng.choice([math.inf, 8.0, 32.0])}}
    if rng.random() < 0.4:
        core["k_step"] = rng.choice([8, 16, 64])
    return hardware.from_dict({
        "name": "random", "description": "a random machine",
        "array": {"rows": rng.choice([4, 8, 16]), "cols": rng.choice([4, 8, 16]),
                  "dataflow": rng.choice(["ws", "os", "is"]),
                  "shadow_registers": rng.random() < 0.5},
        "core": core,
        "chip": {"cores": rng.randint(1, 8), "clock_hz": 1e9,
                 "cluster_cores": rng.choice([1, 1, 2])},
        "memory": memory,
        "dtypes": {"supported": ["int8", "bf16"], "default": "int8"},
    }, "random.toml")


def random_op(rng: random.Random, name: str):
    kind = rng.choice(["gemm", "gemm", "gemm", "attention", "elementwise"])
    if kind == "gemm":
        return Gemm(name, rng.randint(1, 400), rng.randint(1, 400), rng.randint(1, 1200),
                    batch=rng.choice([1, 1, 2, 3]), dtype="int8",
                    epilogue=rng.choice(["", "", "add", "gelu"]))  # fused: vector tiles
    if kind == "attention":
        q = rng.choice([1, rng.randint(1, 96)])
        return Attention(name, rng.randint(1, 2), 4, rng.choice([1, 2, 4]), 16, q,
                         q + rng.randint(0, 100), causal=rng.random() < 0.7,
                         fused=rng.random() < 0.7, dtype="int8")
    return Elementwise(name, "add", rng.randint(1, 500), 64, dtype="int8")


def results(engine_class, hw, ops, deps):
    engine = engine_class(hw)
    schedules = [simulate.map_op(hw, op) for op in ops]
    start = time.perf_counter()
    runs = engine.run(schedules, deps)
    wall = time.perf_counter() - start
    return [(r.cycles, r.compute_cycles, r.stall_cycles, r.counts, r.start_cycle)
            for r in runs], sorted(engine.timeline), wall


def random_cases(count: int, seed: int) -> tuple[int, int, float, float]:
    """(cases run, cases that differ, SimPy seconds, loop seconds)."""
    rng = random.Random(seed)
    ran = differ = 0
    walls = [0.0, 0.0]
    while ran < count:
        hw = random_machine(rng)
        ops = [random_op(rng, f"op{i}") for i in range(rng.choice([1, 1, 2, 3]))]
        deps = {op.name: (ops[i - 1].name,) for i, op in enumerate(ops)
                if i and rng.random() < 0.5}
        ops, deps = simulate.expand(ops, deps)
        try:
            old = results(SimpyEngine, hw, ops, deps)
        except Exception:  # a machine too small for an op: not a case
            continue
        new = results(LOOP_ENGINE, hw, ops, deps)
        ran += 1
        differ += old[:2] != new[:2]
        walls[0] += old[2]
        walls[1] += new[2]
    return ran, differ, walls[0], walls[1]


def comparison_cases() -> tuple[int, int, float, float]:
    """(H100 rows predicted, rows whose seconds or joules differ, SimPy s, loop s)."""
    hw = hardware.load("h100")
    rows = compare.load_measurements(ROOT / "workloads" / "gpu" / "h100")
    rows += compare.load_measurements(ROOT / "workloads" / "gpu" / "h100-fresh")
    energy = compare.load_energy(ROOT / "workloads" / "gpu" / "h100")
    predictions, walls = [], []
    for engine_class in (SimpyEngine, LOOP_ENGINE):
        use(engine_class)
        start = time.perf_counter()
        predictions.append([(r["predicted_us"], r["predicted_j"])
                            for r in compare.compare(hw, rows, energy)])
        walls.append(time.perf_counter() - start)
    differ = sum(a != b for a, b in zip(*predictions))
    return len(rows), differ, walls[0], walls[1]


def model_cases() -> tuple[int, int]:
    """(ops of the preset model runs, ops that differ)."""
    outcomes = []
    for engine_class in (SimpyEngine, LOOP_ENGINE):
        use(engine_class)
        ops = []
        for preset in preset_names():
            hw = hardware.load(preset)
            for model, phase, tokens in PRESET_MODELS:
                spec = RunSpec(phase=phase, seq=tokens, kv_len=tokens,
                               dtype=hw.default_dtype)
                try:
                    run = simulate.simulate_model(hw, build(model, spec), layers=1,
                                                  allow_over_capacity=True)
                except Exception as err:  # the same refusal under both engines
                    ops.append((preset, model, str(err)))
                    continue
                ops += [(preset, model, op.name, op.cycles, op.stall_cycles, op.counts)
                        for op in run.ops]
        outcomes.append(ops)
    return len(outcomes[0]), sum(a != b for a, b in zip(*outcomes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=500, help="random cases (default 500)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rows, differ, old_s, new_s = comparison_cases()
    print(f"H100 comparison: {rows} rows, {differ} differ (SimPy {old_s:.1f} s, "
          f"event loop {new_s:.1f} s, {old_s / new_s:.1f}x)")
    ran, differ, old_s, new_s = random_cases(args.random, args.seed)
    print(f"random ops on random machines: {ran} cases, {differ} differ (engine time: "
          f"SimPy {old_s:.1f} s, event loop {new_s:.1f} s, {old_s / new_s:.1f}x)")
    ops, differ = model_cases()
    print(f"model layers on every preset: {ops} ops, {differ} differ")
    use(LOOP_ENGINE)


if __name__ == "__main__":
    main()
