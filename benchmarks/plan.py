"""The layout planner and a 1024-chip run, timed as whole processes; the model's
NCCL bus bandwidth on one H100 node beside published figures.

    python benchmarks/plan.py

Targets (issue 17): ``plan`` ranks at least 50 layouts of Llama-2-70B and of
Mixtral-8x7B on an 8-GPU node in under 60 s on 2 cores; one decode step of a
405B-class dense model on 1024 chips of a 3D torus simulates in under 10 s.
Issue 19: one Llama-2-70B train step on 512 chips of a 3D torus under
TP x PP x DP (1F1B over 32 micro-batches, ZeRO 1, full recompute) simulates in
under 30 s; ``plan --phase train`` ranks Llama-2-7B's layouts on a node.
Each command runs once, in its own process, so nothing is cached between them.

The bus-bandwidth table prices all-reduce, all-gather and reduce-scatter on
``h100-node`` (idle network) and prints nccl-tests' ``busbw`` of each: the
algorithm bandwidth ``bytes / time`` times ``2 (n-1) / n`` (all-reduce) or
``(n-1) / n`` (the others), as nccl-tests' doc/PERFORMANCE.md defines it.
Published on one 8 x H100 SXM node (figures we compare with and fit nothing on):
about 370 GB/s with the ring algorithm and about 480 GB/s for all-reduce
with NVLink SHARP (NVLS), at 8 GiB (NVIDIA/nccl-tests issues 212 and 290).
"""

from __future__ import annotations

import subprocess
import sys
import time

from systolic.mapping.collectives import map_collective
from systolic.spec import systems
from systolic.spec.systems import group_network
from systolic.spec.workload import COLLECTIVES

COMMANDS = [
    ("plan Llama-2-70B decode (batches 8, 32, 128, KV 4096) on h100-node",
     ["plan", "--system", "h100-node", "--model", "llama2-70b", "--phase", "decode",
      "--batches", "8,32,128", "--kv-len", "4096", "--top", "3"], 60.0),
    ("plan Mixtral-8x7B prefill (batch 8, 2048 tokens) on h100-node",
     ["plan", "--system", "h100-node", "--model", "mixtral-8x7b", "--phase", "prefill",
      "--batch", "8", "--seq", "2048", "--top", "3"], 60.0),
    ("run Llama-3.1-405B decode (batch 1024, KV 4096) on tpu-v4-pod, tp=8,pp=8,dp=16,mb=8",
     ["run", "--system", "tpu-v4-pod", "--model", "llama3-405b", "--phase", "decode",
      "--batch", "1024", "--kv-len", "4096", "--layout", "tp=8,pp=8,dp=16,mb=8"], 10.0),
    ("run Llama-2-70B train step (512 x 4096 tokens) on tpu-v4-512, tp=8,pp=8,dp=8,mb=32",
     ["run", "--system", "tpu-v4-512", "--model", "llama2-70b", "--phase", "train",
      "--batch", "512", "--seq", "4096", "--zero", "1", "--recompute", "full",
      "--layout", "tp=8,pp=8,dp=8,mb=32"], 30.0),
    ("plan Llama-2-7B train (batch 32, 2048 tokens, ZeRO 1) on h100-node",
     ["plan", "--system", "h100-node", "--model", "llama2-7b", "--phase", "train",
      "--batch", "32", "--seq", "2048", "--zero", "1", "--objective", "throughput",
      "--top", "3"], 60.0),
]
PUBLISHED_GBPS = {"allreduce": "~370 ring, ~480 NVLS", "allgather": "~370",
                  "reducescatter": "~370"}


def timed(argv: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "systolic.cli", *argv], capture_output=True,
                          text=True, check=True)
    return time.perf_counter() - start, done.stdout


def bus_bandwidth_rows() -> list[str]:
    system = systems.load("h100-node")
    axes = group_network(system, 1, 8, "nccl")
    clock = system.chip.chip.clock_hz
    rows = ["| collective | bytes a rank | model time | model busbw | published busbw |",
            "|---|---|---|---|---|"]
    for kind, factor in (("allreduce", 2 * 7 / 8), ("allgather", 7 / 8),
                         ("reducescatter", 7 / 8)):
        for size in (1 << 20, 1 << 26, 1 << 33):
            # nccl-tests counts an all-gather's size as its output, p x each input
            op = COLLECTIVES[kind]("c", size // 8 if kind == "allgather" else size, 8,
                                   network=axes)
            counted = size
            schedule = map_collective(system.chip, op)
            seconds = schedule.cycles / clock
            busbw = counted / seconds * factor / 1e9
            published = PUBLISHED_GBPS[kind] if size == 1 << 33 else "-"
            rows.append(f"| {kind} ({schedule.algorithm}) | {_size(counted)} | "
                        f"{seconds * 1e6:,.1f} us | {busbw:.0f} GB/s | {published} |")
    return rows


def _size(nbytes: int) -> str:
    return f"{nbytes >> 30} GiB" if nbytes >= 1 << 30 else f"{nbytes >> 20} MiB"


def main() -> None:
    print("| command | wall time | layouts ranked | target |")
    print("|---|---|---|---|")
    for label, argv, target in COMMANDS:
        seconds, out = timed(argv)
        first = out.splitlines()[0] if argv[0] == "plan" else ""
        ranked = first.split(" layouts")[0] if first else "-"
        print(f"| {label} | {seconds:.1f} s | {ranked} | < {target:.0f} s |")
    print()
    print("\n".join(bus_bandwidth_rows()))


if __name__ == "__main__":
    main()
