"""Results -> what people read: a terminal report and JSON.

The JSON shape is a contract (DESIGN.md)::

    {"hardware": {...}, "settings": {...},
     "ops": [{"name", "kind", "cycles", "seconds", "stall_cycles",
              "compute_cycles", "utilization", ...}],
     "total": {"cycles", "compute_cycles", "stall_cycles", "seconds",
               "utilization", "macs"}}

Files are written to a temporary name in the same folder and renamed, so a
reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from systolic.cost import energy
from systolic.results import OpResult, RunResult


def op_dict(op: OpResult, clock_hz: float) -> dict:
    """One op as a JSON-ready dict."""
    return {"name": op.name, "kind": op.kind, "cycles": op.cycles,
            "seconds": op.cycles / clock_hz, "compute_cycles": op.compute_cycles,
            "stall_cycles": op.stall_cycles, "start_cycle": op.start_cycle, "macs": op.macs,
            "utilization": op.utilization, "folds": op.folds,
            "mapping_efficiency": op.mapping_efficiency, "dtype": op.dtype,
            "energy_j": op.energy_j, "energy_breakdown_j": op.energy, **op.counts}


def run_dict(result: RunResult) -> dict:
    """A whole run as a JSON-ready dict in the documented shape."""
    bytes_per_cycle = result.hardware["dram_bytes_per_cycle"]
    return {
        "hardware": result.hardware,
        "settings": result.settings,
        "ops": [{**op_dict(op, result.clock_hz), "repeat": result.repeat(op),
                 "bound": bound(op, bytes_per_cycle)} for op in result.ops],
        "total": {"cycles": result.cycles, "compute_cycles": result.compute_cycles,
                  "stall_cycles": result.stall_cycles, "seconds": result.seconds,
                  "macs": result.macs, "utilization": result.utilization,
                  **energy.summary(result)},
        "timeline": [list(interval) for interval in result.timeline],
    }


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[str]:
    """A temporary file beside ``path`` to write, renamed onto ``path`` on success.

    It keeps ``path``'s suffix, for writers that pick a format from it
    (matplotlib, Pillow); on an error it is removed.
    """
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                         suffix=target.suffix)
    os.close(handle)
    try:
        yield temporary
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; give the usual mode
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def atomic_write(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename."""
    with atomic_path(path) as temporary, open(temporary, "w") as stream:
        stream.write(text)


def write_json(result: RunResult, path: str | os.PathLike) -> None:
    """Write the run as JSON (atomically)."""
    atomic_write(path, json.dumps(run_dict(result), indent=2) + "\n")


def _si(value: float, unit: str) -> str:
    """``value`` with an SI prefix: 1.5e-6 s -> '1.500 us', 2.1e9 B -> '2.100 GB'."""
    for prefix, scale in (("T", 1e12), ("G", 1e9), ("M", 1e6), ("k", 1e3), ("", 1.0),
                          ("m", 1e-3), ("u", 1e-6), ("n", 1e-9)):
        if abs(value) >= scale:
            return f"{value / scale:.3f} {prefix}{unit}"
    return f"{value:.3g} {unit}"


def _clock_text(result: RunResult) -> str:
    """The run's clock, saying so when the chip's power cap lowered it."""
    nominal = result.hardware["clock_hz"]
    if result.clock_hz < nominal:
        return (f"{result.clock_hz / 1e6:.0f} MHz (power-capped at the TDP; nominal "
                f"{nominal / 1e6:g} MHz)")
    return f"{nominal / 1e6:g} MHz"


def _machine_line(result: RunResult) -> str:
    hw = result.hardware
    settings = result.settings
    if settings.get("compat") == "scalesim":
        mode = (f"USER bandwidth mode, {settings['bandwidth_words']:g} words/cycle"
                if settings.get("bandwidth_words") is not None else "CALC bandwidth mode")
        return (f"one {hw['rows']}x{hw['cols']} array, {hw['dataflow']} dataflow, "
                f"SCALE-Sim 3.0.0 conventions, {mode}")
    return (f"{hw['cores']} core(s) x {hw['arrays_per_core']} array(s) of "
            f"{hw['rows']}x{hw['cols']}, {hw['dataflow']} dataflow, {settings['engine']} engine")


def gemm_text(result: RunResult, shape: tuple[int, int, int]) -> str:
    """A short report of a single-GEMM run, as ``systolic gemm`` prints it."""
    op = result.ops[0]
    hw = result.hardware
    m, n, k = shape
    lines = [f"GEMM M={m} N={n} K={k} ({result.settings['dtype']}) on {hw['name']}: "
             + _machine_line(result)]
    for schedule in result.settings.get("schedules", []):
        tm, tn, tk = schedule["tile"]
        split = f", split-K {schedule['split_k']}" if schedule["split_k"] > 1 else ""
        lines.append(f"  tiles               {schedule['tiles']} of {tm}x{tn}x{tk}, loop "
                     f"{schedule['loop_order']}, {schedule['waves']} wave(s){split}")
    lines += [
        f"  folds               {op.folds}",
        f"  cycles              {op.cycles} (compute {op.compute_cycles}, "
        f"stalls {op.stall_cycles})",
        f"  time                {_si(result.seconds, 's')} at {_clock_text(result)}",
        f"  MACs                {op.macs}",
        f"  mapping efficiency  {100 * op.mapping_efficiency:.2f} %",
        f"  utilization         {100 * op.utilization:.2f} % of {op.peak_macs_per_cycle} "
        f"MACs/cycle",
    ]
    if "dram_read_bytes" in op.counts:
        moved = op.counts["dram_read_bytes"] + op.counts["dram_write_bytes"]
        bandwidth = moved / (op.cycles * hw["dram_bytes_per_cycle"]) if op.cycles else 0.0
        lines.append(f"  DRAM                read {_si(op.counts['dram_read_bytes'], 'B')}, "
                     f"written {_si(op.counts['dram_write_bytes'], 'B')}, "
                     f"{100 * bandwidth:.1f} % of bandwidth")
    reads = [op.counts.get(f"sram_{b}_read_bytes", 0) for b in ("input", "weight", "output")]
    writes = [op.counts.get(f"sram_{b}_write_bytes", 0) for b in ("input", "weight", "output")]
    lines.append("  SRAM in/weight/out  reads " + " / ".join(_si(r, "B") for r in reads)
                 + ", writes " + " / ".join(_si(w, "B") for w in writes))
    lines += energy_lines(result)
    check = result.settings.get("verification")
    if check:
        verdict = ("PE-level engine agrees" if check["within_tolerance"] and check["cycles_equal"]
                   else "PE-level engine DISAGREES")
        lines.append(f"  check               {verdict} on {check['shapes']} array shape(s): "
                     f"cycles equal {check['cycles_equal']}, products match numpy "
                     f"{check['within_tolerance']} (max abs error "
                     f"{check['max_abs_error']:.3g}, seed {check['seed']})")
    return "\n".join(lines)


def bound(op: OpResult, dram_bytes_per_cycle: float) -> str:
    """What limits an op: the link, DRAM (its bytes take longer than its compute), or compute."""
    if op.kind == "allreduce":
        return "link"
    moved = op.counts.get("dram_read_bytes", 0) + op.counts.get("dram_write_bytes", 0)
    return "memory" if moved / dram_bytes_per_cycle > op.compute_cycles else "compute"


def ops_table(result: RunResult) -> list[str]:
    """Per op: name, kind, cycles, times run, share of the run, utilization, bound, energy."""
    hw = result.hardware
    rows = [f"  {'op':26s} {'kind':11s} {'cycles':>11s} {'x':>4s} {'time %':>7s} "
            f"{'util %':>7s}  {'bound':7s} {'energy':>11s}"]
    for op in result.ops:
        repeat = result.repeat(op)
        share = 100 * op.cycles * repeat / result.cycles if result.cycles else 0.0
        rows.append(f"  {op.name[:26]:26s} {op.kind:11s} {op.cycles:11d} {repeat:4d} "
                    f"{share:7.2f} {100 * op.utilization:7.2f}  "
                    f"{bound(op, hw['dram_bytes_per_cycle']):7s} {_si(op.energy_j, 'J'):>11s}")
    return rows


def energy_lines(result: RunResult) -> list[str]:
    """Energy, power, efficiency and the breakdown by component."""
    figures = energy.summary(result)
    lines = [f"  energy               {_si(figures['energy_j'], 'J')}, average "
             f"{figures['average_power_w']:.1f} W ({result.settings.get('energy_table')} "
             f"table, {result.settings.get('dram_technology')} DRAM)"]
    if figures["pj_per_mac"] is not None:
        lines.append(f"  efficiency           {figures['pj_per_mac']:.3f} pJ/MAC, "
                     f"{figures['tops_per_w']:.2f} TOPS/W")
    if figures["energy_per_token_j"] is not None:
        lines.append(f"  energy per token     {_si(figures['energy_per_token_j'], 'J')}")
    total = figures["energy_j"] or 1.0
    parts = ", ".join(f"{name} {100 * value / total:.1f} %"
                      for name, value in figures["breakdown_j"].items() if value)
    lines.append(f"  energy breakdown     {parts}")
    return lines


def run_text(result: RunResult) -> str:
    """The report ``systolic run`` prints: ops, one layer, the whole run."""
    hw, settings = result.hardware, result.settings
    lines = []
    if "model" in settings:
        phase = (f"prefill, batch {settings['batch']}, seq {settings['seq']}"
                 if settings["phase"] == "prefill" else
                 f"decode, batch {settings['batch']}, KV cache {settings['kv_len']}")
        lines.append(f"{settings['model']} ({phase}, {settings['dtype']}"
                     + (f", {settings['weight_dtype']} weights" if settings['weight_dtype'] else "")
                     + (f", tensor parallel {settings['tp']}" if settings['tp'] > 1 else "")
                     + f") on {hw['name']}")
    else:
        lines.append(f"{settings.get('trace', 'trace')} on {hw['name']}")
    lines += ops_table(result)
    if "layer_cycles" in settings:
        layer = settings["layer_cycles"]
        lines.append(f"  one layer            {layer} cycles, {_si(layer / result.clock_hz, 's')}")
        lines.append(f"  layers               {settings['layers']}")
    moved = result.count("dram_read_bytes") + result.count("dram_write_bytes")
    lines += [
        f"  total                {result.cycles} cycles, {_si(result.seconds, 's')} at "
        f"{_clock_text(result)}",
        f"  utilization          {100 * result.utilization:.2f} % of "
        f"{hw['peak_macs_per_cycle']} MACs/cycle",
        f"  DRAM traffic         {_si(moved, 'B')}",
    ]
    tokens = settings.get("tokens")
    if tokens and result.seconds and settings.get("flops") is not None:
        lines.append(f"  throughput           {tokens / result.seconds:,.0f} tokens/s "
                     f"({_si(result.seconds / tokens, 's')} per token)")
    return "\n".join(lines + energy_lines(result))


CSV_COLUMNS = ("name", "kind", "repeat", "cycles", "seconds", "compute_cycles", "stall_cycles",
               "utilization", "bound", "macs", "energy_j", "dram_read_bytes",
               "dram_write_bytes")


def write_csv(result: RunResult, path: str | os.PathLike) -> None:
    """One row per op (atomically)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in run_dict(result)["ops"]:
        writer.writerow(row)
    atomic_write(path, buffer.getvalue())


def perfetto_trace(result: RunResult) -> dict:
    """The timeline as Chrome/Perfetto trace events: a process per core, a
    thread per unit (DMA-in, arrays, vector, DMA-out), times in microseconds."""
    to_us = 1e6 / result.clock_hz
    units = ("dma_in", "array", "vector", "dma_out", "link")
    events = []
    cores = sorted({interval.core for interval in result.timeline})
    for core in cores:
        events.append({"ph": "M", "name": "process_name", "pid": core,
                       "args": {"name": f"core {core}"}})
        for tid, unit in enumerate(units):
            events.append({"ph": "M", "name": "thread_name", "pid": core, "tid": tid,
                           "args": {"name": unit}})
    for interval in result.timeline:
        events.append({"ph": "X", "name": interval.op, "cat": interval.unit,
                       "pid": interval.core, "tid": units.index(interval.unit),
                       "ts": interval.start * to_us,
                       "dur": (interval.end - interval.start) * to_us,
                       "args": {"tile": interval.tile, "start_cycle": interval.start,
                                "end_cycle": interval.end}})
    return {"traceEvents": events, "displayTimeUnit": "ns",
            "otherData": {"hardware": result.hardware["name"]}}


def write_perfetto(result: RunResult, path: str | os.PathLike) -> None:
    """Write the Perfetto/Chrome trace JSON (atomically); open it in ui.perfetto.dev."""
    atomic_write(path, json.dumps(perfetto_trace(result)) + "\n")
