"""What several subcommands share: one-line argparse errors, option types, the machine,
the model and the output files they ask for."""

from __future__ import annotations

import argparse

from systolic.spec import hardware, models
from systolic.spec.hardware import DATAFLOWS, DTYPES
from systolic.views import plot, report, stepview

DEFAULT_PRESET = "tpu-v4-like"
EXIT_USAGE = 2
EXIT_CHECK_FAILED = 1


class OneLineParser(argparse.ArgumentParser):
    """argparse, but errors are one line (no usage dump)."""

    def error(self, message: str):  # noqa: D401 - argparse's name
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def positive_int(text: str) -> int:
    """An argparse type: a whole number >= 1, refused in the words of ``spec.fields``."""
    from systolic.spec.fields import POSITIVE_INT, from_text  # standard library only
    try:
        return from_text(text, int, POSITIVE_INT)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def positive_number(text: str) -> float:
    """An argparse type: a finite number > 0 (``inf`` is a file's word, not an option's)."""
    from systolic.spec.fields import FINITE_POSITIVE_NUMBER, from_text  # standard library only
    try:
        return from_text(text, float, FINITE_POSITIVE_NUMBER)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def add_hardware_arguments(parser: argparse.ArgumentParser) -> None:
    """``--hw`` and the array overrides every simulating command takes."""
    parser.add_argument("--hw", default=DEFAULT_PRESET,
                        help=f"preset name or TOML path (default {DEFAULT_PRESET})")
    parser.add_argument("--rows", type=positive_int, help="override the array rows")
    parser.add_argument("--cols", type=positive_int, help="override the array columns")
    parser.add_argument("--dataflow", choices=DATAFLOWS, help="override the dataflow")


def load_hardware(args: argparse.Namespace) -> hardware.Hardware:
    """The machine the options describe: ``--hw`` with ``--rows/--cols/--dataflow``,
    ``--sram-kb`` and ``--bandwidth-words`` applied as overrides, validated like the file."""
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


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that pick a model and its run (phase, batch, lengths, dtypes, TP)."""
    parser.add_argument("--model", help="a shipped model's name (systolic/spec/model_configs) "
                                         "or a config.json path")
    parser.add_argument("--phase", choices=models.PHASES, default="prefill")
    parser.add_argument("--batch", type=positive_int, default=1, help="sequences (default 1)")
    parser.add_argument("--seq", type=positive_int, default=512,
                        help="prompt tokens per sequence in prefill (default 512)")
    parser.add_argument("--kv-len", type=positive_int, default=512,
                        help="KV-cache tokens per sequence in decode (default 512)")
    parser.add_argument("--dtype", choices=list(DTYPES),
                        help="activations (default: the machine's, bf16 for traces)")
    parser.add_argument("--weight-dtype", choices=list(DTYPES),
                        help="weights (default: the activations' dtype)")
    parser.add_argument("--tp", type=positive_int, default=1, help="tensor-parallel degree")
    parser.add_argument("--unfused-attention", action="store_true",
                        help="attention as two GEMMs and a softmax through DRAM")


def run_spec(args: argparse.Namespace, default_dtype: str = "bf16") -> models.RunSpec:
    """The ``models.RunSpec`` the model options describe."""
    return models.RunSpec(phase=args.phase, batch=args.batch, seq=args.seq,
                          kv_len=args.kv_len, dtype=args.dtype or default_dtype,
                          weight_dtype=args.weight_dtype, tp=args.tp,
                          fused_attention=not args.unfused_attention)


def add_output_arguments(parser: argparse.ArgumentParser, kinds: tuple[str, ...]) -> None:
    """``--json``, ``--csv``, ``--perfetto`` and ``--plot KIND -o FILE``."""
    parser.add_argument("--json", metavar="FILE", help="also write the result as JSON")
    parser.add_argument("--csv", metavar="FILE", help="also write one CSV row per op")
    parser.add_argument("--perfetto", metavar="FILE",
                        help="also write the timeline as a Perfetto/Chrome trace JSON")
    parser.add_argument("--plot", choices=kinds, help="also draw this figure")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="the --plot figure's file (default KIND.png)")


def write_outputs(result, args: argparse.Namespace) -> None:
    """The files --json, --csv, --perfetto and --plot ask for."""
    if args.json:
        report.write_json(result, args.json)
    if args.csv:
        report.write_csv(result, args.csv)
    if args.perfetto:
        report.write_perfetto(result, args.perfetto)
    if args.plot:
        plot.draw(report.run_dict(result), args.plot, args.output or f"{args.plot}.png")


def add_teaching_arguments(parser: argparse.ArgumentParser) -> None:
    """A small array (default teach-4x4), a GEMM and the operands' seed."""
    add_hardware_arguments(parser)
    parser.set_defaults(hw="teach-4x4")
    for dim in ("M", "N", "K"):
        parser.add_argument(f"-{dim}", type=positive_int, required=True)
    parser.add_argument("--seed", type=int, default=0,
                        help=f"seed of the operands, random integers {stepview.OPERAND_LOW}.."
                             f"{stepview.OPERAND_HIGH} (default 0)")
