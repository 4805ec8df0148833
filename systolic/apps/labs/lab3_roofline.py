"""Lab 3's questions: DRAM bandwidth, stall cycles and the roofline.

Why: the third lab sets the ideal roofline beside what the simulator
reports. A seed draws a GEMM and a DRAM bandwidth whose roofline verdict
is clear (away from the ridge by ``ROOFLINE_MARGIN``) and whose stalls
can be brought under ``STALL_SHARE`` by a faster DRAM, so that every
question has one defensible answer.
"""

from __future__ import annotations

import random

from systolic.apps.labs.records import Question
from systolic.apps.labs.seeded import gemm_shape, pick
from systolic.simulate import simulate_gemm
from systolic.spec import hardware

BANDWIDTH_WORDS = (1, 2, 4, 8, 16, 32, 64)
STALL_SHARE = 0.10            # lab 3's question 5: stalls at most 10 % of the cycles
ROOFLINE_MARGIN = 1.25        # keep lab 3's bound question away from the ridge


def _bandwidth_machine(words: int) -> hardware.Hardware:
    """teach-8x8 (int8, 1 GHz) fed ``words`` bytes per cycle, as ``--bandwidth-words``."""
    base = hardware.load("teach-8x8")
    return hardware.load("teach-8x8", {
        "memory.dram_bandwidth_bytes_per_s": words * base.dtype(None).bytes * base.chip.clock_hz})


def _stall_share(m: int, n: int, k: int, words: int) -> float:
    """The share of the GEMM's cycles spent stalled at ``words`` bytes per cycle."""
    op = simulate_gemm(_bandwidth_machine(words), m, n, k).ops[0]
    return op.stall_cycles / op.cycles


def _draw_case(rng: random.Random) -> tuple[tuple[int, int, int], int]:
    """A GEMM and bandwidth whose roofline verdict is clear and whose stalls can shrink."""
    while True:
        shape, words = gemm_shape(rng, 16, 160, 16), pick(rng, BANDWIDTH_WORDS[:4])
        intensity = _intensity(*shape)
        ridge = _bandwidth_machine(words).peak_macs_per_cycle / words
        clear = max(intensity / ridge, ridge / intensity) >= ROOFLINE_MARGIN
        if clear and _stall_share(*shape, BANDWIDTH_WORDS[-1]) <= STALL_SHARE:
            return shape, words


def _intensity(m: int, n: int, k: int) -> float:
    """MACs per byte with A and B read once and O written once, one byte each."""
    return m * n * k / (m * k + k * n + m * n)


def draw(rng: random.Random) -> tuple[str, list[Question]]:
    """Lab 3's setup and questions for the generator ``rng``."""
    (m, n, k), words = _draw_case(rng)
    hw = _bandwidth_machine(words)
    ridge = hw.peak_macs_per_cycle / hw.dram_bytes_per_cycle
    op = simulate_gemm(hw, m, n, k).ops[0]
    enough = next(w for w in BANDWIDTH_WORDS if _stall_share(m, n, k, w) <= STALL_SHARE)
    setup = (f"The teach-8x8 machine (8 x 8 int8 array at 1 GHz, 4 KiB buffers) with DRAM "
             f"delivering **{words} bytes per cycle**, and the GEMM M={m}, N={n}, K={k}:\n\n"
             f"    systolic gemm --hw teach-8x8 -M {m} -N {n} -K {k} --bandwidth-words {words}")
    return setup, [
        Question("q1", "Its arithmetic intensity in MACs per DRAM byte, if A and B were read "
                 "once and O written once (one byte per element)?", _intensity(m, n, k), 1,
                 "MAC/byte", "M*N*K / (M*K + K*N + M*N)"),
        Question("q2", "The machine's ridge point (peak MACs per cycle / DRAM bytes per "
                 "cycle), in MACs per byte?", ridge, 1, "MAC/byte",
                 "an 8 x 8 array does 64 MACs per cycle"),
        Question("q3", "By that ideal roofline, is the GEMM `memory` or `compute` bound?",
                 "memory" if _intensity(m, n, k) < ridge else "compute", 1, "memory or compute",
                 "compare the intensity with the ridge point"),
        Question("q4", "How many stall cycles does the simulator report?", op.stall_cycles, 2,
                 "cycles", "the `cycles` line of `systolic gemm`: (compute C, stalls S)"),
        Question("q5", f"The smallest bandwidth among {', '.join(map(str, BANDWIDTH_WORDS))} "
                 f"bytes per cycle at which stalls are at most 10 % of the cycles?", enough, 2,
                 "bytes/cycle", "rerun with other --bandwidth-words; tiling changes too, so "
                 "try every value"),
    ]
