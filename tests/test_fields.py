"""The field vocabulary, and the hardware schema declared once in its dataclasses."""

import dataclasses
import math
import tomllib

import pytest

from systolic.cli import options
from systolic.errors import ConfigError, TraceError
from systolic.spec import fields, hardware, presets, schema, traces
from systolic.spec.fields import (BOOLEAN, FINITE_POSITIVE_NUMBER, NON_EMPTY_TEXT,
                                  NON_NEGATIVE_INT, NON_NEGATIVE_NUMBER, POSITIVE_INT,
                                  POSITIVE_NUMBER, TABLE, TEXT, Check, one_of, spec_field)

# --- the vocabulary ---------------------------------------------------------------

@pytest.mark.parametrize("check,accepted,refused", [
    (POSITIVE_INT, [1, 10**12], [0, -1, 1.0, True, "1", None]),
    (NON_NEGATIVE_INT, [0, 7], [-1, 0.0, False, "0"]),
    (POSITIVE_NUMBER, [1, 0.5, math.inf], [0, -0.5, math.nan, True, "1"]),
    (NON_NEGATIVE_NUMBER, [0, 0.0, 2.5], [-1e-9, False, None]),
    (FINITE_POSITIVE_NUMBER, [3, 0.25], [math.inf, math.nan, 0, True]),
    (TEXT, ["", "a"], [1, None, ["a"]]),
    (NON_EMPTY_TEXT, ["a"], ["", 1]),
    (BOOLEAN, [True, False], [0, 1, "true"]),
    (TABLE, [{}, {"a": 1}], [[], None, 3]),
    (one_of(("ws", "os")), ["ws", "os"], ["is", None, ["ws"], {"ws": 1}]),
])
def test_each_check_accepts_and_refuses(check, accepted, refused):
    assert all(check(value) for value in accepted)
    assert not any(check(value) for value in refused)


def test_the_phrases_every_message_uses():
    assert [c.expected for c in (POSITIVE_INT, NON_NEGATIVE_INT, POSITIVE_NUMBER,
                                 NON_NEGATIVE_NUMBER, FINITE_POSITIVE_NUMBER, TEXT,
                                 NON_EMPTY_TEXT, BOOLEAN, TABLE)] == [
        "a positive integer", "a non-negative integer", "a positive number",
        "a non-negative number", "a positive number", "a string", "a non-empty string",
        "true or false", "a table"]
    assert one_of(["ws", "os", "is"]).expected == "one of ws, os, is"
    assert POSITIVE_INT.message(0) == "expected a positive integer, got 0"
    assert POSITIVE_INT.message("0") == "expected a positive integer, got '0'"


def test_from_text_names_the_text_as_typed():
    assert fields.from_text(" 7 ", int, POSITIVE_INT) == 7
    assert fields.from_text("2.5", float, FINITE_POSITIVE_NUMBER) == 2.5
    for text in ("0", "x", "1.5"):
        with pytest.raises(ValueError, match=f"^expected a positive integer, got '{text}'$"):
            fields.from_text(text, int, POSITIVE_INT)
    with pytest.raises(ValueError, match="^expected a positive number, got 'inf'$"):
        fields.from_text("inf", float, FINITE_POSITIVE_NUMBER)


def test_a_file_a_trace_and_an_option_refuse_zero_in_the_same_words(tmp_path):
    with pytest.raises(ConfigError) as from_file:
        hardware.load("teach-4x4", {"array.rows": 0})
    with pytest.raises(TraceError) as from_trace:
        traces.parse_trace(['{"name": "a", "kind": "gemm", "M": 0, "N": 1, "K": 1}'], "t")
    topology = tmp_path / "t.csv"
    topology.write_text("name,M,N,K,\nl1,0,2,3,\n")
    with pytest.raises(TraceError) as from_topology:
        traces.read_scalesim_topology(topology, form="gemm")
    with pytest.raises(Exception) as from_option:
        options.positive_int("0")
    assert str(from_file.value).endswith("[array] rows: expected a positive integer, got 0")
    assert str(from_trace.value) == "t:1: M: expected a positive integer, got 0"
    assert str(from_topology.value) == "t.csv:2: M: expected a positive integer, got '0'"
    assert str(from_option.value) == "expected a positive integer, got '0'"


# --- the schema, declared once ------------------------------------------------------

def schema_fields(cls=hardware.Hardware):
    """(class, field) for every field of ``cls`` and of the dataclasses it holds."""
    for field in dataclasses.fields(cls):
        yield cls, field
        nested = schema.nested(cls).get(field.name)
        if nested:
            yield from schema_fields(nested)


def test_every_field_of_the_schema_has_a_check_a_unit_and_help():
    seen = list(schema_fields())
    assert len(seen) == 57  # [core] shared_memory_bytes is the 57th
    for cls, field in seen:
        spec = fields.declared(field, cls)
        assert isinstance(spec.check, Check), f"{cls.__name__}.{field.name}"
        assert isinstance(spec.unit, str) and spec.help, f"{cls.__name__}.{field.name}"


def test_quantities_carry_their_unit():
    for cls, field in schema_fields():
        spec = fields.declared(field, cls)
        for suffix, unit in (("_bytes", "bytes"), ("_ns", "ns"), ("_hz", "Hz"), ("_w", "W"),
                             ("_bytes_per_s", "bytes/s"), ("_mm", "mm")):
            if field.name.endswith(suffix):
                assert spec.unit == unit, f"{cls.__name__}.{field.name}: {spec.unit!r}"


def test_a_field_declared_without_metadata_is_caught():
    @dataclasses.dataclass(frozen=True)
    class Inner:
        rows: int = spec_field(POSITIVE_INT, "PEs", "rows")
        cols: int = 4

    @dataclasses.dataclass(frozen=True)
    class Outer:
        name: str = spec_field(TEXT, "", "a name")
        inner: Inner = spec_field(TABLE, "", "a section")

    with pytest.raises(TypeError, match=r"^Inner\.cols: declared without spec_field"):
        schema.sections(Outer)


def test_a_field_declared_without_help_is_caught():
    @dataclasses.dataclass(frozen=True)
    class Terse:
        rows: int = spec_field(POSITIVE_INT, "PEs")

    with pytest.raises(TypeError, match=r"^Terse\.rows: declared without spec_field"):
        schema.sections(Terse)


def test_the_sections_are_the_toml_tables():
    assert list(hardware.SECTIONS) == ["", "array", "core", "core.sram", "chip", "memory",
                                       "dtypes", "power", "energy"]
    assert list(hardware.SECTIONS["dtypes"].fields) == ["supported", "default", "speed"]
    assert [p for p, s in hardware.SECTIONS.items() if s.optional] == ["power", "energy"]


def test_a_default_is_written_as_a_file_writes_it_and_kept_as_the_record_holds_it():
    tile_shapes = {f.name: f for f in dataclasses.fields(hardware.CoreSpec)}["tile_shapes"]
    assert fields.declared(tile_shapes, hardware.CoreSpec).default == []
    assert tile_shapes.default == ()


# --- presets show ---------------------------------------------------------------------

@pytest.mark.parametrize("name", presets.preset_names())
def test_presets_show_is_the_file_then_its_defaults_and_loads_the_same(name):
    text = hardware.preset_text(name)
    file_text = presets.preset_file_text(name)
    assert text.startswith(file_text)
    tail = text[len(file_text):].splitlines()
    assert tail[:2] == ["", hardware.DEFAULTS_HEADER]
    assert all(line.startswith("# [") for line in tail[2:])
    loaded = hardware.load(name)
    shown = hardware.from_dict(tomllib.loads(text), loaded.source)
    assert shown == loaded


def written_defaults(text):
    """{section: {key: value}} of the ``# [section] key = value  (...)`` lines."""
    written = {}
    for line in text.split(hardware.DEFAULTS_HEADER)[1].splitlines()[1:]:
        section, _, assignment = line.removeprefix("# [").partition("] ")
        if assignment.startswith("left out"):
            continue
        key, _, value = assignment.split("  (")[0].partition(" = ")
        written.setdefault(section, {})[key] = tomllib.loads(f"v = {value}")["v"]
    return written


@pytest.mark.parametrize("name", presets.preset_names())
def test_the_listed_defaults_written_out_give_the_same_machine(name):
    text = hardware.preset_text(name)
    raw = tomllib.loads(text)
    written = written_defaults(text)
    assert written, "every preset leaves some field to its default"
    for section, values in written.items():
        table = raw
        for part in section.split("."):
            table = table.setdefault(part, {})
        assert not values.keys() & table.keys()
        table.update(values)
    assert hardware.from_dict(raw, f"{name}.toml") == hardware.load(name)


def test_the_defaults_tail_of_a_teaching_preset():
    tail = hardware.preset_text("teach-4x4").split(hardware.DEFAULTS_HEADER)[1]
    assert "# [core] k_step = 0  (elements; K slice a tile streams per stage, 0 for the " \
           "whole K extent)\n" in tail
    assert "# [core.sram] port_bytes_per_cycle = inf  (bytes/cycle; " in tail
    assert "# [chip] graph_launch_latency_ns = 0  (ns; the same cost inside a recorded " \
           "graph, as launch_latency_ns when left out)\n" in tail
    assert "# [dtypes] speed = {}  (x the base rate; " in tail
    assert "# [power] left out  (optional: published power figures)\n" in tail
