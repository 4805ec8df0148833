"""``systolic step``, ``animate`` and ``lab``: the array cycle by cycle, and course lab sheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from systolic.apps import labs
from systolic.cli.options import (OneLineParser, add_teaching_arguments, check_output,
                                  load_hardware, positive_number, writing)
from systolic.views import animate, files, stepview


def add_step(subparsers) -> None:
    """``systolic step``: the array's registers at a cycle."""
    parser = subparsers.add_parser(
        "step", help="print the array cycle by cycle (registers of every PE)",
        description="Run a small GEMM on the PE-level engine and print every PE's registers "
                    f"at a cycle: held value (* = MAC), operand moving right, partial sum or "
                    f"operand moving down, and the edges. Default array teach-4x4; at most "
                    f"{stepview.MAX_SIDE}x{stepview.MAX_SIDE} PEs and {stepview.MAX_CYCLES} "
                    f"cycles.")
    add_teaching_arguments(parser)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--cycle", type=int, help="show this cycle only (0-based)")
    which.add_argument("--all", action="store_true",
                       help="show every cycle, with the operands and the product (default)")
    parser.set_defaults(handler=_cmd_step)


def _cmd_step(args: argparse.Namespace) -> int:
    trace = stepview.record(load_hardware(args).array, args.M, args.N, args.K, args.seed)
    if args.cycle is None:
        print(stepview.render_all(trace, args.seed))
    else:
        print(stepview.render(trace, args.cycle))
    return 0


def add_animate(subparsers) -> None:
    """``systolic animate``: a GIF/MP4 or a space-time diagram."""
    parser = subparsers.add_parser(
        "animate", help="animate a small GEMM cycle by cycle (GIF/MP4), or draw its "
                        "space-time diagram",
        description="Animate a small GEMM on the PE-level engine, one frame per cycle (.gif "
                    "through Pillow, .mp4 with ffmpeg; at most "
                    f"{animate.MAX_SIDE}x{animate.MAX_SIDE} PEs and {animate.MAX_FRAMES} "
                    "cycles), or with --spacetime draw PE against cycle coloured by activity "
                    "(.png, .svg, .pdf; larger runs too).")
    add_teaching_arguments(parser)
    parser.add_argument("-o", "--output", required=True,
                        help="file to write (.gif/.mp4; with --spacetime .png/.svg/.pdf)")
    parser.add_argument("--fps", type=positive_number, default=animate.DEFAULT_FPS,
                        help=f"frames (cycles) per second (default {animate.DEFAULT_FPS})")
    parser.add_argument("--spacetime", action="store_true",
                        help="draw the static space-time diagram instead")
    parser.set_defaults(handler=_cmd_animate)


def _cmd_animate(args: argparse.Namespace) -> int:
    check_output("-o", args.output)
    array = load_hardware(args).array
    if args.spacetime:
        trace = stepview.record(array, args.M, args.N, args.K, args.seed, what="animate",
                                max_side=None, max_cycles=None)
        with writing("-o", args.output):
            animate.spacetime(trace, args.output)
    else:
        trace = stepview.record(array, args.M, args.N, args.K, args.seed, what="animate",
                                max_side=animate.MAX_SIDE, max_cycles=animate.MAX_FRAMES)
        with writing("-o", args.output):
            animate.animation(trace, args.output, args.fps)
    print(f"wrote {args.output} ({trace.cycles} cycles)")
    return 0


def add_lab(subparsers) -> None:
    """``systolic lab list | new | key | grade``."""
    parser = subparsers.add_parser(
        "lab", help="course labs: per-student exercise sheets, grading, answer keys",
        description="Exercise sheets drawn from a seed (a student ID), graded against the "
                    "simulator.")
    actions = parser.add_subparsers(dest="action", required=True, parser_class=OneLineParser,
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


def _cmd_lab(args: argparse.Namespace) -> int:
    if args.action == "list":
        for number, (title, _) in labs.LABS.items():
            print(f"{number}  {title}")
        return 0
    if args.action == "new" and args.output is not None:
        check_output("-o", args.output)
        check_output("-o", _answers_path(args.output))
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
    answers = _answers_path(output)
    with writing("-o", output):
        files.atomic_write(output, labs.sheet_markdown(exercise, answers.name))
    with writing("-o", answers):
        files.atomic_write(answers, labs.answers_template(exercise))
    print(f"wrote {output} and {answers}")
    return 0


def _answers_path(output: str) -> Path:
    """The answers template written beside the sheet ``output``: STEM-answers.toml."""
    return Path(output).with_name(f"{Path(output).stem}-answers.toml")
