"""Sweeps: deterministic, resumable after a kill, the same on Dask, Pareto-correct."""

import signal
import subprocess
import sys
import time

import pytest

from systolic.apps import sweep
from systolic.errors import ConfigError

SPEC = """
base = "teach-8x8"
[parameters]
"array.rows" = [4, 8]
"array.cols" = [4, 8]
"core.sram.input_bytes" = {min = 4096, max = 16384, steps = 2, scale = "log"}
[constraints]
area_mm2 = 1000
[[workloads]]
model = "gpt2"
phase = "decode"
batch = 2
kv_len = 64
dtype = "int8"
[objectives]
minimize = ["latency_s", "energy_j", "area_mm2"]
"""


@pytest.fixture
def spec_path(tmp_path):
    path = tmp_path / "spec.toml"
    path.write_text(SPEC)
    return path


def test_grid_points_cover_every_combination(spec_path):
    spec = sweep.load_spec(spec_path)
    points = sweep.points(spec)
    assert len(points) == 8
    assert {p["core.sram.input_bytes"] for p in points} == {4096, 16384}


def test_lhs_is_seeded_and_stratified(spec_path, tmp_path):
    text = SPEC.replace("[constraints]", '[sampling]\nmethod = "lhs"\npoints = 5\nseed = 3\n'
                                         "[constraints]")
    path = tmp_path / "lhs.toml"
    path.write_text(text)
    spec = sweep.load_spec(path)
    assert sweep.points(spec) == sweep.points(spec)
    values = sorted(p["core.sram.input_bytes"] for p in sweep.points(spec))
    assert len(set(values)) == 5  # one sample per stratum


def test_a_sweep_run_twice_is_byte_identical(spec_path, tmp_path):
    spec = sweep.load_spec(spec_path)
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    sweep.run(spec, first, workers=1)
    sweep.run(spec, second, workers=2)
    assert first.read_bytes() == second.read_bytes()
    assert sweep.run(spec, first, workers=1).ran == 0  # nothing left to do


def test_a_killed_sweep_resumes_without_duplicates_or_losses(spec_path, tmp_path):
    output = tmp_path / "killed.csv"
    command = [sys.executable, "-m", "systolic.cli", "sweep", str(spec_path), "-o", str(output),
               "--workers", "1", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and (not output.exists() or
                                      output.read_text().count("\n") < 3):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = output.read_text().count("\n") - 1
    assert partial < 8
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reference = tmp_path / "reference.csv"
    sweep.run(sweep.load_spec(spec_path), reference, workers=1)
    assert output.read_text() == reference.read_text()


def test_dask_local_cluster_gives_the_same_rows(spec_path, tmp_path):
    pytest.importorskip("dask.distributed")
    spec = sweep.load_spec(spec_path)
    local, dask = tmp_path / "local.csv", tmp_path / "dask.csv"
    sweep.run(spec, local, workers=1)
    sweep.run(spec, dask, dask_address="local")
    assert local.read_text() == dask.read_text()


def test_failed_points_are_recorded_and_the_sweep_goes_on(tmp_path):
    text = SPEC.replace('"core.sram.input_bytes" = {min = 4096, max = 16384, steps = 2, '
                        'scale = "log"}', '"core.sram.input_bytes" = [16384, 8]')
    path = tmp_path / "bad.toml"
    path.write_text(text)
    output = tmp_path / "out.csv"
    outcome = sweep.run(sweep.load_spec(path), output, workers=1)
    rows = output.read_text().splitlines()
    assert len(rows) == 9
    assert sum(",failed," in r and "SRAM too small for a single" in r for r in rows) == 4
    assert (outcome.ran, outcome.failed, outcome.infeasible) == (8, 4, 0)


def test_pareto_front_keeps_only_non_dominated_points():
    rows = [{"point": "a", "latency_s": 1.0, "energy_j": 5.0},
            {"point": "b", "latency_s": 2.0, "energy_j": 2.0},
            {"point": "c", "latency_s": 3.0, "energy_j": 3.0},
            {"point": "d", "latency_s": 1.0, "energy_j": 6.0}]
    front = sweep.pareto_front(rows, ("latency_s", "energy_j"))
    assert [r["point"] for r in front] == ["a", "b"]


@pytest.mark.parametrize("old,new,message", [
    ('base = "teach-8x8"', 'base = "nope"', "^spec.toml: base: preset: expected one of"),
    ('"array.rows" = [4, 8]', '"array.rows" = {min = 8, max = 4}', r"\[parameters\] array.rows"),
    ('minimize = ["latency_s", "energy_j", "area_mm2"]', 'minimize = ["speed"]',
     r"\[objectives\] minimize"),
    ('model = "gpt2"', 'model = "gpt9"', r"^spec.toml: workloads\[0\]: model: expected one of"),
])
def test_bad_specs_are_one_line(tmp_path, old, new, message):
    path = tmp_path / "spec.toml"
    path.write_text(SPEC.replace(old, new))
    with pytest.raises(ConfigError, match=message):
        sweep.load_spec(path)
