"""What the machine is: frozen dataclasses loaded from TOML and validated once.

A chip has ``chip.cores`` cores running at ``chip.clock_hz``. Each core has
``core.arrays`` systolic arrays of ``array.rows x array.cols`` processing
elements (PEs) using one dataflow (``ws`` weight-, ``os`` output-, ``is``
input-stationary), three SRAM buffers (inputs, weights, outputs; capacity in
bytes), and a vector unit of ``core.vector_lanes`` lanes for element-wise
work. The cores share DRAM (``memory``). ``dtypes`` lists the element types
the arrays accept; each has a fixed width and accumulation type (table
``DTYPES``).

Not described here: how work is placed on the machine (``mapping``), the
energy per action (the energy tables), or anything the engine derives.

A description is a TOML file: a preset shipped in ``systolic/presets/`` by
name (``tpu-v1``) or any path. Every field is checked when loading, all
problems are collected, and the error names the file and key path::

    tpu-v1.toml: [array] rows: expected a positive integer, got 0
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable

from systolic.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

DATAFLOWS = ("ws", "os", "is")
DRAM_TECHNOLOGIES = ("ddr", "lpddr4", "hbm")


@dataclass(frozen=True)
class DType:
    """An element type: its storage width and the type its products sum in."""

    name: str
    bits: int
    accumulate: str

    @property
    def bytes(self) -> float:
        """Bytes per element (0.5 for int4)."""
        return self.bits / 8


DTYPES = {d.name: d for d in (
    DType("int4", 4, "int32"),
    DType("int8", 8, "int32"),
    DType("fp8", 8, "fp32"),
    DType("bf16", 16, "fp32"),
    DType("fp16", 16, "fp32"),
    DType("fp32", 32, "fp32"),
    DType("int32", 32, "int32"),
)}


@dataclass(frozen=True)
class ArraySpec:
    """One systolic array: PE grid and the operand kept stationary."""

    rows: int
    cols: int
    dataflow: str


@dataclass(frozen=True)
class SramSpec:
    """Per-core scratchpads, one per operand: capacity in bytes, the bytes
    per cycle a DMA can move in or out of each (``inf``: no limit), and how
    many tiles each buffer holds at once (2: double buffering; GPUs run
    3-7 stages)."""

    input_bytes: int
    weight_bytes: int
    output_bytes: int
    port_bytes_per_cycle: float
    stages: int


@dataclass(frozen=True)
class CoreSpec:
    """A core: its arrays, its SRAM buffers and its vector unit.

    ``tile_shapes``: when given, the only output tile shapes (rows x
    columns) the core's GEMM kernels use, as a GPU library's kernels do;
    empty: the mapper searches freely. ``k_step``: when non-zero, a tile's
    A and B blocks stream through the buffers in slices of ``k_step``
    along K (a GPU's multi-stage K loop), so only ``stages`` slices must
    fit, not the whole K extent. ``aligned_bytes``: when non-zero, a GEMM
    whose K or N rows are not a multiple of it runs at ``unaligned_speed``
    times the dtype's rate, on the tiles of ``unaligned_tile_shapes`` when
    given (a GPU's bulk-copy engine needs 16-byte aligned rows, and the
    library falls back to older kernels, with tile shapes of their own)."""

    arrays: int
    vector_lanes: int
    sram: SramSpec
    tile_shapes: tuple[tuple[int, int], ...]
    k_step: int
    aligned_bytes: int = 0
    unaligned_speed: float = 1.0
    unaligned_tile_shapes: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class ChipSpec:
    """How many cores, how fast they are clocked, and the chip-to-chip link
    used by tensor-parallel all-reduces (bandwidth 0: no link).

    ``launch_latency_ns`` is the fixed cost of starting an op (a GPU
    kernel launched on its own); ``graph_launch_latency_ns`` the same cost
    inside a recorded sequence (a CUDA graph), where the host's share is
    gone. It defaults to ``launch_latency_ns``.

    ``cluster_cores``: cores that share their loads (a GPU's thread-block
    cluster, whose bulk copies multicast): a block that several cores of a
    cluster load at the same step crosses the memory system once for all
    of them. 1: every core loads alone.
    """

    cores: int
    clock_hz: float
    link_bandwidth_bytes_per_s: float
    link_latency_ns: float
    launch_latency_ns: float
    graph_launch_latency_ns: float
    cluster_cores: int = 1


@dataclass(frozen=True)
class MemorySpec:
    """Off-chip DRAM shared by all cores, and an optional on-chip level
    (global buffer / L2) shared by the cores: ``shared_bytes`` 0 means none."""

    dram_bandwidth_bytes_per_s: float
    dram_latency_ns: float
    dram_channels: int
    shared_bytes: int
    shared_bandwidth_bytes_per_s: float


@dataclass(frozen=True)
class PowerSpec:
    """Published whole-chip power figures, in watts (optional).

    ``capped``: the chip's clock drops so that a run's average power stays
    at ``tdp_w`` (a GPU's power management); fixed-clock chips leave it off.
    """

    idle_w: float
    busy_w: float
    tdp_w: float
    capped: bool = False


@dataclass(frozen=True)
class EnergySpec:
    """Which energy table applies (``presets/energy/TABLE.toml``), the DRAM
    technology, the mean on-chip distance to the shared level, and entries
    of the table this machine overrides."""

    table: str
    dram: str
    noc_distance_mm: float
    overrides: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Hardware:
    """A whole machine description; ``source`` is the file it came from."""

    name: str
    description: str
    array: ArraySpec
    core: CoreSpec
    chip: ChipSpec
    memory: MemorySpec
    dtypes: tuple[str, ...]
    default_dtype: str
    dtype_speed: tuple[tuple[str, float], ...]
    power: PowerSpec | None
    energy: EnergySpec
    source: str

    @property
    def peak_macs_per_cycle(self) -> int:
        """MACs per cycle with every PE of every array of every core busy."""
        return self.array.rows * self.array.cols * self.core.arrays * self.chip.cores

    @property
    def dram_bytes_per_cycle(self) -> float:
        """DRAM bandwidth expressed per clock cycle."""
        return self.memory.dram_bandwidth_bytes_per_s / self.chip.clock_hz

    @property
    def dram_latency_cycles(self) -> int:
        """DRAM access latency in whole cycles (rounded up)."""
        return math.ceil(self.memory.dram_latency_ns * 1e-9 * self.chip.clock_hz - 1e-9)

    @property
    def launch_latency_cycles(self) -> int:
        """Fixed start-up time of every op (a kernel launch), in whole cycles."""
        return math.ceil(self.chip.launch_latency_ns * 1e-9 * self.chip.clock_hz - 1e-9)

    def speed(self, dtype: str) -> float:
        """MACs per PE per cycle for ``dtype`` relative to the array's base rate."""
        return dict(self.dtype_speed).get(dtype, 1.0)

    def gemm_aligned(self, k: int, n: int, element_bytes: float) -> bool:
        """Whether a GEMM's K and N rows (as laid out in memory) meet
        ``[core] aligned_bytes``."""
        align = self.core.aligned_bytes
        return not (align and any((size * element_bytes) % align for size in (k, n)))

    def gemm_speed(self, dtype: str, k: int, n: int, element_bytes: float) -> float:
        """``speed(dtype)``, times ``[core] unaligned_speed`` when the GEMM's K or N
        rows miss ``[core] aligned_bytes``."""
        aligned = self.gemm_aligned(k, n, element_bytes)
        return self.speed(dtype) * (1.0 if aligned else self.core.unaligned_speed)

    def gemm_tile_shapes(self, k: int, n: int, element_bytes: float) -> tuple:
        """The output tile shapes of the kernels that run such a GEMM: ``[core]
        unaligned_tile_shapes`` for unaligned rows (when given), else ``tile_shapes``."""
        if self.core.unaligned_tile_shapes and not self.gemm_aligned(k, n, element_bytes):
            return self.core.unaligned_tile_shapes
        return self.core.tile_shapes

    def dtype(self, name: str | None) -> DType:
        """The element type ``name`` (or the default), if this machine supports it."""
        name = name or self.default_dtype
        if name not in self.dtypes:
            raise ConfigError(f"{self.source}: dtype: expected one of "
                              f"{', '.join(self.dtypes)}, got {name!r}")
        return DTYPES[name]


# --- validation -------------------------------------------------------------

Check = Callable[[Any], bool]


def _positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _positive_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def _non_negative_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _non_negative_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _boolean(value: Any) -> bool:
    return isinstance(value, bool)


def _dataflow(value: Any) -> bool:
    return value in DATAFLOWS


def _dtype_list(value: Any) -> bool:
    return (isinstance(value, list) and len(value) > 0
            and all(v in DTYPES for v in value))


def _dtype_name(value: Any) -> bool:
    return isinstance(value, str) and value in DTYPES


def _speed_table(value: Any) -> bool:
    return isinstance(value, dict) and all(k in DTYPES and _positive_number(v)
                                           for k, v in value.items())


def _tile_shape_list(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(shape, list) and len(shape) == 2 and all(_positive_int(v) for v in shape)
        for shape in value)


def _energy_table(value: Any) -> bool:
    return value in energy_table_names()


def _dram_technology(value: Any) -> bool:
    return value in DRAM_TECHNOLOGIES


_EXPECTED = {
    _positive_int: "a positive integer",
    _positive_number: "a positive number",
    _non_negative_number: "a non-negative number",
    _non_negative_int: "a non-negative integer",
    _text: "a string",
    _boolean: "true or false",
    _dataflow: "one of ws, os, is",
    _dtype_list: f"a non-empty list drawn from {', '.join(DTYPES)}",
    _dtype_name: f"one of {', '.join(DTYPES)}",
    _energy_table: "the name of a table in systolic/presets/energy",
    _speed_table: "a table of dtype = positive number",
    _tile_shape_list: "a list of [rows, columns] pairs of positive integers",
    _dram_technology: f"one of {', '.join(DRAM_TECHNOLOGIES)}",
}

# section -> field -> check; a section named "" holds top-level keys.
SCHEMA: dict[str, dict[str, Check]] = {
    "": {"name": _text, "description": _text},
    "array": {"rows": _positive_int, "cols": _positive_int, "dataflow": _dataflow},
    "core": {"arrays": _positive_int, "vector_lanes": _positive_int,
             "tile_shapes": _tile_shape_list, "k_step": _non_negative_int,
             "aligned_bytes": _non_negative_int, "unaligned_speed": _positive_number,
             "unaligned_tile_shapes": _tile_shape_list},
    "core.sram": {"input_bytes": _positive_int, "weight_bytes": _positive_int,
                  "output_bytes": _positive_int, "port_bytes_per_cycle": _positive_number,
                  "stages": _positive_int},
    "chip": {"cores": _positive_int, "clock_hz": _positive_number,
             "link_bandwidth_bytes_per_s": _non_negative_number,
             "link_latency_ns": _non_negative_number,
             "launch_latency_ns": _non_negative_number,
             "graph_launch_latency_ns": _non_negative_number,
             "cluster_cores": _positive_int},
    "memory": {"dram_bandwidth_bytes_per_s": _positive_number,
               "dram_latency_ns": _non_negative_number, "dram_channels": _positive_int,
               "shared_bytes": _non_negative_int,
               "shared_bandwidth_bytes_per_s": _non_negative_number},
    "dtypes": {"supported": _dtype_list, "default": _dtype_name, "speed": _speed_table},
    "power": {"idle_w": _non_negative_number, "busy_w": _non_negative_number,
              "tdp_w": _non_negative_number, "capped": _boolean},
    "energy": {"table": _energy_table, "dram": _dram_technology,
               "noc_distance_mm": _non_negative_number},
}
OPTIONAL_SECTIONS = {"power", "energy"}
# (section, field) -> value used when the file leaves the field out.
DEFAULTS = {
    ("core.sram", "port_bytes_per_cycle"): math.inf,
    ("core.sram", "stages"): 2,
    ("power", "capped"): False,
    ("core", "tile_shapes"): [],
    ("core", "k_step"): 0,
    ("core", "aligned_bytes"): 0,
    ("core", "unaligned_speed"): 1.0,
    ("core", "unaligned_tile_shapes"): [],
    ("chip", "launch_latency_ns"): 0,
    ("chip", "graph_launch_latency_ns"): None,  # None: as launch_latency_ns
    ("chip", "cluster_cores"): 1,
    ("dtypes", "speed"): {},
    ("memory", "dram_channels"): 1,
    ("chip", "link_bandwidth_bytes_per_s"): 0,
    ("chip", "link_latency_ns"): 0,
    ("energy", "table"): "45nm",
    ("energy", "dram"): "ddr",
    ("energy", "noc_distance_mm"): 1.0,
    ("memory", "shared_bytes"): 0,
    ("memory", "shared_bandwidth_bytes_per_s"): 0,
}


def _section(raw: dict, path: str) -> Any:
    node: Any = raw
    for part in path.split(".") if path else []:
        node = node.get(part) if isinstance(node, dict) else None
    return node


def _printable(key: str) -> str:
    """A key as written in TOML, quoted when it is not a bare key."""
    return key if key and all(c.isalnum() or c in "_-" for c in key) else repr(key)


def _label(path: str) -> str:
    return f"[{path}] " if path else ""


def _problems(raw: dict) -> list[str]:
    """Every way ``raw`` departs from SCHEMA, each as ``[section] key: ...``."""
    problems = []
    for path, fields in SCHEMA.items():
        table = _section(raw, path)
        if table is None and path in OPTIONAL_SECTIONS:
            continue
        if not isinstance(table, dict):
            problems.append(f"[{path}]: expected a table, got {table!r}")
            continue
        for key, check in fields.items():
            if key not in table and (path, key) in DEFAULTS:
                continue
            if key not in table:
                problems.append(f"{_label(path)}{key}: missing (expected {_EXPECTED[check]})")
            elif not check(table[key]):
                problems.append(f"{_label(path)}{key}: expected {_EXPECTED[check]}, "
                                f"got {table[key]!r}")
        extra = table.keys() - fields.keys() - _child_sections(path)
        if path == "energy":
            problems += _energy_override_problems(table, extra)
            continue
        for key in sorted(extra):
            problems.append(f"{_label(path)}{_printable(key)}: unknown field")
    memory = raw.get("memory")
    if (not problems and memory.get("shared_bytes", 0) > 0
            and not memory.get("shared_bandwidth_bytes_per_s", 0) > 0):
        problems.append("[memory] shared_bandwidth_bytes_per_s: expected a positive number "
                        "when shared_bytes > 0, got "
                        f"{memory.get('shared_bandwidth_bytes_per_s', 0)!r}")
    if not problems:
        dtypes = raw["dtypes"]
        if dtypes["default"] not in dtypes["supported"]:
            problems.append(f"[dtypes] default: expected one of the supported dtypes "
                            f"{dtypes['supported']}, got {dtypes['default']!r}")
    return problems


def _energy_override_problems(table: dict, keys: set[str]) -> list[str]:
    """Energy entries a machine overrides must name table entries and be >= 0."""
    known = energy_entry_names()
    problems = []
    for key in sorted(keys):
        if key not in known:
            problems.append(f"[energy] {_printable(key)}: unknown field (energy entries: "
                            f"{', '.join(sorted(known))})")
        elif not _non_negative_number(table[key]):
            problems.append(f"[energy] {key}: expected a non-negative number, "
                            f"got {table[key]!r}")
    return problems


def energy_table_names() -> list[str]:
    """Names of the shipped energy tables (``presets/energy/*.toml``)."""
    folder = resources.files("systolic.spec") / "presets" / "energy"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def energy_table(name: str) -> dict[str, float]:
    """The entries (pJ, W) of a shipped energy table."""
    text = (resources.files("systolic.spec") / "presets" / "energy" / f"{name}.toml").read_text()
    return {k: float(v) for k, v in tomllib.loads(text).items() if k != "name"}


def energy_entry_names() -> set[str]:
    """Entry names every energy table has."""
    return set(energy_table("45nm"))


def _child_sections(path: str) -> set[str]:
    """Names of the SCHEMA sections nested directly under ``path``."""
    return {p.rpartition(".")[2] for p in SCHEMA if p and p.rpartition(".")[0] == path}


def _with_defaults(raw: dict) -> dict:
    """A copy of ``raw`` with every defaulted field filled in."""
    filled = {key: dict(value) if isinstance(value, dict) else value
              for key, value in raw.items()}
    filled["core"] = dict(filled["core"])
    filled["core"]["sram"] = dict(filled["core"]["sram"])
    filled.setdefault("energy", {})
    filled["dtypes"] = dict(filled["dtypes"])
    for (path, key), value in DEFAULTS.items():
        table = filled
        for part in path.split("."):
            table = table.get(part)
            if table is None:  # an optional section left out: nothing to fill
                break
        else:
            table.setdefault(key, value)
    return filled


def _chip_spec(section: dict) -> ChipSpec:
    graph = section["graph_launch_latency_ns"]
    return ChipSpec(**{**section, "clock_hz": float(section["clock_hz"]),
                       "graph_launch_latency_ns": (section["launch_latency_ns"]
                                                   if graph is None else graph)})


def _energy_spec(section: dict) -> EnergySpec:
    fixed = {"table", "dram", "noc_distance_mm"}
    overrides = tuple(sorted((k, float(v)) for k, v in section.items() if k not in fixed))
    return EnergySpec(section["table"], section["dram"], float(section["noc_distance_mm"]),
                      overrides)


def _build(raw: dict, source: str) -> Hardware:
    raw = _with_defaults(raw)
    core = raw["core"]
    return Hardware(
        name=raw["name"], description=raw["description"],
        array=ArraySpec(**raw["array"]),
        core=CoreSpec(arrays=core["arrays"], vector_lanes=core["vector_lanes"],
                      sram=SramSpec(**core["sram"]),
                      tile_shapes=tuple(tuple(shape) for shape in core["tile_shapes"]),
                      k_step=core["k_step"], aligned_bytes=core["aligned_bytes"],
                      unaligned_speed=float(core["unaligned_speed"]),
                      unaligned_tile_shapes=tuple(tuple(shape)
                                                  for shape in core["unaligned_tile_shapes"])),
        chip=_chip_spec(raw["chip"]),
        memory=MemorySpec(**raw["memory"]),
        dtypes=tuple(raw["dtypes"]["supported"]), default_dtype=raw["dtypes"]["default"],
        dtype_speed=tuple(sorted((k, float(v)) for k, v in raw["dtypes"]["speed"].items())),
        power=PowerSpec(**raw["power"]) if "power" in raw else None,
        energy=_energy_spec(raw["energy"]),
        source=source,
    )


def from_dict(raw: dict, source: str = "<dict>") -> Hardware:
    """Validate a parsed description; raise ConfigError listing every problem."""
    problems = _problems(raw)
    if problems:
        raise ConfigError(f"{source}: " + "; ".join(problems))
    return _build(raw, source)


# --- presets and files --------------------------------------------------------

def preset_names() -> list[str]:
    """Names of the presets shipped with the package, sorted."""
    folder = resources.files("systolic.spec") / "presets"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def preset_text(name: str) -> str:
    """The TOML text of preset ``name``."""
    if name not in preset_names():
        raise ConfigError(f"preset: expected one of {', '.join(preset_names())} "
                          f"or a path to a .toml file, got {name!r}")
    return (resources.files("systolic.spec") / "presets" / f"{name}.toml").read_text()


def _read(name_or_path: str) -> tuple[str, str]:
    """(text, source label) for a preset name or a TOML path."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        try:
            return path.read_text(), path.name
        except OSError as err:
            raise ConfigError(f"{name_or_path}: cannot read: {err.strerror}") from None
    return preset_text(name_or_path), f"{name_or_path}.toml"


def parse(text: str, source: str) -> dict:
    """TOML text -> dict, with the parser's complaint as a one-line ConfigError."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{source}: malformed TOML: {err}") from None


def read_toml(path: str | Path) -> dict:
    """A TOML file as a dict; an unreadable or malformed file is one line naming it."""
    path = Path(path)
    try:
        text = path.read_text()
    except OSError as err:
        raise ConfigError(f"{path.name}: cannot read: {err.strerror}") from None
    return parse(text, path.name)


def load(name_or_path: str, overrides: dict[str, Any] | None = None) -> Hardware:
    """Load a preset by name or a TOML file, apply ``overrides``, validate.

    ``overrides`` maps key paths to values, e.g. ``{"array.rows": 16}``;
    they are validated like the file's own fields.
    """
    text, source = _read(name_or_path)
    raw = parse(text, source)
    for key_path, value in (overrides or {}).items():
        *sections, key = key_path.split(".")
        table = raw
        for section in sections:
            table = table.setdefault(section, {})
        table[key] = value
    return from_dict(raw, source)

