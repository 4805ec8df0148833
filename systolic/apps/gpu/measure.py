"""One measurement run: time every case, read the energy of some, list their kernels.

``measure(cases, out_dir)`` runs on the local GPU with PyTorch (on the CPU
when there is none: a dry run that checks every code path) and writes into
``out_dir`` one CSV per group (``gemm.csv``, ``vector.csv``,
``attention.csv``, ``layer.csv``), ``energy.csv``, ``kernels.csv`` and
``metadata.json``. The run is a list of passes:

1. metadata and a warm-up, so the clocks settle;
2. timing: every case (``timing.run_case``), one row each;
3. energy: the idle power over a quiet second, then ``energy_cases`` cases
   chosen over the groups (or every case with ``energy_all``);
4. kernels: the profiler's kernel names of one eager call of each case
   (last: no CUDA graph is captured after the profiler has run).

Every case runs inside ``try``: a failure goes to the ``error`` column and
the run goes on; the CSVs are flushed after every row, so a run cut short
still leaves its rows. Cases past the wall-clock budget are written as
skipped. Progress goes to the ``progress`` callback, one line per step; the
library never prints. TF32 is switched off so fp32 GEMMs are fp32.
"""

from __future__ import annotations

import csv
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from systolic.apps.gpu.cases import GROUP_FILES
from systolic.apps.gpu.cases import split_rule as default_split_rule
from systolic.apps.gpu.environment import (SMI_FIELDS, environment, method, nvidia_smi,
                                           nvidia_smi_performance, warm_gpu)
from systolic.apps.gpu.nvml import EnergyMeter, measure_energy, select_energy_cases
from systolic.apps.gpu.timing import Timer, error_text, profile_case, run_case
from systolic.errors import SystolicError

Progress = Callable[[str], None]

TIMING_COLUMNS = ["flops", "min_bytes", "iters", "median_us", "min_us", "mean_us", "tflops",
                  "gbps", "impl", "error"]
COLUMNS = {
    "gemm.csv": ["name", "split", "model", "ops", "tokens", "batch", "M", "N", "K", "dtype"]
    + TIMING_COLUMNS,
    "vector.csv": ["name", "split", "group", "op", "rows", "cols", "dtype"] + TIMING_COLUMNS,
    "attention.csv": ["name", "split", "model", "phase", "batch", "heads", "kv_heads",
                      "head_dim", "q_len", "kv_len", "causal", "dtype"] + TIMING_COLUMNS,
    "layer.csv": ["name", "split", "model", "family", "phase", "batch", "seq", "kv_len",
                  "dtype"] + TIMING_COLUMNS + ["eager_median_us", "eager_min_us"],
    "energy.csv": ["name", "split", "group", "flops", "min_bytes", "method", "calls",
                   "seconds", "us_per_call", "joules", "j_per_call", "avg_w", "idle_w",
                   "sm_mhz", "temp_c", "error"],
    "kernels.csv": ["name", "group", "n_kernels", "kernel_us", "kernels", "error"],
}
KERNEL_PASS_S = 40.0  # budget kept for the profiler pass on a GPU
ENERGY_CASE_S = 4.5  # budget kept per energy case: ENERGY_SECONDS of replays + set-up
ENERGY_PASS_S = 10.0  # budget kept for the idle reading and the energy pass's set-up
IDLE_SECONDS = 1.0


class CsvSink:
    """Appends rows to the group CSVs, flushing after each row."""

    def __init__(self, out_dir: Path):
        self.files, self.writers = {}, {}
        for name, columns in COLUMNS.items():
            handle = open(out_dir / name, "w", newline="")
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            handle.flush()
            self.files[name], self.writers[name] = handle, writer
        self.counts = {name: 0 for name in COLUMNS}

    def write(self, file: str, row: dict) -> None:
        """Write one row (numbers rounded) and flush."""
        clean = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in row.items()}
        self.writers[file].writerow(clean)
        self.files[file].flush()
        self.counts[file] += 1

    def close(self) -> None:
        """Close every file."""
        for handle in self.files.values():
            handle.close()


@dataclass
class _Run:
    """What every pass of one run shares."""

    device: str
    timer: Timer
    sink: CsvSink
    progress: Progress
    errors: list[str] = field(default_factory=list)


def require_torch():
    """``torch``, or a one-line ``SystolicError`` saying how to install it."""
    try:
        import torch
    except ImportError as err:
        raise SystolicError(f"validate measure needs PyTorch, the 'gpu' extra "
                            f"(pip install 'systolic[gpu]'): {err}") from None
    return torch


def measure(cases: list[dict], out_dir, energy_cases: int = 20, flush_l2: bool = True,
            budget_s: float = 540.0, profile_kernels: bool = True,
            device: str | None = None, energy_all: bool = False,
            split_rule: str = "", progress: Progress | None = None) -> Path:
    """Time every case on the GPU (CPU if none: a dry run), then the energy of
    ``energy_cases`` of them; write the CSVs and ``metadata.json`` into ``out_dir``
    and return it. Cases past the time budget are written as skipped.
    ``split_rule`` describes the cases' split in ``metadata.json`` (default:
    the held-out models and the hash rule); ``progress`` gets one line per step."""
    torch = require_torch()
    started = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    cuda = device.startswith("cuda")
    torch.backends.cuda.matmul.allow_tf32 = False
    torch.backends.cudnn.allow_tf32 = False
    meter = EnergyMeter()
    meta = {"environment": environment(device, meter),
            "nvidia_smi_start": nvidia_smi(SMI_FIELDS) if cuda else {},
            "method": method(device, flush_l2, split_rule or default_split_rule()),
            "energy": {"method": meter.method, "note": meter.reason},
            "cases": len(cases)}
    _write_json(out / "metadata.json", meta)
    report = progress or (lambda line: None)
    env = meta["environment"]
    report(f"device {env.get('gpu')} torch {torch.__version__} driver {env.get('driver')} "
           f"energy {meter.method or meter.reason}")
    warm_gpu(device)
    meta["nvidia_smi_after_warmup"] = nvidia_smi(SMI_FIELDS) if cuda else {}
    run = _Run(device, Timer(device, flush_l2), CsvSink(out), report)
    meta["method"]["flush_us"] = round(run.timer.flush_us, 2)
    energy = list(cases) if energy_all else select_energy_cases(cases, energy_cases)
    end = started + budget_s
    energy_deadline = end - (KERNEL_PASS_S if profile_kernels and cuda else 0.0)
    _time_cases(run, cases, energy_deadline - ENERGY_CASE_S * len(energy) - ENERGY_PASS_S)
    _energy_cases(run, energy, meter, meta, energy_deadline)
    if profile_kernels:
        _kernel_pass(run, cases, end)
    run.sink.close()
    _close_metadata(meta, run, started)
    _write_json(out / "metadata.json", meta)
    report(f"done in {meta['wall_s']} s; rows {run.sink.counts}; {len(run.errors)} errors")
    for line in run.errors:
        report(f"  error: {line}")
    return out


def _write_json(path: Path, data: dict) -> None:
    """``data`` as indented JSON."""
    path.write_text(json.dumps(data, indent=2))


def _close_metadata(meta: dict, run: _Run, started: float) -> None:
    """The end-of-run readings, row counts, errors and wall time."""
    if run.device.startswith("cuda"):
        meta["nvidia_smi_end"] = nvidia_smi(SMI_FIELDS)
        meta["nvidia_smi_performance_end"] = nvidia_smi_performance()
    meta["rows"] = run.sink.counts
    meta["errors"] = run.errors
    meta["wall_s"] = round(time.perf_counter() - started, 1)


def _time_cases(run: _Run, cases: list[dict], deadline: float) -> None:
    """Time every case (skipped past ``deadline``), one CSV row each."""
    for index, case in enumerate(cases, 1):
        if time.perf_counter() > deadline:
            row = dict(case, error="skipped: time budget")
        else:
            row = run_case(case, run.device, run.timer)
        if row.get("error"):
            run.errors.append(f"{case['name']}: {row['error']}")
        run.sink.write(GROUP_FILES[case["group"]], row)
        run.progress(f"[{index}/{len(cases)}] {case['name']}: {timing_summary(row)}")


def timing_summary(row: dict) -> str:
    """One timing row in a line: median, min, iterations, throughput (or its error)."""
    if row.get("error"):
        return row["error"]
    try:
        return (f"median {row['median_us']:.1f} us min {row['min_us']:.1f} us "
                f"({row['iters']} it) {row['tflops']:.2f} TFLOP/s {row['gbps']:.0f} GB/s")
    except (KeyError, TypeError, ValueError):
        return str({k: row.get(k) for k in ("median_us", "min_us", "iters")})


def _energy_cases(run: _Run, energy: list[dict], meter: EnergyMeter, meta: dict,
                  deadline: float) -> None:
    """Idle power, then the energy of each chosen case (skipped past ``deadline``)."""
    idle_w = None
    if meter.method:
        joules, seconds = meter.run(lambda: time.sleep(IDLE_SECONDS), run.timer.sync)
        idle_w = joules / seconds if joules is not None else None
        meta["energy"]["idle_w"] = idle_w
    for index, case in enumerate(energy, 1):
        if time.perf_counter() > deadline:
            row = {"name": case["name"], "split": case["split"], "group": case["group"],
                   "error": "skipped: time budget"}
        else:
            row = _energy_row(run, case, meter, idle_w)
        if not row.get("error") and not meter.method:
            row["error"] = f"no energy: {meter.reason}"
        if row.get("error") and not row["error"].startswith("no energy"):
            run.errors.append(f"energy {case['name']}: {row['error']}")
        run.sink.write("energy.csv", row)
        run.progress(f"[energy {index}/{len(energy)}] {case['name']}: {energy_summary(row)}")


def _energy_row(run: _Run, case: dict, meter: EnergyMeter, idle_w: float | None) -> dict:
    """The energy row of one case; a failure goes to its ``error`` column."""
    try:
        return measure_energy(case, run.device, meter, run.timer, idle_w)
    except Exception as err:  # noqa: BLE001 - record and go on
        try:
            run.timer.sync()
        except Exception:  # noqa: BLE001
            pass
        return {"name": case["name"], "split": case["split"], "group": case["group"],
                "error": error_text(err)}


def energy_summary(row: dict) -> str:
    """One energy row in a line: watts, joules and microseconds per call (or its error)."""
    if row.get("error"):
        return row["error"]
    return (f"{row['avg_w']:.0f} W, {row['j_per_call']:.3e} J/call, "
            f"{row['us_per_call']:.1f} us/call")


def _kernel_pass(run: _Run, cases: list[dict], deadline: float) -> None:
    """Last (no CUDA graph is captured after the profiler runs): the kernels of one eager
    call of each case."""
    if not run.device.startswith("cuda"):
        return
    for case in cases:
        if time.perf_counter() > deadline:
            row = {"name": case["name"], "group": case["group"],
                   "error": "skipped: time budget"}
        else:
            row = profile_case(case, run.device, run.timer)
        run.sink.write("kernels.csv", row)
    run.progress(f"kernels: {run.sink.counts['kernels.csv']} rows")
