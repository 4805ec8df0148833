"""Where and how a measurement ran: the machine, the software, the method in words.

A measured number is only worth what is known of the run behind it, so every
run writes ``metadata.json`` with: the environment (GPU, SM count, L2 size,
driver, CUDA, PyTorch, host, date), ``nvidia-smi`` readings at the start,
after the warm-up and at the end (clocks, power, temperature, and the clock
event reasons that say whether the GPU throttled), and the method as
sentences built from the constants the code uses, so the text cannot drift
from what ran. ``warm_gpu`` runs large GEMMs first so the clocks settle.

Not recorded: other processes on the GPU, the host's CPU load. ``torch`` is
imported inside the functions; ``nvidia-smi`` is run as a program, and its
absence is recorded, never raised.
"""

from __future__ import annotations

import datetime
import subprocess
import time

from systolic.apps.gpu.builders import GEMM_WEIGHT_SCALE, LAYER_WEIGHT_SCALE
from systolic.apps.gpu.nvml import ENERGY_GRAPH_MS, ENERGY_SECONDS, EnergyMeter
from systolic.apps.gpu.timing import FLUSH_BYTES, MAX_ITERS, MIN_ITERS, TARGET_MS, WARMUP_CALLS

SMI_FIELDS = ("name,driver_version,pstate,clocks.sm,clocks.max.sm,clocks.mem,clocks.max.mem,"
              "power.draw,power.limit,temperature.gpu,memory.total")
SMI_TIMEOUT_S = 30
SMI_PERFORMANCE_CHARS = 4000  # the PERFORMANCE report kept in metadata.json
WARMUP_SECONDS = 2.0
WARMUP_GEMM_SIZE = 8192  # bf16 square GEMMs that load every SM


def nvidia_smi(fields: str) -> dict:
    """One ``nvidia-smi --query-gpu`` reading as {field: value}, or {'error': ...}."""
    try:
        out = subprocess.run(["nvidia-smi", f"--query-gpu={fields}", "--format=csv,noheader"],
                             capture_output=True, text=True, timeout=SMI_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError) as err:
        return {"error": str(err)}
    if out.returncode:
        return {"error": out.stderr.strip() or f"exit {out.returncode}"}
    values = [v.strip() for v in out.stdout.strip().splitlines()[0].split(",")]
    return dict(zip(fields.split(","), values))


def nvidia_smi_performance() -> str:
    """``nvidia-smi -q -d PERFORMANCE`` (clock event / throttle reasons), or the error."""
    try:
        out = subprocess.run(["nvidia-smi", "-q", "-d", "PERFORMANCE"], capture_output=True,
                             text=True, timeout=SMI_TIMEOUT_S)
    except (OSError, subprocess.SubprocessError) as err:
        return str(err)
    lines = [line.rstrip() for line in out.stdout.splitlines()
             if line.strip() and not line.startswith("=")]
    return "\n".join(lines)[:SMI_PERFORMANCE_CHARS] or out.stderr.strip()


def environment(device: str, meter: EnergyMeter) -> dict:
    """The software and the device of this run."""
    import platform

    import torch
    env = {"torch": torch.__version__, "cuda": torch.version.cuda,
           "python": platform.python_version(), "device": device,
           "date_utc": datetime.datetime.now(datetime.timezone.utc).isoformat(
               timespec="seconds"),
           "host": platform.node()}
    if device.startswith("cuda"):
        props = torch.cuda.get_device_properties(0)
        env.update({"gpu": torch.cuda.get_device_name(0),
                    "sm_count": props.multi_processor_count,
                    "memory_bytes": props.total_memory,
                    "l2_bytes": getattr(props, "L2_cache_size", None),
                    "capability": f"{props.major}.{props.minor}",
                    "cudnn": torch.backends.cudnn.version()})
    else:
        env["gpu"] = "none (CPU dry run)"
    env["driver"] = meter.driver() or nvidia_smi("driver_version").get("driver_version", "")
    return env


def method(device: str, flush_l2: bool, split_rule: str) -> dict:
    """How cases were timed, their energy read and their rows split, in words."""
    import torch
    matmul = torch.backends.cuda.matmul
    return {
        "timer": "CUDA events around each call" if device.startswith("cuda")
        else "time.perf_counter (CPU dry run)",
        "l2_flush": f"{FLUSH_BYTES // 2**20} MiB buffer zeroed before every timed "
                    "call, outside the events" if flush_l2 else "none",
        "iterations": f"N = {TARGET_MS:g} ms / (estimated call + flush), clamped to "
                      f"[{MIN_ITERS}, {MAX_ITERS}]; {WARMUP_CALLS} warm-up calls; median and "
                      "min of N reported (us)",
        "layers": "captured in a CUDA graph; replays timed as above; eager times beside",
        "energy": f"CUDA graph of calls (~{ENERGY_GRAPH_MS:g} ms) replayed for >= "
                  f"{ENERGY_SECONDS:g} s without flush; NVML energy before/after",
        "allow_tf32": False,
        "allow_fp16_reduced_precision_reduction":
            matmul.allow_fp16_reduced_precision_reduction,
        "allow_bf16_reduced_precision_reduction":
            matmul.allow_bf16_reduced_precision_reduction,
        "inputs": f"torch.randn (weights x{GEMM_WEIGHT_SCALE:g} or x{LAYER_WEIGHT_SCALE:g}), "
                  "int8 uniform in [-127, 127]",
        "flops": "from systolic.spec.workload op classes (attention counts the whole "
                 "q x kv rectangle, masked or not; vector ops in lane operations)",
        "split": split_rule}


def warm_gpu(device: str, seconds: float = WARMUP_SECONDS) -> None:
    """Run large bf16 GEMMs for a while so the clocks settle before timing."""
    import torch
    if not device.startswith("cuda"):
        return
    a = torch.randn(WARMUP_GEMM_SIZE, WARMUP_GEMM_SIZE, device=device, dtype=torch.bfloat16)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        for _ in range(10):
            a @ a
        torch.cuda.synchronize()
