"""Timing one callable on a GPU: CUDA events, a cold L2, CUDA graphs, kernel names.

A simulator models one op starting from DRAM, so each timed call should too.
``Timer.measure`` warms the call up, picks ``N`` so the case takes about
``TARGET_MS`` in all (between ``MIN_ITERS`` and ``MAX_ITERS``), and before
every iteration zeroes a ``FLUSH_BYTES`` buffer outside the timed pair of
CUDA events: that evicts the 50 MB L2 of an H100, so every iteration starts
cold like a model step whose weights were not just touched. The GPU is busy
with that flush while the host queues the next launch, so host launch gaps
do not count either. The median and minimum of the ``N`` event times are
reported in microseconds. On the CPU (a dry run) ``time.perf_counter`` stands
in for the events.

``run_case`` builds and times one case into a CSV row (layers eagerly and
as replays of a CUDA graph captured by ``graphed``; energy is read over such
replays too); ``profile_case`` reads the kernels of one call with the
profiler. Not measured: clocks (see ``metadata.json``),
the host-side cost of a launch. ``torch`` is imported inside the functions.
"""

from __future__ import annotations

import statistics
import time

from systolic.apps.gpu.builders import BUILDERS

FLUSH_BYTES = 256 * 2**20  # zeroed before each timed call: 5x the H100's 50 MB L2
TARGET_MS = 60.0  # time spent per case, all iterations together
MIN_ITERS = 10
MAX_ITERS = 500
WARMUP_CALLS = 3
CPU_FLUSH_BYTES = 2**20  # a token flush for CPU dry runs


class Timer:
    """Times a callable: CUDA events on a GPU, ``perf_counter`` on the CPU (dry runs)."""

    def __init__(self, device: str, flush_l2: bool, flush_bytes: int = FLUSH_BYTES):
        import torch
        self.device = device
        self.cuda = device.startswith("cuda")
        size = flush_bytes if self.cuda else CPU_FLUSH_BYTES
        self.flush_buf = torch.empty(size, dtype=torch.uint8, device=device) if flush_l2 \
            else None
        self.flush_us = self._flush_cost() if flush_l2 else 0.0

    def sync(self) -> None:
        """Wait for the device."""
        import torch
        if self.cuda:
            torch.cuda.synchronize()

    def flush(self) -> None:
        """Evict the L2 by writing the flush buffer."""
        if self.flush_buf is not None:
            self.flush_buf.zero_()

    def _flush_cost(self) -> float:
        """Median time of one flush, in us (warm)."""
        for _ in range(3):
            self.flush()
        return statistics.median(self._times(self.flush, 10, flush=False))

    def _times(self, fn, iters: int, flush: bool) -> list[float]:
        """Per-iteration times in us, each iteration bracketed by its own timers."""
        import torch
        if not self.cuda:
            out = []
            for _ in range(iters):
                if flush:
                    self.flush()
                start = time.perf_counter()
                fn()
                out.append((time.perf_counter() - start) * 1e6)
            return out
        starts = [torch.cuda.Event(enable_timing=True) for _ in range(iters)]
        ends = [torch.cuda.Event(enable_timing=True) for _ in range(iters)]
        for i in range(iters):
            if flush:
                self.flush()
            starts[i].record()
            fn()
            ends[i].record()
        torch.cuda.synchronize()
        return [s.elapsed_time(e) * 1e3 for s, e in zip(starts, ends)]

    def estimate(self, fn, warmup: int = WARMUP_CALLS) -> float:
        """Warm ``fn`` up, then a rough time per call in us (back to back, warm L2)."""
        for _ in range(warmup):
            fn()
        self.sync()
        total = sum(self._times(fn, 3, flush=False))
        return total / 3

    def measure(self, fn, target_ms: float = TARGET_MS) -> dict:
        """Warm up, pick N for ~``target_ms`` in all, time N flushed iterations."""
        est = self.estimate(fn)
        iters = int(target_ms * 1e3 / max(est + self.flush_us, 1.0))
        iters = max(MIN_ITERS, min(MAX_ITERS, iters))
        times = self._times(fn, iters, flush=self.flush_buf is not None)
        return {"iters": iters, "median_us": statistics.median(times), "min_us": min(times),
                "mean_us": statistics.fmean(times)}


def graphed(fn, device: str, calls: int = 1):
    """A callable that replays a CUDA graph of ``calls`` calls of ``fn`` (``fn`` itself
    on the CPU). Warm-up runs on a side stream, as capture requires."""
    import torch
    if not device.startswith("cuda"):
        return (lambda: [fn() for _ in range(calls)]), None
    stream = torch.cuda.Stream()
    stream.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(stream):
        for _ in range(3):
            fn()
    torch.cuda.current_stream().wait_stream(stream)
    torch.cuda.synchronize()
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph):
        for _ in range(calls):
            fn()
    torch.cuda.synchronize()
    return graph.replay, graph


def kernel_names(fn, device: str, flush=None) -> tuple[int, float, str]:
    """(number of GPU kernels, their summed durations in us, their distinct names) of one
    call, read with the profiler (after an L2 flush if ``flush`` is given)."""
    import torch
    from torch.profiler import ProfilerActivity, profile
    fn()
    torch.cuda.synchronize()
    if flush is not None:
        flush()
        torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        fn()
        torch.cuda.synchronize()
    kernels = [e for e in prof.events() if "CUDA" in str(getattr(e, "device_type", ""))]
    total = sum(e.time_range.elapsed_us() for e in kernels)
    distinct = list(dict.fromkeys(e.name for e in kernels))
    text = ";".join(n[:100] for n in distinct)
    return len(kernels), total, text[:600]


def profile_case(case: dict, device: str, timer: Timer) -> dict:
    """The kernels one (eager) call of a case launches; errors go to ``error``."""
    import torch
    row = {"name": case["name"], "group": case["group"]}
    try:
        fn, _ = BUILDERS[case["group"]](case, device)
        row["n_kernels"], row["kernel_us"], row["kernels"] = kernel_names(fn, device,
                                                                          timer.flush)
    except Exception as err:  # noqa: BLE001 - kernel names are optional
        row["error"] = error_text(err)
        try:
            torch.cuda.synchronize()
        except Exception:  # noqa: BLE001
            pass
    return row


def run_case(case: dict, device: str, timer: Timer) -> dict:
    """Build and time one case (layers eagerly and under a CUDA graph); errors go to the
    ``error`` column."""
    import torch
    row = dict(case)
    graph = None
    try:
        fn, impl = BUILDERS[case["group"]](case, device)
        row["impl"] = impl
        if case["group"] == "layer":
            eager = timer.measure(fn)
            row["eager_median_us"], row["eager_min_us"] = eager["median_us"], eager["min_us"]
            replay, graph = graphed(fn, device)
            row["impl"] = impl + (" (cuda graph)" if graph is not None else " (eager)")
            row.update(timer.measure(replay))
        else:
            row.update(timer.measure(fn))
        us = row["median_us"]
        row["tflops"] = case["flops"] / us / 1e6 if us else ""
        row["gbps"] = case["min_bytes"] / us / 1e3 if us else ""
    except Exception as err:  # noqa: BLE001 - record and go on
        row["error"] = error_text(err)
        if device.startswith("cuda"):
            try:
                torch.cuda.synchronize()
            except Exception:  # noqa: BLE001
                pass
    finally:
        del graph
        if case["group"] == "layer" and device.startswith("cuda"):
            torch.cuda.empty_cache()
    return row


def error_text(err: Exception) -> str:
    """An exception as one short CSV cell: its type and first line (a failed case is
    recorded and the run goes on)."""
    text = str(err).strip().splitlines()
    return f"{type(err).__name__}: {text[0][:300] if text else ''}"
