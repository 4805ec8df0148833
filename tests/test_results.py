"""Result records: named fields with units, so a misspelled count fails at once."""

import dataclasses

import pytest

from systolic.cost import energy
from systolic.results import ActionCounts, EnergyBreakdown, OpResult, RunResult
from systolic.simulate import simulate_gemm
from systolic.spec import hardware


def test_a_misspelled_count_is_an_attribute_error():
    [op] = simulate_gemm(hardware.load("teach-4x4"), 8, 8, 8).ops
    assert op.counts.dram_read_bytes > 0
    with pytest.raises(AttributeError):
        op.counts.dram_reads_bytes  # noqa: B018 - the typo is the point
    with pytest.raises(TypeError):
        ActionCounts(dram_reads_bytes=1)
    with pytest.raises(AttributeError):
        op.energy.dram  # noqa: B018 - the field is dram_j


def test_records_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        ActionCounts().dram_read_bytes = 1


def test_uncounted_actions_stay_uncounted_when_added_and_scaled():
    link = ActionCounts(link_bytes=10)
    gemm = ActionCounts(dram_read_bytes=4, dram_write_bytes=2, vector_ops=0)
    total = link.scaled(3) + gemm
    assert total == ActionCounts(dram_read_bytes=4, dram_write_bytes=2, vector_ops=0,
                                 link_bytes=30)
    assert total.counted() == {"dram_read_bytes": 4, "dram_write_bytes": 2, "vector_ops": 0,
                               "link_bytes": 30}
    assert link.dram_bytes == 0 and total.dram_bytes == 6
    assert link.or_zero().sram_input_read_bytes == 0


def test_energy_components_are_the_breakdown_fields():
    assert energy.COMPONENTS == ("mac", "register", "sram", "dram", "shared", "vector",
                                 "static")
    breakdown = EnergyBreakdown(mac_j=1.0, static_j=2.0)
    assert breakdown.total_j == 3.0
    assert (breakdown + breakdown.scaled(2)).by_component()["static"] == 6.0


def test_a_run_sums_counts_and_energy_over_repeats():
    op = OpResult("g", "gemm", cycles=10, compute_cycles=10, stall_cycles=0, macs=1,
                  peak_macs_per_cycle=1, counts=ActionCounts(dram_read_bytes=5),
                  energy=EnergyBreakdown(mac_j=1.0))
    run = RunResult(hardware={}, clock_hz=1.0, ops=(op, dataclasses.replace(op, name="h")),
                    cycles=40, peak_macs_per_cycle=1, repeats={"h": 3})
    assert run.counts.dram_read_bytes == 5 + 3 * 5
    assert run.energy.mac_j == 4.0 and run.energy.total_j == 4.0


def test_scalesim_calc_mode_counts_no_dram():
    hw = hardware.load("scalesim-default")
    [op] = simulate_gemm(hw, 64, 64, 64, compat="scalesim").ops
    assert op.counts.dram_read_bytes is None and op.counts.sram_input_read_bytes > 0
    assert op.energy.dram_j == 0
