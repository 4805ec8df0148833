"""Autocast precision (spec/autocast.py), its memory, and the training-step comparison."""

import csv
import shutil
from pathlib import Path

import pytest

from systolic.apps.gpu import train_compare
from systolic.apps.gpu.train_measure import CASES, HELDOUT_MODELS, kernel_phases
from systolic.spec import models, training
from systolic.spec.workload import Elementwise, Gemm

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "workloads" / "gpu" / "h200-train"


def _layer(model="llama3.2-1b", precision="autocast"):
    spec = models.RunSpec(phase="train", batch=1, seq=128, precision=precision)
    return models.build(model, spec).layer


def test_llama_layer_casts_each_weight_once_and_each_norm_output_per_reader():
    names = [op.name for op in _layer().ops]
    weights = [n for n in names if n.endswith(".cast_w")]
    inputs = [n for n in names if n.endswith(".cast_x")]
    assert len(weights) == 7  # q, k, v, o, gate, up, down
    assert sorted(n.split(".")[0] for n in inputs) == ["gate_proj", "k_proj", "q_proj",
                                                      "up_proj", "v_proj"]


def test_every_cast_has_its_backward_cast_the_other_way():
    ops = {op.name: op for op in _layer().ops}
    for name, op in ops.items():
        if isinstance(op, Elementwise) and op.op == "cast_down" and ".bwd" not in name:
            back = ops[f"{name}.bwd"]
            assert back.op == "cast_up" and back.elements == op.elements


def test_norm_gradients_are_summed_over_its_readers_in_fp32():
    ops = {op.name: op for op in _layer().ops}
    sums = [n for n in ops if n.startswith("attn_norm.bwd.sum")]
    assert len(sums) == 2 and all(ops[n].dtype == "fp32" for n in sums)  # q, k, v read it
    assert ops["attn_norm"].dtype == "fp32" and ops["attn_residual"].op == "add_mixed"


def test_master_precision_keeps_the_bf16_graph():
    names = [op.name for op in _layer(precision="master").ops]
    assert not any(".cast" in n for n in names)
    assert all(op.dtype == "bf16" for op in _layer(precision="master").ops
               if isinstance(op, Gemm))


def test_mixed_dtype_ops_are_priced_in_bytes_of_both_dtypes():
    assert Elementwise("c", "cast_down", 10, 10, "fp32").min_bytes == 100 * (4 + 2)
    assert Elementwise("c", "cast_up", 10, 10, "fp32").min_bytes == 100 * (2 + 4)
    assert Elementwise("a", "add_mixed", 10, 10, "fp32").min_bytes == 100 * (4 + 2 + 4)


def test_autocast_memory_is_the_larger_end_of_the_backward():
    state = training.adam_state_bytes(1000, 0, 1, "autocast")
    assert state == {"weights": 4000, "copies": 2000, "gradients": 4000, "optimizer": 8000}
    end = training.step_memory_bytes(state, 500, "autocast")  # the gradients' end is larger
    assert end == {"weights": 4000, "gradients": 4000, "optimizer": 8000, "activations": 0}
    start = training.step_memory_bytes(state, 5000, "autocast")
    assert start == {"weights": 6000, "gradients": 0, "optimizer": 8000, "activations": 5000}
    master = training.adam_state_bytes(1000, 0, 1)
    assert training.step_memory_bytes(master, 500, "master") == {
        "weights": 2000, "gradients": 2000, "optimizer": 12000, "activations": 500}
    sharded = training.adam_state_bytes(1000, 3, 4, "autocast")
    assert sharded["copies"] == 500 and sharded["optimizer"] == 2000


def test_unknown_precision_is_refused_in_one_line():
    with pytest.raises(Exception, match="precision: expected one of master, autocast"):
        models.build("gpt2", models.RunSpec(phase="train", precision="fp64"))


def test_kernel_families_by_name():
    assert train_compare.kernel_family("nvjet_sm90_tst_256x128_64x4_1x2_h_bz_coopA_NNT") == "gemm"
    assert train_compare.kernel_family("cudnn_generated_fort_native_sdpa_sm90_flash_bprop") \
        == "attention"
    assert train_compare.kernel_family("void at::native::multi_tensor_apply_kernel<Fused>") \
        == "optimizer"
    assert train_compare.kernel_family("vectorized_elementwise_kernel<bfloat16_copy_kernel_cuda>") \
        == "cast"
    assert train_compare.kernel_family("GeluBackwardCUDAKernelImpl") == "elementwise"


def test_kernels_are_given_the_phase_that_launched_them():
    events = [{"cat": "user_annotation", "name": "phase:forward", "ts": 0, "dur": 10},
              {"cat": "user_annotation", "name": "phase:backward", "ts": 10, "dur": 10},
              {"cat": "cuda_runtime", "ts": 2, "args": {"correlation": 1}},
              {"cat": "cuda_driver", "ts": 12, "args": {"correlation": 2}},
              {"cat": "kernel", "name": "k", "dur": 5, "args": {"correlation": 1}},
              {"cat": "kernel", "name": "k", "dur": 7, "args": {"correlation": 2}},
              {"cat": "kernel", "name": "k", "dur": 1, "args": {"correlation": 3}}]
    rows = {r["phase"]: r for r in kernel_phases(events)}
    assert rows["forward"]["total_us"] == 5 and rows["backward"]["total_us"] == 7
    assert rows["unattributed"]["calls"] == 1


def test_the_measured_split_holds_out_whole_models_a_third_or_more():
    with (DATA / "train_steps.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    held = {r["model"] for r in rows if r["split"] == "heldout"}
    calibration = {r["model"] for r in rows if r["split"] == "calibration"}
    assert held == set(HELDOUT_MODELS) and not held & calibration
    assert 3 * sum(r["split"] == "heldout" for r in rows) >= len(rows)
    assert len(rows) == 2 * len(CASES) and not any(r["error"] for r in rows)


def test_validate_train_recomputes_its_errors(tmp_path):
    with (DATA / "train_steps.csv").open() as handle:
        rows = [r for r in csv.DictReader(handle) if r["model"] == "gpt2"
                and r["batch"] == "16"]
    with (tmp_path / "train_steps.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    shutil.copy(DATA / "metadata.json", tmp_path)
    from systolic.spec import hardware
    records = train_compare.compare(hardware.load("h200"), tmp_path)
    assert len(records) == 2
    found = train_compare.figures(records)["calibration"]
    expected = 100 * sum(abs(r.predicted_ms / r.measured_ms - 1) for r in records) / 2
    assert found["step"] == pytest.approx(expected)
    assert found["gemm"] is None  # no kernel file: no family figures
    assert found["step"] < 25  # the autocast model is near the measured step
