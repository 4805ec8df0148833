"""Tiling a GEMM: fits the buffers, covers the work, reuses operands, spreads over cores."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.core.timing import gemm_timing
from systolic.errors import ConfigError
from systolic.mapping.gemm import map_gemm
from systolic.mapping.schedule import TileChoice, array_cycles, array_parts, array_work
from systolic.mapping.tile_estimate import blocks_loaded
from systolic.mapping.tiling import choose_tiles
from systolic.spec import hardware
from systolic.spec.workload import Gemm


def machine(**overrides):
    return hardware.load("teach-8x8", overrides)


def all_tiles(schedule):
    return [t for core in schedule.cores for t in core]


@pytest.mark.parametrize("hw_name,op", [
    ("teach-8x8", Gemm("g", 37, 29, 53, dtype="int8")),
    ("tpu-v4-like", Gemm("g", 2048, 4096, 4096)),
    ("tpu-v4-like", Gemm("decode", 16, 4096, 4096)),
    ("tpu-v1", Gemm("g", 3000, 1000, 700, dtype="int8")),
])
def test_tiles_cover_every_mac_once_and_fit_double_buffered(hw_name, op):
    hw = hardware.load(hw_name)
    schedule = map_gemm(hw, op)
    tiles = all_tiles(schedule)
    assert sum(t.work.macs for t in tiles) == op.macs
    sram = hw.core.sram
    choice = schedule.choice
    element = op.element.bytes
    assert 2 * choice.tm * choice.tk * element <= sram.input_bytes
    assert 2 * choice.tk * choice.tn * element <= sram.weight_bytes
    assert 2 * choice.tm * choice.tn * 4 <= sram.output_bytes
    # Every output block is stored exactly once, at its last K step.
    stores = sum(t.store_bytes for t in tiles) + sum(r.write_bytes for r in schedule.reductions)
    assert stores == op.m * op.n * element * op.batch
    assert schedule.dram_read_bytes >= (op.m * op.k + op.k * op.n) * element


def test_consecutive_tiles_sharing_a_block_load_it_once():
    op = Gemm("g", 64, 8, 8, dtype="int8")  # one 8x8 weight block, many M blocks
    schedule = map_gemm(machine(), op, choice=TileChoice(tm=8, tn=8, tk=8,
                                                         loop_order="nmk", split_k=1))
    tiles = schedule.cores[0]
    assert [t.weight_load_bytes for t in tiles] == [64] + [0] * 7
    assert [t.weight_release_bytes for t in tiles] == [0] * 7 + [64]
    assert all(t.input_load_bytes == 64 for t in tiles)


@settings(max_examples=150, deadline=None)
@given(batch=st.integers(1, 3), m=st.integers(1, 80), n=st.integers(1, 80),
       k=st.integers(1, 40), tm=st.sampled_from([8, 16, 24]), tn=st.sampled_from([8, 16]),
       tk=st.sampled_from([8, 40]), cores=st.integers(1, 7), order=st.sampled_from(["mnk", "nmk"]))
def test_the_searchs_count_of_block_loads_is_the_schedules(batch, m, n, k, tm, tn, tk, cores,
                                                           order):
    """The score's closed form (``tiling.blocks_loaded``) counts the A and B
    loads the schedule makes, block reuse on each core included."""
    op = Gemm("g", m, n, k, dtype="int8", batch=batch)
    schedule = map_gemm(machine(**{"chip.cores": cores}), op,
                        choice=TileChoice(tm=tm, tn=tn, tk=tk, loop_order=order, split_k=1))
    tiles = all_tiles(schedule)
    outer, inner = -(-m // tm), -(-n // tn)
    if order == "nmk":
        outer, inner = inner, outer
    loads = blocks_loaded(batch, outer, inner, cores, -(-k // tk))
    a_loads, b_loads = loads if order == "mnk" else loads[::-1]
    assert a_loads == sum(t.input_load_bytes > 0 for t in tiles)
    assert b_loads == sum(t.weight_load_bytes > 0 for t in tiles)


def test_output_blocks_are_dealt_to_cores_in_waves():
    hw = hardware.load("tpu-v4-like")  # 2 cores
    op = Gemm("g", 128, 3 * 512, 128)
    schedule = map_gemm(hw, op, choice=TileChoice(128, 512, 128, "nmk", 1))
    assert [len(c) for c in schedule.cores] == [2, 1]
    assert schedule.waves == 2


def test_split_k_when_blocks_are_fewer_than_cores():
    hw = hardware.load("tpu-v4-like")
    op = Gemm("gemv", 1, 512, 4096)  # one output block, two cores
    schedule = map_gemm(hw, op, choice=TileChoice(1, 512, 1024, "nmk", 2))
    assert [len(c) for c in schedule.cores] == [2, 2]
    [reduction] = schedule.reductions
    assert reduction.elements == 2 * 512 and reduction.write_bytes == 512 * 2
    chosen = map_gemm(hw, op)  # by splitting K or N, the mapper keeps both cores busy
    assert all(chosen.cores)


def test_sram_too_small_for_one_fold_is_a_clear_error():
    hw = machine(**{"core.sram.weight_bytes": 64})
    with pytest.raises(ConfigError) as caught:
        map_gemm(hw, Gemm("g", 64, 64, 64, dtype="int8"))
    assert str(caught.value) == (
        "SRAM too small for a single fold of g (2 buffered 1x8x8 tiles of int8): teach-8x8's "
        "[core.sram] weight_bytes 64 < 128 (raise them in the machine's file or with --sram-kb)")


def test_more_cores_than_work_leaves_cores_idle():
    hw = hardware.load("tpu-v4-like", {"chip.cores": 8})
    schedule = map_gemm(hw, Gemm("tiny", 4, 4, 4), choice=TileChoice(4, 4, 4, "nmk", 1))
    assert sum(1 for c in schedule.cores if c) == 1
    assert schedule.waves == 1


def test_unsupported_dtype_is_refused():
    with pytest.raises(ConfigError, match="dtype"):
        map_gemm(hardware.load("tpu-v1"), Gemm("g", 8, 8, 8, dtype="bf16"))


def test_cores_of_a_cluster_share_the_blocks_they_load_at_the_same_step():
    op = Gemm("g", 128, 4 * 512, 128)  # four output blocks along N, one A block
    choice = TileChoice(128, 512, 128, "mnk", 1)
    alone = map_gemm(hardware.load("tpu-v4-like", {"chip.cores": 4}), op, choice=choice)
    paired = map_gemm(hardware.load("tpu-v4-like", {"chip.cores": 4, "chip.cluster_cores": 2}),
                      op, choice=choice)
    assert [(t.input_sharers, t.weight_sharers) for t in all_tiles(alone)] == [(1, 1)] * 4
    # Cores 0-1 and 2-3 load the same A block at step 0; their B blocks differ.
    assert [(t.input_sharers, t.weight_sharers) for t in all_tiles(paired)] == [(2, 1)] * 4


def test_unaligned_gemms_use_the_fallback_kernels_tiles():
    hw = hardware.load("h100")
    assert hw.core.unaligned_tile_shapes
    choice = choose_tiles(hw, Gemm("g", 1000, 3000, 777))
    shapes = {tuple(shape) for shape in hw.core.unaligned_tile_shapes}
    assert (choice.tm, choice.tn) in shapes or (choice.tn, choice.tm) in shapes
    aligned = choose_tiles(hw, Gemm("g", 1000, 3000, 768))
    assert (aligned.tm, aligned.tn) in {tuple(shape) for shape in hw.core.tile_shapes}


def test_causal_query_blocks_are_balanced_over_the_cores():
    # Llama-2-13B's 40 heads of causal query blocks (1..64 key blocks each) on 132 SMs.
    from systolic.mapping.attention import _block_sizes, _visible_kv_blocks, map_fused
    from systolic.spec.workload import Attention

    hw = hardware.load("h100")
    op = Attention("a", 1, 40, 40, 128, 2048, 2048, causal=True, fused=True)
    tq, tkv = _block_sizes(hw, op)
    lengths = [len(_visible_kv_blocks(op, q0, min(q0 + tq, 2048), tkv))
               for _ in range(40) for q0 in range(0, 2048, tq)]
    loads = [sum(-(-t.dims[1] // tkv) for t in core) for core in map_fused(hw, op).cores]
    assert sum(loads) == sum(lengths)
    assert max(loads) - min(loads) <= max(lengths)  # list scheduling: within one block
    round_robin = [sum(lengths[i::hw.chip.cores]) for i in range(hw.chip.cores)]
    assert max(loads) < 0.9 * max(round_robin)


def test_a_partner_that_already_holds_the_block_does_not_share_its_load():
    # 16x24x64 int8, 8x8 tiles, mnk, 2 cores in a cluster: blocks (m, n) are dealt
    # alternately, so a core sometimes keeps its A block from its previous step.
    hw = hardware.load("teach-8x8", {"chip.cores": 2, "chip.cluster_cores": 2})
    op = Gemm("g", 16, 24, 64, dtype="int8")
    schedule = map_gemm(hw, op, choice=TileChoice(8, 8, 64, "mnk", 1))
    mine, partner = schedule.cores
    shared = [(a, b) for a, b in zip(mine, partner) if a.input_sharers == 2]
    assert shared and all(b.input_key == a.input_key and b.input_load_bytes for a, b in shared)
    assert any(a.input_key == b.input_key and not b.input_load_bytes and a.input_sharers == 1
               for a, b in zip(mine, partner))  # the case that must not count as shared


@settings(max_examples=300, deadline=None, derandomize=True)
@given(m=st.integers(1, 3000), n=st.integers(1, 3000), k=st.integers(1, 3000),
       rows=st.sampled_from([1, 4, 8, 16, 128, 256]), cols=st.sampled_from([1, 4, 8, 32, 128]),
       arrays=st.integers(1, 8), dataflow=st.sampled_from(["ws", "os", "is"]),
       speed=st.sampled_from([1.0, 2.0, 0.0475, 1.1]), shadow=st.booleans())
def test_array_cycles_equal_the_array_works_cycles(m, n, k, rows, cols, arrays, dataflow,
                                                    speed, shadow):
    assert array_cycles(m, n, k, rows, cols, arrays, dataflow, speed, shadow) == \
        array_work(m, n, k, rows, cols, arrays, dataflow, speed, shadow).compute_cycles


def test_a_matrix_vector_product_splits_k_over_the_arrays():
    # 1 x 128 x 4096 (decode's P . V) on 4 arrays of 128 x 128: a quarter of K each,
    # then three 128-wide partial rows added, one per cycle.
    parts = array_parts(1, 128, 4096, 128, 128, 4, "ws", True)
    assert parts == ((1, 128, 1024),) * 4
    work = array_work(1, 128, 4096, 128, 128, 4, "ws", 1.0, True)
    assert work.compute_cycles == gemm_timing(1, 128, 1024, 128, 128, "ws", shadow=True).cycles + 3
    assert work.output_reads == 3 * 128 + 4 * gemm_timing(1, 128, 1024, 128, 128, "ws").output_reads
