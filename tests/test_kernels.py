"""The kernel-rules seam: a systolic array's generic rules, a GPU library's rules."""

import pytest

from systolic.mapping import kernels
from systolic.mapping.gemm import map_gemm
from systolic.mapping.kernels import GpuLibraryRules, SystolicRules, kernel_rules
from systolic.mapping.tiling import choose_tiles
from systolic.spec import hardware
from systolic.spec.workload import Gemm

TPU_PRESETS = ("tpu-v1", "tpu-v4-like", "teach-4x4", "teach-8x8", "scalesim-default")
UNALIGNED = Gemm("g", 1000, 3000, 777, dtype="bf16")  # 777 x 2 bytes: not 16-byte rows
ALIGNED = Gemm("g", 1000, 3000, 768, dtype="bf16")


@pytest.mark.parametrize("name", TPU_PRESETS)
def test_a_systolic_array_gets_free_search_its_rate_no_multicast_no_launch(name):
    hw = hardware.load(name)
    rules = kernel_rules(hw)
    op = Gemm("g", 777, 3, 5, dtype=hw.default_dtype)
    assert isinstance(rules, SystolicRules)
    assert rules.tile_shapes(op) == ()
    assert rules.mac_rate(op) == hw.speed(hw.default_dtype)
    assert (rules.cluster_cores, rules.launch_cycles) == (1, 0)


@pytest.mark.parametrize("name", TPU_PRESETS)
def test_a_systolic_array_never_runs_the_gpu_rules(name, monkeypatch):
    def refuse(*_args):
        raise AssertionError("GPU rules asked on a systolic array")

    for method in ("aligned", "tile_shapes", "mac_rate"):
        monkeypatch.setattr(GpuLibraryRules, method, refuse)
    hw = hardware.load(name)
    op = Gemm("g", 64, 48, 40, dtype=hw.default_dtype)
    assert map_gemm(hw, op).launch_cycles == 0


def test_the_h100_gets_the_gpu_library_rules():
    hw = hardware.load("h100")
    rules = kernel_rules(hw)
    assert isinstance(rules, GpuLibraryRules)
    assert rules.cluster_cores == hw.chip.cluster_cores == 2
    assert rules.launch_cycles == -(-5850 * 18414 // 10 ** 4)  # 5850 ns at 1.8414 GHz


def test_an_unaligned_gemm_gets_the_fallback_kernels_shapes_and_rate():
    hw = hardware.load("h100")
    rules = kernel_rules(hw)
    assert not rules.aligned(UNALIGNED) and rules.aligned(ALIGNED)
    assert rules.tile_shapes(UNALIGNED) == hw.core.unaligned_tile_shapes == ((128, 128),)
    assert rules.tile_shapes(ALIGNED) == hw.core.tile_shapes
    bf16 = hw.speed("bf16")
    assert rules.mac_rate(ALIGNED) == bf16
    assert rules.mac_rate(UNALIGNED) == pytest.approx(bf16 * hw.core.unaligned_speed)
    assert rules.mac_rate(Gemm("g", 2048, 50257, 1024)) == \
        pytest.approx(bf16 * hw.core.unaligned_speed)  # N rows unaligned


def test_the_mapper_tries_only_the_kernels_shapes():
    hw = hardware.load("h100")
    choice = choose_tiles(hw, UNALIGNED)
    assert {(choice.tm, choice.tn), (choice.tn, choice.tm)} & {(128, 128)}
    aligned = choose_tiles(hw, ALIGNED)
    assert (aligned.tm, aligned.tn) in hw.core.tile_shapes


def test_a_transposed_mapping_keeps_the_unaligned_speed():
    from systolic.simulate import simulate_gemm

    hw = hardware.load("h100")
    aligned = simulate_gemm(hw, 2048, 50256, 1024, dtype="bf16")
    unaligned = simulate_gemm(hw, 2048, 50257, 1024, dtype="bf16")
    assert unaligned.cycles > 3 * aligned.cycles


def test_the_launch_wait_is_the_schedules():
    hw = hardware.load("h100")
    schedule = map_gemm(hw, ALIGNED)
    assert schedule.launch_cycles == kernel_rules(hw).launch_cycles > 0
    assert map_gemm(kernels.without_launch(hw), ALIGNED).launch_cycles == 0


@pytest.mark.parametrize("overrides", [{"chip.cluster_cores": 2}, {"chip.launch_latency_ns": 10},
                                       {"core.tile_shapes": [[8, 8]]},
                                       {"core.aligned_bytes": 16}])
def test_any_gpu_field_brings_the_gpu_rules(overrides):
    assert isinstance(kernel_rules(hardware.load("tpu-v4-like", overrides)), GpuLibraryRules)


def test_a_cluster_is_at_most_the_chip():
    hw = hardware.load("teach-8x8", {"chip.cores": 2, "chip.cluster_cores": 4})
    assert kernel_rules(hw).cluster_cores == 2
