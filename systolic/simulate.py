"""The one pipeline every front end calls: load -> map -> run -> results.

``simulate_gemm`` times one GEMM on one systolic array of a machine,
either with the exact closed form (``engine="fast"``) or by running the
PE-level engine on random operands of the requested dtype and checking its
product against numpy (``engine="pe"``). Both give the same cycles; the PE
engine is the proof and the teaching tool, the closed form the workhorse.
"""

from __future__ import annotations

import numpy as np

from systolic.core import numerics, pe_array
from systolic.core.timing import gemm_timing
from systolic.errors import ConfigError
from systolic.hardware import Hardware
from systolic.results import OpResult, RunResult

ENGINES = ("fast", "pe")
PE_ENGINE_LIMIT_UPDATES = 20e9  # PE-cycle updates: about a minute at 3e8 updates/s


def hardware_summary(hw: Hardware) -> dict:
    """The machine's identity and shape, as reports show it."""
    return {"name": hw.name, "source": hw.source, "rows": hw.array.rows,
            "cols": hw.array.cols, "dataflow": hw.array.dataflow,
            "arrays_per_core": hw.core.arrays, "cores": hw.chip.cores,
            "clock_hz": hw.chip.clock_hz,
            "dram_bandwidth_bytes_per_s": hw.memory.dram_bandwidth_bytes_per_s}


def _array_counts(reads_in: int, reads_w: int, writes_out: int, reads_out: int) -> dict:
    return {"sram_input_reads": reads_in, "sram_weight_reads": reads_w,
            "sram_output_writes": writes_out, "sram_output_reads": reads_out}


def _fast_op(hw: Hardware, m: int, n: int, k: int, compat: str, name: str) -> OpResult:
    timing = gemm_timing(m, n, k, hw.array.rows, hw.array.cols, hw.array.dataflow, compat)
    return OpResult(
        name=name, kind="gemm", cycles=timing.cycles, compute_cycles=timing.cycles,
        stall_cycles=0, macs=timing.macs, peak_macs_per_cycle=hw.array.rows * hw.array.cols,
        folds=timing.folds, mapping_efficiency=timing.mapping_efficiency,
        counts=_array_counts(timing.input_reads, timing.weight_reads,
                             timing.output_writes, timing.output_reads))


def _pe_op(hw: Hardware, m: int, n: int, k: int, dtype: str, seed: int,
           name: str) -> tuple[OpResult, dict]:
    rows, cols, dataflow = hw.array.rows, hw.array.cols, hw.array.dataflow
    estimate = gemm_timing(m, n, k, rows, cols, dataflow).cycles * rows * cols
    if estimate > PE_ENGINE_LIMIT_UPDATES:
        raise ConfigError(f"engine: the PE-level engine would need {estimate:.2e} PE-cycle "
                          f"updates for this GEMM (limit {PE_ENGINE_LIMIT_UPDATES:.0e}); "
                          f"use --engine fast, which gives the same cycles")
    rng = np.random.default_rng(seed)
    a = numerics.random_operand((m, k), dtype, rng)
    b = numerics.random_operand((k, n), dtype, rng)
    run = pe_array.simulate_gemm(a, b, rows, cols, dataflow)
    error, within = numerics.max_error(run.product, a, b)
    timing = gemm_timing(m, n, k, rows, cols, dataflow)
    op = OpResult(
        name=name, kind="gemm", cycles=run.cycles, compute_cycles=run.cycles, stall_cycles=0,
        macs=int(run.busy_macs.sum()), peak_macs_per_cycle=rows * cols,
        folds=len(run.fold_cycles), mapping_efficiency=timing.mapping_efficiency,
        counts=_array_counts(run.input_reads, run.weight_reads,
                             run.output_writes, run.output_reads))
    return op, {"max_abs_error": error, "within_tolerance": within, "seed": seed}


def simulate_gemm(hw: Hardware, m: int, n: int, k: int, *, dtype: str | None = None,
                  engine: str = "fast", compat: str = "native", seed: int = 0,
                  name: str = "gemm") -> RunResult:
    """Time ``O[m x n] = A[m x k] . B[k x n]`` on one array of ``hw``."""
    element = hw.dtype(dtype)
    if engine not in ENGINES:
        raise ConfigError(f"engine: expected one of {', '.join(ENGINES)}, got {engine!r}")
    settings = {"engine": engine, "compat": compat, "dtype": element.name}
    if engine == "pe":
        if compat != "native":
            raise ConfigError("compat: the PE-level engine runs the native timing only; "
                              "drop --compat or use --engine fast")
        op, check = _pe_op(hw, m, n, k, element.name, seed, name)
        settings["verification"] = check
    else:
        op = _fast_op(hw, m, n, k, compat, name)
    return RunResult(hardware=hardware_summary(hw), clock_hz=hw.chip.clock_hz, ops=(op,),
                     cycles=op.cycles, peak_macs_per_cycle=op.peak_macs_per_cycle,
                     settings=settings)


