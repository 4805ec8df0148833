"""A model run on a system of chips under a parallelism layout.

Chips that do identical work are simulated once: every chip of a
tensor-parallel group runs the same ops on its shard, every replica the
same ops on its share of the batch, every pipeline stage the same layers.
So one chip's share of one micro-batch is simulated (``simulate_model``:
one layer, reused for every layer, its collectives priced on the axes its
groups span), and the system's figures follow from it:

- a stage runs ``ceil(layers / pp)`` layers, the first also the embedding,
  the last also the tail, then hands its activations (``micro-batch tokens
  x hidden``) to the next stage, a send over the pipeline group's axes;
- the pipeline runs its ``m`` micro-batches GPipe-style, forward only:
  ``(m + pp - 1)`` slots of the slowest stage (its bubble is ``(pp - 1) /
  (m + pp - 1)`` of the time: Narayanan et al., SC 2021). Without a
  backward pass 1F1B orders the same forward slots, so it times the same;
- the latency is that of the whole batch: a prefill of every prompt, or
  one decode step of every sequence;
- communication: the share of a chip's time its collectives take and no
  kernel hides (they run on a stream of their own), with the hand-overs;
- energy: every chip's ops (the one simulated, times the chips and the
  micro-batches), each idle chip-second at the chip's static power, every
  collective's bytes at its axes' pJ a byte, and the network's static power
  per chip over the latency.

Memory per chip (``layout_footprint``): the chip's shard of a stage's
weights (``1 / tp`` of the layers' dense weights, ``1 / (tp ep)`` of the
experts', the embedding on the first stage or the output projection on the
last, whichever is larger), the KV cache of its stage's layers for its
replica's sequences (every micro-batch's), and the activations of the
largest op (``spec/capacity.py``).

The cost of a run grows with the distinct ops of one layer, never with the
number of chips.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from systolic.cost.energy import static_watts, table_for
from systolic.errors import CapacityError, ConfigError
from systolic.mapping.collectives import level_bytes, map_collective, network_energy_j
from systolic.results import MemoryFootprint, RunResult
from systolic.simulate import simulate_model
from systolic.spec import capacity, models
from systolic.spec.hardware import DTYPES
from systolic.spec.layouts import Layout
from systolic.spec.systems import System, group_network
from systolic.spec.workload import COLLECTIVES, Collective, Sendrecv


@dataclass(frozen=True)
class LinkUse:
    """What one chip sends along one level of a system's network for one
    collective (the Perfetto trace's link tracks)."""

    op: str
    level: str
    bytes: float


@dataclass(frozen=True)
class LayoutResult:
    """A layout's figures on a system (module docstring); ``chip`` is one
    chip's run of one micro-batch through every layer."""

    layout: Layout
    system: str
    chips: int
    batch: int  # sequences of the whole system
    latency_s: float
    tokens: int
    stage_s: float
    handover_s: float
    bubble_fraction: float
    communication_fraction: float  # of a chip's time: collectives no kernel hides, hand-overs
    chip_energy_j: float
    network_energy_j: float
    memory: MemoryFootprint
    chip: RunResult
    link_uses: tuple[LinkUse, ...] = ()  # one chip's collectives (simulated ops) by level

    @property
    def tokens_per_s_per_chip(self) -> float:
        return self.tokens / self.latency_s / self.chips

    @property
    def tokens_per_s_per_sequence(self) -> float:
        """What one user sees: its prompt's tokens over a prefill, one token a
        decode step."""
        return self.tokens / self.batch / self.latency_s

    @property
    def energy_j(self) -> float:
        return self.chip_energy_j + self.network_energy_j

    @property
    def energy_per_token_j(self) -> float:
        return self.energy_j / self.tokens

    @property
    def fits(self) -> bool:
        return not self.memory.over_capacity


def chip_spec(system: System, spec: models.RunSpec, layout: Layout) -> models.RunSpec:
    """What one chip runs: a micro-batch of its replica's sequences, its shard
    of the layer, its groups' collectives on their axes."""
    if layout.chips != system.chips:
        raise ConfigError(f"--layout: {layout.label} uses tp x cp x pp x dp = {layout.chips} "
                          f"chips; {system.name} has {system.chips}")
    shares = layout.dp * layout.microbatches
    if spec.batch % shares:
        raise ConfigError(f"--layout: {layout.label}: the batch ({spec.batch}) does not "
                          f"split into dp x microbatches = {shares} equal shares")
    networks = {name: group_network(system, stride, size, f"--layout: {name}={size}")
                for name, (stride, size) in layout.groups.items()}
    return dataclasses.replace(spec, batch=spec.batch // shares, tp=layout.tp, sp=layout.sp,
                               ep=layout.ep, cp=layout.cp, tpx=layout.tpx,
                               tp_network=networks["tp"], ep_network=networks["ep"],
                               cp_network=networks["cp"], tpx_network=networks["tpx"],
                               tpy_network=networks["tpy"])


def simulate_layout(system: System, model: str, spec: models.RunSpec, layout: Layout,
                    *, allow_over_capacity: bool = False,
                    record_timeline: bool = False) -> LayoutResult:
    """``model`` run as ``spec`` says (its batch the whole system's) under
    ``layout`` on ``system`` (module docstring)."""
    per_chip = chip_spec(system, spec, layout)
    workload = models.build(model, per_chip)
    if workload.shape.layers < layout.pp:
        raise ConfigError(f"--layout: pp={layout.pp}: {model} has only "
                          f"{workload.shape.layers} layers to stage")
    memory = layout_footprint(system, workload, layout)
    if memory.over_capacity and not allow_over_capacity:
        raise CapacityError(f"capacity: {model} under {layout.label} needs "
                            f"{capacity.size_text(memory.total_bytes)} a chip "
                            f"({capacity.parts_text(memory)}), over {system.chip.name}'s "
                            f"{capacity.size_text(memory.capacity_bytes)}; use more chips "
                            f"for tp, pp or ep, or {capacity.OVER_CAPACITY_FLAG}")
    chip = simulate_model(system.chip, workload, allow_over_capacity=True,
                          record_timeline=record_timeline)
    return _timed(system, layout, workload, chip, memory)


def _timed(system: System, layout: Layout, workload: models.ModelWorkload, chip: RunResult,
           memory: MemoryFootprint) -> LayoutResult:
    """The pipeline's timing and the system's energy from one chip's run."""
    clock = chip.clock_hz
    parts = chip.model.part_cycles
    per_stage = math.ceil(workload.shape.layers / layout.pp)
    if layout.pp == 1:
        stage_cycles = chip.cycles
    else:
        stage_cycles = per_stage * parts["layer"] + max(parts["embedding"], parts["tail"])
    send = _handover_send(system, layout, workload)
    handover = 0.0 if send is None else \
        map_collective(system.chip, send).cycles / system.chip.chip.clock_hz
    slot_s = stage_cycles / clock + handover
    slots = layout.microbatches + layout.pp - 1
    latency = slots * slot_s
    work_chips = layout.tp * layout.cp * layout.dp * layout.microbatches  # runs of all layers
    busy_s = work_chips * chip.seconds
    static_w = static_watts(system.chip, table_for(system.chip))
    idle_s = max(0.0, system.chips * latency - busy_s)
    chip_energy = work_chips * chip.energy.total_j + idle_s * static_w
    sends = 0.0 if send is None else (layout.pp - 1) * network_energy_j(send, "direct")
    network = work_chips * (_collective_energy_j(workload) + sends) + \
        system.chips * latency * system.static_w_per_chip
    communication = _exposed_communication_cycles(chip)
    return LayoutResult(
        layout=layout, system=system.name, chips=system.chips,
        batch=layout.dp * layout.microbatches * workload.spec.batch, latency_s=latency,
        tokens=workload.tokens * layout.cp * layout.dp * layout.microbatches, stage_s=slot_s,
        handover_s=handover, bubble_fraction=(layout.pp - 1) / slots,
        communication_fraction=(communication / clock + (layout.pp - 1) * handover) /
        (chip.seconds + (layout.pp - 1) * handover),
        chip_energy_j=chip_energy, network_energy_j=network, memory=memory, chip=chip,
        link_uses=_link_uses(workload, send))


def _exposed_communication_cycles(chip: RunResult) -> int:
    """The cycles of a chip's run that its collectives take and no kernel hides
    (a ring pass beside an attention step is hidden): the collectives run one
    after another on their stream, so their exposed stretches add up."""
    kernels = sorted((op.start_cycle, op.start_cycle + op.cycles) for op in chip.ops
                     if op.kind not in COLLECTIVES)
    exposed = 0
    for op in (op for op in chip.ops if op.kind in COLLECTIVES):
        start, end = op.start_cycle, op.start_cycle + op.cycles
        covered = sum(max(0, min(end, k_end) - max(start, k_start))
                      for k_start, k_end in kernels if k_start < end and k_end > start)
        exposed += (op.cycles - covered) * chip.repeat(op)
    return exposed


def _link_uses(workload: models.ModelWorkload, send: Sendrecv | None) -> tuple[LinkUse, ...]:
    """The levels each simulated collective (and the hand-over) sends along."""
    parts = (("", workload.embedding), ("layer.", workload.layer), ("", workload.tail))
    ops = [(prefix + op.name, op) for prefix, part in parts for op in part.ops
           if isinstance(op, Collective)] + ([] if send is None else [(send.name, send)])
    return tuple(LinkUse(name, level, moved) for name, op in ops
                 for level, moved in level_bytes(op))


def _handover_send(system: System, layout: Layout,
                   workload: models.ModelWorkload) -> Sendrecv | None:
    """The send of one micro-batch's activations to the next stage (None: one stage)."""
    if layout.pp == 1:
        return None
    stride, size = layout.groups["pp"]
    axes = group_network(system, stride, size, f"--layout: pp={size}")
    nbytes = workload.tokens * workload.shape.hidden * DTYPES[workload.spec.dtype].bytes
    if layout.tpx > 1:  # a 2D grid holds 1 / tp of the activations between blocks
        nbytes //= layout.tp
    return Sendrecv("stage_send", nbytes, layout.pp, network=axes)


def _collective_energy_j(workload: models.ModelWorkload) -> float:
    """The network energy of one chip's collectives in a run of every layer."""
    return workload.shape.layers * sum(network_energy_j(op, op.algorithm)
                                       for op in workload.layer.ops
                                       if isinstance(op, Collective))


def layout_footprint(system: System, workload: models.ModelWorkload,
                     layout: Layout) -> MemoryFootprint:
    """One chip's DRAM under ``layout`` (module docstring)."""
    spec, shape = workload.spec, workload.shape
    layer = capacity.parameters_of(workload, one_layer=True)
    experts = 3 * shape.experts * shape.hidden * shape.ffn if shape.experts > 1 else 0
    ends = capacity.parameters_of(workload, one_layer=False) - shape.layers * layer
    embedding = shape.vocab * shape.hidden
    if layout.pp > 1:  # the first stage holds the embedding, the last the output projection
        ends = embedding if shape.tied_embeddings else max(embedding, ends - embedding)
    per_stage = math.ceil(shape.layers / layout.pp)
    weights = per_stage * ((layer - experts) / layout.tp + experts / (layout.tp * layout.ep))
    weight_bytes = (weights + ends / layout.tp) * DTYPES[spec.weight_dtype or spec.dtype].bytes
    single = capacity.footprint(system.chip, workload, layers=None)
    kv_per_layer = single.kv_cache_bytes / shape.layers
    return MemoryFootprint(weight_bytes=math.ceil(weight_bytes),
                           kv_cache_bytes=math.ceil(kv_per_layer * per_stage *
                                                    layout.microbatches),
                           activation_bytes=single.activation_bytes,
                           capacity_bytes=system.chip.memory.capacity_bytes)
