"""The one pipeline every front end calls: load -> map -> run engine -> results.

``simulate_ops`` maps each GEMM on the machine (``mapping.map_gemm``), runs
all of them in the event engine with their dependencies, and returns a
``RunResult``. ``simulate_gemm`` is the one-GEMM case the ``systolic gemm``
command uses, with two variants:

- ``engine="pe"`` runs the same pipeline and then proves its array timing:
  every distinct per-array GEMM of the schedule is run through the
  PE-level engine on random operands of the dtype, its cycles compared
  with the closed form and its product with numpy;
- ``compat="scalesim"`` follows SCALE-Sim 3.0.0's conventions instead
  (``scalesim.py``): one array, its cycle counts, its memory model.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import numpy as np

from systolic import scalesim
from systolic.core import numerics, pe_array
from systolic.core.timing import COMPAT_MODES, gemm_timing
from systolic.engine import Engine
from systolic.errors import ConfigError
from systolic.hardware import Hardware
from systolic.mapping import GemmSchedule, array_parts, map_gemm
from systolic.results import RunResult
from systolic.workload import Gemm

ENGINES = ("fast", "pe")
PE_ENGINE_LIMIT_UPDATES = 20e9  # PE-cycle updates: about a minute at 3e8 updates/s


def hardware_summary(hw: Hardware) -> dict:
    """The machine's identity and shape, as reports show it."""
    return {"name": hw.name, "source": hw.source, "rows": hw.array.rows,
            "cols": hw.array.cols, "dataflow": hw.array.dataflow,
            "arrays_per_core": hw.core.arrays, "cores": hw.chip.cores,
            "clock_hz": hw.chip.clock_hz,
            "peak_macs_per_cycle": hw.peak_macs_per_cycle,
            "dram_bandwidth_bytes_per_s": hw.memory.dram_bandwidth_bytes_per_s,
            "dram_bytes_per_cycle": hw.dram_bytes_per_cycle,
            "sram_bytes": {"input": hw.core.sram.input_bytes,
                           "weight": hw.core.sram.weight_bytes,
                           "output": hw.core.sram.output_bytes}}


def simulate_ops(hw: Hardware, ops: list[Gemm], deps: dict[str, tuple[str, ...]] | None = None,
                 *, record_timeline: bool = True, settings: dict | None = None) -> RunResult:
    """Map every op, run them in the event engine, collect the results.

    When every op waits for the one before it (a chain, as in a layer run
    op by op), each op runs alone, so identical ops (same shape and dtype
    on the same machine) are simulated once and their result reused;
    otherwise all ops run together and independent ones overlap.
    """
    deps = deps or {}
    if _is_chain(ops, deps):
        summaries, results, timeline = _run_chain(hw, ops, record_timeline)
    else:
        schedules = [map_gemm(hw, op) for op in ops]
        engine = Engine(hw, record_timeline=record_timeline)
        results = engine.run(schedules, deps)
        summaries = [_schedule_summary(s) for s in schedules]
        timeline = engine.timeline or []
    end = max((r.start_cycle + r.cycles for r in results), default=0)
    return RunResult(hardware=hardware_summary(hw), clock_hz=hw.chip.clock_hz,
                     ops=tuple(results), cycles=end,
                     peak_macs_per_cycle=hw.peak_macs_per_cycle,
                     settings={"schedules": summaries, **(settings or {})},
                     timeline=tuple(timeline))


def _is_chain(ops: list[Gemm], deps: dict[str, tuple[str, ...]]) -> bool:
    return len(ops) > 1 and all(tuple(deps.get(op.name, ())) == (before.name,)
                                for before, op in zip(ops, ops[1:]))


def _run_chain(hw: Hardware, ops: list[Gemm], record_timeline: bool):
    summaries, results, timeline = [], [], []
    start = 0
    for op in ops:
        summary, alone, intervals = _run_alone(hw, dataclasses.replace(op, name=""))
        results.append(dataclasses.replace(alone, name=op.name, start_cycle=start))
        summaries.append({**summary, "op": op.name})
        if record_timeline:
            timeline += [i._replace(op=op.name, start=i.start + start, end=i.end + start)
                         for i in intervals]
        start += alone.cycles
    return summaries, results, timeline


@lru_cache(maxsize=1024)
def _run_alone(hw: Hardware, op: Gemm):
    """One op alone on an idle machine: (schedule summary, result, timeline)."""
    schedule = map_gemm(hw, op)
    engine = Engine(hw)
    [result] = engine.run([schedule])
    return _schedule_summary(schedule), result, tuple(engine.timeline)


def _schedule_summary(schedule: GemmSchedule) -> dict:
    choice = schedule.choice
    return {"op": schedule.op.name, "tile": [choice.tm, choice.tn, choice.tk],
            "loop_order": choice.loop_order, "split_k": choice.split_k,
            "tiles": schedule.tile_count, "waves": schedule.waves}


def simulate_gemm(hw: Hardware, m: int, n: int, k: int, *, dtype: str | None = None,
                  engine: str = "fast", compat: str = "native", seed: int = 0,
                  name: str = "gemm") -> RunResult:
    """Time ``O[m x n] = A[m x k] . B[k x n]`` on ``hw``."""
    element = hw.dtype(dtype)
    if engine not in ENGINES:
        raise ConfigError(f"engine: expected one of {', '.join(ENGINES)}, got {engine!r}")
    if compat not in COMPAT_MODES:
        raise ConfigError(f"compat: expected one of {', '.join(COMPAT_MODES)}, got {compat!r}")
    op = Gemm(name, m, n, k, dtype=element.name)
    settings = {"engine": engine, "compat": compat, "dtype": element.name}
    if compat == "scalesim":
        if engine == "pe":
            raise ConfigError("compat: the PE-level engine runs the native timing only; "
                              "drop --compat or use --engine fast")
        result = scalesim.simulate_gemm(hw, op)
        return RunResult(hardware=hardware_summary(hw), clock_hz=hw.chip.clock_hz,
                         ops=(result,), cycles=result.cycles,
                         peak_macs_per_cycle=result.peak_macs_per_cycle,
                         settings=settings)
    if engine == "pe":
        settings["verification"] = verify_array_timing(hw, op, seed)
    return simulate_ops(hw, [op], settings=settings)


def verify_array_timing(hw: Hardware, op: Gemm, seed: int) -> dict:
    """Run each distinct per-array GEMM of ``op``'s schedule on the PE-level engine.

    Returns the largest product error, whether every product is within
    tolerance and every cycle count equals the closed form, and how many
    distinct shapes were checked.
    """
    rows, cols, dataflow = hw.array.rows, hw.array.cols, hw.array.dataflow
    schedule = map_gemm(hw, op)
    tile_dims = {t.dims for core in schedule.cores for t in core}
    shapes = sorted({part for dims in tile_dims
                     for part in array_parts(*dims, cols, hw.core.arrays, dataflow)})
    updates = sum(gemm_timing(*s, rows, cols, dataflow).cycles for s in shapes) * rows * cols
    if updates > PE_ENGINE_LIMIT_UPDATES:
        raise ConfigError(f"engine: the PE-level engine would need {updates:.2e} PE-cycle "
                          f"updates for this GEMM's tiles (limit {PE_ENGINE_LIMIT_UPDATES:.0e}); "
                          f"use --engine fast, which gives the same cycles")
    rng = np.random.default_rng(seed)
    worst, all_within, cycles_equal = 0.0, True, True
    for m, n, k in shapes:
        a = numerics.random_operand((m, k), op.dtype, rng)
        b = numerics.random_operand((k, n), op.dtype, rng)
        run = pe_array.simulate_gemm(a, b, rows, cols, dataflow)
        error, within = numerics.max_error(run.product, a, b)
        worst, all_within = max(worst, error), all_within and within
        cycles_equal = cycles_equal and run.cycles == gemm_timing(m, n, k, rows, cols,
                                                                  dataflow).cycles
    return {"shapes": len(shapes), "max_abs_error": worst, "within_tolerance": all_within,
            "cycles_equal": cycles_equal, "seed": seed}

