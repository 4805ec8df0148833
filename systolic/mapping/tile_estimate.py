"""The tile search's estimate of a tiling's cycles: the score it ranks candidates by.

A ranking, not the engine's cycles, but built from the engine's mechanisms
so that its errors stay small and do not grow with the hardware: for a
tiling (tile sizes, loop order, split-K) of a GEMM on a machine,

    estimate = max(max(compute, pipelined) + fill, memory + latency) + sum

- ``compute``: the busiest core's tiles times one tile's array cycles
  (waves over the cores);
- ``memory``: the larger of the DRAM bytes over the DRAM bandwidth and
  every tile's operand blocks over the shared level's (or DRAM's)
  bandwidth. A core reuses the block its previous tile loaded
  (``blocks_loaded``, the count ``gemm._tile`` makes); a block multicast
  to a cluster's cores counts once per cluster. Without a shared level,
  what the cores load is what DRAM moves;
- ``fill``: the first tiles' loads, all cores' at once sharing DRAM, and
  the last tile's store, which nothing hides;
- ``pipelined``: the busiest core's tiles after the fill, each the longest
  of its compute, its load, and 1/depth of compute, load and DRAM latency
  in a row for a core whose buffers hold ``depth`` tiles (the engine's
  loader prefetches that far); a K-streaming core exposes each tile's
  latency;
- ``sum``: the split-K sum of the last block (store, read, add, write).

Pure functions of (hardware, op, tiling); no state.
"""

from __future__ import annotations

import math

from systolic.core.timing import ceil_div
from systolic.mapping.kernels import KernelRules
from systolic.mapping.schedule import array_cycles
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.mappings import LOOP_ORDERS
from systolic.spec.workload import TWO_INPUT_OPS, Gemm

OUTPUT_STAGES = 2  # one output block accumulating while the previous one is stored


def epilogue_inputs(op: Gemm) -> int:
    """Inputs of a fused epilogue besides the GEMM's output (a residual, a gate): 0 or 1."""
    return 1 if op.epilogue in TWO_INPUT_OPS else 0


def _traffic(op: Gemm, tm: int, tn: int, tk: int, order: str, split_k: int) -> float:
    """DRAM bytes moved by a tiling, reuse of consecutive blocks included."""
    m, n, k = op.m, op.n, op.k
    blocks_m, blocks_n, steps_k = ceil_div(m, tm), ceil_div(n, tn), ceil_div(k, tk)
    if order == "nmk":
        a_bytes = m * k * (1 if steps_k == 1 and blocks_m == 1 else blocks_n)
        b_bytes = k * n * (1 if steps_k == 1 else blocks_m)
    else:
        a_bytes = m * k * (1 if steps_k == 1 else blocks_n)
        b_bytes = k * n * (1 if steps_k == 1 and blocks_n == 1 else blocks_m)
    return op.batch * (a_bytes * op.element.bytes + b_bytes * op.weight_element.bytes) \
        + _output_traffic(op, split_k)


def _output_traffic(op: Gemm, split_k: int) -> float:
    """DRAM bytes of the outputs: stored once, or as split-K partial sums
    written and read back before the sum is stored."""
    element = op.element.bytes
    per_element = element
    if split_k > 1:
        per_element = 2 * split_k * DTYPES[op.element.accumulate].bytes + element
    return op.batch * op.m * op.n * per_element


def _shared_holds_operands(hw: Hardware, op: Gemm) -> bool:
    """Whether the shared level (L2) can keep both of one batch item's operands."""
    operands = op.m * op.k * op.element.bytes + op.k * op.n * op.weight_element.bytes
    return bool(hw.memory.shared_bytes) and operands <= hw.memory.shared_bytes


class Search:
    """The tile search of one GEMM at one stage count: what every candidate's
    score shares, computed once (the search scores hundreds of candidates
    for every GEMM of a sweep point), then each candidate's score in the
    terms of the module docstring."""

    def __init__(self, hw: Hardware, op: Gemm, rules: KernelRules, stored: Gemm, stages: int):
        self.hw, self.op = hw, op
        self.speed, self.cluster = rules.mac_rate(stored), rules.cluster_cores
        self.shapes = rules.tile_shapes(stored)
        self.element, self.weight_element = op.element.bytes, op.weight_element.bytes
        self.accumulator = DTYPES[op.element.accumulate].bytes
        sram = hw.core.sram
        self.limits = (sram.input_bytes, sram.weight_bytes, sram.output_bytes)
        self.stages, self.k_step, self.cores = stages, hw.core.k_step, hw.chip.cores
        self.array = (hw.array.rows, hw.array.cols, hw.core.arrays, hw.array.dataflow)
        self.shadow = hw.array.shadow_registers
        self.epilogue_inputs = epilogue_inputs(op)
        self.bytes_per_cycle = hw.dram_bytes_per_cycle
        # Every tile's blocks cross the shared level (or DRAM) once per core that
        # needs them: reuse across cores is not free.
        self.delivery_per_cycle = (hw.memory.shared_bandwidth_bytes_per_s / hw.chip.clock_hz
                                   if hw.memory.shared_bytes else self.bytes_per_cycle)
        self.latency = hw.dram_latency_cycles
        self.shared = bool(hw.memory.shared_bytes)
        self.lanes = hw.core.vector_lanes
        # Operands that fit in the shared level together cross DRAM once, however
        # often the tiles re-read them (the re-reads are the delivery term's).
        self.once = (_traffic(op, op.m, op.n, op.k, "mnk", 1)
                     if _shared_holds_operands(hw, op) else None)

    def fits(self, tm: int, tn: int, tk: int) -> bool:
        """``tiling.fits`` at this search's stages."""
        held_k = min(tk, self.k_step) if self.k_step else tk
        residual = self.epilogue_inputs * tm * tn
        return ((self.stages * tm * held_k + residual) * self.element <= self.limits[0]
                and self.stages * held_k * tn * self.weight_element <= self.limits[1]
                and OUTPUT_STAGES * tm * tn * self.accumulator <= self.limits[2])

    def scores(self, tm: int, tn: int, tk: int):
        """(score, TileChoice) of every split-K factor and loop order of a tile."""
        op, cores, latency = self.op, self.cores, self.latency
        blocks = op.batch * ceil_div(op.m, tm) * ceil_div(op.n, tn)
        steps_k = ceil_div(op.k, tk)
        tiles = blocks * steps_k
        a_bytes, b_bytes = tm * tk * self.element, tk * tn * self.weight_element
        drain = latency + tm * tn * self.element / self.bytes_per_cycle  # and the last store
        cycles = array_cycles(min(tm, op.m), min(tn, op.n), min(tk, op.k), *self.array,
                              self.speed, self.shadow)
        split_k = 1
        while True:  # powers of two while blocks x factor <= cores (and <= K steps)
            per_core = ceil_div(blocks * split_k, cores) * ceil_div(steps_k, split_k)  # tiles
            compute = per_core * cycles
            first_load = self._first_loads(blocks * split_k) * (a_bytes + b_bytes) \
                / self.bytes_per_cycle
            fill = drain + first_load
            tail = self._sum_cycles(tm, tn, split_k) if split_k > 1 else 0
            for order in LOOP_ORDERS:
                delivered = self._delivered(tm, tn, order, split_k, a_bytes, b_bytes, steps_k)
                delivery = delivered / self.delivery_per_cycle
                if self.shared:
                    traffic = _traffic(op, tm, tn, tk, order, split_k)
                    if self.once is not None and split_k == 1:
                        traffic = min(traffic, self.once)
                else:  # what the cores load is what DRAM moves
                    traffic = delivered + _output_traffic(op, split_k)
                memory = max(traffic / self.bytes_per_cycle, delivery)
                pipelined = self._pipelined(per_core, cycles, memory, delivery - first_load,
                                            tm, tn, tk)
                estimate = max(max(compute, pipelined) + fill, memory + latency) + tail
                yield (estimate, traffic, tiles), \
                    (tm, tn, tk, order, split_k)
            if not (blocks * split_k * 2 <= cores and split_k * 2 <= steps_k):
                return
            split_k *= 2

    def _first_loads(self, parts: int) -> int:
        """Cores whose first tiles load at once, sharing DRAM (the fill waits
        for all of them): one per output block or split-K part. A K-streaming
        core starts on its first slice, so its fill is counted as one tile's."""
        return 1 if self.k_step else min(self.cores, parts)

    def _sum_cycles(self, tm: int, tn: int, split_k: int) -> float:
        """The split-K sum of the last output block, after all its parts: the
        last part stores its partial sum, the vector unit reads them all,
        adds them, and writes the block; each transfer waits out the latency."""
        block, bandwidth = tm * tn, self.bytes_per_cycle
        return (3 * self.latency + math.ceil(block * self.accumulator / bandwidth)
                + math.ceil(block * split_k * self.accumulator / bandwidth)
                + ceil_div(block * split_k, self.lanes)
                + math.ceil(block * self.element / bandwidth))

    def _pipelined(self, per_core: int, cycles: float, memory: float, later_loads: float,
                   tm: int, tn: int, tk: int) -> float:
        """The busiest core's time for its ``per_core`` tiles after the fill, when each load
        also waits out the DRAM latency. A core whose buffers hold ``depth`` tiles has the
        load of tile ``i + depth`` in flight from the end of tile ``i`` (the engine's
        loader, ``engine/processes.py``), so after the first tile (loaded in the fill) each
        takes the longest of its compute, its load (its share of ``later_loads``, the time
        of the loads after the first tiles) and 1/depth of compute, load and latency in a
        row. A K-streaming core loads its tiles one after another, the latency of each
        exposed, beside all of ``memory``."""
        if self.k_step:
            return memory + per_core * self.latency
        residual = self.epilogue_inputs * tm * tn
        depth = max(1, min(self.limits[0] // ((tm * tk + residual) * self.element),
                           self.limits[1] // (tk * tn * self.weight_element)))
        load = max(0.0, later_loads) / max(1, per_core - 1)
        return cycles + (per_core - 1) * max(cycles, load,
                                             (cycles + load + self.latency) / depth)

    def _delivered(self, tm: int, tn: int, order: str, split_k: int,
                   a_bytes: float, b_bytes: float, steps_k: int) -> float:
        """All tiles' operand bytes through the shared level (or DRAM). Alone,
        a core reuses the block its previous tile loaded (``blocks_loaded``).
        In a cluster of cores the multicast counts: consecutive output blocks
        (dealt to neighbouring cores) share their A block (``mnk``) or B
        block (``nmk``), or the other one when that dimension has a single
        block. Split-K parts share nothing (their K ranges differ)."""
        cluster, op = self.cluster, self.op
        blocks_m, blocks_n = ceil_div(op.m, tm), ceil_div(op.n, tn)
        tiles = op.batch * blocks_m * blocks_n * steps_k
        if split_k > 1:
            return tiles * (a_bytes + b_bytes)
        if cluster == 1:
            outer, inner = (blocks_m, blocks_n) if order == "mnk" else (blocks_n, blocks_m)
            loads = blocks_loaded(op.batch, outer, inner, self.cores, steps_k)
            a_loads, b_loads = loads if order == "mnk" else loads[::-1]
            return a_loads * a_bytes + b_loads * b_bytes
        if order == "mnk":
            a_share = min(cluster, blocks_n)
            b_share = min(cluster, blocks_m) if blocks_n == 1 else 1
        else:
            a_share = min(cluster, blocks_n) if blocks_m == 1 else 1
            b_share = min(cluster, blocks_m)
        return tiles * (a_bytes / a_share + b_bytes / b_share)


def blocks_loaded(batch: int, outer: int, inner: int, cores: int,
                   steps_k: int) -> tuple[int, int]:
    """(loads of the outer loop's operand, of the inner loop's) when the
    ``batch x outer x inner`` output blocks are dealt to ``cores``
    round-robin and a core reloads a block unless its previous tile had
    it (``gemm._tile``): closed forms of that count, so the score costs
    nothing per block. A core's next block is ``cores`` further on: it
    keeps the outer operand when still in the same row of ``inner``
    blocks, the inner one when ``cores`` is a multiple of ``inner`` and
    the batch item is the same. With several K steps every tile loads both."""
    blocks = batch * outer * inner
    if steps_k > 1:
        return blocks * steps_k, blocks * steps_k
    outer_loads = blocks - batch * outer * max(0, inner - cores)
    inner_loads = blocks - (batch * max(0, outer * inner - cores)
                            if cores % inner == 0 else 0)
    return outer_loads, inner_loads
