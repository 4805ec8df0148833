"""Collectives on the chip's links: each algorithm's alpha-beta cost, and the choice among them.

A collective over ``p`` chips with ``B`` bytes of input each runs on the
chip's link (``[chip] link_bandwidth_bytes_per_s``, per direction,
``link_latency_ns`` a step) as the algorithm names, each step
paying the latency (alpha) and its bytes over the bandwidth (beta):

============= ========= ============================================ ==================
collective    algorithm time                                         bytes a chip sends
============= ========= ============================================ ==================
allreduce     ring      2 (p-1) (alpha + B / (p bw))                  2 (p-1) / p B
allreduce     tree      2 ceil(log2 p) alpha + 2 B / bw               2 B
allgather     ring      (p-1) (alpha + B / bw)                        (p-1) B
reducescatter ring      (p-1) (alpha + B / (p bw))                    (p-1) / p B
alltoall      direct    alpha + (p-1) / p B / bw                      (p-1) / p B
alltoall      ring      (p-1) alpha + (p-1) / 2 B / bw                (p-1) / 2 B
broadcast     ring      (p-1) alpha + B / bw                          B
broadcast     tree      ceil(log2 p) alpha + B / bw                   B
sendrecv      direct    alpha + B / bw                                B
============= ========= ============================================ ==================

The ring all-reduce is a reduce-scatter then an all-gather, the
``2 (p-1) / p`` of NCCL's bus bandwidth; the tree is NCCL's double binary
tree (each tree carries half the data, each chip interior in one and a leaf
in the other: it sends ``2 B``, but in ``log2 p`` steps, not ``p``);
broadcasts are pipelined (the chain or trees fill once). ``direct`` sends to
every peer at once, as over a switch. The ring and tree all-reduce and the
ring all-gather and reduce-scatter are NCCL's; the ring all-to-all and the
tree broadcast are textbook forms NCCL lacks (neither is ever the faster:
direct and tree win for any ``p``), and the pipelined forms are idealised
(no latency per chunk). An op's ``algorithm`` picks one; "" (a trace
leaves the field out) takes the fastest by these formulas, as NCCL's tuner
picks by its cost model (so small all-reduces over many chips run as trees).

Not modelled yet: topologies (the many-chips issue's system description),
contention between collectives, compute overlapping them beyond the op graph.
"""

from __future__ import annotations

import math

from systolic.errors import ConfigError
from systolic.mapping.schedule import LinkSchedule
from systolic.spec.hardware import Hardware
from systolic.spec.workload import COLLECTIVE_ALGORITHMS, Collective

MAX_OUTPUT_BYTES = 2**50  # as a trace's bytes (spec/traces.py): a PiB


def _steps_log(p: int) -> int:
    return math.ceil(math.log2(p))


def cost(op: Collective, algorithm: str, bandwidth: float,
         latency_s: float) -> tuple[float, float]:
    """(seconds, bytes each chip sends) of ``op`` under ``algorithm`` on an idle link."""
    p, size = op.participants, op.bytes
    if p == 1:
        return 0.0, 0.0
    sent, steps = {
        ("allreduce", "ring"): (2 * (p - 1) / p * size, 2 * (p - 1)),
        ("allreduce", "tree"): (2 * size, 2 * _steps_log(p)),
        ("allgather", "ring"): ((p - 1) * size, p - 1),
        ("reducescatter", "ring"): ((p - 1) / p * size, p - 1),
        ("alltoall", "direct"): ((p - 1) / p * size, 1),
        ("alltoall", "ring"): ((p - 1) / 2 * size, p - 1),
        ("broadcast", "ring"): (size, p - 1),
        ("broadcast", "tree"): (size, _steps_log(p)),
        ("sendrecv", "direct"): (size, 1),
    }[(op.kind, algorithm)]
    return sent / bandwidth + steps * latency_s, sent


def chosen_algorithm(op: Collective, bandwidth: float, latency_s: float) -> str:
    """``op.algorithm``, or the fastest of its kind's (the first of equals)."""
    if op.algorithm:
        return op.algorithm
    options = COLLECTIVE_ALGORITHMS[op.kind]
    return min(options, key=lambda name: cost(op, name, bandwidth, latency_s)[0])


def map_collective(hw: Hardware, op: Collective) -> LinkSchedule:
    """``op`` on the chip's link, as its (chosen) algorithm runs it."""
    if op.participants == 1:
        return LinkSchedule(op, 0, 0.0)
    bandwidth = hw.chip.link_bandwidth_bytes_per_s
    if not bandwidth:
        raise ConfigError(f"{hw.source}: [chip] link_bandwidth_bytes_per_s: expected a "
                          f"positive number for the {op.kind} {op.name} over "
                          f"{op.participants} chips, got 0")
    latency_s = hw.chip.link_latency_ns * 1e-9
    if op.output_bytes > MAX_OUTPUT_BYTES:
        raise ConfigError(f"{op.name}: participants: this {op.kind} of {op.bytes} bytes over "
                          f"{op.participants} chips outputs {op.output_bytes:.3g} bytes; "
                          f"expected at most 2**50 (a PiB)")
    algorithm = chosen_algorithm(op, bandwidth, latency_s)
    seconds, sent = cost(op, algorithm, bandwidth, latency_s)
    return LinkSchedule(op, math.ceil(seconds * hw.chip.clock_hz), sent, algorithm)
