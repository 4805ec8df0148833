"""``systolic plan``, and ``systolic run --system``: a model on many chips."""

from __future__ import annotations

import argparse
import json
import sys

from systolic.cli.options import (DEFAULT_PRESET, add_model_arguments, check_figure, check_output,
                                  check_weight_dtype, needs_timeline, positive_int, run_spec,
                                  write_outputs, writing)
from systolic.errors import SystolicError

OBJECTIVE_NAMES = ("latency", "throughput", "energy")


def add_plan(subparsers) -> None:
    """``systolic plan``: rank every layout of a model on a system."""
    parser = subparsers.add_parser(
        "plan", help="rank every parallelism layout of a model on a system of chips",
        description="Enumerate the layouts (tp x pp x dp, ep, sp, micro-batches) that use "
                    "every chip of a system, simulate those that fit, and rank them.")
    add_system_argument(parser, required=True)
    add_model_arguments(parser)
    parser.add_argument("--objective", choices=OBJECTIVE_NAMES, default="latency",
                        help="rank by the whole batch's latency (default), tokens/s per "
                             "chip, or energy per token")
    parser.add_argument("--batches", type=_batches, metavar="B,B,...",
                        help="plan at each of these batch sizes instead of --batch "
                             "(the Pareto figure's points)")
    parser.add_argument("--top", type=positive_int, default=20,
                        help="rows of the table (default 20)")
    parser.add_argument("--json", metavar="FILE", help="write every ranked layout as JSON")
    parser.add_argument("--best-out", metavar="FILE",
                        help="write the best layout as a TOML file for run --layout")
    parser.add_argument("--plot", choices=("pareto", "stages"),
                        help="pareto: the layouts' latency against throughput per chip; "
                             "stages: compute, communication and bubble of the best (needs -o)")
    parser.add_argument("-o", "--output", metavar="FILE", help="the figure's file")
    parser.set_defaults(handler=_cmd_plan)


def _batches(text: str) -> tuple[int, ...]:
    """``8,32,128``: batch sizes, each a positive integer, at most 16 of them."""
    values = tuple(positive_int(part) for part in text.split(","))
    if len(values) > 16:
        raise argparse.ArgumentTypeError(f"expected at most 16 batch sizes, got {len(values)}")
    return values


def add_system_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--system", required=required, metavar="NAME_OR_TOML",
                        help="a system of chips: h100-node, h100-cluster, tpu-v4-pod, tpu-v4-512, "
                             "or a system TOML (it names its chip preset)")


def _check_plan_outputs(args: argparse.Namespace) -> None:
    if args.model is None:
        raise SystolicError("plan: expected --model")
    if args.batches and args.batch is not None:
        raise SystolicError("--batches: replaces --batch; give one of them")
    if args.tp is not None:
        raise SystolicError("--tp: plan tries every tensor-parallel degree; use run "
                            "--system --layout tp=N for one")
    if (args.plot is None) != (args.output is None):
        raise SystolicError("--plot and -o: expected both or neither")
    for option, path in (("--json", args.json), ("--best-out", args.best_out)):
        if path:
            check_output(option, path)
    if args.output:
        check_figure("-o", args.output)


def _cmd_plan(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from systolic.apps import plan as planner
    from systolic.spec import systems
    from systolic.views import files

    _check_plan_outputs(args)
    system = systems.load(args.system)
    check_weight_dtype(system.chip, args.weight_dtype)
    spec = run_spec(args, system.chip.default_dtype)
    batches = args.batches or ()
    with tqdm(total=planner.count(system, args.model, spec, len(batches) or 1), unit="layout",
              file=sys.stderr, leave=False, disable=not sys.stderr.isatty()) as bar:
        result = planner.plan(system, args.model, spec, args.objective,
                              progress=lambda: bar.update(1), batches=batches)
    print(planner.table_text(result, args.top), flush=True)
    if args.json:
        with writing("--json", args.json):
            files.atomic_write(args.json, json.dumps(
                {"system": result.system, "model": result.model,
                 "objective": result.objective, "layouts": planner.rows(result)},
                indent=2) + "\n")
    if args.best_out and result.ranked:
        with writing("--best-out", args.best_out):
            files.atomic_write(args.best_out, result.ranked[0].layout.toml())
    if args.plot:
        from systolic.views import plan_figure

        with writing("-o", args.output):
            if args.plot == "pareto":
                plan_figure.pareto(result, planner.pareto(result), args.output)
            else:
                plan_figure.stages(result, args.output)
    return 0


def run_on_system(args: argparse.Namespace) -> int:
    """``systolic run --system S --model M [--layout L]``: one layout, reported."""
    from systolic.apps import parallel
    from systolic.spec import layouts, systems
    from systolic.views import report, system_trace

    if args.model is None:
        raise SystolicError("--system: runs a --model (a trace's ops describe one chip)")
    given = _hardware_options(args)
    if given:
        raise SystolicError(f"{given[0]}: a system names its own chip; leave it out with "
                            f"--system")
    if args.tp is not None and args.layout is not None:
        raise SystolicError("--tp: --layout sets tp; give one of them")
    if getattr(args, "dp", None) is not None:
        raise SystolicError("--dp: --layout sets the replicas with --system (dp=N)")
    system = systems.load(args.system)
    check_weight_dtype(system.chip, args.weight_dtype)
    layout = layouts.parse_layout(args.layout or f"tp={args.tp or system.chips}")
    spec = run_spec(args, system.chip.default_dtype)
    result = parallel.simulate_layout(system, args.model, spec, layout,
                                      allow_over_capacity=args.allow_over_capacity,
                                      record_timeline=needs_timeline(args))
    print(report.run_text(result.chip), flush=True)
    print(layout_text(result), flush=True)
    write_outputs(result.chip, args,
                  perfetto=lambda _chip, path: system_trace.write_system_trace(result, path))
    return 0


def _hardware_options(args: argparse.Namespace) -> list[str]:
    """The chip options given on the command line (``--hw`` other than its default)."""
    given = ["--hw"] if args.hw != DEFAULT_PRESET else []
    return given + ["--" + name.replace("_", "-") for name in
                    ("rows", "cols", "dataflow", "shadow_registers", "fusion", "sram_kb",
                     "bandwidth_words", "mapping", "mapping_out", "layers", "trace")
                    if getattr(args, name, None) is not None]


def layout_text(result) -> str:
    """The system's lines under the chip's report."""
    from systolic.spec import capacity

    memory, train = result.memory, result.phase == "train"
    slot = "forward and backward of a micro-batch" if train else "a micro-batch"
    handovers = 2 * result.layout.vp if train else 1
    lines = [
        f"system: {result.system}, {result.chips} chips, layout {result.layout.label}"
        f"{'' if result.fits else ' (OVER CAPACITY, simulated anyway)'}",
        f"  {'step' if train else 'latency'} {result.latency_s * 1e3:.3f} ms for "
        f"{result.tokens} tokens: {result.tokens_per_s_per_chip:.1f} tokens/s a chip",
        f"  a stage's slot ({slot}) {result.stage_s * 1e3:.3f} ms (hand-over "
        f"{result.handover_s * 1e6:.1f} us" + (f", {handovers} a slot" if train else "") +
        f"); bubble {result.bubble_fraction:.0%}, "
        f"communication {result.communication_fraction:.0%} of a chip's time"]
    if train:
        lines += [f"  once a step {result.step_once_s * 1e3:.3f} ms (gradient reductions no "
                  f"backward hid, the optimizer)",
                  f"  model FLOPs util.    {100 * result.model_flops_utilization:.2f} % (MFU), "
                  f"hardware {100 * result.hardware_flops_utilization:.2f} % (HFU: recompute "
                  f"in), of {result.chips} chips"]
    lines += [
        f"  energy {result.energy_per_token_j * 1e3:.1f} mJ a token, {result.energy_j:.1f} J "
        f"{'a step' if train else 'the batch'}, all chips (the network's "
        f"{result.network_energy_j / result.tokens * 1e3:.3f} mJ a token)",
        f"  memory a chip: {capacity.size_text(memory.total_bytes)} of "
        f"{capacity.size_text(memory.capacity_bytes)} ({capacity.parts_text(memory)})"]
    return "\n".join(lines)
