"""Lab 5's questions: a GEMM's energy in int8, fp8 and bf16.

Why: the fifth lab makes the energy model's breakdown concrete: a seed
draws a GEMM, the simulator runs it on ``LAB5_MACHINE`` in three data
types, and the student reads energy, energy per MAC, DRAM bytes and the
DRAM share off ``systolic gemm``.
"""

from __future__ import annotations

import random

from systolic.apps.labs.records import Question
from systolic.apps.labs.seeded import gemm_shape
from systolic.cost import energy
from systolic.simulate import simulate_gemm
from systolic.spec import hardware

LAB5_MACHINE = "teach-8x8"


def draw(rng: random.Random) -> tuple[str, list[Question]]:
    """Lab 5's setup and questions for the generator ``rng``."""
    m, n, k = gemm_shape(rng, 16, 128, 8)
    hw = hardware.load(LAB5_MACHINE)
    runs = {d: simulate_gemm(hw, m, n, k, dtype=d) for d in ("int8", "fp8", "bf16")}
    figures = {d: energy.summary(run) for d, run in runs.items()}
    int8 = figures["int8"]
    setup = (f"The GEMM M={m}, N={n}, K={k} on **{LAB5_MACHINE}** (45 nm energy table, DDR "
             f"DRAM) in int8, fp8 and bf16:\n\n"
             f"    systolic gemm --hw {LAB5_MACHINE} -M {m} -N {n} -K {k} --dtype int8")
    return setup, [
        Question("q1", "Its energy in int8, in microjoules?", int8["energy_j"] * 1e6,
                 2, "uJ", "the `energy` line of `systolic gemm`"),
        Question("q2", "How many times more energy does bf16 take than int8?",
                 figures["bf16"]["energy_j"] / int8["energy_j"], 2, "ratio",
                 "run it with --dtype bf16 too; watch mac, sram and dram"),
        Question("q3", "Its energy per MAC in fp8, in picojoules?", figures["fp8"]["pj_per_mac"],
                 2, "pJ/MAC", "the `efficiency` line with --dtype fp8"),
        Question("q4", "How many bytes does it read from DRAM in bf16?",
                 runs["bf16"].ops[0].counts.dram_read_bytes, 2, "bytes",
                 "the `DRAM` line; a bf16 element is 2 bytes and the tiles change too"),
        Question("q5", "What share of the int8 run's energy goes to DRAM, in percent?",
                 100 * int8["breakdown_j"]["dram"] / int8["energy_j"], 1, "%",
                 "the `energy breakdown` line"),
    ]
