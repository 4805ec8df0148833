"""Energy: additive over actions, equal to a hand computation, one entry one component."""

import math

import pytest

from systolic.cost import energy
from systolic.cost.energy import op_energy, sram_pj_per_byte, table_for
from systolic.results import ActionCounts, OpResult
from systolic.simulate import simulate_gemm
from systolic.spec import hardware


def small_machine(**overrides):
    return hardware.load("teach-4x4", overrides)


def test_a_small_gemm_matches_a_hand_computation():
    hw = small_machine()
    result = simulate_gemm(hw, 4, 4, 4, dtype="int8")
    [op] = result.ops
    counts = op.counts
    table = table_for(hw)  # 45 nm, DDR
    kib = 1024
    sram = (counts.sram_input_read_bytes + counts.sram_input_write_bytes
            + counts.sram_weight_read_bytes + counts.sram_weight_write_bytes
            + counts.sram_output_read_bytes + counts.sram_output_write_bytes) \
        * 2.5 * math.sqrt(kib / (32 * kib))
    expected_pj = {
        "mac": 64 * 0.30,
        "register": 64 * (2 * 1 + 4) * 0.072,
        "sram": sram,
        "dram": (32 + 16) * 160,  # A and B loaded, O stored, 160 pJ/B DDR
        "shared": 0.0,
        "vector": 0.0,
    }
    assert table["mac_int8_pj"] == 0.30
    for name, pj in expected_pj.items():
        assert op.energy.by_component()[name] == pytest.approx(pj * 1e-12), name
    leakage = 3.6e-6 * 16  # no published idle power: PE leakage
    assert op.energy.static_j == pytest.approx(leakage * op.cycles / 1e9)
    assert op.energy_j == pytest.approx(sum(op.energy.by_component().values()))


def test_energy_is_additive_over_ops_and_repeats():
    hw = hardware.load("tpu-v4-like")
    result = simulate_gemm(hw, 256, 256, 256)
    summary = energy.summary(result)
    assert summary["energy_j"] == pytest.approx(sum(op.energy_j for op in result.ops))
    assert summary["energy_j"] == pytest.approx(sum(summary["breakdown_j"].values()))
    assert summary["tops_per_w"] == pytest.approx(2 * result.macs / summary["energy_j"] / 1e12)


@pytest.mark.parametrize("entry,component", [
    ("mac_bf16_pj", "mac"), ("register_pj_per_byte", "register"),
    ("sram_32kb_pj_per_byte", "sram"), ("dram_hbm_pj_per_byte", "dram"),
])
def test_doubling_one_entry_doubles_only_its_component(entry, component):
    base_hw = hardware.load("tpu-v4-like")
    doubled_hw = hardware.load("tpu-v4-like",
                               {f"energy.{entry}": 2 * table_for(base_hw)[entry]})
    op = simulate_gemm(base_hw, 512, 512, 512).ops[0]
    base = op_energy(base_hw, table_for(base_hw), op).by_component()
    doubled = op_energy(doubled_hw, table_for(doubled_hw), op).by_component()
    for name in energy.COMPONENTS:
        factor = 2 if name == component else 1
        assert doubled[name] == pytest.approx(factor * base[name]), name


def test_sram_energy_grows_with_capacity_up_to_a_bank():
    table = table_for(small_machine())
    assert sram_pj_per_byte(table, 32 * 1024) == 2.5
    one_mb = sram_pj_per_byte(table, 1024 * 1024)
    assert one_mb == pytest.approx(2.5 * math.sqrt(32))
    assert one_mb == pytest.approx(12.5, rel=0.15)  # Horowitz's measured 1 MB point
    assert sram_pj_per_byte(table, 64 * 2**20) == sram_pj_per_byte(table, 2**20)


def test_an_unknown_override_is_refused():
    with pytest.raises(Exception, match=r"\[energy\] mac_bf17_pj: unknown field"):
        hardware.load("tpu-v4-like", {"energy.mac_bf17_pj": 1.0})


def test_ops_without_macs_cost_no_mac_energy():
    hw = small_machine()
    op = OpResult("copy", "elementwise", cycles=10, compute_cycles=10, stall_cycles=0, macs=0,
                  peak_macs_per_cycle=16, counts=ActionCounts(vector_ops=100), dtype="bf16")
    joules = op_energy(hw, table_for(hw), op)
    assert joules.mac_j == 0 and joules.vector_j == pytest.approx(100 * 0.9e-12)


def test_presets_pick_their_tables():
    assert hardware.load("tpu-v1").energy.table == "28nm"
    assert hardware.load("tpu-v4-like").energy.dram == "hbm"


def test_tpu_v1_busy_power_on_a_dense_int8_gemm_is_in_the_papers_range():
    # Jouppi et al., ISCA 2017, Table 2: per die idle 28 W, busy 40 W, TDP 75 W.
    result = simulate_gemm(hardware.load("tpu-v1"), 4096, 4096, 4096)
    watts = energy.summary(result)["average_power_w"]
    assert 28 < watts <= 75


def test_a_7nm_bf16_dense_gemm_costs_what_tpu_v4_and_h100_imply():
    # Arithmetic alone 0.1-0.2 pJ/MAC at 7 nm (Horowitz 45 nm scaled, ENERGY.md
    # section 6); whole chip 0.7-2 pJ/MAC: TPU v4 192 W at 275 TFLOPS = 1.40 pJ/MAC,
    # H100 700 W at 989 TFLOPS = 1.42 pJ/MAC (ENERGY.md section 4).
    hw = hardware.load("tpu-v4-like")
    result = simulate_gemm(hw, 8192, 8192, 8192)
    [op] = result.ops
    assert 0.1 <= op.energy.mac_j / op.macs / 1e-12 <= 0.2
    assert 0.7 <= energy.summary(result)["pj_per_mac"] <= 2.0


def test_a_capped_chip_over_its_tdp_runs_at_the_clock_that_holds_the_tdp():
    hw = hardware.load("h100")
    free = hardware.load("h100", {"power.capped": False})
    capped, uncapped = (simulate_gemm(h, 8192, 8192, 8192, dtype="bf16") for h in (hw, free))
    assert energy.summary(uncapped)["average_power_w"] > hw.power.tdp_w
    assert capped.cycles == uncapped.cycles
    assert capped.clock_hz < uncapped.clock_hz
    assert capped.power_capped_clock_hz == capped.clock_hz
    assert energy.summary(capped)["average_power_w"] == pytest.approx(hw.power.tdp_w)
    static = energy.summary(capped)["breakdown_j"]["static"]
    assert static == pytest.approx(hw.power.idle_w * capped.seconds)


def test_a_capped_chip_under_its_tdp_keeps_its_clock():
    hw = hardware.load("h100")
    result = simulate_gemm(hw, 64, 64, 64, dtype="bf16")
    assert energy.summary(result)["average_power_w"] < hw.power.tdp_w
    assert result.clock_hz == hw.chip.clock_hz
    assert result.power_capped_clock_hz is None


def test_power_capped_must_be_a_boolean():
    with pytest.raises(hardware.ConfigError, match=r"\[power\] capped: expected true or false"):
        hardware.load("h100", {"power.capped": 1})


def test_shadow_registers_leak_as_their_area_where_no_idle_power_is_published():
    from systolic.cost import area

    plain = hardware.load("teach-8x8")
    shadow = hardware.load("teach-8x8", {"array.shadow_registers": True})
    table = energy.table_for(plain)
    scale = area.pe_leakage_scale(shadow)
    assert area.pe_leakage_scale(plain) == 1.0 and 1.0 < scale < 1.1
    assert energy.static_watts(shadow, table) == pytest.approx(
        energy.static_watts(plain, table) * scale)
    published = hardware.load("tpu-v1", {"array.shadow_registers": False})
    assert energy.static_watts(published, table) == hardware.load("tpu-v1").power.idle_w
