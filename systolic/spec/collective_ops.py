"""The collective ops: an all-reduce and the rest, over ``participants`` chips.

Part of the op vocabulary (``workload.py`` names them among the ops and
re-exports them); kept apart because they run on links, not on a core
(``mapping/collectives.py`` prices them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from systolic.spec.systems import Axis

# The collectives, and the algorithms each may run (mapping/collectives.py
# models them; an op's "" (a trace leaves the field out): the fastest).
COLLECTIVE_ALGORITHMS = {
    "allreduce": ("ring", "tree", "hierarchical"), "allgather": ("ring", "hierarchical"),
    "reducescatter": ("ring", "hierarchical"),
    "alltoall": ("direct", "ring"), "broadcast": ("ring", "tree"), "sendrecv": ("direct",),
}


@dataclass(frozen=True)
class Collective:
    """A collective over ``participants`` chips; ``bytes`` is each participant's
    input buffer; ``algorithm`` one of ``COLLECTIVE_ALGORITHMS[kind]``, or
    "" for the fastest by the cost model; ``network`` the system's axes the
    participants span (``spec/systems.py``; a layout sets it, a trace cannot),
    else the chip's own link."""

    kind: ClassVar[str]
    in_place: ClassVar[bool] = False  # the output overwrites the input buffer
    name: str
    bytes: int
    participants: int
    algorithm: str = ""
    network: tuple[Axis, ...] = ()  # the axes its group spans; (): the chip's link

    flops = 0

    @property
    def output_bytes(self) -> float:
        """Each participant's output buffer."""
        return self.bytes

    @property
    def buffer_bytes(self) -> float:
        """Memory each participant holds for it: input and output, one buffer in place."""
        return self.bytes if self.in_place else self.bytes + self.output_bytes

    @property
    def min_bytes(self) -> float:
        """The input read once and the output written once, per participant."""
        return self.bytes + self.output_bytes


@dataclass(frozen=True)
class Allreduce(Collective):
    """Every participant ends with the sum of all ``bytes``-long inputs."""

    kind: ClassVar[str] = "allreduce"
    in_place: ClassVar[bool] = True


@dataclass(frozen=True)
class Allgather(Collective):
    """Every participant ends with all inputs, ``participants x bytes``."""

    kind: ClassVar[str] = "allgather"

    @property
    def output_bytes(self) -> float:
        return self.participants * self.bytes


@dataclass(frozen=True)
class Reducescatter(Collective):
    """Every participant ends with its ``1 / participants`` of the sum."""

    kind: ClassVar[str] = "reducescatter"

    @property
    def output_bytes(self) -> float:
        return self.bytes / self.participants


@dataclass(frozen=True)
class Alltoall(Collective):
    """Every participant sends its ``j``-th ``1 / participants`` to participant ``j``."""

    kind: ClassVar[str] = "alltoall"


@dataclass(frozen=True)
class Broadcast(Collective):
    """One participant's ``bytes`` reach every other."""

    kind: ClassVar[str] = "broadcast"
    in_place: ClassVar[bool] = True


@dataclass(frozen=True)
class Sendrecv(Collective):
    """Point to point: ``bytes`` from one chip to the next (a pipeline stage's hand-over)."""

    kind: ClassVar[str] = "sendrecv"
    in_place: ClassVar[bool] = True


COLLECTIVES = {cls.kind: cls for cls in (Allreduce, Allgather, Reducescatter, Alltoall,
                                         Broadcast, Sendrecv)}
