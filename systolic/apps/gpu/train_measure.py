"""Time whole training steps on a GPU: forward, backward and AdamW step of whole
models, per phase and per kernel, with peak memory and energy.

Why whole models and not single ops: a training step's time is what a user
asks, and the backward (dgrad and wgrad GEMMs, attention's backward, the
gradients of norms and activations, autocast's casts) and the optimizer are
only seen in a real step. Every case runs twice, without and with activation
checkpointing (``torch.utils.checkpoint`` around every layer: full
recompute).

Method (``METHOD`` below, written to ``metadata.json``): fp32 parameters,
``torch.autocast(bfloat16)``, ``torch.optim.AdamW(fused=True)``,
``zero_grad(set_to_none=True)``; ``WARMUP_STEPS`` steps first (the optimizer
state is allocated in the first); then N timed steps, CUDA events at the
phase boundaries, medians reported; NVML energy over the timed steps; peak
memory ``torch.cuda.max_memory_allocated`` over them, the memory allocated
before a step (weights and optimizer state) and right after its forward (plus
what the backward keeps). One more step runs under ``torch.profiler``: every
kernel's time, attributed to the phase whose range launched it.

Files: ``train_steps.csv`` (one row per case and checkpoint setting),
``train_kernels.csv`` (per case, phase and kernel name: calls and total
time), ``metadata.json``. ``split`` is by whole model (``HELDOUT_MODELS``).

Usage, on a GPU machine: ``python -m systolic.apps.gpu.train_measure OUT_DIR [MODEL ...]``.
"""

from __future__ import annotations

import csv
import json
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from systolic.apps.gpu.environment import SMI_FIELDS, environment, nvidia_smi, warm_gpu
from systolic.apps.gpu.nvml import EnergyMeter
from systolic.spec.configs import load_config, shape_of


@dataclass(frozen=True)
class TrainCase:
    model: str
    batch: int
    seq: int


# Four calibration models, three held out (whole models, a third or more of the rows).
CALIBRATION_MODELS = ("gpt2", "gpt2-xl", "qwen2.5-0.5b", "tinyllama-1.1b")
HELDOUT_MODELS = ("gpt2-medium", "llama3.2-1b", "llama3.2-3b")
# (batch, seq): each model at two shapes of the same token count per step.
SHAPES = {"gpt2": ((8, 1024), (16, 512)), "gpt2-medium": ((8, 1024), (16, 512)),
          "gpt2-xl": ((4, 1024), (8, 512)), "qwen2.5-0.5b": ((4, 2048), (8, 1024)),
          "tinyllama-1.1b": ((4, 2048), (8, 1024)), "llama3.2-1b": ((4, 2048), (8, 1024)),
          "llama3.2-3b": ((2, 2048), (4, 1024))}
CASES = tuple(TrainCase(model, b, s) for model in CALIBRATION_MODELS + HELDOUT_MODELS
              for b, s in SHAPES[model])
WARMUP_STEPS = 3
TARGET_SECONDS = 1.5  # timed steps per case: N = this / (a warm-up step), clamped
MIN_STEPS, MAX_STEPS = 8, 40
LEARNING_RATE = 1e-4
PHASES = ("forward", "backward", "optimizer")
KERNEL_CATEGORIES = ("kernel", "gpu_memset", "gpu_memcpy")
LAUNCH_CATEGORIES = ("cuda_runtime", "cuda_driver")  # cuBLAS and cuDNN launch through the driver
METHOD = {
    "precision": "fp32 parameters (master weights), torch.autocast(cuda, bfloat16)",
    "optimizer": f"torch.optim.AdamW(lr={LEARNING_RATE:g}, fused=True), "
                 "zero_grad(set_to_none=True)",
    "loss": "F.cross_entropy over every token (labels: the ids rolled by one)",
    "checkpoint": "torch.utils.checkpoint(layer, use_reentrant=False) around each layer",
    "timing": f"{WARMUP_STEPS} warm-up steps; N = {TARGET_SECONDS:g} s / (one warm-up step) "
              f"clamped to [{MIN_STEPS}, {MAX_STEPS}] timed steps; CUDA events at the phase "
              "boundaries (forward includes the loss; optimizer includes zero_grad); medians",
    "memory": "torch.cuda.max_memory_allocated over the timed steps (reset before them); "
              "memory_allocated before a step and right after its forward",
    "kernels": "one more step under torch.profiler; each kernel is given the phase whose "
               "record_function range launched it (CUDA runtime correlation)",
    "energy": "NVML total-energy counter over the timed steps, divided by N",
    "inputs": "random token ids (torch.randint), random weights (std 0.02), seed 0"}
STEP_FIELDS = ["model", "family", "split", "batch", "seq", "tokens", "checkpoint",
               "parameters", "steps", "step_ms", "step_ms_min", "step_ms_max", "forward_ms",
               "backward_ms", "optimizer_ms", "forward_kernel_ms", "backward_kernel_ms",
               "optimizer_kernel_ms", "kernels", "static_bytes", "after_forward_bytes",
               "peak_bytes", "energy_j", "loss", "error"]
KERNEL_FIELDS = ["model", "batch", "seq", "checkpoint", "phase", "kernel", "calls", "total_us",
                 "grid", "block"]


class TrainStep:
    """One model, its optimizer and its input on the device; ``run(events)`` does a
    step, recording the four phase boundaries on ``events`` if given."""

    def __init__(self, case: TrainCase, checkpoint: bool, device: str):
        import torch

        from systolic.apps.gpu.train_model import Model
        torch.manual_seed(0)
        source, config = load_config(case.model)
        self.shape = shape_of(config, source)
        self.model = Model(self.shape, case.seq, checkpoint).to(device)
        self.parameters = sum(p.numel() for p in self.model.parameters())
        self.optimizer = torch.optim.AdamW(self.model.parameters(), lr=LEARNING_RATE,
                                           fused=True)
        self.tokens = torch.randint(0, self.shape.vocab, (case.batch, case.seq), device=device)
        self.loss = float("nan")

    def forward(self):
        import torch
        with torch.autocast("cuda", dtype=torch.bfloat16):
            return self.model(self.tokens)

    def run(self, events=None) -> None:
        def mark(i):
            if events is not None:
                events[i].record()
        mark(0)
        loss = self.forward()
        mark(1)
        loss.backward()
        mark(2)
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        mark(3)
        self.loss = loss.detach()


def _time_steps(step: TrainStep, meter: EnergyMeter) -> dict:
    import torch
    sync = torch.cuda.synchronize
    t0 = time.perf_counter()
    for _ in range(WARMUP_STEPS):
        step.run()
    sync()
    one = (time.perf_counter() - t0) / WARMUP_STEPS
    count = max(MIN_STEPS, min(MAX_STEPS, round(TARGET_SECONDS / one)))
    events = [[torch.cuda.Event(enable_timing=True) for _ in range(4)] for _ in range(count)]
    static = torch.cuda.memory_allocated()
    torch.cuda.reset_peak_memory_stats()
    joules, _ = meter.run(lambda: [step.run(e) for e in events], sync)
    peak = torch.cuda.max_memory_allocated()
    spans = [[e[i].elapsed_time(e[i + 1]) for i in range(3)] + [e[0].elapsed_time(e[3])]
             for e in events]
    loss = step.forward()
    after_forward = torch.cuda.memory_allocated()
    del loss
    whole = [s[3] for s in spans]
    return {"steps": count, "step_ms": statistics.median(whole), "step_ms_min": min(whole),
            "step_ms_max": max(whole),
            **{f"{p}_ms": statistics.median(s[i] for s in spans) for i, p in enumerate(PHASES)},
            "static_bytes": static, "after_forward_bytes": after_forward, "peak_bytes": peak,
            "energy_j": None if joules is None else joules / count,
            "loss": float(step.loss)}


def _profile_step(step: TrainStep) -> list[dict]:
    """Every kernel of one step with the phase that launched it."""
    import torch
    from torch.profiler import ProfilerActivity, profile, record_function
    with profile(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as prof:
        with record_function("phase:forward"):
            loss = step.forward()
        with record_function("phase:backward"):
            loss.backward()
        with record_function("phase:optimizer"):
            step.optimizer.step()
            step.optimizer.zero_grad(set_to_none=True)
        torch.cuda.synchronize()
    with tempfile.NamedTemporaryFile(suffix=".json") as handle:
        prof.export_chrome_trace(handle.name)
        events = json.load(open(handle.name))["traceEvents"]
    return kernel_phases(events)


def kernel_phases(events: list[dict]) -> list[dict]:
    """(phase, kernel) rows from a Chrome trace: a kernel's launch (the runtime or
    driver call with its correlation id) lies inside one ``phase:NAME`` range."""
    ranges = [(e["ts"], e["ts"] + e.get("dur", 0), e["name"].split(":", 1)[1]) for e in events
              if e.get("cat") == "user_annotation" and str(e.get("name")).startswith("phase:")]
    launches = {e["args"]["correlation"]: e["ts"] for e in events
                if e.get("cat") in LAUNCH_CATEGORIES and "correlation" in e.get("args", {})}
    rows: dict[tuple[str, str], dict] = {}
    for event in events:
        if event.get("cat") not in KERNEL_CATEGORIES:
            continue
        at = launches.get(event.get("args", {}).get("correlation"))
        phase = next((name for lo, hi, name in ranges if at is not None and lo <= at <= hi),
                     "unattributed")
        args = event.get("args", {})
        row = rows.setdefault((phase, event["name"][:200]), {
            "phase": phase, "kernel": event["name"][:200], "calls": 0, "total_us": 0.0,
            "grid": "x".join(map(str, args.get("grid", []))),
            "block": "x".join(map(str, args.get("block", [])))})
        row["calls"] += 1
        row["total_us"] += float(event.get("dur", 0))
    return list(rows.values())


def _measure_case(case: TrainCase, checkpoint: bool, meter: EnergyMeter, device: str):
    """(step row, kernel rows) of one case; an error (such as running out of memory)
    is recorded in the row, never raised."""
    import torch
    keys = {"model": case.model, "batch": case.batch, "seq": case.seq,
            "checkpoint": checkpoint}
    row = {**keys, "split": "heldout" if case.model in HELDOUT_MODELS else "calibration",
           "tokens": case.batch * case.seq}
    kernels: list[dict] = []
    step = None
    try:
        step = TrainStep(case, checkpoint, device)
        row.update(family=step.shape.family, parameters=step.parameters)
        row.update(_time_steps(step, meter))
        kernels = [{**keys, **k} for k in _profile_step(step)]
        for phase in PHASES:
            row[f"{phase}_kernel_ms"] = sum(k["total_us"] for k in kernels
                                            if k["phase"] == phase) / 1e3
        row["kernels"] = sum(k["calls"] for k in kernels)
    except Exception as err:  # noqa: BLE001 - one case's failure is recorded
        row["error"] = f"{type(err).__name__}: {err}"[:300]
    del step
    torch.cuda.empty_cache()
    return row, kernels


def measure(out_dir: Path, cases=CASES, device: str = "cuda") -> None:
    import torch
    out_dir.mkdir(parents=True, exist_ok=True)
    meter = EnergyMeter()
    meta = {"environment": environment(device, meter), "method": METHOD,
            "split": {"calibration": CALIBRATION_MODELS, "heldout": HELDOUT_MODELS},
            "nvidia_smi_start": nvidia_smi(SMI_FIELDS)}
    warm_gpu(device)
    torch.backends.cuda.matmul.allow_tf32 = False
    started = time.perf_counter()
    with (out_dir / "train_steps.csv").open("w", newline="") as steps_file, \
            (out_dir / "train_kernels.csv").open("w", newline="") as kernels_file:
        steps = csv.DictWriter(steps_file, STEP_FIELDS)
        kernels = csv.DictWriter(kernels_file, KERNEL_FIELDS)
        steps.writeheader()
        kernels.writeheader()
        for case in cases:
            for checkpoint in (False, True):
                row, rows = _measure_case(case, checkpoint, meter, device)
                steps.writerow(row)
                kernels.writerows(rows)
                steps_file.flush()
                print(f"{case.model:16s} b{case.batch:<3d} s{case.seq:<5d} ckpt={checkpoint!s:5s}"
                      f" step {row.get('step_ms', float('nan')):9.2f} ms  peak "
                      f"{row.get('peak_bytes', 0) / 2**30:6.2f} GiB  {row.get('error', '')}",
                      flush=True)
    meta.update(seconds=round(time.perf_counter() - started, 1),
                nvidia_smi_end=nvidia_smi(SMI_FIELDS))
    (out_dir / "metadata.json").write_text(json.dumps(meta, indent=2, default=str) + "\n")


if __name__ == "__main__":
    wanted = sys.argv[2:]  # model names; all of CASES when none
    measure(Path(sys.argv[1]), tuple(c for c in CASES if not wanted or c.model in wanted))
