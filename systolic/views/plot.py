"""Figures from results, drawn with matplotlib's Agg backend (no display needed).

Every figure takes the JSON form of a run (``report.run_dict``, the file
``--json`` writes), so a figure can be redrawn from a saved result:

- ``timeline``: a Gantt chart per core and unit (DMA-in, arrays, vector,
  DMA-out), coloured by op;
- ``ops``: time share and utilization per op;
- ``roofline``: each op at its arithmetic intensity (MACs x 2 per DRAM
  byte) against the machine's compute and bandwidth roofs;
- ``energy``: energy by component, whole run;
- ``breakdown``: each op's cycles by cause, stacked (``breakdown.py``);
- ``heatmap``: busy MACs per PE (from ``systolic gemm --engine pe``);
- ``compare``: cycles and energy of several runs side by side.
"""

from __future__ import annotations

import os

from systolic.breakdown import CAUSES, LABELS
from systolic.errors import SystolicError
from systolic.views import files
from systolic.views.attribution import checked_breakdown
from systolic.views.backend import pyplot

KINDS = ("timeline", "ops", "roofline", "energy", "breakdown", "heatmap")
UNITS = ("dma_in", "array", "vector", "dma_out", "link")
MAX_TIMELINE_BARS = 20000  # beyond this the Gantt draws the first ops only


def save(figure, path: str | os.PathLike) -> None:
    """Write ``figure`` to ``path`` (format from its suffix) under a temporary
    name, renamed when complete: a failed draw leaves no half-written file."""
    plt = pyplot()
    figure.tight_layout()
    try:
        with files.atomic_path(path) as temporary:
            figure.savefig(temporary, dpi=120)
    finally:
        plt.close(figure)


def timeline(run: dict, path: str | os.PathLike) -> None:
    """Gantt chart: a row per (core, unit), a bar per busy interval."""
    plt = pyplot()
    intervals = run["timeline"][:MAX_TIMELINE_BARS]
    if not intervals:
        raise SystolicError("plot: this result has no timeline")
    rows = sorted({(core, UNITS.index(unit)) for unit, core, *_ in intervals})
    row_of = {row: i for i, row in enumerate(rows)}
    ops = list(dict.fromkeys(op for _, _, op, *_ in intervals))
    colours = plt.get_cmap("tab20")
    clock = run["hardware"]["clock_hz"]
    figure, axes = plt.subplots(figsize=(11, 1 + 0.35 * len(rows)))
    for unit, core, op, _, start, end in intervals:
        axes.barh(row_of[(core, UNITS.index(unit))], (end - start) / clock * 1e6,
                  left=start / clock * 1e6, color=colours(ops.index(op) % 20), height=0.8)
    axes.set_yticks(range(len(rows)), [f"core {c} {UNITS[u]}" for c, u in rows])
    axes.set_xlabel("time (us)")
    axes.set_title(f"Timeline on {run['hardware']['name']}")
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours(i % 20)) for i in range(len(ops))]
    if len(ops) <= 20:
        axes.legend(handles, ops, fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    axes.invert_yaxis()
    save(figure, path)


def ops(run: dict, path: str | os.PathLike) -> None:
    """Bars of each op's share of the run's time, and its utilization."""
    plt = pyplot()
    names = [op["name"] for op in run["ops"]]
    total = run["total"]["cycles"] or 1
    share = [100 * op["cycles"] * op.get("repeat", 1) / total for op in run["ops"]]
    utilization = [100 * op["utilization"] for op in run["ops"]]
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 1.2 + 0.3 * len(names)),
                                         sharey=True)
    left.barh(names, share, color="tab:blue")
    left.set_xlabel("share of time (%)")
    right.barh(names, utilization, color="tab:orange")
    right.set_xlabel("array utilization (%)")
    right.set_xlim(0, 100)
    left.invert_yaxis()
    figure.suptitle(f"Per-op time and utilization on {run['hardware']['name']}")
    save(figure, path)


def roofline(run: dict, path: str | os.PathLike) -> None:
    """Ops placed by arithmetic intensity under the compute and bandwidth roofs."""
    plt = pyplot()
    hw = run["hardware"]
    clock = hw["clock_hz"]
    peak = 2 * hw["peak_macs_per_cycle"] * clock / 1e12
    bandwidth = hw["dram_bandwidth_bytes_per_s"] / 1e12
    figure, axes = plt.subplots(figsize=(7, 5))
    intensities = []
    for op in run["ops"]:
        moved = op.get("dram_read_bytes", 0) + op.get("dram_write_bytes", 0)
        if not op["macs"] or not moved:
            continue
        intensity = 2 * op["macs"] / moved
        achieved = 2 * op["macs"] / op["seconds"] / 1e12
        intensities.append(intensity)
        axes.scatter(intensity, achieved, s=25)
        axes.annotate(op["name"], (intensity, achieved), fontsize=6)
    if not intensities:
        raise SystolicError("plot: no op with MACs and DRAM traffic to place on a roofline")
    low, high = min(intensities + [1.0]) / 4, max(intensities + [peak / bandwidth]) * 4
    xs = [low * (high / low) ** (i / 100) for i in range(101)]
    axes.plot(xs, [min(peak, bandwidth * x) for x in xs], color="black")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("arithmetic intensity (ops per DRAM byte)")
    axes.set_ylabel("achieved TOPS")
    axes.set_title(f"Roofline of {hw['name']}: {peak:.1f} TOPS, {bandwidth * 1e3:.0f} GB/s")
    save(figure, path)


def energy(run: dict, path: str | os.PathLike) -> None:
    """Energy of the whole run by component."""
    plt = pyplot()
    breakdown = run["total"].get("breakdown_j")
    if not breakdown:
        raise SystolicError("plot: this result has no energy")
    names = [name for name, value in breakdown.items() if value]
    figure, axes = plt.subplots(figsize=(7, 4))
    axes.bar(names, [breakdown[name] for name in names], color="tab:green")
    axes.set_ylabel("energy (J)")
    axes.set_title(f"Energy by component: {run['total']['energy_j']:.3g} J on "
                   f"{run['hardware']['name']}")
    save(figure, path)


def breakdown(run: dict, path: str | os.PathLike) -> None:
    """Stacked bars: each op's cycles in the run (repeats included) by cause."""
    plt = pyplot()
    ops = [op for op in run["ops"] if "breakdown_cycles" in op]
    if not ops:
        raise SystolicError("plot: this result has no cycle breakdown")
    for op in ops:
        checked_breakdown(op["breakdown_cycles"], f"plot: {op.get('name')}")
    names = [op["name"] for op in ops]
    figure, axes = plt.subplots(figsize=(10, 1.4 + 0.32 * len(names)))
    left = [0.0] * len(ops)
    for cause, colour in zip(CAUSES, plt.get_cmap("tab10").colors):
        widths = [op["breakdown_cycles"][cause] * op.get("repeat", 1) for op in ops]
        if any(widths):
            axes.barh(names, widths, left=left, color=colour, label=LABELS[cause])
            left = [a + b for a, b in zip(left, widths)]
    axes.invert_yaxis()
    axes.set_xlabel("cycles in the run (repeats included)")
    axes.legend(fontsize=8, loc="lower right")
    axes.set_title(f"Where the cycles went on {run['hardware']['name']}: "
                   f"{run['total']['cycles']} cycles")
    save(figure, path)


def heatmap(run: dict, path: str | os.PathLike) -> None:
    """Busy MACs per PE, from a PE-level run."""
    plt = pyplot()
    busy = run["settings"].get("verification", {}).get("busy_macs")
    if not busy:
        raise SystolicError("plot: no PE busy counts here; run `systolic gemm --engine pe "
                            "--json FILE` first")
    figure, axes = plt.subplots(figsize=(6, 5))
    image = axes.imshow(busy, cmap="viridis")
    figure.colorbar(image, ax=axes, label="busy MAC cycles")
    axes.set_xlabel("PE column")
    axes.set_ylabel("PE row")
    axes.set_title("Busy MACs per PE")
    save(figure, path)


def compare(runs: list[dict], labels: list[str], path: str | os.PathLike) -> None:
    """Cycles and energy of several runs (e.g. hardware configs) side by side."""
    plt = pyplot()
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.bar(labels, [run["total"]["seconds"] * 1e3 for run in runs], color="tab:blue")
    left.set_ylabel("time (ms)")
    right.bar(labels, [run["total"].get("energy_j", 0.0) for run in runs], color="tab:green")
    right.set_ylabel("energy (J)")
    for axes in (left, right):
        axes.tick_params(axis="x", rotation=20)
    figure.suptitle("Comparison")
    save(figure, path)


def pareto(rows: list[dict], front: list[dict], x: str, y: str, colour: str,
           path: str | os.PathLike) -> None:
    """Sweep points on two objectives, coloured by a third, the front joined."""
    plt = pyplot()
    figure, axes = plt.subplots(figsize=(7, 5))
    scatter = axes.scatter([r[x] for r in rows], [r[y] for r in rows],
                           c=[r[colour] for r in rows], cmap="viridis", s=14)
    front = sorted(front, key=lambda r: r[x])
    axes.plot([r[x] for r in front], [r[y] for r in front], color="red", marker="o",
              markersize=4, label="Pareto front")
    figure.colorbar(scatter, ax=axes, label=colour)
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel(x)
    axes.set_ylabel(y)
    axes.legend()
    axes.set_title(f"{len(rows)} design points")
    save(figure, path)


def sweep_heatmap(rows: list[dict], x: str, y: str, value: str,
                  path: str | os.PathLike) -> None:
    """The best ``value`` for every pair of two swept parameters."""
    plt = pyplot()
    xs, ys = sorted({r[x] for r in rows}), sorted({r[y] for r in rows})
    grid = [[min((r[value] for r in rows if r[x] == vx and r[y] == vy), default=float("nan"))
             for vx in xs] for vy in ys]
    figure, axes = plt.subplots(figsize=(6, 5))
    image = axes.imshow(grid, origin="lower", cmap="viridis_r", aspect="auto")
    axes.set_xticks(range(len(xs)), [f"{v:.3g}" for v in xs], rotation=30)
    axes.set_yticks(range(len(ys)), [f"{v:.3g}" for v in ys])
    axes.set_xlabel(x)
    axes.set_ylabel(y)
    figure.colorbar(image, ax=axes, label=f"best {value}")
    save(figure, path)


FIGURES = {"timeline": timeline, "ops": ops, "roofline": roofline, "energy": energy,
           "breakdown": breakdown,
           "heatmap": heatmap}


def draw(run: dict, kind: str, path: str | os.PathLike) -> None:
    """Draw figure ``kind`` of a run to ``path`` (PNG, SVG or PDF by suffix)."""
    if kind not in FIGURES:
        raise SystolicError(f"plot: kind: expected one of {', '.join(KINDS)}, got {kind!r}")
    FIGURES[kind](run, path)
