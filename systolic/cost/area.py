"""Chip area: PEs, SRAM, vector lanes and a fixed overhead, per technology node.

There is no public per-component area table for systolic accelerators, so
the 28 nm anchor is derived from the one published floorplan we have, TPU
v1 (Jouppi et al., ISCA 2017: die <= 331 mm^2, of which the 65,536-MAC
matrix unit is 24 % and the 24 MiB unified buffer 29 %):

- int8 PE: 0.24 x 331 mm^2 / 65,536 = 1212 um^2 (wiring and control of the
  array included), less its shadow weight register (below), which TPU v1
  has and other machines may not: 1180 um^2;
- SRAM: 0.29 x 331 mm^2 / 24 MiB = 4.0 mm^2 per MiB;
- a PE for wider types is scaled by its MAC energy relative to int8 (the
  45 nm table: fp8 1.8x, bf16 4.9x, fp16 6.7x, fp32 15x), a stand-in for
  multiplier area growing with mantissa width squared;
- a vector lane is an fp32 unit: 15 int8 PEs;
- the fixed overhead (I/O, PHYs, control) is the rest of TPU v1's die that
  is neither array nor buffer nor accumulators: 0.33 x 331 = 109 mm^2.

- shadow registers (``[array] shadow_registers``): a second held register
  per PE, as many flip-flops as the widest element has bits, at 4 um^2 a
  bit with its bank-select mux at 28 nm (assumed: a 28 nm standard-cell
  D flip-flop is about 3-5 um^2); their dynamic energy is the same as
  without them (a loaded weight is written into one bank or the other), so
  what a design pays for them is area, and on a machine without a
  published idle power the leakage of that area (``pe_leakage_scale``,
  read by ``energy.static_watts``).

Other nodes scale by (node / 28 nm)^2 (ideal area scaling: optimistic below
16 nm, where SRAM scales less than logic). Areas are estimates for ranking
design points, not for tape-out.
"""

from __future__ import annotations

from systolic.spec.hardware import DTYPES, Hardware

REFERENCE_NODE_NM = 28
SHADOW_UM2_PER_BIT = 4.0                     # um^2 per held bit at 28 nm (assumed, see above)
PE_INT8_UM2 = 0.24 * 331e6 / 65536 - 8 * SHADOW_UM2_PER_BIT  # um^2 per PE at 28 nm (TPU v1)
SRAM_MM2_PER_MIB = 0.29 * 331 / 24           # mm^2 per MiB at 28 nm (TPU v1)
OVERHEAD_MM2 = 0.33 * 331                    # mm^2 at 28 nm (TPU v1)
PE_SCALE = {"int4": 0.5, "int8": 1.0, "fp8": 1.8, "bf16": 4.9, "fp16": 6.7, "fp32": 15.0,
            "int32": 10.7}
VECTOR_LANE_PES = 15
NODE_NM = {"45nm": 45, "28nm": 28, "7nm": 7, "4nm": 4}


def area_mm2(hw: Hardware) -> dict[str, float]:
    """Area per component and in total, mm^2, at the machine's energy-table node."""
    scale = (NODE_NM.get(hw.energy.table, REFERENCE_NODE_NM) / REFERENCE_NODE_NM) ** 2
    widest = max(PE_SCALE[d] for d in hw.dtypes)
    pe_mm2 = PE_INT8_UM2 * widest * 1e-6
    parts = {
        "pes": hw.peak_macs_per_cycle * pe_mm2 * scale,
        "sram": sram_mib(hw) * SRAM_MM2_PER_MIB * scale,
        "vector": hw.core.vector_lanes * hw.chip.cores * VECTOR_LANE_PES
        * PE_INT8_UM2 * 1e-6 * scale,
        "shadow_registers": hw.peak_macs_per_cycle * _shadow_um2(hw) * 1e-6 * scale,
        "overhead": OVERHEAD_MM2 * scale,
    }
    parts["total"] = sum(parts.values())
    return parts


def _shadow_um2(hw: Hardware) -> float:
    """A PE's shadow register at 28 nm, um^2: a bit per bit of its widest element."""
    if not hw.array.shadow_registers:
        return 0.0
    return SHADOW_UM2_PER_BIT * max(8 * DTYPES[d].bytes for d in hw.dtypes)


def pe_leakage_scale(hw: Hardware) -> float:
    """How much more a PE leaks with its shadow register than without: as its
    area grows (assumed: leakage in proportion to area, the same cells)."""
    widest = max(PE_SCALE[d] for d in hw.dtypes)
    return 1.0 + _shadow_um2(hw) / (PE_INT8_UM2 * widest)


def sram_mib(hw: Hardware) -> float:
    """On-chip SRAM of the whole chip, MiB."""
    sram = hw.core.sram
    return (sram.input_bytes + sram.weight_bytes + sram.output_bytes) / 2**20 \
        * hw.chip.cores + hw.memory.shared_bytes / 2**20
