"""What several subcommands share: one-line argparse errors, option types, the machine,
the model and the output files they ask for.

Every flag means something: an option that does not apply to the run asked
for (``--seq`` in decode, ``-o`` without ``--plot``) is refused, not ignored.
Every file a command will write is checked before any work starts
(``check_outputs``); the report is printed before the files are written, so
a failed write never loses it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from systolic.errors import ConfigError, SystolicError
from systolic.spec import autocast, hardware, models, training
from systolic.spec.hardware import DATAFLOWS, DTYPES
from systolic.views import plot, report, stepview

DEFAULT_PRESET = "tpu-v4-like"
DEFAULT_SEQ = 512  # prompt tokens per sequence in prefill
DEFAULT_KV_LEN = 512  # KV-cache tokens per sequence in decode
FIGURE_SUFFIXES = (".png", ".svg", ".pdf")  # the formats plot.save is used with
ERROR_PREFIX = "systolic: error:"  # one prefix for every error, subcommand or not
EXIT_USAGE = 2
EXIT_CHECK_FAILED = 1


def one_line(message: str) -> str:
    """``message`` with its control characters escaped (a field name read from
    a user's file may hold a newline), so that an error stays one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


class OneLineParser(argparse.ArgumentParser):
    """argparse, but errors are one line (no usage dump), with the prefix of
    every other error (``systolic: error:``, not ``systolic gemm: error:``)."""

    def error(self, message: str):  # noqa: D401 - argparse's name
        self.exit(EXIT_USAGE, f"{ERROR_PREFIX} {one_line(message)}\n")


def positive_int(text: str) -> int:
    """An argparse type: a whole number from 1 to 2**31, refused in the words of
    ``spec.fields`` (``DIMENSION``: the bound of every size)."""
    from systolic.spec.fields import DIMENSION, from_text  # standard library only
    try:
        return from_text(text, int, DIMENSION)
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
    parser.add_argument("--shadow-registers", choices=("on", "off"),
                        help="a second bank of weight registers, loading the next fold while "
                             "this one streams (default: the machine's [array] shadow_registers)")


def load_hardware(args: argparse.Namespace) -> hardware.Hardware:
    """The machine the options describe: ``--hw`` with ``--rows/--cols/--dataflow``,
    ``--sram-kb`` and ``--bandwidth-words`` applied as overrides, validated like the
    file; an error the file alone does not have names the options, not the file."""
    options, overrides = [], {}
    for field in ("rows", "cols", "dataflow"):
        if getattr(args, field) is not None:
            options.append(f"--{field} {getattr(args, field)}")
            overrides[f"array.{field}"] = getattr(args, field)
    if getattr(args, "sram_kb", None) is not None:
        options.append(f"--sram-kb {args.sram_kb:g}")
        for buffer in ("input", "weight", "output"):
            overrides[f"core.sram.{buffer}_bytes"] = int(args.sram_kb * 1024)
    if getattr(args, "shadow_registers", None) is not None:
        options.append(f"--shadow-registers {args.shadow_registers}")
        overrides["array.shadow_registers"] = args.shadow_registers == "on"
    if getattr(args, "fusion", None) is not None:
        options.append(f"--fusion {args.fusion}")
        overrides["core.fuse_epilogues"] = args.fusion == "on"
    hw = _load_overridden(args.hw, overrides, options)
    words = getattr(args, "bandwidth_words", None)
    if words is not None:
        word_bytes = hw.dtype(getattr(args, "dtype", None)).bytes
        # Under --compat scalesim, W is per operand interface (ifmap, filter, ofmap).
        interfaces = 3 if getattr(args, "compat", "native") == "scalesim" else 1
        overrides["memory.dram_bandwidth_bytes_per_s"] = (interfaces * words * word_bytes
                                                          * hw.chip.clock_hz)
        hw = _load_overridden(args.hw, overrides, [*options, f"--bandwidth-words {words:g}"])
    return hw


def _load_overridden(name: str, overrides: dict, options: list[str]) -> hardware.Hardware:
    """``hardware.load`` with ``overrides``; on an error the file is loaded
    alone, so that its own errors name it and the others name the options."""
    try:
        return hardware.load(name, overrides)
    except ConfigError as err:
        if not overrides:
            raise
        alone = hardware.load(name)  # the file's own error, if it has one, is raised here
        message = str(err).removeprefix(f"{alone.source}: ")
        raise ConfigError(f"{', '.join(options)} on {alone.name}: {message}") from None


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that pick a model and its run (phase, batch, lengths, dtypes, TP)."""
    parser.add_argument("--model", help="a shipped model's name (systolic/spec/model_configs) "
                                         "or a config.json path")
    parser.add_argument("--phase", choices=models.PHASES, help="default prefill")
    parser.add_argument("--batch", type=positive_int, help="sequences (default 1)")
    parser.add_argument("--seq", type=positive_int,
                        help=f"tokens per sequence, prefill and train (default {DEFAULT_SEQ})")
    parser.add_argument("--kv-len", type=positive_int,
                        help=f"KV-cache tokens per sequence, decode only "
                             f"(default {DEFAULT_KV_LEN})")
    parser.add_argument("--dtype", choices=list(DTYPES),
                        help="activations (default: the machine's, bf16 for traces)")
    parser.add_argument("--weight-dtype", choices=list(DTYPES),
                        help="weights (default: the activations' dtype)")
    parser.add_argument("--tp", type=positive_int, help="tensor-parallel degree (default 1)")
    parser.add_argument("--unfused-attention", action="store_true",
                        help="attention as two GEMMs and a softmax through DRAM")
    parser.add_argument("--optimizer", choices=training.OPTIMIZERS,
                        help="train only: the optimizer step (default adamw)")
    parser.add_argument("--recompute", choices=training.RECOMPUTE,
                        help="train only: activation recomputation (default none)")
    parser.add_argument("--dp", type=positive_int,
                        help="train only: data-parallel replicas (default 1)")
    parser.add_argument("--zero", type=int, choices=training.ZERO_STAGES,
                        help="train only: ZeRO stage, 3 = FSDP full shard (default 0)")
    parser.add_argument("--precision", choices=autocast.PRECISIONS,
                        help="train only: master = bf16 weights with an fp32 master copy "
                             "(Megatron, DeepSpeed); autocast = fp32 parameters under "
                             "torch.autocast, as eager PyTorch runs it (default master)")


def run_spec(args: argparse.Namespace, default_dtype: str = "bf16") -> models.RunSpec:
    """The ``models.RunSpec`` the model options describe; ``--seq`` applies to
    prefill only and ``--kv-len`` to decode only."""
    phase = args.phase or "prefill"
    if phase == "decode" and args.seq is not None:
        raise SystolicError("--seq: applies to --phase prefill only (decode reads --kv-len)")
    if phase != "decode" and args.kv_len is not None:
        raise SystolicError(f"--kv-len: applies to --phase decode only ({phase} reads --seq)")
    for name in ("optimizer", "recompute", "dp", "zero", "precision"):
        if phase != "train" and getattr(args, name, None) is not None:
            raise SystolicError(f"--{name}: applies to --phase train only")
    return models.RunSpec(phase=phase, batch=args.batch or 1, seq=args.seq or DEFAULT_SEQ,
                          kv_len=args.kv_len or DEFAULT_KV_LEN,
                          dtype=args.dtype or default_dtype,
                          weight_dtype=args.weight_dtype, tp=args.tp or 1,
                          fused_attention=not args.unfused_attention,
                          optimizer=getattr(args, "optimizer", None) or "adamw",
                          recompute=getattr(args, "recompute", None) or "none",
                          dp=getattr(args, "dp", None) or 1,
                          zero=getattr(args, "zero", None) or 0,
                          precision=getattr(args, "precision", None) or "master")


MODEL_ONLY_OPTIONS = ("phase", "batch", "seq", "kv_len", "dtype", "weight_dtype", "tp",
                      "unfused_attention", "optimizer", "recompute", "dp", "zero",
                      "precision")


def given_model_options(args: argparse.Namespace) -> list[str]:
    """The model options the command line set (as flags), for refusing them
    where no model is run."""
    return ["--" + name.replace("_", "-") for name in MODEL_ONLY_OPTIONS
            if getattr(args, name, None) not in (None, False)]


def check_weight_dtype(hw: hardware.Hardware, name: str | None) -> None:
    """Refuse a ``--weight-dtype`` the machine does not support, in the words
    ``Hardware.dtype`` uses for ``--dtype``."""
    if name is not None:
        hw.dtype(name, "weight_dtype")


def add_output_arguments(parser: argparse.ArgumentParser, kinds: tuple[str, ...]) -> None:
    """``--json``, ``--csv``, ``--perfetto`` and ``--plot KIND -o FILE``."""
    parser.add_argument("--json", metavar="FILE", help="also write the result as JSON")
    parser.add_argument("--csv", metavar="FILE", help="also write one CSV row per op")
    parser.add_argument("--perfetto", metavar="FILE",
                        help="also write the timeline as a Perfetto/Chrome trace JSON")
    parser.add_argument("--plot", choices=kinds, help="also draw this figure")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="the --plot figure's file (default KIND.png)")


def check_output(option: str, path: str | os.PathLike) -> None:
    """Refuse, before any work, a file ``option`` cannot write at ``path``:
    a path that is a folder, or one whose folder is missing or not writable."""
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise SystolicError(f"{option}: cannot write {str(path)!r}: it is a folder")
    if not folder.is_dir():
        raise SystolicError(f"{option}: cannot write {str(path)!r}: folder {str(folder)!r} "
                            f"does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SystolicError(f"{option}: cannot write {str(path)!r}: folder {str(folder)!r} "
                            f"is not writable")


def check_folder(option: str, path: str | os.PathLike) -> None:
    """Refuse, before any work, a folder ``option`` cannot write into: a path
    that is a file, or one whose nearest existing folder is not writable
    (missing folders are made)."""
    target = Path(path)
    if target.exists() and not target.is_dir():
        raise SystolicError(f"{option}: cannot write into {str(path)!r}: it is a file")
    existing = next(folder for folder in (target, *target.absolute().parents)
                    if folder.exists())
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise SystolicError(f"{option}: cannot write into {str(path)!r}: "
                            f"{str(existing)!r} is not a writable folder")


def check_figure(option: str, path: str | os.PathLike) -> None:
    """``check_output``, and a suffix matplotlib is asked to write."""
    check_output(option, path)
    if Path(path).suffix not in FIGURE_SUFFIXES:
        raise SystolicError(f"{option}: expected a name ending in "
                            f"{', '.join(FIGURE_SUFFIXES)}, got {str(path)!r}")


def _outputs(args: argparse.Namespace) -> list[tuple[str, str]]:
    """(option, path) of the data files --json, --csv and --perfetto ask for."""
    return [(f"--{name}", getattr(args, name)) for name in ("json", "csv", "perfetto")
            if getattr(args, name)]


def _figure(args: argparse.Namespace) -> tuple[str, str] | None:
    """(option, path) of the --plot figure, or None without --plot."""
    if not args.plot:
        return None
    return ("-o", args.output) if args.output else ("--plot", f"{args.plot}.png")


def check_outputs(args: argparse.Namespace) -> None:
    """Before any work: ``-o`` only with ``--plot``, and every file the output
    options name writable (``check_output``)."""
    if args.output and not args.plot:
        raise SystolicError("-o/--output: names the --plot figure; give --plot KIND too")
    named = _outputs(args) + ([_figure(args)] if _figure(args) else []) + \
        ([("--mapping-out", args.mapping_out)] if getattr(args, "mapping_out", None) else [])
    seen: dict[Path, str] = {}
    for option, path in named:
        earlier = seen.setdefault(Path(path).resolve(), option)
        if earlier != option:
            raise SystolicError(f"{option}: {str(path)!r} is also the {earlier} file; "
                                f"give each output its own name")
    for option, path in _outputs(args):
        check_output(option, path)
    if _figure(args):
        check_figure(*_figure(args))


def needs_timeline(args: argparse.Namespace) -> bool:
    """Whether an output asks for the timeline (the JSON holds it, Perfetto and
    the timeline figure draw it): only then is it recorded, as a long run
    has several intervals per tile."""
    return bool(args.json or args.perfetto or args.plot == "timeline")


def write_outputs(result, args: argparse.Namespace, perfetto=None) -> None:
    """The files --json, --csv, --perfetto and --plot ask for; a write that
    fails anyway (a full disk) is one line naming the option. ``perfetto``
    writes the trace instead of the result's own (a system's, say)."""
    writers = {"--json": report.write_json, "--csv": report.write_csv,
               "--perfetto": perfetto or report.write_perfetto}
    for option, path in _outputs(args):
        with writing(option, path):
            writers[option](result, path)
    if _figure(args):
        option, path = _figure(args)
        with writing(option, path):
            plot.draw(report.run_dict(result), args.plot, path)


@contextlib.contextmanager
def writing(option: str, path: str | os.PathLike) -> Iterator[None]:
    """Turn an ``OSError`` of writing ``path`` for ``option`` into one line."""
    try:
        yield
    except OSError as err:
        raise SystolicError(f"{option}: cannot write {str(path)!r}: "
                            f"{err.strerror or err}") from None


def add_teaching_arguments(parser: argparse.ArgumentParser) -> None:
    """A small array (default teach-4x4), a GEMM and the operands' seed."""
    add_hardware_arguments(parser)
    parser.set_defaults(hw="teach-4x4")
    for dim in ("M", "N", "K"):
        parser.add_argument(f"-{dim}", type=positive_int, required=True)
    parser.add_argument("--seed", type=int, default=0,
                        help=f"seed of the operands, random integers {stepview.OPERAND_LOW}.."
                             f"{stepview.OPERAND_HIGH} (default 0)")
