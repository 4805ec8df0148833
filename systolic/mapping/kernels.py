"""The rules a GPU kernel library imposes on a GEMM, behind one narrow seam.

A systolic-array accelerator runs whatever tiling the mapper finds best: the
tile search is free, the arrays run at the dtype's rate, every core loads
its own blocks and an op starts the moment its inputs are ready. A GPU runs
a GEMM through a kernel library (cuBLAS, CUTLASS), whose kernels add rules
of their own:

- fixed tile shapes: a library ships kernels for a few output tile shapes
  only (``[core] tile_shapes``), so only those are tried;
- alignment fallbacks: the bulk-copy engine (TMA) needs rows of
  ``[core] aligned_bytes``; a GEMM whose K or N rows miss it runs on older
  kernels, at ``[core] unaligned_speed`` times the dtype's rate, with tile
  shapes of their own (``[core] unaligned_tile_shapes``);
- thread-block clusters: ``[chip] cluster_cores`` cores load a block they
  share once, multicast (the mapper counts the sharers of each block, the
  engine moves each sharer's part);
- launch costs: every kernel waits ``[chip] launch_latency_ns`` before its
  first tile (``graph_launch_latency_ns`` inside a CUDA graph: the caller
  swaps it in).

The mapper asks ``kernel_rules(hw)`` four things: the tile shapes to try,
the MAC-rate factor, the cluster size, the launch wait. A machine that sets
none of the GPU fields gets ``SystolicRules`` (free search, ``hw.speed``, no
multicast, no wait) and never runs the GPU rules' code. The engine sees only
the generic outcome: a schedule that starts after ``launch_cycles`` idle
cycles, and tiles whose blocks ``N`` cores share.

Not modelled: the library's heuristic choice among its kernels (the mapper
scores the allowed shapes itself), split-K kernels' own tile shapes, stream-K.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Protocol

from systolic.spec.hardware import Hardware
from systolic.spec.workload import Gemm

NO_SHAPES: tuple[tuple[int, int], ...] = ()  # no fixed tile shapes: the mapper searches


class KernelRules(Protocol):
    """What the mapper asks about the kernels that run a GEMM on a machine."""

    cluster_cores: int  # cores that share (multicast) a block they load at one step
    launch_cycles: int  # idle cycles before an op's first tile (a kernel launch)

    def tile_shapes(self, op: Gemm) -> tuple[tuple[int, int], ...]:
        """The only output tile shapes (rows x columns) to try; empty: any."""

    def mac_rate(self, op: Gemm) -> float:
        """The arrays' MAC rate for ``op`` relative to their base rate."""


@dataclass(frozen=True)
class SystolicRules:
    """A systolic-array accelerator's rules: free tile search, the dtype's rate,
    no multicast, no launch wait."""

    hw: Hardware
    cluster_cores: int = 1
    launch_cycles: int = 0

    def tile_shapes(self, op: Gemm) -> tuple[tuple[int, int], ...]:
        """Any shape: the mapper searches."""
        return NO_SHAPES

    def mac_rate(self, op: Gemm) -> float:
        """``hw.speed(dtype)``."""
        return self.hw.speed(op.dtype)


@dataclass(frozen=True)
class GpuLibraryRules:
    """A GPU library's rules, from the machine's GPU fields (module docstring).

    The alignment of a GEMM is that of ``op`` as laid out in memory (before
    the mapper transposes it).
    """

    hw: Hardware

    @property
    def cluster_cores(self) -> int:
        """``[chip] cluster_cores``, at most the chip's cores."""
        return min(self.hw.chip.cluster_cores, self.hw.chip.cores)

    @property
    def launch_cycles(self) -> int:
        """``[chip] launch_latency_ns`` in whole cycles (rounded up)."""
        return self.hw.cycles_of_ns(self.hw.chip.launch_latency_ns)

    def aligned(self, op: Gemm) -> bool:
        """Whether ``op``'s K and N rows meet ``[core] aligned_bytes``."""
        align = self.hw.core.aligned_bytes
        return not (align and any((size * op.element.bytes) % align for size in (op.k, op.n)))

    def tile_shapes(self, op: Gemm) -> tuple[tuple[int, int], ...]:
        """``[core] unaligned_tile_shapes`` for unaligned rows (when given), else
        ``tile_shapes``."""
        core = self.hw.core
        if core.unaligned_tile_shapes and not self.aligned(op):
            return core.unaligned_tile_shapes
        return core.tile_shapes

    def mac_rate(self, op: Gemm) -> float:
        """``hw.speed(dtype)``, times ``[core] unaligned_speed`` for unaligned rows."""
        return self.hw.speed(op.dtype) * (1.0 if self.aligned(op) else
                                          self.hw.core.unaligned_speed)


def uses_gpu_library(hw: Hardware) -> bool:
    """Whether ``hw`` sets any GPU-library field (module docstring)."""
    core, chip = hw.core, hw.chip
    return bool(core.tile_shapes or core.aligned_bytes or core.unaligned_tile_shapes
                or chip.cluster_cores > 1 or chip.launch_latency_ns
                or chip.graph_launch_latency_ns)


def kernel_rules(hw: Hardware) -> KernelRules:
    """The rules the kernels of ``hw`` impose: a GPU library's when it sets any
    of their fields, else a systolic array's."""
    return GpuLibraryRules(hw) if uses_gpu_library(hw) else SystolicRules(hw)


def without_launch(hw: Hardware) -> Hardware:
    """``hw`` with no launch cost: a lone op simulated on it can be shifted by
    any launch wait afterwards (a kernel launched alone, or in a CUDA graph)."""
    return dataclasses.replace(hw, chip=dataclasses.replace(
        hw.chip, launch_latency_ns=0, graph_launch_latency_ns=0))
