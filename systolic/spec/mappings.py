"""Mapping files: a run's schedule decisions per op, written out and read back.

``systolic run ... --mapping-out FILE`` writes, for every op of the run, the
decisions the mapper took; ``--mapping FILE`` pins them, so a schedule can be
reproduced, edited and compared. A mapping file is TOML, one ``[[op]]``
table per op, named as the report names it::

    [[op]]
    name = "layer.up_proj+act"
    tile = [512, 1024, 4096]   # tm, tn, tk of the GEMM as laid out
    loop_order = "nmk"         # output blocks n outer, m inner; "mnk" the other way
    split_k = 1                # K parts summed by the vector unit
    transposed = false         # true: O^T = B^T . A^T, the tile sizes of that GEMM
    keep_output = true         # its output stays in the unified buffer for the next op

A GEMM's four tiling keys come together or not at all; ``keep_output``
applies to any op on a machine with a unified buffer (``false`` sends the
output through DRAM, ``true`` is an error where it cannot stay). Ops the
file leaves out are mapped by the search; fusion is the machine's (or
``--fusion``), and the file names ops as fused. Whether a pinned tile fits
the machine is checked where it is used (``simulate.py``), each problem one
line naming the file, the line of the op's table and the key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from systolic.errors import ConfigError
from systolic.results import RunResult
from systolic.spec.fields import BOOLEAN, DIMENSION, NON_EMPTY_TEXT, Check, one_of
from systolic.spec.presets import parse, read_text

LOOP_ORDERS = ("nmk", "mnk")  # the orders the tile search tries (mapping/tiling.py)
TILING_KEYS = ("tile", "loop_order", "split_k", "transposed")
MAX_OPS = 100_000  # a model layer has tens of ops; past this the file is not a mapping
TILE = Check("[tm, tn, tk], three positive integers",
             lambda v: isinstance(v, list) and len(v) == 3 and all(DIMENSION(x) for x in v))
_CHECKS = {"name": NON_EMPTY_TEXT, "tile": TILE, "loop_order": one_of(LOOP_ORDERS),
           "split_k": DIMENSION, "transposed": BOOLEAN, "keep_output": BOOLEAN}


@dataclass(frozen=True)
class OpMapping:
    """What a mapping file pins for one op; ``where`` is ``file:line`` of its table."""

    name: str
    where: str
    tile: tuple[int, int, int] | None = None
    loop_order: str | None = None
    split_k: int | None = None
    transposed: bool | None = None
    keep_output: bool | None = None

    @property
    def pins_tiling(self) -> bool:
        return self.tile is not None


@dataclass(frozen=True)
class MappingFile:
    """The ops of a mapping file by name (``source``: the file's name)."""

    source: str
    ops: dict[str, OpMapping]

    def within(self, prefix: str, names: list[str]) -> MappingFile:
        """The entries of ops ``prefix + name`` for ``name`` in ``names`` (a
        model part's ops), keyed by ``name``."""
        return MappingFile(self.source, {name: self.ops[prefix + name] for name in names
                                         if prefix + name in self.ops})


def load(path: str) -> MappingFile:
    """Read and check a mapping file; every mistake is one ``ConfigError`` line."""
    label = str(path).rsplit("/", 1)[-1]
    text = read_text(path, label)
    raw = parse(text, label)
    extra = sorted(set(raw) - {"op"})
    if extra:
        raise ConfigError(f"{label}: {extra[0]}: unknown key (a mapping file holds [[op]] tables)")
    tables = raw.get("op", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ConfigError(f"{label}: op: expected [[op]] tables")
    if len(tables) > MAX_OPS:
        raise ConfigError(f"{label}: op: expected at most {MAX_OPS} ops, got {len(tables)}")
    headers = _table_lines(text)
    ops: dict[str, OpMapping] = {}
    for index, table in enumerate(tables):
        line = headers[index] if len(headers) == len(tables) else _line_naming(text, table)
        entry = _entry(table, f"{label}:{line}")
        if entry.name in ops:
            raise ConfigError(f"{entry.where}: name: {entry.name!r} is mapped twice "
                              f"(first at {ops[entry.name].where})")
        ops[entry.name] = entry
    return MappingFile(label, ops)


def _table_lines(text: str) -> list[int]:
    """The line number of every ``[[op]]`` header, in order."""
    return [number for number, line in enumerate(text.splitlines(), 1)
            if line.strip().replace(" ", "").startswith("[[op]]")]


def _line_naming(text: str, table: dict) -> int:
    """The first line that holds the table's name (inline tables, ``op = [{...}]``),
    else 1."""
    name = table.get("name")
    if isinstance(name, str):
        for number, line in enumerate(text.splitlines(), 1):
            if name in line:
                return number
    return 1


def _entry(table: dict, where: str) -> OpMapping:
    for key, value in table.items():
        check = _CHECKS.get(key)
        if check is None:
            raise ConfigError(f"{where}: {key}: unknown key (expected one of "
                              f"{', '.join(_CHECKS)})")
        if not check(value):
            raise ConfigError(f"{where}: {key}: {check.message(value)}")
    if "name" not in table:
        raise ConfigError(f"{where}: name: missing (expected the op's name as the report "
                          f"gives it)")
    given = [key for key in TILING_KEYS if key in table]
    if given and len(given) != len(TILING_KEYS):
        missing = [key for key in TILING_KEYS if key not in table]
        raise ConfigError(f"{where}: {missing[0]}: missing (a GEMM's {', '.join(TILING_KEYS)} "
                          f"come together)")
    tile = table.get("tile")
    return OpMapping(name=table["name"], where=where, tile=tuple(tile) if tile else None,
                     loop_order=table.get("loop_order"), split_k=table.get("split_k"),
                     transposed=table.get("transposed"), keep_output=table.get("keep_output"))


def mapping_text(result: RunResult, unified: bool) -> str:
    """The mapping file of ``result``: every op's tiling (GEMMs) and, on a
    machine with a unified buffer (``unified``), whether its output stayed."""
    lines = [f"# The mapping of a run on {result.hardware.name}, as systolic chose it.",
             "# Pin it with --mapping FILE; edit a GEMM's tile, loop_order, split_k or",
             "# transposed (all four), or keep_output, to try another schedule.", ""]
    schedules = {s.op: s for s in result.schedules or ()}
    for op in result.ops:
        schedule = schedules.get(op.name)
        tiled = schedule is not None and schedule.tile is not None
        if not (tiled or unified):
            continue
        lines += ["[[op]]", f"name = {_quoted(op.name)}  # {op.kind}, {op.cycles} cycles"]
        if tiled:
            lines += [f"tile = [{', '.join(map(str, schedule.tile))}]",
                      f'loop_order = "{schedule.loop_order}"', f"split_k = {schedule.split_k}",
                      f"transposed = {str(bool(schedule.transposed)).lower()}"]
        if unified:
            lines.append(f"keep_output = {str(op.kept_output_bytes > 0).lower()}")
        lines.append("")
    return "\n".join(lines)


def _quoted(text: str) -> str:
    """``text`` as a TOML basic string: JSON's escapes are TOML's, and DEL,
    which TOML forbids unescaped, escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")

