"""Behaviour snapshot: the outputs of a fixed list of commands, saved and compared.

A refactoring must not change what users see. ``save DIR`` runs every command
below as a whole process (the installed ``systolic``) in a scratch folder and
keeps, per command, its stdout, stderr, exit code and every file it wrote.
``compare OLD NEW`` reports each difference: text byte for byte, JSON after
leaving out the keys a later change added on purpose (``ADDED_KEYS``) and
applying the renames it made (``RENAMED_KEYS``, old name -> new name), so that
the comparison states exactly what was allowed to change.

    python benchmarks/behaviour.py save /tmp/before
    ... change the code ...
    python benchmarks/behaviour.py save /tmp/after
    python benchmarks/behaviour.py compare /tmp/before /tmp/after
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "systolic" / "spec" / "model_configs"  # was workloads/models before issue 13
DATA = ROOT / "workloads" / "gpu"
PRESETS = ("h100", "scalesim-default", "teach-4x4", "teach-8x8", "tpu-v1", "tpu-v4-like")

TOPOLOGY_CSV = "Layer, M, N, K,\nproj, 128, 256, 64,\nscore, 64, 64, 32,\n"
SWEEP_TOML = """base = "teach-8x8"
[parameters]
"array.rows" = [4, 8]
"array.cols" = [4, 8]
[[workloads]]
model = "bert-base"
phase = "prefill"
seq = 16
[objectives]
minimize = ["latency_s", "energy_j", "area_mm2"]
"""
BAD_PRESET = '[array]\nrows = 0\n'


def commands() -> list[tuple[str, list[str]]]:
    """(name, argv after ``systolic``) for every command of the snapshot."""
    runs = [
        ("readme-prefill", ["run", "--hw", "tpu-v4-like", "--model", "llama2-7b", "--phase",
                            "prefill", "--seq", "2048", "--json", "out.json"]),
        ("readme-decode", ["run", "--hw", "tpu-v4-like", "--model", "llama2-7b", "--phase",
                           "decode", "--batch", "8", "--kv-len", "4096", "--json", "out.json",
                           "--csv", "out.csv", "--perfetto", "perfetto.json"]),
        ("presets", ["presets"]),
        ("presets-show", ["presets", "show", "tpu-v1"]),
        ("gemm-readme", ["gemm", "--hw", "tpu-v4-like", "-M", "512", "-N", "768", "-K", "768",
                         "--json", "out.json"]),
        ("gemm-pe", ["gemm", "--hw", "teach-8x8", "-M", "40", "-N", "30", "-K", "50",
                     "--engine", "pe", "--dtype", "bf16", "--json", "out.json"]),
        ("gemm-scalesim-user", ["gemm", "--hw", "scalesim-default", "-M", "128", "-N", "768",
                                "-K", "768", "--compat", "scalesim", "--bandwidth-words", "4",
                                "--json", "out.json"]),
        ("gemm-scalesim-calc", ["gemm", "--hw", "scalesim-default", "-M", "128", "-N", "768",
                                "-K", "768", "--compat", "scalesim", "--json", "out.json"]),
        ("gemm-bad-preset", ["gemm", "--hw", "bad.toml", "-M", "64", "-N", "64", "-K", "64"]),
        ("gemm-sram-bw", ["gemm", "--hw", "tpu-v4-like", "-M", "1000", "-N", "300", "-K",
                          "777", "--sram-kb", "64", "--bandwidth-words", "8", "--json",
                          "out.json"]),
        ("gemm-rows-os", ["gemm", "--hw", "tpu-v1", "--rows", "64", "--cols", "32",
                          "--dataflow", "os", "-M", "333", "-N", "222", "-K", "111",
                          "--json", "out.json"]),
    ]
    for preset in PRESETS:
        runs.append((f"gemm-{preset}", ["gemm", "--hw", preset, "-M", "256", "-N", "512",
                                        "-K", "384", "--json", "out.json"]))
        runs.append((f"run-{preset}", ["run", "--hw", preset, "--model", "bert-base",
                                       "--phase", "prefill", "--seq", "128", "--json",
                                       "out.json"]))
    runs += [
        ("gemm-h100-fp8", ["gemm", "--hw", "h100", "-M", "4096", "-N", "4096", "-K", "4096",
                           "--dtype", "fp8", "--json", "out.json"]),
        ("gemm-h100-unaligned", ["gemm", "--hw", "h100", "-M", "1000", "-N", "3000", "-K",
                                 "777", "--json", "out.json"]),
        ("run-h100-decode", ["run", "--hw", "h100", "--model", "llama2-7b", "--phase", "decode",
                             "--batch", "8", "--kv-len", "1024", "--json", "out.json"]),
        ("run-h100-layer", ["run", "--hw", "h100", "--model", "llama3-8b", "--layers", "1",
                            "--seq", "1024", "--json", "out.json"]),
        # 87.2 GiB at TP 1, over the 32 GiB: kept (marked) to compare with before
        ("run-mixtral", ["run", "--hw", "tpu-v4-like", "--model", "mixtral-8x7b", "--phase",
                         "decode", "--batch", "4", "--kv-len", "512", "--allow-over-capacity",
                         "--json", "out.json"]),
        # 32.4 GiB per chip at TP 4, over the 32 GiB: kept (marked) to compare with before
        ("run-70b-tp", ["run", "--hw", "tpu-v4-like", "--model", "llama2-70b", "--phase",
                        "decode", "--batch", "8", "--tp", "4", "--allow-over-capacity",
                        "--json", "out.json"]),
        ("run-over-capacity", ["run", "--hw", "tpu-v4-like", "--model", "llama2-70b",
                               "--phase", "decode", "--json", "out.json"]),
        ("run-int8-weights", ["run", "--hw", "tpu-v4-like", "--model", "llama2-7b", "--phase",
                              "decode", "--weight-dtype", "int8", "--json", "out.json"]),
        ("run-unfused", ["run", "--hw", "tpu-v4-like", "--model", "gpt2", "--seq", "256",
                         "--unfused-attention", "--json", "out.json"]),
        ("run-qwen2", ["run", "--hw", "h100", "--model", "qwen2-7b", "--seq", "512",
                       "--batch", "2", "--json", "out.json"]),
        ("run-model-path", ["run", "--hw", "teach-8x8", "--model", str(MODELS / "gpt2.json"),
                            "--seq", "32", "--json", "out.json"]),
        ("run-sram-bw", ["run", "--hw", "tpu-v4-like", "--model", "bert-large", "--seq", "384",
                         "--sram-kb", "256", "--bandwidth-words", "64", "--json", "out.json"]),
        ("trace", ["trace", "--model", "gpt2", "--seq", "64", "-o", "gpt2.jsonl"]),
        ("run-trace", ["run", "--hw", "tpu-v4-like", "--trace", "gpt2.jsonl", "--json",
                       "out.json"]),
        ("run-topology", ["run", "--hw", "scalesim-default", "--trace", "topo.csv",
                          "--topology", "gemm", "--json", "out.json"]),
        ("step-cycle", ["step", "--rows", "2", "--cols", "2", "-M", "2", "-N", "2", "-K", "2",
                        "--cycle", "3"]),
        ("step-all-os", ["step", "--dataflow", "os", "-M", "3", "-N", "4", "-K", "2"]),
        ("step-shadow", ["step", "--rows", "2", "--cols", "2", "-M", "2", "-N", "3", "-K", "5",
                         "--shadow-registers", "on"]),
        ("run-mapping-out", ["run", "--hw", "tpu-v1", "--model", "gpt2", "--seq", "64",
                             "--mapping-out", "mapping.toml", "--json", "out.json"]),
        ("run-mapping", ["run", "--hw", "tpu-v1", "--model", "gpt2", "--seq", "64",
                         "--mapping", "mapping.toml", "--json", "out.json"]),
        ("lab-list", ["lab", "list"]),
        ("lab-new", ["lab", "new", "3", "--seed", "s1234567", "-o", "lab3.md"]),
        ("lab-key", ["lab", "key", "2", "--seed", "s1234567"]),
        ("lab-grade", ["lab", "grade", "3", "--seed", "s1234567", "lab3-answers.toml"]),
        ("sweep", ["sweep", "sweep.toml", "-o", "results.csv", "--workers", "1", "--quiet"]),
        ("sweep-report", ["sweep-report", "results.csv", "--spec", "sweep.toml"]),
        ("validate-compare", ["validate", "compare", "--hw", "h100", "--data",
                              str(DATA / "h100")]),
        ("validate-fresh", ["validate", "compare", "--hw", "h100", "--data",
                            str(DATA / "h100-fresh"), "--exclude", str(DATA / "h100")]),
    ]
    return runs


def save(folder: Path) -> None:
    """Run every command in one scratch folder, keep its outputs under FOLDER/NAME/."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        (work / "topo.csv").write_text(TOPOLOGY_CSV)
        (work / "sweep.toml").write_text(SWEEP_TOML)
        (work / "bad.toml").write_text(BAD_PRESET)
        inputs = {p.name for p in work.iterdir()}
        for name, argv in commands():
            before = {p.name: p.stat().st_mtime_ns for p in work.iterdir()}
            done = subprocess.run(["systolic", *argv], cwd=work, capture_output=True, text=True)
            target = folder / name
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            (target / "stdout").write_text(done.stdout)
            (target / "stderr").write_text(done.stderr)
            (target / "rc").write_text(f"{done.returncode}\n")
            for path in work.iterdir():
                if path.name not in inputs and before.get(path.name) != path.stat().st_mtime_ns:
                    shutil.copy(path, target / f"file-{path.name}")
            print(f"{name:24s} rc {done.returncode}", flush=True)


# Top-level keys of a JSON result that issues 13 (schema, kind, provenance) and 14
# (a model run's footprint) added (docs/results-schema.md).
ADDED_KEYS = {"schema", "kind", "provenance", "footprint"}
RENAMED_KEYS: dict[str, str] = {}


def _normalised(value, top: bool = True):
    """JSON with the added top-level keys left out and RENAMED_KEYS applied (new -> old)."""
    back = {new: old for old, new in RENAMED_KEYS.items()}
    if isinstance(value, dict):
        return {back.get(k, k): _normalised(v, False) for k, v in value.items()
                if not (top and k in ADDED_KEYS)}
    if isinstance(value, list):
        return [_normalised(v, False) for v in value]
    return value


def _same(old: Path, new: Path) -> bool:
    if old.suffix in (".json", ".jsonl") and old.name != "file-gpt2.jsonl":
        try:
            return _normalised(json.loads(old.read_text())) == \
                _normalised(json.loads(new.read_text()))
        except json.JSONDecodeError:
            pass
    return old.read_bytes() == new.read_bytes()


def compare(old_folder: Path, new_folder: Path) -> int:
    """Print every command whose outputs differ; return the number of differences."""
    differences = 0
    for name, _ in commands():
        old, new = old_folder / name, new_folder / name
        old_files = {p.name for p in old.iterdir()} if old.exists() else set()
        new_files = {p.name for p in new.iterdir()} if new.exists() else set()
        for file in sorted(old_files | new_files):
            if file not in old_files or file not in new_files:
                print(f"{name}: {file} only in {'new' if file in new_files else 'old'}")
                differences += 1
            elif not _same(old / file, new / file):
                print(f"{name}: {file} differs")
                differences += 1
    print(f"{len(commands())} commands, {differences} differences")
    return differences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("save").add_argument("folder", type=Path)
    both = actions.add_parser("compare")
    both.add_argument("old", type=Path)
    both.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.action == "save":
        save(args.folder)
        return 0
    return 1 if compare(args.old, args.new) else 0


if __name__ == "__main__":
    sys.exit(main())
