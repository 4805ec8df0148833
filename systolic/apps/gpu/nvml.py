"""GPU energy through NVML, and the energy measurement of a case.

Energy is read from NVML's total-energy counter
(``nvmlDeviceGetTotalEnergyConsumption``, mJ) before and after a stretch of
work; where a GPU lacks the counter, power samples (every
``POWER_SAMPLE_S``) are integrated by the trapezoid rule; with no NVML at
all ``EnergyMeter.method`` is None and ``reason`` says why, and the energy
columns stay empty.

A counter that ticks every few milliseconds cannot see one call, so
``measure_energy`` captures several back-to-back calls (about
``ENERGY_GRAPH_MS``) into a CUDA graph and replays it for at least
``ENERGY_SECONDS``, without the L2 flush: joules per call and average
watts. ``select_energy_cases`` chooses the cases spread over the groups.
Not measured: the energy of the host, of the flush, or of one call alone.
``pynvml`` and ``torch`` are imported inside the functions.
"""

from __future__ import annotations

import math
import threading
import time

from systolic.apps.gpu.builders import BUILDERS
from systolic.apps.gpu.timing import Timer, graphed

ENERGY_SECONDS = 3.0  # least replay time per case (counter read before and after)
ENERGY_GRAPH_MS = 2.0  # calls captured per graph: about this long in all
MAX_GRAPH_CALLS = 100
MIN_REPLAYS = 3
POWER_SAMPLE_S = 0.005  # power sampling period where the energy counter is missing
ENERGY_SHARES = {"gemm": 0.4, "vector": 0.25, "attention": 0.2, "layer": 0.15}


class EnergyMeter:
    """Reads GPU energy through NVML: the total-energy counter (mJ) where supported, else
    integrated power samples; ``method`` is None (and ``reason`` says why) without NVML."""

    def __init__(self, index: int = 0):
        self.method, self.reason, self.handle, self.nvml = None, "", None, None
        try:
            import pynvml
        except ImportError as err:
            self.reason = f"pynvml not importable: {err}"
            return
        try:
            pynvml.nvmlInit()
            self.handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            self.nvml = pynvml
        except Exception as err:  # noqa: BLE001 - any NVML failure means no energy
            self.reason = f"NVML init failed: {err}"
            return
        try:
            pynvml.nvmlDeviceGetTotalEnergyConsumption(self.handle)
            self.method = "nvml_total_energy"
        except Exception as err:  # noqa: BLE001
            try:
                pynvml.nvmlDeviceGetPowerUsage(self.handle)
                self.method = "nvml_power_samples"
                self.reason = f"total-energy counter unavailable ({err}); power sampled"
            except Exception as err2:  # noqa: BLE001
                self.reason = f"no NVML energy or power reading: {err}; {err2}"

    def run(self, work, sync) -> tuple[float | None, float]:
        """Run ``work()`` then ``sync()``; (joules or None, seconds)."""
        if self.method == "nvml_total_energy":
            return self._run_counter(work, sync)
        if self.method == "nvml_power_samples":
            return self._run_sampled(work, sync)
        t0 = time.perf_counter()
        work()
        sync()
        return None, time.perf_counter() - t0

    def _run_counter(self, work, sync) -> tuple[float, float]:
        """Joules from the total-energy counter (mJ) read before and after."""
        sync()
        e0, t0 = self.nvml.nvmlDeviceGetTotalEnergyConsumption(self.handle), \
            time.perf_counter()
        work()
        sync()
        t1, e1 = time.perf_counter(), self.nvml.nvmlDeviceGetTotalEnergyConsumption(
            self.handle)
        return (e1 - e0) / 1e3, t1 - t0

    def _run_sampled(self, work, sync) -> tuple[float, float]:
        """Joules from power samples (W) taken by a thread, integrated (trapezoids)."""
        samples, stop = [], threading.Event()

        def sample():
            while not stop.is_set():
                samples.append((time.perf_counter(),
                                self.nvml.nvmlDeviceGetPowerUsage(self.handle) / 1e3))
                time.sleep(POWER_SAMPLE_S)
        sync()
        thread = threading.Thread(target=sample, daemon=True)
        t0 = time.perf_counter()
        thread.start()
        work()
        sync()
        t1 = time.perf_counter()
        stop.set()
        thread.join()
        joules = sum((b[0] - a[0]) * (a[1] + b[1]) / 2 for a, b in zip(samples, samples[1:]))
        return joules, t1 - t0

    def clocks(self) -> tuple[int | str, int | str]:
        """(SM clock MHz, temperature C) now, or blanks."""
        if self.nvml is None:
            return "", ""
        try:
            return (self.nvml.nvmlDeviceGetClockInfo(self.handle, self.nvml.NVML_CLOCK_SM),
                    self.nvml.nvmlDeviceGetTemperature(self.handle,
                                                       self.nvml.NVML_TEMPERATURE_GPU))
        except Exception:  # noqa: BLE001
            return "", ""

    def driver(self) -> str:
        """The driver version NVML reports, or ''."""
        if self.nvml is None:
            return ""
        try:
            value = self.nvml.nvmlSystemGetDriverVersion()
            return value.decode() if isinstance(value, bytes) else str(value)
        except Exception:  # noqa: BLE001
            return ""


def select_energy_cases(cases: list[dict], count: int) -> list[dict]:
    """``count`` cases spread over the groups (GEMM 40%, vector 25%, attention 20%,
    layer 15%). GEMMs: the largest square of each dtype first, then model GEMMs evenly
    over FLOPs; vector ops evenly over bytes; the rest evenly over FLOPs."""
    if count <= 0:
        return []
    families: dict[str, list[dict]] = {"gemm": [], "vector": [], "attention": [], "layer": []}
    for case in cases:
        key = "vector" if case["group"] in ("elementwise", "norm", "softmax") else case["group"]
        families[key].append(case)
    present = {k: v for k, v in families.items() if v}
    quota = {k: max(1, round(count * ENERGY_SHARES[k])) for k in present}
    while sum(quota.values()) > count and any(q > 1 for q in quota.values()):
        quota[max(quota, key=quota.get)] -= 1
    chosen = []
    for key, members in present.items():
        first = []
        if key == "gemm":
            largest: dict[str, dict] = {}
            for case in members:
                if case["model"] == "square" and case["M"] >= largest.get(
                        case["dtype"], {"M": 0})["M"]:
                    largest[case["dtype"]] = case
            first = list(largest.values())[:max(quota[key] // 2, 1)]
            members = [c for c in members if c["model"] not in ("square", "irregular")] \
                or members
        measure_by = "min_bytes" if key == "vector" else "flops"
        ordered = sorted(members, key=lambda c: (c[measure_by], c["name"]))
        n = min(quota[key] - len(first), len(ordered))
        step = (len(ordered) - 1) / max(n - 1, 1)
        picks = sorted({round(i * step) for i in range(n)}) if n > 0 else []
        chosen += first + [ordered[i] for i in picks]
    return chosen[:count]


def measure_energy(case: dict, device: str, meter: EnergyMeter, timer: Timer,
                   idle_w: float | None, seconds: float = ENERGY_SECONDS) -> dict:
    """Energy per call of one case: a CUDA graph of several calls replayed for
    ``seconds``, no L2 flush."""
    import torch
    row = {"name": case["name"], "split": case["split"], "group": case["group"],
           "flops": case["flops"], "min_bytes": case["min_bytes"], "method": meter.method or "",
           "idle_w": "" if idle_w is None else round(idle_w, 2)}
    fn, _ = BUILDERS[case["group"]](case, device)
    est = timer.estimate(fn)
    calls = max(1, min(MAX_GRAPH_CALLS, int(ENERGY_GRAPH_MS * 1e3 / max(est, 1.0))))
    try:
        replay, graph = graphed(fn, device, calls)
        row["method"] = (row["method"] + ("+cuda_graph" if graph is not None else
                                          "+eager")).lstrip("+")
    except Exception:  # noqa: BLE001 - fall back to eager calls
        torch.cuda.synchronize() if device.startswith("cuda") else None
        calls, graph = 1, None
        replay = fn
        row["method"] = (row["method"] + "+eager").lstrip("+")
    per_replay = timer.estimate(replay, warmup=2)
    replays = max(MIN_REPLAYS, math.ceil(seconds * 1e6 / max(per_replay, 1.0)))
    if not device.startswith("cuda"):
        replays = min(replays, MIN_REPLAYS)

    def work():
        for _ in range(replays):
            replay()
    joules, elapsed = meter.run(work, timer.sync)
    total_calls = replays * calls
    row.update({"calls": total_calls, "seconds": round(elapsed, 4),
                "us_per_call": elapsed * 1e6 / total_calls})
    if joules is not None:
        row.update({"joules": joules, "j_per_call": joules / total_calls,
                    "avg_w": joules / elapsed})
    row["sm_mhz"], row["temp_c"] = meter.clocks()
    del graph
    return row
