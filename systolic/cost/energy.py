"""Energy: action counts from the engine x energy per action, plus static power.

    energy = sum over actions (count x energy per action) + static power x time

The counts are exactly those the engine recorded for each op (no second
estimate): MACs, bytes read and written per SRAM buffer, DRAM bytes, bytes
served by the shared level, vector-lane operations. Energies per action
come from a table in ``systolic/spec/presets/energy/`` (45 nm from Horowitz
ISSCC 2014, 28 and 7 nm by a named scaling rule; every entry sourced in
the file), chosen by the machine's ``[energy] table``; a machine may
override any entry in its own ``[energy]`` section.

Components:

- ``mac``: MACs x MAC energy of the op's dtype;
- ``register``: each MAC moves two operands and a partial sum through PE
  pipeline registers (2 x element + accumulator bytes);
- ``sram``: bytes read and written per buffer x the buffer's energy per
  byte, which grows as sqrt(capacity / 32 KB) up to 1 MB banks (larger
  buffers are banked);
- ``dram``: bytes moved x the DRAM technology's energy per byte;
- ``shared``: bytes served by the shared level x (a 1 MB bank + the
  on-chip wire over ``noc_distance_mm``);
- ``vector``: lane operations x one fp32 add;
- ``static``: the chip's published idle power (``[power] idle_w``) or,
  without one, PE leakage (more with shadow registers, as their area:
  ``area.pe_leakage_scale``), times the op's duration.

Not counted: chip-to-chip links (collectives cost time only), control,
clock tree, instruction fetch.
"""

from __future__ import annotations

import dataclasses
import math

from systolic.cost import area
from systolic.results import EnergyBreakdown, OpResult, RunResult
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.presets import energy_table

PICO = 1e-12
SRAM_REFERENCE_BYTES = 32 * 1024   # the Horowitz 32 KB SRAM point
SRAM_BANK_BYTES = 1024 * 1024      # buffers above 1 MB are built from 1 MB banks
COMPONENTS = tuple(EnergyBreakdown().by_component())  # ("mac", ..., "static")


def table_for(hw: Hardware) -> dict[str, float]:
    """The machine's energy table with its overrides applied."""
    return {**energy_table(hw.energy.table), **dict(hw.energy.overrides)}


def sram_pj_per_byte(table: dict[str, float], capacity_bytes: int) -> float:
    """Energy per byte of an SRAM buffer: sqrt capacity scaling, 1 MB banks."""
    return table["sram_32kb_pj_per_byte"] * math.sqrt(
        min(capacity_bytes, SRAM_BANK_BYTES) / SRAM_REFERENCE_BYTES)


def static_watts(hw: Hardware, table: dict[str, float]) -> float:
    """Published idle power, else leakage of every PE (with its shadow register)."""
    if hw.power is not None:
        return hw.power.idle_w
    return table["leakage_per_pe_w"] * hw.peak_macs_per_cycle * area.pe_leakage_scale(hw)


def op_energy(hw: Hardware, table: dict[str, float], op: OpResult,
              clock_hz: float | None = None) -> EnergyBreakdown:
    """Joules per component for one op (one run of it) at ``clock_hz`` (default the chip's).

    An action the op's model did not count costs nothing.
    """
    counts = op.counts.or_zero()
    sram = hw.core.sram
    sram_pj = sum(moved * sram_pj_per_byte(table, capacity) for moved, capacity in (
        (counts.sram_input_read_bytes + counts.sram_input_write_bytes, sram.input_bytes),
        (counts.sram_weight_read_bytes + counts.sram_weight_write_bytes, sram.weight_bytes),
        (counts.sram_output_read_bytes + counts.sram_output_write_bytes, sram.output_bytes)))
    mac_pj, register_pj = 0.0, 0.0
    if op.macs:
        element = DTYPES[op.dtype]
        mac_pj = op.macs * table[f"mac_{op.dtype}_pj"]
        register_bytes = 2 * element.bytes + DTYPES[element.accumulate].bytes
        register_pj = op.macs * register_bytes * table["register_pj_per_byte"]
    shared_pj = counts.shared_read_bytes * (
        table["shared_pj_per_byte"] + table["noc_pj_per_byte_mm"] * hw.energy.noc_distance_mm)
    return EnergyBreakdown(
        mac_j=mac_pj * PICO, register_j=register_pj * PICO, sram_j=sram_pj * PICO,
        dram_j=counts.dram_bytes * table[f"dram_{hw.energy.dram}_pj_per_byte"] * PICO,
        shared_j=shared_pj * PICO,
        vector_j=counts.vector_ops * table["vector_op_pj"] * PICO,
        static_j=static_watts(hw, table) * op.cycles / (clock_hz or hw.chip.clock_hz))


def annotate(hw: Hardware, result: RunResult) -> RunResult:
    """The same run with every op's energy filled in.

    On a chip whose ``[power]`` is ``capped``, a run that would draw more
    than ``tdp_w`` on average runs at the lower clock that holds it at
    ``tdp_w``: the cycles stay, the seconds and the static energy grow
    (dynamic energy per action is taken as clock-independent, so the
    voltage drop that comes with a lower clock is not credited).
    """
    table = table_for(hw)
    ops = tuple(dataclasses.replace(op, energy=op_energy(hw, table, op)) for op in result.ops)
    nominal = dataclasses.replace(result, ops=ops, energy_table=hw.energy.table,
                                  dram_technology=hw.energy.dram)
    clock = capped_clock_hz(hw, table, nominal)
    if clock >= result.clock_hz:
        return nominal
    ops = tuple(dataclasses.replace(op, energy=op_energy(hw, table, op, clock))
                for op in result.ops)
    return dataclasses.replace(nominal, ops=ops, clock_hz=clock, power_capped_clock_hz=clock)


def capped_clock_hz(hw: Hardware, table: dict[str, float], result: RunResult) -> float:
    """The clock at which ``result`` averages the chip's TDP (or its own clock if below)."""
    power = hw.power
    if power is None or not power.capped or not result.cycles:
        return result.clock_hz
    static = static_watts(hw, table)
    joules = sum(op.energy_j * result.repeat(op) for op in result.ops)
    if joules / result.seconds <= power.tdp_w or power.tdp_w <= static:
        return result.clock_hz
    dynamic = joules - static * result.seconds
    return result.clock_hz * result.seconds * (power.tdp_w - static) / dynamic


def summary(result: RunResult) -> dict:
    """Whole-run energy figures: joules, watts, pJ/MAC, TOPS/W, per token, breakdown."""
    breakdown = result.energy.by_component()
    joules = sum(breakdown.values())
    macs = result.macs
    tokens = result.model.tokens if result.model is not None else None
    return {
        "energy_j": joules,
        "average_power_w": joules / result.seconds if result.seconds else 0.0,
        "pj_per_mac": joules / macs / PICO if macs else None,
        "tops_per_w": 2 * macs / joules / 1e12 if joules and macs else None,
        "energy_per_token_j": joules / tokens if tokens else None,
        "breakdown_j": breakdown,
    }
