"""SCALE-Sim 3.0.0's conventions, reproduced for one GEMM on one array.

SCALE-Sim times a GEMM on a single array with per-operand double-buffered
scratchpads and no cores, tiles or overlap between layers. Its compute
side is exact in ``core/timing.py`` (``compat="scalesim"``); this module
adds its memory side:

- CALC mode: reads never stall, so total cycles are the compute cycles.

Not reproduced: SCALE-Sim's USER bandwidth mode. Its stalls come from a
set-hashed read buffer whose prefetch order is the whole operand rolled
out along anti-diagonals across fold boundaries, a write buffer credited
at drain start, and a stall count that adds positive waits twice
(PEERS.md 4.3-4.4); matching it needs its per-row demand matrices, whose
size grows with M*N*K. Our native engine models bandwidth instead.

SRAM access counts are the array's, as SCALE-Sim counts them (1-byte
words, so elements = bytes for int8).
"""

from __future__ import annotations

from systolic.core.timing import gemm_timing
from systolic.hardware import Hardware
from systolic.results import OpResult
from systolic.workload import Gemm


def simulate_gemm(hw: Hardware, op: Gemm) -> OpResult:
    """One GEMM on one array of ``hw`` as SCALE-Sim 3.0.0 (CALC mode) would time it."""
    rows, cols, dataflow = hw.array.rows, hw.array.cols, hw.array.dataflow
    timing = gemm_timing(op.m, op.n, op.k, rows, cols, dataflow, "scalesim")
    stalls = 0
    element = op.element.bytes
    counts = {"sram_input_read_bytes": int(timing.input_reads * element),
              "sram_weight_read_bytes": int(timing.weight_reads * element),
              "sram_output_write_bytes": int(timing.output_writes * element)}
    return OpResult(name=op.name, kind=op.kind, cycles=timing.cycles + stalls,
                    compute_cycles=timing.cycles, stall_cycles=stalls, macs=timing.macs,
                    peak_macs_per_cycle=rows * cols, folds=timing.folds,
                    mapping_efficiency=timing.mapping_efficiency, counts=counts,
                    dtype=op.dtype)

