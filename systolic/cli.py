"""The ``systolic`` command: a thin shell over the Python API.

One parser per subcommand; every user mistake ends as one line on stderr
and exit code 2 (``SystolicError`` from the library, or an argparse
complaint), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from systolic import simulate
from systolic.apps import labs, sweep
from systolic.apps.gpu import compare
from systolic.spec import hardware, models, traces, workload
from systolic.views import animate, plot, report, stepview
from systolic.core.timing import COMPAT_MODES
from systolic.errors import SystolicError
from systolic.spec.hardware import DATAFLOWS, DTYPES

DEFAULT_PRESET = "tpu-v4-like"
EXIT_USAGE = 2
EXIT_CHECK_FAILED = 1


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line (no usage dump)."""

    def error(self, message: str):  # noqa: D401 - argparse's name
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _positive_int(text: str) -> int:
    from systolic.spec.fields import POSITIVE_INT, from_text  # standard library only
    try:
        return from_text(text, int, POSITIVE_INT)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _positive_number(text: str) -> float:
    from systolic.spec.fields import FINITE_POSITIVE_NUMBER, from_text  # standard library only
    try:
        return from_text(text, float, FINITE_POSITIVE_NUMBER)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _load_hardware(args: argparse.Namespace) -> hardware.Hardware:
    overrides = {f"array.{field}": getattr(args, field)
                 for field in ("rows", "cols", "dataflow") if getattr(args, field) is not None}
    if getattr(args, "sram_kb", None) is not None:
        for buffer in ("input", "weight", "output"):
            overrides[f"core.sram.{buffer}_bytes"] = int(args.sram_kb * 1024)
    hw = hardware.load(args.hw, overrides)
    words = getattr(args, "bandwidth_words", None)
    if words is not None:
        word_bytes = hw.dtype(getattr(args, "dtype", None)).bytes
        # Under --compat scalesim, W is per operand interface (ifmap, filter, ofmap).
        interfaces = 3 if getattr(args, "compat", "native") == "scalesim" else 1
        overrides["memory.dram_bandwidth_bytes_per_s"] = (interfaces * words * word_bytes
                                                          * hw.chip.clock_hz)
        hw = hardware.load(args.hw, overrides)
    return hw


def _cmd_gemm(args: argparse.Namespace) -> int:
    hw = _load_hardware(args)
    inputs = simulate.input_digests(hardware=args.hw)
    user_bandwidth = args.bandwidth_words if args.compat == "scalesim" else None
    result = simulate.simulate_gemm(hw, args.M, args.N, args.K, dtype=args.dtype,
                                    engine=args.engine, compat=args.compat, seed=args.seed,
                                    bandwidth_words=user_bandwidth)
    result = simulate.with_inputs(result, inputs)
    _write_outputs(result, args)
    print(report.gemm_text(result, (args.M, args.N, args.K)))
    check = result.verification
    failed = check is not None and not check.passed
    return EXIT_CHECK_FAILED if failed else 0


def _run_spec(args: argparse.Namespace, default_dtype: str = "bf16") -> models.RunSpec:
    return models.RunSpec(phase=args.phase, batch=args.batch, seq=args.seq,
                          kv_len=args.kv_len, dtype=args.dtype or default_dtype,
                          weight_dtype=args.weight_dtype, tp=args.tp,
                          fused_attention=not args.unfused_attention)


def _cmd_run(args: argparse.Namespace) -> int:
    if (args.model is None) == (args.trace is None):
        raise SystolicError("run: expected exactly one of --model or --trace")
    hw = _load_hardware(args)
    if args.model is not None:
        workload = models.build(args.model, _run_spec(args, hw.default_dtype))
        inputs = simulate.input_digests(hardware=args.hw, model=args.model)
        result = simulate.simulate_model(hw, workload, layers=1 if args.layers == 1 else None)
    else:
        from tqdm import tqdm

        trace = _read_trace(args.trace, args.topology)
        inputs = simulate.input_digests(hardware=args.hw, trace=args.trace)
        with tqdm(total=len(trace.ops), unit="op", file=sys.stderr, leave=False,
                  disable=not sys.stderr.isatty()) as bar:
            result = simulate.simulate_ops(hw, list(trace.ops), trace.deps,
                                           trace=args.trace, progress=lambda: bar.update(1))
    result = simulate.with_inputs(result, inputs)
    _write_outputs(result, args)
    print(report.run_text(result))
    return 0


def _write_outputs(result, args: argparse.Namespace) -> None:
    """The files --json, --csv, --perfetto and --plot ask for."""
    if args.json:
        report.write_json(result, args.json)
    if args.csv:
        report.write_csv(result, args.csv)
    if args.perfetto:
        report.write_perfetto(result, args.perfetto)
    if args.plot:
        plot.draw(report.run_dict(result), args.plot, args.output or f"{args.plot}.png")


def _cmd_plot(args: argparse.Namespace) -> int:
    try:
        run = json.loads(Path(args.result).read_text())
    except (OSError, json.JSONDecodeError) as err:
        raise SystolicError(f"{args.result}: cannot read a result: {err}") from None
    plot.draw(run, args.kind, args.output)
    print(f"wrote {args.output}")
    return 0


def _cmd_step(args: argparse.Namespace) -> int:
    trace = stepview.record(_load_hardware(args).array, args.M, args.N, args.K, args.seed)
    if args.cycle is None:
        print(stepview.render_all(trace, args.seed))
    else:
        print(stepview.render(trace, args.cycle))
    return 0


def _cmd_animate(args: argparse.Namespace) -> int:
    array = _load_hardware(args).array
    if args.spacetime:
        trace = stepview.record(array, args.M, args.N, args.K, args.seed, what="animate",
                                max_side=None, max_cycles=None)
        animate.spacetime(trace, args.output)
    else:
        trace = stepview.record(array, args.M, args.N, args.K, args.seed, what="animate",
                                max_side=animate.MAX_SIDE, max_cycles=animate.MAX_FRAMES)
        animate.animation(trace, args.output, args.fps)
    print(f"wrote {args.output} ({trace.cycles} cycles)")
    return 0


def _read_trace(path: str, topology: str | None) -> workload.Trace:
    if topology:
        return traces.read_scalesim_topology(path, topology)
    return traces.read_trace(path)


def _cmd_trace(args: argparse.Namespace) -> int:
    trace = models.build(args.model, _run_spec(args)).full_trace()
    report.atomic_write(args.output, "\n".join(traces.trace_lines(trace)) + "\n")
    print(f"wrote {len(trace.ops)} ops to {args.output}")
    return 0


def _cmd_sweep(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    spec = sweep.load_spec(args.spec)
    total = len(sweep.points(spec))
    with tqdm(total=total, unit="point", file=sys.stderr, disable=args.quiet) as bar:
        already = total - len([p for p in sweep.points(spec)
                               if sweep.point_id(p) not in sweep.done_points(Path(args.output))])
        bar.update(already)
        ran = sweep.run(spec, args.output, workers=args.workers, dask_address=args.dask,
                        progress=lambda done, todo: bar.update(1))
    print(f"{ran} points run, {total - ran} already in {args.output}")
    return 0


def _cmd_sweep_report(args: argparse.Namespace) -> int:
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


def _gpu_cases(args: argparse.Namespace) -> list[dict]:
    """The GPU cases that ``validate measure`` / ``validate cases`` are asked for."""
    from systolic.apps.gpu import cases as gpu_cases

    if args.quick:
        return gpu_cases.quick_cases(args.heldout_all)
    return gpu_cases.measurement_cases(args.models or list(gpu_cases.DEFAULT_MODELS),
                                       args.heldout_all)


def _cmd_validate_cases(args: argparse.Namespace) -> int:
    from systolic.apps.gpu import cases as gpu_cases

    cases = _gpu_cases(args)
    for case in cases:
        print(case["name"], case["split"], case["flops"], sep=",")
    print("#", gpu_cases.count_by_file(cases), "total", len(cases))
    return 0


def _cmd_validate_measure(args: argparse.Namespace) -> int:
    from systolic.apps.gpu import cases as gpu_cases
    from systolic.apps.gpu.measure import measure

    cases = gpu_cases.select_cases(_gpu_cases(args), args.only)
    energy_cases = min(args.energy_cases, gpu_cases.QUICK_ENERGY_CASES) if args.quick \
        else args.energy_cases
    measure(cases, args.out, energy_cases=energy_cases, flush_l2=not args.no_flush,
            budget_s=args.budget_s, profile_kernels=not args.no_kernels, device=args.device,
            energy_all=args.energy_all, split_rule=gpu_cases.split_rule(args.heldout_all),
            progress=lambda line: print(line, flush=True))
    return 0


def _cmd_validate_compare(args: argparse.Namespace) -> int:
    hw = hardware.load(args.hw)
    rows = compare.load_measurements(args.data)
    left_out = ""
    if args.exclude:
        known = {row["name"] for row in compare.load_measurements(args.exclude)}
        kept = [row for row in rows if row["name"] not in known]
        left_out = f" ({len(rows) - len(kept)} also in {args.exclude} left out)"
        if not kept:
            raise SystolicError(f"{args.data}: every case is also in {args.exclude}")
        rows = kept
    records = compare.compare(hw, rows, compare.load_energy(args.data))
    print(f"{len(records)} measured cases from {args.data}{left_out} on {hw.name}: "
          f"latency MAPE (energy: per call)")
    print(compare.table_text(records))
    if args.plot:
        compare.plot_predicted_vs_measured(records, args.plot)
        print(f"wrote {args.plot}")
    return 0


def _cmd_presets(args: argparse.Namespace) -> int:
    if args.action == "show":
        if not args.name:
            raise SystolicError("presets show: expected a preset name")
        print(hardware.preset_text(args.name), end="")
        return 0
    for name in hardware.preset_names():
        print(f"{name:18s} {hardware.load(name).description}")
    return 0


def _cmd_lab(args: argparse.Namespace) -> int:
    if args.action == "list":
        for number, (title, _) in labs.LABS.items():
            print(f"{number}  {title}")
        return 0
    exercise = labs.sheet(args.lab, args.seed)
    if args.action == "new":
        return _write_lab_sheet(exercise, args.output)
    if args.action == "key":
        print(labs.key_toml(exercise), end="")
        return 0
    marks = labs.grade(exercise, labs.read_answers(args.answers), Path(args.answers).name)
    print(labs.grade_text(exercise, marks, show_expected=args.show_expected))
    return 0


def _write_lab_sheet(exercise: labs.Sheet, output: str | None) -> int:
    """The sheet on stdout, or the sheet and its answers template as files."""
    if output is None:
        print(labs.sheet_markdown(exercise), end="")
        return 0
    answers = Path(output).with_name(f"{Path(output).stem}-answers.toml")
    report.atomic_write(output, labs.sheet_markdown(exercise, answers.name))
    report.atomic_write(answers, labs.answers_template(exercise))
    print(f"wrote {output} and {answers}")
    return 0


def _add_hardware_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--hw", default=DEFAULT_PRESET,
                        help=f"preset name or TOML path (default {DEFAULT_PRESET})")
    parser.add_argument("--rows", type=_positive_int, help="override the array rows")
    parser.add_argument("--cols", type=_positive_int, help="override the array columns")
    parser.add_argument("--dataflow", choices=DATAFLOWS, help="override the dataflow")


def _gemm_parser(subparsers) -> None:
    parser = subparsers.add_parser("gemm", help="time one GEMM on a machine",
                                   description="Time O[MxN] = A[MxK] . B[KxN] on a machine: "
                                               "tiled through its SRAM, fed from DRAM, "
                                               "spread over its cores and arrays.")
    _add_hardware_arguments(parser)
    for dim in ("M", "N", "K"):
        parser.add_argument(f"-{dim}", type=_positive_int, required=True)
    parser.add_argument("--dtype", choices=list(DTYPES),
                        help="element type (default: the preset's)")
    parser.add_argument("--engine", choices=simulate.ENGINES, default="fast",
                        help="fast: exact closed form; pe: PE-level engine, checked "
                             "against numpy")
    parser.add_argument("--compat", choices=COMPAT_MODES, default="native",
                        help="scalesim: reproduce SCALE-Sim 3.0.0's cycle conventions")
    parser.add_argument("--seed", type=int, default=0, help="operands' seed (--engine pe)")
    parser.add_argument("--bandwidth-words", type=_positive_number, metavar="W",
                        help="DRAM bandwidth in words (elements of the dtype) per cycle; "
                             "with --compat scalesim, SCALE-Sim's USER mode: W words per "
                             "cycle on each operand interface")
    parser.add_argument("--sram-kb", type=_positive_number, metavar="S",
                        help="KiB of each of the input, weight and output buffers")
    _add_output_arguments(parser, ("timeline", "ops", "energy"))
    parser.set_defaults(handler=_cmd_gemm)


def _add_model_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="model name (see systolic/spec/model_configs) or config.json path")
    parser.add_argument("--phase", choices=models.PHASES, default="prefill")
    parser.add_argument("--batch", type=_positive_int, default=1, help="sequences (default 1)")
    parser.add_argument("--seq", type=_positive_int, default=512,
                        help="prompt tokens per sequence in prefill (default 512)")
    parser.add_argument("--kv-len", type=_positive_int, default=512,
                        help="KV-cache tokens per sequence in decode (default 512)")
    parser.add_argument("--dtype", choices=list(DTYPES),
                        help="activations (default: the machine's, bf16 for traces)")
    parser.add_argument("--weight-dtype", choices=list(DTYPES),
                        help="weights (default: the activations' dtype)")
    parser.add_argument("--tp", type=_positive_int, default=1, help="tensor-parallel degree")
    parser.add_argument("--unfused-attention", action="store_true",
                        help="attention as two GEMMs and a softmax through DRAM")


def _run_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "run", help="simulate a Transformer model or a trace",
        description="Simulate a model (one layer simulated, reused for every layer) or a "
                    "JSON Lines trace, and print a per-op report.")
    _add_hardware_arguments(parser)
    _add_model_arguments(parser)
    parser.add_argument("--layers", type=_positive_int,
                        help="1: simulate a single layer alone (no embedding or output)")
    parser.add_argument("--trace", help="a JSON Lines trace (or a SCALE-Sim topology CSV "
                                        "with --topology)")
    parser.add_argument("--topology", choices=("conv", "gemm"),
                        help="read --trace as a SCALE-Sim topology CSV of this form")
    parser.add_argument("--bandwidth-words", type=_positive_number, metavar="W",
                        help="DRAM bandwidth in words (elements of the dtype) per cycle")
    parser.add_argument("--sram-kb", type=_positive_number, metavar="S",
                        help="KiB of each of the input, weight and output buffers")
    _add_output_arguments(parser, ("timeline", "ops", "roofline", "energy"))
    parser.set_defaults(handler=_cmd_run)


def _add_output_arguments(parser: argparse.ArgumentParser, kinds: tuple[str, ...]) -> None:
    parser.add_argument("--json", metavar="FILE", help="also write the result as JSON")
    parser.add_argument("--csv", metavar="FILE", help="also write one CSV row per op")
    parser.add_argument("--perfetto", metavar="FILE",
                        help="also write the timeline as a Perfetto/Chrome trace JSON")
    parser.add_argument("--plot", choices=kinds, help="also draw this figure")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="the --plot figure's file (default KIND.png)")


def _sweep_parsers(subparsers) -> None:
    parser = subparsers.add_parser("sweep", help="run a design-space sweep from a TOML spec")
    parser.add_argument("spec", help="sweep spec (TOML)")
    parser.add_argument("-o", "--output", required=True,
                        help="results CSV (appended; re-running resumes)")
    parser.add_argument("--workers", type=_positive_int, help="local processes (default: all "
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


def _validate_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "validate", help="measure GPU kernels, or compare the simulator with measurements")
    actions = parser.add_subparsers(dest="action", required=True, parser_class=_Parser,
                                    metavar="ACTION")
    measure = actions.add_parser(
        "measure", help="time ops on this machine's GPU with PyTorch (extra 'gpu')",
        description="Time the cases on this machine's GPU (the CPU if none: a dry run); "
                    "write gemm.csv, vector.csv, attention.csv, layer.csv, energy.csv, "
                    "kernels.csv and metadata.json into --out.")
    measure.add_argument("--out", required=True, metavar="DIR", help="output folder")
    measure.add_argument("--only", nargs="+", metavar="NAME",
                         help="measure only these cases (names as in `validate cases`)")
    measure.add_argument("--energy-cases", type=int, default=20, metavar="N",
                         help="cases whose energy is read, spread over the groups "
                              "(default 20; at most 6 with --quick)")
    measure.add_argument("--energy-all", action="store_true",
                         help="measure the energy of every case measured (with --only)")
    measure.add_argument("--no-flush", action="store_true", help="do not flush the L2")
    measure.add_argument("--no-kernels", action="store_true", help="skip the profiler pass")
    measure.add_argument("--budget-s", type=float, default=540.0,
                         help="wall-clock budget in seconds (default 540)")
    measure.add_argument("--device", default=None, help="torch device (default: cuda if any)")
    measure.set_defaults(handler=_cmd_validate_measure)
    listing = actions.add_parser(
        "cases", help="list the cases measure would time (name,split,flops)")
    listing.set_defaults(handler=_cmd_validate_cases)
    for action in (measure, listing):
        action.add_argument("--models", nargs="+", metavar="MODEL",
                            help="shipped model names or config.json paths (default: the "
                                 "six models of workloads/gpu/h100)")
        action.add_argument("--quick", action="store_true",
                            help="a few tiny cases covering every code path (dry run)")
        action.add_argument("--heldout-all", action="store_true",
                            help="mark every row held out (data kept to test a preset "
                                 "fitted on other data)")
    compare_parser = actions.add_parser(
        "compare", help="simulate the measured cases and print MAPE per group and split")
    compare_parser.add_argument("--hw", default="h100", help="machine (default h100)")
    compare_parser.add_argument("--data", default="workloads/gpu/h100",
                                help="folder of measured CSVs (default workloads/gpu/h100)")
    compare_parser.add_argument("--plot", metavar="FILE", help="predicted-vs-measured figure")
    compare_parser.add_argument("--exclude", metavar="DIR",
                                help="leave out cases also measured in DIR (the data the "
                                     "machine was fitted on), for an out-of-sample check")
    compare_parser.set_defaults(handler=_cmd_validate_compare)


def _plot_parser(subparsers) -> None:
    parser = subparsers.add_parser("plot", help="draw a figure from a saved result JSON")
    parser.add_argument("result", help="a result written with --json")
    parser.add_argument("--kind", choices=plot.KINDS, required=True)
    parser.add_argument("-o", "--output", required=True, help="figure file (.png, .svg, .pdf)")
    parser.set_defaults(handler=_cmd_plot)


def _add_teaching_arguments(parser: argparse.ArgumentParser) -> None:
    """A small array (default teach-4x4), a GEMM and the operands' seed."""
    _add_hardware_arguments(parser)
    parser.set_defaults(hw="teach-4x4")
    for dim in ("M", "N", "K"):
        parser.add_argument(f"-{dim}", type=_positive_int, required=True)
    parser.add_argument("--seed", type=int, default=0,
                        help=f"seed of the operands, random integers {stepview.OPERAND_LOW}.."
                             f"{stepview.OPERAND_HIGH} (default 0)")


def _step_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "step", help="print the array cycle by cycle (registers of every PE)",
        description="Run a small GEMM on the PE-level engine and print every PE's registers "
                    f"at a cycle: held value (* = MAC), operand moving right, partial sum or "
                    f"operand moving down, and the edges. Default array teach-4x4; at most "
                    f"{stepview.MAX_SIDE}x{stepview.MAX_SIDE} PEs and {stepview.MAX_CYCLES} "
                    f"cycles.")
    _add_teaching_arguments(parser)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--cycle", type=int, help="show this cycle only (0-based)")
    which.add_argument("--all", action="store_true",
                       help="show every cycle, with the operands and the product (default)")
    parser.set_defaults(handler=_cmd_step)


def _animate_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "animate", help="animate a small GEMM cycle by cycle (GIF/MP4), or draw its "
                        "space-time diagram",
        description="Animate a small GEMM on the PE-level engine, one frame per cycle (.gif "
                    "through Pillow, .mp4 with ffmpeg; at most "
                    f"{animate.MAX_SIDE}x{animate.MAX_SIDE} PEs and {animate.MAX_FRAMES} "
                    "cycles), or with --spacetime draw PE against cycle coloured by activity "
                    "(.png, .svg, .pdf; larger runs too).")
    _add_teaching_arguments(parser)
    parser.add_argument("-o", "--output", required=True,
                        help="file to write (.gif/.mp4; with --spacetime .png/.svg/.pdf)")
    parser.add_argument("--fps", type=_positive_number, default=animate.DEFAULT_FPS,
                        help=f"frames (cycles) per second (default {animate.DEFAULT_FPS})")
    parser.add_argument("--spacetime", action="store_true",
                        help="draw the static space-time diagram instead")
    parser.set_defaults(handler=_cmd_animate)


def _trace_parser(subparsers) -> None:
    parser = subparsers.add_parser("trace", help="write a model's ops as a JSON Lines trace")
    _add_model_arguments(parser)
    parser.add_argument("-o", "--output", required=True, help="trace file to write")
    parser.set_defaults(handler=_cmd_trace)


def _presets_parser(subparsers) -> None:
    parser = subparsers.add_parser("presets", help="list presets, or show one as TOML")
    parser.add_argument("action", nargs="?", choices=("list", "show"), default="list")
    parser.add_argument("name", nargs="?", help="preset to show")
    parser.set_defaults(handler=_cmd_presets)


def _lab_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "lab", help="course labs: per-student exercise sheets, grading, answer keys",
        description="Exercise sheets drawn from a seed (a student ID), graded against the "
                    "simulator.")
    actions = parser.add_subparsers(dest="action", required=True, parser_class=_Parser,
                                    metavar="ACTION")
    actions.add_parser("list", help="the labs").set_defaults(handler=_cmd_lab)
    new = actions.add_parser("new", help="write a student's exercise sheet and answers template")
    key = actions.add_parser("key", help="print the answer key (TOML, usable as answers)")
    grade = actions.add_parser("grade", help="grade an answers file against the simulator")
    for action in (new, key, grade):
        action.add_argument("lab", type=int, help=f"lab number (1-{len(labs.LABS)})")
        action.add_argument("--seed", required=True, help="the student's seed, e.g. their ID")
        action.set_defaults(handler=_cmd_lab)
    new.add_argument("-o", "--output", metavar="FILE",
                     help="write the sheet (markdown) here and the template beside it as "
                          "STEM-answers.toml (default: print the sheet)")
    grade.add_argument("answers", help="the filled-in answers file (TOML)")
    grade.add_argument("--show-expected", action="store_true",
                       help="instructors: show the expected value of wrong answers")


def build_parser() -> argparse.ArgumentParser:
    """The ``systolic`` argument parser with all subcommands."""
    parser = _Parser(prog="systolic",
                     description="Cycle-level simulator of systolic-array accelerators.")
    subparsers = parser.add_subparsers(dest="command", required=True,
                                       parser_class=_Parser, metavar="COMMAND")
    _run_parser(subparsers)
    _gemm_parser(subparsers)
    _trace_parser(subparsers)
    _plot_parser(subparsers)
    _step_parser(subparsers)
    _animate_parser(subparsers)
    _sweep_parsers(subparsers)
    _validate_parser(subparsers)
    _presets_parser(subparsers)
    _lab_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except SystolicError as err:
        print(f"systolic: error: {err}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
