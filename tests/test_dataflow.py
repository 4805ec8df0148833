"""On-chip dataflow: shadow weight registers and what they change for whole ops."""

import pytest

from systolic.simulate import simulate_ops
from systolic.spec import hardware
from systolic.spec.workload import Attention
from systolic.views.report import bound


@pytest.mark.parametrize("kv_heads", [32, 8])
def test_decode_attention_on_tpu_v4_like_is_paced_by_its_kv_cache(kv_heads):
    # Llama-2-7B-like decode at batch 16 and KV 4096 (and a GQA variant): the keys
    # and values are read once, so the time is their bytes over the DRAM bandwidth.
    hw = hardware.load("tpu-v4-like")
    op = Attention("attention", batch=16, heads=32, kv_heads=kv_heads, head_dim=128,
                   q_len=1, kv_len=4096)
    [result] = simulate_ops(hw, [op], record_timeline=False).ops
    kv_bytes = 2 * op.batch * op.kv_heads * op.kv_len * op.head_dim * 2
    assert bound(result, hw.dram_bytes_per_cycle) == "memory"
    assert result.cycles == pytest.approx(kv_bytes / hw.dram_bytes_per_cycle, rel=0.10)


def test_without_shadow_registers_decode_attention_is_paced_by_weight_loads():
    hw = hardware.load("tpu-v4-like", {"array.shadow_registers": False})
    op = Attention("attention", batch=16, heads=32, kv_heads=32, head_dim=128, q_len=1,
                   kv_len=4096)
    [result] = simulate_ops(hw, [op], record_timeline=False).ops
    assert bound(result, hw.dram_bytes_per_cycle) == "compute"


def test_shadow_registers_cost_area_and_tpu_v1_keeps_its_floorplan():
    from systolic.cost import area

    tpu_v1 = hardware.load("tpu-v1")
    plain = hardware.load("tpu-v1", {"array.shadow_registers": False})
    with_shadow, without = area.area_mm2(tpu_v1), area.area_mm2(plain)
    # One int8 register a PE: 65,536 x 8 bits x 4 um^2.
    assert with_shadow["total"] - without["total"] == pytest.approx(65536 * 8 * 4e-6)
    # TPU v1's matrix unit, shadow weights included, is 24 % of its 331 mm^2 die.
    assert with_shadow["pes"] + with_shadow["shadow_registers"] == pytest.approx(0.24 * 331)
