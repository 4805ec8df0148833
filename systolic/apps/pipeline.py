"""How a pipeline's stages share a step's micro-batches: the schedule's slots.

Three schedules (Narayanan et al., SC 2021, "Efficient large-scale language
model training on GPU clusters using Megatron-LM"), all timed by the slot of
the slowest stage, ``t``: its work on one micro-batch (forward; forward and
backward in training) with its hand-overs to the next stage.

- **GPipe, forward only** (inference): ``m`` micro-batches pass ``p`` stages
  in ``m + p - 1`` slots; without a backward pass 1F1B orders the same
  slots, so it times the same.
- **1F1B** (a train step): after ``p - 1`` warm-up forwards each stage
  alternates one forward and one backward; the step takes ``(m + p - 1)``
  slots of forward-and-backward, so its bubble is ``(p - 1) / (m + p - 1)``
  as GPipe's, but a stage keeps the activations of at most ``p`` micro-batches
  (GPipe's keeps all ``m``): the first stage keeps ``min(p, m)``.
- **Interleaved 1F1B** (``vp`` chunks of layers a chip): a chip runs ``vp``
  shorter stages, so the warm-up and cool-down shrink to ``(p - 1) / vp``
  slots, the bubble to ``(p - 1) / (vp m + p - 1)``, at ``vp`` times the
  hand-overs, and the first stage keeps ``1 + (p - 1) / (p vp)`` times the
  activations (Korthikanti et al., MLSys 2023, section 4.2.3).

A train step hands over twice a micro-batch and stage (the activations
forward, their gradients back), inference once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Schedule:
    """A pipeline schedule's shape (module docstring): ``slots`` of the slowest
    stage, ``handovers`` sends a slot, ``in_flight`` micro-batches whose
    activations the first stage keeps at once (train; 0 for inference)."""

    pipeline_stages: int
    microbatches: int
    slots: float
    handovers: int
    in_flight: float

    @property
    def bubble_fraction(self) -> float:
        """The share of the step a stage waits: slots without a micro-batch of its own."""
        return (self.slots - self.microbatches) / self.slots


def schedule(pipeline_stages: int, microbatches: int, virtual_stages: int = 1,
             train: bool = False) -> Schedule:
    """The schedule of ``microbatches`` over ``pipeline_stages`` stages, each chip
    running ``virtual_stages`` chunks (module docstring)."""
    p, m, v = pipeline_stages, microbatches, virtual_stages
    slots = m + (p - 1) / v
    if not train:
        return Schedule(p, m, slots, handovers=v if p > 1 else 0, in_flight=0.0)
    kept = min(p, m) * (1 + (p - 1) / (p * v) if v > 1 else 1.0)
    return Schedule(p, m, slots, handovers=2 * v if p > 1 else 0, in_flight=kept)
