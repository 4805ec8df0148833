"""Compare simulated training steps with the measured ones (``train_measure.py``).

Every row of ``train_steps.csv`` is rebuilt as a train run of its model
(``precision = "autocast"``, as it ran: fp32 parameters under bf16
autocast, AdamW; ``recompute = "full"`` where it was checkpointed) and
simulated on a machine (``--hw h200``). Compared: the whole step, its three
phases (the forward includes the loss, the backward the recomputation), the
peak memory, and the time per op family, the measured kernels classified by
name (``kernel_family``), the simulated ops by kind (``op_family``).

Nothing here is fitted: the ``h200`` preset is the ``h100`` one with the
H200's published differences, and the ``split`` column (whole models held
out) says which rows mechanisms may be designed on.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from systolic.errors import ConfigError
from systolic.simulate import simulate_model
from systolic.spec import hardware, models
from systolic.spec.workload import Attention, Elementwise, Gemm, Norm, Softmax

PHASES = ("forward", "backward", "optimizer")
FAMILIES = ("gemm", "attention", "cast", "elementwise", "norm", "loss", "optimizer")
BACKWARD_MARKS = (".bwd", ".dgrad", ".wgrad", "recompute.")
# Substrings of kernel names, first match wins (lower case).
KERNEL_MARKS = (("optimizer", ("multi_tensor",)), ("gemm", ("nvjet", "cutlass", "gemm", "xmma")),
                ("attention", ("sdpa", "flash", "fmha", "cudnn")), ("cast", ("copy_kernel",)),
                ("norm", ("layer_norm", "gammabeta")), ("loss", ("softmax", "nll_loss")))


@dataclass(frozen=True)
class TrainRecord:
    """One measured step beside its simulation (milliseconds, bytes)."""

    model: str
    split: str
    batch: int
    seq: int
    checkpoint: bool
    measured_ms: float
    predicted_ms: float
    measured_phase_ms: dict[str, float]
    predicted_phase_ms: dict[str, float]
    measured_peak_bytes: float
    predicted_peak_bytes: float
    measured_family_ms: dict[str, float] = field(default_factory=dict)
    predicted_family_ms: dict[str, float] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.model} {self.batch}x{self.seq}{' ckpt' if self.checkpoint else ''}"


def kernel_family(name: str) -> str:
    """The op family of a measured kernel, from its name."""
    lower = name.lower()
    return next((family for family, marks in KERNEL_MARKS if any(m in lower for m in marks)),
                "elementwise")


def op_family(op, name: str) -> str:
    """The op family of a simulated op."""
    if name == "optimizer" or name == "loss_scale":
        return "optimizer"
    if isinstance(op, Gemm):
        return "gemm"
    if isinstance(op, Attention) or ".attention.bwd" in f".{name}":
        return "attention"
    if isinstance(op, Elementwise) and op.op.startswith("cast"):
        return "cast"
    if isinstance(op, Softmax) or name.startswith("loss"):
        return "loss"
    if isinstance(op, Norm) or (isinstance(op, Elementwise) and
                                (op.op.endswith("norm_grad") or op.op == "column_sum")):
        return "norm"
    return "elementwise"


def phase_of(name: str) -> str:
    if name in ("optimizer", "loss_scale"):
        return "optimizer"
    return "backward" if any(mark in name for mark in BACKWARD_MARKS) else "forward"


def load_steps(data_dir: Path) -> list[dict]:
    path = data_dir / "train_steps.csv"
    if not path.exists():
        raise ConfigError(f"{data_dir}: no train_steps.csv (made by "
                          "python -m systolic.apps.gpu.train_measure)")
    with path.open(newline="") as handle:
        return [row for row in csv.DictReader(handle) if not row.get("error")]


def load_kernel_families(data_dir: Path) -> dict[tuple, Counter]:
    """Measured milliseconds per family, by (model, batch, seq, checkpoint)."""
    path, found = data_dir / "train_kernels.csv", {}
    if not path.exists():
        return found
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            key = (row["model"], int(row["batch"]), int(row["seq"]), row["checkpoint"] == "True")
            found.setdefault(key, Counter())[kernel_family(row["kernel"])] += \
                float(row["total_us"]) / 1e3
    return found


def simulate_step(hw: hardware.Hardware, row: dict) -> tuple[float, Counter, Counter, float]:
    """(step ms, ms per phase, ms per family, peak bytes) of one measured row."""
    spec = models.RunSpec(phase="train", batch=int(row["batch"]), seq=int(row["seq"]),
                          recompute="full" if row["checkpoint"] == "True" else "none",
                          precision="autocast")
    workload = models.build(row["model"], spec)
    result = simulate_model(hw, workload, record_timeline=False, allow_over_capacity=True)
    forward_ops = {op.name: op for part in (workload.embedding, workload.layer, workload.tail)
                   for op in part.ops}
    phases, families = Counter(), Counter()
    for op in result.ops:
        name = op.name.removeprefix("layer.")
        ms = op.cycles * result.repeats.get(op.name, 1) / hw.chip.clock_hz * 1e3
        phases[phase_of(name)] += ms
        families[op_family(forward_ops[name], name)] += ms
    return (result.cycles / hw.chip.clock_hz * 1e3, phases, families,
            float(result.footprint.total_bytes))


def compare(hw: hardware.Hardware, data_dir: str | Path) -> list[TrainRecord]:
    data_dir = Path(data_dir)
    kernels = load_kernel_families(data_dir)
    records = []
    for row in load_steps(data_dir):
        step_ms, phases, families, peak = simulate_step(hw, row)
        key = (row["model"], int(row["batch"]), int(row["seq"]), row["checkpoint"] == "True")
        records.append(TrainRecord(
            model=row["model"], split=row["split"], batch=key[1], seq=key[2],
            checkpoint=key[3], measured_ms=float(row["step_ms"]), predicted_ms=step_ms,
            measured_phase_ms={p: float(row[f"{p}_ms"]) for p in PHASES},
            predicted_phase_ms=dict(phases), measured_peak_bytes=float(row["peak_bytes"]),
            predicted_peak_bytes=peak, measured_family_ms=dict(kernels.get(key, {})),
            predicted_family_ms=dict(families)))
    return records


def _mape(pairs: list[tuple[float, float]]) -> float | None:
    pairs = [(p, m) for p, m in pairs if m > 0]
    return 100 * sum(abs(p - m) / m for p, m in pairs) / len(pairs) if pairs else None


def figures(records: list[TrainRecord]) -> dict[str, dict[str, float | None]]:
    """MAPE by split: step, each phase, peak memory, each op family."""
    found = {}
    for split in ("calibration", "heldout"):
        chosen = [r for r in records if r.split == split]
        row = {"step": _mape([(r.predicted_ms, r.measured_ms) for r in chosen]),
               "memory": _mape([(r.predicted_peak_bytes, r.measured_peak_bytes)
                                for r in chosen])}
        for phase in PHASES:
            row[phase] = _mape([(r.predicted_phase_ms.get(phase, 0), r.measured_phase_ms[phase])
                                for r in chosen])
        for family in FAMILIES:
            row[family] = _mape([(r.predicted_family_ms.get(family, 0),
                                  r.measured_family_ms.get(family, 0)) for r in chosen
                                 if r.measured_family_ms])
        found[split] = row
    return found


def table_text(records: list[TrainRecord]) -> str:
    """Per row, then MAPE by split."""
    lines = [f"{'case':32s} {'step ms':>17s} {'err':>7s} {'peak GiB':>13s} {'err':>7s}"]
    for r in records:
        lines.append(
            f"{r.label:32s} {r.predicted_ms:8.1f}/{r.measured_ms:<8.1f} "
            f"{100 * (r.predicted_ms / r.measured_ms - 1):+6.1f}% "
            f"{r.predicted_peak_bytes / 2**30:6.1f}/{r.measured_peak_bytes / 2**30:<6.1f} "
            f"{100 * (r.predicted_peak_bytes / r.measured_peak_bytes - 1):+6.1f}%  {r.split}")
    found = figures(records)
    columns = ["step", *PHASES, "memory", *FAMILIES]
    lines.append("MAPE %        " + " ".join(f"{c[:9]:>9s}" for c in columns))
    for split, row in found.items():
        cells = " ".join(f"{row[c]:9.1f}" if row[c] is not None else f"{'-':>9s}"
                         for c in columns)
        lines.append(f"{split:13s} {cells}")
    return "\n".join(lines)


def plot(records: list[TrainRecord], path: str | Path) -> None:
    """Predicted vs measured step time and peak memory, by split."""
    from systolic.views.backend import pyplot
    from systolic.views.plot import save

    figure, axes = pyplot().subplots(1, 2, figsize=(10, 4.4))
    panels = (("step time (ms)", lambda r: (r.measured_ms, r.predicted_ms)),
              ("peak memory (GiB)", lambda r: (r.measured_peak_bytes / 2**30,
                                                r.predicted_peak_bytes / 2**30)))
    for axis, (title, values) in zip(axes, panels):
        for split, marker in (("calibration", "o"), ("heldout", "s")):
            points = [values(r) for r in records if r.split == split]
            if points:
                axis.scatter(*zip(*points), marker=marker, label=split, alpha=0.8)
        top = max(max(values(r)) for r in records) * 1.05
        axis.plot([0, top], [0, top], color="grey", lw=0.8)
        axis.set_xlabel(f"measured {title}")
        axis.set_ylabel(f"simulated {title}")
        axis.legend()
    figure.suptitle("Training steps on an H200: simulated (h200 preset) vs measured")
    figure.tight_layout()
    save(figure, path)
