"""What doubling DRAM bandwidth and halving SRAM do to one GEMM (README figure).

A 512 x 768 x 768 int8 GEMM (BERT-base's attention output projection at
sequence 512) on ``scalesim-default`` (32x32 output-stationary, 64 KiB per
buffer, 10 bytes/cycle). Each row is the same as
``systolic gemm --hw scalesim-default -M 512 -N 768 -K 768 [override]``.

Usage: ``python benchmarks/memory_whatif.py``
"""

from systolic.spec import hardware
from systolic.simulate import simulate_gemm

SHAPE = (512, 768, 768)
BASE = hardware.load("scalesim-default")
CASES = [
    ("baseline", "(preset)", {}),
    ("2x DRAM bandwidth", "--bandwidth-words 20",
     {"memory.dram_bandwidth_bytes_per_s": 2 * BASE.memory.dram_bandwidth_bytes_per_s}),
    ("1/2 SRAM", "--sram-kb 32", {f"core.sram.{b}_bytes": BASE.core.sram.input_bytes // 2
                                  for b in ("input", "weight", "output")}),
]


def main() -> None:
    print("| case | override | tiles | cycles | compute | stalls | DRAM read | utilization |")
    print("|---|---|---|---|---|---|---|---|")
    for label, flag, overrides in CASES:
        hw = hardware.load("scalesim-default", overrides)
        result = simulate_gemm(hw, *SHAPE)
        op = result.ops[0]
        [schedule] = result.schedules
        print(f"| {label} | {flag} | {schedule.tiles} of {'x'.join(map(str, schedule.tile))}"
              f" | {op.cycles:,} | {op.compute_cycles:,} | {op.stall_cycles:,} | "
              f"{op.counts.dram_read_bytes / 1e6:.2f} MB | {100 * op.utilization:.1f} % |")


if __name__ == "__main__":
    main()
