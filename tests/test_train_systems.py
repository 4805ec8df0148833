"""A train step on a system of chips (parallel.py, pipeline.py): 1F1B and interleaved
schedules, gradient accumulation, ZeRO over the layout's replicas, memory by kind,
and ``plan --phase train``, against figures derived by hand."""

import dataclasses

import pytest

from systolic.apps import parallel, pipeline
from systolic.apps import plan as planner
from systolic.cli import main
from systolic.errors import ConfigError
from systolic.simulate import simulate_model
from systolic.spec import capacity, hardware, models, systems, training
from systolic.spec.layouts import Layout, parse_layout

TRAIN = models.RunSpec(phase="train", batch=8, seq=128)


def one_level(chip: str, chips: int) -> systems.System:
    """``chips`` copies of ``chip`` on a switch of its own link figures."""
    hw = hardware.load(chip)
    level = systems.Level("link", chips, "switch", hw.chip.link_bandwidth_bytes_per_s,
                          hw.chip.link_latency_ns, source="test")
    return systems.System("test", "", hw, (level,), "test")


SYSTEM = one_level("tpu-v4-like", 8)


def step(layout: str, model: str = "gpt2", **fields) -> parallel.LayoutResult:
    spec = dataclasses.replace(TRAIN, **fields)
    return parallel.simulate_layout(SYSTEM, model, spec, parse_layout(layout),
                                    allow_over_capacity=True)


@pytest.mark.parametrize("p,m,v,bubble,kept", [
    (4, 8, 1, 3 / 11, 4), (4, 2, 1, 3 / 5, 2), (4, 8, 2, 3 / 19, 4 * (1 + 3 / 8)),
    (1, 4, 1, 0.0, 1)])
def test_1f1b_and_interleaved_schedules_by_hand(p, m, v, bubble, kept):
    plan = pipeline.schedule(p, m, v, train=True)
    assert plan.bubble_fraction == pytest.approx(bubble)
    assert plan.in_flight == pytest.approx(kept)
    assert plan.handovers == (2 * v if p > 1 else 0)
    assert pipeline.schedule(p, m).in_flight == 0 and pipeline.schedule(p, m).handovers == \
        (1 if p > 1 else 0)


def test_one_replica_one_stage_is_the_chips_own_step():
    result = step("tp=4,dp=2")
    alone = simulate_model(SYSTEM.chip, models.build("gpt2", parallel.chip_spec(
        SYSTEM, TRAIN, Layout(tp=4, dp=2))), allow_over_capacity=True, record_timeline=False)
    assert result.latency_s == pytest.approx(alone.seconds)
    assert result.memory == alone.footprint
    assert result.model_flops_utilization == pytest.approx(alone.utilization)


def test_gradient_accumulation_adds_a_micro_batch_and_reduces_once():
    """Two micro-batches of 4 take one more slot than one of 4; the layers'
    all-reduces and the optimizer run once a step, whatever the micro-batches."""
    one = step("tp=2,dp=4", batch=4 * 4)
    two = step("tp=2,dp=4,mb=2", batch=8 * 4)
    assert two.chip.cycles == one.chip.cycles  # the same micro-batch
    assert two.step_once_s == pytest.approx(one.step_once_s)
    assert one.step_once_s > 0
    assert two.latency_s == pytest.approx(one.latency_s + one.stage_s)
    assert one.latency_s == pytest.approx(one.stage_s + one.step_once_s)


def test_the_layouts_replicas_reduce_the_gradients_over_their_axes():
    result = step("tp=2,dp=4", batch=16)
    spec = parallel.chip_spec(SYSTEM, dataclasses.replace(TRAIN, batch=16),
                              parse_layout("tp=2,dp=4"))
    assert spec.dp == 4 and spec.dp_network
    names = {op.name for op in result.chip.ops}
    assert {"layer.grad_allreduce", "ends_grad_allreduce", "optimizer"} <= names
    inference = parallel.chip_spec(SYSTEM, models.RunSpec(batch=4), parse_layout("dp=4,tp=2"))
    assert inference.dp == 1


def test_a_pipelined_step_is_1f1b_slots_of_forward_and_backward():
    result = step("pp=4,dp=2,mb=4", model="llama2-7b", batch=8)
    parts = result.chip.model.part_cycles
    once = {op.name: op.cycles for op in result.chip.ops if op.name in training.STEP_OPS}
    exposed = parallel._exposed_cycles(result.chip)["layer.grad_allreduce"]
    layer = parts["layer"] - exposed
    stage = 8 * layer + max(parts["embedding"], parts["tail"] - sum(once.values()))
    clock = result.chip.clock_hz
    assert result.stage_s == pytest.approx(stage / clock + 2 * result.handover_s)
    assert result.latency_s == pytest.approx((4 + 3) * result.stage_s + result.step_once_s)
    interleaved = step("pp=4,dp=2,mb=4,vp=2", model="llama2-7b", batch=8)
    assert interleaved.bubble_fraction == pytest.approx(3 / 11)
    assert interleaved.latency_s < result.latency_s


def test_a_train_chip_holds_its_stages_state_as_zero_shards_it():
    """llama2-7b on pp=2 x dp=4, ZeRO 1: a stage's 16 layers and the larger end
    (the head, untied), 2 + 2 bytes a parameter and 12 / 4 of optimizer state."""
    result = step("pp=2,dp=4,mb=2", model="llama2-7b", batch=8, zero=1)
    shape = result.chip.model
    workload = models.build("llama2-7b", models.RunSpec())
    layer = capacity.parameters_of(workload, one_layer=True)
    stage = 16 * layer + 32000 * 4096 + 4096  # the head and the final norm on the last
    first = 16 * layer + 32000 * 4096
    params = max(stage, first)
    assert result.memory.weight_bytes == pytest.approx(2 * params, rel=1e-3)
    assert result.memory.gradient_bytes == pytest.approx(2 * params, rel=1e-3)
    assert result.memory.optimizer_bytes == pytest.approx(12 * params / 4, rel=1e-3)
    assert shape.phase == "train"


def test_the_first_stage_keeps_the_micro_batches_in_flight():
    """1F1B: the first of 4 stages keeps min(4, m) micro-batches' activations."""
    def memory(mb):
        return step(f"pp=4,dp=2,mb={mb}", model="llama2-7b", batch=2 * mb).memory
    workload = models.build("llama2-7b", dataclasses.replace(TRAIN, batch=1))
    per_layer = training.kept_activation_bytes(training.step_forward(
        models.layer_trace(workload.shape, workload.spec, workload.tokens), TRAIN), "none")
    assert memory(8) == memory(4)
    assert memory(8).activation_bytes - memory(2).activation_bytes == pytest.approx(
        8 * (4 - 2) * per_layer, abs=8)


def test_a_tied_embedding_is_summed_between_the_first_and_the_last_stage():
    layout = parse_layout("pp=2,dp=4")
    workload = models.build("gpt2", parallel.chip_spec(SYSTEM, TRAIN, layout))
    sync = parallel._tied_embedding_sync(SYSTEM, layout, workload)
    assert sync.bytes == 2 * 50257 * 768 and sync.participants == 2
    untied = models.build("llama2-7b", parallel.chip_spec(SYSTEM, TRAIN, layout))
    assert parallel._tied_embedding_sync(SYSTEM, layout, untied) is None


def test_recompute_counts_in_hfu_not_in_mfu():
    """Full recompute reruns every layer's forward: its MACs are in HFU only."""
    plain, full = step("tp=4,dp=2"), step("tp=4,dp=2", recompute="full")
    reruns = {op.name.replace("recompute.", ""): op.macs for op in full.chip.ops
              if "recompute." in op.name}
    forward = {op.name: op.macs for op in plain.chip.ops if op.name in reruns}
    assert forward == reruns and sum(forward.values()) > 0  # every forward op of the layer
    assert full.model_macs == pytest.approx(plain.model_macs)
    runs = 4 * 2  # tp x dp chips, each a run of every layer
    assert full.hardware_macs - full.model_macs == runs * 12 * sum(forward.values())
    assert full.hardware_flops_utilization > full.model_flops_utilization


def test_interleaving_is_refused_where_it_does_not_apply():
    with pytest.raises(ConfigError, match="vp: interleaving runs micro-batches in groups"):
        parse_layout("pp=4,mb=6,vp=2")
    with pytest.raises(ConfigError, match="expected --phase train"):
        parallel.simulate_layout(SYSTEM, "gpt2", models.RunSpec(batch=8),
                                 parse_layout("pp=2,dp=4,mb=2,vp=2"))


def test_plan_ranks_train_layouts_with_their_mfu(capsys):
    result = planner.plan(SYSTEM, "gpt2", dataclasses.replace(TRAIN, batch=16), "throughput")
    labels = {row.layout.label for row in result.ranked}
    assert any(",vp=2" in label for label in labels)
    assert any(label.startswith("tp=1,pp=1,dp=8") and "mb=2" in label for label in labels)
    best = result.ranked[0]
    assert all(best.tokens_per_s_per_chip >= row.tokens_per_s_per_chip
               for row in result.ranked)
    assert 0 < best.model_flops_utilization < 1
    assert "MFU" in planner.table_text(result).splitlines()[1]


def test_run_on_a_system_reports_the_step_and_refuses_dp(capsys):
    args = ["run", "--system", "h100-node", "--model", "gpt2", "--phase", "train",
            "--batch", "8", "--seq", "128"]
    assert main([*args, "--layout", "tp=2,dp=4"]) == 0
    out = capsys.readouterr().out
    assert "model FLOPs util." in out and "once a step" in out and "optimizer state" in out
    assert main([*args, "--layout", "tp=2,dp=4", "--dp", "4"]) == 2
    assert "--dp: --layout sets the replicas" in capsys.readouterr().err
