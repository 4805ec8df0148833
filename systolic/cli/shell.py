"""The ``systolic`` command: one parser, a subcommand per job, and one place for errors.

Every user mistake ends as one line on stderr and exit code 2
(``SystolicError`` from the library, or an argparse complaint), never a
traceback; every error line starts ``systolic: error:``. A closed pipe
(``systolic presets show h100 | head -1``) ends quietly with 141, the code a
shell gives a process killed by SIGPIPE (128 + 13); Ctrl-C ends with the line
``systolic: interrupted`` and 130 (128 + SIGINT).

Each subcommand's options and handler live in the module of its job
(``simulation``, ``explore``, ``teaching``, ``gpu``); handlers import the
heavy parts of the library where they run, so ``systolic --help`` starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys

from systolic.cli import EXIT_INTERRUPTED, explore, gpu, simulation, systems, teaching
from systolic.cli.options import ERROR_PREFIX, EXIT_USAGE, OneLineParser, one_line
from systolic.errors import SystolicError

EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports `cmd | head`

# Subcommands in the order ``systolic --help`` lists them.
SUBCOMMANDS = (simulation.add_run, simulation.add_gemm, simulation.add_trace, simulation.add_plot,
               simulation.add_explain, teaching.add_step, teaching.add_animate, explore.add_sweep, gpu.add_validate,
               systems.add_plan, explore.add_presets, teaching.add_lab)


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
    try:
        args = build_parser().parse_args(argv)
        code = args.handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except SystolicError as err:
        print(f"{ERROR_PREFIX} {one_line(str(err))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("systolic: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush of what
    is still buffered does not fail again (the recipe of Python's ``signal``
    documentation, "Note on SIGPIPE")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # a stdout without a file (tests)
        pass
