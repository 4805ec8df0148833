"""A sweep's results read back: rows with numbers, the Pareto front of the
objectives, the best point of each, and the text ``systolic sweep-report`` prints."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable

from systolic.apps.sweep.execution import TEXT_COLUMNS
from systolic.apps.sweep.spec import OBJECTIVE_SENSE
from systolic.errors import ConfigError

# --- analysis --------------------------------------------------------------------------

def read_results(path: str | Path) -> list[dict]:
    """Finished rows of a results file, numbers as floats."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path.name}: cannot read: no such file")
    rows = []
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("error"):
                continue
            rows.append({key: value if key in TEXT_COLUMNS else _number(value)
                         for key, value in row.items()})
    return rows


def _number(text: str):
    try:
        return float(text)
    except (TypeError, ValueError):
        return text


def pareto_front(rows: Iterable[dict], objectives: tuple[str, ...]) -> list[dict]:
    """Rows no other row beats on every objective (maximised ones flipped)."""
    rows = list(rows)

    def key(row: dict) -> tuple:
        return tuple(OBJECTIVE_SENSE[o] * row[o] for o in objectives)

    front = []
    for row in rows:
        mine = key(row)
        if not any(all(a <= b for a, b in zip(key(other), mine)) and key(other) != mine
                   for other in rows):
            front.append(row)
    return sorted(front, key=key)


def best(rows: list[dict], objective: str) -> dict:
    """The best row for one objective."""
    return min(rows, key=lambda row: OBJECTIVE_SENSE[objective] * row[objective])


def report_text(rows: list[dict], objectives: tuple[str, ...]) -> str:
    """Best point per objective and the Pareto front, as ``sweep-report`` prints them."""
    if not rows:
        return "no finished points"
    lines = [f"{len(rows)} finished points"]
    for objective in objectives:
        row = best(rows, objective)
        lines.append(f"best {objective:13s} {row[objective]:.4g}  at {row['point']}")
    front = pareto_front(rows, objectives)
    lines.append(f"Pareto front over {', '.join(objectives)} ({len(front)} points):")
    for row in front:
        figures = "  ".join(f"{o}={row[o]:.4g}" for o in objectives)
        lines.append(f"  {figures}  {row['point']}")
    return "\n".join(lines)
