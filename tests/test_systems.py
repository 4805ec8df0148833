"""Systems of chips (spec/systems.py), collectives over their axes (mapping/collectives.py)
and layouts (spec/layouts.py, parallel.py), against costs derived by hand."""

import dataclasses
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.errors import ConfigError
from systolic.mapping.collectives import cost, map_collective
from systolic.apps.parallel import layout_footprint, simulate_layout
from systolic.simulate import simulate_model, simulate_ops
from systolic.spec import capacity, hardware, models, systems
from systolic.spec.layouts import Layout, parse_layout
from systolic.spec.systems import Axis, group_network
from systolic.spec.workload import COLLECTIVES, Allreduce, Alltoall

CLUSTER = systems.load("h100-cluster")  # 8 GPUs a node at 450 GB/s, 16 nodes at 50 GB/s
POD = systems.load("tpu-v4-pod")        # 8 x 8 x 16 torus, 45 GB/s a link a direction


def switch(p, bw, alpha):
    return Axis("switch", p, bw, 1, alpha, 0.0, "s")


def ring(p, link, alpha):
    return Axis("ring", p, link, 2, alpha, 0.0, "r")


def test_the_shipped_systems_and_their_axes():
    assert systems.system_names() == ["h100-cluster", "h100-node", "tpu-v4-512", "tpu-v4-pod"]
    assert CLUSTER.chips == 128 and POD.chips == 1024
    assert [(a.kind, a.members, a.injection_bytes_per_s) for a in CLUSTER.axes] == [
        ("switch", 8, 450e9), ("switch", 16, 50e9)]
    assert [(a.kind, a.members, a.injection_bytes_per_s) for a in POD.axes] == [
        ("ring", 8, 90e9), ("ring", 8, 90e9), ("ring", 16, 90e9)]


def test_groups_take_the_axes_their_members_span():
    members = lambda stride, size: [a.members for a in group_network(CLUSTER, stride, size, "g")]
    assert members(1, 8) == [8]            # a node
    assert members(1, 16) == [8, 2]        # a node and two of them
    assert members(8, 16) == [16]          # one GPU of every node
    assert members(2, 4) == [4]            # every other GPU of a node
    assert members(4, 4) == [2, 2]
    assert members(1, 3) == [3]            # three GPUs of a switch are a group too
    with pytest.raises(ConfigError, match="g: its 2 members, 3 chips apart, do not line up"):
        group_network(CLUSTER, 3, 2, "g")
    with pytest.raises(ConfigError, match="g: needs more chips than the system's 128"):
        group_network(CLUSTER, 1, 256, "g")


# Worked by hand: a 1 GiB all-reduce over 16 H100s on two nodes (450 GB/s in a
# node, 50 GB/s between, 2 us and 5 us a step). Hierarchical: reduce-scatter
# 7/8 GiB in 7 steps, twice (and back), then a ring of two over the network on
# the eighth, 134.2 MB, whose half crosses each way:
#   2 (7 x 2 us + 0.9395 GB / 450 GB/s) + 2 (1 x 5 us + 67.1 MB / 50 GB/s)
#   = 2 x 2.1018 ms + 2 x 1.3472 ms = 6.8980 ms.
# The flat ring runs at 50 GB/s: 30 x 5 us + 1.875 x 1.0737 GB / 50 GB/s = 40.41 ms.
def test_a_two_node_all_reduce_by_hand():
    axes = group_network(CLUSTER, 1, 16, "tp")
    op = Allreduce("ar", 1 << 30, 16)
    hierarchical = cost(op, "hierarchical", axes)
    inner = 7 * 2e-6 + 7 / 8 * (1 << 30) / 450e9
    outer = 1 * 5e-6 + (1 << 30) / 8 / 2 / 50e9
    assert hierarchical.seconds == pytest.approx(2 * inner + 2 * outer, rel=1e-12)
    assert hierarchical.seconds == pytest.approx(6.8980e-3, rel=1e-4)
    assert cost(op, "ring", axes).seconds == pytest.approx(
        30 * 5e-6 + 2 * 15 / 16 * (1 << 30) / 50e9, rel=1e-12)
    assert hierarchical.axis_bytes == pytest.approx((2 * 7 / 8 * (1 << 30), (1 << 30) / 8))
    schedule = map_collective(CLUSTER.chip, dataclasses.replace(op, network=axes))
    assert schedule.algorithm == "hierarchical"
    assert schedule.cycles == math.ceil(hierarchical.seconds * CLUSTER.chip.chip.clock_hz)


def phases(kind: str, size: float, axes: list[Axis]) -> float:
    """The hierarchical forms written as their phases, one axis at a time."""
    def along(axis, moved):
        return (axis.members - 1) * axis.latency_s + moved / axis.injection_bytes_per_s
    if kind == "reducescatter":
        total = 0.0
        for axis in axes:
            total += along(axis, (axis.members - 1) / axis.members * size)
            size /= axis.members
        return total
    if kind == "allgather":
        total = 0.0
        for axis in reversed(axes):
            total += along(axis, (axis.members - 1) * size)
            size *= axis.members
        return total
    # all-reduce: a reduce-scatter over every axis, then the all-gather back
    scattered = phases("reducescatter", size, axes)
    return 2 * scattered


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(["allreduce", "allgather", "reducescatter"]),
       size=st.integers(1, 2**34),
       shape=st.lists(st.tuples(st.integers(2, 16), st.sampled_from(["ring", "switch"]),
                                st.floats(1e9, 1e12), st.floats(0, 1e-5)),
                      min_size=1, max_size=3))
def test_hierarchical_collectives_cost_their_phases(kind, size, shape):
    axes = [Axis(k, p, bw, 2 if k == "ring" else 1, alpha, 0.0, "x")
            for p, k, bw, alpha in shape]
    op = COLLECTIVES[kind]("c", size, math.prod(a.members for a in axes))
    assert cost(op, "hierarchical", tuple(axes)).seconds == pytest.approx(
        phases(kind, size, axes), rel=1e-9)


@pytest.mark.parametrize("k, expected", [(2, 1 / 4), (3, 1 / 3), (4, 1 / 2), (8, 1)])
def test_a_ring_all_to_all_is_bound_by_its_links_load(k, expected):
    # k chips each send B/k to every other, shortest way round: the busiest link
    # carries B floor(k^2/4) / (2k) a direction (by hand: k=3 sends B/3 to each
    # neighbour on its own link, B/3 / link; k=4 adds the opposite chip two hops away).
    link, size = 1e9, 1e9
    priced = cost(Alltoall("a", int(size), k), "direct", (ring(k, link, 0.0),))
    assert priced.seconds == pytest.approx(expected * size / link, rel=1e-12)


def test_a_direct_all_to_all_over_a_torus_is_paced_by_its_longest_dimension():
    axes = group_network(POD, 1, 1024, "ep")
    priced = cost(Alltoall("a", 1 << 30, 1024), "direct", axes)
    longest = (1 << 30) * (16 * 16 // 4) / (2 * 16 * 45e9)
    assert priced.seconds == pytest.approx(3e-6 + longest, rel=1e-12)


def test_a_collective_whose_network_does_not_hold_its_participants_is_refused():
    op = Allreduce("ar", 1024, 4, network=(switch(8, 1e9, 0),))
    with pytest.raises(ConfigError, match="ar: participants: its network spans 8 chips, not 4"):
        map_collective(CLUSTER.chip, op)


def test_a_collective_over_a_network_runs_in_the_engine_as_priced():
    axes = group_network(CLUSTER, 1, 32, "tp")
    op = Allreduce("ar", 1 << 24, 32, network=axes)
    [result] = simulate_ops(CLUSTER.chip, [op], record_timeline=False).ops
    assert result.cycles == map_collective(CLUSTER.chip, op).cycles > 0


# --- layouts ---------------------------------------------------------------------

def test_layouts_parse_and_refuse_in_one_line(tmp_path):
    assert parse_layout("tp=4,pp=2,mb=4") == Layout(tp=4, pp=2, microbatches=4)
    assert parse_layout("tp=2,sp=on,dp=4,ep=2").sp
    path = tmp_path / "l.toml"
    path.write_text(Layout(tp=2, pp=2, dp=2, microbatches=4).toml())
    assert parse_layout(str(path)) == Layout(tp=2, pp=2, dp=2, microbatches=4)
    for text, message in [("tp=0", "tp: expected a positive integer"),
                          ("tq=2", "tq: unknown key"), ("tp", "expected key=value"),
                          ("dp=4,ep=3", "ep: expected a divisor of dp"),
                          ("sp=on", "sp: sequence parallelism shards"),
                          ("sp=yes,tp=2", "sp: expected on or off")]:
        with pytest.raises(ConfigError, match=message):
            parse_layout(text)


def one_level(chip: str, chips: int) -> systems.System:
    """A system of ``chips`` copies of ``chip`` on a switch of its own link figures."""
    hw = hardware.load(chip)
    level = systems.Level("link", chips, "switch", hw.chip.link_bandwidth_bytes_per_s,
                          hw.chip.link_latency_ns, source="test")
    return systems.System("test", "", hw, (level,), "test")


def test_tensor_parallelism_on_a_system_is_the_chips_own_tp_run():
    system = one_level("tpu-v4-like", 4)
    spec = models.RunSpec(phase="decode", batch=8, kv_len=512)
    result = simulate_layout(system, "llama2-7b", spec, Layout(tp=4))
    alone = simulate_model(system.chip, models.build("llama2-7b", dataclasses.replace(spec, tp=4)))
    assert result.chip.cycles == alone.cycles
    assert result.latency_s == pytest.approx(alone.seconds)
    footprint = capacity.footprint(system.chip, models.build(
        "llama2-7b", dataclasses.replace(spec, tp=4)))
    assert result.memory.weight_bytes == pytest.approx(footprint.weight_bytes, rel=1e-6)
    assert result.memory.kv_cache_bytes == footprint.kv_cache_bytes


def test_a_pipeline_takes_m_plus_p_minus_one_slots_of_its_slowest_stage():
    system = one_level("tpu-v4-like", 4)
    spec = models.RunSpec(phase="prefill", batch=8, seq=128)
    result = simulate_layout(system, "llama2-7b", spec, Layout(pp=4, microbatches=8))
    parts = result.chip.model.part_cycles
    stage = 8 * parts["layer"] + max(parts["embedding"], parts["tail"])  # 32 layers / 4
    assert result.stage_s == pytest.approx(stage / result.chip.clock_hz + result.handover_s)
    assert result.latency_s == pytest.approx((8 + 3) * result.stage_s)
    assert result.bubble_fraction == pytest.approx(3 / 11)
    handover_bytes = 128 * 4096 * 2  # one micro-batch, one sequence of 128 tokens
    link = system.chip.chip.link_bandwidth_bytes_per_s
    assert result.handover_s == pytest.approx(
        math.ceil((handover_bytes / link + system.chip.chip.link_latency_ns * 1e-9) *
                  system.chip.chip.clock_hz) / system.chip.chip.clock_hz)


def test_memory_per_chip_shards_as_the_layout_does():
    system = systems.load("h100-node")
    spec = models.RunSpec(phase="decode", batch=8, kv_len=1024)
    params = models.parameter_count(models.build("llama2-70b", models.RunSpec()))
    tp8 = layout_footprint(system, models.build("llama2-70b", dataclasses.replace(
        spec, tp=8)), Layout(tp=8))
    assert tp8.weight_bytes == pytest.approx(params * 2 / 8, rel=1e-6)
    pp2 = layout_footprint(system, models.build("llama2-70b", dataclasses.replace(
        spec, tp=4, batch=4)), Layout(tp=4, pp=2, microbatches=2))
    assert pp2.weight_bytes < tp8.weight_bytes * 1.02  # half the layers, twice the shard
    assert pp2.kv_cache_bytes == tp8.kv_cache_bytes    # half the layers, 2 kv heads, 2 batches
    moe = models.build("mixtral-8x7b", dataclasses.replace(spec, batch=1, ep=8))
    ep8 = layout_footprint(system, moe, Layout(dp=8, ep=8))
    dense = layout_footprint(system, moe, Layout(dp=8, ep=1))
    assert ep8.weight_bytes < dense.weight_bytes / 3


def test_sequence_parallelism_trades_an_all_reduce_for_a_reduce_scatter_and_an_all_gather():
    spec = models.RunSpec(phase="prefill", batch=1, seq=256, tp=4)
    plain = models.build("llama2-7b", spec).layer
    sp = models.build("llama2-7b", dataclasses.replace(spec, sp=True)).layer
    kinds = lambda trace: [op.kind for op in trace.ops if op.kind in COLLECTIVES]
    assert kinds(plain) == ["allreduce", "allreduce"]
    assert kinds(sp) == ["allgather", "reducescatter", "allgather", "reducescatter"]
    norms = {op.name: op.rows for op in sp.ops if op.kind in ("norm", "elementwise")}
    assert norms["attn_norm"] == norms["mlp_residual"] == 64
    gathered = sum(op.output_bytes for op in sp.ops if op.kind == "allgather")
    assert gathered == sum(op.bytes for op in plain.ops if op.kind == "allreduce")


def test_expert_parallelism_dispatches_and_combines_with_all_to_alls():
    spec = models.RunSpec(phase="prefill", batch=1, seq=256, ep=4)
    layer = models.build("mixtral-8x7b", spec).layer
    ops = {op.name: op for op in layer.ops}
    assert ops["experts.dispatch"].kind == ops["experts.gather"].kind == "alltoall"
    assert ops["experts.up"].batch == 2                   # 8 experts over 4 chips
    assert ops["experts.up"].m == math.ceil(256 * 2 * 4 / 8)  # each serves 4 chips' tokens
    with pytest.raises(ConfigError, match="ep: expected a divisor of the experts"):
        models.build("mixtral-8x7b", dataclasses.replace(spec, ep=3))


def test_a_group_spread_around_a_ring_shares_its_links_with_the_groups_between():
    [axis] = group_network(POD, 2, 4, "dp")   # every other chip of the first 8-ring
    assert (axis.members, axis.link_bandwidth_bytes_per_s) == (4, 22.5e9)
    assert axis.latency_s == pytest.approx(2e-6)
    [whole] = group_network(POD, 1, 8, "tp")
    assert whole.link_bandwidth_bytes_per_s == 45e9 and whole.latency_s == pytest.approx(1e-6)


def test_sequence_parallelism_needs_tokens_that_split_over_the_group():
    with pytest.raises(ConfigError, match=r"sp: the tokens of a micro-batch \(2\) do not split"):
        models.build("llama2-7b", models.RunSpec(phase="decode", batch=2, tp=4, sp=True))


# --- context parallelism (ring attention) ----------------------------------------

def _ring_layer(model: str, seq: int, cp: int, batch: int = 1):
    return models.build(model, models.RunSpec(phase="prefill", batch=batch, seq=seq, cp=cp))


@pytest.mark.parametrize("cp", [2, 4, 8])
def test_ring_attention_gives_each_chip_its_share_of_the_causal_pairs(cp):
    seq = 1024
    layer = _ring_layer("llama2-7b", seq, cp).layer
    steps = [op for op in layer.ops if op.kind == "attention"]
    chunk = seq // cp
    assert len(steps) == cp and all(op.q_len == chunk for op in steps)
    own, *passed = steps
    assert own.causal and own.kv_len == chunk and own.kv_cached
    assert all(not op.causal and not op.kv_cached and op.kv_len == chunk // 2
               for op in passed)
    visible = own.q_len * (own.q_len + 1) // 2 + sum(op.q_len * op.kv_len for op in passed)
    assert cp * visible == seq * (seq + 1) // 2   # every chip the same share of the whole


def test_ring_attention_passes_each_chunk_of_keys_and_values_while_the_last_one_computes():
    layer = _ring_layer("llama2-7b", 2048, 4).layer
    ops = {op.name: op for op in layer.ops}
    assert [op.bytes for name, op in ops.items() if op.kind == "sendrecv"] == \
        [2 * 32 * 128 * 512 * 2] * 3                   # K and V of 512 tokens, 32 heads
    assert layer.deps["attn_kv_ring2"] == ("attn_kv_ring1",)          # the ring goes on
    assert layer.deps["attention.ring2"] == ("attn_kv_ring2", "attention.ring1")
    assert layer.deps["o_proj"] == ("attn_merge",)
    assert ops["q_proj"].m == 512 and ops["attn_merge"].rows == 512 * 3


def test_a_bidirectional_ring_attends_whole_chunks():
    layer = _ring_layer("bert-base", 512, 4).layer
    steps = [op for op in layer.ops if op.kind == "attention"]
    assert sum(op.q_len * op.kv_len for op in steps) * 4 == 512 * 512
    assert not any(op.causal for op in steps)


def test_context_parallelism_keeps_a_chunk_of_the_kv_cache_and_is_refused_where_it_cannot_split():
    whole, split = _ring_layer("llama2-7b", 4096, 1), _ring_layer("llama2-7b", 4096, 4)
    hw = hardware.load("h100")
    assert capacity.footprint(hw, split).kv_cache_bytes * 4 == \
        capacity.footprint(hw, whole).kv_cache_bytes
    for spec, message in [(models.RunSpec(phase="decode", cp=2), "cp: context parallelism "
                           "splits the prompts of a prefill"),
                          (models.RunSpec(phase="prefill", seq=100, cp=4),
                           r"cp: the sequence \(100\) does not split into 8 equal chunks")]:
        with pytest.raises(ConfigError, match=message):
            models.build("llama2-7b", spec)


def test_a_context_parallel_layout_rings_after_the_tensor_group_and_counts_its_tokens():
    layout = parse_layout("tp=2,cp=4")
    assert layout.chips == 8 and layout.label.startswith("tp=2,cp=4,pp=1")
    assert layout.groups["cp"] == (2, 4) and layout.groups["pp"] == (8, 1)
    system = systems.load("h100-node")
    spec = models.RunSpec(phase="prefill", batch=1, seq=8192)
    result = simulate_layout(system, "llama2-7b", spec, layout)
    assert result.tokens == 8192 and result.batch == 1
    assert result.chip.model.tokens == 8192 // 4


def test_a_send_through_a_switch_uses_every_link_and_around_a_ring_one():
    send = COLLECTIVES["sendrecv"]("s", 1 << 30, 2, "direct")
    through = Axis("switch", 8, 25e9, 18, 0.0, 0.0, "nvswitch")
    assert cost(send, "direct", (through,)).seconds == pytest.approx(2**30 / 450e9)
    assert cost(send, "direct", (ring(8, 45e9, 0.0),)).seconds == pytest.approx(2**30 / 45e9)


def test_the_planner_tries_context_parallelism_on_long_prompts_only():
    from systolic.apps import plan as planner
    system = systems.load("h100-node")
    long = models.RunSpec(phase="prefill", seq=32768)
    assert planner.context_degrees(8, long) == (1, 2, 4, 8)
    assert planner.context_degrees(8, dataclasses.replace(long, seq=2048)) == (1, 2)
    assert planner.context_degrees(8, models.RunSpec(phase="decode")) == (1,)
    layouts = planner.model_candidates(system, "llama2-7b", long)
    assert {layout.cp for layout in layouts} == {1, 2, 4, 8}
    assert all(layout.chips == 8 for layout in layouts)


def test_collectives_on_one_level_take_turns_and_on_two_levels_run_at_once():
    from systolic.engine.processes import Engine
    from systolic.engine.simpy_engine import Engine as SimpyEngine
    from systolic.simulate import map_op

    node = group_network(CLUSTER, 1, 8, "tp")         # NVSwitch
    nodes = group_network(CLUSTER, 8, 16, "dp")       # InfiniBand
    both = group_network(CLUSTER, 1, 128, "dp")
    tp = Allreduce("tp", 1 << 24, 8, network=node)
    tp2 = Allreduce("tp2", 1 << 24, 8, network=node)
    send = COLLECTIVES["sendrecv"]("send", 1 << 24, 16, network=nodes)
    wide = Allreduce("wide", 1 << 20, 128, network=both)
    for engine in (Engine, SimpyEngine):
        runs = {r.name: r for r in engine(CLUSTER.chip).run(
            [map_op(CLUSTER.chip, op) for op in (tp, send, tp2, wide)])}
        alone = {name: map_collective(CLUSTER.chip, op).cycles
                 for name, op in (("tp", tp), ("send", send), ("wide", wide))}
        assert runs["tp"].cycles == alone["tp"] and runs["send"].cycles == alone["send"]
        assert runs["tp2"].cycles == 2 * alone["tp"]            # waited for tp's NVSwitch
        assert runs["wide"].cycles == max(2 * alone["tp"], alone["send"]) + alone["wide"]


# --- 2D tensor parallelism ----------------------------------------------------------

def _macs(trace):
    return sum(op.macs for op in trace.ops if op.kind in ("gemm", "attention"))


@pytest.mark.parametrize("tp,tpx", [(8, 2), (8, 4), (16, 4)])
def test_a_2d_grid_does_the_1d_chips_share_of_the_work(tp, tpx):
    spec = models.RunSpec(phase="prefill", batch=1, seq=256, tp=tp)
    one_d = models.build("llama2-7b", spec).layer
    two_d = models.build("llama2-7b", dataclasses.replace(spec, tpx=tpx)).layer
    assert _macs(two_d) == _macs(one_d)
    ops = {op.name: op for op in two_d.ops}
    x, y = tpx, tp // tpx
    assert (ops["gate_proj"].n, ops["gate_proj"].k) == (11008 // y, 4096 // x)
    assert (ops["down_proj"].n, ops["down_proj"].k) == (4096 // x, 11008 // y)
    assert ops["act"].cols == 11008 // tp and ops["attn_residual"].cols == 4096 // tp
    assert ops["mlp_allgather_y"].participants == y
    assert ops["mlp_reducescatter_x"].participants == x
    assert ops["mlp_allgather_x"].bytes == 256 * 11008 // tp * 2
    assert ops["mlp_reducescatter_y"].bytes == 256 * 4096 // x * 2
    assert not any(op.kind == "allreduce" and op.bytes > 256 * 4 for op in two_d.ops)


def test_a_2d_grid_sends_less_than_1d_when_the_group_is_large():
    spec = models.RunSpec(phase="prefill", batch=1, seq=1024, tp=64)

    def sent(layer):
        return sum(map_collective(POD.chip, op).link_bytes for op in layer.ops
                   if op.kind in COLLECTIVES)
    one_d = sent(models.build("llama2-70b", spec).layer)
    assert sent(models.build("llama2-70b", dataclasses.replace(spec, tpx=4)).layer) < \
        0.6 * one_d                                  # x = 4 near sqrt(64 x 8192 / 28672)
    assert sent(models.build("llama2-70b", dataclasses.replace(spec, tpx=8)).layer) < one_d


def test_2d_tensor_parallelism_refuses_what_it_does_not_model():
    for spec, model, message in [
            (models.RunSpec(tp=8, tpx=3), "llama2-7b", "tpx: expected a divisor of tp"),
            (models.RunSpec(tp=8, tpx=2), "mixtral-8x7b", "tpx: 2D tensor parallelism"),
            (models.RunSpec(tp=8, tpx=2, sp=True), "llama2-7b", "tpx: 2D tensor parallelism")]:
        with pytest.raises(ConfigError, match=message):
            models.build(model, spec)
    with pytest.raises(ConfigError, match="tpx: expected a divisor of tp"):
        parse_layout("tp=8,tpx=8")
    layout = parse_layout("tp=8,tpx=2")
    assert layout.label.startswith("tp=8,tpx=2,pp=1")
    assert layout.groups["tpy"] == (1, 4) and layout.groups["tpx"] == (4, 2)


def test_a_ring_pass_runs_beside_the_attention_before_it():
    system = systems.load("h100-node")
    spec = models.RunSpec(phase="prefill", batch=1, seq=8192)
    result = simulate_layout(system, "llama2-7b", spec, parse_layout("tp=2,cp=4"))
    ops = {op.name: op for op in result.chip.ops}
    assert ops["layer.attn_kv_ring1"].start_cycle == ops["layer.attention"].start_cycle
    end = {name: op.start_cycle + op.cycles for name, op in ops.items()}
    assert ops["layer.attn_kv_ring3"].start_cycle >= end["layer.attention.ring1"]  # 2 buffers
    layer = models.build("llama2-7b", dataclasses.replace(spec, cp=4, tp=2)).layer
    assert layer.deps["attn_kv_ring3"] == ("attn_kv_ring2", "attention.ring1")
    passes = sum(op.cycles * result.chip.repeat(op) for op in result.chip.ops
                 if op.kind in COLLECTIVES)
    assert result.communication_fraction < passes / result.chip.cycles  # hidden ones left out
    # the chain of kernels is unchanged: a layer without collectives still runs in order
    serial = simulate_model(system.chip, models.build("llama2-7b", spec), layers=1)
    starts = [op.start_cycle for op in serial.ops]
    assert starts == sorted(starts)
