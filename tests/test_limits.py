"""Valid ranges and work limits (issue 14, item 1): exact messages, checked
before any work starts; and fp32 GEMMs with unaligned dims on h100."""

from __future__ import annotations

import json
import math
import time

import pytest

from systolic.errors import ConfigError, TraceError
from systolic.mapping import limits
from systolic.mapping.gemm import map_gemm
from systolic.mapping.tiling import choose_tiles
from systolic.spec import configs, hardware, models, traces
from systolic.spec.fields import DIMENSION, POSITIVE_INT, bounded, from_text
from systolic.spec.workload import Attention, Gemm

INT32_WHY = "2**31, the largest extent an int32 index addresses"


# --- the schema's ranges -------------------------------------------------------------

@pytest.mark.parametrize("override, message", [
    ({"chip.clock_hz": 1e-30},
     "tpu-v1.toml: [chip] clock_hz: expected a number from 1000000 to 1e+11 (1 MHz to "
     "100 GHz: below any accelerator's clock, above any CMOS one), got 1e-30"),
    ({"chip.clock_hz": math.inf},
     "tpu-v1.toml: [chip] clock_hz: expected a number from 1000000 to 1e+11 (1 MHz to "
     "100 GHz: below any accelerator's clock, above any CMOS one), got inf"),
    ({"memory.dram_bandwidth_bytes_per_s": 1e16},
     "tpu-v1.toml: [memory] dram_bandwidth_bytes_per_s: expected a positive number of at "
     "most 1e+15 or inf for no limit (1 PB/s; HBM3e gives 8 TB/s), got 1e+16"),
    ({"chip.link_bandwidth_bytes_per_s": math.inf},
     "tpu-v1.toml: [chip] link_bandwidth_bytes_per_s: expected a non-negative number of at "
     "most 1e+15 (1 PB/s; NVLink 5 gives 1.8 TB/s), got inf"),
    ({"array.rows": 10**6},
     "tpu-v1.toml: [array] rows: expected a positive integer of at most 65536 (2**16 PEs a "
     "side; the largest arrays built are TPU v1's 256 x 256), got 1000000"),
    ({"chip.cores": 10**9},
     "tpu-v1.toml: [chip] cores: expected a positive integer of at most 16384 (2**14 "
     "cores; a Graphcore IPU's 1472 are among the most modelled one by one, an H100 has "
     "132), got 1000000000"),
    ({"core.sram.input_bytes": 2**41},
     "tpu-v1.toml: [core.sram] input_bytes: expected a positive integer of at most "
     "1099511627776 (1 TiB; a Cerebras WSE-3 holds 44 GB of SRAM on its whole wafer), "
     "got 2199023255552"),
    ({"chip.clock_hz": math.nan},
     "tpu-v1.toml: [chip] clock_hz: expected a positive number, got nan"),
    ({"array.rows": 0}, "tpu-v1.toml: [array] rows: expected a positive integer, got 0"),
])
def test_physical_quantities_out_of_range_are_refused_with_the_bound(override, message):
    with pytest.raises(ConfigError) as caught:
        hardware.load("tpu-v1", override)
    assert str(caught.value) == message


def test_unlimited_ports_and_dram_stay_valid_and_every_preset_lies_in_range():
    assert hardware.load("tpu-v1", {"core.sram.port_bytes_per_cycle": math.inf})
    assert hardware.load("tpu-v1", {"memory.dram_bandwidth_bytes_per_s": math.inf})
    for name in ("tpu-v1", "tpu-v4-like", "h100", "teach-4x4", "teach-8x8",
                 "scalesim-default"):
        assert hardware.load(name).name == name


def test_a_bounded_check_keeps_the_base_rule_and_its_least_value():
    check = bounded(POSITIVE_INT, high=8, why="eight")
    assert check(8) and not check(9) and not check(0) and not check(True)
    assert check.message(0) == "expected a positive integer, got 0"
    assert check.message(9) == "expected a positive integer of at most 8 (eight), got 9"
    assert check.least == 1


def test_command_line_sizes_are_bounded_in_the_words_of_the_schema():
    assert from_text("2147483648", int, DIMENSION) == 2**31
    with pytest.raises(ValueError) as caught:
        from_text("1000000000000", int, DIMENSION)
    assert str(caught.value) == (f"expected a positive integer of at most 2147483648 "
                                 f"({INT32_WHY}), got 1000000000000")
    with pytest.raises(ValueError) as caught:
        from_text("x", int, DIMENSION)
    assert str(caught.value) == "expected a positive integer, got 'x'"


def test_a_trace_op_with_a_huge_dimension_names_line_and_field(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"name": "g", "kind": "gemm", "M": 10**30, "N": 8, "K": 8})
                    + "\n")
    start = time.perf_counter()
    with pytest.raises(TraceError) as caught:
        traces.read_trace(path)
    assert time.perf_counter() - start < 5
    assert str(caught.value) == (f"t.jsonl:1: M: expected a positive integer of at most "
                                 f"2147483648 ({INT32_WHY}), got {10**30}")


@pytest.mark.parametrize("change, message", [
    ({"hidden_size": 10**9},
     "m.json: hidden_size: expected a positive integer of at most 1048576 (2**20; the "
     "widest published model, PaLM, has 18432), got 1000000000"),
    ({"num_hidden_layers": 2**31},
     "m.json: num_hidden_layers: expected a positive integer of at most 65536 (2**16 "
     "layers; the deepest published model, Llama 3.1 405B, has 126), got 2147483648"),
    ({"vocab_size": 2**31},
     "m.json: vocab_size: expected a positive integer of at most 16777216 (2**24 tokens; "
     "the largest vocabularies have 256000), got 2147483648"),
    ({"num_attention_heads": 3},
     "m.json: num_attention_heads: expected a divisor of hidden_size (4096), got 3"),
    ({"num_key_value_heads": 5},
     "m.json: num_key_value_heads: expected a divisor of num_attention_heads (32), got 5"),
])
def test_model_configs_have_ranges_and_blame_the_right_field(tmp_path, change, message):
    config = json.loads((configs.MODELS_DIR / "llama2-7b.json").read_text())
    path = tmp_path / "m.json"
    path.write_text(json.dumps({**config, **change}))
    with pytest.raises(ConfigError) as caught:
        models.build(str(path), models.RunSpec())
    assert str(caught.value) == message


# --- the work estimate -----------------------------------------------------------------

def test_the_tile_limit_admits_the_largest_shipped_op():
    hw = hardware.load("tpu-v1")
    workload = models.build("llama2-70b", models.RunSpec(seq=131072, kv_len=131072))
    [attention] = [op for op in workload.layer.ops if isinstance(op, Attention)]
    from systolic.mapping.attention import _block_sizes, _visible_kv_blocks
    tq, tkv = _block_sizes(hw, attention)
    rows = attention.group * attention.q_len
    blocks = sum(len(_visible_kv_blocks(attention, q0, min(q0 + tq, rows), tkv))
                 for q0 in range(0, rows, tq))
    assert attention.kv_heads * blocks == 2113536 < limits.MAX_TILES == 2_500_000
    assert limits.BYTES_PER_TILE == 1600


def test_a_gemm_past_the_budget_is_refused_before_any_tile_is_built():
    hw = hardware.load("tpu-v4-like")
    start = time.perf_counter()
    with pytest.raises(ConfigError) as caught:
        map_gemm(hw, Gemm("", 2**31, 65536, 8))
    assert time.perf_counter() - start < 5
    assert str(caught.value) == (
        "the 2147483648x65536x8 GEMM would need 134,217,728 tiles, about 200 GiB of "
        "memory; the limit is 2,500,000 tiles (about 3.73 GiB): use smaller "
        "dimensions, or split the GEMM into several ops")


def test_a_huge_gemm_gives_its_count_in_powers_of_ten():
    hw = hardware.load("tpu-v4-like")
    with pytest.raises(ConfigError) as caught:
        map_gemm(hw, Gemm("big", 2**31, 2**31, 2**31))
    assert str(caught.value).startswith("big would need 4.61e+18 tiles, about 6.87e+12 GiB")


def test_attention_past_the_budget_is_refused_by_its_query_blocks():
    hw = hardware.load("tpu-v4-like")
    op = Attention("", batch=64, heads=64, kv_heads=8, head_dim=128, q_len=10**6,
                   kv_len=10**6, causal=True)
    from systolic.mapping.attention import map_fused
    with pytest.raises(ConfigError) as caught:
        map_fused(hw, op)
    assert str(caught.value) == (
        "the attention of 64 x 64 heads, 1000000 x 1000000 positions would need "
        "8,000,000 tiles, about 11.9 GiB of memory; the limit is 2,500,000 tiles "
        "(about 3.73 GiB): use a shorter sequence or a smaller batch")


# --- SRAM too small, and the fp32 fallback kernels ------------------------------------

def test_sram_too_small_names_the_op_and_the_fields_not_the_file():
    hw = hardware.load("tpu-v1", {f"core.sram.{b}_bytes": 1024
                                  for b in ("input", "weight", "output")})
    with pytest.raises(ConfigError) as caught:
        map_gemm(hw, Gemm("", 64, 64, 64, dtype="int8"))
    assert str(caught.value) == (
        "SRAM too small for a single fold of the 64x64x64 GEMM (2 buffered 1x64x64 tiles "
        "of int8): tpu-v1's [core.sram] weight_bytes 1024 < 8192 (raise them in the "
        "machine's file or with --sram-kb)")


def test_unaligned_fp32_gemms_run_on_h100_with_fewer_stages():
    hw = hardware.load("h100")
    op = Gemm("", 4095, 4095, 4095, dtype="fp32")
    choice = choose_tiles(hw, op)
    assert (choice.tm, choice.tn) == (128, 128)  # the fallback kernels' only shape
    assert sum(map(len, map_gemm(hw, op).cores)) == 32 * 32


def test_gemms_that_fit_at_the_machine_stages_keep_their_tiles():
    hw = hardware.load("h100")
    aligned = choose_tiles(hw, Gemm("", 4096, 4096, 4096, dtype="fp32"))
    assert (aligned.tm, aligned.tn) != (128, 128) or aligned.tk <= 4096
    unaligned_bf16 = choose_tiles(hw, Gemm("", 4095, 4097, 1023))
    assert (unaligned_bf16.tm, unaligned_bf16.tn) == (128, 128)
