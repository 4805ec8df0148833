"""Read the launch configuration of every kernel the measured cases run.

Why: the time of a row reduction (norm, softmax) or of a small kernel
depends on how it is launched (grid, block, registers and shared memory per
block, hence blocks per SM), which no timing row shows. The profiler's CUDA
activity records carry these (``torch.profiler``'s Chrome trace, ``args`` of
each kernel event), so this script reads them for the cases of the H100 runs
(``workloads/gpu/h100`` and ``h100-fresh``): every vector and attention case,
and the GEMMs with M or N <= 256.

Launch configurations are properties of the library's binaries and of the
SM (compute capability 9.0, 132 SMs), not of timing; the kernel durations
this also records are never used to fit or to choose anything (if run on an
H200 they are check-only, like ``workloads/gpu/h200``).

Usage (on a GPU machine with torch): ``python workloads/gpu/launches/measure_launches.py OUT_DIR``
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from pathlib import Path

from systolic.apps.gpu.builders import build_attention, build_gemm, build_vector
from systolic.apps.gpu.compare import load_measurements

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("h100", "h100-fresh")
FIELDS = ["source", "name", "group", "kernel", "order", "dur_us", "grid", "block",
          "registers_per_thread", "shared_memory", "blocks_per_sm", "warps_per_sm",
          "occupancy_pct"]
INTS = ("batch", "M", "N", "K", "rows", "cols", "heads", "kv_heads", "head_dim", "q_len",
        "kv_len")


def _case(row: dict) -> dict:
    case = dict(row)
    for key in INTS:
        if row.get(key) not in (None, ""):
            case[key] = int(float(row[key]))
    case.setdefault("batch", 1)
    case["dtype"] = row.get("dtype") or "bf16"
    case["causal"] = row.get("causal") in ("True", "true", "1")
    return case


def _wanted(row: dict) -> bool:
    if row["group"] == "gemm":
        return min(int(float(row["M"])), int(float(row["N"]))) <= 256
    return row["group"] in ("elementwise", "norm", "softmax", "attention")


def _build(case: dict, device: str):
    if case["group"] == "gemm":
        return build_gemm(case, device)[0]
    if case["group"] == "attention":
        return build_attention(case, device)[0]
    return build_vector(case, device)[0]


def _kernels(fn, flush) -> list[dict]:
    import torch
    from torch.profiler import ProfilerActivity, profile
    fn()
    torch.cuda.synchronize()
    flush()
    torch.cuda.synchronize()
    with profile(activities=[ProfilerActivity.CUDA]) as prof:
        fn()
        torch.cuda.synchronize()
    with tempfile.NamedTemporaryFile(suffix=".json") as handle:
        prof.export_chrome_trace(handle.name)
        events = json.load(open(handle.name))["traceEvents"]
    kernels = [e for e in events if e.get("cat") == "kernel"]
    kernels.sort(key=lambda e: e["ts"])
    rows = []
    for order, event in enumerate(kernels):
        args = event.get("args", {})
        rows.append({
            "kernel": event["name"][:160], "order": order, "dur_us": event.get("dur"),
            "grid": "x".join(str(v) for v in args.get("grid", [])),
            "block": "x".join(str(v) for v in args.get("block", [])),
            "registers_per_thread": args.get("registers per thread"),
            "shared_memory": args.get("shared memory"),
            "blocks_per_sm": args.get("blocks per SM"),
            "warps_per_sm": args.get("warps per SM"),
            "occupancy_pct": args.get("est. achieved occupancy %")})
    return rows


def main() -> None:
    import torch
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    device = "cuda"
    buffer = torch.empty(256 * 2**20, dtype=torch.uint8, device=device)
    flush = buffer.zero_
    with (out / "launches.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS)
        writer.writeheader()
        for source in SOURCES:
            for row in load_measurements(ROOT / source):
                if not _wanted(row):
                    continue
                case = _case(row)
                try:
                    kernels = _kernels(_build(case, device), flush)
                except Exception as err:  # noqa: BLE001 - one case's failure is recorded
                    kernels = [{"kernel": f"error: {type(err).__name__}: {err}"[:160]}]
                for kernel in kernels:
                    writer.writerow({"source": source, "name": row["name"],
                                     "group": row["group"], **kernel})
                handle.flush()
    meta = {"gpu": torch.cuda.get_device_name(), "torch": torch.__version__,
            "cuda": torch.version.cuda,
            "sms": torch.cuda.get_device_properties(0).multi_processor_count}
    (out / "metadata.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta))


if __name__ == "__main__":
    main()
