"""The schema of a spec dataclass, walked from its declared fields.

A spec dataclass declares each field once with ``fields.spec_field``: its
check, unit, default and a line of help. A dataclass-typed field is a TOML
section (``[core.sram]`` is ``CoreSpec.sram``), optional when it has a
default; a field may sit under another key path (``key="dtypes.supported"``)
or collect a section's remaining keys (``rest``). This module walks
``dataclasses.fields`` once into ``sections(cls)`` (section path -> the
fields it holds) and derives from it everything a loader needs:

- ``problems``: every way a parsed file departs from the schema, each as
  ``[section] key: expected ..., got ...``, then the caller's rules that tie
  two fields together (run only while nothing else is wrong);
- ``build``: the frozen record from a valid file, defaults filled in;
- ``defaults_left_out``: the commented defaults ``systolic presets show``
  lists after a preset's text;
- ``blanked``: a record with its ``arrays_only`` fields blanked.

It knows no particular machine: ``hardware.py`` declares the dataclasses
and the cross-field rules and calls these with them, and the tests walk
small dataclasses of their own. Not here: the file a value came from (the
caller prefixes it) or reading files (``presets.py``).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import typing
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from systolic.spec.fields import METADATA_KEY, TABLE, FieldSpec, declared

Rule = Callable[[dict], list[str]]  # a parsed file -> its problems


@dataclass
class Section:
    """A TOML table and the declared fields it holds (``path`` "": top level)."""

    path: str
    fields: dict[str, dataclasses.Field]  # TOML key -> field
    declared_by: FieldSpec | None  # the field whose value the section is
    rest: dataclasses.Field | None = None  # the field that takes the other keys

    @property
    def optional(self) -> bool:
        return self.declared_by is not None and self.declared_by.default is not dataclasses.MISSING


Sections = dict[str, Section]  # section path -> section


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


@functools.cache
def nested(cls: type) -> dict[str, type]:
    """Field name -> dataclass, for the fields of ``cls`` that are sections."""
    found = {}
    for name, hint in typing.get_type_hints(cls).items():
        for option in typing.get_args(hint) or (hint,):
            if dataclasses.is_dataclass(option):
                found[name] = option
    return found


def _walk(cls: type, path: str, found: Sections,
          declared_by: FieldSpec | None = None) -> Sections:
    """Add the sections of ``cls`` (a dataclass read from table ``path``), in
    the order their first fields are declared; TypeError for an undeclared field."""
    found.setdefault(path, Section(path, {}, declared_by))
    for field in dataclasses.fields(cls):
        spec = declared(field, cls)
        if not spec.in_file:
            continue
        where, _, key = _join(path, spec.key or field.name).rpartition(".")
        if field.name in nested(cls):
            _walk(nested(cls)[field.name], _join(where, key), found, spec)
        elif spec.rest:
            found[where].rest = field
        else:
            found.setdefault(where, Section(where, {}, None)).fields[key] = field
    return found


def sections(cls: type) -> Sections:
    """Section path -> section of the dataclass ``cls`` read from a whole file."""
    return _walk(cls, "", {})


def _spec(field: dataclasses.Field) -> FieldSpec:
    return field.metadata[METADATA_KEY]


def _has_default(field: dataclasses.Field) -> bool:
    return field.default is not dataclasses.MISSING


def _at(raw: dict, path: str) -> Any:
    """The value at key path ``path`` (a table, or a field) below ``raw``, else None."""
    node: Any = raw
    for part in path.split(".") if path else []:
        node = node.get(part) if isinstance(node, dict) else None
    return node


def _label(path: str) -> str:
    return f"[{path}] " if path else ""


def _other_keys(found: Sections, section: Section, table: dict) -> set[str]:
    """Keys of ``table`` that are neither its declared fields nor its subsections."""
    children = {p.rpartition(".")[2] for p in found
                if p and p.rpartition(".")[0] == section.path}
    return table.keys() - section.fields.keys() - children


# --- validation ---------------------------------------------------------------------

def problems(found: Sections, raw: dict, rules: Iterable[Rule] = ()) -> list[str]:
    """Every way ``raw`` departs from the schema ``found``, each as ``[section] key: ...``;
    then each of ``rules``, run only while no problem has been found."""
    listed = []
    for section in found.values():
        table = _at(raw, section.path)
        if table is None and section.optional:
            continue
        if not isinstance(table, dict):
            listed.append(f"[{section.path}]: {TABLE.message(table)}")
            continue
        listed += _field_problems(section, table)
        listed += _other_key_problems(found, section, table)
    for rule in rules:
        if not listed:
            listed += rule(raw)
    return listed


def _field_problems(section: Section, table: dict) -> list[str]:
    """The declared fields of ``section`` that ``table`` misses or gets wrong."""
    listed = []
    for key, field in section.fields.items():
        check = _spec(field).check
        if key not in table and not _has_default(field):
            listed.append(f"{_label(section.path)}{key}: missing (expected {check.expected})")
        elif key in table and not check(table[key]):
            listed.append(f"{_label(section.path)}{key}: {check.message(table[key])}")
    return listed


def _printable(key: str) -> str:
    """A key as written in TOML, quoted when it is not a bare key."""
    return key if key and all(c.isalnum() or c in "_-" for c in key) else repr(key)


def _other_key_problems(found: Sections, section: Section, table: dict) -> list[str]:
    """Unknown keys, or, where a field takes the rest (``[energy]``), bad entries."""
    listed = []
    rest = _spec(section.rest) if section.rest else None
    known = set(rest.rest()) if rest else set()
    for key in sorted(_other_keys(found, section, table)):
        if rest is None:
            listed.append(f"{_label(section.path)}{_printable(key)}: unknown field")
        elif key not in known:
            listed.append(f"{_label(section.path)}{_printable(key)}: unknown field "
                          f"({rest.rest_label}: {', '.join(sorted(known))})")
        elif not rest.check(table[key]):
            listed.append(f"{_label(section.path)}{key}: {rest.check.message(table[key])}")
    return listed


# --- construction ---------------------------------------------------------------------

def build(cls: type, table: dict, found: Sections, path: str = "", **given: Any) -> Any:
    """An instance of ``cls`` (read from section ``path`` of the schema ``found``)
    from its validated TOML ``table``; defaults fill in, ``given`` adds the rest."""
    values = dict(given)
    for field in dataclasses.fields(cls):
        spec = _spec(field)
        if not spec.in_file:
            continue
        key_path = spec.key or field.name
        value = _at(table, key_path)  # None: left out (TOML has no null)
        if spec.rest:
            rest = {key: table[key] for key in _other_keys(found, found[path], table)}
            values[field.name] = spec.convert(rest)
        elif value is None:
            values[field.name] = (values[spec.same_as] if field.default is None and spec.same_as
                                  else field.default)
        elif field.name in nested(cls):
            values[field.name] = build(nested(cls)[field.name], value, found,
                                       _join(path, key_path))
        else:
            values[field.name] = spec.convert(value)
    return cls(**values)


def blanked(record: Any) -> Any:
    """``record`` with every field declared ``arrays_only`` (in it and in its
    sections) set to its default, or to the simplest value its check accepts
    (``Check.least``: a 1 x 1 ``ws`` array), so the blanked record stays valid."""
    changes = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if dataclasses.is_dataclass(value):
            changes[field.name] = blanked(value)
        elif _spec(field).arrays_only:
            changes[field.name] = field.default if _has_default(field) else _least(field, value)
    return dataclasses.replace(record, **changes)


def _least(field: dataclasses.Field, value: Any) -> Any:
    least = _spec(field).check.least
    return type(value)() if least is None else least


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


def _default_line(section: Section, key: str, table: dict) -> str:
    spec = _spec(section.fields[key])
    value = spec.default
    if value is None and spec.same_as:
        same = section.fields[spec.same_as]
        value = table.get(spec.same_as, _spec(same).default)
    about = f"{spec.unit}; {spec.help}" if spec.unit else spec.help
    return f"# {_label(section.path)}{key} = {_toml(value)}  ({about})"


def defaults_left_out(found: Sections, raw: dict) -> list[str]:
    """Comment lines naming each defaulted field of the schema ``found`` that the
    valid description ``raw`` leaves out, with its default, unit and help."""
    lines = []
    for section in found.values():
        table = _at(raw, section.path)
        if table is None and section.optional and section.declared_by.default is None:
            lines.append(f"# [{section.path}] left out  (optional: {section.declared_by.help})")
            continue
        table = table or {}  # an optional section left out takes every default
        lines += [_default_line(section, key, table) for key, field in section.fields.items()
                  if _has_default(field) and key not in table]
    return lines
