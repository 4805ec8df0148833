"""Element-wise epilogues fused into the GEMM before them, where the machine has a post-array unit.

TPU v1 runs its activation function in the pipeline the accumulators drain
into; a GPU kernel's epilogue applies bias, activation or a residual add to
the output tile in registers before storing it. On such a machine
(``[core] fuse_epilogues``) an element-wise op (``workload.FUSABLE_OPS``)
that consumes the output of the GEMM just before it, and whose shape is that
output's, disappears into the GEMM: its vector work runs on the output tiles
as they drain (``gemm.py``: the last K step's tiles carry it as vector
cycles, the vector unit beside the arrays), its other inputs (the residual,
the gate of SwiGLU) are loaded with those tiles, and neither the GEMM's
output nor the element-wise op's input crosses DRAM. A GEMM whose output
another op also reads is left alone (its output must be stored anyway).

GPU presets keep modelling what the measured library does (eager PyTorch:
every op its own kernel), so fusion is off there unless asked for.
"""

from __future__ import annotations

import dataclasses

from systolic.mapping.tiling import can_tile
from systolic.spec.hardware import Hardware
from systolic.spec.workload import FUSABLE_OPS, Elementwise, Gemm, Op


def fuse_epilogues(hw: Hardware, ops: list[Op], deps: dict[str, tuple[str, ...]]
                   ) -> tuple[list[Op], dict[str, tuple[str, ...]]]:
    """``ops`` with every fusable element-wise op folded into the GEMM before
    it (renamed ``GEMM+OP``), and ``deps`` rewired to match; a GEMM whose
    least tile would not fit beside the epilogue's other input stays unfused."""
    readers: dict[str, int] = {}
    for op in ops:
        for name in deps.get(op.name, ()):
            readers[name] = readers.get(name, 0) + 1
    fused, renamed = [], {}
    for op in ops:
        before = fused[-1] if fused else None
        candidate = (dataclasses.replace(before, name=f"{before.name}+{op.name}", epilogue=op.op)
                     if _fuses(before, op, deps, readers) else None)
        if candidate is not None and can_tile(hw, candidate):
            fused[-1] = candidate
            renamed[op.name] = renamed[before.name] = candidate.name
        else:
            fused.append(op)
    new_deps: dict[str, list[str]] = {op.name: [] for op in fused}
    for op in ops:
        own = renamed.get(op.name, op.name)
        new_deps[own] += [renamed.get(d, d) for d in deps.get(op.name, ())
                          if renamed.get(d, d) != own]
    return fused, {name: tuple(dict.fromkeys(names)) for name, names in new_deps.items()}


def _fuses(gemm: Op | None, op: Op, deps: dict[str, tuple[str, ...]],
           readers: dict[str, int]) -> bool:
    """Whether ``op`` runs as the epilogue of ``gemm``, the op just before it."""
    if not (isinstance(gemm, Gemm) and isinstance(op, Elementwise)) or gemm.epilogue:
        return False
    return (op.op in FUSABLE_OPS and gemm.name in deps.get(op.name, ())
            and readers.get(gemm.name) == 1
            and (gemm.batch * gemm.m, gemm.n) == (op.rows, op.cols) and gemm.dtype == op.dtype)
