"""How PyTorch launches a norm or a softmax on a GPU, and what an SM runs at once.

Why: a row reduction is not a stream. Its kernel gives each row (or a few
rows) a thread block; a block reads its row, reduces it (mean and variance,
or maximum and sum), then writes the result, and only then does the SM
start the block of another row. A block reads ``bytes_per_trip`` per DRAM
round trip (its threads times one vector load each), so a wide row costs
several round trips in series. An SM keeps as many blocks resident as its
threads, registers and shared memory allow (``[core] resident_threads``
and the rest, from the CUDA programming guide); those rows make one wave,
and an SM's waves run one after another. Measured on the H100, norms and
softmax reach 45-75 % of the DRAM bandwidth that element-wise kernels of
the same bytes reach (``workloads/gpu/h100/kernels.csv``): the round trips
in series are where the rest goes.

The kernels and their launch rules are PyTorch's (2.x, CUDA):
``aten/src/ATen/native/cuda/layer_norm_kernel.cu`` (``vectorized_layer_norm_kernel``:
128 threads a row, four elements a load; ``F.rms_norm`` runs it too),
``SoftMax.cu`` and ``PersistentSoftmax.cuh`` (a warp a row in registers for
rows of at most 2048 elements and 8 KB; else a block a row of up to 1024
threads, holding the row in registers while a thread loads fewer than ten
elements, else caching it in shared memory when it fits 48 KB, else
reading it three times from DRAM). Every launch below matches what the
profiler read on an sm_90 GPU (``workloads/gpu/launches/launches.csv``:
grid, block, registers, shared memory and occupancy;
``tests/test_row_kernels.py`` checks them). Registers per thread are the
compiled kernels' readings (softmax_warp_forward's a rule through two).

Not modelled: a second read of the row from L1 or L2 (the norm's normalize
pass), block-wide synchronisation costs, and the non-vectorized fallbacks
for misaligned rows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from systolic.core.timing import ceil_div
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.workload import Norm, Softmax

WARP = 32
NORM_THREADS = 128            # vectorized_layer_norm_kernel: a 32 x 4 block
NORM_VECTOR_ELEMENTS = 4      # its vec_size
NORM_SHARED_BYTES = 24        # its static shared memory (the profiler's reading)
WARP_SOFTMAX_ELEMENTS = 2048  # softmax_warp_forward takes rows up to this...
WARP_SOFTMAX_BYTES = 8192     # ...and this many bytes
WARP_SOFTMAX_THREADS = 128    # four warps a block
BLOCK_SOFTMAX_THREADS = 1024  # the block kernels' largest block
REGISTER_SOFTMAX_LOADS = 10   # cunn_SoftMaxForwardReg while a thread loads fewer
SOFTMAX_LOAD_BYTES = 16       # a float4 load a thread (ILP = 16 / element bytes)
SHARED_PER_BLOCK = 49152      # the default shared memory a block may ask for
REGISTER_GRANULE = 8          # registers are allocated per thread in steps of 8
# Registers per thread of the compiled kernels (bf16, profiler readings in
# workloads/gpu/launches/launches.csv). softmax_warp_forward keeps its
# elements in registers: 16 plus one a held element, through its two
# readings (48 at 1024 elements a row, 80 at 2048).
REGISTERS = {"layernorm": 32, "rmsnorm": 27, "register_softmax": 34,
             "block_softmax": 32}
WARP_SOFTMAX_BASE_REGISTERS = 16


@dataclass(frozen=True)
class RowKernel:
    """One row-reduction kernel as launched: its block, what a block holds,
    and how a row's bytes come in."""

    name: str
    threads: int               # a block's threads
    rows_per_block: int
    registers_per_thread: int
    shared_bytes: int          # a block's shared memory
    trips_per_row: int         # DRAM round trips in series to read a row (all passes)

    def resident_blocks(self, hw: Hardware) -> int:
        """Blocks of this kernel one core keeps at once (at least one)."""
        core = hw.core
        registers = math.ceil(self.registers_per_thread / REGISTER_GRANULE) * REGISTER_GRANULE
        limits = [core.resident_threads // self.threads]
        if core.resident_blocks:
            limits.append(core.resident_blocks)
        if core.registers:
            limits.append(core.registers // (registers * self.threads))
        if core.shared_memory_bytes and self.shared_bytes:
            limits.append(core.shared_memory_bytes // self.shared_bytes)
        return max(1, min(limits))


def _pow2_at_least(value: int) -> int:
    return 1 << max(0, (value - 1).bit_length())


def row_kernel(op: Norm | Softmax) -> RowKernel:
    """The kernel PyTorch launches for ``op`` (module docstring)."""
    if isinstance(op, Norm):
        trips = ceil_div(op.cols, NORM_THREADS * NORM_VECTOR_ELEMENTS)
        return RowKernel(f"vectorized_layer_norm_kernel ({op.op})", NORM_THREADS, 1,
                         REGISTERS[op.op], NORM_SHARED_BYTES, trips)
    row_bytes = math.ceil(op.cols * DTYPES[op.dtype].bytes)
    if op.cols <= WARP_SOFTMAX_ELEMENTS and row_bytes <= WARP_SOFTMAX_BYTES:
        return _warp_softmax(op.cols)
    return _block_softmax(op.cols, row_bytes)


def _warp_softmax(cols: int) -> RowKernel:
    """softmax_warp_forward: a warp (or part of one) a row, held in registers."""
    elements = _pow2_at_least(cols)
    warp = min(elements, WARP)
    rows_per_warp = 2 if elements <= 128 else 1
    held = elements // warp * rows_per_warp
    return RowKernel("softmax_warp_forward", WARP_SOFTMAX_THREADS,
                     WARP_SOFTMAX_THREADS // warp * rows_per_warp,
                     WARP_SOFTMAX_BASE_REGISTERS + held, 0, 1)


def _block_softmax(cols: int, row_bytes: int) -> RowKernel:
    """A block a row: the row in registers while a thread loads fewer than
    ten elements, else cached in shared memory when it fits, else read
    three times from DRAM (maximum, sum, normalize)."""
    threads = min(BLOCK_SOFTMAX_THREADS, ceil_div(cols, WARP) * WARP)
    reduction = threads // WARP * 4  # one fp32 partial a warp
    if ceil_div(cols, threads) < REGISTER_SOFTMAX_LOADS:
        return RowKernel("cunn_SoftMaxForwardReg", threads, 1,
                         REGISTERS["register_softmax"], reduction, 1)
    trips = ceil_div(row_bytes, threads * SOFTMAX_LOAD_BYTES)
    if row_bytes + reduction < SHARED_PER_BLOCK:
        return RowKernel("cunn_SoftMaxForwardSmem", threads, 1, REGISTERS["block_softmax"],
                         row_bytes + reduction, trips)
    return RowKernel("cunn_SoftMaxForward", threads, 1, REGISTERS["block_softmax"],
                     reduction, 3 * trips)
