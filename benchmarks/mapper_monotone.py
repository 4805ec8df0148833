"""Does more hardware ever make a GEMM slower? The mapper's monotonicity, measured.

For random GEMMs on random machines (the presets with their SRAM scaled),
it grows one resource (one SRAM buffer x4, all three x4, DRAM bandwidth x2,
cores x2) and simulates the GEMM on both machines. A case is *slower* when
the bigger machine takes more cycles; each is then sorted by cause, as
``tests/test_monotone.py`` names them:

- ``more cores``: the cores share one DRAM, so each one's first tile
  arrives later, and the mapper never leaves a core idle;
- ``same schedule``: the mapper chose the same tiles on both, so the engine
  itself ran them slower on more hardware (a prefetch competing with a
  store; on a GPU preset, a deeper pipeline's loads sharing bandwidth);
- ``other schedule``: the mapper's estimate preferred a schedule that the
  engine then ran slower (on a GPU preset this includes the kernels' stage
  count: the most stages that fit, as CUTLASS picks them).

Usage: ``python benchmarks/mapper_monotone.py [--cases N] [--seed S]``
(about 2 minutes for 300 cases).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from systolic.errors import ConfigError
from systolic.mapping.gemm import map_gemm
from systolic.simulate import simulate_gemm
from systolic.spec.hardware import Hardware
from systolic.spec.workload import Gemm

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_monotone import GROWTHS, pair  # noqa: E402  (the property this measures)

PRESETS = ("tpu-v4-like", "tpu-v1", "scalesim-default", "teach-8x8", "h100")
SIZES = (1, 7, 64, 100, 128, 256, 511, 1024, 2048, 3000)


def machines(rng: random.Random) -> tuple[str, Hardware, Hardware, str]:
    """(preset, the smaller machine, the bigger one, what grew): the test's pairs."""
    name, scale, growth = rng.choice(PRESETS), rng.choice([0.25, 0.5, 1.0]), rng.choice(GROWTHS)
    return (name, *pair(name, scale, growth), growth)


def run(count: int, seed: int) -> None:
    rng = random.Random(seed)
    ran, slower = 0, []
    while ran < count:
        try:
            name, *machine_pair, growth = machines(rng)
            m, n, k = (rng.choice(SIZES) for _ in range(3))
            cycles = [simulate_gemm(hw, m, n, k).cycles for hw in machine_pair]
        except ConfigError:  # a tile that fits neither machine: not a case
            continue
        ran += 1
        if cycles[1] > cycles[0]:
            dtype = machine_pair[0].default_dtype
            choices = [map_gemm(hw, Gemm("g", m, n, k, dtype=dtype)).choice
                       for hw in machine_pair]
            cause = ("more cores" if growth == "cores" else
                     "same schedule" if choices[0] == choices[1] else "other schedule")
            slower.append((cycles[1] / cycles[0] - 1, name, growth, (m, n, k), cause))
    print(f"{ran} cases, {len(slower)} slower on the bigger machine")
    for cause in ("more cores", "same schedule", "other schedule"):
        print(f"  {cause}: {sum(s[4] == cause for s in slower)}")
    for worse, name, growth, shape, cause in sorted(slower, reverse=True):
        print(f"  +{100 * worse:5.1f} %  {name:16s} {growth:9s} {shape}  ({cause})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    run(args.cases, args.seed)


if __name__ == "__main__":
    main()
