"""Activations kept on chip between ops, in a unified buffer ([core.sram] unified_input).

TPU v1's 24 MiB Unified Buffer holds activations: the accumulators drain
into it through the activation pipeline, and the next layer's matrix
multiply reads its input from it, so an intermediate tensor need never
reach DRAM. Modelled here for ops that run one after another (a chain):
where op ``i + 1`` reads the output of op ``i`` as its first input (its
first listed dependency: a GEMM's A, a vector op's tensor), nothing else
reads that output, and the tensor fits, it stays on chip (``Residency``):
op ``i`` stores nothing to DRAM, op ``i + 1`` loads nothing from it. A
second input that the dependencies leave unnamed (a model's residual add
reads the residual stream implicitly) counts as a reader of every earlier
output of its shape, so none of those is kept. While it is there the
tensor occupies the buffer, so both ops are tiled with the input buffer
less the tensors live during them (``on_chip``); a tensor is kept only
where each op still finds room for its own tiles and, by the tile search's
estimate, loses nothing by it (a pinned tile must still fit), left to
right along the chain. An eligible output that does not fit is written to
DRAM and read back, and reported as spilled.

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
from systolic.mapping.pins import pinned_choices
from systolic.mapping.schedule import Schedule, TileChoice
from systolic.mapping.tile_estimate import epilogue_inputs
from systolic.mapping.tiling import can_tile, estimated_cycles, fits, stage_counts, transposed
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


def _readers(ops: list[Op], deps: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """How many ops read each op's output. A second input that ``deps`` does not
    name (a model's residual add reads the residual stream implicitly) may be
    the output of any earlier op of its shape: each of those counts it too."""
    readers: dict[str, int] = {}
    for index, op in enumerate(ops):
        listed = deps.get(op.name, ())
        for name in listed:
            readers[name] = readers.get(name, 0) + 1
        if len(listed) < _inputs(op):
            shape = _output_shape(op)
            for earlier in ops[:index]:
                if _output_shape(earlier) == shape:
                    readers[earlier.name] = readers.get(earlier.name, 0) + 1
    return readers


def _inputs(op: Op) -> int:
    """The activation tensors ``op`` reads (a GEMM: A, B unless weights, a
    fused epilogue's other input)."""
    if isinstance(op, Gemm):
        return 1 + (not op.weights) + epilogue_inputs(op)
    return op.inputs if isinstance(op, _ROWWISE) else 1


def _handed_bytes(before: Op) -> int:
    rows, cols, dtype = _output_shape(before)
    return int(rows * cols * DTYPES[dtype].bytes)


def _refusal(hw: Hardware, before: Op, after: Op | None, deps: dict[str, tuple[str, ...]],
             readers: dict[str, int], live: int, choices: dict) -> tuple[str, bool] | None:
    """Why ``before``'s output cannot stay on chip for ``after`` (``live``: bytes
    kept during ``before`` already), and whether that is a spill (an eligible
    tensor without room); None where it can stay."""
    name = before.name
    if not hw.core.sram.unified_input:
        return f"{hw.name} has no unified buffer ([core.sram] unified_input = false)", False
    if after is None:
        return f"{name} is the last op here: no next op reads its output", False
    if _output_shape(before) is None or _input_shape(after) is None:
        kinds = before.kind if _output_shape(before) is None else after.kind
        return f"{kinds} ops are not modelled with activations on chip", False
    if readers.get(name, 0) != 1:
        return f"another op reads {name}'s output too", False
    if deps.get(after.name, ())[:1] != (name,) or _output_shape(before) != _input_shape(after):
        return f"the next op, {after.name}, does not read it as its first input", False
    handed = _handed_bytes(before)
    if not (_has_room(hw, before, live, live + handed, choices.get(name))
            and _has_room(hw, after, 0, handed, choices.get(after.name))):
        return (f"{name}'s {handed} B output does not fit the {hw.core.sram.input_bytes} B "
                f"unified buffer beside the tiles of it and the next op without slowing "
                f"them"), True
    return None


def on_chip(hw: Hardware, residency: Residency) -> Hardware:
    """``hw`` as ``residency``'s op sees it: the input buffer less its kept tensors."""
    return _less(hw, residency.live_bytes)


def _less(hw: Hardware, live_bytes: int) -> Hardware:
    if not live_bytes:
        return hw
    sram = dataclasses.replace(hw.core.sram, input_bytes=hw.core.sram.input_bytes - live_bytes)
    return dataclasses.replace(hw, core=dataclasses.replace(hw.core, sram=sram))


def _has_room(hw: Hardware, op: Op, before_bytes: int, live_bytes: int,
              choice: TileChoice | None) -> bool:
    """Whether ``op``'s own tiles still fit beside ``live_bytes`` of kept tensors
    (up from ``before_bytes``) and lose nothing by it: a pinned tile must fit; a
    searched GEMM must tile, its estimated cycles no worse (a smaller buffer
    can force smaller tiles, which may cost more than the DRAM round trip
    saves); a vector op needs one vector-unit row per stage of each input."""
    left = hw.core.sram.input_bytes - live_bytes
    if left <= 0:
        return False
    shrunk = _less(hw, live_bytes)
    if isinstance(op, Gemm) and choice is not None:
        laid_out = transposed(op) if choice.transposed else op
        return fits(shrunk, laid_out, choice.tm, choice.tn, choice.tk, stage_counts(hw)[-1])
    if isinstance(op, Gemm):
        return can_tile(shrunk, op) and \
            estimated_cycles(shrunk, op) <= estimated_cycles(_less(hw, before_bytes), op)
    row = stage_counts(hw)[0] * op.inputs * hw.core.vector_lanes * DTYPES[op.dtype].bytes
    return left >= row


def plan_residency(hw: Hardware, ops: list[Op], deps: dict[str, tuple[str, ...]],
                   pins: MappingFile | None = None) -> tuple[Residency, ...]:
    """Each op's ``Residency`` when ``ops`` run in order (``deps``: what each
    really reads, its first input first); all ``OFF_CHIP`` on a machine
    without a unified buffer. ``pins``: a mapping file's pinned tiles and
    ``keep_output`` per op (false: through DRAM; true: an error, naming the
    pin, where the output cannot stay)."""
    readers = _readers(ops, deps)
    choices = {op.name: choice for op, choice in zip(ops, pinned_choices(hw, ops, pins))
               if choice is not None}
    plan = [OFF_CHIP for _ in ops]
    for i, before in enumerate(ops):
        pin = pins.ops.get(before.name) if pins else None
        after = ops[i + 1] if i + 1 < len(ops) else None
        refusal = _refusal(hw, before, after, deps, readers, plan[i].input_bytes, choices)
        if refusal is None and not (pin is not None and pin.keep_output is False):
            handed = _handed_bytes(before)
            plan[i] = dataclasses.replace(plan[i], output_bytes=handed)
            plan[i + 1] = dataclasses.replace(plan[i + 1], input_bytes=handed)
        elif refusal is not None and pin is not None and pin.keep_output:
            raise ConfigError(f"{pin.where}: keep_output: {refusal[0]}")
        elif refusal is not None and refusal[1]:
            plan[i] = dataclasses.replace(plan[i], spilled_bytes=_handed_bytes(before))
    return tuple(plan)


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
