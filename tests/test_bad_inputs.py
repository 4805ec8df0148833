"""The bad-input catalogue: every case ends as one line on stderr and exit code 2.

Each case is a command line, and maybe a file the command reads, that a user
could get wrong: bad numbers, unknown names, malformed or mistyped files,
absurd machines, inconsistent models, traces with huge or missing fields.
Every case must give a one-line error that starts with ``systolic: error:``
or the parser's ``systolic ...: error:``, exit 2, print no traceback and
leave no file behind. Cases run in-process through ``main(argv)``; a
hypothesis test adds random argument vectors on top of the fixed catalogue.
"""

from __future__ import annotations

import contextlib
import io
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.cli import main
from systolic.spec import hardware, schema
from systolic.spec.fields import METADATA_KEY
from systolic.spec.presets import parse, preset_file_text

BAD_NUMBERS = ["0", "-1", "x", "1.5", "", "1e30", "nan", "inf", "-inf", "99999999999999999999999"]
GEMM = ["gemm", "--hw", "teach-4x4", "-M", "4", "-N", "4", "-K", "4"]
RUN = ["run", "--hw", "teach-8x8", "--model", "gpt2", "--seq", "16", "--layers", "1"]


def _replace(argv: list[str], flag: str, value: str) -> list[str]:
    i = argv.index(flag)
    return argv[:i + 1] + [value] + argv[i + 2:]


def _cli_cases() -> list[tuple[str, list[str]]]:
    cases = []
    for flag in ("-M", "-N", "-K"):
        cases += [(f"gemm {flag} {v!r}", _replace(GEMM, flag, v)) for v in BAD_NUMBERS]
    for flag in ("--seq",):
        cases += [(f"run {flag} {v!r}", _replace(RUN, flag, v)) for v in BAD_NUMBERS]
    for flag, values in (("--rows", BAD_NUMBERS), ("--cols", BAD_NUMBERS),
                         ("--sram-kb", ["0", "-1", "x", "inf", "nan"]),
                         ("--bandwidth-words", ["0", "-1", "x", "inf", "nan"]),
                         ("--dataflow", ["xs", "", "WS"]), ("--dtype", ["int3", "", "bf8"]),
                         ("--engine", ["slow"]), ("--compat", ["timeloop"]),
                         ("--hw", ["nope", "missing.toml", "/nonexistent/x.toml", ""])):
        cases += [(f"gemm {flag} {v!r}", GEMM + [flag, v]) for v in values]
    cases += [(f"run --batch {v!r}", RUN + ["--batch", v]) for v in BAD_NUMBERS]
    cases += [(f"run --tp {v!r}", RUN + ["--tp", v]) for v in BAD_NUMBERS]
    cases += [
        ("run without model or trace", ["run", "--hw", "teach-4x4"]),
        ("run with model and trace", RUN + ["--trace", "t.jsonl"]),
        ("run unknown model", ["run", "--model", "gpt5"]),
        ("run missing trace", ["run", "--trace", "missing.jsonl"]),
        ("run trace as a folder", ["run", "--trace", "."]),
        ("run bad weight dtype", RUN + ["--weight-dtype", "int3"]),
        ("run bad phase", RUN + ["--phase", "train-ish"]),
        ("run bad fusion", RUN + ["--fusion", "maybe"]),
        ("gemm takes no fusion", GEMM + ["--fusion", "on"]),
        ("run bad shadow registers", RUN + ["--shadow-registers", "both"]),
        ("run mapping missing", RUN + ["--mapping", "missing.toml"]),
        ("run mapping a folder", RUN + ["--mapping", "."]),
        ("run mapping-out into a missing folder", RUN + ["--mapping-out", "no/such/m.toml"]),
        ("gemm pe engine with scalesim", GEMM + ["--engine", "pe", "--compat", "scalesim"]),
        ("gemm unsupported dtype", ["gemm", "--hw", "tpu-v1", "-M", "4", "-N", "4", "-K", "4",
                                    "--dtype", "bf16"]),
        ("gemm too many tiles", ["gemm", "--hw", "teach-4x4", "-M", "2147483647", "-N",
                                 "2147483647", "-K", "2147483647"]),
        ("no command", []), ("unknown command", ["simulate"]),
        ("presets show unknown", ["presets", "show", "nope"]),
        ("presets show nothing", ["presets", "show"]),
        ("presets bad action", ["presets", "delete"]),
        ("plot missing result", ["plot", "missing.json", "--kind", "ops", "-o", "x.png"]),
        ("plot bad kind", ["plot", "r.json", "--kind", "pie", "-o", "x.png"]),
        ("explain missing result", ["explain", "missing.json", "layer.q_proj"]),
        ("explain not a result", ["explain", "r.json", "layer.q_proj"]),
        ("explain no op", ["explain", "r.json"]),
        ("step too large an array", ["step", "--rows", "9", "-M", "2", "-N", "2", "-K", "2"]),
        ("step too many cycles", ["step", "-M", "600", "-N", "2", "-K", "2"]),
        ("step negative cycle", ["step", "-M", "2", "-N", "2", "-K", "2", "--cycle", "-1"]),
        ("animate bad suffix", ["animate", "-M", "2", "-N", "2", "-K", "2", "-o", "x.txt"]),
        ("animate zero fps", ["animate", "-M", "2", "-N", "2", "-K", "2", "-o", "x.gif",
                              "--fps", "0"]),
        ("lab unknown number", ["lab", "key", "9", "--seed", "s"]),
        ("lab no seed", ["lab", "key", "1"]),
        ("lab grade missing answers", ["lab", "grade", "1", "--seed", "s", "missing.toml"]),
        ("sweep missing spec", ["sweep", "missing.toml", "-o", "r.csv"]),
        ("sweep-report missing csv", ["sweep-report", "missing.csv"]),
        ("validate compare missing data", ["validate", "compare", "--data", "missing"]),
        ("validate compare unknown machine", ["validate", "compare", "--hw", "nope"]),
        ("trace unknown model", ["trace", "--model", "gpt5", "-o", "t.jsonl"]),
    ]
    return cases


def _preset_cases() -> list[tuple[str, str]]:
    """(name, TOML text): a valid preset with one field made wrong, for every field."""
    base = hardware.preset_text("teach-4x4")
    raw_lines = preset_file_text("teach-4x4").splitlines()
    cases = [("empty file", ""), ("binary garbage", "\x00\xff\xfe garbage ]]["),
             ("duplicate key", preset_file_text("teach-4x4") + "\n[array]\nrows = 2\n"),
             ("unknown section", base + "\n[turbo]\nboost = 2\n")]
    for path, section in schema.sections(hardware.Hardware).items():
        for key, field in section.fields.items():
            check = field.metadata[METADATA_KEY].check
            for value in ("0", "-1", '"x"', "[]", "nan", "-inf", "true", "1e400"):
                text = _with_value(raw_lines, path, key, value)
                if text is not None and not check(parse(f"v = {value}", "value")["v"]):
                    cases.append((f"[{path}] {key} = {value}", text))
    return cases


def _with_value(lines: list[str], path: str, key: str, value: str) -> str | None:
    """The preset's lines with ``key`` of section ``path`` set to ``value`` (None if absent)."""
    section, out, done = "", [], False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped.strip("[]")
        if section == path and stripped.split("=")[0].strip() == key and not done:
            out.append(f"{key} = {value}")
            done = True
        else:
            out.append(line)
    return "\n".join(out) + "\n" if done else None


TRACE_OPS = {
    "gemm": {"M": 4, "N": 4, "K": 4},
    "elementwise": {"op": "add", "rows": 4, "cols": 4},
    "norm": {"op": "rmsnorm", "rows": 4, "cols": 4},
    "softmax": {"rows": 4, "cols": 4},
    "attention": {"batch": 1, "heads": 2, "kv_heads": 1, "head_dim": 8, "q_len": 4, "kv_len": 4},
    "allreduce": {"bytes": 64, "participants": 2},
    "allgather": {"bytes": 64, "participants": 2, "algorithm": "ring"},
    "alltoall": {"bytes": 64, "participants": 4, "algorithm": "direct"},
    "sendrecv": {"bytes": 64, "participants": 2},
    "embedding": {"tokens": 4, "hidden": 8, "vocab": 16},
}


def _trace_cases() -> list[tuple[str, str]]:
    cases = [("empty trace", ""), ("garbage trace", "\x00\x01{{{"), ("a list", "[1, 2]\n"),
             ("unknown kind", json.dumps({"name": "a", "kind": "conv"})),
             ("no name", json.dumps({"kind": "gemm", "M": 1, "N": 1, "K": 1})),
             ("duplicate names", "\n".join([json.dumps({"name": "a", "kind": "gemm", "M": 1,
                                                        "N": 1, "K": 1})] * 2)),
             ("unknown dependency", json.dumps({"name": "a", "kind": "gemm", "M": 1, "N": 1,
                                                "K": 1, "deps": ["z"]})),
             ("causal queries past the keys", json.dumps({"name": "a", "kind": "attention",
                                                          **TRACE_OPS["attention"],
                                                          "q_len": 64}))]
    for kind, fields in TRACE_OPS.items():
        for key in fields:
            for value in (0, -1, "x", None, 10**30, 1.5, [], True):
                if value is None:
                    record = {k: v for k, v in fields.items() if k != key}
                else:
                    record = {**fields, key: value}
                cases.append((f"{kind} {key}={value!r}",
                              json.dumps({"name": "op", "kind": kind, **record})))
    return cases


CONFIG = {"model_type": "llama", "num_hidden_layers": 2, "hidden_size": 64,
          "num_attention_heads": 4, "num_key_value_heads": 2, "intermediate_size": 128,
          "vocab_size": 256}
OPTIONAL_CONFIG = {"num_key_value_heads", "intermediate_size"}  # defaults: heads, 4 x hidden


def _config_cases() -> list[tuple[str, str]]:
    cases = [("not json", "{"), ("a list", "[]"), ("empty", ""),
             ("unknown family", json.dumps({**CONFIG, "model_type": "rwkv"}))]
    for key in CONFIG:
        if key == "model_type":
            continue
        for value in (0, -1, "x", None, 10**30, 1.5):
            if value is None and key in OPTIONAL_CONFIG:
                continue
            config = {k: v for k, v in CONFIG.items() if k != key} if value is None \
                else {**CONFIG, key: value}
            cases.append((f"{key}={value!r}", json.dumps(config)))
    cases.append(("heads do not divide hidden", json.dumps({**CONFIG, "hidden_size": 66})))
    cases.append(("top-k over the experts", json.dumps({**CONFIG, "model_type": "mixtral",
                                                        "num_local_experts": 8,
                                                        "num_experts_per_tok": 9})))
    cases.append(("an unknown activation", json.dumps({**CONFIG, "hidden_act": "swish2"})))
    cases.append(("kv heads do not divide heads", json.dumps({**CONFIG,
                                                                "num_key_value_heads": 3})))
    return cases


def _assert_one_line_error(code: int, err: str, folder) -> None:
    lines = [line for line in err.splitlines() if line]
    assert code == 2, (code, err)
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("systolic"), err
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], "temporary left"


@pytest.mark.parametrize("argv", [c[1] for c in _cli_cases()], ids=[c[0] for c in _cli_cases()])
def test_bad_command_lines(argv, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.json").write_text("{}")
    before = set(tmp_path.iterdir())
    code = _main(argv)
    _assert_one_line_error(code, capsys.readouterr().err, tmp_path)
    assert set(tmp_path.iterdir()) == before


@pytest.mark.parametrize("text", [c[1] for c in _preset_cases()],
                         ids=[c[0] for c in _preset_cases()])
def test_bad_presets(text, tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text(text, errors="surrogateescape")
    code = _main(["gemm", "--hw", str(path), "-M", "4", "-N", "4", "-K", "4"])
    _assert_one_line_error(code, capsys.readouterr().err, tmp_path)


@pytest.mark.parametrize("text", [c[1] for c in _trace_cases()],
                         ids=[c[0] for c in _trace_cases()])
def test_bad_traces(text, tmp_path, capsys):
    path = tmp_path / "t.jsonl"
    path.write_text(text + "\n")
    code = _main(["run", "--hw", "teach-8x8", "--trace", str(path)])
    _assert_one_line_error(code, capsys.readouterr().err, tmp_path)


@pytest.mark.parametrize("text", [c[1] for c in _config_cases()],
                         ids=[c[0] for c in _config_cases()])
def test_bad_model_configs(text, tmp_path, capsys):
    path = tmp_path / "config.json"
    path.write_text(text)
    code = _main(["run", "--hw", "teach-8x8", "--model", str(path), "--seq", "8",
                  "--layers", "1"])
    _assert_one_line_error(code, capsys.readouterr().err, tmp_path)


def test_the_catalogue_is_large():
    sizes = [len(_cli_cases()), len(_preset_cases()), len(_trace_cases()), len(_config_cases())]
    assert sum(sizes) >= 250, sizes


WORDS = st.sampled_from(["gemm", "run", "step", "presets", "show", "trace", "lab", "key", "explain",
                         "--hw", "--model", "-M", "-N", "-K", "--seq", "--dtype", "--rows",
                         "--tp", "--phase", "decode", "gpt2", "teach-4x4", "0", "-1", "4",
                         "1e9", "nan", "x", "--json", "--plot", "--layers", "--fusion", "on",
                         "breakdown", "--shadow-registers", "--mapping", "--mapping-out"])


@settings(max_examples=60)
@given(argv=st.lists(WORDS, min_size=1, max_size=8))
def test_random_command_lines_never_trace_back(argv, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    err = io.StringIO()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = _main(argv)
    finally:
        os.chdir(cwd)
    assert code in (0, 1, 2) and "Traceback" not in err.getvalue()
    if code == 2:
        assert len([line for line in err.getvalue().splitlines() if line]) == 1


def _main(argv: list[str]) -> int:
    """``main(argv)``, with argparse's SystemExit turned into its code."""
    try:
        return main(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
