"""Collectives on the chip's links (mapping/collectives.py), against costs derived by hand."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.errors import ConfigError, TraceError
from systolic.mapping.collectives import chip_link, chosen_algorithm, cost, map_collective
from systolic.simulate import simulate_ops
from systolic.spec import hardware, traces
from systolic.spec.workload import COLLECTIVE_ALGORITHMS, COLLECTIVES, Trace

HW = hardware.load("tpu-v4-like")  # 300 GB/s a direction, 1 us a step, 1.05 GHz
BW, ALPHA = HW.chip.link_bandwidth_bytes_per_s, HW.chip.link_latency_ns * 1e-9


def by_hand(kind: str, algorithm: str, size: int, p: int) -> float:
    """Seconds, step by step as the algorithm moves the data (module docstring's table);
    on the chip's one link the hierarchical forms are the ring."""
    algorithm = "ring" if algorithm == "hierarchical" else algorithm
    if kind == "allreduce" and algorithm == "ring":      # reduce-scatter, then all-gather
        return sum(ALPHA + size / p / BW for _ in range(2 * (p - 1)))
    if kind == "allreduce":                              # up two trees, down two trees
        depth = math.ceil(math.log2(p))
        return 2 * depth * ALPHA + 2 * size / BW
    if kind == "allgather":                              # pass every chip's buffer along
        return sum(ALPHA + size / BW for _ in range(p - 1))
    if kind == "reducescatter":
        return sum(ALPHA + size / p / BW for _ in range(p - 1))
    if kind == "alltoall" and algorithm == "direct":     # a B/p piece to each peer at once
        return ALPHA + (p - 1) * (size / p) / BW
    if kind == "alltoall":                               # step s forwards the p - s pieces left
        return sum(ALPHA + (p - s) * (size / p) / BW for s in range(1, p))
    if kind == "broadcast" and algorithm == "ring":      # a pipelined chain fills once
        return (p - 1) * ALPHA + size / BW
    if kind == "broadcast":
        return math.ceil(math.log2(p)) * ALPHA + size / BW
    return ALPHA + size / BW                             # sendrecv


CASES = [(kind, algorithm) for kind, options in COLLECTIVE_ALGORITHMS.items()
         for algorithm in options]


@settings(max_examples=80, deadline=None)
@given(case=st.sampled_from(CASES), size=st.integers(1, 2**34), p=st.integers(2, 4096))
def test_every_algorithm_costs_what_the_hand_derivation_says(case, size, p):
    kind, algorithm = case
    op = COLLECTIVES[kind]("c", size, p, algorithm)
    priced = cost(op, algorithm, chip_link(HW, p))
    assert priced.seconds == pytest.approx(by_hand(kind, algorithm, size, p), rel=1e-9)
    [result] = simulate_ops(HW, [op], record_timeline=False).ops
    assert result.cycles == math.ceil(priced.seconds * HW.chip.clock_hz)
    assert result.kind == kind and result.counts.link_bytes == int(priced.sent_bytes)


def test_the_ring_all_reduce_sends_nccls_bus_bandwidth_share():
    op = COLLECTIVES["allreduce"]("ar", 1 << 30, 8, "ring")
    assert cost(op, "ring", chip_link(HW, 8)).sent_bytes == 2 * 7 / 8 * (1 << 30)


def test_without_an_algorithm_the_fastest_is_taken():
    small = COLLECTIVES["allreduce"]("ar", 4096, 8)
    large = COLLECTIVES["allreduce"]("ar", 1 << 30, 8)
    assert chosen_algorithm(small, chip_link(HW, 8)) == "tree"   # 6 steps beat 14
    assert chosen_algorithm(large, chip_link(HW, 8)) == "ring"   # 1.75 B beats 2 B
    assert map_collective(HW, small).cycles == math.ceil(
        by_hand("allreduce", "tree", 4096, 8) * HW.chip.clock_hz)


def test_one_participant_moves_nothing():
    for cls in COLLECTIVES.values():
        assert map_collective(HW, cls("c", 1 << 20, 1)).cycles == 0


def test_a_machine_without_links_says_so():
    hw = hardware.load("tpu-v4-like", {"chip.link_bandwidth_bytes_per_s": 0})
    with pytest.raises(ConfigError,
                       match=r"link_bandwidth_bytes_per_s: .* the allgather ag over 4 chips"):
        map_collective(hw, COLLECTIVES["allgather"]("ag", 1024, 4))


def test_traces_name_every_collective_and_check_its_algorithm(tmp_path):
    ops = [COLLECTIVES[kind](kind, 4096, 4, options[-1])
           for kind, options in COLLECTIVE_ALGORITHMS.items()]
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(traces.trace_lines(Trace(tuple(ops), {}))) + "\n")
    assert list(traces.read_trace(path).ops) == ops
    chosen = COLLECTIVES["allreduce"]("ar", 64, 2)  # "" (the fastest) is not written
    assert "algorithm" not in traces.op_to_record(chosen)
    path.write_text('{"kind": "allgather", "name": "g", "bytes": 8, "participants": 2, '
                    '"algorithm": "tree"}\n')
    with pytest.raises(TraceError, match=r"t.jsonl:1: algorithm: expected one of ring"):
        traces.read_trace(path)
    path.write_text('{"kind": "allgather", "name": "g", "bytes": 1125899906842624, '
                    '"participants": 2147483647}\n')
    with pytest.raises(TraceError, match=r"t.jsonl:1: participants: .* at most 2\*\*50"):
        traces.read_trace(path)


# tpu-v4-like: 300 GB/s, 1 us a step, 1.05 GHz. Worked out by hand:
# an all-gather of 1 MiB over 8 chips passes 7 buffers, 7 x (1 us + 3.495 us) = 31.467 us;
# a reduce-scatter passes 7 eighths, 7 x (1 us + 0.437 us) = 10.058 us;
# a direct all-to-all sends 7 eighths at once, 1 us + 3.058 us = 4.058 us;
# a 4 KiB all-reduce over 8 as trees: 6 steps + 8 KiB = 6.027 us; a broadcast 3.014 us.
LITERAL = [("allgather", 1 << 20, 8, 7 << 20, 33041, "ring"),
           ("reducescatter", 1 << 20, 8, 7 << 17, 10562, "ring"),
           ("alltoall", 1 << 20, 8, 7 << 17, 4262, "direct"),
           ("allreduce", 4096, 8, 8192, 6329, "tree"),
           ("broadcast", 4096, 8, 4096, 3165, "tree"),
           ("sendrecv", 4096, 2, 4096, 1065, "direct")]


@pytest.mark.parametrize("kind, size, p, sent, cycles, algorithm", LITERAL)
def test_worked_examples_and_the_algorithm_each_is_given(kind, size, p, sent, cycles, algorithm):
    schedule = map_collective(HW, COLLECTIVES[kind]("c", size, p))
    assert (schedule.link_bytes, schedule.cycles, schedule.algorithm) == (sent, cycles, algorithm)


def test_each_collective_knows_its_buffers():
    size, p = 1 << 20, 8
    outputs = {"allreduce": size, "allgather": p * size, "reducescatter": size / p,
               "alltoall": size, "broadcast": size, "sendrecv": size}
    for kind, output in outputs.items():
        op = COLLECTIVES[kind]("c", size, p)
        assert op.output_bytes == output and op.min_bytes == size + output
        assert op.buffer_bytes == (size if op.in_place else size + output)


def test_a_collective_whose_output_would_pass_a_pebibyte_is_refused():
    with pytest.raises(ConfigError, match=r"big: participants: .* expected at most 2\*\*50"):
        map_collective(HW, COLLECTIVES["allgather"]("big", 2**40, 2**20))


def test_explain_gives_a_collectives_algorithm(tmp_path, capsys):
    from systolic.cli import main

    path = tmp_path / "t.jsonl"
    path.write_text('{"kind": "allgather", "name": "ag", "bytes": 1048576, "participants": 8}\n')
    assert main(["run", "--hw", "tpu-v4-like", "--trace", str(path), "--json",
                 str(tmp_path / "r.json")]) == 0
    capsys.readouterr()
    assert main(["explain", str(tmp_path / "r.json"), "ag"]) == 0
    out = capsys.readouterr().out
    assert "33041 cycles" in out and "the ring algorithm" in out and "7340032 bytes" in out
