"""The train phase: its ops count what the published formulas count, and
mixed-precision Adam's memory divides as ZeRO's stages divide it."""

from __future__ import annotations

import pytest

from systolic.cli import main
from systolic.spec import models
from systolic.spec.configs import load_config, shape_of
from systolic.spec.training import adam_state_bytes, gradient_ops, kept_activation_bytes
from systolic.spec.workload import Attention, Elementwise, Gemm

BATCH, SEQ = 2, 1024


def _macs(workload: models.ModelWorkload) -> float:
    def total(trace):
        return sum(getattr(op, "macs", 0) for op in trace.ops)
    return total(workload.embedding) + workload.shape.layers * total(workload.layer) + \
        total(workload.tail)


def _expected_macs(name: str, recompute: bool) -> float:
    """From the config alone: 3 x (2 N T) / 2 MACs for the active non-embedding
    weights N (forward, data and weight gradients), the LM head on every
    token likewise, and attention's score-sized products: two forward, five
    backward (FlashAttention-2 recomputes the scores); a full recompute adds
    one more forward of the layers."""
    shape = shape_of(load_config(name)[1], name)
    d, head_dim, tokens = shape.hidden, shape.hidden // shape.heads, BATCH * SEQ
    attention_weights = d * shape.heads * head_dim * 2 + 2 * d * shape.kv_heads * head_dim
    mlp = (3 if shape.family == "llama" else 2) * d * shape.ffn
    experts = shape.top_k if shape.experts > 1 else 1
    router = d * shape.experts if shape.experts > 1 else 0
    per_layer = attention_weights + experts * mlp + router
    scores = BATCH * shape.heads * SEQ * SEQ * head_dim
    layer_forward = per_layer * tokens + 2 * scores
    layers = shape.layers * (3 * per_layer * tokens + 7 * scores
                             + (layer_forward if recompute else 0))
    return layers + 3 * d * shape.vocab * tokens


@pytest.mark.parametrize("name", ["llama2-7b", "gpt2", "mixtral-8x7b"])
@pytest.mark.parametrize("recompute", ["none", "full"])
def test_training_macs_follow_the_formula(name, recompute):
    workload = models.build(name, models.RunSpec("train", batch=BATCH, seq=SEQ,
                                                 recompute=recompute))
    assert _macs(workload) == pytest.approx(_expected_macs(name, recompute == "full"), rel=0.01)


def test_a_weight_gemm_has_its_two_gradients_with_true_shapes():
    dgrad, wgrad = gradient_ops(Gemm("up", 512, 11008, 4096))
    assert (dgrad.m, dgrad.n, dgrad.k, dgrad.weights) == (512, 4096, 11008, True)
    assert (wgrad.m, wgrad.n, wgrad.k, wgrad.weights) == (4096, 11008, 512, False)


def test_fused_attention_backward_is_five_products():
    forward = Attention("a", 1, 32, 8, 128, 2048, 2048)
    (backward,) = gradient_ops(forward)
    assert backward.backward and backward.macs == pytest.approx(2.5 * forward.macs)
    assert backward.min_bytes > forward.min_bytes


def test_the_optimizer_step_reads_and_writes_what_adamw_does():
    workload = models.build("gpt2", models.RunSpec("train", seq=128))
    step = workload.tail.ops[-1]
    parameters = models.parameter_count(models.build("gpt2", models.RunSpec("prefill")))
    assert isinstance(step, Elementwise) and step.op == "adamw"
    assert step.elements == parameters
    assert step.min_bytes == 28 * parameters  # fp32: weight, grad, m, v in; weight, m, v out
    sgd = models.build("gpt2", models.RunSpec("train", seq=128, optimizer="sgd")).tail.ops[-1]
    assert sgd.min_bytes == 12 * parameters


@pytest.mark.parametrize("stage,expected", [(0, 16), (1, 4 + 12 / 8), (2, 2 + 14 / 8),
                                            (3, 16 / 8)])
def test_zero_stages_divide_memory_as_published(stage, expected):
    """ZeRO (Rajbhandari et al. 2020, figure 1): 2 + 2 + 12 bytes a parameter,
    over N_d = 8 replicas."""
    parts = adam_state_bytes(1000, stage, 8)
    assert sum(parts.values()) == pytest.approx(expected * 1000)


def test_train_runs_from_the_command_line(capsys):
    assert main(["run", "--hw", "h100", "--model", "gpt2", "--phase", "train",
                 "--seq", "256", "--recompute", "full"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("gpt2 (train, batch 1, seq 256")
    assert "recompute.qkv_proj" in out and "optimizer" in out
    hfu = float(out.split("utilization")[1].split("%")[0])
    mfu = float(out.split("model FLOPs util.")[1].split("%")[0])
    assert 0 < mfu < hfu  # the recomputed forward is hardware work, not model work


@pytest.mark.parametrize("argv,message", [
    (["--phase", "prefill", "--optimizer", "sgd"], "--optimizer: applies to --phase train"),
    (["--phase", "train", "--kv-len", "64"], "--kv-len: applies to --phase decode only"),
    (["--phase", "decode", "--dp", "2"], "--dp: applies to --phase train only"),
])
def test_train_options_are_refused_elsewhere(capsys, argv, message):
    assert main(["run", "--hw", "h100", "--model", "gpt2", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_bert_has_no_train_phase(capsys):
    assert main(["run", "--hw", "h100", "--model", "bert-base", "--phase", "train"]) == 2
    assert "only prefill applies" in capsys.readouterr().err


def test_data_parallel_gradients_overlap_the_backward():
    """A layer's gradient all-reduce runs beside the next layer's backward:
    on one H100's link it is shorter than a layer's backward, so a layer
    takes no longer than without data parallelism; its bytes are the
    layer's bf16 gradients. The embedding's gradients are done last, so
    their all-reduce adds its own time to the step."""
    from systolic.simulate import simulate_model
    from systolic.spec import hardware
    hw = hardware.load("h100")

    def step(**fields):
        spec = models.RunSpec("train", seq=512, **fields)
        workload = models.build("gpt2-medium", spec)
        return workload, simulate_model(hw, workload, record_timeline=False,
                                        allow_over_capacity=True)

    alone, one = step()
    replicated, eight = step(dp=8)
    (reduce,) = [op for op in replicated.layer.ops if op.name == "grad_allreduce"]
    layer_weights = sum(op.k * op.n for op in alone.layer.ops
                        if isinstance(op, Gemm) and op.weights and op.name.endswith("_proj"))
    assert reduce.bytes == pytest.approx(2 * layer_weights, rel=0.01)
    assert eight.model.layer_cycles == pytest.approx(one.model.layer_cycles, rel=0.005)
    (ends,) = [op for op in eight.ops if op.name == "ends_grad_allreduce"]
    assert ends.cycles > 0
    assert eight.cycles == pytest.approx(one.cycles + ends.cycles, rel=0.005)
    _, sharded = step(dp=8, zero=3)
    assert sharded.footprint.weight_bytes < one.footprint.weight_bytes / 7


@pytest.mark.parametrize("recompute,expected", [
    ("none", lambda s, b, h, a: 32 * s * b * h + 2 * a * s * s * b),
    ("selective", lambda s, b, h, a: 32 * s * b * h),
    ("full", lambda s, b, h, a: 2 * s * b * h)])
def test_kept_activations_match_korthikanti_without_dropout(recompute, expected):
    """Korthikanti et al. 2022 (table 2): 34 s b h + 5 a s^2 b bytes a layer
    with 16-bit activations and dropout; no dropout here leaves out its
    masks and outputs (2 s b h and 3 a s^2 b)."""
    spec = models.RunSpec("train", batch=2, seq=1024, fused_attention=False,
                          recompute=recompute)
    workload = models.build("gpt2", spec)
    forward = models.layer_trace(workload.shape, spec, workload.tokens)
    shape = workload.shape
    assert kept_activation_bytes(forward, recompute) == expected(1024, 2, shape.hidden,
                                                                 shape.heads)


def test_a_train_trace_keeps_its_backward_ops(tmp_path):
    """Written and read back, a train step's trace holds the same ops (the
    attention backward included), so ``run --trace`` simulates the same work."""
    from systolic.spec import traces
    path = tmp_path / "train.jsonl"
    assert main(["trace", "--model", "gpt2", "--phase", "train", "--seq", "128",
                 "-o", str(path)]) == 0
    ops = traces.read_trace(path).ops
    assert sum(1 for op in ops if isinstance(op, Attention) and op.backward) == 12
    assert any(isinstance(op, Elementwise) and op.op == "adamw" for op in ops)


def test_tensor_parallel_training_shards_the_step(capsys):
    assert main(["run", "--hw", "h100", "--model", "gpt2", "--phase", "train", "--seq", "256",
                 "--tp", "2"]) == 0
    assert "attn_allreduce.bwd" in capsys.readouterr().out
