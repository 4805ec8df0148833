"""Compare the simulator with measured GPU runs: predictions, MAPE, and a fit.

The measurements are the CSVs ``systolic.apps.gpu.measure`` writes (``gemm.csv``,
``vector.csv``, ``attention.csv``, ``layer.csv``, ``energy.csv``). Every
measured case is rebuilt as the simulator's op (a GEMM, an element-wise
op, a norm, a softmax, fused attention, or one whole decoder layer from
the model config) and simulated on a machine (``--hw h100``). The figure
of merit is the mean absolute percentage error (MAPE) of the latency,
per group and per split; energy per call is compared where measured.

Calibration: ``fit`` tunes a few physical constants of the machine, named
in ``FITTED`` (the sustained tensor clock, the L2 and HBM bandwidth
actually reached, the fixed cost of a kernel alone and inside a CUDA
graph), on the ``calibration`` rows only, by coordinate descent over
multiplicative steps; the ``heldout`` rows (whole models never seen by the fit, and a
third of the rest) measure the result. Nothing is fitted per shape.
"""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

from systolic.apps.gpu.cases import KERNEL_SEQUENCES
from systolic.cost import energy
from systolic.errors import ConfigError
from systolic.simulate import simulate_model, simulate_ops
from systolic.spec import hardware, models
from systolic.spec.workload import Attention, Elementwise, Gemm, Norm, Softmax

MEASURED_FILES = ("gemm.csv", "vector.csv", "attention.csv", "layer.csv")
GROUPS = ("gemm", "elementwise", "norm", "softmax", "attention", "layer")
FITTED = ("chip.clock_hz", "memory.shared_bandwidth_bytes_per_s",
          "memory.dram_bandwidth_bytes_per_s", "chip.launch_latency_ns",
          "chip.graph_launch_latency_ns")
FIT_STEPS = (0.6, 0.75, 0.85, 0.93, 1.0, 1.07, 1.15, 1.3, 1.6)


def load_measurements(data_dir: str | Path) -> list[dict]:
    """Every measured case without an error, with its group, split and time."""
    data_dir = Path(data_dir)
    rows = []
    for file_name in MEASURED_FILES:
        path = data_dir / file_name
        if not path.exists():
            continue
        with path.open(newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("error") or not row.get("median_us"):
                    continue
                row["group"] = row.get("group") or file_name[:-4]
                rows.append(row)
    if not rows:
        raise ConfigError(f"{data_dir}: no measurements (expected {', '.join(MEASURED_FILES)})")
    return rows


def load_energy(data_dir: str | Path) -> dict[str, float]:
    """Measured joules per call, by case name."""
    path = Path(data_dir) / "energy.csv"
    if not path.exists():
        return {}
    with path.open(newline="") as handle:
        return {row["name"]: float(row["j_per_call"]) for row in csv.DictReader(handle)
                if row.get("j_per_call") and not row.get("error")}


def _int(row: dict, key: str, default: int = 1) -> int:
    value = row.get(key)
    return int(float(value)) if value not in (None, "") else default


def case_ops(row: dict) -> list:
    """The simulator's ops for a measured row, as the measured program ran them
    (``cases.KERNEL_SEQUENCES``: ``F.silu(a) * b`` is a SiLU, then a product);
    [] for a layer."""
    if row["group"] == "elementwise" and row["op"] in KERNEL_SEQUENCES:
        rows, cols, dtype = _int(row, "rows"), _int(row, "cols"), row.get("dtype") or "bf16"
        return [Elementwise(f"{row['name']}.{part}", part, rows, cols, dtype)
                for part in KERNEL_SEQUENCES[row["op"]]]
    op = _case_op(row)
    return [op] if op is not None else []


def _case_op(row: dict):
    group, dtype, name = row["group"], row.get("dtype") or "bf16", row["name"]
    if group == "gemm":
        return Gemm(name, _int(row, "M"), _int(row, "N"), _int(row, "K"),
                    batch=_int(row, "batch"), dtype=dtype)
    if group == "elementwise":
        return Elementwise(name, row["op"], _int(row, "rows"), _int(row, "cols"), dtype)
    if group == "norm":
        return Norm(name, row["op"], _int(row, "rows"), _int(row, "cols"), dtype)
    if group == "softmax":
        return Softmax(name, _int(row, "rows"), _int(row, "cols"), dtype)
    if group == "attention":
        return Attention(name, _int(row, "batch"), _int(row, "heads"), _int(row, "kv_heads"),
                         _int(row, "head_dim"), _int(row, "q_len"), _int(row, "kv_len"),
                         causal=row.get("causal", "True") in ("True", "true", "1"),
                         fused=True, dtype=dtype)
    return None


def predict(hw: hardware.Hardware, row: dict, in_graph: bool = False):
    """(seconds, joules) the simulator gives for a measured row on ``hw``.

    Whole layers were timed as CUDA-graph replays, so their ops start at
    the in-graph cost (``[chip] graph_launch_latency_ns``); single ops
    were launched on their own, unless ``in_graph`` (energy loops replay a
    graph of calls, so the chip idles only the in-graph cost between them).
    """
    if row["group"] == "layer" or in_graph:
        hw = dataclasses.replace(hw, chip=dataclasses.replace(
            hw.chip, launch_latency_ns=hw.chip.graph_launch_latency_ns))
    ops = case_ops(row)
    if ops:
        chain = {after.name: (before.name,) for before, after in zip(ops, ops[1:])}
        result = simulate_ops(hw, ops, chain, record_timeline=False)
    else:
        spec = models.RunSpec(phase=row["phase"], batch=_int(row, "batch"),
                              seq=_int(row, "seq", 512), kv_len=_int(row, "kv_len", 512),
                              dtype=row.get("dtype") or "bf16")
        result = simulate_model(hw, models.build(row["model"], spec), layers=1,
                                record_timeline=False)
    return result.seconds, energy.summary(result)["energy_j"]


def compare(hw: hardware.Hardware, rows: list[dict], measured_energy: dict[str, float]):
    """One record per row: group, split, measured and predicted time and energy
    (energy as measured: per call of a CUDA-graph replay loop)."""
    records = []
    for row in rows:
        seconds, joules = predict(hw, row)
        if row["name"] in measured_energy:
            joules = predict(hw, row, in_graph=True)[1]
        records.append({"name": row["name"], "group": row["group"], "split": row["split"],
                        "M": row.get("M"), "measured_us": float(row["median_us"]),
                        "predicted_us": seconds * 1e6,
                        "measured_j": measured_energy.get(row["name"]),
                        "predicted_j": joules})
    return records


def ape(record: dict, key: str = "us") -> float:
    """Absolute percentage error of one record."""
    measured, predicted = record[f"measured_{key}"], record[f"predicted_{key}"]
    return abs(predicted - measured) / measured * 100


def mape(records: list[dict], key: str = "us") -> float | None:
    """Mean absolute percentage error, or None without records."""
    errors = [ape(r, key) for r in records if r.get(f"measured_{key}")]
    return sum(errors) / len(errors) if errors else None


def summary(records: list[dict]) -> dict:
    """MAPE per split and group (plus GEMMs with M >= 512, and energy)."""
    table = {}
    for split in ("calibration", "heldout"):
        mine = [r for r in records if r["split"] == split]
        groups = {group: mape([r for r in mine if r["group"] == group]) for group in GROUPS}
        groups["vector"] = mape([r for r in mine if r["group"] in
                                 ("elementwise", "norm", "softmax")])
        groups["gemm_m512"] = mape([r for r in mine if r["group"] == "gemm"
                                    and r["M"] and int(float(r["M"])) >= 512])
        groups["energy"] = mape(mine, "j")
        groups["all"] = mape(mine)
        table[split] = groups
    return table


def table_text(records: list[dict]) -> str:
    """The MAPE table and the ten worst held-out cases, as ``compare`` prints them."""
    figures = summary(records)
    names = [k for k in figures["heldout"]]
    lines = [f"  {'group':12s} {'calibration':>12s} {'held out':>10s}"]
    for name in names:
        cells = [figures[s][name] for s in ("calibration", "heldout")]
        lines.append(f"  {name:12s} " + " ".join(
            f"{'-' if c is None else f'{c:.1f} %':>11s}" for c in cells))
    worst = sorted((r for r in records if r["split"] == "heldout"), key=ape, reverse=True)[:10]
    lines.append("  worst held-out cases:")
    for r in worst:
        lines.append(f"    {r['name'][:44]:44s} measured {r['measured_us']:9.1f} us, "
                     f"predicted {r['predicted_us']:9.1f} us ({ape(r):.0f} %)")
    return "\n".join(lines)


def _get(hw: hardware.Hardware, key: str) -> float:
    section, field = key.rsplit(".", 1)
    node = hw
    for part in section.split("."):
        node = getattr(node, part)
    return getattr(node, field)


def fit(hw_name: str, rows: list[dict], keys: tuple[str, ...] = FITTED,
        rounds: int = 2) -> tuple[dict[str, float], float]:
    """Fit ``keys`` on ``rows`` (calibration only): coordinate descent over
    multiplicative steps, minimising the time MAPE. Returns the values and
    the MAPE reached."""
    base = hardware.load(hw_name)
    values = {key: _get(base, key) for key in keys}

    def error(candidate: dict[str, float]) -> float:
        hw = hardware.load(hw_name, candidate)
        return mape(compare(hw, rows, {}))

    best = error(values)
    for _ in range(rounds):
        for key in keys:
            start = values[key]
            for step in FIT_STEPS:
                if step == 1.0:
                    continue
                trial = {**values, key: type(start)(start * step)}
                score = error(trial)
                if score < best:
                    best, values = score, trial
    return values, best


def plot_predicted_vs_measured(records: list[dict], path: str | Path) -> None:
    """Log-log scatter of predicted against measured times with the y = x line."""
    from systolic.views.backend import pyplot
    from systolic.views.plot import save

    figure, axes = pyplot().subplots(figsize=(6.5, 6))
    markers = {"calibration": "o", "heldout": "^"}
    for group in GROUPS:
        for split, marker in markers.items():
            mine = [r for r in records if r["group"] == group and r["split"] == split]
            if mine:
                axes.scatter([r["measured_us"] for r in mine], [r["predicted_us"] for r in mine],
                             marker=marker, s=16, label=f"{group} ({split})")
    low = min(min(r["measured_us"], r["predicted_us"]) for r in records) / 1.5
    high = max(max(r["measured_us"], r["predicted_us"]) for r in records) * 1.5
    axes.plot([low, high], [low, high], color="black", linewidth=1)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("measured (us)")
    axes.set_ylabel("predicted (us)")
    axes.legend(fontsize=6)
    axes.set_title("H100: simulator vs measurement")
    save(figure, path)

