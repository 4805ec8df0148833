"""On-chip dataflow: shadow weight registers and what they change for whole ops."""

import dataclasses

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


def _layer(model: str, phase_spec):
    from systolic.spec.models import build

    return build(model, phase_spec).layer


def test_a_llama_layer_fuses_its_residual_adds_and_swiglu_but_not_rope():
    from systolic.mapping.fusion import fuse_epilogues
    from systolic.spec.models import RunSpec

    layer = _layer("llama2-7b", RunSpec("prefill", seq=64))
    ops, deps = fuse_epilogues(hardware.load("tpu-v4-like"), list(layer.ops), layer.deps)
    assert [op.name for op in ops] == [
        "attn_norm", "q_proj", "k_proj", "v_proj", "rope", "attention", "o_proj+attn_residual",
        "mlp_norm", "gate_proj", "up_proj+act", "down_proj+mlp_residual"]
    assert deps["up_proj+act"] == ("mlp_norm", "gate_proj")  # the gate: the epilogue's input
    assert deps["mlp_norm"] == ("o_proj+attn_residual",)
    assert {op.name: op.epilogue for op in ops if getattr(op, "epilogue", "")} == {
        "o_proj+attn_residual": "add", "up_proj+act": "silu_mul",
        "down_proj+mlp_residual": "add"}


def test_a_gemm_whose_output_has_another_reader_keeps_its_store():
    from systolic.mapping.fusion import fuse_epilogues
    from systolic.spec.workload import Elementwise, Gemm, Norm

    ops = [Gemm("g", 64, 128, 64), Elementwise("relu", "gelu", 64, 128), Norm("n", "rmsnorm", 64, 128)]
    deps = {"relu": ("g",), "n": ("g",)}
    assert fuse_epilogues(hardware.load("tpu-v4-like"), ops, deps) == (ops, {"g": (), "relu": ("g",), "n": ("g",)})


def test_a_fused_residual_add_saves_its_dram_round_trip():
    from systolic.spec.workload import Elementwise, Gemm

    ops = [Gemm("g", 256, 1024, 1024), Elementwise("res", "add", 256, 1024)]
    deps = {"res": ("g",)}
    fused_hw = hardware.load("tpu-v4-like")
    plain_hw = hardware.load("tpu-v4-like", {"core.fuse_epilogues": False})
    fused, plain = simulate_ops(fused_hw, ops, deps), simulate_ops(plain_hw, ops, deps)
    assert [op.name for op in fused.ops] == ["g+res"]
    elements_bytes = 256 * 1024 * 2
    # Unfused: the GEMM's output written, then read with the residual and the sum written.
    # Fused: the residual read with the last K step, the sum written once.
    assert plain.counts.dram_bytes - fused.counts.dram_bytes == 2 * elements_bytes
    assert fused.cycles < plain.cycles
    assert fused.ops[0].counts.vector_ops == 256 * 1024


def test_gpu_presets_run_eager_kernels_unless_asked():
    from systolic.spec.models import RunSpec

    layer = _layer("gpt2", RunSpec("prefill", seq=64))
    eager = simulate_ops(hardware.load("h100"), list(layer.ops), layer.deps,
                         record_timeline=False)
    fused = simulate_ops(hardware.load("h100", {"core.fuse_epilogues": True}), list(layer.ops),
                         layer.deps, record_timeline=False)
    assert "act" in [op.name for op in eager.ops]
    assert "up_proj+act" in [op.name for op in fused.ops]
    assert fused.cycles < eager.cycles


def test_a_split_k_gemm_runs_its_epilogue_after_the_sums():
    from systolic.spec.workload import Elementwise, Gemm

    hw = hardware.load("tpu-v4-like")
    ops = [Gemm("g", 8, 128, 65536), Elementwise("act", "gelu", 8, 128)]
    [fused] = simulate_ops(hw, ops, {"act": ("g",)}).ops
    [alone] = simulate_ops(hw, ops[:1]).ops
    assert fused.counts.vector_ops - alone.counts.vector_ops == 8 * 128 * 8  # gelu: 8 a value


def test_the_tpu_v1_mlp_example_of_the_docs():
    # docs/dataflow-example.md, number by number.
    from systolic.core.timing import gemm_timing
    from systolic.spec.workload import Elementwise, Gemm

    assert gemm_timing(200, 2048, 2048, 256, 256, "ws").cycles == 64 * 966 == 61824
    assert gemm_timing(200, 2048, 2048, 256, 256, "ws", shadow=True).cycles == \
        512 + 31 * 710 + 710 == 23232
    hw = hardware.load("tpu-v1")
    assert round(4 * 2**20 / hw.dram_bytes_per_cycle) == 86353
    ops = [Gemm("fc", 200, 2048, 2048, dtype="int8"), Elementwise("relu", "relu", 200, 2048,
                                                                  dtype="int8")]
    runs = {(fuse, shadow): simulate_ops(hardware.load("tpu-v1", {
        "core.fuse_epilogues": fuse, "array.shadow_registers": shadow,
        "core.sram.unified_input": False}), ops,
        {"relu": ("fc",)}, record_timeline=False)
        for fuse in (False, True) for shadow in (False, True)}
    unfused, fused = runs[(False, True)], runs[(True, True)]
    assert [(op.name, op.cycles) for op in unfused.ops] == [("fc", 106118), ("relu", 18606)]
    assert runs[(False, False)].ops == unfused.ops  # the shadow registers change nothing
    assert unfused.ops[0].breakdown.dram_stall == 84054
    assert unfused.ops[0].counts.dram_read_bytes == 4 * 2**20 + 409600 == 4603904
    assert [(op.name, op.cycles) for op in fused.ops] == [("fc+relu", 106118)]
    assert unfused.cycles == 124724
    assert unfused.counts.dram_bytes - fused.counts.dram_bytes == 819200
    assert round(819200 / hw.dram_bytes_per_cycle) == 16866


def test_the_two_layer_mlp_of_the_docs_keeps_its_activations_on_chip():
    # docs/dataflow-example.md, "Keeping activations on chip".
    from systolic.spec.workload import Elementwise, Gemm

    ops = [Gemm("fc1", 200, 2048, 2048, dtype="int8"),
           Elementwise("relu1", "relu", 200, 2048, dtype="int8"),
           Gemm("fc2", 200, 2048, 2048, dtype="int8"),
           Elementwise("relu2", "relu", 200, 2048, dtype="int8")]
    deps = {"relu1": ("fc1",), "fc2": ("relu1",), "relu2": ("fc2",)}
    dram, kept = (simulate_ops(hardware.load("tpu-v1", {"core.sram.unified_input": unified}),
                               ops, deps, record_timeline=False) for unified in (False, True))
    assert [op.cycles for op in dram.ops] == [106118, 106118] and dram.cycles == 212236
    assert (dram.counts.dram_read_bytes, dram.counts.dram_write_bytes) == (9207808, 819200)
    assert [(op.name, op.cycles) for op in kept.ops] == [("fc1+relu1", 97615),
                                                         ("fc2+relu2", 97685)]
    first, second = kept.ops
    assert first.counts.dram_write_bytes == 0 and first.kept_output_bytes == 409600
    assert second.counts.dram_read_bytes == 4194304 and second.kept_input_bytes == 409600
    assert kept.cycles == 195300 and second.cycles > 86353  # still bound by the weights
    assert dram.counts.dram_read_bytes - kept.counts.dram_read_bytes == 409600
    assert dram.counts.dram_write_bytes - kept.counts.dram_write_bytes == 409600
    # The drain into the unified buffer is SRAM traffic the energy model sees.
    drained = first.counts.sram_input_write_bytes - dram.ops[0].counts.sram_input_write_bytes
    assert drained == 409600


def test_an_epilogues_residual_comes_from_dram_even_beside_a_shared_level():
    from systolic.spec.workload import Gemm

    hw = hardware.load("h100", {"core.fuse_epilogues": True})
    plain, fused = (simulate_ops(hw, [Gemm("g", 2048, 4096, 1024, epilogue=e)], fuse=False,
                                 record_timeline=False).ops[0] for e in ("", "add"))
    residual = 2048 * 4096 * 2
    assert fused.counts.dram_read_bytes >= residual  # never an L2 hit, never multicast
    assert fused.counts.sram_input_write_bytes - plain.counts.sram_input_write_bytes >= residual


def test_a_gemm_that_would_not_fit_beside_its_residual_stays_unfused():
    # h100's kernels have fixed tile shapes: shrink the input buffer until its
    # least tile fits alone but not beside the residual's block.
    from systolic.mapping.tiling import can_tile
    from systolic.spec.workload import Elementwise, Gemm

    gemm, add = Gemm("g", 4096, 4096, 4096), Elementwise("e", "add", 4096, 4096)
    for kib in range(1, 256):
        hw = hardware.load("h100", {"core.fuse_epilogues": True,
                                    "core.sram.input_bytes": kib * 1024})
        if can_tile(hw, gemm) and not can_tile(hw, dataclasses.replace(gemm, epilogue="add")):
            break
    else:
        raise AssertionError("no such buffer size")
    assert [op.name for op in simulate_ops(hw, [gemm, add], {"e": ("g",)},
                                           record_timeline=False).ops] == ["g", "e"]
