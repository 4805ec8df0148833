"""Reports: JSON, CSV, Perfetto trace, figures; every file written whole."""

import csv
import json

import pytest

from systolic.spec import hardware
from systolic.views import plot, report
from systolic.errors import SystolicError
from systolic.spec.models import RunSpec, build
from systolic.simulate import simulate_gemm, simulate_model


@pytest.fixture(scope="module")
def layer_run():
    return simulate_model(hardware.load("tpu-v4-like"),
                          build("gpt2", RunSpec("prefill", seq=128)), layers=1)


def test_perfetto_trace_has_a_track_per_unit_and_an_event_per_interval(tmp_path, layer_run):
    path = tmp_path / "trace.json"
    report.write_perfetto(layer_run, path)
    trace = json.loads(path.read_text())
    events = trace["traceEvents"]
    spans = [e for e in events if e["ph"] == "X"]
    assert len(spans) == len(layer_run.timeline)
    names = {e["args"]["name"] for e in events if e["name"] == "thread_name"}
    assert names == {"dma_in", "array", "vector", "dma_out", "link"}
    first = layer_run.timeline[0]
    assert spans[0]["ts"] == pytest.approx(first.start / 1.05e9 * 1e6)
    assert all(e["dur"] >= 0 for e in spans)


def test_csv_has_one_row_per_op(tmp_path, layer_run):
    path = tmp_path / "ops.csv"
    report.write_csv(layer_run, path)
    rows = list(csv.DictReader(path.open()))
    assert [r["name"] for r in rows] == [op.name for op in layer_run.ops]
    assert float(rows[0]["energy_j"]) == pytest.approx(layer_run.ops[0].energy_j)


def test_json_totals_carry_energy_figures(layer_run):
    total = report.run_dict(layer_run)["total"]
    assert {"energy_j", "average_power_w", "pj_per_mac", "tops_per_w",
            "breakdown_j"} <= set(total)


def test_a_failed_write_leaves_no_file(tmp_path):
    target = tmp_path / "out.json"

    class Boom:
        def __str__(self):
            raise RuntimeError("boom")

    with pytest.raises(TypeError):
        report.atomic_write(target, Boom())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["timeline", "ops", "roofline", "energy"])
def test_each_figure_renders_to_png(tmp_path, layer_run, kind):
    path = tmp_path / f"{kind}.png"
    plot.draw(report.run_dict(layer_run), kind, path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_heatmap_and_comparison_render(tmp_path):
    hw = hardware.load("teach-8x8")
    run = report.run_dict(simulate_gemm(hw, 20, 16, 24, engine="pe"))
    plot.draw(run, "heatmap", tmp_path / "heat.png")
    other = report.run_dict(simulate_gemm(hardware.load("teach-4x4"), 20, 16, 24))
    plot.compare([run, other], ["8x8", "4x4"], tmp_path / "compare.png")
    assert (tmp_path / "heat.png").stat().st_size > 0
    assert (tmp_path / "compare.png").stat().st_size > 0


def test_a_heatmap_needs_pe_counts(layer_run, tmp_path):
    with pytest.raises(SystolicError, match="engine pe"):
        plot.draw(report.run_dict(layer_run), "heatmap", tmp_path / "x.png")
