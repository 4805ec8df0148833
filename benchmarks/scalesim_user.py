"""SCALE-Sim's USER bandwidth mode: our replay against SCALE-Sim 3.0.0 itself.

Runs SCALE-Sim and ``systolic/peers/scalesim_buffers.py`` on the same GEMMs in
USER mode (the parity tests' 24 random cases, plus a BERT-base attention
score GEMM at seq 128 on SCALE-Sim's example machine: 32 x 32
output-stationary, 64 kB buffers, 10 words/cycle), and prints both wall
times and whether total cycles, stall cycles and DRAM counts are identical.
(Larger layers take SCALE-Sim tens of minutes in this mode: its trace
matrices grow by concatenation at every prefetch.) SCALE-Sim walks every
demanded address; the replay visits only the rows where a prefetch or a
drain happens, so its cost grows with prefetches, not with M*N*K.

Usage: ``python benchmarks/scalesim_user.py [--json FILE]``. SCALE-Sim runs
in ``.venv-scalesim`` (made by ``.ci/run``) or the interpreter named by
``SYSTOLIC_SCALESIM_PYTHON``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from peers import run_scalesim, scalesim_python, user_cases  # noqa: E402

from systolic.peers.scalesim_buffers import simulate_user_mode  # noqa: E402

BERT = [{"M": 128, "N": 128, "K": 64, "rows": 32, "cols": 32, "dataflow": "os",
         "sram_kb": 64, "bandwidth_words": 10}]


def ours(case: dict, repeats: int = 5):
    """The replay's result for ``case`` and its mean wall seconds."""
    words = case["sram_kb"] * 1024
    start = time.perf_counter()
    for _ in range(repeats):
        result = simulate_user_mode(case["M"], case["N"], case["K"], case["rows"],
                                    case["cols"], case["dataflow"], (words,) * 3,
                                    case["bandwidth_words"])
    return result, (time.perf_counter() - start) / repeats


def identical(result, peer: dict) -> bool:
    return (result.total_cycles == peer["Total Cycles"]
            and result.stall_cycles == peer["Stall Cycles"]
            and list(result.dram_reads) == [peer["DRAM IFMAP Reads"], peer["DRAM Filter Reads"]]
            and result.dram_ofmap_writes == peer["DRAM OFMAP Writes"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    if scalesim_python() is None:
        sys.exit("SCALE-Sim environment absent: run .ci/run or set SYSTOLIC_SCALESIM_PYTHON")
    cases = user_cases(seed=2027, count=24) + BERT
    rows = []
    print(f"{'M x N x K':>16s} {'array':>6s} df {'kB':>3s} {'W':>3s} {'cycles':>10s} "
          f"{'stalls':>10s} {'SCALE-Sim':>10s} {'ours':>9s}  identical")
    for case, peer in zip(cases, run_scalesim(cases)):
        result, seconds = ours(case)
        rows.append({**case, "scalesim_s": peer["wall_seconds"], "ours_s": seconds,
                     "cycles": result.total_cycles, "stalls": result.stall_cycles,
                     "identical": identical(result, peer)})
        shape = f"{case['M']}x{case['N']}x{case['K']}"
        print(f"{shape:>16s} {case['rows']:>2d}x{case['cols']:<3d} {case['dataflow']} "
              f"{case['sram_kb']:3d} {case['bandwidth_words']:3d} {result.total_cycles:10,d} "
              f"{result.stall_cycles:10,d} {peer['wall_seconds']:9.2f}s "
              f"{seconds * 1e3:7.2f}ms  {rows[-1]['identical']}")
    theirs = sum(r["scalesim_s"] for r in rows)
    mine = sum(r["ours_s"] for r in rows)
    same = sum(r["identical"] for r in rows)
    print(f"SCALE-Sim {theirs:.1f} s, replay {mine * 1e3:.1f} ms ({theirs / mine:.3g}x faster); "
          f"identical on {same} of {len(rows)}")
    if args.json:
        Path(args.json).write_text(json.dumps({"cases": rows, "speedup": theirs / mine},
                                              indent=1))


if __name__ == "__main__":
    main()
