"""Mapping files (spec/mappings.py) and what they pin (mapping/pins.py)."""

import json

import pytest

from systolic.cli import main
from systolic.errors import ConfigError
from systolic.simulate import simulate_ops
from systolic.spec import hardware, mappings
from systolic.spec.workload import Elementwise, Gemm

GEMM_LINE = {"kind": "gemm", "name": "g", "M": 256, "N": 512, "K": 1024}


def _mapping(tmp_path, text: str):
    path = tmp_path / "map.toml"
    path.write_text(text)
    return str(path)


def _trace(tmp_path, *lines) -> str:
    path = tmp_path / "t.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return str(path)


def test_a_written_mapping_pins_the_same_run(tmp_path, capsys):
    out = tmp_path / "out.toml"
    args = ["run", "--hw", "tpu-v1", "--model", "gpt2", "--seq", "64", "--layers", "1"]
    assert main(args + ["--mapping-out", str(out)]) == 0
    first = capsys.readouterr().out
    written = mappings.load(str(out))
    assert "layer.qkv_proj" in written.ops and written.ops["layer.qkv_proj"].pins_tiling
    assert main(args + ["--mapping", str(out)]) == 0
    assert capsys.readouterr().out == first


def test_a_pinned_tile_is_the_tile_that_runs():
    hw = hardware.load("tpu-v4-like")
    op = Gemm("g", 256, 512, 1024)
    pin = mappings.MappingFile("m.toml", {"g": mappings.OpMapping(
        "g", "m.toml:1", tile=(128, 128, 256), loop_order="mnk", split_k=1, transposed=False)})
    pinned, searched = (simulate_ops(hw, [op], mapping=m, record_timeline=False)
                        for m in (pin, None))
    assert pinned.schedules[0].tile == (128, 128, 256)
    assert pinned.schedules[0].loop_order == "mnk"
    assert searched.schedules[0].tile != (128, 128, 256)
    assert pinned.ops[0].macs == searched.ops[0].macs


@pytest.mark.parametrize("text, message", [
    ('[[op]]\nname = "g"\ntile = [64, 64]\nloop_order = "nmk"\nsplit_k = 1\ntransposed = false\n',
     r"map.toml:1: tile: expected \[tm, tn, tk\]"),
    ('[[op]]\nname = "g"\nbogus = 1\n', r"map.toml:1: bogus: unknown key"),
    ('\n\n[[op]]\nname = "g"\ntile = [64, 64, 64]\n', r"map.toml:3: loop_order: missing"),
    ('[[op]]\nname = "g"\n[[op]]\nname = "g"\n', r"map.toml:3: name: 'g' is mapped twice"),
    ('[[op]]\ntile = [64, 64, 64]\n', r"map.toml:1: name: missing"),
    ('op = [{name = "a"},\n {name = "b", x = 1}]\n', r"map.toml:2: x: unknown key"),
    ('[[op]]\nname = "g\\u0001"\nkeep_output = 3\n',
     r"map.toml:1: keep_output: expected true or false"),
    ('[[op]]\nname = "g"\nloop_order = "kmn"\n',
     r"map.toml:1: loop_order: expected one of nmk, mnk"),
    ('op = 3\n', r"map.toml: op: expected \[\[op\]\] tables"),
    ('[[op]\n', r"map.toml: malformed TOML"),
])
def test_a_malformed_mapping_is_one_line_naming_file_line_and_key(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message):
        mappings.load(_mapping(tmp_path, text))


@pytest.mark.parametrize("entry, message", [
    ('name = "nope"', r"map.toml:1: name: no op 'nope' in this run \(its ops: g\)"),
    ('name = "g"\ntile = [512, 64, 64]\nloop_order = "nmk"\nsplit_k = 1\ntransposed = false',
     r"map.toml:1: tile: tm 512 > M = 256 of g"),
    ('name = "g"\ntile = [256, 512, 1024]\nloop_order = "nmk"\nsplit_k = 1\ntransposed = false',
     r"map.toml:1: tile: 256x512x1024 does not fit teach-8x8's \[core.sram\] buffers"),
    ('name = "g"\ntile = [8, 8, 512]\nloop_order = "nmk"\nsplit_k = 4\ntransposed = false',
     r"map.toml:1: split_k: expected at most the 2 K steps"),
    ('name = "g"\nkeep_output = true',
     r"map.toml:1: keep_output: teach-8x8 has no unified buffer"),
])
def test_a_pin_the_run_cannot_take_is_refused_in_one_line(tmp_path, capsys, entry, message):
    trace = _trace(tmp_path, GEMM_LINE)
    code = main(["run", "--hw", "teach-8x8", "--trace", trace,
                 "--mapping", _mapping(tmp_path, f"[[op]]\n{entry}\n")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1
    import re

    assert re.search(message, err), err


def test_keep_output_false_sends_an_output_through_dram():
    hw = hardware.load("tpu-v1")
    ops = [Gemm("fc", 200, 2048, 2048, dtype="int8"),
           Gemm("fc2", 200, 2048, 2048, dtype="int8")]
    deps = {"fc2": ("fc",)}
    pins = mappings.MappingFile("m.toml", {"fc": mappings.OpMapping("fc", "m.toml:1",
                                                                    keep_output=False)})
    kept, through = (simulate_ops(hw, ops, deps, mapping=m, record_timeline=False)
                     for m in (None, pins))
    assert kept.ops[0].kept_output_bytes == 200 * 2048 and kept.ops[0].counts.dram_write_bytes == 0
    assert through.ops[0].kept_output_bytes == 0 and through.ops[0].spilled_bytes == 0
    assert through.ops[0].counts.dram_write_bytes == 200 * 2048


def test_keep_output_in_ops_that_overlap_is_refused():
    hw = hardware.load("tpu-v1", {"core.fuse_epilogues": False})
    ops = [Gemm("a", 200, 256, 256, dtype="int8"), Gemm("b", 200, 256, 256, dtype="int8"),
           Elementwise("c", "add", 200, 256, dtype="int8")]
    pins = mappings.MappingFile("m.toml", {"a": mappings.OpMapping("a", "m.toml:4",
                                                                   keep_output=True)})
    with pytest.raises(ConfigError, match=r"m.toml:4: keep_output: .*one after another"):
        simulate_ops(hw, ops, {"c": ("a", "b")}, mapping=pins)


def test_a_spilled_run_reads_back_its_own_mapping(tmp_path, capsys):
    out = tmp_path / "m.toml"
    args = ["run", "--hw", "tpu-v1", "--model", "gpt2", "--seq", "512", "--layers", "1",
            "--sram-kb", "1024"]
    assert main(args + ["--mapping-out", str(out)]) == 0
    first = capsys.readouterr().out
    assert "spilled to DRAM" in first
    assert main(args + ["--mapping", str(out)]) == 0
    assert capsys.readouterr().out == first


def test_odd_op_names_survive_the_round_trip(tmp_path, capsys):
    trace = _trace(tmp_path, GEMM_LINE | {"name": 'g\n"x"\\y\u00e9'})
    out = tmp_path / "m.toml"
    assert main(["run", "--hw", "teach-8x8", "--trace", trace, "--mapping-out", str(out)]) == 0
    assert main(["run", "--hw", "teach-8x8", "--trace", trace, "--mapping", str(out)]) == 0
    assert list(mappings.load(str(out)).ops) == ['g\n"x"\\y\u00e9']


def test_two_outputs_may_not_share_a_file(tmp_path, capsys):
    trace = _trace(tmp_path, GEMM_LINE)
    same = str(tmp_path / "x")
    code = main(["run", "--hw", "teach-8x8", "--trace", trace, "--json", same,
                 "--mapping-out", same])
    assert code == 2 and "is also the --json file" in capsys.readouterr().err
