"""What a mapping file (``spec/mappings.py``) pins, checked against the run's ops.

Every entry must name an op of the run, as the report names it; a GEMM's
pinned tiling must fit the GEMM and the machine (``pinned_choice``); other
ops take no tiling. Each problem is one line naming the file, the line of
the op's table and the key.
"""

from __future__ import annotations

from systolic.core.timing import ceil_div
from systolic.errors import ConfigError
from systolic.mapping.kernels import kernel_rules
from systolic.mapping.schedule import TileChoice
from systolic.mapping.tiling import fits, stage_counts, transposed
from systolic.spec.hardware import Hardware
from systolic.spec.mappings import MappingFile, OpMapping
from systolic.spec.workload import Gemm, Op


def check_names(mapping: MappingFile, names: list[str]) -> None:
    """Every entry of ``mapping`` names one of ``names`` (the run's ops)."""
    known = set(names)
    for name, pin in mapping.ops.items():
        if name not in known:
            listed = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
            raise ConfigError(f"{pin.where}: name: no op {name!r} in this run (its ops: "
                              f"{listed})")


def pinned_choices(hw: Hardware, ops: list[Op],
                   mapping: MappingFile | None) -> tuple[TileChoice | None, ...]:
    """Each op's pinned tiling, or None where the search chooses."""
    if mapping is None:
        return tuple(None for _ in ops)
    check_names(mapping, [op.name for op in ops])
    choices = []
    for op in ops:
        pin = mapping.ops.get(op.name)
        if pin is None or not pin.pins_tiling:
            choices.append(None)
        elif not isinstance(op, Gemm):
            raise ConfigError(f"{pin.where}: tile: only a GEMM takes a tiling ({pin.name} is "
                              f"{op.kind}, mapped by its own rules)")
        else:
            choices.append(pinned_choice(hw, op, pin))
    return tuple(choices)


def pinned_choice(hw: Hardware, op: Gemm, pin: OpMapping) -> TileChoice:
    """The ``TileChoice`` a mapping file pins for ``op``, checked against the
    GEMM (as laid out) and the machine; a misfit is one line naming the pin."""
    choice = TileChoice(*pin.tile, pin.loop_order, pin.split_k, pin.transposed)
    laid_out = transposed(op) if choice.transposed else op
    for key, size, dim in zip("mnk", pin.tile, (laid_out.m, laid_out.n, laid_out.k)):
        if size > dim:
            raise ConfigError(f"{pin.where}: tile: t{key} {size} > {key.upper()} = {dim} of "
                              f"{pin.name}{' transposed' if choice.transposed else ''}")
    if choice.split_k > ceil_div(laid_out.k, choice.tk):
        raise ConfigError(f"{pin.where}: split_k: expected at most the "
                          f"{ceil_div(laid_out.k, choice.tk)} K steps of the tile, "
                          f"got {choice.split_k}")
    shapes = kernel_rules(hw).tile_shapes(op)
    clipped = {(min(tm, laid_out.m), min(tn, laid_out.n)) for tm, tn in shapes}
    if shapes and (choice.tm, choice.tn) not in clipped:
        raise ConfigError(f"{pin.where}: tile: {hw.name}'s GEMM kernels use only the tile "
                          f"shapes {sorted(clipped)} for {pin.name}")
    if not fits(hw, laid_out, choice.tm, choice.tn, choice.tk, stage_counts(hw)[-1]):
        raise ConfigError(f"{pin.where}: tile: {choice.tm}x{choice.tn}x{choice.tk} does not "
                          f"fit {hw.name}'s [core.sram] buffers at {stage_counts(hw)[-1]} "
                          f"stages (input {hw.core.sram.input_bytes} B, weight "
                          f"{hw.core.sram.weight_bytes} B, output {hw.core.sram.output_bytes} B)")
    return choice
