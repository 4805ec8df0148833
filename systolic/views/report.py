"""Results -> what people read: a terminal report and JSON.

The JSON shape is a contract (DESIGN.md; every field in
``docs/results-schema.md``)::

    {"schema": 1, "kind": "gemm" | "run", "provenance": {...},
     "hardware": {...}, "settings": {...},
     "ops": [{"name", "kind", "cycles", "seconds", "stall_cycles",
              "compute_cycles", "utilization", ...}],
     "total": {"cycles", "compute_cycles", "stall_cycles", "seconds",
               "utilization", "macs", ...}, "timeline": [...]}

The result records (``results.py``) are written back into this shape:
``"settings"`` gathers a run's schedules, GEMM or model settings, check and
energy table; each op lists its counted actions as top-level keys.

Files are written to a temporary name in the same folder and renamed, so a
reader never sees half a file; temporaries a killed run left (named
``.NAME.systolic-tmp-*``, over an hour old) are removed by the next write of
``NAME``.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
from pathlib import Path

from systolic.breakdown import CAUSES
from systolic.cost import energy
from systolic.results import HardwareSummary, OpResult, RunResult, ScheduleSummary
from systolic.spec.workload import COLLECTIVES
from systolic.views import attribution, files, memory
from systolic.views.units import si


def op_dict(op: OpResult, clock_hz: float) -> dict:
    """One op as a JSON-ready dict."""
    return {"name": op.name, "kind": op.kind, "cycles": op.cycles,
            "seconds": op.cycles / clock_hz, "compute_cycles": op.compute_cycles,
            "stall_cycles": op.stall_cycles, "start_cycle": op.start_cycle, "macs": op.macs,
            "utilization": op.utilization, "folds": op.folds,
            "mapping_efficiency": op.mapping_efficiency, "dtype": op.dtype,
            "energy_j": op.energy_j, "energy_breakdown_j": op.energy.by_component(),
            **op.counts.counted(), "kept_input_bytes": op.kept_input_bytes,
            "kept_output_bytes": op.kept_output_bytes, "spilled_bytes": op.spilled_bytes,
            **_breakdown_dict(op.breakdown)}


def _breakdown_dict(breakdown) -> dict:
    """``{"breakdown_cycles": {cause: cycles}}``, or nothing where there is none."""
    return {} if breakdown is None else {"breakdown_cycles": breakdown.as_dict()}


SCHEMA_VERSION = 1  # of the JSON result; docs/results-schema.md says what each adds
SOURCE_CHECKOUT = Path(__file__).resolve().parents[2]  # holds systolic/ when run from source


def hardware_dict(hw: HardwareSummary) -> dict:
    """The JSON ``hardware`` object: the record's fields, the SRAM sizes nested by buffer."""
    fields = _record_dict(hw)
    sram = {buffer: fields.pop(f"sram_{buffer}_bytes") for buffer in ("input", "weight", "output")}
    return {**fields, "sram_bytes": sram}


def run_dict(result: RunResult) -> dict:
    """A whole run as a JSON-ready dict in the documented shape."""
    bytes_per_cycle = result.hardware.dram_bytes_per_cycle
    return {
        "schema": SCHEMA_VERSION,
        "kind": result.kind,
        "provenance": provenance(result),
        "hardware": hardware_dict(result.hardware),
        "settings": settings_dict(result),
        **footprint_dict(result),
        "ops": [{**op_dict(op, result.clock_hz), "repeat": result.repeat(op),
                 "bound": bound(op, bytes_per_cycle)} for op in result.ops],
        "total": {"cycles": result.cycles, "compute_cycles": result.compute_cycles,
                  "stall_cycles": result.stall_cycles, "seconds": result.seconds,
                  "macs": result.macs, "utilization": result.utilization,
                  **_breakdown_dict(result.breakdown), **energy.summary(result)},
        "timeline": [list(interval) for interval in result.timeline],
    }


def footprint_dict(result: RunResult) -> dict:
    """A model run's ``{"footprint": {...}}``: the record's bytes, the total, the verdict."""
    if result.footprint is None:
        return {}
    footprint = result.footprint
    return {"footprint": _record_dict(footprint) | {"total_bytes": footprint.total_bytes,
                                                    "over_capacity": footprint.over_capacity}}


def settings_dict(result: RunResult) -> dict:
    """How the run was set up, as the JSON's ``"settings"`` (only what applies)."""
    settings = {}
    if result.schedules is not None:
        settings["schedules"] = [_schedule_dict(s) for s in result.schedules]
    if result.gemm is not None:
        settings |= _record_dict(result.gemm)
        if result.gemm.bandwidth_words is None:
            del settings["bandwidth_words"]
    if result.verification is not None:
        check = _record_dict(result.verification)
        settings["verification"] = check | {"busy_macs": [list(r) for r in check["busy_macs"]]}
    if result.model is not None:
        settings |= _record_dict(result.model) | {"part_cycles": dict(result.model.part_cycles)}
    if result.trace is not None:
        settings["trace"] = result.trace
    if result.energy_table is not None:
        settings |= {"energy_table": result.energy_table,
                     "dram_technology": result.dram_technology}
    if result.power_capped_clock_hz is not None:
        settings["power_capped_clock_hz"] = result.power_capped_clock_hz
    return settings


def _record_dict(record) -> dict:
    """A record's fields by name, in field order (one level, unlike ``asdict``)."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def _schedule_dict(schedule: ScheduleSummary) -> dict:
    """One op's schedule: its fields that apply, the tile as a list."""
    summary = {k: v for k, v in _record_dict(schedule).items() if v is not None}
    if schedule.tile is not None:
        summary["tile"] = list(schedule.tile)
    return summary


def provenance(result: RunResult) -> dict:
    """What made the result: tool, version, source commit, input files' SHA-256, seed."""
    return {"tool": "systolic", "version": _package_version(),
            "git_commit": git_commit(SOURCE_CHECKOUT), "inputs": dict(result.inputs),
            "seed": result.seed}


def _package_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("systolic")
    except metadata.PackageNotFoundError:
        return "unknown"


def git_commit(checkout: Path) -> str | None:
    """The commit checked out in ``checkout``, read from its ``.git`` files
    (HEAD, the branch's ref or packed-refs; no ``git`` process), or None
    where it is not a git checkout (an installed wheel)."""
    git = checkout / ".git"
    try:
        if git.is_file():  # a worktree or submodule: "gitdir: PATH"
            git = (git.parent / git.read_text().strip().removeprefix("gitdir: ")).resolve()
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head or None  # a detached HEAD holds the commit itself
        ref = head.removeprefix("ref: ")
        common = git / (git / "commondir").read_text().strip() \
            if (git / "commondir").is_file() else git
        for folder in (git, common):
            if (folder / ref).is_file():
                return (folder / ref).read_text().strip()
        for line in (common / "packed-refs").read_text().splitlines():
            commit, _, name = line.partition(" ")
            if name == ref:
                return commit
    except OSError:
        return None
    return None


def write_json(result: RunResult, path: str | os.PathLike) -> None:
    """Write the run as JSON (atomically)."""
    files.atomic_write(path, json.dumps(run_dict(result), indent=2) + "\n")


def _clock_text(result: RunResult) -> str:
    """The run's clock, saying so when the chip's power cap lowered it."""
    nominal = result.hardware.clock_hz
    if result.clock_hz < nominal:
        return (f"{result.clock_hz / 1e6:.0f} MHz (power-capped at the TDP; nominal "
                f"{nominal / 1e6:g} MHz)")
    return f"{nominal / 1e6:g} MHz"


def _machine_line(result: RunResult) -> str:
    hw, gemm = result.hardware, result.gemm
    if gemm.compat == "scalesim":
        mode = (f"USER bandwidth mode, {gemm.bandwidth_words:g} words/cycle"
                if gemm.bandwidth_words is not None else "CALC bandwidth mode")
        return (f"one {hw.rows}x{hw.cols} array, {hw.dataflow} dataflow, "
                f"SCALE-Sim 3.0.0 conventions, {mode}")
    return (f"{hw.cores} core(s) x {hw.arrays_per_core} array(s) of "
            f"{hw.rows}x{hw.cols}, {hw.dataflow} dataflow, {gemm.engine} engine")


def gemm_text(result: RunResult, shape: tuple[int, int, int]) -> str:
    """A short report of a single-GEMM run, as ``systolic gemm`` prints it."""
    op = result.ops[0]
    hw = result.hardware
    m, n, k = shape
    lines = [f"GEMM M={m} N={n} K={k} ({result.gemm.dtype}) on {hw.name}: "
             + _machine_line(result)]
    for schedule in result.schedules or ():
        tm, tn, tk = schedule.tile
        split = f", split-K {schedule.split_k}" if schedule.split_k > 1 else ""
        lines.append(f"  tiles               {schedule.tiles} of {tm}x{tn}x{tk}, loop "
                     f"{schedule.loop_order}, {schedule.waves} wave(s){split}")
    lines += [
        f"  folds               {op.folds}",
        f"  cycles              {op.cycles} (compute {op.compute_cycles}, "
        f"stalls {op.stall_cycles})",
        *([] if op.breakdown is None else
          [f"  by cause            {attribution.shares_text(op.breakdown)}"]),
        f"  time                {si(result.seconds, 's')} at {_clock_text(result)}",
        f"  MACs                {op.macs}",
        f"  mapping efficiency  {100 * op.mapping_efficiency:.2f} %",
        f"  utilization         {100 * op.utilization:.2f} % of {op.peak_macs_per_cycle} "
        f"MACs/cycle",
    ]
    counts = op.counts
    if counts.dram_read_bytes is not None:
        bandwidth = (counts.dram_bytes / (op.cycles * hw.dram_bytes_per_cycle)
                     if op.cycles else 0.0)
        lines.append(f"  DRAM                read {si(counts.dram_read_bytes, 'B')}, "
                     f"written {si(counts.dram_write_bytes, 'B')}, "
                     f"{100 * bandwidth:.1f} % of bandwidth")
    counts = counts.or_zero()
    reads = [counts.sram_input_read_bytes, counts.sram_weight_read_bytes,
             counts.sram_output_read_bytes]
    writes = [counts.sram_input_write_bytes, counts.sram_weight_write_bytes,
              counts.sram_output_write_bytes]
    lines.append("  SRAM in/weight/out  reads " + " / ".join(si(r, "B") for r in reads)
                 + ", writes " + " / ".join(si(w, "B") for w in writes))
    lines += energy_lines(result)
    check = result.verification
    if check is not None:
        verdict = "PE-level engine agrees" if check.passed else "PE-level engine DISAGREES"
        lines.append(f"  check               {verdict} on {check.shapes} array shape(s): "
                     f"cycles equal {check.cycles_equal}, products match numpy "
                     f"{check.within_tolerance} (max abs error "
                     f"{check.max_abs_error:.3g}, seed {check.seed})")
    return "\n".join(lines)


def bound(op: OpResult, dram_bytes_per_cycle: float) -> str:
    """What limits an op: the link, DRAM (its bytes take longer than its compute), or compute."""
    if op.kind in COLLECTIVES:
        return "link"
    moved = op.counts.dram_bytes
    return "memory" if moved / dram_bytes_per_cycle > op.compute_cycles else "compute"


def ops_table(result: RunResult) -> list[str]:
    """Per op: name, kind, cycles, times run, share of the run, utilization, bound,
    the bytes a collective sends over the network (comm), energy."""
    hw = result.hardware
    rows = [f"  {'op':26s} {'kind':13s} {'cycles':>11s} {'x':>4s} {'time %':>7s} "
            f"{'util %':>7s}  {'bound':7s} {'comm':>10s} {'energy':>11s}"]
    for op in result.ops:
        repeat = result.repeat(op)
        share = 100 * op.cycles * repeat / result.cycles if result.cycles else 0.0
        sent = si(op.counts.link_bytes or 0, "B") if op.kind in COLLECTIVES else "-"
        rows.append(f"  {op.name[:26]:26s} {op.kind:13s} {op.cycles:11d} {repeat:4d} "
                    f"{share:7.2f} {100 * op.utilization:7.2f}  "
                    f"{bound(op, hw.dram_bytes_per_cycle):7s} {sent:>10s} "
                    f"{si(op.energy_j, 'J'):>11s}")
    return rows


def energy_lines(result: RunResult) -> list[str]:
    """Energy, power, efficiency and the breakdown by component."""
    figures = energy.summary(result)
    lines = [f"  energy               {si(figures['energy_j'], 'J')}, average "
             f"{figures['average_power_w']:.1f} W ({result.energy_table} "
             f"table, {result.dram_technology} DRAM)"]
    if figures["pj_per_mac"] is not None:
        lines.append(f"  efficiency           {figures['pj_per_mac']:.3f} pJ/MAC, "
                     f"{figures['tops_per_w']:.2f} TOPS/W")
    if figures["energy_per_token_j"] is not None:
        lines.append(f"  energy per token     {si(figures['energy_per_token_j'], 'J')}")
    total = figures["energy_j"] or 1.0
    parts = ", ".join(f"{name} {100 * value / total:.1f} %"
                      for name, value in figures["breakdown_j"].items() if value)
    lines.append(f"  energy breakdown     {parts}")
    return lines


def _model_flops_line(result: RunResult) -> list[str]:
    """A train run's model FLOPs utilization: the utilization above without
    the recomputed forward ops (MFU; the line above is the hardware's, HFU)."""
    if result.model is None or result.model.phase != "train" or not result.cycles:
        return []
    recomputed = sum(op.macs * result.repeat(op) for op in result.ops
                     if ".recompute." in f".{op.name}")
    model_macs = result.macs - recomputed
    share = model_macs / (result.cycles * result.hardware.peak_macs_per_cycle)
    return [f"  model FLOPs util.    {100 * share:.2f} % (MFU: recomputed ops left out)"]


def run_text(result: RunResult) -> str:
    """The report ``systolic run`` prints: ops, one layer, the whole run."""
    hw, model = result.hardware, result.model
    lines = []
    if model is not None:
        phase = (f"{model.phase}, batch {model.batch}, seq {model.seq}"
                 if model.phase != "decode" else
                 f"decode, batch {model.batch}, KV cache {model.kv_len}")
        lines.append(f"{model.model} ({phase}, {model.dtype}"
                     + (f", {model.weight_dtype} weights" if model.weight_dtype else "")
                     + (f", tensor parallel {model.tp}" if model.tp > 1 else "")
                     + (f" as a {model.tpx}x{model.tp // model.tpx} grid"
                        if model.tpx > 1 else "")
                     + (f", context parallel {model.cp} (seq / {model.cp} a chip)"
                        if model.cp > 1 else "")
                     + f") on {hw.name}")
    else:
        lines.append(f"{result.trace if result.trace is not None else 'trace'} on {hw.name}")
    lines += ops_table(result) + attribution.cause_table(result)
    if model is not None:
        layer = model.layer_cycles
        lines.append(f"  one layer            {layer} cycles, {si(layer / result.clock_hz, 's')}")
        lines.append(f"  layers               {model.layers}")
    moved = result.counts.dram_bytes
    lines += [
        f"  total                {result.cycles} cycles, {si(result.seconds, 's')} at "
        f"{_clock_text(result)}",
        f"  utilization          {100 * result.utilization:.2f} % of "
        f"{hw.peak_macs_per_cycle} MACs/cycle",
        *_model_flops_line(result),
        f"  DRAM traffic         {si(moved, 'B')}",
        *memory.activation_lines(result),
        *attribution.cause_line(result),
    ]
    if result.footprint is not None:
        lines.append(memory.footprint_line(result.footprint))
    tokens = model.tokens if model is not None else None
    if tokens and result.seconds and model.flops is not None:
        lines.append(f"  throughput           {tokens / result.seconds:,.0f} tokens/s "
                     f"({si(result.seconds / tokens, 's')} per token)")
    return "\n".join(lines + energy_lines(result))


CSV_COLUMNS = ("name", "kind", "repeat", "cycles", "seconds", "compute_cycles", "stall_cycles",
               "utilization", "bound", "macs", "energy_j", "dram_read_bytes",
               "dram_write_bytes", "link_bytes", "kept_input_bytes", "kept_output_bytes",
               "spilled_bytes") + \
    tuple(f"cycles_{cause}" for cause in CAUSES)


def write_csv(result: RunResult, path: str | os.PathLike) -> None:
    """One row per op (atomically); the cycle breakdown as ``cycles_CAUSE`` columns."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in run_dict(result)["ops"]:
        causes = row.get("breakdown_cycles", {})
        writer.writerow(row | {f"cycles_{cause}": cycles for cause, cycles in causes.items()})
    files.atomic_write(path, buffer.getvalue())


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
            "otherData": {"hardware": result.hardware.name}}


def write_perfetto(result: RunResult, path: str | os.PathLike) -> None:
    """Write the Perfetto/Chrome trace JSON (atomically); open it in ui.perfetto.dev."""
    files.atomic_write(path, json.dumps(perfetto_trace(result)) + "\n")
