"""Figures of a plan: the layouts' latency against throughput, and where a chip's time goes.

``pareto``: every ranked layout (at every batch planned) as a point,
tokens/s per sequence against tokens/s per chip, coloured by energy per
token, the front that no other point beats on both drawn as a line. ``stages``: for the best layouts, one bar
each, a chip's time split into compute (its ops other than collectives),
communication (collectives and the stage hand-overs) and pipeline bubble.
"""

from __future__ import annotations

import os

from systolic.views.backend import pyplot
from systolic.views.plot import save

# A plan is an apps/plan.Plan, a row an apps/parallel.LayoutResult: views sit
# below apps, so they read them by their fields and import neither.


def pareto(plan, front: list, path: str | os.PathLike) -> None:
    """Tokens/s per sequence against tokens/s per chip (module docstring);
    ``front``: the layouts on the Pareto front (``apps/plan.pareto``)."""
    plt = pyplot()
    rows = plan.ranked
    figure, axes = plt.subplots(figsize=(8, 5))
    points = axes.scatter([r.tokens_per_s_per_sequence for r in rows],
                          [r.tokens_per_s_per_chip for r in rows],
                          c=[r.energy_per_token_j * 1e3 for r in rows], cmap="viridis", s=22)
    figure.colorbar(points, ax=axes, label="mJ per token")
    axes.plot([r.tokens_per_s_per_sequence for r in front],
              [r.tokens_per_s_per_chip for r in front], color="tab:red", lw=1,
              label="Pareto front")
    for row in front:
        axes.annotate(f"{_short(row.layout)} b{row.batch}",
                      (row.tokens_per_s_per_sequence, row.tokens_per_s_per_chip),
                      fontsize=7, xytext=(4, 2), textcoords="offset points")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("tokens/s per sequence (what a user sees)")
    axes.set_ylabel("tokens/s per chip")
    axes.set_title(f"{plan.model} on {plan.system}: {len(rows)} layouts and batches")
    axes.legend(loc="lower left", fontsize=8)
    save(figure, path)


def stages(plan, path: str | os.PathLike, top: int = 12) -> None:
    """Compute, communication and bubble of the best layouts (module docstring)."""
    plt = pyplot()
    rows = plan.ranked[:top]
    figure, axes = plt.subplots(figsize=(9, 0.5 + 0.4 * len(rows)))
    labels = [f"{_short(r.layout)}, batch {r.batch}" for r in rows]
    parts = [_split(r) for r in rows]
    left = [0.0] * len(rows)
    for index, (name, colour) in enumerate((("compute", "tab:blue"),
                                            ("communication", "tab:orange"),
                                            ("bubble", "tab:gray"))):
        widths = [p[index] * 1e3 for p in parts]
        axes.barh(labels, widths, left=left, color=colour, label=name)
        left = [a + b for a, b in zip(left, widths)]
    axes.invert_yaxis()
    axes.set_xlabel("ms of a chip's time over the batch")
    axes.set_title(f"{plan.model} on {plan.system}: where a chip's time goes")
    axes.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    figure.tight_layout()
    save(figure, path)


def _split(row) -> tuple[float, float, float]:
    """(compute, communication, bubble) seconds of one chip over the batch."""
    busy = row.latency_s * (1 - row.bubble_fraction)
    communication = busy * row.communication_fraction
    return busy - communication, communication, row.latency_s - busy


def _short(layout) -> str:
    parts = [f"tp{layout.tp}" + (f"({layout.tpx}x{layout.tp // layout.tpx})"
                                 if layout.tpx > 1 else "")]
    parts += [f"cp{layout.cp}"] if layout.cp > 1 else []
    parts += [f"pp{layout.pp}x{layout.microbatches}"] if layout.pp > 1 else []
    parts += [f"dp{layout.dp}"] if layout.dp > 1 else []
    parts += [f"ep{layout.ep}"] if layout.ep > 1 else []
    parts += ["sp"] if layout.sp else []
    return " ".join(parts)
