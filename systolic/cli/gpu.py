"""``systolic validate measure``, ``cases``, ``compare``, ``transfer`` and ``train``: real GPU
runs beside the simulator."""

from __future__ import annotations

import argparse

from systolic.apps.gpu import compare
from systolic.cli.options import OneLineParser, check_figure, check_folder
from systolic.errors import SystolicError
from systolic.spec import hardware


def add_validate(subparsers) -> None:
    """``systolic validate measure | cases | compare``."""
    parser = subparsers.add_parser(
        "validate", help="measure GPU kernels, or compare the simulator with measurements")
    actions = parser.add_subparsers(dest="action", required=True, parser_class=OneLineParser,
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
    transfer = actions.add_parser(
        "transfer", help="MAPE per group on the H100 calibration and held-out rows, on "
                         "unseen models and on the H200, side by side")
    transfer.add_argument("--root", default=".", metavar="DIR",
                          help="the repository root that holds workloads/gpu (default .)")
    transfer.add_argument("--plot", metavar="FILE",
                          help="predicted-vs-measured figure, a panel a data set")
    transfer.set_defaults(handler=_cmd_validate_transfer)
    _add_train(actions)


def _add_train(actions) -> None:
    """``systolic validate train``."""
    train = actions.add_parser(
        "train", help="simulate the measured training steps (train_steps.csv) and print "
                      "step, phase, memory and op-family MAPE per split")
    train.add_argument("--hw", default="h200", help="machine (default h200)")
    train.add_argument("--data", default="workloads/gpu/h200-train",
                       help="folder of train_steps.csv and train_kernels.csv "
                            "(default workloads/gpu/h200-train)")
    train.add_argument("--plot", metavar="FILE", help="predicted-vs-measured figure")
    train.set_defaults(handler=_cmd_validate_train)


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

    check_folder("--out", args.out)
    cases = gpu_cases.select_cases(_gpu_cases(args), args.only)
    energy_cases = min(args.energy_cases, gpu_cases.QUICK_ENERGY_CASES) if args.quick \
        else args.energy_cases
    measure(cases, args.out, energy_cases=energy_cases, flush_l2=not args.no_flush,
            budget_s=args.budget_s, profile_kernels=not args.no_kernels, device=args.device,
            energy_all=args.energy_all, split_rule=gpu_cases.split_rule(args.heldout_all),
            progress=lambda line: print(line, flush=True))
    return 0


def _cmd_validate_compare(args: argparse.Namespace) -> int:
    if args.plot:
        check_figure("--plot", args.plot)
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


def _cmd_validate_transfer(args: argparse.Namespace) -> int:
    from pathlib import Path

    from systolic.apps.gpu import transfer

    if args.plot:
        check_figure("--plot", args.plot)
    records = {data_set.label: transfer.records_of(data_set, Path(args.root))
               for data_set in transfer.DATA_SETS}
    print("latency MAPE (energy: per call) of each data set on its own preset "
          "(h100, h200); only the calibration column was fitted on")
    print(transfer.table_text(transfer.figures(records)))
    if args.plot:
        transfer.plot(records, args.plot)
        print(f"wrote {args.plot}")
    return 0


def _cmd_validate_train(args: argparse.Namespace) -> int:
    from systolic.apps.gpu import train_compare

    if args.plot:
        check_figure("--plot", args.plot)
    hw = hardware.load(args.hw)
    records = train_compare.compare(hw, args.data)
    print(f"{len(records)} measured training steps from {args.data} on {hw.name} "
          "(simulated as precision autocast; nothing fitted on them)")
    print(train_compare.table_text(records))
    if args.plot:
        train_compare.plot(records, args.plot)
        print(f"wrote {args.plot}")
    return 0
