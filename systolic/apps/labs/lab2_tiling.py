"""Lab 2's questions: folds and mapping efficiency, then tiles on a machine.

Why: the second lab links the bare array's folds (``core.timing``) to the
tiles the mapper cuts when SRAM is small. A seed draws the array, the
dataflow, a GEMM a few folds big and the SRAM size of the teach-8x8
machine; the answers come from ``gemm_timing`` and ``simulate_gemm``.
"""

from __future__ import annotations

import random

from systolic.apps.labs.records import Question
from systolic.apps.labs.seeded import between, pick
from systolic.core.timing import ceil_div, gemm_timing, spatial_mapping
from systolic.simulate import simulate_gemm
from systolic.spec import hardware

ROW_DIM = {"ws": "K", "os": "M", "is": "K"}


def draw(rng: random.Random) -> tuple[str, list[Question]]:
    """Lab 2's setup and questions for the generator ``rng``."""
    rows, cols = pick(rng, (4, 8, 16)), pick(rng, (4, 8, 16))
    dataflow, sram_kb = pick(rng, ("ws", "os", "is")), pick(rng, (1, 2, 4))
    m, n, k = (between(rng, rows + 1, 6 * rows), between(rng, cols + 1, 6 * cols),
               between(rng, rows + 1, 6 * rows))
    bare = gemm_timing(m, n, k, rows, cols, dataflow)
    s_r = spatial_mapping(m, n, k, dataflow)[0]
    hw = hardware.load("teach-8x8", {"array.rows": rows, "array.cols": cols,
                                     "array.dataflow": dataflow,
                                     **_sram_overrides(sram_kb)})
    run = simulate_gemm(hw, m, n, k)
    command = (f"systolic gemm --hw teach-8x8 --rows {rows} --cols {cols} --dataflow "
               f"{dataflow} --sram-kb {sram_kb} -M {m} -N {n} -K {k}")
    setup = (f"A **{rows} x {cols}** array, **{dataflow}** dataflow, and the GEMM "
             f"M={m}, N={n}, K={k} (int8). Questions 1-3 are about the bare array "
             f"(`systolic.core.timing.gemm_timing`); 4-5 about the teach-8x8 machine with that "
             f"array and {sram_kb} KiB per SRAM buffer:\n\n    {command}")
    return setup, [
        Question("q1", "How many folds does the GEMM take on the bare array?", bare.folds, 1,
                 "folds", "ceil(S_R / R) * ceil(S_C / C); README's table says what S_R and "
                 "S_C are per dataflow"),
        Question("q2", "What is its mapping efficiency (used PEs / PEs, averaged over folds), "
                 "in percent?", 100 * bare.mapping_efficiency, 2, "%",
                 "S_R * S_C / (folds * R * C)"),
        Question("q3", f"What is the largest {ROW_DIM[dataflow]} that keeps the same number "
                 f"of folds (everything else unchanged)?", ceil_div(s_r, rows) * rows, 2,
                 ROW_DIM[dataflow], f"{ROW_DIM[dataflow]} is mapped on the rows: fill the "
                 f"last row fold"),
        Question("q4", "Into how many tiles does the mapper cut the GEMM on the machine?",
                 run.schedules[0].tiles, 2, "tiles",
                 "the `tiles` line of `systolic gemm`"),
        Question("q5", "How many cycles does the machine take, stalls included?", run.cycles,
                 2, "cycles", "the `cycles` line of `systolic gemm`"),
    ]


def _sram_overrides(kib: float) -> dict[str, int]:
    """Each SRAM buffer at ``kib`` KiB, as ``--sram-kb`` sets them."""
    return {f"core.sram.{b}_bytes": int(kib * 1024) for b in ("input", "weight", "output")}
