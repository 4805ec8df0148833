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
- the pipeline runs its ``m`` micro-batches as ``pipeline.py`` schedules
  them: GPipe's forward slots for inference, 1F1B's forward-and-backward
  slots for a train step (interleaved over ``vp`` chunks a chip where the
  layout says so), each slot the slowest stage's work on one micro-batch;
- a train step accumulates its micro-batches' gradients and runs once,
  after the last: each layer's gradient reduction over the replicas (in the
  last micro-batch's backward, beside it; what no kernel hid adds to the
  step), the reduction of the embedding's and head's gradients, the tied
  embedding's all-reduce between the first and last stage (Megatron's
  embedding group), and the optimizer on the stage's parameters;
- the latency is that of the whole batch: a prefill of every prompt, one
  decode step of every sequence, or one optimizer step;
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
largest op (``spec/capacity.py``). A train step's chip holds its stage's
weights, gradients and optimizer state as the ZeRO stage shards them over
the replicas, and the activations its stage's layers keep for the
micro-batches in flight (``pipeline.Schedule.in_flight`` on the first
stage, one and the loss's log-probabilities on the last): the larger of the
two stages is the footprint.

The cost of a run grows with the distinct ops of one layer, never with the
number of chips.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from systolic.apps import pipeline
from systolic.cost.energy import static_watts, table_for
from systolic.errors import CapacityError, ConfigError
from systolic.mapping.collectives import level_bytes, map_collective, network_energy_j
from systolic.results import MemoryFootprint, OpResult, RunResult
from systolic.simulate import simulate_model
from systolic.spec import capacity, models, training
from systolic.spec.hardware import DTYPES
from systolic.spec.layouts import Layout
from systolic.spec.systems import System, group_network
from systolic.spec.workload import COLLECTIVES, Allreduce, Collective, Sendrecv


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
    step_once_s: float = 0.0  # train: run once a step (reductions no kernel hid, optimizer)
    model_macs: float = 0.0  # the step's MACs on all chips, recomputed ones left out
    hardware_macs: float = 0.0  # the MACs all chips do, recomputed ones in

    @property
    def phase(self) -> str:
        return self.chip.model.phase

    @property
    def peak_macs(self) -> float:
        """The MACs every chip could do in the latency."""
        return self.chips * self.chip.peak_macs_per_cycle * self.chip.clock_hz * self.latency_s

    @property
    def model_flops_utilization(self) -> float:
        """MFU: the model's MACs over what the chips could do (recompute left out)."""
        return self.model_macs / self.peak_macs

    @property
    def hardware_flops_utilization(self) -> float:
        """HFU: every MAC done, recomputed ones in, over what the chips could do."""
        return self.hardware_macs / self.peak_macs

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
    if layout.vp > 1 and spec.phase != "train":
        raise ConfigError(f"--layout: vp={layout.vp}: interleaving orders a train step's "
                          f"forward and backward passes; expected --phase train")
    replicas = {"dp": layout.dp, "dp_network": networks["dp"]} if spec.phase == "train" else {}
    return dataclasses.replace(spec, batch=spec.batch // shares, tp=layout.tp, sp=layout.sp,
                               ep=layout.ep, cp=layout.cp, tpx=layout.tpx,
                               tp_network=networks["tp"], ep_network=networks["ep"],
                               cp_network=networks["cp"], tpx_network=networks["tpx"],
                               tpy_network=networks["tpy"], **replicas)


def simulate_layout(system: System, model: str, spec: models.RunSpec, layout: Layout,
                    *, allow_over_capacity: bool = False,
                    record_timeline: bool = False) -> LayoutResult:
    """``model`` run as ``spec`` says (its batch the whole system's) under
    ``layout`` on ``system`` (module docstring)."""
    per_chip = chip_spec(system, spec, layout)
    workload = models.build(model, per_chip)
    if workload.shape.layers < layout.pp * layout.vp:
        raise ConfigError(f"--layout: pp={layout.pp}" + (f" x vp={layout.vp}" if layout.vp > 1
                                                         else "") +
                          f": {model} has only {workload.shape.layers} layers to stage")
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


@dataclass(frozen=True)
class StageWork:
    """From one chip's run, in cycles: the slowest stage's work on one
    micro-batch, and what a train step runs once (module docstring)."""

    micro_cycles: int
    once_cycles: float
    run_once_cycles: int  # the once-only cycles in the chip's run of every layer


def _stage_work(system: System, layout: Layout, workload: models.ModelWorkload,
                chip: RunResult) -> StageWork:
    """A stage's micro-batch and a step's once-only work (module docstring)."""
    parts, layers = chip.model.part_cycles, workload.shape.layers
    per_stage = math.ceil(layers / layout.pp)
    exposed = _exposed_cycles(chip)
    layer_once = sum(exposed.get(f"layer.{name}", 0) for name in training.LAYER_STEP_OPS)
    step = {op.name: op.cycles for op in chip.ops if op.name in training.STEP_OPS}
    ends = sum(step.get(f"ends_grad_{kind}", 0) for kind in ("allreduce", "reducescatter"))
    layer, tail = parts["layer"] - layer_once, parts["tail"] - sum(step.values())
    if layout.pp == 1:
        micro = parts["embedding"] + layers * layer + tail
    else:
        micro = per_stage * layer + max(parts["embedding"], tail)
    tied = _tied_embedding_sync(system, layout, workload)
    once = per_stage * layer_once + ends + (sum(step.values()) - ends) * per_stage / layers
    if tied is not None:
        once += map_collective(system.chip, tied).cycles
    return StageWork(micro, once, layers * layer_once + sum(step.values()))


def _tied_embedding_sync(system: System, layout: Layout,
                         workload: models.ModelWorkload) -> Allreduce | None:
    """A tied embedding's gradients summed between the first stage (the
    embedding's) and the last (the head's), once a step."""
    if layout.pp == 1 or workload.spec.phase != "train" or not workload.shape.tied_embeddings:
        return None
    stride, size = layout.groups["pp"]
    shard = workload.shape.vocab * workload.shape.hidden // layout.tp
    return Allreduce("embedding_allreduce", 2 * shard, 2,
                     network=group_network(system, stride, size, f"--layout: pp={size}"))


def _timed(system: System, layout: Layout, workload: models.ModelWorkload, chip: RunResult,
           memory: MemoryFootprint) -> LayoutResult:
    """The pipeline's timing and the system's energy from one chip's run."""
    clock = chip.clock_hz
    plan = pipeline.schedule(layout.pp, layout.microbatches, layout.vp,
                             train=workload.spec.phase == "train")
    work = _stage_work(system, layout, workload, chip)
    send = _handover_send(system, layout, workload)
    handover = 0.0 if send is None else \
        map_collective(system.chip, send).cycles / system.chip.chip.clock_hz
    slot_s = work.micro_cycles / clock + plan.handovers * handover
    latency = plan.slots * slot_s + work.once_cycles / clock
    replicas = layout.tp * layout.cp * layout.dp  # chips a stage: each runs every layer once
    runs = replicas * layout.microbatches  # runs of all layers on one micro-batch
    once_j = sum(op.energy_j * chip.repeat(op) for op in chip.ops if _once_a_step(op.name))
    busy_s = runs * chip.seconds - (runs - replicas) * work.run_once_cycles / clock
    static_w = static_watts(system.chip, table_for(system.chip))
    idle_s = max(0.0, system.chips * latency - busy_s)
    chip_energy = runs * chip.energy.total_j - (runs - replicas) * once_j + idle_s * static_w
    sends = 0.0 if send is None else \
        (layout.pp - 1) * plan.handovers * network_energy_j(send, "direct")
    network = runs * (_collective_energy_j(workload, once=False) + sends) + \
        replicas * _collective_energy_j(workload, once=True) + \
        system.chips * latency * system.static_w_per_chip
    handovers_s = (layout.pp - 1) * plan.handovers * handover
    communication = _exposed_communication_cycles(chip) / clock + handovers_s
    recomputed = sum(op.macs * chip.repeat(op) for op in chip.ops
                     if ".recompute." in f".{op.name}")
    return LayoutResult(
        layout=layout, system=system.name, chips=system.chips,
        batch=layout.dp * layout.microbatches * workload.spec.batch, latency_s=latency,
        tokens=workload.tokens * layout.cp * layout.dp * layout.microbatches, stage_s=slot_s,
        handover_s=handover, bubble_fraction=plan.bubble_fraction,
        communication_fraction=communication / (chip.seconds + handovers_s),
        chip_energy_j=chip_energy, network_energy_j=network, memory=memory, chip=chip,
        link_uses=_link_uses(workload, send), step_once_s=work.once_cycles / clock,
        model_macs=runs * (chip.macs - recomputed), hardware_macs=runs * chip.macs)


def _once_a_step(name: str) -> bool:
    """An op of a chip's run that a train step runs once, not every micro-batch."""
    return name in training.STEP_OPS or name in (f"layer.{op}" for op in
                                                 training.LAYER_STEP_OPS)


def _exposed_cycles(chip: RunResult) -> dict[str, int]:
    """The cycles of each collective of a chip's run (one run of it) that no
    kernel hides (a ring pass beside an attention step is hidden)."""
    kernels = sorted((op.start_cycle, op.start_cycle + op.cycles) for op in chip.ops
                     if op.kind not in COLLECTIVES)
    return {op.name: op.cycles - _covered(op, kernels) for op in chip.ops
            if op.kind in COLLECTIVES}


def _covered(op: OpResult, kernels: list[tuple[int, int]]) -> int:
    start, end = op.start_cycle, op.start_cycle + op.cycles
    return sum(max(0, min(end, k_end) - max(start, k_start))
               for k_start, k_end in kernels if k_start < end and k_end > start)


def _exposed_communication_cycles(chip: RunResult) -> int:
    """The cycles of a chip's run that its collectives take and no kernel
    hides: the collectives run one after another on their stream, so their
    exposed stretches add up."""
    exposed = _exposed_cycles(chip)
    return sum(exposed[op.name] * chip.repeat(op) for op in chip.ops if op.name in exposed)


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


def _collective_energy_j(workload: models.ModelWorkload, once: bool) -> float:
    """The network energy of one chip's collectives in a run of every layer:
    those a train step runs once (``once``), or every micro-batch."""
    def energy(ops, prefix: str) -> float:
        return sum(network_energy_j(op, op.algorithm) for op in ops
                   if isinstance(op, Collective) and _once_a_step(prefix + op.name) == once)
    return (workload.shape.layers * energy(workload.layer.ops, "layer.") +
            energy(workload.tail.ops, ""))


def layout_footprint(system: System, workload: models.ModelWorkload,
                     layout: Layout) -> MemoryFootprint:
    """One chip's DRAM under ``layout`` (module docstring)."""
    spec, shape = workload.spec, workload.shape
    layer = capacity.parameters_of(workload, one_layer=True)
    experts = 3 * shape.experts * shape.hidden * shape.ffn if shape.experts > 1 else 0
    ends = capacity.parameters_of(workload, one_layer=False) - shape.layers * layer
    embedding = shape.vocab * shape.hidden
    head = (embedding if shape.tied_embeddings else ends - embedding) if layout.pp > 1 else ends
    first_ends = embedding if layout.pp > 1 else ends  # the first stage's; the last's: head
    per_stage = math.ceil(shape.layers / layout.pp)
    weights = per_stage * ((layer - experts) / layout.tp + experts / (layout.tp * layout.ep))
    working = capacity.working_set_bytes(workload)
    if spec.phase == "train":
        return _train_footprint(system, workload, layout, weights,
                                (first_ends / layout.tp, head / layout.tp), working)
    weight_bytes = (weights + max(first_ends, head) / layout.tp) * \
        DTYPES[spec.weight_dtype or spec.dtype].bytes
    single = capacity.footprint(system.chip, workload, layers=None)
    kv_per_layer = single.kv_cache_bytes / shape.layers
    return MemoryFootprint(weight_bytes=math.ceil(weight_bytes),
                           kv_cache_bytes=math.ceil(kv_per_layer * per_stage *
                                                    layout.microbatches),
                           activation_bytes=math.ceil(working),
                           capacity_bytes=system.chip.memory.capacity_bytes)


def _train_footprint(system: System, workload: models.ModelWorkload, layout: Layout,
                     layer_parameters: float, ends: tuple[float, float],
                     working_bytes: float) -> MemoryFootprint:
    """A train step's chip: the first stage's (the micro-batches in flight) or
    the last's (one, and the loss), whichever needs more (module docstring)."""
    per_stage = math.ceil(workload.shape.layers / layout.pp)
    plan = pipeline.schedule(layout.pp, layout.microbatches, layout.vp, train=True)
    first = capacity.train_state(workload, layer_parameters + ends[0], per_stage,
                                 in_flight=plan.in_flight, logits=layout.pp == 1)
    last = capacity.train_state(workload, layer_parameters + ends[1], per_stage)
    state = max(first, last, key=lambda kinds: sum(kinds.values()))
    return MemoryFootprint(weight_bytes=math.ceil(state["weights"]),
                           gradient_bytes=math.ceil(state["gradients"]),
                           optimizer_bytes=math.ceil(state["optimizer"]), kv_cache_bytes=0,
                           activation_bytes=math.ceil(working_bytes + state["activations"]),
                           capacity_bytes=system.chip.memory.capacity_bytes)
