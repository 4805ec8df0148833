"""The engine on its own event loop equals the previous SimPy engine, cycle for cycle.

Random GEMMs, fused attention, vector ops and all-reduces on random small
machines (several cores, one or two DRAM channels, a shared level,
K streaming, multicast clusters, split-K) with contention; ops alone and
several at once with dependencies. Cycles, stalls, every byte count and
the whole timeline must be equal. The large sweep (presets, models, the
H100 comparison) is ``benchmarks/engine.py``.
"""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.engine.processes import Engine
from systolic.engine.simpy_engine import Engine as SimpyEngine
from systolic.simulate import expand, map_op
from systolic.spec import hardware
from systolic.spec.workload import Allreduce, Attention, Elementwise, Gemm


def machine(cores, channels, latency_ns, shared, k_step, cluster, port, sram, bandwidth):
    memory = {"dram_bandwidth_bytes_per_s": bandwidth, "dram_latency_ns": latency_ns,
              "dram_channels": channels}
    if shared:
        memory |= {"shared_bytes": shared, "shared_bandwidth_bytes_per_s": 4 * bandwidth}
    core = {"arrays": 2, "vector_lanes": 8,
            "sram": {"input_bytes": sram, "weight_bytes": sram, "output_bytes": sram,
                     "port_bytes_per_cycle": port}}
    if k_step:
        core["k_step"] = k_step
    return hardware.from_dict({
        "name": "t", "description": "test machine",
        "array": {"rows": 8, "cols": 8, "dataflow": "ws"}, "core": core,
        "chip": {"cores": cores, "clock_hz": 1e9, "cluster_cores": cluster,
                 "link_bandwidth_bytes_per_s": 1e9},
        "memory": memory,
        "dtypes": {"supported": ["int8", "bf16"], "default": "int8"},
    }, "test.toml")


machines = st.builds(
    machine, cores=st.integers(1, 6), channels=st.sampled_from([1, 2, 64]),
    latency_ns=st.sampled_from([0.0, 30.0]), shared=st.sampled_from([0, 4096, 1 << 20]),
    k_step=st.sampled_from([0, 8, 32]), cluster=st.sampled_from([1, 2]),
    port=st.sampled_from([math.inf, 8.0]), sram=st.sampled_from([2048, 16384]),
    bandwidth=st.sampled_from([2e9, 16e9]))

gemms = st.builds(lambda name, m, n, k, batch, epilogue: Gemm(name, m, n, k, batch=batch,
                                                              epilogue=epilogue),
                  st.just("g"), st.integers(1, 160), st.integers(1, 160),
                  st.integers(1, 400), st.integers(1, 2), st.sampled_from(["", "add"]))
ops = st.one_of(
    gemms,
    st.builds(lambda q, kv, causal, fused: Attention("a", 1, 2, 1, 16, q, kv, causal=causal,
                                                  fused=fused, dtype="int8"),
              st.integers(1, 40), st.integers(40, 90), st.booleans(), st.booleans()),
    st.builds(lambda rows: Elementwise("e", "add", rows, 64, dtype="int8"),
              st.integers(1, 300)),
    st.just(Allreduce("r", 4096, 2)),
)


def results(engine_class, hw, op_list, deps):
    engine = engine_class(hw)
    runs = engine.run([map_op(hw, op) for op in op_list], deps)
    return [(r.cycles, r.compute_cycles, r.stall_cycles, r.counts, r.start_cycle)
            for r in runs], sorted(engine.timeline)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(hw=machines, op=ops)
def test_one_op_runs_as_on_simpy(hw, op):
    op_list, deps = expand([op], {})  # unfused attention: its GEMMs and softmax
    try:
        for part in op_list:
            map_op(hw, part)
    except Exception:  # a machine too small for the op: nothing to compare
        return
    assert results(Engine, hw, op_list, deps) == results(SimpyEngine, hw, op_list, deps)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(hw=machines, first=gemms, second=ops, third=gemms, chained=st.booleans())
def test_ops_running_together_run_as_on_simpy(hw, first, second, third, chained):
    named = [first, second, third]
    op_list = [type(op)(**{**vars(op), "name": f"op{i}"}) for i, op in enumerate(named)]
    op_list, deps = expand(op_list, {"op2": ("op1",) if chained else ("op0",)})
    try:
        for op in op_list:
            map_op(hw, op)
    except Exception:
        return
    assert results(Engine, hw, op_list, deps) == results(SimpyEngine, hw, op_list, deps)
