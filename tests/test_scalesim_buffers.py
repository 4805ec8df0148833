"""The building blocks of the SCALE-Sim USER-mode replay equal brute force.

``test_scalesim_parity.py`` compares whole runs with SCALE-Sim itself;
these check each closed form against a direct enumeration, so a wrong
formula is caught even where no SCALE-Sim environment exists.
"""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.core.timing import gemm_timing
from systolic.errors import ConfigError
from systolic.peers.scalesim_buffers import layer_demand, simulate_user_mode
from systolic.peers.scalesim_read import FetchOrder, ReadBuffer, Stream, ramp_sum


def enumerate_order(order: FetchOrder) -> list[tuple[int, int]]:
    """The valid cells of the stack in fetch order, as SCALE-Sim builds it."""
    def valid(r, c):
        return c < order.width and (r < order.last_block_row or c < order.last_width)

    if not order.diagonal:
        return [(r, c) for r in range(order.rows) for c in range(order.width) if valid(r, c)]
    cells = []
    for diag in range(order.rows + order.width - 1):
        for r in range(min(diag, order.rows - 1), max(0, diag - order.width + 1) - 1, -1):
            if valid(r, diag - r):
                cells.append((r, diag - r))
    return cells


orders = st.builds(lambda blocks, height, width, cut, diagonal: FetchOrder(
    blocks, height, width, max(1, width - cut), diagonal),
    st.integers(1, 4), st.integers(1, 9), st.integers(1, 7), st.integers(0, 6), st.booleans())


@given(st.integers(-20, 40), st.integers(-5, 15), st.integers(0, 20), st.integers(1, 12))
def test_ramp_sum_equals_the_sum_it_names(x, lo, span, cap):
    hi = lo + span
    assert ramp_sum(x, lo, hi, cap) == sum(min(max(x - c, 0), cap) for c in range(lo, hi))


@settings(max_examples=150)
@given(orders)
def test_fetch_positions_follow_scalesims_order(order):
    cells = enumerate_order(order)
    assert len(cells) == order.total
    assert [order.position(r, c) for r, c in cells] == list(range(order.total))


@settings(max_examples=100)
@given(orders.filter(lambda o: o.diagonal), st.data())
def test_a_streamed_row_is_one_run_of_its_blocks_diagonal(order, data):
    block = data.draw(st.integers(0, order.blocks - 1))
    stream = Stream(order, block, 0, order.height + order.block_width(block) - 1)
    where = {cell: p for p, cell in enumerate(enumerate_order(order))}
    for t in range(stream.rows):
        diag = block * order.height + t
        positions = sorted(where[(r, diag - r)] for r in range(block * order.height,
                                                                 (block + 1) * order.height)
                           if (r, diag - r) in where)
        assert stream.span(t) == (positions[0], positions[-1])
        assert positions == list(range(positions[0], positions[-1] + 1))


@settings(max_examples=100)
@given(st.integers(2, 3000), st.integers(1, 40), orders)
def test_read_window_lookups_agree(sram_words, bandwidth, order):
    buffer = ReadBuffer(sram_words, bandwidth, order)
    for _ in range(4):
        held = [buffer.holds(s) for s in range(buffer.sets)]
        assert sum(held) == buffer.active_sets
        for low in range(buffer.sets):
            gap = next((s for s in range(low, buffer.sets) if not held[s]), None)
            for high in range(low, buffer.sets):
                expected = gap if gap is not None and gap <= high else None
                assert buffer.first_missing(low, high) == expected
        buffer.fetch((buffer.start + buffer.active_sets) % buffer.sets)


def test_a_one_word_buffer_is_refused_not_looped():
    with pytest.raises(ConfigError, match="prefetch"):
        simulate_user_mode(64, 64, 64, 4, 4, "ws", (1, 1024, 1024), 4)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 40), st.integers(1, 40), st.integers(1, 40), st.integers(1, 8),
       st.integers(1, 8), st.sampled_from(["ws", "os", "is"]))
def test_ofmap_bands_write_every_sram_output_once(m, n, k, rows, cols, dataflow):
    _, _, bands = layer_demand(m, n, k, rows, cols, dataflow)
    timing = gemm_timing(m, n, k, rows, cols, dataflow, "scalesim")
    assert bands.cumulative(bands.rows - 1) == m * n * (1 if dataflow == "os"
                                                        else math.ceil(k / rows))
    assert bands.rows == timing.cycles + 1


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 40), st.integers(1, 40), st.integers(1, 40), st.integers(1, 8),
       st.integers(1, 8), st.sampled_from(["ws", "os", "is"]))
def test_ample_buffers_and_bandwidth_never_stall(m, n, k, rows, cols, dataflow):
    result = simulate_user_mode(m, n, k, rows, cols, dataflow, (1 << 20,) * 3, 64)
    assert result.stall_cycles == 0
    assert result.total_cycles == gemm_timing(m, n, k, rows, cols, dataflow, "scalesim").cycles


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 60), st.integers(1, 60), st.integers(1, 60), st.integers(1, 8),
       st.integers(1, 8), st.sampled_from(["ws", "os", "is"]), st.integers(1, 4),
       st.integers(1, 16))
def test_user_mode_never_beats_the_stall_free_schedule(m, n, k, rows, cols, dataflow,
                                                       sram_kb, bandwidth):
    words = sram_kb * 1024
    result = simulate_user_mode(m, n, k, rows, cols, dataflow, (words,) * 3, bandwidth)
    compute = gemm_timing(m, n, k, rows, cols, dataflow, "scalesim").cycles
    assert result.stall_cycles >= 0
    assert result.total_cycles >= compute
