"""Per-student lab exercises: a seed draws the numbers, the simulator grades.

Why: an instructor hands every student the same six labs (``docs/labs/``)
with different numbers, so that answers cannot be copied, and grades them
without writing a harness of their own::

    systolic lab new 3 --seed s1234567 -o sheet.md    # sheet + answers template
    systolic lab grade 3 --seed s1234567 sheet-answers.toml
    systolic lab key 3 --seed s1234567                 # the instructor's key

How a sheet is drawn. The lab number and the seed (any text, e.g. a student
ID) are hashed with SHA-256, which is stable across runs, machines and
Python versions (``hash()`` is salted per process), into the seed of a
``random.Random``; only its ``random()`` method is used, the one whose
sequence Python guarantees across versions. The same lab and seed always
give the same sheet and the same key.

How an answer is judged. Counts (cycles, folds, tiles, bytes) must equal
the simulator's exactly; real numbers (energy, utilization, ratios) must be
within ``RELATIVE_TOLERANCE`` of it; named choices (a dataflow, an op, an
energy component, an array shape) are compared without case or spaces,
and any of the tied best is right when several tie. A missing or mistyped
answer scores 0 with feedback. Feedback says right or wrong and gives a
hint; it shows the expected value only when the instructor asks
(``--show-expected``), so a student cannot grade their way to the key.

The key is computed, never stored: it is what this version of the
simulator answers. A sheet graded with another version may differ where
the model changed. Not covered: free-text answers, partial credit within
a question.
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from systolic.apps import sweep
from systolic.cost import area, energy
from systolic.spec import hardware, models
from systolic.core.timing import gemm_timing, spatial_mapping
from systolic.errors import ConfigError
from systolic.simulate import simulate_gemm, simulate_model

RELATIVE_TOLERANCE = 0.01   # 1 %: three significant figures read off a report pass
HASH_BYTES = 8              # 64 bits of the SHA-256 digest seed the generator


@dataclass(frozen=True)
class Question:
    """One question: its TOML key, prompt, the simulator's answer and its worth.

    The answer's type decides how it is judged: ``int`` exactly, ``float``
    within ``RELATIVE_TOLERANCE``, ``str`` as a choice among ``accept``
    (every tied best answer; the answer itself when empty).
    """

    key: str
    text: str
    answer: int | float | str
    points: int
    unit: str
    hint: str
    accept: tuple[str, ...] = ()

    @property
    def accepted(self) -> tuple[str, ...]:
        """Every right choice, normalised (choice questions only)."""
        return tuple(_normalise(a) for a in (self.accept or (str(self.answer),)))


@dataclass(frozen=True)
class Sheet:
    """One student's exercises for one lab."""

    lab: int
    seed: str
    title: str
    setup: str
    questions: tuple[Question, ...]

    @property
    def points(self) -> int:
        """The most a student can score."""
        return sum(q.points for q in self.questions)


@dataclass(frozen=True)
class Mark:
    """How one answer scored: points, a verdict word and feedback."""

    question: Question
    given: object
    points: int
    verdict: str
    feedback: str


# --- drawing numbers ------------------------------------------------------------------

def _generator(lab: int, seed: str) -> random.Random:
    digest = hashlib.sha256(f"systolic-lab-{lab}:{seed}".encode()).digest()
    return random.Random(int.from_bytes(digest[:HASH_BYTES], "big"))


def _pick(rng: random.Random, options: tuple):
    """One of ``options``, drawn with ``random()`` only (stable across Pythons)."""
    return options[int(rng.random() * len(options))]


def _between(rng: random.Random, low: int, high: int, step: int = 1) -> int:
    """An integer in ``low..high`` (inclusive) on a grid of ``step``."""
    return _pick(rng, tuple(range(low, high + 1, step)))


def _sample(rng: random.Random, options: tuple, count: int) -> list:
    """``count`` different options, drawn with ``random()`` only."""
    left, chosen = list(options), []
    for _ in range(count):
        chosen.append(left.pop(int(rng.random() * len(left))))
    return chosen


def _shape(rng: random.Random, low: int, high: int, step: int = 1) -> tuple[int, int, int]:
    return tuple(_between(rng, low, high, step) for _ in range(3))


def _fewest(values: dict[str, float]) -> tuple[str, tuple[str, ...]]:
    """(first best key, every key tied for the smallest value)."""
    low = min(values.values())
    tied = tuple(key for key, value in values.items() if value == low)
    return tied[0], tied


# --- lab 1: dataflows, fill and drain --------------------------------------------------

def _lab1(rng: random.Random) -> tuple[str, list[Question]]:
    rows, cols = _pick(rng, (4, 6, 8)), _pick(rng, (4, 6, 8))
    m, n, k = _between(rng, 2, rows), _between(rng, 2, cols), _between(rng, 2, rows)
    big = (_between(rng, rows + 1, 4 * rows), _between(rng, cols + 1, 4 * cols),
           _between(rng, rows + 1, 4 * rows))
    dataflow = _pick(rng, ("ws", "os", "is"))
    big_timing = gemm_timing(*big, rows, cols, dataflow)
    cycles = {d: gemm_timing(*big, rows, cols, d).cycles for d in ("ws", "os", "is")}
    fastest, tied = _fewest(cycles)
    setup = (f"One bare **{rows} x {cols}** systolic array (no memory: operands are always "
             f"there). `O[M x N] = A[M x K] . B[K x N]`. Check yourself with "
             f"`systolic.core.timing.gemm_timing(M, N, K, {rows}, {cols}, dataflow)` or the "
             f"PE-level engine `systolic.core.pe_array.simulate_gemm`.")
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


# --- lab 2: tiling, folds and mapping efficiency ---------------------------------------

ROW_DIM = {"ws": "K", "os": "M", "is": "K"}


def _lab2(rng: random.Random) -> tuple[str, list[Question]]:
    rows, cols = _pick(rng, (4, 8, 16)), _pick(rng, (4, 8, 16))
    dataflow, sram_kb = _pick(rng, ("ws", "os", "is")), _pick(rng, (1, 2, 4))
    m, n, k = (_between(rng, rows + 1, 6 * rows), _between(rng, cols + 1, 6 * cols),
               _between(rng, rows + 1, 6 * rows))
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
                 f"of folds (everything else unchanged)?", -(-s_r // rows) * rows, 2,
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


# --- lab 3: memory bandwidth, stalls and the roofline ----------------------------------

BANDWIDTH_WORDS = (1, 2, 4, 8, 16, 32, 64)
STALL_SHARE = 0.10            # lab 3's question 5: stalls at most 10 % of the cycles
ROOFLINE_MARGIN = 1.25        # keep lab 3's bound question away from the ridge


def _bandwidth_machine(words: int) -> hardware.Hardware:
    """teach-8x8 (int8, 1 GHz) fed ``words`` bytes per cycle, as ``--bandwidth-words``."""
    base = hardware.load("teach-8x8")
    return hardware.load("teach-8x8", {
        "memory.dram_bandwidth_bytes_per_s": words * base.dtype(None).bytes * base.chip.clock_hz})


def _stall_share(m: int, n: int, k: int, words: int) -> float:
    op = simulate_gemm(_bandwidth_machine(words), m, n, k).ops[0]
    return op.stall_cycles / op.cycles


def _lab3_draw(rng: random.Random) -> tuple[tuple[int, int, int], int]:
    """A GEMM and bandwidth whose roofline verdict is clear and whose stalls can shrink."""
    while True:
        shape, words = _shape(rng, 16, 160, 16), _pick(rng, BANDWIDTH_WORDS[:4])
        intensity = _intensity(*shape)
        ridge = _bandwidth_machine(words).peak_macs_per_cycle / words
        clear = max(intensity / ridge, ridge / intensity) >= ROOFLINE_MARGIN
        if clear and _stall_share(*shape, BANDWIDTH_WORDS[-1]) <= STALL_SHARE:
            return shape, words


def _intensity(m: int, n: int, k: int) -> float:
    """MACs per byte with A and B read once and O written once, one byte each."""
    return m * n * k / (m * k + k * n + m * n)


def _lab3(rng: random.Random) -> tuple[str, list[Question]]:
    (m, n, k), words = _lab3_draw(rng)
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


# --- lab 4: prefill, decode and the KV cache -------------------------------------------

LAB4_MACHINE = "tpu-v1"


def _layer_run(model: str, spec: models.RunSpec):
    return simulate_model(hardware.load(LAB4_MACHINE), models.build(model, spec), layers=1)


def _lab4(rng: random.Random) -> tuple[str, list[Question]]:
    model = _pick(rng, ("gpt2", "gpt2-medium"))
    seq, batch, kv_len = (_pick(rng, (64, 128, 256, 512)), _pick(rng, (1, 2, 4, 8, 16)),
                          _pick(rng, (128, 256, 512)))
    dtype = hardware.load(LAB4_MACHINE).default_dtype
    prefill = _layer_run(model, models.RunSpec(phase="prefill", seq=seq, dtype=dtype))
    decode = _layer_run(model, models.RunSpec(phase="decode", batch=batch, kv_len=kv_len,
                                              dtype=dtype))
    shape = models.build(model, models.RunSpec(dtype=dtype)).shape
    kv_bytes = (2 * shape.layers * batch * kv_len * shape.kv_heads * (shape.hidden // shape.heads)
                * hardware.DTYPES[dtype].bytes)
    slowest = max(decode.ops, key=lambda op: op.cycles)
    base = f"systolic run --hw {LAB4_MACHINE} --model {model} --layers 1"
    setup = (f"**{model}** ({shape.layers} layers, hidden {shape.hidden}, {shape.heads} heads, "
             f"{shape.kv_heads} KV heads) in {dtype} on **{LAB4_MACHINE}**: a prefill of "
             f"**{seq}** tokens, and a decode step for a batch of **{batch}** sequences with "
             f"**{kv_len}** tokens in the KV cache. One layer alone:\n\n"
             f"    {base} --phase prefill --seq {seq}\n"
             f"    {base} --phase decode --batch {batch} --kv-len {kv_len}")
    short = slowest.name.removeprefix("layer.")
    return setup, [
        Question("q1", "How many bytes does the whole model's KV cache hold for that decode "
                 "step (keys and values, every layer)?", int(kv_bytes), 2, "bytes",
                 "2 (K and V) x layers x batch x tokens x KV heads x head size x bytes"),
        Question("q2", "How many cycles does one layer's prefill take?", prefill.cycles, 2,
                 "cycles", "the `total` line of the prefill command"),
        Question("q3", "How many cycles does one layer's decode step take?", decode.cycles, 2,
                 "cycles", "the `total` line of the decode command"),
        Question("q4", "How many times more cycles per token does decode spend than prefill "
                 "(decode cycles / batch over prefill cycles / prompt tokens)?",
                 (decode.cycles / batch) / (prefill.cycles / seq), 2, "ratio",
                 "tokens: batch in decode, the prompt in prefill"),
        Question("q5", "Which op of the decode layer takes the most cycles (its name)?", short,
                 1, "op name", "the `cycles` column of the decode report",
                 (short, slowest.name)),
    ]


# --- lab 5: energy and quantization ---------------------------------------------------

LAB5_MACHINE = "teach-8x8"


def _lab5(rng: random.Random) -> tuple[str, list[Question]]:
    m, n, k = _shape(rng, 16, 128, 8)
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


# --- lab 6: a small design-space exploration ------------------------------------------

LAB6_BASE = "tpu-v1"
LAB6_OBJECTIVES = ("latency_s", "energy_j", "area_mm2")


def _lab6_spec(rng: random.Random) -> sweep.Spec:
    sizes = (32, 64, 128, 256)
    rows, cols = sorted(_sample(rng, sizes, 2)), sorted(_sample(rng, sizes, 3))
    workload = {"model": "gpt2", "phase": "prefill", "seq": _pick(rng, (64, 128, 256)),
                "dtype": "int8"}
    parameters = {"array.rows": rows, "array.cols": cols}
    areas = sorted({area.area_mm2(hardware.load(LAB6_BASE, point))["total"]
                    for point in sweep.points(sweep.Spec("", LAB6_BASE, parameters, "grid", 0,
                                                         0, {}, (), ()))})
    cut = _between(rng, len(areas) // 2, len(areas) - 1)
    limit = round((areas[cut - 1] + areas[cut]) / 2, 1)
    return sweep.Spec("lab6.toml", LAB6_BASE, parameters, "grid", 0, 0, {"area_mm2": limit},
                      (workload,), LAB6_OBJECTIVES)


def spec_toml(spec: sweep.Spec) -> str:
    """A sweep spec as the TOML ``systolic sweep`` reads (lab 6 hands it out)."""
    lines = [f"base = {_toml_value(spec.base)}", "", "[parameters]"]
    lines += [f'"{key}" = {_toml_value(values)}' for key, values in spec.parameters.items()]
    lines += ["", "[constraints]"] + [f"{k} = {_toml_value(v)}"
                                      for k, v in spec.constraints.items()]
    lines += ["", "[[workloads]]"] + [f"{k} = {_toml_value(v)}"
                                      for k, v in spec.workloads[0].items()]
    lines += ["", "[objectives]", f"minimize = {_toml_value(list(spec.objectives))}"]
    return "\n".join(lines) + "\n"


def _shape_name(row: dict) -> str:
    return f"{row['array.rows']}x{row['array.cols']}"


def _lab6(rng: random.Random) -> tuple[str, list[Question]]:
    spec = _lab6_spec(rng)
    rows = [sweep.evaluate(spec, point) for point in sweep.points(spec)]
    feasible = [row for row in rows if not row["error"]]
    fastest, fastest_tied = _fewest({_shape_name(r): r["latency_s"] for r in feasible})
    busiest, busiest_tied = _fewest({_shape_name(r): -r["utilization"] for r in feasible})
    front = sweep.pareto_front(feasible, LAB6_OBJECTIVES)
    biggest = max(sweep.points(spec), key=lambda p: (p["array.rows"] * p["array.cols"],
                                                     p["array.rows"]))
    big_area = area.area_mm2(hardware.load(LAB6_BASE, biggest))["total"]
    setup = ("Save this sweep spec as `lab6.toml`, then run it and read its report:\n\n"
             "```toml\n" + spec_toml(spec) + "```\n\n"
             "    systolic sweep lab6.toml -o lab6.csv\n"
             "    systolic sweep-report lab6.csv --spec lab6.toml\n\n"
             "Name an array shape as ROWSxCOLS, e.g. `128x64`.")
    return setup, [
        Question("q1", f"How many of the {len(rows)} points meet the area constraint?",
                 len(feasible), 1, "a count", "`sweep-report` counts the finished points"),
        Question("q2", "Which array shape has the lowest latency?", fastest, 2, "ROWSxCOLS",
                 "`best latency_s` in the report", fastest_tied),
        Question("q3", "Which array shape has the highest utilization?", busiest, 2,
                 "ROWSxCOLS", "the utilization column of lab6.csv", busiest_tied),
        Question("q4", "How many points are on the Pareto front of latency, energy and "
                 "area?", len(front), 2, "a count", "a point is on the front when no other "
                 "point is at least as good on all three and better on one"),
        Question("q5", f"The chip area in mm^2 of the {_shape_name(biggest)} point (it may "
                 f"break the constraint)?", big_area, 1, "mm^2",
                 "`systolic.cost.area.area_mm2`; the constraint line of the CSV shows it too"),
    ]


# --- sheets ---------------------------------------------------------------------------

LABS: dict[int, tuple[str, Callable[[random.Random], tuple[str, list[Question]]]]] = {
    1: ("Dataflows, fill and drain", _lab1),
    2: ("Tiling, folds and mapping efficiency", _lab2),
    3: ("Memory bandwidth, stalls and the roofline", _lab3),
    4: ("Transformer prefill vs decode and the KV cache", _lab4),
    5: ("Energy and quantization", _lab5),
    6: ("A small design-space exploration", _lab6),
}


@lru_cache(maxsize=64)
def sheet(lab: int, seed: str) -> Sheet:
    """Lab ``lab``'s exercises for ``seed``, answers computed by the simulator."""
    if lab not in LABS:
        raise ConfigError(f"lab: expected one of {', '.join(map(str, LABS))}, got {lab!r}")
    if not isinstance(seed, str) or not seed.strip():
        raise ConfigError(f"seed: expected a non-empty text (a student ID), got {seed!r}")
    title, draw = LABS[lab]
    setup, questions = draw(_generator(lab, seed))
    return Sheet(lab, seed, title, setup, tuple(questions))


def sheet_markdown(exercise: Sheet, answers_name: str = "answers.toml") -> str:
    """The exercise sheet a student reads, with the answers template at its end."""
    lines = [f"# Lab {exercise.lab}: {exercise.title}", "",
             f"Exercise sheet for `{exercise.seed}`: {len(exercise.questions)} questions, "
             f"{exercise.points} points. Background and worked examples: "
             f"`docs/labs/` notebook {exercise.lab}.", "", "## Setup", "", exercise.setup, ""]
    for number, question in enumerate(exercise.questions, 1):
        plural = "s" if question.points > 1 else ""
        lines += [f"## Q{number} ({question.points} point{plural}; answer `{question.key}`, "
                  f"{question.unit})", "", question.text, ""]
    lines += ["## Answers", "", f"Fill in `{answers_name}`, then grade it:", "",
              f"    systolic lab grade {exercise.lab} --seed {_shell_word(exercise.seed)} "
              f"{answers_name}", "", "```toml", answers_template(exercise).rstrip(), "```", ""]
    return "\n".join(lines)


def _shell_word(text: str) -> str:
    return text if text.replace("-", "").replace("_", "").isalnum() else repr(text)


def _header(exercise: Sheet) -> list[str]:
    return [f"lab = {exercise.lab}", f"seed = {_toml_value(exercise.seed)}"]


def answers_template(exercise: Sheet) -> str:
    """The TOML file a student fills in: every answer blank ("")."""
    lines = [f"# Lab {exercise.lab} answers: replace each \"\" by a number (or a word where "
             f"asked)."] + _header(exercise)
    lines += [f'{q.key} = ""   # {q.unit}' for q in exercise.questions]
    return "\n".join(lines) + "\n"


def key_toml(exercise: Sheet) -> str:
    """The answer key, in the answers file's format (it grades 100 %)."""
    lines = [f"# Lab {exercise.lab} answer key for seed {exercise.seed!r}."] + _header(exercise)
    lines += [f"{q.key} = {_toml_value(q.answer)}   # {q.unit}" for q in exercise.questions]
    return "\n".join(lines) + "\n"


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, float):
        return repr(float(f"{value:.6g}"))
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return str(value)


# --- grading --------------------------------------------------------------------------

def read_answers(path: str | Path) -> dict:
    """An answers file as a dict; malformed TOML is one line naming file and line."""
    return hardware.read_toml(path)


def grade(exercise: Sheet, answers: dict, source: str = "answers.toml") -> list[Mark]:
    """One mark per question; unknown keys or another lab's file are errors."""
    _check_answers_file(exercise, answers, source)
    return [_mark(question, answers.get(question.key, "")) for question in exercise.questions]


def _check_answers_file(exercise: Sheet, answers: dict, source: str) -> None:
    for field, expected in (("lab", exercise.lab), ("seed", exercise.seed)):
        if field in answers and answers[field] != expected:
            raise ConfigError(f"{source}: {field}: expected {expected!r} (the sheet being "
                              f"graded), got {answers[field]!r}")
    known = {"lab", "seed"} | {q.key for q in exercise.questions}
    for key in answers:
        if key not in known:
            raise ConfigError(f"{source}: {key}: expected one of "
                              f"{', '.join(sorted(known))}, got an unknown key")


def _mark(question: Question, given: object) -> Mark:
    if given == "":
        return Mark(question, given, 0, "no answer", f"no answer; hint: {question.hint}")
    problem = _type_problem(question, given)
    if problem:
        return Mark(question, given, 0, "wrong type", problem)
    if matches(question, given):
        return Mark(question, given, question.points, "right", "right")
    return Mark(question, given, 0, "wrong", f"{given!r} is wrong; hint: {question.hint}")


def _type_problem(question: Question, given: object) -> str:
    """Why ``given`` cannot be an answer to ``question`` ('' when it can)."""
    number = isinstance(given, (int, float)) and not isinstance(given, bool)
    if isinstance(question.answer, str):
        return "" if isinstance(given, str) else \
            f"expected a word ({question.unit}), got {given!r}"
    if not number:
        return f"expected a number ({question.unit}), got {given!r}"
    if isinstance(question.answer, int) and not float(given).is_integer():
        return f"expected a whole number ({question.unit}), got {given!r}"
    return ""


def matches(question: Question, given: object) -> bool:
    """Whether ``given`` (already of a fitting type) is the right answer."""
    if isinstance(question.answer, str):
        return _normalise(str(given)) in question.accepted
    if isinstance(question.answer, int):
        return given == question.answer
    return math.isclose(given, question.answer, rel_tol=RELATIVE_TOLERANCE)


def _normalise(text: str) -> str:
    return "".join(text.split()).lower()


def grade_text(exercise: Sheet, marks: list[Mark], show_expected: bool = False) -> str:
    """The score and one feedback line per question (expected values on request)."""
    score = sum(mark.points for mark in marks)
    lines = [f"Lab {exercise.lab} ({exercise.title}), seed {exercise.seed!r}: "
             f"{score} / {exercise.points} points ({100 * score / exercise.points:.0f} %)"]
    for number, mark in enumerate(marks, 1):
        line = f"  Q{number}  {mark.points}/{mark.question.points}  {mark.feedback}"
        if show_expected and mark.points < mark.question.points:
            line += f" (expected {_toml_value(mark.question.answer)})"
        lines.append(line)
    return "\n".join(lines)


def check(answer: object, expected: int | float | str, *, accept: tuple[str, ...] = ()) -> str:
    """A notebook's check: 'not answered yet' for ``None``, 'right', or AssertionError.

    Judged as ``grade`` judges: ints exactly, floats within
    ``RELATIVE_TOLERANCE``, words without case or spaces (any of ``accept``).
    """
    if answer is None:
        return "not answered yet: replace None by your answer"
    question = Question("answer", "", expected, 1, "", "", accept)
    mark = _mark(question, answer)
    assert mark.verdict == "right", f"not right yet: {mark.feedback.split(';')[0]}"
    return "right"
