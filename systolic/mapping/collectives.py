"""Collectives over a network's axes: each algorithm's alpha-beta cost, and the choice.

A collective over ``p`` chips with ``B`` bytes of input each runs over the
axes of the network its group spans (``op.network``, ``spec/systems.py``:
rings of two links a chip, or switches a chip drives ``links`` links into);
an op without one runs over the chip's own link (``[chip]
link_bandwidth_bytes_per_s`` per direction, ``link_latency_ns`` a step), a
single switch axis. On one axis of injection bandwidth ``bw`` (``links x``
a link's; a ring's two links carry two counter-rotating rings) each step
pays the latency (alpha) and its bytes over the bandwidth (beta):

============= ============ ========================================= ==================
collective    algorithm    time                                      bytes a chip sends
============= ============ ========================================= ==================
allreduce     ring         2 (p-1) (alpha + B / (p bw))              2 (p-1) / p B
allreduce     tree         2 ceil(log2 p) alpha + 2 B / bw           2 B
allgather     ring         (p-1) (alpha + B / bw)                    (p-1) B
reducescatter ring         (p-1) (alpha + B / (p bw))                (p-1) / p B
alltoall      direct       alpha + (p-1) / p B / bw                  (p-1) / p B
alltoall      ring         (p-1) alpha + (p-1) / 2 B / bw            (p-1) / 2 B
broadcast     ring         (p-1) alpha + B / bw                      B
broadcast     tree         ceil(log2 p) alpha + B / bw               B
sendrecv      direct       alpha + B / bw (a ring: B / link)         B
============= ============ ========================================= ==================

Over several axes the flat algorithms (ring, tree, the ring all-to-all,
broadcasts, sendrecv) run at the slowest axis's bandwidth and latency, as
one NCCL ring through every chip is paced by its slowest hop. The
``hierarchical`` algorithms go axis by axis (on a torus this is the
dimension-ordered algorithm; over node and network levels, NCCL's
intra-node / inter-node split): an all-reduce reduce-scatters ``B`` along the
innermost axis, all-reduces its ``B / p1`` share over the rest the same way,
and all-gathers back; a reduce-scatter goes innermost first (each axis
carries what is left), an all-gather outermost first (the slow axes carry
the small buffers). The direct all-to-all sends along every axis at once,
each axis taking ``(p_i - 1) / p_i B / bw_i`` through a switch and
``B floor(p_i^2 / 4) / (2 p_i link)`` around a ring (its links' load under
shortest-path routing, which bounds it below its injection rate), the
slowest axis setting the time, every axis's latency paid once.

The ring all-reduce is a reduce-scatter then an all-gather, the
``2 (p-1) / p`` of NCCL's bus bandwidth; the tree is NCCL's double binary
tree (each tree carries half the data, each chip interior in one and a leaf
in the other: it sends ``2 B``, but in ``log2 p`` steps, not ``p``);
broadcasts are pipelined (the chain or trees fill once). ``direct`` sends to
every peer at once. The ring and tree all-reduce and the ring all-gather and
reduce-scatter are NCCL's; the ring all-to-all and the tree broadcast are
textbook forms NCCL lacks, and the pipelined forms are idealised (no
latency per chunk). An op's ``algorithm`` picks one; "" (a trace leaves the
field out) takes the fastest by these formulas, as NCCL's tuner picks by its
cost model (so small all-reduces over many chips run as trees).

In a model run (``simulate.simulate_model``) collectives run in issue order on
a stream of their own beside the kernels, as NCCL's do. In a trace run, in
the engine, a collective holds the links of every network level its
group spans (``LinkSchedule.levels``) for its time: two collectives of a
chip that share a level run one after the other (contention), ones on
different levels (a tensor-parallel all-reduce on NVSwitch, a pipeline
send over InfiniBand) at once; without a network, the chip's one link.
A torus is one level, so groups along two of its dimensions take turns too
(a chip's links of both dimensions are counted as one unit).
Not modelled: contention with other chips' groups beyond their share of a
ring (``spec/systems.group_network``), NVSwitch's in-switch reduction
(NVLS), protocol overheads (NCCL's LL/LL128 framing).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from systolic.errors import ConfigError
from systolic.mapping.schedule import LinkSchedule
from systolic.spec.hardware import Hardware
from systolic.spec.systems import Axis
from systolic.spec.workload import COLLECTIVE_ALGORITHMS, Collective

MAX_OUTPUT_BYTES = 2**50  # as a trace's bytes (spec/traces.py): a PiB


def _steps_log(p: int) -> int:
    return math.ceil(math.log2(p))


@dataclass(frozen=True)
class CollectiveCost:
    """A collective on an idle network: its seconds, and the bytes each chip
    sends along each axis the group spans (innermost first)."""

    seconds: float
    axis_bytes: tuple[float, ...]

    @property
    def sent_bytes(self) -> float:
        return sum(self.axis_bytes)


def chip_link(hw: Hardware, participants: int) -> tuple[Axis, ...]:
    """The chip's own link as the single switch axis a collective without a
    network runs over."""
    return (Axis("switch", participants, hw.chip.link_bandwidth_bytes_per_s, 1,
                 hw.chip.link_latency_ns * 1e-9, 0.0, "chip link"),)


def cost(op: Collective, algorithm: str, axes: tuple[Axis, ...]) -> CollectiveCost:
    """``op`` under ``algorithm`` over ``axes`` on an idle network (module docstring)."""
    axes = tuple(axis for axis in axes if axis.members > 1)
    if op.participants == 1 or not axes:
        return CollectiveCost(0.0, tuple(0.0 for _ in axes))
    if algorithm == "hierarchical":
        return _HIERARCHICAL[op.kind](op.bytes, axes)
    if (op.kind, algorithm) == ("alltoall", "direct"):
        return _alltoall_direct(op.bytes, axes)
    return _flat(op, algorithm, axes)


def _flat(op: Collective, algorithm: str, axes: tuple[Axis, ...]) -> CollectiveCost:
    """One algorithm through every chip, paced by the slowest axis."""
    p, size = op.participants, op.bytes
    # a send to the next chip of a ring takes one of its links, one way (through a
    # switch it spreads over every link, as NVSwitch does); the others use every link
    bandwidth = min(axis.link_bandwidth_bytes_per_s
                    if op.kind == "sendrecv" and axis.kind == "ring" else
                    axis.injection_bytes_per_s for axis in axes)
    latency = max(axis.latency_s for axis in axes)
    sent, steps = {
        ("allreduce", "ring"): (2 * (p - 1) / p * size, 2 * (p - 1)),
        ("allreduce", "tree"): (2 * size, 2 * _steps_log(p)),
        ("allgather", "ring"): ((p - 1) * size, p - 1),
        ("reducescatter", "ring"): ((p - 1) / p * size, p - 1),
        ("alltoall", "ring"): ((p - 1) / 2 * size, p - 1),
        ("broadcast", "ring"): (size, p - 1),
        ("broadcast", "tree"): (size, _steps_log(p)),
        ("sendrecv", "direct"): (size, 1),
    }[(op.kind, algorithm)]
    return CollectiveCost(sent / bandwidth + steps * latency, _ring_shares(axes, sent))


def _ring_shares(axes: tuple[Axis, ...], sent: float) -> tuple[float, ...]:
    """``sent`` split over the axes as the hops of one ring through every chip
    fall on them: of its ``p`` hops, ``(p_i - 1)`` per group of axis ``i``
    change that axis last (the outermost axis takes its wrap-around too)."""
    p = math.prod(axis.members for axis in axes)
    hops, outer = [], p
    for index, axis in enumerate(axes):
        outer //= axis.members
        hops.append(outer * (axis.members if index == len(axes) - 1 else axis.members - 1))
    return tuple(sent * count / p for count in hops)


def _step(axis: Axis, moved: float) -> float:
    """(p - 1) steps along ``axis``, ``moved`` bytes a chip in all."""
    return (axis.members - 1) * axis.latency_s + moved / axis.injection_bytes_per_s


def _reducescatter_hierarchical(size: float, axes: tuple[Axis, ...]) -> CollectiveCost:
    seconds, sent = 0.0, []
    for axis in axes:  # innermost first: each axis reduces what the last left
        moved = (axis.members - 1) / axis.members * size
        seconds += _step(axis, moved)
        sent.append(moved)
        size /= axis.members
    return CollectiveCost(seconds, tuple(sent))


def _allgather_hierarchical(size: float, axes: tuple[Axis, ...]) -> CollectiveCost:
    seconds, sent = 0.0, [0.0] * len(axes)
    for index in reversed(range(len(axes))):  # outermost first: small buffers go far
        moved = (axes[index].members - 1) * size
        seconds += _step(axes[index], moved)
        sent[index] = moved
        size *= axes[index].members
    return CollectiveCost(seconds, tuple(sent))


def _allreduce_hierarchical(size: float, axes: tuple[Axis, ...]) -> CollectiveCost:
    """Reduce-scatter along the innermost axis, all-reduce the share over the
    rest the same way, all-gather back."""
    inner, rest = axes[0], axes[1:]
    moved = (inner.members - 1) / inner.members * size
    seconds, sent = 2 * _step(inner, moved), (2 * moved,)
    if rest:
        below = _allreduce_hierarchical(size / inner.members, rest)
        seconds, sent = seconds + below.seconds, sent + below.axis_bytes
    return CollectiveCost(seconds, sent)


_HIERARCHICAL = {"allreduce": _allreduce_hierarchical,
                 "reducescatter": _reducescatter_hierarchical,
                 "allgather": _allgather_hierarchical}


def _alltoall_direct(size: float, axes: tuple[Axis, ...]) -> CollectiveCost:
    """Every axis at once (module docstring): the slowest sets the time."""
    times, sent = [], []
    for axis in axes:
        p = axis.members
        moved = (p - 1) / p * size
        if axis.kind == "ring":
            times.append(size * (p * p // 4) / (2 * p * axis.link_bandwidth_bytes_per_s))
        else:
            times.append(moved / axis.injection_bytes_per_s)
        sent.append(moved)
    return CollectiveCost(sum(axis.latency_s for axis in axes) + max(times), tuple(sent))


def chosen_algorithm(op: Collective, axes: tuple[Axis, ...]) -> str:
    """``op.algorithm``, or the fastest of its kind's (the first of equals)."""
    if op.algorithm:
        return op.algorithm
    options = COLLECTIVE_ALGORITHMS[op.kind]
    return min(options, key=lambda name: cost(op, name, axes).seconds)


def map_collective(hw: Hardware, op: Collective) -> LinkSchedule:
    """``op`` over its network (or the chip's link), as its chosen algorithm runs it."""
    if op.participants == 1:
        return LinkSchedule(op, 0, 0.0)
    axes = op.network or chip_link(hw, op.participants)
    if not op.network and not hw.chip.link_bandwidth_bytes_per_s:
        raise ConfigError(f"{hw.source}: [chip] link_bandwidth_bytes_per_s: expected a "
                          f"positive number for the {op.kind} {op.name} over "
                          f"{op.participants} chips, got 0")
    if math.prod(axis.members for axis in axes) != op.participants:
        raise ConfigError(f"{op.name}: participants: its network spans "
                          f"{math.prod(axis.members for axis in axes)} chips, not "
                          f"{op.participants}")
    if op.output_bytes > MAX_OUTPUT_BYTES:
        raise ConfigError(f"{op.name}: participants: this {op.kind} of {op.bytes} bytes over "
                          f"{op.participants} chips outputs {op.output_bytes:.3g} bytes; "
                          f"expected at most 2**50 (a PiB)")
    algorithm = chosen_algorithm(op, axes)
    priced = cost(op, algorithm, axes)
    levels = tuple(sorted({axis.level for axis in op.network if axis.members > 1}))
    return LinkSchedule(op, math.ceil(priced.seconds * hw.chip.clock_hz), priced.sent_bytes,
                        algorithm, levels)


def level_bytes(op: Collective) -> tuple[tuple[str, float], ...]:
    """The bytes one chip of ``op`` sends along each level of its network
    (the axes of a level summed, innermost level first); () without a network."""
    axes = tuple(axis for axis in op.network if axis.members > 1)
    if not axes or op.participants == 1:
        return ()
    priced = cost(op, op.algorithm or chosen_algorithm(op, axes), axes)
    levels: dict[str, float] = {}
    for moved, axis in zip(priced.axis_bytes, axes):
        levels[axis.level] = levels.get(axis.level, 0.0) + moved
    return tuple(levels.items())


def network_energy_j(op: Collective, algorithm: str) -> float:
    """What one chip's bytes of ``op`` cost on its network's links (each axis its
    pJ a byte; the chip's own link, without a network, counts none)."""
    axes = tuple(axis for axis in op.network if axis.members > 1)
    if not axes or op.participants == 1:
        return 0.0
    priced = cost(op, algorithm or chosen_algorithm(op, axes), axes)
    return sum(moved * axis.energy_pj_per_byte * 1e-12
               for moved, axis in zip(priced.axis_bytes, axes))
