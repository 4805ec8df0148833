"""Memory capacity: every model run's footprint per chip, against the chip's DRAM."""

import json
import math

import pytest

from systolic.cli import main
from systolic.errors import CapacityError
from systolic.results import MemoryFootprint
from systolic.simulate import simulate_gemm, simulate_model
from systolic.spec import capacity, hardware, models, presets
from systolic.views import memory, report

GIB = 2**30
# Public figures each preset's capacity comes from (its comment names the source).
CAPACITIES = {"h100": 80 * GIB, "a100": 80 * GIB, "h200": 143771 * 2**20,
              "tpu-v4-like": 32 * GIB, "tpu-v1": 8 * GIB,
              "scalesim-default": 8 * GIB, "teach-4x4": 1 * GIB, "teach-8x8": 1 * GIB}
LLAMA2_70B_DECODE = ["run", "--hw", "tpu-v4-like", "--model", "llama2-70b",
                     "--phase", "decode"]


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("name", presets.preset_names())
def test_every_shipped_preset_gives_its_capacity_with_a_source(name):
    text = presets.preset_file_text(name)
    [line] = [line for line in text.splitlines() if line.startswith("capacity_bytes")]
    assert "#" in line  # a source, or "assumed"
    assert hardware.load(name).memory.capacity_bytes == CAPACITIES[name]


def test_a_user_file_may_leave_capacity_out_and_then_nothing_is_refused(tmp_path):
    text = presets.preset_file_text("tpu-v4-like").replace(
        "capacity_bytes = 34359738368", "")
    path = tmp_path / "mine.toml"
    path.write_text(text)
    hw = hardware.load(str(path))
    assert hw.memory.capacity_bytes == 0
    workload = models.build("llama2-70b", models.RunSpec(phase="decode"))
    footprint = capacity.footprint(hw, workload)
    assert not footprint.over_capacity
    capacity.check(footprint, hw, workload)  # no error
    assert memory.footprint_line(footprint).endswith("; capacity not given")


def test_a_negative_capacity_is_refused_naming_the_field():
    with pytest.raises(Exception, match=r"\[memory\] capacity_bytes: expected a non-negative "
                                        r"integer, got -1"):
        hardware.load("teach-4x4", {"memory.capacity_bytes": -1})


def test_footprint_formulas_for_llama2_70b_decode_at_tp_8():
    hw = hardware.load("tpu-v4-like")
    spec = models.RunSpec(phase="decode", batch=2, kv_len=1024, tp=8)
    workload = models.build("llama2-70b", spec)
    footprint = capacity.footprint(hw, workload)
    parameters = models.parameter_count(models.build("llama2-70b", models.RunSpec()))
    assert footprint.weight_bytes == math.ceil(parameters * 2 / 8)
    # 2 x 80 layers x (8 KV heads / 8) x 128 head dim x 1024 tokens x 2 sequences x 2 bytes
    assert footprint.kv_cache_bytes == 2 * 80 * 1 * 128 * 1024 * 2 * 2
    # The largest op is the output projection: 2 tokens x (8192 in + 32000 logits) x 2 B
    # (silu_mul's 3 x 2 x 28672/8 x 2 B is less), beside the residual, 2 x 8192 x 2 B.
    assert footprint.activation_bytes == 2 * (8192 + 32000) * 2 + 2 * 8192 * 2
    assert footprint.capacity_bytes == 32 * GIB
    assert footprint.total_bytes == (footprint.weight_bytes + footprint.kv_cache_bytes
                                     + footprint.activation_bytes)


def test_int8_weights_halve_the_weights_and_one_layer_alone_counts_one_layer():
    hw = hardware.load("tpu-v4-like")
    bf16 = capacity.footprint(hw, models.build("llama2-7b", models.RunSpec(phase="decode")))
    int8 = capacity.footprint(hw, models.build("llama2-7b", models.RunSpec(
        phase="decode", weight_dtype="int8")))
    assert int8.weight_bytes * 2 == bf16.weight_bytes
    layer = capacity.footprint(hw, models.build("llama2-7b", models.RunSpec(phase="decode")),
                               layers=1)
    # One layer: q, k, v, o (4 x 4096^2), gate, up, down (3 x 4096 x 11008), two norms.
    assert layer.weight_bytes == (4 * 4096**2 + 3 * 4096 * 11008 + 2 * 4096) * 2
    assert layer.kv_cache_bytes * 32 == bf16.kv_cache_bytes


def test_unfused_attention_counts_its_scores_through_dram():
    hw = hardware.load("tpu-v4-like")
    fused = capacity.footprint(hw, models.build("gpt2", models.RunSpec(seq=1024)))
    unfused = capacity.footprint(hw, models.build("gpt2", models.RunSpec(
        seq=1024, fused_attention=False)))
    # 12 heads x 1024 x 1024 scores and as many probabilities, 2 bytes each, beside Q and O.
    assert unfused.activation_bytes > fused.activation_bytes
    assert unfused.activation_bytes == (2 * 12 * 1024 * 1024 * 2 + 2 * 12 * 1024 * 64 * 2
                                        + 1024 * 768 * 2)


def test_over_capacity_is_refused_before_simulating_naming_the_numbers_and_ways_out(capsys):
    code, out, err = run(capsys, *LLAMA2_70B_DECODE)
    assert code == 2 and out == ""
    assert err == (
        "systolic: error: capacity: llama2-70b needs 128.6 GiB of DRAM per chip (weights "
        "128.5 GiB, KV cache 160.0 MiB, activations 184.0 KiB), over the 32.0 GiB of "
        "tpu-v4-like ([memory] capacity_bytes); use a larger --tp (now 1), a lower "
        "--weight-dtype (int8), or --allow-over-capacity to simulate it anyway\n")


def test_the_refusal_names_a_smaller_batch_when_there_is_one():
    hw = hardware.load("tpu-v4-like")
    workload = models.build("llama2-7b", models.RunSpec(phase="decode", batch=16,
                                                        kv_len=4096))
    with pytest.raises(CapacityError, match=r"a smaller --batch \(now 16\)"):
        simulate_model(hw, workload)


def test_at_tp_8_llama2_70b_fits_and_the_report_says_how_much(capsys, tmp_path):
    out_json = tmp_path / "r.json"
    code, out, err = run(capsys, *LLAMA2_70B_DECODE, "--tp", "8", "--json", str(out_json))
    assert code == 0 and err == ""
    assert ("  memory per chip      16.1 GiB of 32.0 GiB (50 %): weights 16.1 GiB, KV cache "
            "20.0 MiB, activations 94.5 KiB\n") in out
    footprint = json.loads(out_json.read_text())["footprint"]
    assert footprint["capacity_bytes"] == 32 * GIB and footprint["over_capacity"] is False
    assert footprint["total_bytes"] == (footprint["weight_bytes"] + footprint["kv_cache_bytes"]
                                        + footprint["activation_bytes"])


def test_allow_over_capacity_simulates_and_marks_the_report_and_json(capsys, tmp_path):
    out_json = tmp_path / "r.json"
    code, out, err = run(capsys, *LLAMA2_70B_DECODE, "--allow-over-capacity",
                         "--json", str(out_json))
    assert code == 0 and err == ""
    assert ("memory per chip      128.6 GiB of 32.0 GiB (402 %): weights 128.5 GiB, KV cache "
            "160.0 MiB, activations 184.0 KiB; OVER CAPACITY, simulated anyway "
            "(--allow-over-capacity)") in out
    result = json.loads(out_json.read_text())
    assert list(result)[:6] == ["schema", "kind", "provenance", "hardware", "settings",
                                "footprint"]
    assert result["footprint"]["over_capacity"] is True


def test_a_gemm_carries_no_footprint():
    result = simulate_gemm(hardware.load("teach-4x4"), 4, 4, 4)
    assert result.footprint is None and "footprint" not in report.run_dict(result)


def test_the_record_is_over_capacity_only_past_a_known_capacity():
    assert MemoryFootprint(10, 0, 0, 9).over_capacity
    assert not MemoryFootprint(9, 0, 0, 9).over_capacity
    assert not MemoryFootprint(10, 0, 0, 0).over_capacity


@pytest.mark.parametrize("size, text", [(0, "0 B"), (1023, "1023 B"), (1024, "1.0 KiB"),
                                        (32 * GIB, "32.0 GiB"), (3 * 2**40, "3.0 TiB")])
def test_sizes_read_with_binary_prefixes(size, text):
    assert capacity.size_text(size) == text


def test_the_refusal_comes_before_anything_is_simulated(monkeypatch):
    import systolic.simulate

    def never(*_, **__):
        raise AssertionError("simulated an over-capacity run")

    monkeypatch.setattr(systolic.simulate, "simulate_ops", never)
    workload = models.build("llama2-70b", models.RunSpec(phase="decode"))
    with pytest.raises(CapacityError):
        simulate_model(hardware.load("tpu-v4-like"), workload)


def test_allow_over_capacity_is_refused_for_a_trace(capsys, tmp_path):
    trace = tmp_path / "t.jsonl"
    trace.write_text('{"name": "g", "kind": "gemm", "m": 4, "n": 4, "k": 4}\n')
    code, out, err = run(capsys, "run", "--hw", "teach-4x4", "--trace", str(trace),
                         "--allow-over-capacity")
    assert code == 2 and out == ""
    assert err == ("systolic: error: --allow-over-capacity: applies to --model only (a trace "
                   "run has no memory footprint)\n")
