"""The command line's edges: exit codes, one-line errors, outputs checked before
any work, flags that do not apply refused, and no file left by a refused command."""

import errno
import os
import re
import subprocess
import sys
import time

import pytest

from systolic import simulate
from systolic.apps import labs
from systolic.cli import main
from systolic.spec import models
from systolic.views import files, report, stepview

GEMM = ["gemm", "--hw", "teach-4x4", "-M", "4", "-N", "4", "-K", "4"]
GPT2 = ["run", "--model", "gpt2", "--seq", "64", "--layers", "1"]


def run(capsys, *argv):
    """Exit code, stdout and stderr of ``systolic ARGV``, argparse exits included."""
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = stop.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def no_work(monkeypatch):
    """Every entry to the work a command does fails the test: a refusal must come first."""
    def refuse(*args, **kwargs):
        raise AssertionError("work started before the refusal")
    for module, name in ((simulate, "simulate_gemm"), (simulate, "simulate_model"),
                         (simulate, "simulate_ops"), (models, "build"),
                         (stepview, "record"), (labs, "sheet")):
        monkeypatch.setattr(module, name, refuse)


# --- process behaviour -----------------------------------------------------------

def test_a_closed_pipe_exits_141_quietly():
    process = subprocess.Popen([sys.executable, "-m", "systolic.cli", "presets", "show", "h100"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # `| head -0`: the reader is gone before the first write
    stderr = process.stderr.read()
    assert (process.wait(timeout=60), stderr) == (141, b"")


def test_ctrl_c_is_one_line_and_exit_130():
    # The handler sends the process a real SIGINT, as a terminal's Ctrl-C does.
    script = ("import os, signal, sys\n"
              "from systolic.cli import shell, simulation\n"
              "def interrupted(args):\n"
              "    os.kill(os.getpid(), signal.SIGINT)\n"
              "    import time; time.sleep(30)\n"
              "simulation._cmd_gemm = interrupted\n"
              "sys.exit(shell.main(['gemm', '-M', '1', '-N', '1', '-K', '1']))\n")
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                               timeout=60)
    assert (completed.returncode, completed.stdout, completed.stderr) == (
        130, "", "systolic: interrupted\n")


def test_keyboard_interrupt_in_process(capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(simulate, "simulate_gemm", interrupted)
    assert run(capsys, *GEMM) == (130, "", "systolic: interrupted\n")


@pytest.mark.parametrize("argv,message", [
    (["nope"], "argument COMMAND: invalid choice: 'nope' (choose from 'run', 'gemm', 'trace', "
               "'plot', 'explain', 'step', 'animate', 'sweep', 'sweep-report', 'validate', "
               "'plan', 'presets', 'lab')"),
    ([], "the following arguments are required: COMMAND"),
    (["gemm", "-M", "0", "-N", "1", "-K", "1"],
     "argument -M: expected a positive integer, got '0'"),
    (["lab", "key", "one", "--seed", "a"], "argument lab: invalid int value: 'one'"),
    (["lab"], "the following arguments are required: ACTION"),
])
def test_argparse_errors_share_the_one_prefix(capsys, argv, message):
    assert run(capsys, *argv) == (2, "", f"systolic: error: {message}\n")


# --- outputs are checked before any work -------------------------------------------

def _options(tmp_path, path):
    """Each output option of each command, writing ``path``."""
    result = tmp_path / "result.json"
    return [
        [*GEMM, "--json", path], [*GEMM, "--csv", path], [*GEMM, "--perfetto", path],
        [*GEMM, "--plot", "ops", "-o", path], [*GPT2, "--json", path],
        [*GPT2, "--plot", "roofline", "-o", path],
        ["plot", str(result), "--kind", "ops", "-o", path],
        ["animate", "-M", "2", "-N", "2", "-K", "2", "-o", path],
        ["trace", "--model", "gpt2", "-o", path], ["lab", "new", "1", "--seed", "a", "-o", path],
    ]


def _option_of(argv):
    return argv[-2]


@pytest.mark.parametrize("case", range(10))
def test_an_output_in_a_missing_folder_is_refused_first(tmp_path, capsys, no_work, case):
    path = str(tmp_path / "missing" / "out.png")
    argv = _options(tmp_path, path)[case]
    assert run(capsys, *argv) == (
        2, "", f"systolic: error: {_option_of(argv)}: cannot write '{path}': folder "
               f"'{tmp_path / 'missing'}' does not exist\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("case", range(10))
def test_an_output_that_is_a_folder_is_refused_first(tmp_path, capsys, no_work, case):
    folder = tmp_path / "out.png"
    folder.mkdir()
    argv = _options(tmp_path, str(folder))[case]
    assert run(capsys, *argv) == (
        2, "", f"systolic: error: {_option_of(argv)}: cannot write '{folder}': it is a folder\n")
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"] and not any(folder.iterdir())


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_an_output_in_a_read_only_folder_is_refused_first(tmp_path, capsys, no_work):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert run(capsys, *GEMM, "--json", str(folder / "r.json")) == (
            2, "", f"systolic: error: --json: cannot write '{folder / 'r.json'}': folder "
                   f"'{folder}' is not writable\n")
    finally:
        folder.chmod(0o755)


def test_the_default_figure_of_plot_is_checked_too(tmp_path, capsys, no_work, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ops.png").mkdir()
    assert run(capsys, *GEMM, "--plot", "ops") == (
        2, "", "systolic: error: --plot: cannot write 'ops.png': it is a folder\n")


def test_the_answers_template_of_lab_new_is_checked_too(tmp_path, capsys, no_work):
    (tmp_path / "sheet-answers.toml").mkdir()
    answers = tmp_path / "sheet-answers.toml"
    assert run(capsys, "lab", "new", "1", "--seed", "a", "-o", str(tmp_path / "sheet.md")) == (
        2, "", f"systolic: error: -o: cannot write '{answers}': it is a folder\n")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet-answers.toml"]


@pytest.mark.parametrize("argv", [
    [*GEMM, "--plot", "ops", "-o", "{tmp}/fig.xyz"],
    ["plot", "{tmp}/r.json", "--kind", "ops", "-o", "{tmp}/fig.xyz"],
])
def test_a_figure_needs_a_known_suffix(tmp_path, capsys, no_work, argv):
    argv = [arg.format(tmp=tmp_path) for arg in argv]
    assert run(capsys, *argv) == (
        2, "", f"systolic: error: -o: expected a name ending in .png, .svg, .pdf, "
               f"got '{tmp_path}/fig.xyz'\n")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_printed_report(tmp_path, capsys, monkeypatch):
    def disk_full(result, path):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(report, "write_json", disk_full)
    path = tmp_path / "r.json"
    code, out, err = run(capsys, *GEMM, "--json", str(path))
    assert code == 2 and "cycles              226 (compute 14, stalls 212)" in out
    assert err == f"systolic: error: --json: cannot write '{path}': No space left on device\n"
    assert list(tmp_path.iterdir()) == []


# --- temporaries ---------------------------------------------------------------------

def test_temporaries_are_named_ours_and_none_is_left(tmp_path):
    target = tmp_path / "r.json"
    with files.atomic_path(target) as temporary:
        assert re.fullmatch(r"\.r\.json\.systolic-tmp-[^/]+\.json", os.path.basename(temporary))
        assert os.path.dirname(temporary) == str(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_a_failed_write_leaves_no_temporary(tmp_path):
    with pytest.raises(RuntimeError), files.atomic_path(tmp_path / "r.json"):
        raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []


def test_stale_temporaries_of_our_naming_are_removed_when_writing(tmp_path):
    hours_ago = time.time() - 2 * files.STALE_TEMPORARY_S
    stale = tmp_path / ".r.json.systolic-tmp-abcd1234.json"
    fresh = tmp_path / ".r.json.systolic-tmp-efgh5678.json"  # a write still running
    foreign = tmp_path / ".r.json.abcd1234.json"  # not our naming
    other = tmp_path / ".s.json.systolic-tmp-abcd1234.json"  # another target's
    for path in (stale, fresh, foreign, other):
        path.write_text("{")
    for path in (stale, foreign, other):
        os.utime(path, (hours_ago, hours_ago))
    files.atomic_write(tmp_path / "r.json", "{}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [fresh.name, foreign.name, other.name, "r.json"])


# --- every flag means something -----------------------------------------------------

@pytest.mark.parametrize("argv,message", [
    (["run", "--model", "gpt2", "--layers", "2"],
     "--layers: only 1 (a single layer alone) is supported, or gpt2's 12 (the whole model); "
     "got 2"),
    (["run", "--model", "gpt2", "--phase", "decode", "--seq", "64"],
     "--seq: applies to --phase prefill only (decode reads --kv-len)"),
    (["run", "--model", "gpt2", "--kv-len", "64"],
     "--kv-len: applies to --phase decode only (prefill reads --seq)"),
    (["run", "--model", "gpt2", "--phase", "prefill", "--kv-len", "512"],
     "--kv-len: applies to --phase decode only (prefill reads --seq)"),
    (["trace", "--model", "gpt2", "--phase", "decode", "--seq", "64", "-o", "{tmp}/t.jsonl"],
     "--seq: applies to --phase prefill only (decode reads --kv-len)"),
    (["run", "--trace", "{tmp}/t.jsonl", "--layers", "1"],
     "--layers: applies to --model only (a trace's ops are run as written)"),
    (["run", "--trace", "{tmp}/t.jsonl", "--seq", "64"],
     "--seq: applies to --model only (a trace's ops carry their own shapes and dtypes)"),
    (["run", "--trace", "{tmp}/t.jsonl", "--batch", "4"],
     "--batch: applies to --model only (a trace's ops carry their own shapes and dtypes)"),
    (["run", "--trace", "{tmp}/t.jsonl", "--tp", "2"],
     "--tp: applies to --model only (a trace's ops carry their own shapes and dtypes)"),
    (["run", "--trace", "{tmp}/t.jsonl", "--phase", "decode"],
     "--phase: applies to --model only (a trace's ops carry their own shapes and dtypes)"),
    (["run", "--trace", "{tmp}/t.jsonl", "--dtype", "int8"],
     "--dtype: applies to --model only (a trace's ops carry their own shapes and dtypes)"),
    (["run", "--trace", "{tmp}/t.jsonl", "--unfused-attention"],
     "--unfused-attention: applies to --model only (a trace's ops carry their own shapes "
     "and dtypes)"),
    (["gemm", "--hw", "h100", "--rows", "100000", "-M", "8", "-N", "8", "-K", "8"],
     "--rows 100000 on h100: [array] rows: expected a positive integer of at most 65536 "
     "(2**16 PEs a side; the largest arrays built are TPU v1's 256 x 256), got 100000"),
    (["sweep-report", "{tmp}/r.csv", "--plot", "{tmp}/missing/p"],
     "--plot: cannot write '{tmp}/missing/p-pareto.png': folder '{tmp}/missing' does not "
     "exist"),
    (["validate", "compare", "--plot", "{tmp}/missing/p.png"],
     "--plot: cannot write '{tmp}/missing/p.png': folder '{tmp}/missing' does not exist"),
    (["sweep", "{tmp}/s.toml", "-o", "{tmp}/missing/r.csv"],
     "-o: cannot write '{tmp}/missing/r.csv': folder '{tmp}/missing' does not exist"),
    (["run", "--model", "gpt2", "--topology", "gemm"], "--topology: applies to --trace only"),
    ([*GEMM, "-o", "{tmp}/fig.png"], "-o/--output: names the --plot figure; give --plot KIND too"),
    ([*GPT2, "-o", "{tmp}/fig.png"], "-o/--output: names the --plot figure; give --plot KIND too"),
    (["run", "--hw", "tpu-v1", "--model", "gpt2", "--weight-dtype", "bf16"],
     "tpu-v1.toml: weight_dtype: expected one of int8, got 'bf16'"),
])
def test_a_flag_that_does_not_apply_is_refused(tmp_path, capsys, argv, message):
    argv = [arg.format(tmp=tmp_path) for arg in argv]
    message = message.format(tmp=tmp_path)
    assert run(capsys, *argv) == (2, "", f"systolic: error: {message}\n")
    assert list(tmp_path.iterdir()) == []


def test_weight_dtype_is_refused_in_the_words_of_dtype(capsys):
    _, _, weights = run(capsys, "run", "--hw", "tpu-v1", "--model", "gpt2", "--weight-dtype",
                        "bf16")
    _, _, activations = run(capsys, "run", "--hw", "tpu-v1", "--model", "gpt2", "--dtype",
                            "bf16")
    assert weights.replace("weight_dtype:", "dtype:") == activations


def test_layers_equal_to_the_models_count_runs_the_whole_model(capsys):
    whole = run(capsys, "run", "--model", "gpt2", "--seq", "64")
    assert run(capsys, "run", "--model", "gpt2", "--seq", "64", "--layers", "12") == whole
    assert whole[0] == 0 and "layers               12" in whole[1]


def test_explicit_lengths_of_their_own_phase_are_the_defaults(capsys):
    prefill = run(capsys, "run", "--model", "gpt2", "--layers", "1")
    assert run(capsys, "run", "--model", "gpt2", "--layers", "1", "--seq", "512") == prefill
    decode = run(capsys, "run", "--model", "gpt2", "--layers", "1", "--phase", "decode")
    assert run(capsys, "run", "--model", "gpt2", "--layers", "1", "--phase", "decode",
               "--kv-len", "512") == decode
    assert prefill[0] == decode[0] == 0
