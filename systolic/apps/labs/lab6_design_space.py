"""Lab 6's questions: a small design-space sweep, its constraint and Pareto front.

Why: the last lab hands out a sweep spec to run with ``systolic sweep``. A
seed draws the array shapes, the prompt length and an area limit placed
midway between two of the grid's areas (so no point sits on the limit);
the answers come from ``apps.sweep`` evaluating the same spec.
"""

from __future__ import annotations

import random

from systolic.apps import sweep
from systolic.apps.labs.records import Question
from systolic.apps.labs.seeded import between, fewest, pick, sample
from systolic.apps.labs.toml_text import spec_toml
from systolic.cost import area
from systolic.spec import hardware

LAB6_BASE = "tpu-v1"
LAB6_OBJECTIVES = ("latency_s", "energy_j", "area_mm2")


def _lab6_spec(rng: random.Random) -> sweep.Spec:
    """The sweep spec handed out: drawn shapes and an area limit between two areas."""
    sizes = (32, 64, 128, 256)
    rows, cols = sorted(sample(rng, sizes, 2)), sorted(sample(rng, sizes, 3))
    workload = {"model": "gpt2", "phase": "prefill", "seq": pick(rng, (64, 128, 256)),
                "dtype": "int8"}
    parameters = {"array.rows": rows, "array.cols": cols}
    areas = sorted({area.area_mm2(hardware.load(LAB6_BASE, point))["total"]
                    for point in sweep.points(sweep.Spec("", LAB6_BASE, parameters, "grid", 0,
                                                         0, {}, (), ()))})
    cut = between(rng, len(areas) // 2, len(areas) - 1)
    limit = round((areas[cut - 1] + areas[cut]) / 2, 1)
    return sweep.Spec("lab6.toml", LAB6_BASE, parameters, "grid", 0, 0, {"area_mm2": limit},
                      (workload,), LAB6_OBJECTIVES)


def _shape_name(row: dict) -> str:
    """A sweep point's array shape as ROWSxCOLS."""
    return f"{row['array.rows']}x{row['array.cols']}"


def draw(rng: random.Random) -> tuple[str, list[Question]]:
    """Lab 6's setup and questions for the generator ``rng``."""
    spec = _lab6_spec(rng)
    rows = [sweep.evaluate(spec, point) for point in sweep.points(spec)]
    feasible = [row for row in rows if not row["error"]]
    fastest, fastest_tied = fewest({_shape_name(r): r["latency_s"] for r in feasible})
    busiest, busiest_tied = fewest({_shape_name(r): -r["utilization"] for r in feasible})
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
