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

The schema is written once, as the dataclasses' fields: each is declared
with ``fields.spec_field`` (its check, unit, default and a line of help).
A dataclass-typed field is a TOML section (``[core.sram]`` is
``CoreSpec.sram``), optional when it has a default. Validation, defaults,
construction and the defaults that ``presets show`` lists are all derived
by walking ``dataclasses.fields``; only the rules that tie two fields
together (``_RULES``) are written as code.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import sys
import typing
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from systolic.errors import ConfigError
from systolic.spec.fields import (BOOLEAN, METADATA_KEY, NON_NEGATIVE_INT, NON_NEGATIVE_NUMBER,
                                  POSITIVE_INT, POSITIVE_NUMBER, TABLE, TEXT, Check, FieldSpec,
                                  declared, one_of, spec_field)

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


# --- the checks of this file's own kinds of value (the rest: fields.py) --------

def _float_pairs(table: dict) -> tuple[tuple[str, float], ...]:
    """A TOML table of numbers as sorted (key, float) pairs."""
    return tuple(sorted((k, float(v)) for k, v in table.items()))


def _shapes(shapes: list) -> tuple[tuple[int, int], ...]:
    return tuple(tuple(shape) for shape in shapes)


DATAFLOW = one_of(DATAFLOWS)
DTYPE_NAME = one_of(DTYPES)
DTYPE_LIST = Check(f"a non-empty list drawn from {', '.join(DTYPES)}",
                   lambda v: isinstance(v, list) and len(v) > 0 and all(map(DTYPE_NAME, v)),
                   convert=tuple)
SPEED_TABLE = Check("a table of dtype = positive number",
                    lambda v: isinstance(v, dict) and all(DTYPE_NAME(k) and POSITIVE_NUMBER(x)
                                                          for k, x in v.items()),
                    convert=_float_pairs)
TILE_SHAPES = Check("a list of [rows, columns] pairs of positive integers",
                    lambda v: isinstance(v, list) and all(
                        isinstance(shape, list) and len(shape) == 2
                        and all(map(POSITIVE_INT, shape)) for shape in v),
                    convert=_shapes)
ENERGY_TABLE = Check("the name of a table in systolic/presets/energy",
                     lambda v: v in energy_table_names())
DRAM_TECHNOLOGY = one_of(DRAM_TECHNOLOGIES)


# --- the machine ----------------------------------------------------------------

@dataclass(frozen=True)
class ArraySpec:
    """One systolic array: PE grid and the operand kept stationary."""

    rows: int = spec_field(POSITIVE_INT, "PEs", "PE rows of one array", arrays_only=True)
    cols: int = spec_field(POSITIVE_INT, "PEs", "PE columns of one array", arrays_only=True)
    dataflow: str = spec_field(DATAFLOW, "", "the operand that stays in the PEs: "
                               "ws weights, os outputs, is inputs", arrays_only=True)


@dataclass(frozen=True)
class SramSpec:
    """Per-core scratchpads, one per operand: capacity in bytes, the bytes
    per cycle a DMA can move in or out of each (``inf``: no limit), and how
    many tiles each buffer holds at once (2: double buffering; GPUs run
    3-7 stages)."""

    input_bytes: int = spec_field(POSITIVE_INT, "bytes", "capacity of the input (A) buffer")
    weight_bytes: int = spec_field(POSITIVE_INT, "bytes", "capacity of the weight (B) buffer")
    output_bytes: int = spec_field(POSITIVE_INT, "bytes", "capacity of the output (O) buffer")
    port_bytes_per_cycle: float = spec_field(
        POSITIVE_NUMBER, "bytes/cycle", "what a DMA moves in or out of a buffer per cycle, "
        "inf for no limit", default=math.inf)
    stages: int = spec_field(POSITIVE_INT, "tiles", "tiles a buffer holds at once, "
                             "2 for double buffering", default=2)


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
    library falls back to older kernels, with tile shapes of their own).
    ``tile_shapes`` and the alignment fields are a GPU library's rules: the
    simulator reads them in ``mapping/kernels.py`` only."""

    arrays: int = spec_field(POSITIVE_INT, "arrays", "systolic arrays per core",
                             arrays_only=True)
    vector_lanes: int = spec_field(POSITIVE_INT, "lanes", "lanes of the core's vector unit")
    sram: SramSpec = spec_field(TABLE, "", "the core's SRAM buffers")
    tile_shapes: tuple[tuple[int, int], ...] = spec_field(
        TILE_SHAPES, "elements", "the only output tile shapes the GEMM kernels use, "
        "[] for any", default=[], arrays_only=True)
    k_step: int = spec_field(NON_NEGATIVE_INT, "elements", "K slice a tile streams per "
                             "stage, 0 for the whole K extent", default=0, arrays_only=True)
    aligned_bytes: int = spec_field(NON_NEGATIVE_INT, "bytes", "row alignment a GEMM needs "
                                    "for full speed, 0 for none", default=0, arrays_only=True)
    unaligned_speed: float = spec_field(POSITIVE_NUMBER, "x the dtype's rate", "speed of a "
                                        "GEMM whose rows miss aligned_bytes", default=1.0,
                                        convert=float, arrays_only=True)
    unaligned_tile_shapes: tuple[tuple[int, int], ...] = spec_field(
        TILE_SHAPES, "elements", "tile shapes of those GEMMs, [] for tile_shapes", default=[],
        arrays_only=True)


@dataclass(frozen=True)
class ChipSpec:
    """How many cores, how fast they are clocked, and the chip-to-chip link
    used by tensor-parallel all-reduces (bandwidth 0: no link).

    ``launch_latency_ns`` is the fixed cost of starting an op (a GPU
    kernel launched on its own); ``graph_launch_latency_ns`` the same cost
    inside a recorded sequence (a CUDA graph), where the host's share is
    gone. It defaults to ``launch_latency_ns`` (the loader fills it in).

    ``cluster_cores``: cores that share their loads (a GPU's thread-block
    cluster, whose bulk copies multicast): a block that several cores of a
    cluster load at the same step crosses the memory system once for all
    of them. 1: every core loads alone.

    The launch costs and ``cluster_cores`` are a GPU library's rules: the
    simulator reads them in ``mapping/kernels.py`` only.
    """

    cores: int = spec_field(POSITIVE_INT, "cores", "cores of the chip")
    clock_hz: float = spec_field(POSITIVE_NUMBER, "Hz", "clock frequency", convert=float)
    link_bandwidth_bytes_per_s: float = spec_field(
        NON_NEGATIVE_NUMBER, "bytes/s", "chip-to-chip link for all-reduces, 0 for none",
        default=0)
    link_latency_ns: float = spec_field(NON_NEGATIVE_NUMBER, "ns", "link latency per step "
                                        "of a ring all-reduce", default=0)
    launch_latency_ns: float = spec_field(NON_NEGATIVE_NUMBER, "ns", "fixed cost of starting "
                                          "an op, a kernel launched alone", default=0)
    graph_launch_latency_ns: float = spec_field(
        NON_NEGATIVE_NUMBER, "ns", "the same cost inside a recorded graph, "
        "as launch_latency_ns when left out", default=None, same_as="launch_latency_ns")
    cluster_cores: int = spec_field(POSITIVE_INT, "cores", "cores whose shared loads "
                                    "cross the memory system once, 1 for none", default=1,
                                    arrays_only=True)


@dataclass(frozen=True)
class MemorySpec:
    """Off-chip DRAM shared by all cores, and an optional on-chip level
    (global buffer / L2) shared by the cores: ``shared_bytes`` 0 means none."""

    dram_bandwidth_bytes_per_s: float = spec_field(POSITIVE_NUMBER, "bytes/s",
                                                   "DRAM bandwidth of the chip")
    dram_latency_ns: float = spec_field(NON_NEGATIVE_NUMBER, "ns", "DRAM access latency")
    dram_channels: int = spec_field(POSITIVE_INT, "channels", "independent DRAM channels",
                                    default=1)
    shared_bytes: int = spec_field(NON_NEGATIVE_INT, "bytes", "capacity of the on-chip "
                                   "level the cores share, 0 for none", default=0)
    shared_bandwidth_bytes_per_s: float = spec_field(
        NON_NEGATIVE_NUMBER, "bytes/s", "bandwidth of that shared level", default=0)


@dataclass(frozen=True)
class PowerSpec:
    """Published whole-chip power figures, in watts (optional).

    ``capped``: the chip's clock drops so that a run's average power stays
    at ``tdp_w`` (a GPU's power management); fixed-clock chips leave it off.
    """

    idle_w: float = spec_field(NON_NEGATIVE_NUMBER, "W", "power drawn while idle")
    busy_w: float = spec_field(NON_NEGATIVE_NUMBER, "W", "power drawn while busy")
    tdp_w: float = spec_field(NON_NEGATIVE_NUMBER, "W", "thermal design power")
    capped: bool = spec_field(BOOLEAN, "", "the clock drops to hold tdp_w", default=False)


@dataclass(frozen=True)
class EnergySpec:
    """Which energy table applies (``presets/energy/TABLE.toml``), the DRAM
    technology, the mean on-chip distance to the shared level, and entries
    of the table this machine overrides."""

    table: str = spec_field(ENERGY_TABLE, "", "the energy table, presets/energy/TABLE.toml",
                            default="45nm")
    dram: str = spec_field(DRAM_TECHNOLOGY, "", "DRAM technology, which picks the "
                           "table's DRAM entry", default="ddr")
    noc_distance_mm: float = spec_field(NON_NEGATIVE_NUMBER, "mm", "mean on-chip distance "
                                        "to the shared level", default=1.0, convert=float)
    overrides: tuple[tuple[str, float], ...] = spec_field(
        NON_NEGATIVE_NUMBER, "pJ or W", "entries of the energy table this machine overrides",
        default={}, convert=_float_pairs, rest=energy_entry_names, rest_label="energy entries")


@dataclass(frozen=True)
class Hardware:
    """A whole machine description; ``source`` is the file it came from."""

    name: str = spec_field(TEXT, "", "the machine's name", arrays_only=True)  # no op reads it
    description: str = spec_field(TEXT, "", "one line about the machine", arrays_only=True)
    array: ArraySpec = spec_field(TABLE, "", "one systolic array")
    core: CoreSpec = spec_field(TABLE, "", "one core")
    chip: ChipSpec = spec_field(TABLE, "", "the chip")
    memory: MemorySpec = spec_field(TABLE, "", "DRAM and the shared on-chip level")
    dtypes: tuple[str, ...] = spec_field(DTYPE_LIST, "", "element types the arrays accept",
                                         key="dtypes.supported")
    default_dtype: str = spec_field(DTYPE_NAME, "", "the element type of ops that name "
                                    "none", key="dtypes.default")
    dtype_speed: tuple[tuple[str, float], ...] = spec_field(
        SPEED_TABLE, "x the base rate", "MACs per PE per cycle by dtype, 1 where not listed",
        default={}, key="dtypes.speed", arrays_only=True)
    power: PowerSpec | None = spec_field(TABLE, "", "published power figures", default=None)
    energy: EnergySpec = spec_field(TABLE, "", "the energy table and its overrides",
                                    default=EnergySpec())
    source: str = spec_field(TEXT, "", "the file it came from", in_file=False, kw_only=True)

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

    def speed(self, dtype: str) -> float:
        """MACs per PE per cycle for ``dtype`` relative to the array's base rate."""
        return dict(self.dtype_speed).get(dtype, 1.0)

    def dtype(self, name: str | None) -> DType:
        """The element type ``name`` (or the default), if this machine supports it."""
        name = name or self.default_dtype
        if name not in self.dtypes:
            raise ConfigError(f"{self.source}: dtype: expected one of "
                              f"{', '.join(self.dtypes)}, got {name!r}")
        return DTYPES[name]


def without_arrays(hw: Hardware) -> Hardware:
    """``hw`` with every field declared ``arrays_only`` blanked: what vector-unit
    and link ops depend on, so that their results are shared by machines that
    differ only in their arrays. A blanked field takes its default, or the
    empty value of its type (0, "") when it has none."""
    return _blanked(hw)


def _blanked(record: Any) -> Any:
    changes = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if dataclasses.is_dataclass(value):
            changes[field.name] = _blanked(value)
        elif _spec(field).arrays_only:
            changes[field.name] = field.default if _has_default(field) else type(value)()
    return dataclasses.replace(record, **changes)


# --- the schema, as TOML sections, walked from the dataclasses --------------------

@dataclass
class _Section:
    """A TOML table and the declared fields it holds (``path`` "": top level)."""

    path: str
    fields: dict[str, dataclasses.Field]  # TOML key -> field
    declared_by: FieldSpec | None  # the field whose value the section is
    rest: dataclasses.Field | None = None  # the field that takes the other keys

    @property
    def optional(self) -> bool:
        return self.declared_by is not None and self.declared_by.default is not dataclasses.MISSING


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


@functools.cache
def _nested(cls: type) -> dict[str, type]:
    """Field name -> dataclass, for the fields of ``cls`` that are sections."""
    nested = {}
    for name, hint in typing.get_type_hints(cls).items():
        for option in typing.get_args(hint) or (hint,):
            if dataclasses.is_dataclass(option):
                nested[name] = option
    return nested


def _walk(cls: type, path: str, sections: dict[str, _Section],
          declared_by: FieldSpec | None = None) -> dict[str, _Section]:
    """Add the sections of ``cls`` (a dataclass read from table ``path``), in
    the order their first fields are declared; TypeError for an undeclared field."""
    sections.setdefault(path, _Section(path, {}, declared_by))
    for field in dataclasses.fields(cls):
        spec = declared(field, cls)
        if not spec.in_file:
            continue
        where, _, key = _join(path, spec.key or field.name).rpartition(".")
        if field.name in _nested(cls):
            _walk(_nested(cls)[field.name], _join(where, key), sections, spec)
        elif spec.rest:
            sections[where].rest = field
        else:
            sections.setdefault(where, _Section(where, {}, None)).fields[key] = field
    return sections


def schema(cls: type) -> dict[str, _Section]:
    """Section path -> section of the dataclass ``cls`` read from a whole file."""
    return _walk(cls, "", {})


def _spec(field: dataclasses.Field) -> FieldSpec:
    return field.metadata[METADATA_KEY]


def _has_default(field: dataclasses.Field) -> bool:
    return field.default is not dataclasses.MISSING


# --- validation ---------------------------------------------------------------------

def _section(raw: dict, path: str) -> Any:
    """The value at key path ``path`` (a table, or a field) below ``raw``, else None."""
    node: Any = raw
    for part in path.split(".") if path else []:
        node = node.get(part) if isinstance(node, dict) else None
    return node


def _printable(key: str) -> str:
    """A key as written in TOML, quoted when it is not a bare key."""
    return key if key and all(c.isalnum() or c in "_-" for c in key) else repr(key)


def _label(path: str) -> str:
    return f"[{path}] " if path else ""


def _child_sections(path: str) -> set[str]:
    """Names of the sections nested directly under ``path``."""
    return {p.rpartition(".")[2] for p in SECTIONS if p and p.rpartition(".")[0] == path}


def _other_keys(section: _Section, table: dict) -> set[str]:
    """Keys of ``table`` that are neither its declared fields nor its subsections."""
    return table.keys() - section.fields.keys() - _child_sections(section.path)


def _problems(raw: dict) -> list[str]:
    """Every way ``raw`` departs from the schema, each as ``[section] key: ...``."""
    problems = []
    for section in SECTIONS.values():
        table = _section(raw, section.path)
        if table is None and section.optional:
            continue
        if not isinstance(table, dict):
            problems.append(f"[{section.path}]: {TABLE.message(table)}")
            continue
        problems += _field_problems(section, table)
        problems += _other_key_problems(section, table)
    for rule in _RULES:
        if not problems:
            problems += rule(raw)
    return problems


def _field_problems(section: _Section, table: dict) -> list[str]:
    """The declared fields of ``section`` that ``table`` misses or gets wrong."""
    problems = []
    for key, field in section.fields.items():
        check = _spec(field).check
        if key not in table and not _has_default(field):
            problems.append(f"{_label(section.path)}{key}: missing (expected {check.expected})")
        elif key in table and not check(table[key]):
            problems.append(f"{_label(section.path)}{key}: {check.message(table[key])}")
    return problems


def _other_key_problems(section: _Section, table: dict) -> list[str]:
    """Unknown keys, or, where a field takes the rest (``[energy]``), bad entries."""
    problems = []
    rest = _spec(section.rest) if section.rest else None
    known = set(rest.rest()) if rest else set()
    for key in sorted(_other_keys(section, table)):
        if rest is None:
            problems.append(f"{_label(section.path)}{_printable(key)}: unknown field")
        elif key not in known:
            problems.append(f"{_label(section.path)}{_printable(key)}: unknown field "
                            f"({rest.rest_label}: {', '.join(sorted(known))})")
        elif not rest.check(table[key]):
            problems.append(f"{_label(section.path)}{key}: {rest.check.message(table[key])}")
    return problems


def _shared_level_rule(raw: dict) -> list[str]:
    """A shared on-chip level needs a bandwidth."""
    memory = raw["memory"]
    if memory.get("shared_bytes", 0) > 0 and not memory.get("shared_bandwidth_bytes_per_s", 0) > 0:
        return ["[memory] shared_bandwidth_bytes_per_s: expected a positive number "
                "when shared_bytes > 0, got "
                f"{memory.get('shared_bandwidth_bytes_per_s', 0)!r}"]
    return []


def _default_dtype_rule(raw: dict) -> list[str]:
    """The default dtype is one of the supported ones."""
    dtypes = raw["dtypes"]
    if dtypes["default"] not in dtypes["supported"]:
        return [f"[dtypes] default: expected one of the supported dtypes "
                f"{dtypes['supported']}, got {dtypes['default']!r}"]
    return []


# Rules between fields, each run only while no problem has been found.
_RULES = (_shared_level_rule, _default_dtype_rule)


# --- construction ---------------------------------------------------------------------

def _record(cls: type, table: dict, path: str, **given: Any) -> Any:
    """An instance of ``cls`` from its validated TOML ``table``; defaults fill in."""
    values = dict(given)
    for field in dataclasses.fields(cls):
        spec = _spec(field)
        if not spec.in_file:
            continue
        key_path = spec.key or field.name
        value = _section(table, key_path)  # None: left out (TOML has no null)
        if spec.rest:
            rest = {key: table[key] for key in _other_keys(SECTIONS[path], table)}
            values[field.name] = spec.convert(rest)
        elif value is None:
            values[field.name] = (values[spec.same_as] if field.default is None and spec.same_as
                                  else field.default)
        elif field.name in _nested(cls):
            values[field.name] = _record(_nested(cls)[field.name], value,
                                         _join(path, key_path))
        else:
            values[field.name] = spec.convert(value)
    return cls(**values)


def from_dict(raw: dict, source: str = "<dict>") -> Hardware:
    """Validate a parsed description; raise ConfigError listing every problem."""
    problems = _problems(raw)
    if problems:
        raise ConfigError(f"{source}: " + "; ".join(problems))
    return _record(Hardware, raw, "", source=source)


# --- the defaults a description leaves out -------------------------------------------

def _toml(value: Any) -> str:
    """``value`` as a TOML value (the types the schema's defaults take)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)
    if value == math.inf:
        return "inf"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _default_line(section: _Section, key: str, table: dict) -> str:
    spec = _spec(section.fields[key])
    value = spec.default
    if value is None and spec.same_as:
        same = section.fields[spec.same_as]
        value = table.get(spec.same_as, _spec(same).default)
    about = f"{spec.unit}; {spec.help}" if spec.unit else spec.help
    return f"# {_label(section.path)}{key} = {_toml(value)}  ({about})"


def defaults_left_out(raw: dict) -> list[str]:
    """Comment lines naming each defaulted field that the valid description
    ``raw`` leaves out, with its default, unit and help (from the schema)."""
    lines = []
    for section in SECTIONS.values():
        table = _section(raw, section.path)
        if table is None and section.optional and section.declared_by.default is None:
            lines.append(f"# [{section.path}] left out  (optional: {section.declared_by.help})")
            continue
        table = table or {}  # an optional section left out takes every default
        lines += [_default_line(section, key, table) for key, field in section.fields.items()
                  if _has_default(field) and key not in table]
    return lines


SECTIONS = schema(Hardware)


# --- presets and files --------------------------------------------------------

def preset_names() -> list[str]:
    """Names of the presets shipped with the package, sorted."""
    folder = resources.files("systolic.spec") / "presets"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


def _preset_file_text(name: str) -> str:
    """The text of the file of preset ``name``."""
    if name not in preset_names():
        raise ConfigError(f"preset: expected one of {', '.join(preset_names())} "
                          f"or a path to a .toml file, got {name!r}")
    return (resources.files("systolic.spec") / "presets" / f"{name}.toml").read_text()


DEFAULTS_HEADER = "# Defaults of the fields this preset leaves out (from the schema):"


def preset_text(name: str) -> str:
    """The TOML text of preset ``name``, then, as comments, the defaults of
    the fields it leaves out (``systolic presets show``)."""
    text = _preset_file_text(name)
    lines = defaults_left_out(parse(text, f"{name}.toml"))
    if not lines:
        return text
    return text + "\n" + "\n".join([DEFAULTS_HEADER, *lines]) + "\n"


def _read(name_or_path: str) -> tuple[str, str]:
    """(text, source label) for a preset name or a TOML path."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        try:
            return path.read_text(), path.name
        except OSError as err:
            raise ConfigError(f"{name_or_path}: cannot read: {err.strerror}") from None
    return _preset_file_text(name_or_path), f"{name_or_path}.toml"


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
