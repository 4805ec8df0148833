"""Fuzzing every file the command reads: presets, traces, model configs, sweep
specs, lab answers, mapping files, system descriptions and layouts.

Hypothesis mutates a valid file (one field set to a huge, negative, NaN,
infinite, empty or wrongly typed value, a field added or dropped) or writes
garbage bytes, runs the command that reads it in-process, and asserts what
the bad-input catalogue asserts of fixed cases: no traceback, exit code 0,
1 (a sweep whose points failed) or 2, one line on stderr for an error, no
file left behind but the outputs asked for, and every example within the
hypothesis deadline.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systolic.cli import main
from systolic.spec.configs import load_config
from systolic.spec.presets import parse, preset_file_text

VALUES = st.one_of(
    st.integers(-2**70, 2**70), st.sampled_from([0, -1, 1, 2**63, 10**30]),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12), st.booleans(),
    st.lists(st.integers(-5, 5), max_size=3), st.just([]), st.just({}))
FUZZ = settings(max_examples=25, deadline=20_000, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def toml_text(table: dict, prefix: str = "") -> str:
    """A small TOML writer for the test's own mutated tables (scalars, lists, tables)."""
    scalars = [(k, v) for k, v in table.items() if not isinstance(v, dict)]
    tables = [(k, v) for k, v in table.items() if isinstance(v, dict)]
    lines = [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in scalars]
    for key, sub in tables:
        name = f"{prefix}.{json.dumps(key)}" if prefix else json.dumps(key)
        lines += ["", f"[{name}]", toml_text(sub, name)]
    return "\n".join(lines)


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") \
            if math.isinf(value) else repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}"
                               for k, v in value.items()) + "}"
    if isinstance(value, str):
        return json.dumps(value)
    return str(value)


def leaf_paths(table: dict, path: tuple = ()) -> list[tuple]:
    """Every key path to a non-table value."""
    paths = []
    for key, value in table.items():
        if isinstance(value, dict) and value:
            paths += leaf_paths(value, path + (key,))
        else:
            paths.append(path + (key,))
    return paths


@st.composite
def mutated(draw, base: dict):
    """``base`` with one field replaced, dropped or added."""
    table = json.loads(json.dumps(base))
    path = draw(st.sampled_from(leaf_paths(table)))
    parent = table
    for key in path[:-1]:
        parent = parent[key]
    action = draw(st.sampled_from(["set", "set", "set", "drop", "add"]))
    if action == "drop":
        del parent[path[-1]]
    elif action == "add":
        parent[draw(st.text(min_size=1, max_size=8))] = draw(VALUES)
    else:
        parent[path[-1]] = draw(VALUES)
    return table


GARBAGE = st.one_of(st.binary(max_size=200), st.just(b""), st.just(b"\xff\xfe\x00"),
                    st.text(max_size=200).map(str.encode))


def run_cli(argv: list[str], folder: Path) -> tuple[int, str]:
    err = io.StringIO()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            try:
                code = main(argv)
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        os.chdir(cwd)
    return code, err.getvalue()


def check(code: int, err: str, folder: Path, inputs: set[str],
          outputs: frozenset[str] = frozenset()):
    assert code in (0, 1, 2) and "Traceback" not in err, err
    if code == 2:
        lines = [line for line in err.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("systolic"), err
    left = {p.name for p in folder.iterdir()} - inputs - outputs
    assert not left, left


def write(folder: Path, name: str, data: bytes | str) -> str:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    return name


PRESET = parse(preset_file_text("teach-4x4"), "teach-4x4.toml")


@FUZZ
@given(data=st.one_of(mutated(PRESET).map(toml_text), GARBAGE))
def test_fuzzed_presets(data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("preset")
    name = write(folder, "m.toml", data)
    code, err = run_cli(["gemm", "--hw", name, "-M", "8", "-N", "8", "-K", "8"], folder)
    check(code, err, folder, {name})


TRACE_LINE = {"kind": "gemm", "name": "g", "M": 16, "N": 16, "K": 16, "dtype": "int8"}


@FUZZ
@given(data=st.one_of(mutated(TRACE_LINE).map(lambda op: json.dumps(op) + "\n"), GARBAGE))
def test_fuzzed_traces(data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("trace")
    name = write(folder, "t.jsonl", data)
    code, err = run_cli(["run", "--hw", "teach-4x4", "--trace", name], folder)
    check(code, err, folder, {name})


CONFIG = load_config("gpt2")[1]


@FUZZ
@given(data=st.one_of(mutated(CONFIG).map(json.dumps), GARBAGE))
def test_fuzzed_model_configs(data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("config")
    name = write(folder, "config.json", data)
    code, err = run_cli(["run", "--hw", "teach-8x8", "--model", name, "--seq", "8",
                         "--layers", "1"], folder)
    check(code, err, folder, {name})


SWEEP = {"base": "teach-8x8", "parameters": {"array.rows": [4, 8]},
         "workloads": {"model": "gpt2", "phase": "decode", "kv_len": 8},
         "objectives": {"minimize": ["latency_s", "energy_j"]}}


def sweep_text(spec: dict) -> str:
    """The spec as TOML, its workload as the one ``[[workloads]]`` entry."""
    spec = dict(spec)
    workload = spec.pop("workloads", None)
    text = toml_text(spec)
    if isinstance(workload, dict):
        text += "\n\n[[workloads]]\n" + toml_text(workload)
    return text + "\n"


@FUZZ
@given(data=st.one_of(mutated(SWEEP).map(sweep_text), GARBAGE))
def test_fuzzed_sweep_specs(data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sweep")
    name = write(folder, "s.toml", data)
    code, err = run_cli(["sweep", name, "-o", "r.csv", "--workers", "1", "--quiet"], folder)
    check(code, err, folder, {name}, {"r.csv"})


ANSWERS = {"lab": 3, "seed": "s1", "q1": "1", "q2": "2", "q3": "memory", "q4": "3", "q5": "4"}


@FUZZ
@given(data=st.one_of(mutated(ANSWERS).map(toml_text), GARBAGE))
def test_fuzzed_lab_answers(data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("lab")
    name = write(folder, "a.toml", data)
    code, err = run_cli(["lab", "grade", "3", "--seed", "s1", name], folder)
    check(code, err, folder, {name})


MAPPING = {"name": "g", "tile": [8, 8, 16], "loop_order": "mnk", "split_k": 1,
           "transposed": False, "keep_output": False}


@FUZZ
@given(data=st.one_of(mutated(MAPPING).map(lambda op: "[[op]]\n" + toml_text(op) + "\n"),
                      GARBAGE))
def test_fuzzed_mapping_files(data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("mapping")
    trace = write(folder, "t.jsonl", json.dumps(TRACE_LINE) + "\n")
    name = write(folder, "p.toml", data)
    code, err = run_cli(["run", "--hw", "teach-4x4", "--trace", trace, "--mapping", name,
                         "--mapping-out", "out.toml"], folder)
    check(code, err, folder, {name, trace}, {"out.toml"})


SYSTEM_TOP = {"name": "s", "chip": "teach-8x8"}
SYSTEM_LEVEL = {"name": "sw", "chips": 2, "topology": "switch",
                "link_bandwidth_bytes_per_s": 1e9, "latency_ns": 100}
SYSTEM_RUN = ["--model", "gpt2", "--phase", "decode", "--kv-len", "8", "--batch", "2"]


def system_text(top: dict, level: dict) -> str:
    return toml_text(top) + "\n\n[[level]]\n" + toml_text(level) + "\n"


@FUZZ
@given(data=st.one_of(mutated(SYSTEM_TOP).map(lambda t: system_text(t, SYSTEM_LEVEL)),
                      mutated(SYSTEM_LEVEL).map(lambda lv: system_text(SYSTEM_TOP, lv)),
                      GARBAGE))
def test_fuzzed_system_files(data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("system")
    name = write(folder, "s.toml", data)
    code, err = run_cli(["run", "--system", name, *SYSTEM_RUN, "--layout", "tp=2"], folder)
    check(code, err, folder, {name})


LAYOUT = {"tp": 1, "pp": 2, "dp": 1, "ep": 1, "sp": False, "microbatches": 2}


@FUZZ
@given(data=st.one_of(mutated(LAYOUT).map(toml_text), GARBAGE))
def test_fuzzed_layout_files(data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("layout")
    system = write(folder, "s.toml", system_text(SYSTEM_TOP, SYSTEM_LEVEL))
    name = write(folder, "l.toml", data)
    code, err = run_cli(["run", "--system", system, *SYSTEM_RUN, "--layout", name], folder)
    check(code, err, folder, {name, system})


def test_the_files_fuzzed_are_valid_before_mutation(tmp_path):
    """Each mutation starts from a file the command accepts (exit 0)."""
    cases = [("m.toml", toml_text(PRESET), ["gemm", "--hw", "m.toml", "-M", "8", "-N", "8",
                                            "-K", "8"]),
             ("t.jsonl", json.dumps(TRACE_LINE) + "\n", ["run", "--hw", "teach-4x4",
                                                         "--trace", "t.jsonl"]),
             ("config.json", json.dumps(CONFIG), ["run", "--hw", "teach-8x8", "--model",
                                                  "config.json", "--seq", "8", "--layers", "1"]),
             ("s.toml", sweep_text(SWEEP), ["sweep", "s.toml", "-o", "r.csv", "--workers", "1",
                                            "--quiet"]),
             ("a.toml", toml_text(ANSWERS), ["lab", "grade", "3", "--seed", "s1", "a.toml"]),
             ("p.toml", "[[op]]\n" + toml_text(MAPPING) + "\n",
              ["run", "--hw", "teach-4x4", "--trace", "t.jsonl", "--mapping", "p.toml"]),
             ("s.toml", system_text(SYSTEM_TOP, SYSTEM_LEVEL),
              ["run", "--system", "s.toml", *SYSTEM_RUN, "--layout", "tp=2"]),
             ("l.toml", toml_text(LAYOUT),
              ["run", "--system", "s.toml", *SYSTEM_RUN, "--layout", "l.toml"])]
    for name, text, argv in cases:
        write(tmp_path, name, text)
        code, err = run_cli(argv, tmp_path)
        assert code == 0, (name, err)
