"""Speed of design-space sweeps: 1,000 points of a Llama-2-7B decode step.

A grid of 5 array heights x 5 widths x 5 input-buffer sizes x 4 HBM
bandwidths x 2 dataflows = 1,000 points around ``tpu-v4-like``, each
simulating a whole Llama-2-7B decode step (batch 8, KV cache 4096: 28.6
GiB, which fits the 32 GiB chip; batch 16 does not), on the local
processes (target < 60 s on 2 cores). Prints wall time, points per
second, and how many points ran (the others are infeasible: a result
marked so, not a run).

Usage: ``python benchmarks/sweep.py``
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from engine_equality import LOOP_ENGINE, SimpyEngine, use  # benchmarks/, beside this file

from systolic.apps import sweep

SPEC = """
base = "tpu-v4-like"
[parameters]
"array.rows" = [32, 64, 128, 256, 512]
"array.cols" = [32, 64, 128, 256, 512]
"core.sram.input_bytes" = [1048576, 2097152, 4194304, 8388608, 16777216]
"memory.dram_bandwidth_bytes_per_s" = [4e11, 8e11, 1.6e12, 3.2e12]
"array.dataflow" = ["ws", "os"]
[[workloads]]
model = "llama2-7b"
phase = "decode"
batch = 8
kv_len = 4096
[objectives]
minimize = ["latency_s", "energy_j", "area_mm2"]
"""


def against_simpy(spec_path: Path, count: int) -> None:
    """The first ``count`` points in this process, on both engines."""
    spec = sweep.load_spec(spec_path)
    todo = sweep.points(spec)[:count]
    walls, rows = {}, {}
    for name, engine_class in (("event loop", LOOP_ENGINE), ("SimPy", SimpyEngine)):
        use(engine_class)
        start = time.perf_counter()
        rows[name] = [sweep.evaluate(spec, point) for point in todo]
        walls[name] = time.perf_counter() - start
    use(LOOP_ENGINE)
    same = rows["event loop"] == rows["SimPy"]
    print(f"first {count} points in one process: event loop {count / walls['event loop']:.1f} "
          f"points/s, SimPy {count / walls['SimPy']:.1f} points/s "
          f"({walls['SimPy'] / walls['event loop']:.1f}x); results "
          f"{'identical' if same else 'DIFFER'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference-points", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        spec_path = Path(folder) / "spec.toml"
        spec_path.write_text(SPEC)
        spec = sweep.load_spec(spec_path)
        points = len(sweep.points(spec))
        start = time.perf_counter()
        sweep.run(spec, Path(folder) / "results.csv")
        wall = time.perf_counter() - start
        rows = sweep.read_results(Path(folder) / "results.csv")
        ran = sum(row.get("status") == "ok" for row in rows)
        print(f"{points} points ({ran} run, {len(rows) - ran} infeasible or failed) in "
              f"{wall:.1f} s: {points / wall:.1f} points/s")
        against_simpy(spec_path, args.reference_points)


if __name__ == "__main__":
    main()
