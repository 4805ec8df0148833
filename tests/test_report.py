"""Reports: JSON, CSV, Perfetto trace, figures; every file written whole."""

import csv
import hashlib
import json
from importlib import metadata, resources

import pytest

from systolic.cli import main
from systolic.cost import energy
from systolic.errors import SystolicError
from systolic.simulate import simulate_gemm, simulate_model
from systolic.spec import configs, hardware
from systolic.spec.models import RunSpec, build
from systolic.views import files, plot, report


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
        files.atomic_write(target, Boom())
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


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_json_starts_with_schema_kind_and_provenance_of_a_gemm(tmp_path, capsys):
    path = tmp_path / "gemm.json"
    assert main(["gemm", "--hw", "teach-4x4", "-M", "8", "-N", "8", "-K", "8",
                 "--json", str(path)]) == 0
    result = json.loads(path.read_text())
    assert list(result)[:5] == ["schema", "kind", "provenance", "hardware", "settings"]
    assert (result["schema"], result["kind"]) == (1, "gemm")
    preset = resources.files("systolic.spec") / "presets" / "teach-4x4.toml"
    assert result["provenance"] == {
        "tool": "systolic", "version": metadata.version("systolic"),
        "git_commit": report.git_commit(report.SOURCE_CHECKOUT),
        "inputs": {"hardware": _sha256(preset)}, "seed": None}


def test_a_pe_checked_gemm_records_its_seed_and_a_toml_path_its_hash(tmp_path, capsys):
    toml = tmp_path / "mine.toml"
    toml.write_text(hardware.preset_text("teach-4x4"))
    path = tmp_path / "gemm.json"
    assert main(["gemm", "--hw", str(toml), "-M", "8", "-N", "8", "-K", "8", "--engine", "pe",
                 "--seed", "7", "--json", str(path)]) == 0
    provenance = json.loads(path.read_text())["provenance"]
    assert provenance["seed"] == 7
    assert provenance["inputs"] == {"hardware": _sha256(toml)}


def test_a_model_run_and_a_trace_run_hash_what_they_read(tmp_path, capsys):
    path = tmp_path / "run.json"
    assert main(["run", "--hw", "teach-8x8", "--model", "gpt2", "--seq", "16", "--layers", "1",
                 "--json", str(path)]) == 0
    result = json.loads(path.read_text())
    assert result["kind"] == "run"
    assert result["provenance"]["inputs"] == {
        "hardware": _sha256(resources.files("systolic.spec") / "presets" / "teach-8x8.toml"),
        "model": _sha256(configs.MODELS_DIR / "gpt2.json")}
    trace = tmp_path / "t.jsonl"
    trace.write_text('{"name": "g", "kind": "gemm", "M": 8, "N": 8, "K": 8}\n')
    assert main(["run", "--hw", "teach-8x8", "--trace", str(trace), "--json", str(path)]) == 0
    result = json.loads(path.read_text())
    assert result["kind"] == "run" and result["settings"]["trace"] == str(trace)
    assert result["provenance"]["inputs"]["trace"] == _sha256(trace)


def test_settings_keep_their_documented_keys_in_order(layer_run):
    gemm = report.run_dict(simulate_gemm(hardware.load("teach-4x4"), 8, 8, 8, engine="pe"))
    assert list(gemm["settings"]) == ["schedules", "engine", "compat", "dtype", "verification",
                                      "energy_table", "dram_technology"]
    assert list(gemm["settings"]["schedules"][0]) == ["op", "kind", "tiles", "waves", "tile",
                                                      "loop_order", "split_k", "transposed"]
    assert list(gemm["settings"]["verification"]) == ["shapes", "max_abs_error",
                                                      "within_tolerance", "cycles_equal",
                                                      "seed", "busy_macs"]
    assert list(report.run_dict(layer_run)["settings"]) == [
        "schedules", "model", "phase", "batch", "seq", "kv_len", "tp", "dtype", "weight_dtype",
        "layers", "layer_cycles", "part_cycles", "tokens", "flops", "cp", "tpx", "energy_table",
        "dram_technology"]
    scalesim = simulate_gemm(hardware.load("scalesim-default"), 64, 64, 64, compat="scalesim",
                             bandwidth_words=4)
    assert list(report.run_dict(scalesim)["settings"]) == [
        "engine", "compat", "dtype", "bandwidth_words", "energy_table", "dram_technology"]


def test_an_op_lists_its_counted_actions_after_its_energy(layer_run):
    op = report.run_dict(layer_run)["ops"][0]
    keys = list(op)
    assert keys[keys.index("energy_breakdown_j") + 1:] == [
        "dram_read_bytes", "dram_write_bytes", "shared_read_bytes", "sram_input_read_bytes",
        "sram_input_write_bytes", "sram_weight_read_bytes", "sram_weight_write_bytes",
        "sram_output_read_bytes", "sram_output_write_bytes", "vector_ops", "kept_input_bytes",
        "kept_output_bytes", "spilled_bytes", "breakdown_cycles", "repeat", "bound"]
    assert list(op["energy_breakdown_j"]) == list(energy.COMPONENTS)


def _git_folder(root, head: str):
    git = root / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    (git / "HEAD").write_text(head)
    return git


def test_the_commit_is_read_from_the_git_files(tmp_path):
    commit = "0123456789abcdef0123456789abcdef01234567"
    assert report.git_commit(tmp_path) is None  # not a checkout
    git = _git_folder(tmp_path / "branch", "ref: refs/heads/main\n")
    (git / "refs" / "heads" / "main").write_text(commit + "\n")
    assert report.git_commit(tmp_path / "branch") == commit
    git = _git_folder(tmp_path / "packed", "ref: refs/heads/main\n")
    (git / "packed-refs").write_text(f"# pack-refs with: peeled\n{commit} refs/heads/main\n")
    assert report.git_commit(tmp_path / "packed") == commit
    _git_folder(tmp_path / "detached", commit + "\n")
    assert report.git_commit(tmp_path / "detached") == commit
    (tmp_path / "worktree").mkdir()
    (tmp_path / "worktree" / ".git").write_text(f"gitdir: {tmp_path / 'detached' / '.git'}\n")
    assert report.git_commit(tmp_path / "worktree") == commit
