"""Does more hardware ever make a GEMM slower? The mapper's monotonicity, measured.

For random GEMMs on random machines (the presets with their SRAM scaled),
it grows one resource (one SRAM buffer x4, all three x4, DRAM bandwidth x2,
cores x2) and simulates the GEMM on both machines. A case is *slower* when
the bigger machine takes more cycles; each is then sorted by cause:

- ``same schedule``: the mapper chose the same tiles on both, so the engine
  itself ran them slower on more hardware;
- ``other schedule``: the mapper's analytic score preferred a schedule that
  the engine then ran slower.

Usage: ``python benchmarks/mapper_monotone.py [--cases N] [--seed S]``
(about 10 s for 150 cases).
"""

from __future__ import annotations

import argparse
import random

from systolic.errors import ConfigError
from systolic.mapping.gemm import map_gemm
from systolic.simulate import simulate_gemm
from systolic.spec import hardware
from systolic.spec.workload import Gemm

PRESETS = ("tpu-v4-like", "tpu-v1", "scalesim-default", "teach-8x8", "h100")
SIZES = (1, 7, 64, 100, 128, 256, 511, 1024, 2048, 3000)
GROWTHS = ("input", "weight", "output", "all", "bandwidth", "cores")


def machines(rng: random.Random) -> tuple[str, dict, dict, str]:
    """(preset, overrides of the smaller machine, of the bigger one, what grew)."""
    name = rng.choice(PRESETS)
    base = hardware.load(name)
    scale = rng.choice([0.25, 0.5, 1.0])
    small = {f"core.sram.{b}_bytes": max(4096, int(getattr(base.core.sram, f"{b}_bytes") * scale))
             for b in ("input", "weight", "output")}
    growth = rng.choice(GROWTHS)
    big = dict(small)
    if growth in ("input", "weight", "output"):
        big[f"core.sram.{growth}_bytes"] *= 4
    elif growth == "all":
        big = {key: value * 4 for key, value in small.items()}
    elif growth == "bandwidth":
        big["memory.dram_bandwidth_bytes_per_s"] = 2 * base.memory.dram_bandwidth_bytes_per_s
    else:
        big["chip.cores"] = 2 * base.chip.cores
    return name, small, big, growth


def run(count: int, seed: int) -> None:
    rng = random.Random(seed)
    ran, slower = 0, []
    while ran < count:
        name, small, big, growth = machines(rng)
        m, n, k = (rng.choice(SIZES) for _ in range(3))
        try:
            pair = [hardware.load(name, overrides) for overrides in (small, big)]
            cycles = [simulate_gemm(hw, m, n, k).cycles for hw in pair]
        except ConfigError:  # a tile that fits neither machine: not a case
            continue
        ran += 1
        if cycles[1] > cycles[0]:
            dtype = pair[0].default_dtype
            choices = [map_gemm(hw, Gemm("g", m, n, k, dtype=dtype)).choice for hw in pair]
            cause = "same schedule" if choices[0] == choices[1] else "other schedule"
            slower.append((cycles[1] / cycles[0] - 1, name, growth, (m, n, k), cause))
    print(f"{ran} cases, {len(slower)} slower on the bigger machine")
    for cause in ("same schedule", "other schedule"):
        print(f"  {cause}: {sum(s[4] == cause for s in slower)}")
    for worse, name, growth, shape, cause in sorted(slower, reverse=True)[:10]:
        print(f"  +{100 * worse:5.1f} %  {name:16s} {growth:9s} {shape}  ({cause})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    run(args.cases, args.seed)


if __name__ == "__main__":
    main()
