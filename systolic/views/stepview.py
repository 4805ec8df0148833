"""The array at one cycle, as terminal text: what ``systolic step`` prints.

For students following a systolic array by hand. Each PE is a box of three
lines: its held (stationary) register with ``*`` when it did a MAC this
cycle, the operand moving right, and what moves down (ws/is: the partial
sum ``p[m,n]`` of O[m, n]; os: the B operand). With shadow registers (ws,
is) a fourth line, in parentheses, is the second bank: the next fold's
tile shifting in while this one streams. Each value is named by its
GEMM element (``A[m,k]=3``); ``-`` is an empty register. Around the grid:
what enters at the left and top edges this cycle, and what leaves (ws/is:
partial sums out of the bottom row into the accumulators, ``+=`` from the
second row fold on; os: finished outputs written by their PEs).

Every value comes from the PE-level engine's recording
(``core/pe_trace.py``); this module only lays it out. Operands are random
integers from ``OPERAND_LOW`` to ``OPERAND_HIGH`` drawn from a seed, so the
arithmetic can be followed by hand.

Not for large arrays: the grid must fit a terminal (``MAX_SIDE``), and
``--all`` prints every cycle (``MAX_CYCLES``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from systolic.core.timing import gemm_cycles
from systolic.errors import ConfigError, describe
from systolic.spec.hardware import ArraySpec

if TYPE_CHECKING:
    import numpy as np

    from systolic.core.pe_trace import PeTrace

OPERAND_LOW, OPERAND_HIGH = 1, 9  # one digit, no zeros: every product is visible
MAX_SIDE = 8      # PEs per side: 8 boxes of ~12 characters fit a 120-column terminal
MAX_CYCLES = 500  # cycles a step view will record


def operands(m: int, n: int, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A (M x K) and B (K x N): random integers OPERAND_LOW..OPERAND_HIGH."""
    import numpy as np
    rng = np.random.default_rng(seed)
    a = rng.integers(OPERAND_LOW, OPERAND_HIGH + 1, (m, k)).astype(np.int32)
    return a, rng.integers(OPERAND_LOW, OPERAND_HIGH + 1, (k, n)).astype(np.int32)


def record(array: ArraySpec, m: int, n: int, k: int, seed: int, what: str = "step",
           max_side: int | None = MAX_SIDE, max_cycles: int | None = MAX_CYCLES) -> PeTrace:
    """Run the GEMM on ``array`` with ``operands(...)``, recording every cycle.

    ``what`` names the command in errors; ``None`` limits are not checked
    (``trace_gemm`` still bounds the memory).
    """
    from systolic.core.pe_trace import trace_gemm
    rows, cols = array.rows, array.cols
    if max_side is not None and max(rows, cols) > max_side:
        raise ConfigError(f"{what}: a {rows}x{cols} array is too large to show; expected at "
                          f"most {max_side}x{max_side} PEs (try --rows/--cols)")
    cycles = gemm_cycles(m, n, k, rows, cols, array.dataflow, "native", array.shadow_registers)
    if max_cycles is not None and cycles > max_cycles:
        raise ConfigError(f"{what}: {m}x{n}x{k} takes {cycles} cycles on this array, too many "
                          f"to show; expected at most {max_cycles} (try smaller -M/-N/-K)")
    try:
        return trace_gemm(*operands(m, n, k, seed), rows, cols, array.dataflow,
                          shadow=array.shadow_registers)
    except ConfigError as err:
        raise ConfigError(f"{what}: {err}") from None


def _number(value) -> str:
    import numpy as np
    return str(value.item()) if np.issubdtype(value.dtype, np.integer) else f"{value:.4g}"


def register_label(trace: PeTrace, cycle: int, i: int, j: int, register: str) -> str:
    """``'A[0,1]=2'`` for what PE(i, j)'s register holds in ``cycle``, ``'-'`` if empty."""
    from systolic.core.pe_tape import EMPTY_TAG
    value = getattr(trace, register)[cycle, i, j]
    if register in ("held", "shadow"):
        full, tag = getattr(trace, f"{register}_valid")[cycle, i, j], EMPTY_TAG
    else:
        tag = getattr(trace, f"{register}_tag")[cycle, i, j]
        full = tag != EMPTY_TAG
    if not full:
        return "-"
    template = getattr(trace.roles, "held" if register == "shadow" else register)
    label = f"{template.format(**trace.indices(cycle, i, j, tag, register))}={_number(value)}"
    return f"({label})" if register == "shadow" else label


def left_labels(trace: PeTrace, cycle: int) -> list[str]:
    """Per row, the operand entering from the left edge in ``cycle`` ('' if none)."""
    _, fed = trace.left_fed(cycle)
    return [register_label(trace, cycle, i, 0, "east") if fed[i] else ""
            for i in range(trace.shape[0])]


def top_labels(trace: PeTrace, cycle: int) -> list[str]:
    """Per column, what enters from the top edge in ``cycle`` ('' if none)."""
    return [register_label(trace, cycle, 0, j, register) if register else ""
            for j, register in enumerate(trace.top_fed(cycle))]


def output_labels(trace: PeTrace, cycle: int) -> list[tuple[int, int, str]]:
    """(i, j, 'O[m,n]=v') for each result written out in ``cycle``.

    ws/is: the bottom row's partial sum goes into an accumulator, ``+=``
    when an earlier row fold already wrote it; os: the PE's finished sum.
    """
    import numpy as np
    labels = []
    register = "held" if trace.dataflow == "os" else "south"
    for i, j in zip(*np.nonzero(trace.written[cycle])):
        fold = trace.folds[max(int(trace.south_fold[cycle, i, j]), 0)]
        accumulate = trace.dataflow != "os" and fold.row0 > 0
        label = register_label(trace, cycle, i, j, register)
        name, value = label.split("=")
        labels.append((int(i), int(j), f"O{name[1:]}{'+=' if accumulate else '='}{value}"))
    return labels


def fold_text(trace: PeTrace, cycle: int) -> str:
    """The fold at work in ``cycle`` and the part of the GEMM it covers, with
    its phase (preload, stream); with shadow registers, while one fold streams
    and the next loads, both (folds counted from 1)."""
    streaming, loading = trace.folds_in_flight(cycle)
    roles = trace.roles

    def span(f: int) -> str:
        fold = trace.folds[f]
        return (f"{roles.rows} {fold.row0}..{fold.row0 + fold.rows_used - 1} x {roles.cols} "
                f"{fold.col0}..{fold.col0 + fold.cols_used - 1}")
    busy = sorted(set(streaming) | set(loading))
    if len(busy) <= 1:
        f = busy[0] if busy else max(int(trace.held_fold[cycle].max()), 0)
        return (f"fold {f + 1} of {len(trace.folds)}: {span(f)} | "
                f"{'preload' if loading else 'stream'}")
    parts = [f"{f + 1} streams ({span(f)})" for f in streaming] + \
        [f"{f + 1} loads ({span(f)})" for f in loading if f not in streaming]
    return f"folds {', '.join(str(f + 1) for f in busy)} of {len(trace.folds)}: " + \
        ", ".join(parts)


def header(trace: PeTrace, cycle: int) -> str:
    """Cycle, the folds at work and the running utilization in one line."""
    rows, cols = trace.shape
    done = int(trace.macs[cycle].sum())
    return (f"cycle {cycle} of 0..{trace.cycles - 1} | {fold_text(trace, cycle)} | "
            f"MACs {int(trace.mac(cycle).sum())} | utilization so far {done}/"
            f"{rows * cols * (cycle + 1)} = {100 * trace.utilization(cycle):.1f} %")


def _widths(trace: PeTrace, cycles: range) -> tuple[int, int]:
    """(cell, left margin) widths that fit every label of ``cycles``."""
    rows, cols = trace.shape
    cell = max(len(register_label(trace, t, i, j, r)) for t in cycles for i in range(rows)
               for j in range(cols) for r in trace.registers)
    left = max(len(label) for t in cycles for label in left_labels(trace, t))
    return cell + 3, left + 3  # a space either side of a label, one for the MAC marker


def _edge_line(labels: list[str], cell: int, margin: int) -> str:
    return (" " * (margin + 1) + "".join(f"{label:^{cell + 1}}" for label in labels)).rstrip()


def _arrows(flags: list[bool], cell: int, margin: int) -> str:
    return _edge_line(["v" if flag else "" for flag in flags], cell, margin)


def _pe_lines(trace: PeTrace, cycle: int, i: int, cell: int) -> list[str]:
    """The text lines of row i's PE boxes, one per register."""
    mac = trace.mac(cycle)
    lines = []
    for register in trace.registers:
        boxes = []
        for j in range(trace.shape[1]):
            label = register_label(trace, cycle, i, j, register)
            marker = "*" if register == "held" and mac[i, j] else " "
            boxes.append(f" {label:<{cell - 3}} {marker}")
        lines.append("|" + "|".join(boxes) + "|")
    return lines


def _grid(trace: PeTrace, cycle: int, cell: int, margin: int) -> list[str]:
    """Top edge, the PE boxes with the left edge beside them, and the outputs."""
    cols = trace.shape[1]
    top = top_labels(trace, cycle)
    border = " " * margin + "+" + "+".join(["-" * cell] * cols) + "+"
    lines = [_edge_line(top, cell, margin), _arrows([bool(t) for t in top], cell, margin),
             border]
    for i, left in enumerate(left_labels(trace, cycle)):
        pe_lines = _pe_lines(trace, cycle, i, cell)
        entry = f"{left} ->" if left else ""
        lines += [f"{entry:>{margin}}{pe_lines[0]}",
                  *(" " * margin + line for line in pe_lines[1:]), border]
    return lines + _outputs(trace, cycle, cell, margin)


def _outputs(trace: PeTrace, cycle: int, cell: int, margin: int) -> list[str]:
    """ws/is: sums under the columns they leave; os: a list of the PEs' results."""
    written = output_labels(trace, cycle)
    if trace.dataflow == "os":
        return [f"written out: {', '.join(label for _, _, label in written)}"] if written else []
    at_column = {j: label for _, j, label in written}
    labels = [at_column.get(j, "") for j in range(trace.shape[1])]
    return [_arrows([bool(label) for label in labels], cell, margin),
            _edge_line(labels, cell, margin)]


def render(trace: PeTrace, cycle: int, widths: tuple[int, int] | None = None) -> str:
    """The array in ``cycle``: header, edges fed, PE grid, outputs."""
    if not 0 <= cycle < trace.cycles:
        raise ConfigError(describe("step", "cycle", f"0..{trace.cycles - 1} (the GEMM takes "
                                   f"{trace.cycles} cycles)", cycle))
    cell, margin = widths or _widths(trace, range(cycle, cycle + 1))
    return "\n".join([header(trace, cycle), *_grid(trace, cycle, cell, margin)]).rstrip()


def introduction(trace: PeTrace, seed: int) -> str:
    """The GEMM, its operands and how to read a PE box."""
    m, k = trace.a.shape
    n = trace.b.shape[1]
    rows, cols = trace.shape
    roles = trace.roles
    names = {index: index for index in "mnk"}
    return "\n".join([
        f"{trace.dataflow} on a {rows}x{cols} array: O[{m}x{n}] = A[{m}x{k}] . B[{k}x{n}], "
        f"{trace.cycles} cycles in {len(trace.folds)} fold(s)",
        f"A and B: random integers {OPERAND_LOW}..{OPERAND_HIGH} (seed {seed})",
        f"A =\n{trace.a}", f"B =\n{trace.b}",
        f"each PE: {roles.held.format(**names)} held (* = MAC this cycle) / "
        + (f"({roles.held.format(**names)}) the shadow bank: the next fold's tile, loading "
           f"or loaded / "
           if trace.shadow is not None else "")
        + f"{roles.east.format(**names)} moving right / {roles.south.format(**names)} moving "
        f"down; - = empty; p = partial sum"])


def render_all(trace: PeTrace, seed: int) -> str:
    """Every cycle, after the introduction, then the product."""
    widths = _widths(trace, range(trace.cycles))
    steps = [render(trace, cycle, widths) for cycle in range(trace.cycles)]
    return "\n\n".join([introduction(trace, seed), *steps,
                        f"O = A . B =\n{trace.run.product}"])
