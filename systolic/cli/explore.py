"""``systolic sweep``, ``sweep-report`` and ``presets``: the machines, and sweeps over them."""

from __future__ import annotations

import argparse
import sys

from systolic.apps import sweep
from systolic.cli import EXIT_INTERRUPTED
from systolic.cli.options import check_figure, check_output, positive_int
from systolic.errors import SystolicError
from systolic.spec import hardware, presets
from systolic.views import plot

EXIT_POINTS_FAILED = 1  # the sweep ran, and some of its points failed


def add_sweep(subparsers) -> None:
    """``systolic sweep`` and ``sweep-report``."""
    parser = subparsers.add_parser("sweep", help="run a design-space sweep from a TOML spec")
    parser.add_argument("spec", help="sweep spec (TOML)")
    parser.add_argument("-o", "--output", required=True,
                        help="results CSV (appended; re-running resumes)")
    parser.add_argument("--workers", type=positive_int, help="local processes (default: all "
                                                              "cores)")
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="run on a Dask scheduler at ADDRESS, or 'local' for a LocalCluster")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(handler=_cmd_sweep)
    report_parser = subparsers.add_parser("sweep-report",
                                          help="best points and Pareto front of a sweep")
    report_parser.add_argument("results", help="results CSV of a sweep")
    report_parser.add_argument("--spec", help="the sweep spec (for its objectives)")
    report_parser.add_argument("--plot", metavar="PREFIX",
                               help="draw PREFIX-pareto.png and PREFIX-heatmap.png")
    report_parser.set_defaults(handler=_cmd_sweep_report)


def _cmd_sweep(args: argparse.Namespace) -> int:
    """Run a sweep; exit 1 when any point of the file failed, 130 on Ctrl-C."""
    from tqdm import tqdm

    check_output("-o", args.output)
    spec = sweep.load_spec(args.spec)
    total = len(sweep.points(spec))
    already = len(sweep.done_points(spec, args.output) & {sweep.point_id(p)
                                                          for p in sweep.points(spec)})
    written = [already]
    with tqdm(total=total, initial=already, unit="point", file=sys.stderr,
              disable=args.quiet) as bar:
        def progress(done: int, todo: int) -> None:
            written[0] = already + done
            bar.update(1)

        try:
            outcome = sweep.run(spec, args.output, workers=args.workers,
                                dask_address=args.dask, progress=progress)
        except KeyboardInterrupt:
            bar.close()
            print(f"systolic: interrupted: {written[0]} of {total} points are in "
                  f"{args.output}; the same command resumes", file=sys.stderr)
            return EXIT_INTERRUPTED
    print(_sweep_summary(outcome, args.output))
    return EXIT_POINTS_FAILED if outcome.failed or outcome.already_failed else 0


def _sweep_summary(outcome: sweep.Outcome, output: str) -> str:
    """``N points run, F failed``, then what else the file holds."""
    parts = [f"{outcome.ran} points run", f"{outcome.failed} failed"]
    if outcome.infeasible:
        parts.append(f"{outcome.infeasible} infeasible (outside the constraints or the DRAM)")
    if outcome.already:
        parts.append(f"{outcome.already} already in {output}" +
                     (f" of which {outcome.already_failed} failed"
                      if outcome.already_failed else ""))
    line = ", ".join(parts)
    if outcome.failed or outcome.already_failed:
        line += f" (see the error column of {output})"
    return line


def _cmd_sweep_report(args: argparse.Namespace) -> int:
    if args.plot:
        for figure in ("pareto", "heatmap"):
            check_figure("--plot", f"{args.plot}-{figure}.png")
    rows = sweep.read_results(args.results)
    objectives = sweep.load_spec(args.spec).objectives if args.spec else \
        ("latency_s", "energy_j", "area_mm2")
    print(sweep.report_text(rows, objectives))
    if args.plot and rows:
        front = sweep.pareto_front(rows, objectives)
        plot.pareto(rows, front, objectives[0], objectives[1], "area_mm2",
                    f"{args.plot}-pareto.png")
        swept = [k for k in rows[0] if "." in k and isinstance(rows[0][k], float)]
        if len(swept) >= 2:
            plot.sweep_heatmap(rows, swept[0], swept[1], objectives[0],
                               f"{args.plot}-heatmap.png")
    return 0


def add_presets(subparsers) -> None:
    """``systolic presets [list | show NAME]``."""
    parser = subparsers.add_parser("presets", help="list presets, or show one as TOML")
    parser.add_argument("action", nargs="?", choices=("list", "show"), default="list")
    parser.add_argument("name", nargs="?", help="preset to show")
    parser.set_defaults(handler=_cmd_presets)


def _cmd_presets(args: argparse.Namespace) -> int:
    if args.action == "show":
        if not args.name:
            raise SystolicError("presets show: expected a preset name")
        print(hardware.preset_text(args.name), end="")
        return 0
    for name in presets.preset_names():
        print(f"{name:18s} {hardware.load(name).description}")
    return 0
