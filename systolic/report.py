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

import json
import os
import tempfile
from pathlib import Path

from systolic.results import OpResult, RunResult


def op_dict(op: OpResult, clock_hz: float) -> dict:
    """One op as a JSON-ready dict."""
    return {"name": op.name, "kind": op.kind, "cycles": op.cycles,
            "seconds": op.cycles / clock_hz, "compute_cycles": op.compute_cycles,
            "stall_cycles": op.stall_cycles, "macs": op.macs,
            "utilization": op.utilization, "folds": op.folds,
            "mapping_efficiency": op.mapping_efficiency, **op.counts}


def run_dict(result: RunResult) -> dict:
    """A whole run as a JSON-ready dict in the documented shape."""
    return {
        "hardware": result.hardware,
        "settings": result.settings,
        "ops": [op_dict(op, result.clock_hz) for op in result.ops],
        "total": {"cycles": result.cycles, "compute_cycles": result.compute_cycles,
                  "stall_cycles": result.stall_cycles, "seconds": result.seconds,
                  "macs": result.macs, "utilization": result.utilization},
    }


def atomic_write(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "w") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise


def write_json(result: RunResult, path: str | os.PathLike) -> None:
    """Write the run as JSON (atomically)."""
    atomic_write(path, json.dumps(run_dict(result), indent=2) + "\n")


def _si_seconds(seconds: float) -> str:
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6), ("ns", 1e-9)):
        if seconds >= scale:
            return f"{seconds / scale:.3f} {unit}"
    return f"{seconds / 1e-12:.3f} ps"


def gemm_text(result: RunResult, shape: tuple[int, int, int]) -> str:
    """A short report of a single-GEMM run, as ``systolic gemm`` prints it."""
    op = result.ops[0]
    hw = result.hardware
    m, n, k = shape
    lines = [
        f"GEMM M={m} N={n} K={k} ({result.settings['dtype']}) on {hw['name']}: "
        f"one {hw['rows']}x{hw['cols']} array, {hw['dataflow']} dataflow, "
        f"{result.settings['engine']} engine"
        + (", SCALE-Sim conventions" if result.settings.get("compat") == "scalesim" else ""),
        f"  folds               {op.folds}",
        f"  cycles              {op.cycles}",
        f"  time                {_si_seconds(result.seconds)} at {hw['clock_hz'] / 1e6:g} MHz",
        f"  MACs                {op.macs}",
        f"  mapping efficiency  {100 * op.mapping_efficiency:.2f} %",
        f"  utilization         {100 * op.utilization:.2f} %",
    ]
    check = result.settings.get("verification")
    if check:
        verdict = "matches numpy" if check["within_tolerance"] else "DIFFERS from numpy"
        lines.append(f"  product             {verdict} "
                     f"(max abs error {check['max_abs_error']:.3g}, seed {check['seed']})")
    return "\n".join(lines)
