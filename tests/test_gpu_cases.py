"""The GPU measurement catalogue and its commands, checked without torch.

The counts pin the catalogue the committed H100 data set was measured
with: a change to them changes what a rerun measures, and the data's
README and ``compare``'s bounds would no longer describe it.
"""

import csv
import sys
from collections import Counter
from pathlib import Path

import pytest

from systolic.apps.gpu import cases as gpu_cases
from systolic.cli import main
from systolic.errors import SystolicError

DATA = Path(__file__).resolve().parent.parent / "workloads" / "gpu" / "h100"
DEFAULT_COUNTS = {"gemm.csv": 130, "vector.csv": 60, "attention.csv": 44, "layer.csv": 14}
QUICK_COUNTS = {"gemm.csv": 12, "vector.csv": 9, "attention.csv": 3, "layer.csv": 5}


@pytest.fixture(scope="module")
def default_cases():
    return gpu_cases.measurement_cases(list(gpu_cases.DEFAULT_MODELS))


def test_default_models_give_the_cases_of_the_h100_data_set(default_cases):
    assert gpu_cases.count_by_file(default_cases) == DEFAULT_COUNTS
    assert Counter(c["group"] for c in default_cases) == {
        "gemm": 130, "attention": 44, "elementwise": 36, "norm": 15, "layer": 14,
        "softmax": 9}
    assert Counter(c["split"] for c in default_cases) == {"calibration": 126, "heldout": 122}
    assert Counter(c["dtype"] for c in default_cases if c["group"] == "gemm") == {
        "bf16": 84, "fp16": 21, "fp8": 9, "fp32": 8, "int8": 8}


def test_case_names_are_unique_and_only_copies_have_no_flops(default_cases):
    names = [c["name"] for c in default_cases]
    assert len(names) == len(set(names))
    assert all(c["min_bytes"] > 0 for c in default_cases)
    assert {c["op"] for c in default_cases if c["flops"] == 0} == {"copy"}


def test_catalogue_agrees_with_the_committed_measurements(default_cases):
    by_name = {c["name"]: c for c in default_cases}
    for file in DEFAULT_COUNTS:
        with open(DATA / file, newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == DEFAULT_COUNTS[file]
        for row in rows:
            case = by_name[row["name"]]
            assert row["split"] == case["split"], row["name"]
            assert float(row["flops"]) == pytest.approx(case["flops"]), row["name"]


def test_quick_cases_cover_every_group_with_tiny_shapes():
    quick = gpu_cases.quick_cases()
    assert gpu_cases.count_by_file(quick) == QUICK_COUNTS
    assert {c["group"] for c in quick} == set(gpu_cases.GROUP_FILES)
    assert {c["dtype"] for c in quick if c["group"] == "gemm"} == {
        "bf16", "fp16", "fp32", "fp8", "int8"}
    assert Counter(c["split"] for c in quick) == {"calibration": 21, "heldout": 8}


def test_split_holds_out_the_heldout_models_and_a_stable_third_of_the_rest():
    assert gpu_cases.split_of("anything", "mistral-7b") == "heldout"
    assert gpu_cases.split_of("anything", "qwen2-7b") == "heldout"
    # sha1(name) % 3: 0 for square/1024, 2 for square/256
    assert gpu_cases.split_of("gemm/bf16/square/1024", "square") == "heldout"
    assert gpu_cases.split_of("gemm/bf16/square/256", "square") == "calibration"
    names = [f"case/{i}" for i in range(300)]
    held = sum(gpu_cases.split_of(name) == "heldout" for name in names)
    assert 70 < held < 130


def test_heldout_all_holds_out_every_row_and_says_so():
    cases = gpu_cases.measurement_cases(["gpt2-medium"], heldout_all=True)
    assert {c["split"] for c in cases} == {"heldout"}
    assert gpu_cases.split_rule(True) == "heldout: every row (--heldout-all)"
    assert "mistral-7b, qwen2-7b" in gpu_cases.split_rule(False)


def test_select_cases_keeps_catalogue_order_and_names_every_unknown_case():
    quick = gpu_cases.quick_cases()
    names = [quick[3]["name"], quick[1]["name"]]
    assert [c["name"] for c in gpu_cases.select_cases(quick, names)] == names[::-1]
    assert gpu_cases.select_cases(quick, None) == quick
    with pytest.raises(SystolicError, match=r"unknown case\(s\): a/1, b/2$"):
        gpu_cases.select_cases(quick, ["b/2", names[0], "a/1"])


def test_validate_cases_lists_name_split_flops_and_the_counts(capsys):
    assert main(["validate", "cases", "--quick"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 30
    name, split, flops = lines[0].split(",")
    assert name.startswith("gemm/bf16/tiny-moe/") and split in ("calibration", "heldout")
    assert int(flops) > 0
    assert lines[-1] == f"# {QUICK_COUNTS} total 29"


def test_validate_cases_of_named_models_held_out(capsys):
    assert main(["validate", "cases", "--models", "llama3-8b", "--heldout-all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(line.split(",")[1] == "heldout" for line in lines[:-1])
    assert "layer/llama3-8b/decode/b16/kv1024,heldout," in "\n".join(lines)


def test_validate_measure_help_lists_its_options(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["validate", "measure", "--help"])
    assert stop.value.code == 0
    text = capsys.readouterr().out
    for option in ("--out", "--models", "--quick", "--heldout-all", "--only",
                   "--energy-cases", "--energy-all", "--no-flush", "--no-kernels",
                   "--budget-s", "--device"):
        assert option in text


def test_validate_measure_needs_out(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["validate", "measure", "--quick"])
    assert stop.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_validate_measure_without_torch_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch -> ImportError
    code = main(["validate", "measure", "--quick", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("systolic: error: validate measure needs PyTorch")
    assert not (tmp_path / "out").exists()


def test_unknown_model_is_one_line(capsys):
    assert main(["validate", "cases", "--models", "no-such-model"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
