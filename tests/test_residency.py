"""Activations kept in a unified buffer between ops (mapping/residency.py)."""

import pytest

from systolic.errors import ConfigError
from systolic.mapping.residency import OFF_CHIP, Residency, plan_residency
from systolic.simulate import simulate_ops
from systolic.spec import hardware
from systolic.spec.workload import Elementwise, Gemm, Norm

CHAIN = [Gemm("up", 256, 4096, 1024, dtype="int8"), Gemm("down", 256, 1024, 4096, dtype="int8")]
READS = {"down": ("up",)}


def _tpu_v1(**fields):
    return hardware.load("tpu-v1", {f"core.sram.{k}": v for k, v in fields.items()})


def test_a_tensor_handed_to_the_next_op_alone_stays_on_chip():
    kept = 256 * 4096
    assert plan_residency(_tpu_v1(), CHAIN, READS) == (Residency(output_bytes=kept),
                                                      Residency(input_bytes=kept))
    assert plan_residency(_tpu_v1(unified_input=False), CHAIN, READS) == (OFF_CHIP, OFF_CHIP)


def test_an_output_another_op_also_reads_goes_through_dram():
    norm = Norm("norm", "rmsnorm", 256, 1024, dtype="int8")
    ops = [norm, Gemm("q", 256, 1024, 1024, dtype="int8"),
           Gemm("k", 256, 1024, 1024, dtype="int8")]
    plan = plan_residency(_tpu_v1(), ops, {"q": ("norm",), "k": ("norm",)})
    assert plan == (OFF_CHIP, OFF_CHIP, OFF_CHIP)


def test_a_tensor_of_another_shape_is_not_the_next_ops_input():
    ops = [Gemm("a", 256, 1024, 1024, dtype="int8"),
           Elementwise("e", "relu", 128, 1024, dtype="int8")]
    assert plan_residency(_tpu_v1(), ops, {"e": ("a",)}) == (OFF_CHIP, OFF_CHIP)


def test_a_tensor_too_large_for_the_buffer_spills_and_the_report_says_so():
    hw = _tpu_v1(input_bytes=1 << 20)  # 1 MiB: the 1 MiB intermediate cannot stay
    plan = plan_residency(hw, CHAIN, READS)
    assert plan == (Residency(spilled_bytes=256 * 4096), OFF_CHIP)
    result = simulate_ops(hw, CHAIN, READS, record_timeline=False)
    assert [op.spilled_bytes for op in result.ops] == [256 * 4096, 0]
    from systolic.views.report import run_text

    assert "spilled to DRAM" in run_text(result)


def test_kept_tensors_leave_dram_and_here_make_the_chain_faster():
    kept, dram = (simulate_ops(_tpu_v1(unified_input=on), CHAIN, READS, record_timeline=False)
                  for on in (True, False))
    handed = 256 * 4096
    assert dram.counts.dram_read_bytes - kept.counts.dram_read_bytes >= handed
    assert dram.counts.dram_write_bytes - kept.counts.dram_write_bytes == handed
    assert kept.cycles < dram.cycles
    assert [(op.kept_input_bytes, op.kept_output_bytes) for op in kept.ops] == [(0, handed),
                                                                               (handed, 0)]


def test_a_unified_buffer_on_several_cores_is_refused_in_one_line():
    with pytest.raises(ConfigError, match=r"unified_input: .*one-core .*cores = 2"):
        hardware.load("tpu-v1", {"core.sram.unified_input": True, "chip.cores": 2})


def test_a_residual_read_the_dependencies_leave_unnamed_keeps_its_source_in_dram():
    # A model's residual add names only the op before it; the residual stream it
    # also reads (o_proj+attn_residual's output, read again by mlp_residual) must
    # be stored, so every byte a later op reads was written.
    from systolic.simulate import simulate_model
    from systolic.spec.models import RunSpec, build

    result = simulate_model(_tpu_v1(), build("gpt2", RunSpec("prefill", seq=64, dtype="int8")),
                            layers=1, record_timeline=False)
    ops = {op.name: op for op in result.ops}
    attn = ops["layer.o_proj+attn_residual"]
    assert attn.kept_output_bytes == 0 and attn.counts.dram_write_bytes == 64 * 768 * 1
    assert ops["layer.up_proj+act"].kept_output_bytes == 64 * 3072  # the MLP's inner tensor stays


def test_only_the_next_ops_first_input_is_handed_on():
    norm = Norm("norm", "rmsnorm", 256, 512, dtype="int8")
    gate = Gemm("gate", 256, 512, 512, dtype="int8")
    up = Gemm("up+act", 256, 512, 512, dtype="int8", epilogue="silu_mul")
    plan = plan_residency(_tpu_v1(), [norm, gate, up], {"gate": ("norm",),
                                                         "up+act": ("norm", "gate")})
    assert plan[1].output_bytes == 0 and plan[2].input_bytes == 0  # gate is up's second input


def test_a_tensor_is_not_kept_where_it_would_shrink_the_tiles():
    # 2 MiB buffers: keeping llama3-8b's 1.75 MiB MLP tensor would force smaller tiles.
    from systolic.simulate import simulate_model
    from systolic.spec.models import RunSpec, build

    small = {f"core.sram.{b}_bytes": 2 << 20 for b in ("input", "weight", "output")}
    runs = [simulate_model(hardware.load("tpu-v1", small | {"core.sram.unified_input": on}),
                           build("llama3-8b", RunSpec("prefill", seq=128, dtype="int8")),
                           layers=1, record_timeline=False) for on in (False, True)]
    assert runs[1].cycles <= runs[0].cycles
    assert sum(op.spilled_bytes for op in runs[1].ops) > 0


def test_keep_output_that_cannot_hold_says_why():
    from systolic.spec.mappings import MappingFile, OpMapping

    hw = _tpu_v1()
    for name, message in (("down", "down is the last op here"),
                          ("up", None)):
        pins = MappingFile("m.toml", {name: OpMapping(name, "m.toml:3", keep_output=True)})
        if message is None:
            assert plan_residency(hw, CHAIN, READS, pins)[0].output_bytes == 256 * 4096
        else:
            with pytest.raises(ConfigError, match=f"m.toml:3: keep_output: {message}"):
                plan_residency(hw, CHAIN, READS, pins)


def test_a_pinned_tile_that_no_longer_fits_beside_a_tensor_spills_it():
    from systolic.spec.mappings import MappingFile, OpMapping

    hw = _tpu_v1(input_bytes=3 << 19)
    # down's A block, 256 x 2048 int8 at 2 stages (1 MiB), fits the 1.5 MiB buffer alone,
    # not beside the 1 MiB tensor up hands on.
    pin = OpMapping("down", "m.toml:1", tile=(256, 64, 2048), loop_order="nmk", split_k=1,
                    transposed=False)
    plan = plan_residency(hw, CHAIN, READS, MappingFile("m.toml", {"down": pin}))
    assert plan[0].spilled_bytes == 256 * 4096 and plan[1].input_bytes == 0


def test_explain_says_what_stayed_on_chip(tmp_path, capsys):
    from systolic.cli import main

    result = tmp_path / "r.json"
    assert main(["run", "--hw", "tpu-v1", "--model", "gpt2", "--seq", "64", "--dtype", "int8",
                 "--layers", "1", "--json", str(result)]) == 0
    capsys.readouterr()
    assert main(["explain", str(result), "layer.down_proj+mlp_residual"]) == 0
    assert "activations: 196608 B of its input read from the unified buffer" in \
        capsys.readouterr().out
