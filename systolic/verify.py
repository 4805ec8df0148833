"""The PE-level proof of a GEMM's array timing (``systolic gemm --engine pe``).

Every distinct per-array GEMM of the schedule runs through the PE-level
engine on random operands of the dtype; its cycles are compared with the
closed form and its product with numpy. Beside ``cost/`` in the layers:
it reads the mapping and the core, never the engine.
"""

from __future__ import annotations

from systolic.core.timing import gemm_timing
from systolic.errors import ConfigError
from systolic.mapping.gemm import map_gemm
from systolic.mapping.schedule import array_parts
from systolic.results import Verification
from systolic.spec.hardware import Hardware
from systolic.spec.workload import Gemm

PE_ENGINE_LIMIT_UPDATES = 20e9  # PE-cycle updates: about a minute at 3e8 updates/s


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
