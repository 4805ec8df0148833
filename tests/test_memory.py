"""DRAM as a shared bandwidth pool, the shared level, SRAM buffers."""

import math

from systolic.engine.kernel import Kernel
from systolic.engine.memory import BandwidthPool, SharedLevel


def finish_times(transfers, bytes_per_cycle=10.0, latency=0, channels=4):
    """Run transfers given as (start cycle, bytes, cap[, source]); return their end cycles."""
    kernel = Kernel()
    pool = BandwidthPool(kernel, bytes_per_cycle, latency, channels)
    ends = {}

    def one(i, start, nbytes, cap, source=None):
        yield start
        yield pool.request(nbytes, cap, source)
        ends[i] = kernel.now

    for i, transfer in enumerate(transfers):
        kernel.process(one(i, *transfer))
    kernel.run()
    return [ends[i] for i in range(len(transfers))]


def test_a_lone_transfer_takes_latency_plus_bytes_over_bandwidth():
    assert finish_times([(0, 1000, math.inf)], latency=7) == [7 + 100]


def test_a_transfer_ends_at_the_first_whole_cycle_after_its_last_byte():
    assert finish_times([(0, 1001, math.inf)]) == [101]


def test_concurrent_transfers_share_the_bandwidth():
    # Two 1000-byte transfers at 10 B/cycle: each gets 5 B/cycle, both end at 200.
    assert finish_times([(0, 1000, math.inf), (0, 1000, math.inf)]) == [200, 200]


def test_a_late_arrival_slows_the_first_transfer():
    # First alone for 50 cycles (500 B), then shared: 500 B left at 5 B/cycle -> 150;
    # the second then has 500 B left alone at 10 B/cycle -> 200.
    assert finish_times([(0, 1000, math.inf), (50, 1000, math.inf)]) == [150, 200]


def test_a_port_cap_limits_a_transfer_and_frees_bandwidth_for_others():
    # Capped at 2 B/cycle: the other gets 8 B/cycle.
    ends = finish_times([(0, 200, 2.0), (0, 800, math.inf)])
    assert ends == [100, 100]


def test_one_channel_serializes_transfers():
    ends = finish_times([(0, 1000, math.inf), (0, 1000, math.inf)], channels=1)
    assert ends == [100, 200]


def test_a_sources_transfers_move_one_after_another_oldest_first():
    # One DMA queue: the first gets all 10 B/cycle (100 cycles), then the second.
    assert finish_times([(0, 1000, math.inf, "core0"), (0, 1000, math.inf, "core0")]) == \
        [100, 200]


def test_a_sources_latencies_still_overlap():
    # Both issued at 0 with a latency of 7: the second follows the first's last byte.
    ends = finish_times([(0, 1000, math.inf, 0), (0, 1000, math.inf, 0)], latency=7)
    assert ends == [107, 207]


def test_sources_share_the_bandwidth_among_them():
    # Core 0 has two in its queue, core 1 one: 0's first and 1's share 5 B/cycle each
    # (both end at 200), then 0's second moves alone (100 more cycles).
    ends = finish_times([(0, 1000, math.inf, 0), (0, 1000, math.inf, 0),
                         (0, 1000, math.inf, 1)])
    assert ends == [200, 300, 200]


def test_a_sources_next_transfer_queues_behind_others_for_a_channel():
    # One channel: 0's first, then 1's (waiting since cycle 10), then 0's second.
    ends = finish_times([(0, 1000, math.inf, 0), (0, 1000, math.inf, 0),
                         (10, 1000, math.inf, 1)], channels=1)
    assert ends == [100, 300, 200]


def test_unbounded_bandwidth_takes_only_the_latency():
    assert finish_times([(0, 10**9, math.inf)], bytes_per_cycle=math.inf, latency=3) == [3]


def test_shared_level_keeps_blocks_least_recently_used_first_out():
    level = SharedLevel(BandwidthPool(Kernel(), 1.0, 0, 1), capacity_bytes=100)
    level.insert(("a",), 60)
    level.insert(("b",), 40)
    assert level.holds(("a",))  # refreshes a
    level.insert(("c",), 30)  # evicts b, the least recently used
    assert level.holds(("a",)) and level.holds(("c",)) and not level.holds(("b",))
    level.insert(("huge",), 101)
    assert not level.holds(("huge",))


def test_water_filling_over_several_caps():
    # 10 B/cycle among caps 2, 3 and none: rates 2, 3 and 5. At 100 the first is done;
    # the uncapped one has 500 B left and now gets 7 B/cycle -> ends at ceil(171.4);
    # the 3-capped one had 600 B at 3 B/cycle throughout -> 200.
    ends = finish_times([(0, 200, 2.0), (0, 600, 3.0), (0, 1000, math.inf)])
    assert ends == [100, 200, 172]


def test_transfers_that_end_together_finish_in_arrival_order():
    kernel = Kernel()
    pool = BandwidthPool(kernel, 10.0, 0, 8)
    order = []
    for i, cap in enumerate((math.inf, 5.0, math.inf, 5.0)):
        pool.request(100, cap).waiters.append(lambda _value, i=i: order.append(i))
    kernel.run()
    assert order == [0, 1, 2, 3]


def test_a_long_stream_keeps_whole_cycle_ends():
    # 10^15 bytes stream alone for 10^10 cycles (10^11 bytes served), then three
    # short transfers join: ends derived by hand, rates 5, 10/3 and 2.5 B/cycle.
    # Without rebasing the bytes-served clock, rounding at 10^11 moves two ends.
    t = 10**10
    ends = finish_times([(0, 10**15, math.inf), (t + 189, 70, math.inf),
                         (t + 113, 1000, math.inf), (t + 101, 3000, math.inf)], channels=4)
    assert ends[1:] == [t + 217, t + 420, t + 808]
