"""The ``systolic`` command: one parser, a subcommand per job, and one place for errors.

Every user mistake ends as one line on stderr and exit code 2
(``SystolicError`` from the library, or an argparse complaint), never a
traceback. Each subcommand's options and handler live in the module of its
job (``simulation``, ``explore``, ``teaching``, ``gpu``); handlers import the
heavy parts of the library where they run, so ``systolic --help`` starts fast.
"""

from __future__ import annotations

import argparse
import sys

from systolic.cli import explore, gpu, simulation, teaching
from systolic.cli.options import EXIT_USAGE, OneLineParser
from systolic.errors import SystolicError

# Subcommands in the order ``systolic --help`` lists them.
SUBCOMMANDS = (simulation.add_run, simulation.add_gemm, simulation.add_trace, simulation.add_plot,
               teaching.add_step, teaching.add_animate, explore.add_sweep, gpu.add_validate,
               explore.add_presets, teaching.add_lab)


def build_parser() -> argparse.ArgumentParser:
    """The ``systolic`` argument parser with all subcommands."""
    parser = OneLineParser(prog="systolic",
                           description="Cycle-level simulator of systolic-array accelerators.")
    subparsers = parser.add_subparsers(dest="command", required=True,
                                       parser_class=OneLineParser, metavar="COMMAND")
    for add_subcommand in SUBCOMMANDS:
        add_subcommand(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except SystolicError as err:
        print(f"systolic: error: {err}", file=sys.stderr)
        return EXIT_USAGE
