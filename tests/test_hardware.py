"""Hardware descriptions: every preset loads; every bad field is named."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.errors import ConfigError
from systolic.spec import hardware, presets

GOOD = hardware.preset_text("teach-4x4")


def write(tmp_path, text, name="machine.toml"):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


@pytest.mark.parametrize("name", presets.preset_names())
def test_every_preset_loads_and_is_consistent(name):
    hw = hardware.load(name)
    assert hw.name == name
    assert hw.default_dtype in hw.dtypes
    assert hw.peak_macs_per_cycle == (hw.array.rows * hw.array.cols * hw.core.arrays
                                      * hw.chip.cores)


def test_presets_shipped():
    assert set(presets.preset_names()) >= {"teach-4x4", "teach-8x8", "scalesim-default",
                                            "tpu-v1", "tpu-v4-like"}


def test_tpu_v1_figures_from_the_paper():
    hw = hardware.load("tpu-v1")
    assert (hw.array.rows, hw.array.cols, hw.chip.clock_hz) == (256, 256, 700e6)
    assert hw.core.sram.input_bytes == 24 * 2**20
    assert hw.core.sram.output_bytes == 4 * 2**20
    assert hw.memory.dram_bandwidth_bytes_per_s == 34e9
    assert (hw.power.idle_w, hw.power.busy_w, hw.power.tdp_w) == (28, 40, 75)
    # 92 TOPS peak: 65,536 MACs x 2 ops x 700 MHz
    assert 2 * hw.peak_macs_per_cycle * hw.chip.clock_hz == pytest.approx(91.75e12, rel=1e-3)


def test_scalesim_default_matches_its_scale_cfg():
    hw = hardware.load("scalesim-default")
    assert (hw.array.rows, hw.array.cols, hw.array.dataflow) == (32, 32, "os")
    assert hw.core.sram.input_bytes == hw.core.sram.weight_bytes == 64 * 1024
    assert hw.dram_bytes_per_cycle == 10


def test_a_toml_path_loads(tmp_path):
    hw = hardware.load(write(tmp_path, GOOD))
    assert hw.source == "machine.toml" and hw.array.rows == 4


@pytest.mark.parametrize("old,new,message", [
    ("rows = 4", "rows = 0",
     "machine.toml: [array] rows: expected a positive integer, got 0"),
    ("rows = 4", 'rows = "4"',
     "machine.toml: [array] rows: expected a positive integer, got '4'"),
    ('dataflow = "ws"', 'dataflow = "rs"',
     "machine.toml: [array] dataflow: expected one of ws, os, is, got 'rs'"),
    ("clock_hz = 1e9", "clock_hz = -1.0",
     "machine.toml: [chip] clock_hz: expected a positive number, got -1.0"),
    ("input_bytes = 1024", "input_bytes = 1024\nextra_bytes = 3",
     "machine.toml: [core.sram] extra_bytes: unknown field"),
    ("cores = 1\n", "",
     "machine.toml: [chip] cores: missing (expected a positive integer)"),
    ('default = "int8"', 'default = "fp64"',
     "machine.toml: [dtypes] default: expected one of int4, int8, fp8, bf16, fp16, fp32, "
     "int32, got 'fp64'"),
])
def test_a_bad_field_is_named_with_file_section_and_value(tmp_path, old, new, message):
    assert old in GOOD
    with pytest.raises(ConfigError) as caught:
        hardware.load(write(tmp_path, GOOD.replace(old, new, 1)))
    assert str(caught.value) == message


def test_all_problems_are_reported_on_one_line(tmp_path):
    text = GOOD.replace("rows = 4", "rows = 0").replace("cols = 4", "cols = -2")
    with pytest.raises(ConfigError) as caught:
        hardware.load(write(tmp_path, text))
    message = str(caught.value)
    assert "\n" not in message
    assert "[array] rows" in message and "[array] cols" in message


def test_default_dtype_must_be_supported(tmp_path):
    text = GOOD.replace('default = "int8"', 'default = "fp8"').replace(
        'supported = ["int8", "int4", "fp8", "bf16", "fp16", "fp32"]', 'supported = ["int8"]')
    with pytest.raises(ConfigError, match=r"\[dtypes\] default: expected one of the supported"):
        hardware.load(write(tmp_path, text))


def test_malformed_toml_is_one_line(tmp_path):
    with pytest.raises(ConfigError) as caught:
        hardware.load(write(tmp_path, "[array\nrows = 4"))
    assert str(caught.value).startswith("machine.toml: malformed TOML: ")
    assert "\n" not in str(caught.value)


def test_duplicate_keys_are_refused(tmp_path):
    with pytest.raises(ConfigError, match="malformed TOML"):
        hardware.load(write(tmp_path, GOOD.replace("rows = 4", "rows = 4\nrows = 8")))


def test_unknown_preset_lists_the_known_ones():
    with pytest.raises(ConfigError,
                       match="preset: expected one of a100, h100, h200, scalesim-default, "):
        hardware.load("tpu-v9")


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match="nothere.toml: cannot read"):
        hardware.load(str(tmp_path / "nothere.toml"))


def test_overrides_are_validated_like_the_file():
    assert hardware.load("teach-4x4", {"array.rows": 16}).array.rows == 16
    with pytest.raises(ConfigError, match=r"\[array\] dataflow: expected one of"):
        hardware.load("teach-4x4", {"array.dataflow": "diagonal"})


def test_unsupported_dtype_is_refused():
    with pytest.raises(ConfigError, match="tpu-v1.toml: dtype: expected one of int8, got 'bf16'"):
        hardware.load("tpu-v1").dtype("bf16")


toml_values = st.recursive(
    st.one_of(st.integers(-3, 10**12), st.floats(allow_nan=False), st.booleans(),
              st.text(max_size=5)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=6), inner, max_size=4)),
    max_leaves=12)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.dictionaries(st.sampled_from(["name", "array", "core", "chip", "memory", "dtypes",
                                        "power", "zzz"]), toml_values, max_size=8))
def test_fuzzed_descriptions_raise_only_config_errors(raw):
    try:
        hardware.from_dict(raw, "fuzz.toml")
    except ConfigError as err:
        assert "\n" not in str(err) and str(err).startswith("fuzz.toml: ")


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(max_size=200))
def test_fuzzed_toml_text_raises_only_config_errors(text):
    try:
        hardware.from_dict(presets.parse(text, "fuzz.toml"), "fuzz.toml")
    except ConfigError as err:
        assert "\n" not in str(err)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.integers(0, len(GOOD) - 1), st.integers(0, len(GOOD)), st.text(max_size=8))
def test_mutated_presets_load_or_raise_config_errors(start, stop, insert):
    mutated = GOOD[:start] + insert + GOOD[max(start, stop):]
    try:
        hardware.from_dict(presets.parse(mutated, "fuzz.toml"), "fuzz.toml")
    except ConfigError as err:
        assert "\n" not in str(err)


@pytest.mark.parametrize("key,value", [("chip.cluster_cores", 0),
                                       ("core.unaligned_tile_shapes", [[128]])])
def test_cluster_and_fallback_tile_fields_are_checked(key, value):
    with pytest.raises(ConfigError) as caught:
        hardware.load("h100", {key: value})
    section, field = key.rsplit(".", 1)
    assert f"[{section}] {field}" in str(caught.value) and "\n" not in str(caught.value)


def test_left_out_fields_take_their_defaults():
    minimal = {"name": "m", "description": "the required fields only",
               "array": {"rows": 2, "cols": 2, "dataflow": "ws"},
               "core": {"arrays": 1, "vector_lanes": 2,
                        "sram": {"input_bytes": 64, "weight_bytes": 64, "output_bytes": 64}},
               "chip": {"cores": 1, "clock_hz": 1e9, "launch_latency_ns": 7},
               "memory": {"dram_bandwidth_bytes_per_s": 1e9, "dram_latency_ns": 0},
               "dtypes": {"supported": ["int8"], "default": "int8"}}
    hw = hardware.from_dict(minimal)
    assert hw.core.sram.port_bytes_per_cycle == math.inf and hw.core.sram.stages == 2
    assert (hw.core.tile_shapes, hw.core.k_step, hw.core.aligned_bytes,
            hw.core.unaligned_speed, hw.core.unaligned_tile_shapes) == ((), 0, 0, 1.0, ())
    assert (hw.chip.link_bandwidth_bytes_per_s, hw.chip.link_latency_ns,
            hw.chip.graph_launch_latency_ns, hw.chip.cluster_cores) == (0, 0, 7, 1)
    assert (hw.memory.dram_channels, hw.memory.shared_bytes,
            hw.memory.shared_bandwidth_bytes_per_s) == (1, 0, 0)
    assert hw.dtype_speed == () and hw.power is None
    assert hw.energy == hardware.EnergySpec("45nm", "ddr", 1.0, ())
    assert hardware.from_dict({**minimal, "power": {"idle_w": 1, "busy_w": 2, "tdp_w": 3}}
                              ).power == hardware.PowerSpec(1, 2, 3, capped=False)


def test_a_misspelled_field_fails_at_load_time():
    with pytest.raises(ConfigError) as caught:
        hardware.load("h100", {"core.k_stpe": 32, "energy.mac_bf16": 0.5})
    assert str(caught.value).startswith(
        "h100.toml: [core] k_stpe: unknown field; [energy] mac_bf16: unknown field "
        "(energy entries: dram_ddr_pj_per_byte, ")


def test_the_schema_walk_and_the_file_reader_know_nothing_of_the_machine():
    """hardware.py imports schema.py and presets.py, never the other way round."""
    import ast
    import inspect

    from systolic.spec import schema
    for module in (schema, presets):
        tree = ast.parse(inspect.getsource(module))
        imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
        imported += [alias.name for node in ast.walk(tree)
                     if isinstance(node, (ast.Import, ast.ImportFrom)) for alias in node.names]
        assert not [name for name in imported if "hardware" in name], module.__name__


def test_every_energy_table_has_every_entry():
    assert "45nm" in presets.energy_table_names()
    for name in presets.energy_table_names():
        assert set(presets.energy_table(name)) == presets.energy_entry_names(), name
