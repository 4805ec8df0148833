"""Accuracy side by side: on the rows the H100 preset was fitted on, on its held-out
rows, on models it never saw, and on another chip it was never fitted to.

``systolic validate transfer`` compares the simulator with every measured data set
of ``DATA_SETS`` (each on its own preset) and prints one MAPE table, a column a
data set, with the ratio of the H200's error to the H100's held-out error (the
transfer issue's bar: within 1.5x). The H200 rows and the unseen-model rows are
check-only: nothing was fitted on them (``workloads/gpu/*/README.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from systolic.apps.gpu import compare
from systolic.spec import hardware


@dataclass(frozen=True)
class DataSet:
    """One column: a preset's predictions of one split of a measured folder."""

    label: str
    hw: str
    data: str                # folder under the repository root
    split: str               # the rows that count: "calibration" or "heldout"
    exclude: str | None = None  # a folder whose cases are left out (repeats)


DATA_SETS = (
    DataSet("H100 calibration", "h100", "workloads/gpu/h100", "calibration"),
    DataSet("H100 held out", "h100", "workloads/gpu/h100", "heldout"),
    DataSet("H100 unseen models", "h100", "workloads/gpu/h100-fresh", "heldout",
            "workloads/gpu/h100"),
    DataSet("H200 transfer", "h200", "workloads/gpu/h200", "heldout"),
)
BASELINE, TRANSFER = "H100 held out", "H200 transfer"


def records_of(data_set: DataSet, root: Path) -> list[dict]:
    """The compared rows of ``data_set``'s split (``compare.compare`` records)."""
    rows = compare.load_measurements(root / data_set.data)
    if data_set.exclude:
        known = {row["name"] for row in compare.load_measurements(root / data_set.exclude)}
        rows = [row for row in rows if row["name"] not in known]
    rows = [row for row in rows if row["split"] == data_set.split]
    return compare.compare(hardware.load(data_set.hw), rows,
                           compare.load_energy(root / data_set.data))


def figures(records_by_label: dict[str, list[dict]]) -> dict[str, dict[str, float | None]]:
    """MAPE per group (``compare.summary``'s groups) for each data set."""
    found = {}
    for label, records in records_by_label.items():
        split = records[0]["split"] if records else "heldout"
        found[label] = compare.summary(records)[split]
    return found


def table_text(found: dict[str, dict[str, float | None]]) -> str:
    """The side-by-side table, with the transfer ratio where both columns exist."""
    labels = list(found)
    groups = list(next(iter(found.values())))
    ratio = BASELINE in found and TRANSFER in found
    header = f"  {'group':12s}" + "".join(f" {label:>19s}" for label in labels)
    lines = [header + (f" {'H200 / H100':>12s}" if ratio else "")]
    for group in groups:
        cells = [found[label][group] for label in labels]
        line = f"  {group:12s}" + "".join(
            f" {'-' if c is None else f'{c:.1f} %':>19s}" for c in cells)
        if ratio:
            base, moved = found[BASELINE][group], found[TRANSFER][group]
            line += f" {'-' if not base or moved is None else f'{moved / base:.2f}x':>12s}"
        lines.append(line)
    return "\n".join(lines)


def plot(records_by_label: dict[str, list[dict]], path: str | Path) -> None:
    """Predicted against measured, one log-log panel a data set."""
    from systolic.views.backend import pyplot
    from systolic.views.plot import save

    shown = {label: records for label, records in records_by_label.items() if records}
    figure, panels = pyplot().subplots(1, len(shown), figsize=(3.4 * len(shown), 3.6),
                                       squeeze=False)
    panels = panels[0]
    for axes, (label, records) in zip(panels, shown.items()):
        for group in compare.GROUPS:
            mine = [r for r in records if r["group"] == group]
            if mine:
                axes.scatter([r["measured_us"] for r in mine],
                             [r["predicted_us"] for r in mine], s=9, label=group)
        low = min(min(r["measured_us"], r["predicted_us"]) for r in records) / 1.5
        high = max(max(r["measured_us"], r["predicted_us"]) for r in records) * 1.5
        axes.plot([low, high], [low, high], color="black", linewidth=1)
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.set_title(f"{label} ({len(records)})", fontsize=9)
        axes.set_xlabel("measured (us)")
    panels[0].set_ylabel("predicted (us)")
    panels[0].legend(fontsize=6)
    save(figure, path)
