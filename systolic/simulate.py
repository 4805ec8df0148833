"""The one pipeline every front end calls: load -> map -> run engine -> results.

``simulate_ops`` maps each GEMM on the machine (``mapping.gemm.map_gemm``), runs
all of them in the event engine with their dependencies, and returns a
``RunResult``. ``simulate_gemm`` is the one-GEMM case the ``systolic gemm``
command uses, with two variants:

- ``engine="pe"`` runs the same pipeline and then proves its array timing:
  every distinct per-array GEMM of the schedule is run through the
  PE-level engine on random operands of the dtype, its cycles compared
  with the closed form and its product with numpy;
- ``compat="scalesim"`` follows SCALE-Sim 3.0.0's conventions instead
  (``peers/scalesim.py``): one array, its cycle counts, its memory model.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from functools import lru_cache
from typing import Callable, Iterator

from systolic.core.timing import COMPAT_MODES, gemm_timing
from systolic.cost import energy
from systolic.errors import ConfigError
from systolic.mapping.attention import expand_unfused, map_fused
from systolic.mapping.fusion import fuse_epilogues
from systolic.mapping.gemm import map_gemm
from systolic.mapping.kernels import kernel_rules, without_launch
from systolic.mapping.residency import OFF_CHIP, Residency, keep_resident, on_chip, plan_residency
from systolic.mapping.schedule import LinkSchedule, array_parts
from systolic.mapping.vector import map_allreduce, map_vector
from systolic.peers import scalesim
from systolic.results import (ActionCounts, GemmSettings, HardwareSummary, Interval, ModelRunInfo,
                              RunResult, ScheduleSummary, Verification)
from systolic.spec import capacity
from systolic.spec.hardware import Hardware, without_arrays
from systolic.spec.models import ModelWorkload
from systolic.spec.models import flops as model_flops
from systolic.spec.workload import Allreduce, Attention, Gemm, Op

ENGINES = ("fast", "pe")
# Called with (tiles done, tiles of the op) while a long op runs; not part of
# any cache key, as it does not change what is simulated.
_TILE_PROGRESS: contextvars.ContextVar[Callable[[int, int], None] | None] = \
    contextvars.ContextVar("tile_progress", default=None)


@contextlib.contextmanager
def reporting_tiles(callback: Callable[[int, int], None]) -> Iterator[None]:
    """Within the block, the engine calls ``callback(tiles done, tiles of the
    op)`` every few thousand tiles of an op it simulates (a progress bar
    inside one long op)."""
    token = _TILE_PROGRESS.set(callback)
    try:
        yield
    finally:
        _TILE_PROGRESS.reset(token)
PE_ENGINE_LIMIT_UPDATES = 20e9  # PE-cycle updates: about a minute at 3e8 updates/s


def hardware_summary(hw: Hardware) -> HardwareSummary:
    """The machine's identity and shape, as reports show it."""
    sram = hw.core.sram
    return HardwareSummary(
        name=hw.name, source=hw.source, rows=hw.array.rows, cols=hw.array.cols,
        dataflow=hw.array.dataflow, arrays_per_core=hw.core.arrays, cores=hw.chip.cores,
        clock_hz=hw.chip.clock_hz, peak_macs_per_cycle=hw.peak_macs_per_cycle,
        dram_bandwidth_bytes_per_s=hw.memory.dram_bandwidth_bytes_per_s,
        dram_bytes_per_cycle=hw.dram_bytes_per_cycle, sram_input_bytes=sram.input_bytes,
        sram_weight_bytes=sram.weight_bytes, sram_output_bytes=sram.output_bytes)


def map_op(hw: Hardware, op: Op):
    """The schedule of one op (unfused attention must be expanded first)."""
    if isinstance(op, Gemm):
        return map_gemm(hw, op)
    if isinstance(op, Attention):
        return map_fused(hw, op)
    if isinstance(op, Allreduce):
        return map_allreduce(hw, op)
    return map_vector(hw, op)


def expand(ops: list[Op], deps: dict[str, tuple[str, ...]]):
    """Replace unfused attention by its GEMMs and softmax, rewiring dependencies."""
    expanded, new_deps, last_of = [], {}, {}
    for op in ops:
        own = tuple(last_of.get(d, d) for d in deps.get(op.name, ()))
        if isinstance(op, Attention) and not op.fused:
            parts, inner = expand_unfused(op)
            expanded += parts
            new_deps[parts[0].name] = own
            new_deps.update(inner)
            last_of[op.name] = parts[-1].name
        else:
            expanded.append(op)
            new_deps[op.name] = own
    return expanded, new_deps


def simulate_ops(hw: Hardware, ops: list[Op], deps: dict[str, tuple[str, ...]] | None = None,
                 *, record_timeline: bool = True, trace: str | None = None,
                 progress=None, fuse: bool = True,
                 residency: tuple[Residency, ...] | None = None) -> RunResult:
    """Map every op, run them in the event engine, collect the results.

    Unfused attention is expanded into its parts first. When every op
    waits for the one before it (a chain, as in a layer run op by op), each
    op runs alone, so identical ops (same shape and dtype on the same
    machine) are simulated once and their result reused; otherwise all ops
    run together and independent ones overlap. ``progress`` (optional) is
    called once per finished op; ``trace`` (optional) names the trace file
    the ops came from, for the report. On a machine that fuses epilogues,
    element-wise ops that can are folded into the GEMM before them first
    (``mapping/fusion.py``; ``fuse=False``: the ops are already as they run).
    A chain on a machine with a unified buffer keeps the activations that
    fit on chip (``mapping/residency.py``; ``residency``: each op's, planned
    by the caller on the ops' own dependencies; default: planned on ``deps``).
    """
    ops, deps = expand(list(ops), deps or {})
    if fuse and hw.core.fuse_epilogues:
        ops, deps = fuse_epilogues(hw, ops, deps)
    if _is_chain(ops, deps):
        plan = residency or plan_residency(hw, ops, deps)
        summaries, results, timeline = _run_chain(hw, ops, plan, record_timeline, progress)
    else:
        schedules = [map_op(hw, op) for op in ops]
        from systolic.engine.processes import Engine  # SimPy: only where events run

        engine = Engine(hw, record_timeline=record_timeline,
                        tile_progress=_TILE_PROGRESS.get())
        results = engine.run(schedules, deps, progress)
        summaries = [_schedule_summary(s) for s in schedules]
        timeline = engine.timeline or []
    end = max((r.start_cycle + r.cycles for r in results), default=0)
    return energy.annotate(hw, RunResult(
        hardware=hardware_summary(hw), clock_hz=hw.chip.clock_hz, ops=tuple(results),
        cycles=end, peak_macs_per_cycle=hw.peak_macs_per_cycle,
        schedules=tuple(summaries), trace=trace, timeline=tuple(timeline)))


def _is_chain(ops: list[Op], deps: dict[str, tuple[str, ...]]) -> bool:
    return len(ops) == 1 or all(tuple(deps.get(op.name, ())) == (before.name,)
                                for before, op in zip(ops, ops[1:]))


def _run_chain(hw: Hardware, ops: list[Op], plan: tuple[Residency, ...],
               record_timeline: bool, progress=None):
    summaries, results, timeline = [], [], []
    start = 0
    for op, residency in zip(ops, plan):
        if progress is not None:
            progress()
        summary, alone, intervals = _run_alone(hw, dataclasses.replace(op, name=""),
                                               residency, record_timeline)
        results.append(dataclasses.replace(alone, name=op.name, start_cycle=start))
        summaries.append(dataclasses.replace(summary, op=op.name))
        if record_timeline:
            timeline += _shifted(intervals, start, op.name)
        start += alone.cycles
    return summaries, results, timeline


def _shifted(intervals, cycles: int, op: str | None = None, prefix: str = "") -> list[Interval]:
    """``intervals`` moved ``cycles`` later, named ``op`` (or their own name
    after ``prefix``); built directly, as a long run has millions of them."""
    return [Interval(unit, core, prefix + (op if op is not None else name), tile,
                     start + cycles, end + cycles)
            for unit, core, name, tile, start, end in intervals]


def _run_alone(hw: Hardware, op: Op, residency: Residency, record_timeline: bool):
    """One op alone on an idle machine: (schedule summary, result, timeline).

    A lone op's launch latency is an idle wait before anything moves, so
    the op is simulated without it and shifted after: one simulation serves
    every launch cost (a kernel launched alone, or inside a CUDA graph).
    Ops that never touch the arrays (vector work, all-reduces) depend on
    the machine without its arrays (``hardware.without_arrays``: the fields
    declared ``arrays_only`` blanked), so they are looked up under that part
    alone and reused across machines that differ only in their arrays.
    ``residency`` says which of its activations stay on chip.
    """
    launch = 0 if isinstance(op, Allreduce) else kernel_rules(hw).launch_cycles
    idle = without_launch(hw)
    if isinstance(op, (Gemm, Attention)):
        summary, result, timeline = _simulate_alone(idle, op, residency, record_timeline)
    else:
        summary, result, timeline = _simulate_alone(without_arrays(idle), op, residency,
                                                    record_timeline)
        result = dataclasses.replace(result, peak_macs_per_cycle=hw.peak_macs_per_cycle)
    if launch:
        result = dataclasses.replace(
            result, cycles=result.cycles + launch, stall_cycles=result.stall_cycles + launch,
            breakdown=result.breakdown and result.breakdown.plus(fixed=launch))
        timeline = tuple(_shifted(timeline, launch))
    return summary, result, timeline


@lru_cache(maxsize=1024)
def _simulate_alone(hw: Hardware, op: Op, residency: Residency, record_timeline: bool):
    """``op`` alone on ``hw``, its kept tensors occupying the unified buffer."""
    kept_hw = on_chip(hw, residency)
    schedule = keep_resident(map_op(kept_hw, op), residency)
    from systolic.engine.processes import Engine

    engine = Engine(kept_hw, record_timeline=record_timeline,
                    tile_progress=_TILE_PROGRESS.get())
    [result] = engine.run([schedule])
    return _schedule_summary(schedule), _with_residency(result, residency), \
        tuple(engine.timeline or ())


def _with_residency(result, residency: Residency):
    """``result`` with what stayed on chip: an output kept drains from the
    output buffer into the unified buffer (the bytes a store would have read)."""
    if residency == OFF_CHIP:
        return result
    drain = residency.output_bytes
    return dataclasses.replace(
        result, kept_on_chip_bytes=residency.live_bytes, spilled_bytes=residency.spilled_bytes,
        counts=result.counts + ActionCounts(sram_output_read_bytes=drain,
                                            sram_input_write_bytes=drain))


def _schedule_summary(schedule) -> ScheduleSummary:
    op = schedule.op
    if isinstance(schedule, LinkSchedule):
        return ScheduleSummary(op.name, op.kind)
    choice = schedule.choice
    if choice is None:
        return ScheduleSummary(op.name, op.kind, schedule.tile_count, schedule.waves)
    return ScheduleSummary(op.name, op.kind, schedule.tile_count, schedule.waves,
                           tile=(choice.tm, choice.tn, choice.tk),
                           loop_order=choice.loop_order, split_k=choice.split_k)


def simulate_gemm(hw: Hardware, m: int, n: int, k: int, *, dtype: str | None = None,
                  engine: str = "fast", compat: str = "native", seed: int = 0,
                  name: str = "gemm", bandwidth_words: float | None = None,
                  record_timeline: bool = True) -> RunResult:
    """Time ``O[m x n] = A[m x k] . B[k x n]`` on ``hw``.

    ``bandwidth_words`` matters only with ``compat="scalesim"``: SCALE-Sim's
    USER bandwidth mode at that many words per cycle (None: CALC mode).
    The native engine takes its bandwidth from ``hw.memory``.
    """
    element = hw.dtype(dtype)
    if engine not in ENGINES:
        raise ConfigError(f"engine: expected one of {', '.join(ENGINES)}, got {engine!r}")
    if compat not in COMPAT_MODES:
        raise ConfigError(f"compat: expected one of {', '.join(COMPAT_MODES)}, got {compat!r}")
    op = Gemm(name, m, n, k, dtype=element.name)
    if compat == "scalesim":
        if engine == "pe":
            raise ConfigError("compat: the PE-level engine runs the native timing only; "
                              "drop --compat or use --engine fast")
        result = scalesim.time_gemm(hw, op, bandwidth_words)
        return energy.annotate(hw, RunResult(
            hardware=hardware_summary(hw), clock_hz=hw.chip.clock_hz, ops=(result,),
            cycles=result.cycles, peak_macs_per_cycle=result.peak_macs_per_cycle,
            kind="gemm", gemm=GemmSettings(engine, compat, element.name, bandwidth_words)))
    verification = verify_array_timing(hw, op, seed) if engine == "pe" else None
    return dataclasses.replace(simulate_ops(hw, [op], record_timeline=record_timeline),
                               kind="gemm",
                               gemm=GemmSettings(engine, compat, element.name),
                               verification=verification)


def verify_array_timing(hw: Hardware, op: Gemm, seed: int) -> Verification:
    """Run each distinct per-array GEMM of ``op``'s schedule on the PE-level engine.

    Returns the largest product error, whether every product is within
    tolerance and every cycle count equals the closed form, and how many
    distinct shapes were checked.
    """
    rows, cols, dataflow = hw.array.rows, hw.array.cols, hw.array.dataflow
    shadow = hw.array.shadow_registers
    schedule = map_gemm(hw, op)
    tile_dims = {t.dims for core in schedule.cores for t in core}
    shapes = sorted({part for dims in tile_dims
                     for part in array_parts(*dims, rows, cols, hw.core.arrays, dataflow, shadow)})
    updates = sum(gemm_timing(*s, rows, cols, dataflow, shadow=shadow).cycles
                  for s in shapes) * rows * cols
    if updates > PE_ENGINE_LIMIT_UPDATES:
        raise ConfigError(f"engine: the PE-level engine would need {updates:.2e} PE-cycle "
                          f"updates for this GEMM's tiles (limit {PE_ENGINE_LIMIT_UPDATES:.0e}); "
                          f"use --engine fast, which gives the same cycles")
    import numpy as np  # the PE-level engine: numpy and numba, loaded only for it

    from systolic.core import numerics, pe_array

    rng = np.random.default_rng(seed)
    worst, all_within, cycles_equal = 0.0, True, True
    busy = np.zeros((rows, cols), dtype=np.int64)
    for m, n, k in shapes:
        a = numerics.random_operand((m, k), op.dtype, rng)
        b = numerics.random_operand((k, n), op.dtype, rng)
        run = pe_array.run_gemm(a, b, rows, cols, dataflow, shadow=shadow)
        error, within = numerics.max_error(run.product, a, b)
        worst, all_within = max(worst, error), all_within and within
        busy += run.busy_macs
        cycles_equal = cycles_equal and run.cycles == gemm_timing(
            m, n, k, rows, cols, dataflow, shadow=shadow).cycles
    return Verification(shapes=len(shapes), max_abs_error=worst, within_tolerance=all_within,
                        cycles_equal=cycles_equal, seed=seed,
                        busy_macs=tuple(map(tuple, busy.tolist())))



def simulate_model(hw: Hardware, workload: ModelWorkload, *, layers: int | None = None,
                   record_timeline: bool = True, allow_over_capacity: bool = False,
                   progress=None) -> RunResult:
    """A whole model run: embedding, ``layers`` identical layers, tail.

    First, before anything is simulated, the run's memory per chip
    (``spec/capacity.py``) is checked against the machine's DRAM capacity:
    over it, ``CapacityError`` unless ``allow_over_capacity``; the result
    carries the footprint either way.

    Ops run one after another, as an inference engine launches kernels on
    one stream (a trace run with ``simulate_ops`` may overlap independent
    ops instead). One layer is simulated and reused for every layer, as
    the layers are identical. ``layers=1`` simulates a
    single layer alone (no embedding, no tail). Ops come out as embedding
    ops, then the layer's
    (named ``layer.NAME``; their cycles are one layer's), then the tail's;
    ``total`` covers the whole run. ``progress`` (optional) is called once
    per op simulated, as ``simulate_ops`` calls it.
    """
    footprint = capacity.footprint(hw, workload, layers)
    if not allow_over_capacity:
        capacity.check(footprint, hw, workload)
    count = workload.shape.layers if layers is None else layers
    parts = [("layer", workload.layer)] if layers == 1 else [
        ("embedding", workload.embedding), ("layer", workload.layer), ("tail", workload.tail)]
    ops, timeline, cycles, part_cycles = [], [], 0, {}
    for part, trace in parts:
        steps, reads = expand(list(trace.ops), trace.deps)
        if hw.core.fuse_epilogues:  # on the layer's own dependencies, before they become a chain
            steps, reads = fuse_epilogues(hw, steps, reads)
        in_order = {after.name: (before.name,) for before, after in zip(steps, steps[1:])}
        result = simulate_ops(hw, steps, in_order, record_timeline=record_timeline,
                              progress=progress, fuse=False,
                              residency=plan_residency(hw, steps, reads))
        repeat = count if part == "layer" else 1
        part_cycles[part] = result.cycles
        prefix = "layer." if part == "layer" else ""
        ops += [dataclasses.replace(op, name=prefix + op.name, start_cycle=op.start_cycle + cycles)
                for op in result.ops]
        timeline += _shifted(result.timeline, cycles, prefix=prefix)
        cycles += repeat * result.cycles
    spec = workload.spec
    info = ModelRunInfo(model=workload.name, phase=spec.phase, batch=spec.batch, seq=spec.seq,
                        kv_len=spec.kv_len, tp=spec.tp, dtype=spec.dtype,
                        weight_dtype=spec.weight_dtype, layers=count,
                        layer_cycles=part_cycles["layer"], part_cycles=part_cycles,
                        tokens=workload.tokens,
                        flops=model_flops(workload) if layers is None else None)
    return energy.annotate(hw, RunResult(
        hardware=hardware_summary(hw), clock_hz=hw.chip.clock_hz, ops=tuple(ops),
        cycles=cycles, peak_macs_per_cycle=hw.peak_macs_per_cycle, model=info,
        timeline=tuple(timeline), footprint=footprint,
        repeats={op.name: count for op in ops if op.name.startswith("layer.")}))


def with_inputs(result: RunResult, inputs: dict[str, str]) -> RunResult:
    """``result`` carrying ``inputs`` (name -> SHA-256, from ``input_digests``)."""
    return dataclasses.replace(result, inputs=dict(inputs))
