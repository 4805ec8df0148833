"""The event engine: bounds it can never break, exactness without memory limits,
dependencies, contention and the timeline."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.core.timing import gemm_timing
from systolic.engine.processes import Engine
from systolic.mapping.gemm import map_gemm
from systolic.mapping.kernels import kernel_rules
from systolic.mapping.schedule import TileChoice
from systolic.mapping.tiling import choose_tiles
from systolic.simulate import simulate_ops
from systolic.spec import hardware
from systolic.spec.workload import Gemm


def machine(rows=8, cols=8, dataflow="ws", cores=1, arrays=1, sram=4096,
            bandwidth=8e9, latency_ns=0.0, channels=1, port=math.inf):
    return hardware.from_dict({
        "name": "t", "description": "test machine",
        "array": {"rows": rows, "cols": cols, "dataflow": dataflow},
        "core": {"arrays": arrays, "vector_lanes": cols,
                 "sram": {"input_bytes": sram, "weight_bytes": sram, "output_bytes": sram,
                          "port_bytes_per_cycle": port}},
        "chip": {"cores": cores, "clock_hz": 1e9},
        "memory": {"dram_bandwidth_bytes_per_s": bandwidth, "dram_latency_ns": latency_ns,
                   "dram_channels": channels},
        "dtypes": {"supported": ["int8", "bf16"], "default": "int8"},
    }, "test.toml")


def run_one(hw, op):
    [result] = Engine(hw).run([map_gemm(hw, op)])
    return result


@settings(max_examples=40, deadline=None, derandomize=True)
@given(m=st.integers(1, 300), n=st.integers(1, 300), k=st.integers(1, 300),
       rows=st.sampled_from([2, 4, 8, 16]), cols=st.sampled_from([2, 4, 8, 16]),
       dataflow=st.sampled_from(["ws", "os", "is"]), cores=st.integers(1, 4),
       arrays=st.integers(1, 3), sram=st.sampled_from([2048, 8192, 65536]),
       bandwidth=st.sampled_from([1e9, 4e9, 32e9]), latency=st.sampled_from([0.0, 20.0]),
       dtype=st.sampled_from(["int8", "bf16"]))
def test_cycles_lie_between_the_roofline_and_full_serialization(
        m, n, k, rows, cols, dataflow, cores, arrays, sram, bandwidth, latency, dtype):
    hw = machine(rows, cols, dataflow, cores, arrays, sram, bandwidth, latency, channels=2)
    op = Gemm("g", m, n, k, dtype=dtype)
    schedule = map_gemm(hw, op)
    [result] = Engine(hw).run([schedule])
    bytes_per_cycle = hw.dram_bytes_per_cycle
    roofline = max(op.macs / hw.peak_macs_per_cycle, op.min_bytes / bytes_per_cycle)
    assert result.cycles >= math.floor(roofline)
    tiles = [t for core in schedule.cores for t in core]
    transfers = (sum(1 for t in tiles if t.input_load_bytes or t.weight_load_bytes)
                 + sum(1 for t in tiles if t.store_bytes) + 2 * len(schedule.reductions))
    moved = result.counts.dram_read_bytes + result.counts.dram_write_bytes
    serial = (sum(t.work.compute_cycles for t in tiles) + moved / bytes_per_cycle
              + transfers * (hw.dram_latency_cycles + 1)
              + sum(math.ceil(r.elements / hw.core.vector_lanes) for r in schedule.reductions))
    assert result.cycles <= serial
    assert result.compute_cycles + result.stall_cycles == result.cycles
    assert result.macs == op.macs


@settings(max_examples=60, deadline=None, derandomize=True)
@given(m=st.integers(1, 200), n=st.integers(1, 200), k=st.integers(1, 200),
       rows=st.integers(1, 16), cols=st.integers(1, 16),
       dataflow=st.sampled_from(["ws", "os", "is"]))
def test_unbounded_bandwidth_and_sram_give_the_closed_form(m, n, k, rows, cols, dataflow):
    hw = machine(rows, cols, dataflow, sram=2**40, bandwidth=math.inf)
    result = run_one(hw, Gemm("g", m, n, k))
    # The mapper may run the transposed GEMM (B^T . A^T) when that is faster.
    assert result.cycles == min(gemm_timing(m, n, k, rows, cols, dataflow).cycles,
                                gemm_timing(n, m, k, rows, cols, dataflow).cycles)
    assert result.stall_cycles == 0


def test_less_bandwidth_with_the_same_tiles_brings_stalls():
    op = Gemm("g", 256, 256, 256)
    fast_hw, slow_hw = machine(bandwidth=64e9), machine(bandwidth=1e9)
    choice = choose_tiles(fast_hw, op)
    [fast] = Engine(fast_hw).run([map_gemm(fast_hw, op, choice=choice)])
    [slow] = Engine(slow_hw).run([map_gemm(slow_hw, op, choice=choice)])
    assert slow.cycles > fast.cycles
    assert slow.stall_cycles > fast.stall_cycles
    assert slow.compute_cycles == fast.compute_cycles


def test_a_lone_tile_loads_computes_and_stores_in_sequence():
    hw = machine(rows=4, cols=4, sram=2**20, bandwidth=4e9, latency_ns=10)
    engine = Engine(hw)
    [result] = engine.run([map_gemm(hw, Gemm("g", 4, 4, 4, dtype="int8"))])
    # load A + B (32 B at 4 B/cycle) after 10 latency, compute 14, store 16 B after 10.
    assert [(i.unit, i.start, i.end) for i in engine.timeline] == [
        ("dma_in", 0, 18), ("array", 18, 32), ("dma_out", 32, 46)]
    assert (result.cycles, result.compute_cycles, result.stall_cycles) == (46, 14, 32)


def test_dependent_ops_run_in_order_independent_ops_overlap():
    # Latency-heavy memory: one op's loads can hide behind the other's compute, in
    # buffers with room for both ops' tiles (each op is mapped as if it ran alone).
    hw = machine(cores=1, bandwidth=16e9, latency_ns=500, sram=8192)
    ops = [Gemm("a", 64, 64, 64), Gemm("b", 64, 64, 64)]
    chained = simulate_ops(hw, ops, {"b": ("a",)})
    parallel = simulate_ops(hw, ops)
    first, second = chained.ops
    assert second.start_cycle >= first.start_cycle + first.cycles
    assert parallel.cycles < chained.cycles
    assert parallel.ops[1].start_cycle == 0


def test_cores_contend_for_dram():
    op = Gemm("g", 64, 256, 512)
    one_core = run_one(machine(cores=1, bandwidth=1e9), op)
    two_cores = run_one(machine(cores=2, bandwidth=1e9), op)
    # Memory-bound: a second core cannot make DRAM faster.
    assert two_cores.cycles >= 0.9 * one_core.cycles


def test_wave_quantization_is_visible():
    hw = machine(cores=4, sram=2**20, bandwidth=math.inf)
    # 4 and 5 output blocks of 8 columns: 1 and 2 waves.
    blocks = TileChoice(8, 8, 8, "nmk", 1)
    [four] = Engine(hw).run([map_gemm(hw, Gemm("g", 8, 32, 8), choice=blocks)])
    [five] = Engine(hw).run([map_gemm(hw, Gemm("g", 8, 40, 8), choice=blocks)])
    assert five.cycles == 2 * four.cycles


def test_split_k_parts_are_summed_on_the_vector_unit():
    hw = machine(cores=2, sram=2**20, bandwidth=1e12)  # compute-bound: worth splitting
    engine = Engine(hw)
    [result] = engine.run([map_gemm(hw, Gemm("gemv", 1, 8, 4096))])
    assert [i.unit for i in engine.timeline].count("vector") == 1
    assert result.counts.vector_ops == 2 * 8


def test_identical_ops_give_identical_results():
    hw = machine()
    a = run_one(hw, Gemm("x", 100, 60, 70))
    b = run_one(hw, Gemm("y", 100, 60, 70))
    assert (a.cycles, a.counts) == (b.cycles, b.counts)


def test_counts_for_the_energy_model():
    hw = machine(sram=2**20, bandwidth=math.inf)
    result = run_one(hw, Gemm("g", 16, 16, 16, dtype="int8"))  # one tile
    counts = result.counts
    assert counts.dram_read_bytes == 2 * 16 * 16
    assert counts.dram_write_bytes == 16 * 16
    assert counts.sram_input_write_bytes == counts.sram_weight_write_bytes == 256
    timing = gemm_timing(16, 16, 16, 8, 8, "ws")
    assert counts.sram_input_read_bytes == timing.input_reads
    assert counts.sram_output_write_bytes == 4 * timing.output_writes


@pytest.mark.parametrize("dataflow", ["ws", "os", "is"])
def test_every_dataflow_runs_on_a_real_preset(dataflow):
    hw = hardware.load("tpu-v4-like", {"array.dataflow": dataflow})
    result = run_one(hw, Gemm("g", 1024, 1024, 1024))
    assert 0 < result.utilization <= 1


def test_progress_is_reported_once_per_op():
    hw = machine()
    ops = [Gemm("a", 16, 16, 16), Gemm("b", 16, 16, 16), Gemm("c", 8, 8, 8)]
    calls = []
    simulate_ops(hw, ops, {"b": ("a",)}, progress=lambda: calls.append(1))
    assert len(calls) == 3
    calls.clear()
    simulate_ops(hw, ops, {"b": ("a",), "c": ("b",)}, progress=lambda: calls.append(1))
    assert len(calls) == 3


def test_a_cluster_multicasts_a_shared_block_once():
    # Two cores load the same A block (and their own B blocks) from a slow DRAM:
    # paired in a cluster, the A block crosses DRAM once and the op ends sooner.
    op = Gemm("g", 8, 16, 64, dtype="int8")
    choice = TileChoice(8, 8, 64, "mnk", 1)
    results = {}
    for cluster in (1, 2):
        hw = hardware.from_dict(_two_core_machine(cluster), "t.toml")
        [results[cluster]] = Engine(hw).run([map_gemm(hw, op, choice=choice)])
    a_block, b_block = 8 * 64, 64 * 8
    assert results[1].counts.dram_read_bytes == 2 * a_block + 2 * b_block
    assert results[2].counts.dram_read_bytes == a_block + 2 * b_block
    assert results[2].cycles < results[1].cycles


def _two_core_machine(cluster):
    return {
        "name": "t", "description": "two cores in a cluster",
        "array": {"rows": 8, "cols": 8, "dataflow": "ws"},
        "core": {"arrays": 1, "vector_lanes": 8,
                 "sram": {"input_bytes": 4096, "weight_bytes": 4096, "output_bytes": 4096}},
        "chip": {"cores": 2, "clock_hz": 1e9, "cluster_cores": cluster},
        "memory": {"dram_bandwidth_bytes_per_s": 1e9, "dram_latency_ns": 0,
                   "dram_channels": 2},
        "dtypes": {"supported": ["int8"], "default": "int8"},
    }


def test_multicast_blocks_come_from_where_the_first_sharer_found_them():
    # With a shared level, both cores of a cluster take their half of a new block
    # from DRAM: the block crosses DRAM once, never half from DRAM, half from L2.
    spec = _two_core_machine(2)
    spec["memory"] |= {"shared_bytes": 1 << 20, "shared_bandwidth_bytes_per_s": 1e12}
    hw = hardware.from_dict(spec, "t.toml")
    op = Gemm("g", 8, 16, 64, dtype="int8")
    [result] = Engine(hw).run([map_gemm(hw, op, choice=TileChoice(8, 8, 64, "mnk", 1))])
    assert result.counts.dram_read_bytes == 8 * 64 + 64 * 16
    assert result.counts.shared_read_bytes == 0


@pytest.mark.parametrize("op", [Gemm("g", 300, 200, 100, dtype="bf16"),
                                Gemm("g", 8, 4096, 4096, dtype="bf16")])
def test_a_lone_op_shifted_by_its_launch_equals_the_engine_with_the_launch(op):
    # simulate_ops simulates a lone op without its launch wait and shifts it after
    # (so one simulation serves every launch cost); the engine waits it first.
    hw = hardware.load("h100")
    [direct] = Engine(hw).run([map_gemm(hw, op)])
    [shifted] = simulate_ops(hw, [op], record_timeline=False).ops
    assert kernel_rules(hw).launch_cycles > 0
    assert (shifted.cycles, shifted.stall_cycles, shifted.counts) == \
        (direct.cycles, direct.stall_cycles, direct.counts)


def test_progress_inside_a_long_op_counts_its_tiles():
    from systolic import simulate
    from systolic.engine.processes import PROGRESS_TILES

    hw = machine(cores=2, sram=2048)
    op = Gemm("g", 1024, 1024, 64)
    tiles = map_gemm(hw, op).tile_count
    assert tiles >= 2 * PROGRESS_TILES
    seen = []
    with simulate.reporting_tiles(lambda done, total: seen.append((done, total))):
        simulate_ops(hw, [op], record_timeline=False)
    assert seen == [(PROGRESS_TILES * i, tiles) for i in range(1, tiles // PROGRESS_TILES + 1)]


def test_the_timeline_is_recorded_only_when_asked_for():
    hw = machine(cores=2)
    op = Gemm("g", 40, 40, 40)
    assert simulate_ops(hw, [op], record_timeline=False).timeline == ()
    assert simulate_ops(hw, [op], record_timeline=True).timeline
