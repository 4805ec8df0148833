"""The layout planner: every valid layout of a model on a system, simulated and ranked.

``candidates`` enumerates the layouts that use every chip: ``tp x cp x pp x
dp = chips`` over the divisors of the chip count, ``cp`` over ``context_degrees``
(prefill only: the degrees that leave each chip a chunk of at least
``MIN_RING_CHUNK`` tokens of every prompt), ``ep`` over the divisors of
``dp`` that divide the experts (MoE models only), sequence parallelism on
and off wherever ``tp > 1`` (pre-norm models), every 2D grid ``tpx`` of the
tensor-parallel group (dense pre-norm models, without sp or cp), and ``1, pp, 2 pp, 4 pp``
micro-batches where ``pp > 1`` (one where not: a single stage gains nothing
from splitting its batch). A train step also tries ``2`` and ``4``
micro-batches of one stage (gradient accumulation: less activation memory
for the same step) and the interleaved schedule (``vp = 2``) wherever the
micro-batches come in groups of ``pp``. Those the model cannot take (heads not divisible,
a batch that does not split, fewer layers than stages) are counted with
their first reason, not run; those that do not fit in the chips' memory are
counted and listed, not simulated.

``plan`` simulates the rest (``parallel.simulate_layout``; identical layers
and chips are simulated once, and a layer shared by two layouts once for
both) and ranks them by the objective: ``latency`` (of the whole batch),
``throughput`` (tokens per second per chip, highest first) or ``energy``
(per token); a train step's latency is its step time.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from systolic.errors import CapacityError, ConfigError
from systolic.apps.parallel import LayoutResult, chip_spec, layout_footprint, simulate_layout
from systolic.spec import models
from systolic.spec.configs import load_config, shape_of
from systolic.spec.layouts import Layout
from systolic.spec.systems import System

OBJECTIVES: dict[str, Callable[[LayoutResult], float]] = {
    "latency": lambda r: r.latency_s,
    "throughput": lambda r: -r.tokens_per_s_per_chip,
    "energy": lambda r: r.energy_per_token_j,
}


@dataclass(frozen=True)
class Plan:
    """Ranked results, best first, and the layouts left out with why."""

    system: str
    model: str
    objective: str
    ranked: tuple[LayoutResult, ...]
    over_capacity: tuple[tuple[Layout, float], ...]  # (layout, bytes a chip)
    invalid: dict[str, int]  # first reason -> layouts


# A ring step passes a chunk of keys and values (``~ chunk x kv_heads``) while the
# chip attends to the one before (``~ chunk^2 x heads / 2``): on an H100 with
# Llama-2-70B's heads the two are equal near 600 tokens, so shorter chunks leave
# the pass exposed and context parallelism is not worth trying.
MIN_RING_CHUNK = 1024  # tokens a chip keeps of each prompt; assumed (the ratio above)


def _divisors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


def context_degrees(chips: int, spec: models.RunSpec) -> tuple[int, ...]:
    """The context-parallel degrees worth trying (module docstring)."""
    if spec.phase != "prefill":
        return (1,)
    return tuple(cp for cp in _divisors(chips)
                 if cp == 1 or (spec.seq % (2 * cp) == 0 and spec.seq // cp >= MIN_RING_CHUNK))


def candidates(chips: int, experts: int, pre_norm: bool,
               cps: tuple[int, ...] = (1,), train: bool = False) -> list[Layout]:
    """Every layout of ``chips`` chips (module docstring)."""
    found = []
    for tp in _divisors(chips):
        for cp in (cp for cp in cps if (chips // tp) % cp == 0):
            for pp in _divisors(chips // (tp * cp)):
                dp = chips // (tp * cp * pp)
                eps = [ep for ep in _divisors(dp) if experts > 1 and experts % ep == 0] or [1]
                for ep in eps:
                    for sp, tpx in _tensor_options(tp, pre_norm and experts <= 1 and cp == 1,
                                                   pre_norm):
                        for mb, vp in _schedules(pp, train):
                            found.append(Layout(tp, pp, dp, ep, sp, mb, cp, tpx, vp))
    return list(dict.fromkeys(found))


def _schedules(pp: int, train: bool) -> list[tuple[int, int]]:
    """(micro-batches, virtual stages) of a pipeline of ``pp`` stages (module docstring)."""
    if pp == 1:
        return [(1, 1), (2, 1), (4, 1)] if train else [(1, 1)]
    plain = [(mb, 1) for mb in (1, pp, 2 * pp, 4 * pp)]
    return plain + ([(mb, 2) for mb in (pp, 2 * pp, 4 * pp)] if train else [])


def _tensor_options(tp: int, two_d: bool, pre_norm: bool) -> list[tuple[bool, int]]:
    """(sp, tpx) of a tensor-parallel group: 1D with sequence parallelism off and on,
    and every 2D grid (dense pre-norm models, without sp or cp)."""
    options = [(False, 1)] + ([(True, 1)] if tp > 1 and pre_norm else [])
    return options + [(False, x) for x in _divisors(tp)[1:-1] if two_d]


def plan(system: System, model: str, spec: models.RunSpec, objective: str = "latency",
         progress: Callable[[], None] | None = None,
         batches: tuple[int, ...] = ()) -> Plan:
    """Simulate every candidate layout that the model takes and that fits, at
    ``spec.batch`` or at each of ``batches``; rank them."""
    layouts = model_candidates(system, model, spec)
    ranked, over, invalid = [], [], Counter()
    for batch in batches or (spec.batch,):
        sized = dataclasses.replace(spec, batch=batch)
        for layout in layouts:
            try:
                result = simulate_layout(system, model, sized, layout)
            except CapacityError:
                over.append((layout, _footprint_bytes(system, model, sized, layout)))
            except ConfigError as err:
                invalid[_reason(str(err))] += 1
            else:
                ranked.append(result)
            if progress:
                progress()
    ranked.sort(key=OBJECTIVES[objective])
    return Plan(system.name, model, objective, tuple(ranked), tuple(over), dict(invalid))


def _footprint_bytes(system: System, model: str, spec: models.RunSpec,
                     layout: Layout) -> float:
    workload = models.build(model, chip_spec(system, spec, layout))
    return layout_footprint(system, workload, layout).total_bytes


def _reason(message: str) -> str:
    """A refusal without the layout's own numbers, so equal reasons count together."""
    text = message.split(": ", 2)[-1] if message.startswith("--layout") else message
    return re.sub(r"\d+", "N", text)


def table_text(result: Plan, top: int = 20) -> str:
    """The ranked table (the ``top`` best), then what was left out."""
    shown = result.ranked[:top]
    width = max([34] + [len(row.layout.label) for row in shown])
    train = any(row.phase == "train" for row in shown)
    lines = [f"{len(result.ranked)} layouts of {result.model} on {result.system}, ranked by "
             f"{result.objective}",
             f"{'#':>3}  {'layout':<{width}} {'batch':>5} "
             f"{'step' if train else 'latency':>11} {'tok/s/chip':>11} "
             f"{'mJ/token':>9} {'GiB/chip':>9} {'bubble':>7} {'comm':>6}"
             + (f" {'MFU':>6}" if train else "")]
    for rank, row in enumerate(shown, 1):
        lines.append(f"{rank:>3}  {row.layout.label:<{width}} {row.batch:>5} "
                     f"{_time(row.latency_s):>11} "
                     f"{row.tokens_per_s_per_chip:>11.1f} {row.energy_per_token_j * 1e3:>9.1f} "
                     f"{row.memory.total_bytes / 2**30:>9.1f} {row.bubble_fraction:>6.0%} "
                     f"{row.communication_fraction:>6.0%}"
                     + (f" {row.model_flops_utilization:>6.1%}" if train else ""))
    if len(result.ranked) > top:
        lines.append(f"     ... {len(result.ranked) - top} more (--top N, or --json)")
    if result.over_capacity:
        smallest = min(size for _, size in result.over_capacity)
        lines.append(f"over capacity, not simulated: {len(result.over_capacity)} layouts "
                     f"(the smallest needs {smallest / 2**30:.1f} GiB a chip)")
    for reason, count in sorted(result.invalid.items()):
        lines.append(f"not valid: {count} layouts: {reason}")
    return "\n".join(lines)


def _time(seconds: float) -> str:
    return f"{seconds * 1e3:.3f} ms" if seconds < 1 else f"{seconds:.3f} s"


def rows(result: Plan) -> list[dict]:
    """The ranked layouts as JSON records."""
    return [{"rank": rank, "layout": row.layout.label, "tp": row.layout.tp,
             "pp": row.layout.pp, "dp": row.layout.dp, "ep": row.layout.ep,
             "sp": row.layout.sp, "cp": row.layout.cp, "tpx": row.layout.tpx,
             "microbatches": row.layout.microbatches, "vp": row.layout.vp,
             "model_flops_utilization": row.model_flops_utilization,
             "batch": row.batch, "tokens_per_s_per_sequence": row.tokens_per_s_per_sequence,
             "latency_s": row.latency_s, "tokens": row.tokens,
             "tokens_per_s_per_chip": row.tokens_per_s_per_chip,
             "energy_per_token_j": row.energy_per_token_j,
             "network_energy_j": row.network_energy_j,
             "memory_per_chip_bytes": row.memory.total_bytes,
             "bubble_fraction": row.bubble_fraction,
             "communication_fraction": row.communication_fraction}
            for rank, row in enumerate(result.ranked, 1)]


def pareto(result: Plan) -> list[LayoutResult]:
    """Layouts no other beats on both tokens/s per sequence (what a user sees)
    and tokens/s per chip (what the system costs), slowest per user first."""
    def beaten(row: LayoutResult) -> bool:
        return any(o.tokens_per_s_per_sequence >= row.tokens_per_s_per_sequence and
                   o.tokens_per_s_per_chip >= row.tokens_per_s_per_chip and
                   (o.tokens_per_s_per_sequence, o.tokens_per_s_per_chip) !=
                   (row.tokens_per_s_per_sequence, row.tokens_per_s_per_chip)
                   for o in result.ranked)
    return sorted((row for row in result.ranked if not beaten(row)),
                  key=lambda r: r.tokens_per_s_per_sequence)


def model_candidates(system: System, model: str, spec: models.RunSpec) -> list[Layout]:
    """The candidates of ``model`` run as ``spec`` says on ``system``."""
    _, config = load_config(model)
    shape = shape_of(config, model)
    return candidates(system.chips, shape.experts, shape.family != "bert",
                      context_degrees(system.chips, spec), train=spec.phase == "train")


def count(system: System, model: str, spec: models.RunSpec, batches: int = 1) -> int:
    """How many candidates ``plan`` will look at (for a progress bar)."""
    return batches * len(model_candidates(system, model, spec))
