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
    ops = [norm, Gemm("q", 256, 1024, 1024, dtype="int8"), Gemm("k", 256, 1024, 1024, dtype="int8")]
    plan = plan_residency(_tpu_v1(), ops, {"q": ("norm",), "k": ("norm",)})
    assert plan == (OFF_CHIP, OFF_CHIP, OFF_CHIP)


def test_a_tensor_of_another_shape_is_not_the_next_ops_input():
    ops = [Gemm("a", 256, 1024, 1024, dtype="int8"), Elementwise("e", "relu", 128, 1024, dtype="int8")]
    assert plan_residency(_tpu_v1(), ops, {"e": ("a",)}) == (OFF_CHIP, OFF_CHIP)


def test_a_tensor_too_large_for_the_buffer_spills_and_the_report_says_so():
    hw = _tpu_v1(input_bytes=1 << 20)  # 1 MiB: the 1 MiB intermediate cannot stay
    plan = plan_residency(hw, CHAIN, READS)
    assert plan == (Residency(spilled_bytes=256 * 4096), OFF_CHIP)
    result = simulate_ops(hw, CHAIN, READS, record_timeline=False)
    assert [op.spilled_bytes for op in result.ops] == [256 * 4096, 0]
    from systolic.views.report import run_text

    assert "spilled to DRAM" in run_text(result)


def test_kept_tensors_leave_dram_and_never_make_the_chain_slower():
    kept, dram = (simulate_ops(_tpu_v1(unified_input=on), CHAIN, READS, record_timeline=False)
                  for on in (True, False))
    handed = 256 * 4096
    assert dram.counts.dram_read_bytes - kept.counts.dram_read_bytes >= handed
    assert dram.counts.dram_write_bytes - kept.counts.dram_write_bytes == handed
    assert kept.cycles <= dram.cycles
    assert [(op.kept_input_bytes, op.kept_output_bytes) for op in kept.ops] == [(0, handed),
                                                                               (handed, 0)]


def test_a_unified_buffer_on_several_cores_is_refused_in_one_line():
    with pytest.raises(ConfigError, match=r"unified_input: .*one-core .*cores = 2"):
        hardware.load("tpu-v1", {"core.sram.unified_input": True, "chip.cores": 2})
