"""Accuracy against the committed H100 measurements: held-out MAPE must not regress.

The bounds are the accuracy reached when the H100 preset was fitted (on the
calibration rows only), plus a small margin, so a model change that makes
the simulator worse on data it never saw fails here. The issue's targets
(GEMM <= 15 % and <= 10 % for M >= 512, layers <= 15 %, vector and
attention <= 20 %, energy <= 20 %) are all looser than the held-out bounds;
the out-of-sample set (models measured after the fit) misses one of them,
energy, and its bound says so.
"""

from pathlib import Path

import pytest

from systolic.apps.gpu.compare import compare, load_energy, load_measurements, summary
from systolic.cli import main
from systolic.spec import hardware

DATA = Path(__file__).resolve().parent.parent / "workloads" / "gpu" / "h100"
HELDOUT_BOUNDS = {  # group: reached when fitted + margin (percent)
    "gemm": 10.0, "gemm_m512": 8.5, "vector": 14.5, "attention": 11.5, "layer": 10.5,
    "energy": 17.0,
}


FRESH = DATA.parent / "h100-fresh"
FRESH_BOUNDS = {  # out of sample: models measured after the fit, repeats of DATA left out
    "gemm": 9.0, "gemm_m512": 6.0, "vector": 18.5, "attention": 12.5, "layer": 9.5,
    "energy": 24.0,
}


@pytest.fixture(scope="module")
def fresh():
    known = {r["name"] for r in load_measurements(DATA)}
    rows = [r for r in load_measurements(FRESH) if r["name"] not in known]
    assert {r["split"] for r in rows} == {"heldout"} and len(rows) == 86
    return summary(compare(hardware.load("h100"), rows, load_energy(FRESH)))["heldout"]


@pytest.mark.parametrize("group,bound", FRESH_BOUNDS.items())
def test_out_of_sample_mape_does_not_regress(fresh, group, bound):
    assert fresh[group] is not None and fresh[group] <= bound


@pytest.fixture(scope="module")
def heldout():
    rows = [r for r in load_measurements(DATA) if r["split"] == "heldout"]
    return summary(compare(hardware.load("h100"), rows, load_energy(DATA)))["heldout"]


@pytest.mark.parametrize("group,bound", HELDOUT_BOUNDS.items())
def test_heldout_mape_does_not_regress(heldout, group, bound):
    assert heldout[group] is not None and heldout[group] <= bound


def test_the_split_holds_out_whole_models():
    rows = load_measurements(DATA)
    for row in rows:
        if row.get("model") in ("mistral-7b", "qwen2-7b"):
            assert row["split"] == "heldout", row["name"]
    assert {r["split"] for r in rows} == {"calibration", "heldout"}


def test_validate_compare_prints_a_table_and_draws_the_figure(tmp_path, capsys):
    subset = tmp_path / "data"
    subset.mkdir()
    for name in ("gemm.csv", "vector.csv"):
        lines = (DATA / name).read_text().splitlines()
        (subset / name).write_text("\n".join(lines[:6]) + "\n")
    figure = tmp_path / "pvm.png"
    code = main(["validate", "compare", "--hw", "h100", "--data", str(subset),
                 "--plot", str(figure)])
    out = capsys.readouterr().out
    assert code == 0 and "gemm" in out and "held out" in out
    assert figure.read_bytes()[:4] == b"\x89PNG"


def test_compare_leaves_out_cases_of_the_excluded_folder(tmp_path, capsys):
    subset = tmp_path / "data"
    subset.mkdir()
    lines = (FRESH / "gemm.csv").read_text().splitlines()
    known = {r["name"] for r in load_measurements(DATA)}
    kept = [line for line in lines[1:] if line.split(",")[0] not in known][:3]
    repeated = [line for line in lines[1:] if line.split(",")[0] in known][:2]
    (subset / "gemm.csv").write_text("\n".join([lines[0], *kept, *repeated]) + "\n")
    assert main(["validate", "compare", "--data", str(subset), "--exclude", str(DATA)]) == 0
    assert "3 measured cases" in capsys.readouterr().out and len(kept) == 3
    (subset / "gemm.csv").write_text("\n".join([lines[0], *repeated]) + "\n")
    assert main(["validate", "compare", "--data", str(subset), "--exclude", str(DATA)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "every case is also in" in err


def test_compare_of_a_folder_without_data_is_one_line(tmp_path, capsys):
    code = main(["validate", "compare", "--data", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "no measurements" in err


def test_measure_refuses_unknown_case_names(tmp_path, capsys):
    code = main(["validate", "measure", "--out", str(tmp_path / "out"),
                 "--only", "gemm/bf16/nope"])
    assert code == 2
    assert "unknown case(s): gemm/bf16/nope" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_cases_of_any_dense_model_include_its_layers_and_can_all_be_held_out():
    from systolic.apps.gpu import cases as gpu_cases

    cases = gpu_cases.measurement_cases(["llama3-8b"], heldout_all=True)
    assert {c["split"] for c in cases} == {"heldout"}
    layers = [c["name"] for c in cases if c["group"] == "layer"]
    assert layers == ["layer/llama3-8b/prefill/b1/s512", "layer/llama3-8b/prefill/b1/s2048",
                      "layer/llama3-8b/decode/b16/kv1024"]
    mixed = gpu_cases.measurement_cases(["llama3-8b"])
    assert {c["split"] for c in mixed} == {"calibration", "heldout"}
