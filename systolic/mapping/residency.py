"""Activations kept on chip between ops, in a unified buffer ([core.sram] unified_input).

TPU v1's 24 MiB Unified Buffer holds activations: the accumulators drain
into it through the activation pipeline, and the next layer's matrix
multiply reads its input from it, so an intermediate tensor need never
reach DRAM. Modelled here for ops that run one after another (a chain):
where op ``i + 1`` reads the output of op ``i`` as its first input (a
GEMM's A, a vector op's tensor), nothing else reads that output, and the
tensor fits, it stays on chip (``Residency``): op ``i`` stores nothing to
DRAM, op ``i + 1`` loads nothing from it. While it is there the tensor
occupies the buffer, so both ops are tiled with the input buffer less the
tensors live during them (``on_chip``); a tensor is kept only where each
op still finds room for its own tiles, left to right along the chain.
An eligible output that does not fit is written to DRAM and read back,
and reported as spilled.

Not modelled: tensors read by an op further on (a residual) stay in DRAM;
attention's inputs and output, the KV cache and weights stream as before;
the first op of each part of a model run reads from DRAM. The drain into
the buffer moves the same bytes the store would have, overlapped with
compute, so it costs no time.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from systolic.errors import ConfigError
from systolic.mapping.schedule import Schedule
from systolic.mapping.tiling import can_tile, stage_counts
from systolic.spec.hardware import DTYPES, Hardware
from systolic.spec.mappings import MappingFile
from systolic.spec.workload import Elementwise, Gemm, Norm, Op, Softmax

_ROWWISE = (Elementwise, Norm, Softmax)


@dataclass(frozen=True)
class Residency:
    """Where one op's activations are: bytes of its first input already on chip,
    bytes of its output kept on chip for the next op, and bytes of an output the
    next op reads that did not fit and went through DRAM."""

    input_bytes: int = 0
    output_bytes: int = 0
    spilled_bytes: int = 0

    @property
    def live_bytes(self) -> int:
        """Bytes of the unified buffer the op's kept tensors occupy while it runs."""
        return self.input_bytes + self.output_bytes


OFF_CHIP = Residency()


def _output_shape(op: Op) -> tuple[int, int, str] | None:
    """(rows, cols, dtype) of the tensor ``op`` writes, if it may stay on chip."""
    if isinstance(op, Gemm):
        return op.batch * op.m, op.n, op.dtype
    if isinstance(op, _ROWWISE):
        return op.rows, op.cols, op.dtype
    return None


def _input_shape(op: Op) -> tuple[int, int, str] | None:
    """(rows, cols, dtype) of ``op``'s first input, if it may come from the buffer."""
    if isinstance(op, Gemm):
        return op.batch * op.m, op.k, op.dtype
    if isinstance(op, _ROWWISE):
        return op.rows, op.cols, op.dtype
    return None


def _hands_on(before: Op, after: Op, deps: dict[str, tuple[str, ...]],
              readers: dict[str, int]) -> int:
    """Bytes of the tensor ``before`` hands to ``after`` (its only reader, as its
    first input); 0 where none is handed on."""
    shape = _output_shape(before)
    if shape is None or shape != _input_shape(after) or readers.get(before.name) != 1 \
            or before.name not in deps.get(after.name, ()):
        return 0
    rows, cols, dtype = shape
    return int(rows * cols * DTYPES[dtype].bytes)


def on_chip(hw: Hardware, residency: Residency) -> Hardware:
    """``hw`` as ``residency``'s op sees it: the input buffer less its kept tensors."""
    if not residency.live_bytes:
        return hw
    sram = dataclasses.replace(hw.core.sram,
                               input_bytes=hw.core.sram.input_bytes - residency.live_bytes)
    return dataclasses.replace(hw, core=dataclasses.replace(hw.core, sram=sram))


def _has_room(hw: Hardware, op: Op, live_bytes: int) -> bool:
    """Whether ``op``'s own tiles still fit beside ``live_bytes`` of kept tensors:
    a GEMM's least tile, or one vector-unit row per stage of each input."""
    left = hw.core.sram.input_bytes - live_bytes
    if left <= 0:
        return False
    if isinstance(op, Gemm):
        return can_tile(on_chip(hw, Residency(input_bytes=live_bytes)), op)
    row = stage_counts(hw)[0] * op.inputs * hw.core.vector_lanes * DTYPES[op.dtype].bytes
    return left >= row


def plan_residency(hw: Hardware, ops: list[Op], deps: dict[str, tuple[str, ...]],
                   pins: MappingFile | None = None) -> tuple[Residency, ...]:
    """Each op's ``Residency`` when ``ops`` run in order (``deps``: what each
    really reads); all ``OFF_CHIP`` on a machine without a unified buffer.
    ``pins``: a mapping file's ``keep_output`` per op (false: through DRAM;
    true: an error where the output cannot stay)."""
    readers: dict[str, int] = {}
    for op in ops:
        for name in deps.get(op.name, ()):
            readers[name] = readers.get(name, 0) + 1
    plan = [OFF_CHIP for _ in ops]
    for i, before in enumerate(ops):
        pin = pins.ops.get(before.name) if pins else None
        after = ops[i + 1] if i + 1 < len(ops) else None
        handed = _hands_on(before, after, deps, readers) if after else 0
        unified = hw.core.sram.unified_input
        if handed and unified and pin is not None and pin.keep_output is False:
            continue
        if unified and handed and _has_room(hw, before, plan[i].input_bytes + handed) \
                and _has_room(hw, after, handed):
            plan[i] = dataclasses.replace(plan[i], output_bytes=handed)
            plan[i + 1] = dataclasses.replace(plan[i + 1], input_bytes=handed)
            continue
        if pin is not None and pin.keep_output:
            raise ConfigError(f"{pin.where}: keep_output: {_why_not(hw, pin.name, handed)}")
        if unified and handed:
            plan[i] = dataclasses.replace(plan[i], spilled_bytes=handed)
    return tuple(plan)


def _why_not(hw: Hardware, name: str, handed: int) -> str:
    """Why op ``name``'s output cannot stay on chip (for a pin that asks it to)."""
    if not hw.core.sram.unified_input:
        return f"{hw.name} has no unified buffer ([core.sram] unified_input = false)"
    if not handed:
        return (f"{name}'s output is not the next op's first input alone (another op "
                f"reads it too, or the next op reads something else)")
    return (f"{name}'s {handed} B output does not fit the {hw.core.sram.input_bytes} B "
            f"unified buffer beside the tiles of it and the next op")


def keep_resident(schedule: Schedule, residency: Residency) -> Schedule:
    """``schedule`` with the transfers of kept tensors dropped: no DRAM load of
    the first input (A, on whichever side of the arrays the orientation puts
    it), no DRAM store of the output (split-K: the final sum's write)."""
    if not residency.live_bytes:
        return schedule
    op = schedule.op
    a_is_weight = schedule.choice is not None and schedule.choice.transposed
    field = "weight_load_bytes" if a_is_weight else "input_load_bytes"
    share = 1.0 if isinstance(op, Gemm) else 1 / op.inputs  # a vector op's first input

    def kept(tile):
        changes = {}
        if residency.input_bytes:
            changes[field] = getattr(tile, field) - int(getattr(tile, field) * share)
        if residency.output_bytes and not schedule.reductions:
            changes["store_bytes"] = 0
        return tile._replace(**changes)

    reductions = schedule.reductions
    if residency.output_bytes:
        reductions = tuple(dataclasses.replace(r, write_bytes=0) for r in reductions)
    return dataclasses.replace(schedule, cores=tuple(tuple(kept(t) for t in tiles)
                                                     for tiles in schedule.cores),
                               reductions=reductions)
