"""The one pipeline every front end calls: load -> map -> run engine -> results.

``simulate_ops`` maps each GEMM on the machine (``mapping.gemm.map_gemm``), runs
all of them in the event engine with their dependencies, and returns a
``RunResult``. ``simulate_gemm`` is the one-GEMM case the ``systolic gemm``
command uses, with two variants:

- ``engine="pe"`` runs the same pipeline and then proves its array timing
  on the PE-level engine (``verify.py``);
- ``compat="scalesim"`` follows SCALE-Sim 3.0.0's conventions instead
  (``peers/scalesim.py``): one array, its cycle counts, its memory model.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
from functools import lru_cache
from typing import Callable, Iterator

from systolic.core.timing import COMPAT_MODES
from systolic.cost import energy
from systolic.errors import ConfigError
from systolic.mapping.attention import expand_unfused, map_fused
from systolic.mapping.collectives import map_collective
from systolic.mapping.fusion import fuse_epilogues
from systolic.mapping.gemm import map_gemm
from systolic.mapping.kernels import kernel_rules, without_launch
from systolic.mapping.pins import check_names, pinned_choices
from systolic.mapping.residency import OFF_CHIP, Residency, keep_resident, on_chip, plan_residency
from systolic.mapping.schedule import LinkSchedule, TileChoice
from systolic.mapping.vector import map_vector
from systolic.peers import scalesim
from systolic.results import (ActionCounts, GemmSettings, HardwareSummary, Interval, ModelRunInfo,
                              RunResult, ScheduleSummary)
from systolic.spec import capacity
from systolic.spec.hardware import Hardware, without_arrays
from systolic.spec.mappings import MappingFile
from systolic.spec.models import ModelWorkload
from systolic.spec.model_counts import flops as model_flops
from systolic.spec.workload import Attention, Collective, Gemm, Op
from systolic.verify import verify_array_timing

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


def map_op(hw: Hardware, op: Op, choice: TileChoice | None = None):
    """The schedule of one op (unfused attention must be expanded first);
    ``choice``: a GEMM's pinned tiling (``mapping/pins.py``), else searched."""
    if isinstance(op, Gemm):
        return map_gemm(hw, op, choice)
    if isinstance(op, Attention):
        return map_fused(hw, op)
    if isinstance(op, Collective):
        return map_collective(hw, op)
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
                 residency: tuple[Residency, ...] | None = None,
                 mapping: MappingFile | None = None, alone: bool = False) -> RunResult:
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
    ``mapping``: a mapping file's pins (``spec/mappings.py``), by op name.
    ``alone``: each op runs alone, starting when its ``deps`` are done (ops
    that share no unit, ``_streams``): identical ops are simulated once.
    """
    ops, deps = expand(list(ops), deps or {})
    if fuse and hw.core.fuse_epilogues:
        ops, deps = fuse_epilogues(hw, ops, deps)
    if alone or _is_chain(ops, deps):
        plan = residency or plan_residency(hw, ops, deps, mapping)
        summaries, results, timeline = _run_chain(hw, ops, plan, pinned_choices(hw, ops, mapping),
                                                  record_timeline, progress,
                                                  deps if alone else None)
    else:
        _no_residency_pins(mapping)
        schedules = [map_op(hw, op, choice)
                     for op, choice in zip(ops, pinned_choices(hw, ops, mapping))]
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


def _no_residency_pins(mapping: MappingFile | None) -> None:
    """Ops that may overlap keep nothing on chip, so a ``keep_output`` pin is an error."""
    for pin in (mapping.ops.values() if mapping else ()):
        if pin.keep_output:
            raise ConfigError(f"{pin.where}: keep_output: activations stay on chip only "
                              f"when the ops run one after another (a chain)")


def _is_chain(ops: list[Op], deps: dict[str, tuple[str, ...]]) -> bool:
    return len(ops) == 1 or all(tuple(deps.get(op.name, ())) == (before.name,)
                                for before, op in zip(ops, ops[1:]))


def _run_chain(hw: Hardware, ops: list[Op], plan: tuple[Residency, ...],
               choices: tuple[TileChoice | None, ...], record_timeline: bool, progress=None,
               waits: dict[str, tuple[str, ...]] | None = None):
    """Each op alone, after the one before it (with ``waits``: after those)."""
    summaries, results, timeline = [], [], []
    start, ends = 0, {}
    for op, residency, choice in zip(ops, plan, choices):
        if waits is not None:
            start = max((ends[name] for name in waits.get(op.name, ())), default=0)
        if progress is not None:
            progress()
        summary, alone, intervals = _run_alone(hw, dataclasses.replace(op, name=""),
                                               residency, choice, record_timeline)
        results.append(dataclasses.replace(alone, name=op.name, start_cycle=start))
        summaries.append(dataclasses.replace(summary, op=op.name))
        if record_timeline:
            timeline += _shifted(intervals, start, op.name)
        start += alone.cycles
        ends[op.name] = start
    return summaries, results, timeline


def _shifted(intervals, cycles: int, op: str | None = None, prefix: str = "") -> list[Interval]:
    """``intervals`` moved ``cycles`` later, named ``op`` (or their own name
    after ``prefix``); built directly, as a long run has millions of them."""
    return [Interval(unit, core, prefix + (op if op is not None else name), tile,
                     start + cycles, end + cycles)
            for unit, core, name, tile, start, end in intervals]


def _run_alone(hw: Hardware, op: Op, residency: Residency, choice: TileChoice | None,
               record_timeline: bool):
    """One op alone on an idle machine: (schedule summary, result, timeline).

    A lone op's launch latency is an idle wait before anything moves, so
    the op is simulated without it and shifted after: one simulation serves
    every launch cost (a kernel launched alone, or inside a CUDA graph).
    Ops that never touch the arrays (vector work, collectives) depend on
    the machine without its arrays (``hardware.without_arrays``: the fields
    declared ``arrays_only`` blanked), so they are looked up under that part
    alone and reused across machines that differ only in their arrays.
    ``residency`` says which of its activations stay on chip, ``choice`` is
    a pinned tiling (None: searched).
    """
    launch = 0 if isinstance(op, Collective) else kernel_rules(hw).launch_cycles
    idle = without_launch(hw)
    if isinstance(op, (Gemm, Attention)):
        summary, result, timeline = _simulate_alone(idle, op, residency, choice,
                                                    record_timeline)
    else:
        summary, result, timeline = _simulate_alone(without_arrays(idle), op, residency, None,
                                                    record_timeline)
        result = dataclasses.replace(result, peak_macs_per_cycle=hw.peak_macs_per_cycle)
    if launch:
        result = dataclasses.replace(
            result, cycles=result.cycles + launch, stall_cycles=result.stall_cycles + launch,
            breakdown=result.breakdown and result.breakdown.plus(fixed=launch))
        timeline = tuple(_shifted(timeline, launch))
    return summary, result, timeline


@lru_cache(maxsize=1024)
def _simulate_alone(hw: Hardware, op: Op, residency: Residency, choice: TileChoice | None,
                    record_timeline: bool):
    """``op`` alone on ``hw``, its kept tensors occupying the unified buffer."""
    kept_hw = on_chip(hw, residency)
    schedule = keep_resident(map_op(kept_hw, op, choice), residency)
    from systolic.engine.choose import engine_for

    engine = engine_for(schedule)(kept_hw, record_timeline=record_timeline,
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
        result, kept_input_bytes=residency.input_bytes, kept_output_bytes=drain,
        spilled_bytes=residency.spilled_bytes,
        counts=result.counts + ActionCounts(sram_output_read_bytes=drain,
                                            sram_input_write_bytes=drain))


def _schedule_summary(schedule) -> ScheduleSummary:
    op = schedule.op
    if isinstance(schedule, LinkSchedule):
        return ScheduleSummary(op.name, op.kind, algorithm=schedule.algorithm or None)
    choice = schedule.choice
    if choice is None:
        return ScheduleSummary(op.name, op.kind, schedule.tile_count, schedule.waves)
    return ScheduleSummary(op.name, op.kind, schedule.tile_count, schedule.waves,
                           tile=(choice.tm, choice.tn, choice.tk),
                           loop_order=choice.loop_order, split_k=choice.split_k,
                           transposed=choice.transposed)


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


def simulate_model(hw: Hardware, workload: ModelWorkload, *, layers: int | None = None,
                   record_timeline: bool = True, allow_over_capacity: bool = False,
                   progress=None, mapping: MappingFile | None = None) -> RunResult:
    """A whole model run: embedding, ``layers`` identical layers, tail.

    First the run's memory per chip (``spec/capacity.py``) is checked against
    the machine's DRAM capacity: over it, ``CapacityError`` unless
    ``allow_over_capacity``; the result carries the footprint either way.

    Kernels run one after another on one stream, collectives on their own
    (NCCL's), beside the kernels after them until one reads them
    (``_streams``; ``simulate_ops`` on a trace overlaps any independent ops).
    One layer is simulated and reused for every layer; ``layers=1`` simulates
    it alone (no embedding, no tail). Ops come out as the embedding's, the
    layer's (``layer.NAME``, one layer's cycles), the tail's; ``total`` covers
    the whole run. ``progress`` is called once per op simulated; ``mapping``
    pins ops by the names the result gives them.
    """
    footprint = capacity.footprint(hw, workload, layers)
    if not allow_over_capacity:
        capacity.check(footprint, hw, workload)
    count = workload.shape.layers if layers is None else layers
    parts = [("layer", workload.layer)] if layers == 1 else [
        ("embedding", workload.embedding), ("layer", workload.layer), ("tail", workload.tail)]
    ops, timeline, cycles, part_cycles, schedules = [], [], 0, {}, []
    for part, steps, reads, pins, plan in _planned(hw, parts, mapping):
        prefix = _prefix(part)
        result = simulate_ops(hw, steps, _streams(steps, reads), alone=True,
                              record_timeline=record_timeline, progress=progress, fuse=False,
                              mapping=pins, residency=plan)
        repeat = count if part == "layer" else 1
        part_cycles[part] = result.cycles
        schedules += [dataclasses.replace(s, op=prefix + s.op) for s in result.schedules or ()]
        ops += [dataclasses.replace(op, name=prefix + op.name, start_cycle=op.start_cycle + cycles)
                for op in result.ops]
        timeline += _shifted(result.timeline, cycles, prefix=prefix)
        cycles += repeat * result.cycles
    spec = workload.spec
    info = ModelRunInfo(model=workload.name, phase=spec.phase, batch=spec.batch, seq=spec.seq,
                        kv_len=spec.kv_len, tp=spec.tp, cp=spec.cp, tpx=spec.tpx,
                        dtype=spec.dtype,
                        weight_dtype=spec.weight_dtype, layers=count,
                        layer_cycles=part_cycles["layer"], part_cycles=part_cycles,
                        tokens=workload.tokens,
                        flops=model_flops(workload) if layers is None else None)
    return energy.annotate(hw, RunResult(
        hardware=hardware_summary(hw), clock_hz=hw.chip.clock_hz, ops=tuple(ops),
        cycles=cycles, peak_macs_per_cycle=hw.peak_macs_per_cycle, model=info,
        timeline=tuple(timeline), footprint=footprint, schedules=tuple(schedules),
        repeats={op.name: count for op in ops if op.name.startswith("layer.")}))


def _planned(hw: Hardware, parts: list, mapping: MappingFile | None) -> list[tuple]:
    """(part, its ops as they run, what each reads, its pins, its residency) of every model part:
    every pin and residency decision is checked before any part is simulated."""
    prepared = [(part, *_as_run(hw, trace)) for part, trace in parts]
    if mapping is not None:
        check_names(mapping, [_prefix(part) + op.name for part, steps, _ in prepared
                              for op in steps])
    planned = []
    for part, steps, reads in prepared:
        pins = mapping and mapping.within(_prefix(part), [op.name for op in steps])
        planned.append((part, steps, reads, pins, plan_residency(hw, steps, reads, pins)))
    return planned


def _streams(steps: list[Op], reads: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each op's waits on two streams: a kernel waits for the kernel before it and
    what it reads; a collective (NCCL's stream) for the collective before it and
    what it reads (else the kernel before it). The streams share no unit."""
    waits: dict[str, tuple[str, ...]] = {}
    last = {False: None, True: None}  # the last kernel, the last collective
    for op in steps:
        on_link = isinstance(op, Collective)
        own = tuple(name for name in reads.get(op.name, ()) if name in waits)
        if on_link and not own and last[False]:
            own = (last[False],)
        before = (last[on_link],) if last[on_link] else ()
        waits[op.name] = tuple(dict.fromkeys(before + own))
        last[on_link] = op.name
    return waits


def _prefix(part: str) -> str:
    """What a model part's op names start with in the result."""
    return "layer." if part == "layer" else ""


def _as_run(hw: Hardware, trace) -> tuple[list[Op], dict[str, tuple[str, ...]]]:
    """A model part's ops as they run (unfused attention expanded, epilogues fused
    on the part's own dependencies) and what each really reads."""
    steps, reads = expand(list(trace.ops), trace.deps)
    if hw.core.fuse_epilogues:
        steps, reads = fuse_epilogues(hw, steps, reads)
    return steps, reads


def with_inputs(result: RunResult, inputs: dict[str, str]) -> RunResult:
    """``result`` carrying ``inputs`` (name -> SHA-256, from ``input_digests``)."""
    return dataclasses.replace(result, inputs=dict(inputs))
