"""Where the cycles went, as people read it: a line per run, a table per op, and ``explain``.

The numbers are the engine's (``OpResult.breakdown``, ``breakdown.py`` for
what each cause holds); this module only lays them out. ``explain_text``
reads a JSON result (``views/report.py``'s shape), so that a result can be
explained long after the run, on another machine.
"""

from __future__ import annotations

from systolic.breakdown import CAUSES, LABELS, CycleBreakdown
from systolic.errors import ConfigError
from systolic.results import RunResult
from systolic.spec.workload import COLLECTIVES

SHORT = {"compute": "compute", "mapping_waste": "partial", "fill_drain": "fill/dr",
         "weight_load": "w.load", "dram_stall": "DRAM", "shared_stall": "shared",
         "vector": "vector", "communication": "comm", "fixed": "fixed", "idle": "idle"}


def shares_text(breakdown: CycleBreakdown) -> str:
    """'compute 93.1 %, fill/drain 0.7 %, ...': every cause that took a cycle."""
    total = breakdown.total or 1
    return ", ".join(f"{LABELS[cause]} {100 * cycles / total:.1f} %"
                     for cause, cycles in breakdown.as_dict().items() if cycles)


def cause_line(result: RunResult) -> list[str]:
    """The report's one line of causes for the whole run (none if unattributed)."""
    breakdown = result.breakdown
    return [] if breakdown is None else [f"  cycles by cause      {shares_text(breakdown)}"]


def cause_table(result: RunResult) -> list[str]:
    """Per op, the share of its cycles each cause took (the causes some op has),
    and the run's total: the column group of ``systolic run``'s report."""
    total = result.breakdown
    if total is None:
        return []
    used = [cause for cause in CAUSES if any(op.breakdown.as_dict()[cause] for op in result.ops)]
    lines = ["  where the cycles went (% of each op's cycles)",
             f"  {'op':26s}" + "".join(f" {SHORT[cause]:>8s}" for cause in used)]
    for name, breakdown in [(op.name, op.breakdown) for op in result.ops] + [("total", total)]:
        share = breakdown.as_dict()
        whole = breakdown.total or 1
        lines.append(f"  {name[:26]:26s}"
                     + "".join(f" {100 * share[cause] / whole:8.1f}" for cause in used))
    return lines


def explain_text(run: dict, op_name: str, source: str) -> str:
    """The formula behind one op's cycles, its numbers filled in, from a JSON result."""
    ops = run.get("ops") if isinstance(run, dict) else None
    if not isinstance(ops, list):
        raise ConfigError(f"{source}: ops: expected a list of ops (a systolic JSON result)")
    names = [op.get("name") if isinstance(op, dict) else None for op in ops]
    if op_name not in names:
        listed = ", ".join(map(str, names[:12])) + (", ..." if len(names) > 12 else "")
        raise ConfigError(f"{source}: op: expected one of {listed}, got {op_name!r}")
    op = _checked(ops[names.index(op_name)], f"{source}: {op_name}")
    hardware = run.get("hardware")
    name = hardware.get("name") if isinstance(hardware, dict) else None
    machine = str(name or "the machine")
    if isinstance(op.get("kind"), str) and op["kind"] in COLLECTIVES:
        return "\n".join(_link_formula(op, _algorithm(run, op_name), machine))
    return "\n".join(_formula(op, op["breakdown_cycles"], machine))


def _algorithm(run: dict, op_name: str) -> str:
    """The algorithm the result's schedules name for ``op_name``, or ''."""
    settings = run.get("settings")
    schedules = settings.get("schedules") if isinstance(settings, dict) else None
    for schedule in schedules if isinstance(schedules, list) else ():
        if isinstance(schedule, dict) and schedule.get("op") == op_name:
            return str(schedule.get("algorithm") or "")
    return ""


def _link_formula(op: dict, algorithm: str, machine: str) -> list[str]:
    """A collective's cycles: its algorithm's steps on the chip's link."""
    sent = op.get("link_bytes", 0)
    how = f"the {algorithm} algorithm" if algorithm else "its algorithm"
    return [f"{op['name']} ({op['kind']}) on {machine}: {op['cycles']} cycles",
            f"  cycles = communication = {op['cycles']}: {how} on the chip's link, every "
            f"step paying the link latency, {sent} bytes sent by each chip over the link "
            f"bandwidth (systolic/mapping/collectives.py has each algorithm's formula)"]


def _checked(op: dict, where: str) -> dict:
    """``op`` if it has every field the formula reads, with the right types."""
    counts = ("cycles", "compute_cycles", "stall_cycles", "macs")
    for key in counts:
        if not _whole(op.get(key)):
            raise ConfigError(f"{where}: {key}: expected a non-negative integer below 2**63, "
                              f"got {op.get(key)!r}")
    for key in ("utilization", "mapping_efficiency"):
        value = op.get(key, 1.0)
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not 0 <= value <= 1:
            raise ConfigError(f"{where}: {key}: expected a fraction from 0 to 1, got {value!r}")
    checked_breakdown(op.get("breakdown_cycles"), where)
    return op


def checked_breakdown(causes, where: str) -> dict:
    """``causes`` if it is a JSON result's ``breakdown_cycles``, else a one-line error."""
    if not isinstance(causes, dict) or set(causes) != set(CAUSES) or \
            not all(map(_whole, causes.values())):
        raise ConfigError(f"{where}: breakdown_cycles: expected the cycle breakdown of a "
                          f"result written by this version (cycles of {', '.join(CAUSES)})")
    return causes


def _whole(value) -> bool:
    """A count a result may hold: an int, not a bool, from 0 to below 2**63."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


def _formula(op: dict, causes: dict, machine: str) -> list[str]:
    cycles = op["cycles"]
    parts = [cause for cause in CAUSES if causes[cause]] or ["idle"]
    lines = [f"{op['name']} ({op.get('kind', 'op')}) on {machine}: {cycles} cycles",
             "  cycles = " + " + ".join(LABELS[cause] for cause in parts),
             "         = " + " + ".join(str(causes[cause]) for cause in parts)
             + f" = {sum(causes.values())}"]
    utilization = op.get("utilization", 0.0)
    peak = op["macs"] / (utilization * cycles) if utilization and cycles else 0
    if causes["compute"]:
        lines.append(f"  compute     = the busiest core's MACs / its PEs' MACs per cycle "
                     f"= {causes['compute']} (the op: {op['macs']} MACs on "
                     f"{peak:.0f} MACs/cycle)")
    array = ("compute", "mapping_waste", "fill_drain", "weight_load")
    if any(causes[cause] for cause in array[1:]):
        lines.append("  the arrays' other cycles: " + ", ".join(
            f"{LABELS[cause]} {causes[cause]}" for cause in array[1:] if causes[cause])
            + f"; mapping efficiency {100 * op.get('mapping_efficiency', 1):.1f} %")
    lines += _residency_lines(op)
    lines.append(f"  compute_cycles {op['compute_cycles']} (the busiest core at work) + "
                 f"stall_cycles {op['stall_cycles']} = {cycles}")
    lines.append(f"  utilization = {op['macs']} MACs / ({cycles} cycles x {peak:.0f}) "
                 f"= {100 * utilization:.2f} %")
    return lines


def _residency_lines(op: dict) -> list[str]:
    """What a unified buffer kept of the op's activations (nothing where it kept none)."""
    kept = {key: op.get(key) for key in ("kept_input_bytes", "kept_output_bytes",
                                         "spilled_bytes")}
    if not any(_whole(value) and value for value in kept.values()):
        return []
    parts = [f"{kept['kept_input_bytes']} B of its input read from the unified buffer"
             if kept["kept_input_bytes"] else "",
             f"{kept['kept_output_bytes']} B of its output left in the unified buffer for "
             f"the next op"
             if kept["kept_output_bytes"] else "",
             f"{kept['spilled_bytes']} B of its output spilled to DRAM (no room)"
             if kept["spilled_bytes"] else ""]
    return ["  activations: " + ", ".join(part for part in parts if part)
            + " (not in its DRAM bytes)"]
