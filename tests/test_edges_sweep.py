"""Sweeps that cannot lie: the whole spec checked before a point runs, failures
counted in the exit code, no append to another spec's file, one line ending,
workers that die with their parent, and a Ctrl-C that leaves a resumable file."""

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from systolic.apps import sweep
from systolic.cli import main
from systolic.errors import ConfigError

SPEC = """
base = "teach-8x8"
[parameters]
"array.rows" = [4, 8]
"core.sram.input_bytes" = [16384, 32768]
[[workloads]]
model = "gpt2"
phase = "decode"
batch = 1
kv_len = 16
dtype = "int8"
"""


def _write(tmp_path: Path, text: str = SPEC, name: str = "spec.toml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def _error(tmp_path: Path, old: str, new: str) -> str:
    path = _write(tmp_path, SPEC.replace(old, new))
    with pytest.raises(ConfigError) as caught:
        sweep.load_spec(path)
    return str(caught.value)


# --- (a) the whole spec, before any point -------------------------------------------

@pytest.mark.parametrize("old,new,message", [
    ('"array.rows" = [4, 8]', '"array.rowz" = [4, 8]',
     "spec.toml: [parameters] array.rowz: unknown hardware field (did you mean array.rows?)"),
    ('"array.rows" = [4, 8]', '"zzz" = [4, 8]',
     "spec.toml: [parameters] zzz: unknown hardware field "
     "(systolic presets show NAME lists the fields)"),
    ('"array.rows" = [4, 8]', '"array.rows" = [8, 0]',
     "spec.toml: [parameters] array.rows = 0: [array] rows: expected a positive integer, got 0"),
    ('"array.rows" = [4, 8]', '"array.dataflow" = ["ws", "xs"]',
     "spec.toml: [parameters] array.dataflow = 'xs': [array] dataflow: expected one of "
     "ws, os, is, got 'xs'"),
    ('"array.rows" = [4, 8]', '"array.rows" = []',
     "spec.toml: [parameters] array.rows: expected a non-empty list or "
     "{min, max, steps, scale}, got []"),
    ('"array.rows" = [4, 8]', '"array.rows" = {min = 4, max = 8, steps = 0}',
     "spec.toml: [parameters] array.rows: steps: expected an integer from 1 to 100000, got 0"),
    ('"array.rows" = [4, 8]', '"array.rows" = {min = "a", max = 8}',
     "spec.toml: [parameters] array.rows: expected {min, max} numbers with 0 < min <= max, "
     "got min = 'a', max = 8"),
    ('"array.rows" = [4, 8]', '"array.rows" = [4, 4]',
     "spec.toml: [parameters] array.rows: value 4 appears twice (a range's rounding to "
     "integers can repeat one: fewer steps)"),
    ('"array.rows" = [4, 8]', '"array.rows" = {min = 1, max = 3, steps = 9}',
     "spec.toml: [parameters] array.rows: value 1 appears twice (a range's rounding to "
     "integers can repeat one: fewer steps)"),
    ('base = "teach-8x8"', 'base = "teach-9x9"',
     "spec.toml: base: preset: expected one of a100, h100, h200, scalesim-default, teach-4x4, teach-8x8, "
     "tpu-v1, tpu-v4-like or a path to a .toml file, got 'teach-9x9'"),
    ('model = "gpt2"', 'model = "gpt9"', "spec.toml: workloads[0]: model: expected one of "),
    ('phase = "decode"', 'phase = "decod"',
     "spec.toml: workloads[0] phase: expected one of prefill, decode, train, got 'decod'"),
    ('kv_len = 16', 'seq = 16',
     "spec.toml: workloads[0] seq: applies to phase 'prefill' only, this workload's phase "
     "is 'decode'"),
    ('dtype = "int8"', 'dtype = "int9"',
     "spec.toml: workloads[0] dtype: expected one of "),
    ('batch = 1', 'batch = 0', "spec.toml: workloads[0]: batch: expected a positive integer, "
                               "got 0"),
    ('[[workloads]]', '[constraint]\narea_mm2 = 1\n[[workloads]]',
     "spec.toml: constraint: unknown field (expected one of base, parameters, sampling, "
     "constraints, workloads, objectives)"),
    ('[[workloads]]', '[sampling]\npoints = 4\n[[workloads]]',
     'spec.toml: [sampling] points: applies to method "random" or "lhs" only '
     '(a grid has every combination)'),
    ('[[workloads]]', '[sampling]\nmethod = "lhs"\npoints = 0\n[[workloads]]',
     "spec.toml: [sampling] points: expected an integer from 1 to 100000, got 0"),
    ('"array.rows" = [4, 8]', '"array.rows" = {min = 1, max = 100000, steps = 1000}\n'
                              '"array.cols" = {min = 1, max = 100000, steps = 1000}',
     'spec.toml: [parameters]: the grid has 2000000 points, more than 100000; sample it '
     '([sampling] method = "lhs", points = N)'),
])
def test_every_spec_mistake_is_one_line_naming_the_spec_file(tmp_path, old, new, message):
    assert old in SPEC
    text = _error(tmp_path, old, new)
    assert text.startswith(message) and "\n" not in text


def test_every_field_of_the_hardware_schema_can_be_swept():
    fields = sweep.hardware_fields()
    assert {"array.rows", "core.sram.input_bytes", "memory.dram_bandwidth_bytes_per_s",
            "dtypes.supported", "power.tdp_w"} <= set(fields)


def test_a_spec_that_fails_everywhere_fails_once_and_writes_nothing(tmp_path, capsys):
    path = _write(tmp_path, SPEC.replace("[16384, 32768]", "[8, 16]"))
    output = tmp_path / "out.csv"
    assert main(["sweep", str(path), "-o", str(output), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("systolic: error: spec.toml: the first point (array.rows=4;"
                          "core.sram.input_bytes=8) failed, so no point was run: ")
    assert "SRAM too small for a single" in err and err.count("\n") == 1
    assert not output.exists()


def test_results_to_a_missing_folder_are_refused_before_any_point(tmp_path):
    spec = sweep.load_spec(_write(tmp_path))
    with pytest.raises(ConfigError, match=r"^\S+/nowhere/out.csv: cannot write the results: "
                                          r"folder '\S+/nowhere' does not exist$"):
        sweep.run(spec, tmp_path / "nowhere" / "out.csv", workers=1)


# --- (b) failures in the exit code ----------------------------------------------------

def test_failed_points_give_exit_1_and_a_count(tmp_path, capsys):
    path = _write(tmp_path, SPEC.replace("[16384, 32768]", "[16384, 8]"))
    output = tmp_path / "out.csv"
    assert main(["sweep", str(path), "-o", str(output), "--quiet", "--workers", "1"]) == 1
    assert capsys.readouterr().out == \
        f"4 points run, 2 failed (see the error column of {output})\n"
    assert main(["sweep", str(path), "-o", str(output), "--quiet"]) == 1  # the file still has them
    assert capsys.readouterr().out == (f"0 points run, 0 failed, 4 already in {output} of which "
                                       f"2 failed (see the error column of {output})\n")


def test_points_outside_the_constraints_are_counted_not_failed(tmp_path, capsys):
    path = _write(tmp_path, SPEC.replace("[[workloads]]", "[constraints]\nsram_mib = 0.03\n"
                                                          "[[workloads]]"))
    output = tmp_path / "out.csv"
    assert main(["sweep", str(path), "-o", str(output), "--quiet", "--workers", "1"]) == 0
    assert capsys.readouterr().out == ("4 points run, 0 failed, 2 infeasible (outside the "
                                       "constraints or the DRAM)\n")
    statuses = [line.split(",")[-3] for line in output.read_text().splitlines()[1:]]
    assert statuses == ["ok", "infeasible", "ok", "infeasible"]


# --- (c) no append to another spec's file, (d) one line ending ------------------------------

def test_a_file_with_another_header_is_refused(tmp_path):
    output = tmp_path / "old.csv"
    output.write_text("point,array.rows,latency_s,error\nx,4,1.0,\n")
    with pytest.raises(ConfigError) as caught:
        sweep.run(sweep.load_spec(_write(tmp_path)), output, workers=1)
    assert str(caught.value) == (
        f"{output}: cannot append to it: its header is not this spec's columns (lacks "
        "core.sram.input_bytes, energy_j, edp_js, area_mm2, sram_mib, tokens_per_s, "
        "utilization, status, spec_sha256); write to another file")
    assert output.read_text() == "point,array.rows,latency_s,error\nx,4,1.0,\n"


def test_a_file_of_another_spec_is_refused_and_a_longer_list_resumes(tmp_path):
    output = tmp_path / "out.csv"
    one = _write(tmp_path, SPEC.replace("[4, 8]", "[4]").replace("[16384, 32768]", "[16384]"))
    sweep.run(sweep.load_spec(one), output, workers=1)
    before = output.read_text()
    other = _write(tmp_path, SPEC.replace("batch = 1", "batch = 2"), "other.toml")
    spec = sweep.load_spec(other)
    with pytest.raises(ConfigError) as caught:
        sweep.run(spec, output, workers=1)
    assert str(caught.value) == (
        f"{output}: cannot append to it: its rows come from another spec (spec_sha256 "
        f"{before.split(',')[-1][:12]!r}, this spec {sweep.spec_sha256(spec)[:12]!r}); "
        "write to another file")
    assert output.read_text() == before
    longer = _write(tmp_path, SPEC.replace("[16384, 32768]", "[16384]"), "longer.toml")
    assert sweep.run(sweep.load_spec(longer), output, workers=1).ran == 1


def test_rows_end_in_newline_only_and_a_partial_line_is_dropped(tmp_path):
    spec = sweep.load_spec(_write(tmp_path, SPEC.replace("[4, 8]", "[4]")))
    output = tmp_path / "out.csv"
    sweep.run(spec, output, workers=1)
    complete = output.read_bytes()
    assert b"\r" not in complete and complete.endswith(b"\n")
    output.write_bytes(complete[:complete.rindex(b"\n", 0, -1) + 1] + b"array.rows=4;core")
    assert sweep.run(spec, output, workers=1).ran == 1
    assert output.read_bytes() == complete


# --- (e) workers die with their parent; Ctrl-C leaves a file that resumes ------------------

def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found |= {int(child) for child in task.read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _sweep_process(tmp_path: Path, output: Path, sizes: int = 2) -> subprocess.Popen:
    """A 5-row sweep over ``sizes`` input buffer sizes (5 x 2 points unless asked)."""
    values = ", ".join(str(16384 * 2 ** i if sizes == 2 else 16384 + 1024 * i)
                       for i in range(sizes))
    text = SPEC.replace("[4, 8]", "[4, 5, 6, 7, 8]").replace("[16384, 32768]", f"[{values}]")
    command = [sys.executable, "-m", "systolic.cli", "sweep", str(_write(tmp_path, text)),
               "-o", str(output), "--workers", "2", "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _wait_for(condition, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline and not condition():
        time.sleep(0.05)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_when_their_parent_is_killed(tmp_path):
    process = _sweep_process(tmp_path, tmp_path / "out.csv")
    _wait_for(lambda: len(_children(process.pid)) >= 2)
    workers = _children(process.pid)
    assert len(workers) >= 2
    process.kill()
    process.wait()
    _wait_for(lambda: not any(_alive(w) for w in workers), seconds=10)
    assert not any(_alive(w) for w in workers)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_ends_with_one_line_and_a_file_that_resumes(tmp_path):
    output = tmp_path / "out.csv"
    process = _sweep_process(tmp_path, output)
    _wait_for(lambda: output.exists() and output.read_text().count("\n") >= 3)
    workers = _children(process.pid)
    os.killpg(process.pid, signal.SIGINT)  # the terminal's Ctrl-C: the whole group
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("systolic: interrupted: ") and \
        lines[0].endswith(f" of 10 points are in {output}; the same command resumes")
    assert not any(_alive(w) for w in workers)
    partial = output.read_text()
    assert partial.endswith("\n")
    done = len(partial.splitlines()) - 1
    assert f"interrupted: {done} of 10" in lines[0]
    spec = sweep.load_spec(tmp_path / "spec.toml")
    assert sweep.run(spec, output, workers=1).ran == 10 - done
    reference = tmp_path / "reference.csv"
    sweep.run(spec, reference, workers=1)
    assert output.read_text() == reference.read_text()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_killed_from_outside_ends_the_sweep_in_one_line(tmp_path):
    output = tmp_path / "out.csv"
    process = _sweep_process(tmp_path, output, sizes=12)  # long enough not to end first
    _wait_for(lambda: output.exists() and output.read_text().count("\n") >= 2
              and _children(process.pid))
    assert process.poll() is None, "the sweep ended before a worker could be killed"
    os.kill(min(_children(process.pid)), signal.SIGKILL)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert err == ("systolic: error: a worker process died (killed from outside, or by the "
                   "system for lack of memory?); the rows before it are kept and the same "
                   "command resumes\n")
    assert output.read_text().endswith("\n")


def test_a_point_whose_dram_cannot_hold_the_model_is_infeasible_not_failed(tmp_path, capsys):
    spec = tmp_path / "spec.toml"
    spec.write_text('base = "teach-8x8"\n[parameters]\n'
                    '"memory.capacity_bytes" = [1000, 1000000000]\n[[workloads]]\nmodel = "gpt2"\nphase = "prefill"\nseq = 16\n')
    output = tmp_path / "r.csv"
    assert main(["sweep", str(spec), "-o", str(output), "--workers", "1", "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("2 points run, 0 failed, 1 infeasible")
    rows = {row["point"]: row for row in csv.DictReader(output.open())}
    assert rows["memory.capacity_bytes=1000"]["status"] == "infeasible"
    assert rows["memory.capacity_bytes=1000"]["error"].startswith("capacity: gpt2 needs")
    assert rows["memory.capacity_bytes=1000000000"]["status"] == "ok"
