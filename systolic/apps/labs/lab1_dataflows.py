"""Lab 1's questions: fill, stream and drain of one bare array, per dataflow.

Why: the first lab makes the timing closed forms of ``core.timing``
concrete. A seed draws an array of 4 to 8 PEs a side, a GEMM that fits it
in one fold and a bigger one that folds; the student computes cycles and
folds for weight-, output- and input-stationary and names the fastest.
No memory: the operands are always there, so nothing stalls.
"""

from __future__ import annotations

import random

from systolic.apps.labs.records import Question
from systolic.apps.labs.seeded import between, fewest, pick
from systolic.core.timing import gemm_timing


def draw(rng: random.Random) -> tuple[str, list[Question]]:
    """Lab 1's setup and questions for the generator ``rng``."""
    rows, cols = pick(rng, (4, 6, 8)), pick(rng, (4, 6, 8))
    m, n, k = between(rng, 2, rows), between(rng, 2, cols), between(rng, 2, rows)
    big = (between(rng, rows + 1, 4 * rows), between(rng, cols + 1, 4 * cols),
           between(rng, rows + 1, 4 * rows))
    dataflow = pick(rng, ("ws", "os", "is"))
    big_timing = gemm_timing(*big, rows, cols, dataflow)
    cycles = {d: gemm_timing(*big, rows, cols, d).cycles for d in ("ws", "os", "is")}
    fastest, tied = fewest(cycles)
    setup = (f"One bare **{rows} x {cols}** systolic array (no memory: operands are always "
             f"there). `O[M x N] = A[M x K] . B[K x N]`. Check yourself with "
             f"`systolic.core.timing.gemm_timing(M, N, K, {rows}, {cols}, dataflow)` or the "
             f"PE-level engine `systolic.core.pe_array.run_gemm`.")
    fold_hint = "one fold holds an r x c tile and streams T rows; see the fold table in README.md"
    return setup, [
        Question("q1", f"How many cycles does M={m}, N={n}, K={k} take **weight-stationary** "
                 f"(one fold: weight preload, skewed stream, drain)?",
                 gemm_timing(m, n, k, rows, cols, "ws").cycles, 2, "cycles",
                 "ws: r + R + c + T - 2 with r = K, c = N, T = M"),
        Question("q2", "How many cycles does the same GEMM take **output-stationary**?",
                 gemm_timing(m, n, k, rows, cols, "os").cycles, 2, "cycles",
                 "os: no preload; r + c + T - 2 with r = M, c = N, T = K"),
        Question("q3", f"M={big[0]}, N={big[1]}, K={big[2]} with the **{dataflow}** dataflow: "
                 f"how many folds?", big_timing.folds, 1, "folds",
                 "folds = ceil(S_R / R) * ceil(S_C / C); which dims are on the rows and columns?"),
        Question("q4", f"How many cycles does that GEMM take with **{dataflow}**?",
                 big_timing.cycles, 2, "cycles", f"sum the folds: edge folds are smaller; "
                 f"{fold_hint}"),
        Question("q5", "Which dataflow (ws, os or is) runs that GEMM in the fewest cycles?",
                 fastest, 1, "ws, os or is", "compute all three; which one holds the operand "
                 "that is largest relative to the array?", tied),
    ]
