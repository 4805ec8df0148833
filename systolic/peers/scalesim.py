"""SCALE-Sim 3.0.0's conventions, reproduced for one GEMM on one array.

SCALE-Sim times a GEMM on a single array with per-operand double-buffered
scratchpads and no cores, tiles or overlap between layers. Its compute
side is exact in ``core/timing.py`` (``compat="scalesim"``); this module
adds its memory side, in its two bandwidth modes:

- CALC (no ``bandwidth_words``): reads never stall, so total cycles are
  the compute cycles.
- USER (``bandwidth_words`` = W, SCALE-Sim's ``Bandwidth`` and bank
  bandwidths all set to W): DRAM fills each read SRAM and drains the
  ofmap SRAM at W words per cycle, and the array stalls as SCALE-Sim's
  buffers dictate; ``scalesim_buffers.py`` replays them exactly, at the
  granularity of prefetches and drains.

SRAM access counts are the array's, as SCALE-Sim counts them (1-byte
words, so elements = bytes for int8); each SRAM holds ``core.sram.*_bytes``
words. In USER mode the DRAM counts are SCALE-Sim's too: whole prefetch
lines (padding included) and every ofmap word drained. Actions SCALE-Sim
does not report (the DMA side of the SRAMs, DRAM in CALC mode) are left
uncounted (None in ``ActionCounts``), not zero.
"""

from __future__ import annotations

import dataclasses

from systolic.breakdown import CycleBreakdown, array_parts
from systolic.core.timing import gemm_timing
from systolic.errors import ConfigError
from systolic.results import ActionCounts, OpResult
from systolic.spec.hardware import Hardware
from systolic.spec.workload import Gemm


def time_gemm(hw: Hardware, op: Gemm, bandwidth_words: float | None = None) -> OpResult:
    """One GEMM on one array of ``hw`` as SCALE-Sim 3.0.0 would time it.

    ``bandwidth_words`` None is CALC mode; a whole number selects USER mode.
    """
    rows, cols, dataflow = hw.array.rows, hw.array.cols, hw.array.dataflow
    timing = gemm_timing(op.m, op.n, op.k, rows, cols, dataflow, "scalesim")
    element = op.element.bytes
    counts = ActionCounts(sram_input_read_bytes=int(timing.input_reads * element),
                          sram_weight_read_bytes=int(timing.weight_reads * element),
                          sram_output_write_bytes=int(timing.output_writes * element))
    cycles = timing.cycles
    if bandwidth_words is not None:
        if bandwidth_words != int(bandwidth_words) or bandwidth_words < 1:
            raise ConfigError(f"bandwidth-words: SCALE-Sim's USER mode takes a whole number "
                              f"of words per cycle, got {bandwidth_words!r}")
        sram = hw.core.sram
        from systolic.peers.scalesim_buffers import simulate_user_mode  # numpy

        user = simulate_user_mode(op.m, op.n, op.k, rows, cols, dataflow,
                                  (sram.input_bytes, sram.weight_bytes, sram.output_bytes),
                                  int(bandwidth_words))
        cycles = user.total_cycles
        counts = dataclasses.replace(counts, dram_read_bytes=sum(user.dram_reads) * element,
                                     dram_write_bytes=user.dram_ofmap_writes * element)
    return OpResult(name=op.name, kind=op.kind, cycles=cycles,
                    compute_cycles=timing.cycles, stall_cycles=cycles - timing.cycles,
                    macs=timing.macs, peak_macs_per_cycle=rows * cols, folds=timing.folds,
                    mapping_efficiency=timing.mapping_efficiency, counts=counts,
                    dtype=op.dtype, breakdown=CycleBreakdown(
                        *array_parts(timing.macs / (rows * cols), timing.stream_cycles,
                                     timing.load_cycles, timing.cycles),
                        dram_stall=cycles - timing.cycles))
