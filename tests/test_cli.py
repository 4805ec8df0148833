"""The command line: what users type and what they see."""

import json
import subprocess
import sys

import pytest

from systolic.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_exiting(capsys, *argv):
    """Like run, for argparse errors that exit through SystemExit."""
    with pytest.raises(SystemExit) as caught:
        main(list(argv))
    captured = capsys.readouterr()
    return caught.value.code, captured.out, captured.err


def test_gemm_prints_tiles_cycles_stalls_time_utilization_and_traffic(capsys):
    code, out, err = run(capsys, "gemm", "--hw", "teach-4x4", "-M", "4", "-N", "4", "-K", "4")
    assert code == 0 and err == ""
    # One tile: load 32 B at 4 B/cycle after 100 cycles of latency (108), compute 14,
    # store 16 B after 100 cycles of latency (104).
    assert "tiles               1 of 4x4x4, loop nmk, 1 wave(s)" in out
    assert "folds               1" in out
    assert "cycles              226 (compute 14, stalls 212)" in out
    assert "time                226.000 ns at 1000 MHz" in out
    assert "utilization         1.77 % of 16 MACs/cycle" in out
    assert "DRAM                read 32.000 B, written 16.000 B" in out


def test_overrides_change_the_array(capsys):
    _, out, _ = run(capsys, "gemm", "--hw", "teach-4x4", "--rows", "2", "--cols", "2",
                    "--dataflow", "os", "-M", "4", "-N", "4", "-K", "4", "--sram-kb", "64")
    assert "1 core(s) x 1 array(s) of 2x2, os dataflow" in out
    assert "compute 24," in out  # 4 folds of 4 + 2 + 2 - 2


def test_doubling_bandwidth_words_shortens_a_memory_bound_gemm(tmp_path, capsys):
    cycles = []
    for words in ("1", "2"):
        path = tmp_path / f"{words}.json"
        run(capsys, "gemm", "--hw", "teach-8x8", "-M", "256", "-N", "256", "-K", "256",
            "--bandwidth-words", words, "--json", str(path))
        cycles.append(json.loads(path.read_text())["total"]["cycles"])
    assert cycles[1] < cycles[0]


def test_scalesim_compat_mode_reports_its_cycles(capsys):
    _, out, _ = run(capsys, "gemm", "--hw", "teach-4x4", "--dataflow", "os", "-M", "4",
                    "-N", "4", "-K", "4", "--compat", "scalesim")
    assert "cycles              9 (compute 9, stalls 0)" in out
    assert "SCALE-Sim 3.0.0 conventions" in out


def test_pe_engine_checks_cycles_and_products(capsys):
    code, out, _ = run(capsys, "gemm", "--hw", "teach-8x8", "-M", "13", "-N", "9", "-K", "17",
                       "--engine", "pe", "--dtype", "bf16")
    assert code == 0
    assert "PE-level engine agrees" in out and "cycles equal True" in out


def test_pe_and_fast_engines_agree(tmp_path, capsys):
    results = {}
    for engine in ("fast", "pe"):
        path = tmp_path / f"{engine}.json"
        run(capsys, "gemm", "--hw", "teach-8x8", "-M", "21", "-N", "10", "-K", "9",
            "--engine", engine, "--json", str(path))
        results[engine] = json.loads(path.read_text())
    assert results["fast"]["ops"][0]["cycles"] == results["pe"]["ops"][0]["cycles"]
    assert results["fast"]["total"] == results["pe"]["total"]


def test_json_follows_the_documented_shape(tmp_path, capsys):
    path = tmp_path / "out.json"
    run(capsys, "gemm", "--hw", "tpu-v1", "-M", "512", "-N", "768", "-K", "768",
        "--json", str(path))
    result = json.loads(path.read_text())
    assert list(result) == ["schema", "kind", "provenance", "hardware", "settings", "ops",
                            "total", "timeline"]
    op = result["ops"][0]
    assert {"name", "kind", "cycles", "seconds", "stall_cycles", "utilization"} <= set(op)
    assert op["kind"] == "gemm"
    assert op["cycles"] == op["compute_cycles"] + op["stall_cycles"]
    assert result["total"]["cycles"] == op["cycles"]
    assert result["total"]["seconds"] == pytest.approx(op["cycles"] / 700e6)
    assert {"dram_read_bytes", "dram_write_bytes", "sram_input_read_bytes"} <= set(op)
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary left


def test_presets_list_and_show(capsys):
    _, out, _ = run(capsys, "presets")
    assert "tpu-v1" in out and "teach-4x4" in out
    _, out, _ = run(capsys, "presets", "show", "tpu-v1")
    assert out.startswith("# Google TPU v1") and "rows = 256" in out


@pytest.mark.parametrize("argv,message", [
    (["gemm", "-M", "0", "-N", "1", "-K", "1"],
     "systolic: error: argument -M: expected a positive integer, got '0'"),
    (["gemm", "-M", "2.5", "-N", "1", "-K", "1"],
     "systolic: error: argument -M: expected a positive integer, got '2.5'"),
    (["gemm", "-M", "1", "-N", "1", "-K", "1", "--dataflow", "xs"],
     "systolic: error: argument --dataflow: invalid choice: 'xs' "
     "(choose from 'ws', 'os', 'is')"),
    (["gemm", "-M", "1", "-N", "1", "-K", "1", "--rows", "-3"],
     "systolic: error: argument --rows: expected a positive integer, got '-3'"),
    (["gemm", "-M", "1", "-N", "1", "-K", "1", "--bandwidth-words", "0"],
     "systolic: error: argument --bandwidth-words: expected a positive number, got '0'"),
    (["gemm", "-M", "1", "-N", "1", "-K", "1", "--sram-kb", "nan"],
     "systolic: error: argument --sram-kb: expected a positive number, got 'nan'"),
])
def test_bad_arguments_are_one_line_and_exit_2(capsys, argv, message):
    code, out, err = run_exiting(capsys, *argv)
    assert code == 2 and out == ""
    assert err.strip().replace('"', "'") == message.replace('"', "'")


@pytest.mark.parametrize("argv,message", [
    (["gemm", "--hw", "tpu-v9", "-M", "1", "-N", "1", "-K", "1"],
     "systolic: error: preset: expected one of a100, h100, h200, scalesim-default, teach-4x4, "
     "teach-8x8, tpu-v1, tpu-v4-like or a path to a .toml file, got 'tpu-v9'"),
    (["gemm", "--hw", "tpu-v1", "--dtype", "bf16", "-M", "1", "-N", "1", "-K", "1"],
     "systolic: error: tpu-v1.toml: dtype: expected one of int8, got 'bf16'"),
    (["gemm", "--hw", "tpu-v4-like", "--engine", "pe", "-M", "8", "-N", "8", "-K", "8",
      "--compat", "scalesim"],
     "systolic: error: compat: the PE-level engine runs the native timing only; "
     "drop --compat or use --engine fast"),
    (["presets", "show", "nope"],
     "systolic: error: preset: expected one of a100, h100, h200, scalesim-default, teach-4x4, "
     "teach-8x8, tpu-v1, tpu-v4-like or a path to a .toml file, got 'nope'"),
])
def test_bad_values_are_one_line_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (2, "", message + "\n")


def test_sram_too_small_for_a_fold(capsys):
    code, _, err = run(capsys, "gemm", "--hw", "tpu-v1", "-M", "64", "-N", "64", "-K", "64",
                       "--sram-kb", "1")
    assert code == 2 and "SRAM too small for a single fold" in err and err.count("\n") == 1


def test_pe_engine_refuses_tiles_too_large_to_simulate(capsys, monkeypatch):
    from systolic import verify
    monkeypatch.setattr(verify, "PE_ENGINE_LIMIT_UPDATES", 1e6)
    code, _, err = run(capsys, "gemm", "--hw", "tpu-v1", "--engine", "pe",
                       "-M", "1024", "-N", "1024", "-K", "1024")
    assert code == 2 and "use --engine fast" in err and err.count("\n") == 1


def test_malformed_toml_file(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text("[array]\nrows = = 4\n")
    code, _, err = run(capsys, "gemm", "--hw", str(path), "-M", "1", "-N", "1", "-K", "1")
    assert code == 2 and err.startswith("systolic: error: bad.toml: malformed TOML: ")
    assert err.count("\n") == 1


def test_wrong_type_in_toml_file(tmp_path, capsys):
    from systolic.spec.hardware import preset_text
    path = tmp_path / "bad.toml"
    path.write_text(preset_text("teach-4x4").replace("cores = 1", 'cores = "one"'))
    code, _, err = run(capsys, "gemm", "--hw", str(path), "-M", "1", "-N", "1", "-K", "1")
    assert (code, err) == (2, "systolic: error: bad.toml: [chip] cores: expected a positive "
                              "integer, got 'one'\n")


def test_console_script_runs_without_traceback():
    completed = subprocess.run([sys.executable, "-m", "systolic.cli", "gemm", "-M", "0",
                                "-N", "1", "-K", "1"], capture_output=True, text=True)
    assert completed.returncode == 2 and "Traceback" not in completed.stderr
    assert completed.stderr.count("\n") == 1


def test_run_a_model_prints_ops_layer_and_totals(tmp_path, capsys):
    path = tmp_path / "run.json"
    code, out, _ = run(capsys, "run", "--hw", "tpu-v4-like", "--model", "llama2-7b",
                       "--phase", "decode", "--batch", "4", "--kv-len", "256",
                       "--json", str(path))
    assert code == 0
    assert out.startswith("llama2-7b (decode, batch 4, KV cache 256, bf16) on tpu-v4-like")
    assert "layer.attention" in out and "lm_head" in out and "layers               32" in out
    assert "tokens/s" in out
    result = json.loads(path.read_text())
    assert result["settings"]["layers"] == 32
    layer = [op for op in result["ops"] if op["name"].startswith("layer.")]
    assert all(op["repeat"] == 32 for op in layer)
    assert {op["bound"] for op in result["ops"]} <= {"compute", "memory", "link"}
    total = sum(op["cycles"] * op["repeat"] for op in result["ops"])
    assert result["total"]["cycles"] == total


def test_run_one_layer_alone(capsys):
    _, out, _ = run(capsys, "run", "--model", "gpt2", "--seq", "64", "--layers", "1")
    assert "embed_tokens" not in out and "lm_head" not in out
    assert "layers               1" in out


def test_trace_then_run_the_trace(tmp_path, capsys):
    path = tmp_path / "gpt2.jsonl"
    code, out, _ = run(capsys, "trace", "--model", "gpt2", "--seq", "32", "-o", str(path))
    assert code == 0 and out == f"wrote 125 ops to {path}\n"
    code, out, _ = run(capsys, "run", "--hw", "teach-8x8", "--sram-kb", "256",
                       "--trace", str(path))
    assert code == 0 and "L11.down_proj" in out


def test_run_a_scalesim_topology(tmp_path, capsys):
    path = tmp_path / "net.csv"
    path.write_text("Layer, M, N, K,\nqkv, 64, 96, 32,\nout, 64, 32, 32,\n")
    code, out, _ = run(capsys, "run", "--hw", "scalesim-default", "--trace", str(path),
                       "--topology", "gemm")
    assert code == 0 and "qkv" in out and "out" in out


@pytest.mark.parametrize("argv,message", [
    (["run", "--model", "gpt5"], "systolic: error: model: expected one of bert-base"),
    (["run"], "systolic: error: run: expected exactly one of --model or --trace"),
    (["run", "--model", "bert-base", "--phase", "decode"],
     "systolic: error: bert-base.json: phase: BERT is an encoder"),
])
def test_run_errors_are_one_line(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2 and err.startswith(message) and err.count("\n") == 1


def test_a_bad_trace_line_is_reported(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"name": "a", "kind": "gemm", "M": 4, "N": 4, "K": 4}\n'
                    '{"name": "b", "kind": "gemm", "M": 0, "N": 4, "K": 4}\n')
    code, _, err = run(capsys, "run", "--trace", str(path))
    assert (code, err) == (2, "systolic: error: bad.jsonl:2: M: expected a positive integer, "
                              "got 0\n")


def test_run_writes_csv_perfetto_and_figures(tmp_path, capsys):
    code, out, _ = run(capsys, "run", "--model", "gpt2", "--seq", "64", "--layers", "1",
                       "--json", str(tmp_path / "r.json"), "--csv", str(tmp_path / "r.csv"),
                       "--perfetto", str(tmp_path / "r.trace.json"), "--plot", "roofline",
                       "-o", str(tmp_path / "roof.png"))
    assert code == 0 and "energy breakdown" in out
    assert (tmp_path / "roof.png").exists() and (tmp_path / "r.trace.json").exists()
    code, out, _ = run(capsys, "plot", str(tmp_path / "r.json"), "--kind", "ops",
                       "-o", str(tmp_path / "again.png"))
    assert code == 0 and (tmp_path / "again.png").exists()


def test_the_readme_plot_command(tmp_path, capsys):
    code, out, err = run(capsys, "run", "--hw", "tpu-v1", "--model", "bert-base", "--phase",
                       "prefill", "--seq", "128", "--plot", "timeline",
                       "-o", str(tmp_path / "t.png"))
    assert code == 0, err
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"


def test_plot_of_a_missing_result_is_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "plot", str(tmp_path / "none.json"), "--kind", "ops",
                       "-o", str(tmp_path / "x.png"))
    assert code == 2 and err.count("\n") == 1 and "cannot read a result" in err
