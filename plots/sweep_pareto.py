"""The README's design-space example: run workloads/sweeps/llama2-7b-decode.toml
and draw its Pareto front and a heatmap into docs/figures/.

Usage: ``python plots/sweep_pareto.py`` (about 10 s on 2 cores).
"""

import tempfile
import sys
from pathlib import Path

from systolic.apps import sweep
from systolic.views import plot

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "workloads" / "sweeps" / "llama2-7b-decode.toml"
OUT = ROOT / "docs" / "figures"


def main(out: Path = OUT) -> None:
    spec = sweep.load_spec(SPEC)
    with tempfile.TemporaryDirectory() as folder:
        results = Path(folder) / "results.csv"
        sweep.run(spec, results)
        rows = sweep.read_results(results)
    front = sweep.pareto_front(rows, spec.objectives)
    plot.pareto(rows, front, "latency_s", "energy_j", "area_mm2", out / "sweep-pareto.png")
    plot.sweep_heatmap(rows, "array.rows", "array.cols", "latency_s", out / "sweep-heatmap.png")
    print(sweep.report_text(rows, spec.objectives))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
