"""``systolic run``, ``gemm``, ``trace`` and ``plot``: simulate a model, a trace or a GEMM."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from systolic import simulate
from systolic.cli.options import (EXIT_CHECK_FAILED, add_hardware_arguments, add_model_arguments,
                                  add_output_arguments, check_figure, check_output, check_outputs,
                                  check_weight_dtype, given_model_options, load_hardware,
                                  needs_timeline, positive_int, positive_number, run_spec,
                                  write_outputs, writing)
from systolic.cli.systems import add_system_argument, run_on_system
from systolic.core.timing import COMPAT_MODES
from systolic.errors import SystolicError
from systolic.spec import mappings, models, provenance, traces, workload
from systolic.spec.hardware import DTYPES
from systolic.views import files, plot, report

PROGRESS_MIN_TILES = 50_000  # an op of fewer tiles runs in about a second: no tile bar


def add_run(subparsers) -> None:
    """``systolic run``: a model or a trace."""
    parser = subparsers.add_parser(
        "run", help="simulate a Transformer model or a trace",
        description="Simulate a model (one layer simulated, reused for every layer) or a "
                    "JSON Lines trace, and print a per-op report.")
    add_hardware_arguments(parser)
    add_model_arguments(parser)
    parser.add_argument("--layers", type=positive_int,
                        help="1: simulate a single layer alone (no embedding or output)")
    parser.add_argument("--trace", help="a JSON Lines trace (or a SCALE-Sim topology CSV "
                                        "with --topology)")
    parser.add_argument("--topology", choices=("conv", "gemm"),
                        help="read --trace as a SCALE-Sim topology CSV of this form")
    parser.add_argument("--bandwidth-words", type=positive_number, metavar="W",
                        help="DRAM bandwidth in words (elements of the dtype) per cycle")
    parser.add_argument("--sram-kb", type=positive_number, metavar="S",
                        help="KiB of each of the input, weight and output buffers")
    parser.add_argument("--fusion", choices=("on", "off"),
                        help="element-wise ops after a GEMM in its output drain (default: "
                             "the machine's [core] fuse_epilogues)")
    parser.add_argument("--mapping", metavar="FILE",
                        help="pin the schedule of the ops a mapping file names "
                             "(docs/mapping-files.md)")
    parser.add_argument("--mapping-out", metavar="FILE",
                        help="also write the run's mapping: every op's tiling and residency")
    parser.add_argument("--allow-over-capacity", action="store_true",
                        help="simulate a model whose weights, KV cache and activations "
                             "exceed the chip's DRAM ([memory] capacity_bytes); the report "
                             "marks it")
    add_system_argument(parser)
    parser.add_argument("--layout", metavar="LAYOUT",
                        help="with --system: tp=8,pp=2,dp=1,ep=1,sp=on,mb=4 (any of the "
                             "keys) or a layout TOML, as plan --best-out writes (default: "
                             "tp over every chip)")
    add_output_arguments(parser, ("timeline", "ops", "roofline", "energy", "breakdown"))
    parser.set_defaults(handler=_cmd_run)


def _cmd_run(args: argparse.Namespace) -> int:
    if args.system is not None:
        check_outputs(args)
        return run_on_system(args)
    if args.layout is not None:
        raise SystolicError("--layout: applies to --system only (use --tp on one chip)")
    if (args.model is None) == (args.trace is None):
        raise SystolicError("run: expected exactly one of --model or --trace")
    _check_run_flags(args)
    check_outputs(args)
    if args.mapping_out:
        check_output("--mapping-out", args.mapping_out)
    pins = mappings.load(args.mapping) if args.mapping else None
    hw = load_hardware(args)
    if args.model is not None:
        check_weight_dtype(hw, args.weight_dtype)
        workload = models.build(args.model, run_spec(args, hw.default_dtype))
        _check_layers(args.layers, workload)
        inputs = provenance.input_digests(hardware=args.hw, model=args.model,
                                          mapping=args.mapping)
        alone = args.layers == 1
        parts = (workload.layer,) if alone else (workload.embedding, workload.layer,
                                                  workload.tail)
        with _Progress([op for part in parts for op in part.ops]) as bar, \
                simulate.reporting_tiles(bar.tiles_done):
            result = simulate.simulate_model(hw, workload, layers=1 if alone else None,
                                             allow_over_capacity=args.allow_over_capacity,
                                             record_timeline=needs_timeline(args),
                                             progress=bar.op_done, mapping=pins)
    else:
        if args.allow_over_capacity:
            raise SystolicError("--allow-over-capacity: applies to --model only (a trace "
                                "run has no memory footprint)")
        trace = _read_trace(args.trace, args.topology)
        inputs = provenance.input_digests(hardware=args.hw, trace=args.trace,
                                          mapping=args.mapping)
        with _Progress(list(trace.ops)) as bar, simulate.reporting_tiles(bar.tiles_done):
            result = simulate.simulate_ops(hw, list(trace.ops), trace.deps, trace=args.trace,
                                           record_timeline=needs_timeline(args),
                                           progress=bar.op_done, mapping=pins)
    result = simulate.with_inputs(result, inputs)
    print(report.run_text(result), flush=True)
    write_outputs(result, args)
    if args.mapping_out:
        with writing("--mapping-out", args.mapping_out):
            files.atomic_write(args.mapping_out,
                               mappings.mapping_text(result, hw.core.sram.unified_input))
    return 0


class _Progress:
    """Progress bars on a terminal only: one of the ops to simulate (unfused
    attention counted as its parts), and, under it, one of the tiles of an
    op long enough to hold the first still (from ``PROGRESS_MIN_TILES``)."""

    def __init__(self, ops: list):
        from tqdm import tqdm

        self._tqdm = tqdm
        self._shown = sys.stderr.isatty()
        self._ops = tqdm(total=len(simulate.expand(ops, {})[0]), unit="op", file=sys.stderr,
                         leave=False, disable=not self._shown)
        self._tiles = None

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc) -> None:
        self._close_tiles()
        self._ops.close()

    def op_done(self) -> None:
        self._close_tiles()
        self._ops.update(1)

    def tiles_done(self, done: int, total: int) -> None:
        if not self._shown or total < PROGRESS_MIN_TILES:
            return
        if self._tiles is None or self._tiles.total != total:
            self._close_tiles()
            self._tiles = self._tqdm(total=total, unit="tile", unit_scale=True,
                                     file=sys.stderr, leave=False, position=1)
        self._tiles.update(done - self._tiles.n)

    def _close_tiles(self) -> None:
        if self._tiles is not None:
            self._tiles.close()
            self._tiles = None


def _check_run_flags(args: argparse.Namespace) -> None:
    """``--layers`` and every model option belong to ``--model``, ``--topology``
    to ``--trace`` (a trace's ops carry their own shapes and dtypes)."""
    if args.trace is not None and args.layers is not None:
        raise SystolicError("--layers: applies to --model only (a trace's ops are run as "
                            "written)")
    if args.trace is None and args.topology is not None:
        raise SystolicError("--topology: applies to --trace only")
    given = given_model_options(args) if args.trace is not None else []
    if given:
        raise SystolicError(f"{given[0]}: applies to --model only (a trace's ops carry "
                            f"their own shapes and dtypes)")


def _check_layers(layers: int | None, workload: models.ModelWorkload) -> None:
    """``--layers`` runs a single layer alone (1) or the whole model (its count)."""
    if layers not in (None, 1, workload.shape.layers):
        raise SystolicError(f"--layers: only 1 (a single layer alone) is supported, or "
                            f"{workload.name}'s {workload.shape.layers} (the whole model); "
                            f"got {layers}")


def _read_trace(path: str, topology: str | None) -> workload.Trace:
    if topology:
        return traces.read_scalesim_topology(path, topology)
    return traces.read_trace(path)


def add_gemm(subparsers) -> None:
    """``systolic gemm``: one GEMM."""
    parser = subparsers.add_parser("gemm", help="time one GEMM on a machine",
                                   description="Time O[MxN] = A[MxK] . B[KxN] on a machine: "
                                               "tiled through its SRAM, fed from DRAM, "
                                               "spread over its cores and arrays.")
    add_hardware_arguments(parser)
    for dim in ("M", "N", "K"):
        parser.add_argument(f"-{dim}", type=positive_int, required=True)
    parser.add_argument("--dtype", choices=list(DTYPES),
                        help="element type (default: the preset's)")
    parser.add_argument("--engine", choices=simulate.ENGINES, default="fast",
                        help="fast: exact closed form; pe: PE-level engine, checked "
                             "against numpy")
    parser.add_argument("--compat", choices=COMPAT_MODES, default="native",
                        help="scalesim: reproduce SCALE-Sim 3.0.0's cycle conventions")
    parser.add_argument("--seed", type=int, default=0, help="operands' seed (--engine pe)")
    parser.add_argument("--bandwidth-words", type=positive_number, metavar="W",
                        help="DRAM bandwidth in words (elements of the dtype) per cycle; "
                             "with --compat scalesim, SCALE-Sim's USER mode: W words per "
                             "cycle on each operand interface")
    parser.add_argument("--sram-kb", type=positive_number, metavar="S",
                        help="KiB of each of the input, weight and output buffers")
    add_output_arguments(parser, ("timeline", "ops", "energy", "breakdown"))
    parser.set_defaults(handler=_cmd_gemm)


def _cmd_gemm(args: argparse.Namespace) -> int:
    check_outputs(args)
    hw = load_hardware(args)
    inputs = provenance.input_digests(hardware=args.hw)
    user_bandwidth = args.bandwidth_words if args.compat == "scalesim" else None
    result = simulate.simulate_gemm(hw, args.M, args.N, args.K, dtype=args.dtype,
                                    engine=args.engine, compat=args.compat, seed=args.seed,
                                    bandwidth_words=user_bandwidth,
                                    record_timeline=needs_timeline(args))
    result = simulate.with_inputs(result, inputs)
    print(report.gemm_text(result, (args.M, args.N, args.K)), flush=True)
    write_outputs(result, args)
    check = result.verification
    failed = check is not None and not check.passed
    return EXIT_CHECK_FAILED if failed else 0


def add_trace(subparsers) -> None:
    """``systolic trace``: a model's ops as a JSON Lines file."""
    parser = subparsers.add_parser("trace", help="write a model's ops as a JSON Lines trace")
    add_model_arguments(parser)
    parser.add_argument("-o", "--output", required=True, help="trace file to write")
    parser.set_defaults(handler=_cmd_trace)


def _cmd_trace(args: argparse.Namespace) -> int:
    check_output("-o", args.output)
    trace = models.build(args.model, run_spec(args)).full_trace()
    with writing("-o", args.output):
        files.atomic_write(args.output, "\n".join(traces.trace_lines(trace)) + "\n")
    print(f"wrote {len(trace.ops)} ops to {args.output}")
    return 0


def add_plot(subparsers) -> None:
    """``systolic plot``: a figure from a saved result."""
    parser = subparsers.add_parser("plot", help="draw a figure from a saved result JSON")
    parser.add_argument("result", help="a result written with --json")
    parser.add_argument("--kind", choices=plot.KINDS, required=True)
    parser.add_argument("-o", "--output", required=True, help="figure file (.png, .svg, .pdf)")
    parser.set_defaults(handler=_cmd_plot)


def _cmd_plot(args: argparse.Namespace) -> int:
    check_figure("-o", args.output)
    run = _read_result(args.result)
    with writing("-o", args.output):
        plot.draw(run, args.kind, args.output)
    print(f"wrote {args.output}")
    return 0


def _read_result(path: str) -> dict:
    """A JSON result written with --json, or a one-line error."""
    try:
        return json.loads(Path(path).read_text())
    except (OSError, ValueError) as err:  # JSON and UTF-8 mistakes are ValueErrors
        raise SystolicError(f"{path}: cannot read a result: {err}") from None


def add_explain(subparsers) -> None:
    """``systolic explain``: the formula behind one op's cycles."""
    parser = subparsers.add_parser("explain", help="where one op's cycles went, from a "
                                   "saved result JSON, with the numbers filled in")
    parser.add_argument("result", help="a result written with --json")
    parser.add_argument("op", help="the op's name as the result lists it (e.g. layer.q_proj)")
    parser.set_defaults(handler=_cmd_explain)


def _cmd_explain(args: argparse.Namespace) -> int:
    from systolic.views import attribution

    print(attribution.explain_text(_read_result(args.result), args.op, args.result))
    return 0
