"""Systems of many chips: a chip preset and the network levels that join them.

A system is a TOML file (``systolic/spec/systems/NAME.toml`` or any path)::

    name = "h100-node"
    chip = "h100"                      # a chip preset's name, or a path

    [[level]]                          # innermost first
    name = "nvswitch"
    chips = 8                          # members joined at this level
    topology = "switch"
    link_bandwidth_bytes_per_s = 450e9 # one link, one direction
    links_per_chip = 1
    latency_ns = 2000

Each level joins ``chips`` members of the level below (chips, at the first
level); the system has the product of them. Topologies:

- ``switch``: full bisection (NVSwitch); a chip drives ``links_per_chip``
  links into it at once, so it injects ``links_per_chip x bandwidth``.
- ``fat_tree``: a non-blocking scale-out network; ``links_per_chip`` NICs.
- ``ring``, ``torus2d``, ``torus3d`` (``dims``, product ``chips``): each chip
  has one link to each neighbour, two per dimension; a group that takes part
  of a dimension is wired as a ring of its members, as an optically
  reconfigured slice is (TPU v4).

``axes`` flattens the levels into the network's dimensions, innermost
first: a torus is one ring axis per dimension, every other level one axis.
``mapping/collectives.py`` prices collectives over the axes a group spans
(``group_network``). Energy per byte and static power per chip of a level
(NICs, switches) go into the system's energy per token.

Not here: which chips form a group (``spec/layouts.py``), the cost of a
collective (``mapping/collectives.py``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from systolic.errors import ConfigError
from systolic.spec import schema
from systolic.spec.fields import (DIMENSION, NON_EMPTY_TEXT, NON_NEGATIVE_NUMBER, POSITIVE_NUMBER,
                                  TEXT, Check, bounded, one_of, spec_field)
from systolic.spec.hardware import Hardware
from systolic.spec.hardware import load as load_chip
from systolic.spec.presets import parse, read_text
from systolic.spec.ranges import LATENCY_NS

TOPOLOGIES = ("switch", "fat_tree", "ring", "torus2d", "torus3d")
TORUS_DIMS = {"torus2d": 2, "torus3d": 3}
MAX_CHIPS = 2**20  # a million chips: beyond any machine built
_DIMS = Check("a list of positive integers",
              lambda v: isinstance(v, list) and all(DIMENSION(d) for d in v),
              convert=tuple)
_LINKS = bounded(DIMENSION, high=64, why="64 links a chip")
_BANDWIDTH = bounded(POSITIVE_NUMBER, high=1e15, why="1 PB/s a link")
_ENERGY = bounded(NON_NEGATIVE_NUMBER, high=1e6, why="a microjoule a byte")
_POWER = bounded(NON_NEGATIVE_NUMBER, high=1e5, why="100 kW a chip")


@dataclass(frozen=True)
class Level:
    """One level of the network (module docstring)."""

    name: str = spec_field(NON_EMPTY_TEXT, "", "the level's name")
    chips: int = spec_field(bounded(DIMENSION, high=MAX_CHIPS, why="a million chips"), "members",
                            "members of the level below joined here")
    topology: str = spec_field(one_of(TOPOLOGIES), "", "how they are joined")
    link_bandwidth_bytes_per_s: float = spec_field(
        _BANDWIDTH, "bytes/s", "one link, one direction", convert=float)
    latency_ns: float = spec_field(LATENCY_NS, "ns", "one step of a collective")
    dims: tuple[int, ...] = spec_field(_DIMS, "members", "a torus's dimensions", default=[])
    links_per_chip: int = spec_field(_LINKS, "links", "links (NICs) a chip drives at "
                                     "once into a switch or fat tree", default=1)
    energy_pj_per_byte: float = spec_field(_ENERGY, "pJ/byte",
                                           "energy of a byte over one link", default=0)
    static_w_per_chip: float = spec_field(_POWER, "W", "NIC and switch "
                                          "power per chip at this level", default=0)
    source: str = spec_field(TEXT, "", "where it was read", in_file=False, kw_only=True)


@dataclass(frozen=True)
class Axis:
    """One dimension of the network: ``members`` along it, joined as a ring
    (two links a chip) or through a switch (``links`` links a chip)."""

    kind: str  # "ring" | "switch"
    members: int
    link_bandwidth_bytes_per_s: float
    links: int
    latency_s: float
    energy_pj_per_byte: float
    level: str

    @property
    def injection_bytes_per_s(self) -> float:
        """What one chip sends at once along this axis, over all its links."""
        return self.links * self.link_bandwidth_bytes_per_s


@dataclass(frozen=True)
class System:
    """A chip and the levels that join copies of it (module docstring)."""

    name: str
    description: str
    chip: Hardware
    levels: tuple[Level, ...]
    source: str

    @property
    def chips(self) -> int:
        return math.prod(level.chips for level in self.levels)

    @property
    def axes(self) -> tuple[Axis, ...]:
        """The network's dimensions, innermost first (module docstring)."""
        found = []
        for level in self.levels:
            latency = level.latency_ns * 1e-9
            if level.topology in ("switch", "fat_tree"):
                found.append(Axis("switch", level.chips, level.link_bandwidth_bytes_per_s,
                                  level.links_per_chip, latency, level.energy_pj_per_byte,
                                  level.name))
                continue
            for members in level.dims or (level.chips,):
                found.append(Axis("ring", members, level.link_bandwidth_bytes_per_s, 2,
                                  latency, level.energy_pj_per_byte, level.name))
        return tuple(found)

    @property
    def static_w_per_chip(self) -> float:
        return sum(level.static_w_per_chip for level in self.levels)


def group_network(system: System, stride: int, size: int, what: str) -> tuple[Axis, ...]:
    """The axes a group of ``size`` chips spans when its members sit ``stride``
    chips apart in the system's order (innermost axis fastest), each with the
    members it holds there; ``what`` names the group in errors."""
    spans, position = [], 1
    for axis in system.axes:
        low, high = position, position * axis.members  # the strides of this axis
        position = high
        if size == 1 or stride >= high:
            continue
        along = min(high // stride, size)
        if stride % low or high % stride or size % along:
            raise ConfigError(f"{what}: its {size} members, {stride} chips apart, do not "
                              f"line up with the {axis.level} level's {axis.members}")
        spans.append(_part(axis, along, stride // low))
        size //= along
        stride = high
    if size > 1:
        raise ConfigError(f"{what}: needs more chips than the system's {system.chips}")
    return tuple(spans)


def _part(axis: Axis, members: int, apart: int) -> Axis:
    """``members`` of ``axis``, ``apart`` positions from each other: around a
    ring each hop then crosses ``apart`` links, which the ``apart`` groups
    interleaved on that ring share; through a switch distance costs nothing."""
    if axis.kind != "ring" or apart == 1:
        return Axis(axis.kind, members, axis.link_bandwidth_bytes_per_s, axis.links,
                    axis.latency_s, axis.energy_pj_per_byte, axis.level)
    return Axis(axis.kind, members, axis.link_bandwidth_bytes_per_s / apart, axis.links,
                axis.latency_s * apart, axis.energy_pj_per_byte * apart, axis.level)


# --- loading ---------------------------------------------------------------------

LEVEL_SECTIONS = schema.sections(Level)
_TOP_KEYS = ("name", "description", "chip", "level")


def _folder():
    return resources.files("systolic.spec") / "systems"


def system_names() -> list[str]:
    """Names of the systems shipped with the package, sorted."""
    return sorted(p.name[:-5] for p in _folder().iterdir() if p.name.endswith(".toml"))


def system_file(name_or_path: str):
    """The file a system argument names: a path, or a shipped system's name."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        return path
    if name_or_path not in system_names():
        raise ConfigError(f"system: expected one of {', '.join(system_names())} or a path "
                          f"to a .toml file, got {name_or_path!r}")
    return _folder() / f"{name_or_path}.toml"


def load(name_or_path: str) -> System:
    """A system by name or path; every mistake is one line naming file, line and key."""
    file = system_file(name_or_path)
    text = read_text(file, name_or_path)
    return from_text(text, file.name, Path(str(file)).parent)


def from_text(text: str, source: str, folder: Path) -> System:
    """A system from its TOML ``text``; a ``chip`` path is read relative to ``folder``."""
    raw = parse(text, source)
    for key in raw:
        if key not in _TOP_KEYS:
            raise ConfigError(f"{source}:{_line(text, key)}: {key}: unknown key (expected "
                              f"one of {', '.join(_TOP_KEYS)})")
    for key in ("name", "chip"):
        if not NON_EMPTY_TEXT(raw.get(key)):
            raise ConfigError(f"{source}:{_line(text, key)}: {key}: "
                              f"{NON_EMPTY_TEXT.message(raw.get(key))}")
    tables = raw.get("level")
    if not isinstance(tables, list) or not tables or not all(isinstance(t, dict) for t in tables):
        raise ConfigError(f"{source}:{_line(text, 'level')}: level: expected one or more "
                          f"[[level]] tables, innermost first")
    levels = tuple(_level(text, source, index, table) for index, table in enumerate(tables))
    chips = math.prod(level.chips for level in levels)
    if chips > MAX_CHIPS:
        raise ConfigError(f"{source}: level: the levels join {chips} chips; expected at most "
                          f"{MAX_CHIPS}")
    chip_name = raw["chip"]
    local = folder / chip_name
    chip = load_chip(str(local) if chip_name.endswith(".toml") and local.exists() else chip_name)
    return System(raw["name"], raw.get("description", ""), chip, levels, source)


def _level(text: str, source: str, index: int, table: dict) -> Level:
    where = f"{source}:{_level_line(text, index)}: [[level]] {index + 1}"
    problems = schema.problems(LEVEL_SECTIONS, table)
    if problems:
        key = problems[0].split(":")[0].strip()
        line = _level_line(text, index, key)
        raise ConfigError(f"{source}:{line}: [[level]] {index + 1} {problems[0]}")
    level = schema.build(Level, table, LEVEL_SECTIONS, source=source)
    wanted = TORUS_DIMS.get(level.topology, 0)
    if len(level.dims) != wanted:
        raise ConfigError(f"{where}: dims: expected {wanted} dimensions for a "
                          f"{level.topology}, got {list(level.dims)}")
    if level.dims and math.prod(level.dims) != level.chips:
        raise ConfigError(f"{where}: dims: expected dimensions whose product is chips "
                          f"({level.chips}), got {list(level.dims)}")
    if level.topology not in ("switch", "fat_tree") and level.links_per_chip != 1:
        raise ConfigError(f"{where}: links_per_chip: a {level.topology} has one link to "
                          f"each neighbour; expected 1 (or left out)")
    return level


def _line(text: str, key: str) -> int:
    """The first line that sets or opens ``key``, else 1."""
    for number, line in enumerate(text.splitlines(), 1):
        bare = line.strip().replace(" ", "")
        if bare.startswith((f"{key}=", f"[[{key}]]", f"[{key}]")):
            return number
    return 1


def _level_line(text: str, index: int, key: str | None = None) -> int:
    """The line of the ``index``-th ``[[level]]`` header, or of ``key`` below it."""
    lines = text.splitlines()
    headers = [n for n, line in enumerate(lines, 1)
               if line.strip().replace(" ", "").startswith("[[level]]")]
    if index >= len(headers):
        return _line(text, "level")
    start = headers[index]
    end = headers[index + 1] if index + 1 < len(headers) else len(lines) + 1
    for number in range(start + 1, end):
        if key and lines[number - 1].strip().replace(" ", "").startswith(f"{key}="):
            return number
    return start
