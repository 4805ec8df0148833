"""Speed of the systolic core, in one run.

Prints, on this machine:

1. the PE-level engine's throughput in PE-cycle updates per second on a
   128 x 128 array, per dataflow (target >= 3e8/s on one core);
2. the closed-form model's GEMM evaluations per second (target >= 1e5/s);
3. wall time against SCALE-Sim 3.0.0 (CALC mode, so no memory stalls) and
   against our PE-level engine on Transformer projection GEMMs at seq 512,
   with the compute cycles checked to be identical (target >= 100x).

Usage: ``python benchmarks/core.py [--quick] [--json FILE]``. ``--quick``
drops the Llama-2-7B projections, which take SCALE-Sim minutes each.
SCALE-Sim runs in ``.venv-scalesim`` (made by ``.ci/run``) or the
interpreter named by ``SYSTOLIC_SCALESIM_PYTHON``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from peers import run_scalesim, scalesim_python  # noqa: E402

from systolic.core.pe_array import run_gemm  # noqa: E402
from systolic.core.timing import gemm_timing  # noqa: E402

ARRAY = 128  # rows = cols: one TPU v4 MXU
SEQ = 512
# (model, GEMM, M, N, K): Transformer projection shapes at seq 512.
GEMMS = [
    ("bert-base", "qkv", SEQ, 3 * 768, 768),
    ("bert-base", "attn-out", SEQ, 768, 768),
    ("bert-base", "ffn-up", SEQ, 3072, 768),
    ("bert-base", "ffn-down", SEQ, 768, 3072),
    ("gpt2", "c_attn", SEQ, 3 * 768, 768),
    ("gpt2", "scores/head", SEQ, SEQ, 64),
    ("gpt2", "context/head", SEQ, 64, SEQ),
    ("llama2-7b", "scores/head", SEQ, SEQ, 128),
    ("llama2-7b", "context/head", SEQ, 128, SEQ),
    ("llama2-7b", "q_proj", SEQ, 4096, 4096),
    ("llama2-7b", "o_proj", SEQ, 4096, 4096),
]
QUICK_SKIP = {"q_proj", "o_proj"}


def pe_throughput(dataflow: str, size: int = 256) -> float:
    """PE-cycle updates per second of the PE-level engine on a 128 x 128 array."""
    rng = np.random.default_rng(0)
    a = rng.integers(-128, 128, (size, size)).astype(np.int32)
    b = rng.integers(-128, 128, (size, size)).astype(np.int32)
    run_gemm(a[:2, :2], b[:2, :2], ARRAY, ARRAY, dataflow)  # compile outside the timing
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        run = run_gemm(a, b, ARRAY, ARRAY, dataflow)
        best = max(best, run.cycles * ARRAY * ARRAY / (time.perf_counter() - start))
    return best


def fast_evaluations_per_second(count: int = 200_000) -> float:
    """Closed-form GEMM timings per second over random shapes and arrays."""
    rng = random.Random(1)
    cases = [(rng.randint(1, 8192), rng.randint(1, 8192), rng.randint(1, 8192),
              rng.choice([8, 32, 128, 256]), rng.choice([8, 32, 128, 256]),
              rng.choice(["ws", "os", "is"])) for _ in range(count)]
    start = time.perf_counter()
    for case in cases:
        gemm_timing(*case)
    return count / (time.perf_counter() - start)


def fast_seconds(m: int, n: int, k: int, repeats: int = 2000) -> float:
    start = time.perf_counter()
    for _ in range(repeats):
        gemm_timing(m, n, k, ARRAY, ARRAY, "ws", compat="scalesim")
    return (time.perf_counter() - start) / repeats


def pe_seconds(m: int, n: int, k: int) -> tuple[float, int]:
    rng = np.random.default_rng(2)
    a = rng.integers(-8, 8, (m, k)).astype(np.int32)
    b = rng.integers(-8, 8, (k, n)).astype(np.int32)
    start = time.perf_counter()
    run = run_gemm(a, b, ARRAY, ARRAY, "ws")
    return time.perf_counter() - start, run.cycles


def compare(gemms: list[tuple]) -> list[dict]:
    cases = [{"M": m, "N": n, "K": k, "rows": ARRAY, "cols": ARRAY, "dataflow": "ws"}
             for _, _, m, n, k in gemms]
    peer = run_scalesim(cases) if scalesim_python() else [None] * len(cases)
    rows = []
    for (model, name, m, n, k), theirs in zip(gemms, peer):
        timing = gemm_timing(m, n, k, ARRAY, ARRAY, "ws", compat="scalesim")
        pe_wall, pe_cycles = pe_seconds(m, n, k)
        row = {"model": model, "gemm": name, "M": m, "N": n, "K": k,
               "cycles": timing.cycles, "fast_s": fast_seconds(m, n, k),
               "pe_s": pe_wall,
               "pe_cycles_match": pe_cycles == gemm_timing(m, n, k, ARRAY, ARRAY, "ws").cycles}
        if theirs:
            row |= {"scalesim_s": theirs["wall_seconds"],
                    "scalesim_cycles_match": theirs["Total Cycles"] == timing.cycles}
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the Llama projections")
    parser.add_argument("--json", help="write the figures here too")
    args = parser.parse_args()
    figures = {"pe_updates_per_s": {df: pe_throughput(df) for df in ("ws", "os", "is")},
               "fast_gemms_per_s": fast_evaluations_per_second()}
    for dataflow, rate in figures["pe_updates_per_s"].items():
        print(f"PE-level engine, {ARRAY}x{ARRAY} {dataflow}: {rate:.3g} PE-cycle updates/s")
    print(f"closed form: {figures['fast_gemms_per_s']:.3g} GEMM evaluations/s")
    gemms = [g for g in GEMMS if not (args.quick and g[1] in QUICK_SKIP)]
    rows = compare(gemms)
    figures["gemms"] = rows
    print(f"\n{'model':10s} {'GEMM':13s} {'M':>5s} {'N':>6s} {'K':>6s} {'cycles':>9s} "
          f"{'fast':>9s} {'PE-level':>9s} {'SCALE-Sim':>10s}  same cycles")
    for r in rows:
        peer = f"{r['scalesim_s']:9.2f}s" if "scalesim_s" in r else "   absent"
        same = r.get("scalesim_cycles_match", "n/a"), r["pe_cycles_match"]
        print(f"{r['model']:10s} {r['gemm']:13s} {r['M']:5d} {r['N']:6d} {r['K']:6d} "
              f"{r['cycles']:9d} {r['fast_s'] * 1e6:7.2f}us {r['pe_s']:8.2f}s {peer}  {same}")
    fast_total = sum(r["fast_s"] for r in rows)
    pe_total = sum(r["pe_s"] for r in rows)
    print(f"\ntotal: fast {fast_total * 1e3:.3f} ms, PE-level {pe_total:.1f} s "
          f"({pe_total / fast_total:.3g}x the fast model)")
    if all("scalesim_s" in r for r in rows):
        peer_total = sum(r["scalesim_s"] for r in rows)
        figures["speedup_vs_scalesim"] = peer_total / fast_total
        figures["pe_speedup_vs_scalesim"] = peer_total / pe_total
        print(f"SCALE-Sim {peer_total:.1f} s: fast model {peer_total / fast_total:.3g}x faster, "
              f"PE-level engine {peer_total / pe_total:.3g}x faster")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
