"""The pipeline's cache of lone ops: vector-unit and link ops are keyed by the
machine without its arrays (``hardware.without_arrays``), derived from the
fields declared ``arrays_only``; these tests fail if such a field is one a
vector or link op reads."""

import dataclasses
import functools

import pytest

from systolic.engine.processes import Engine
from systolic.simulate import map_op, simulate_ops
from systolic.spec import fields, hardware, schema
from systolic.spec.hardware import ArraySpec
from systolic.spec.workload import Allreduce, Elementwise, Embedding, Norm, Softmax

VECTOR_OPS = (Norm("n", "rmsnorm", 300, 4096), Norm("l", "layernorm", 7, 1000),
              Softmax("s", 64, 2048), Elementwise("e", "silu_mul", 128, 11008),
              Elementwise("c", "copy", 5, 77), Embedding("emb", 33, 4096, 32000),
              Allreduce("ar", 8 << 20, 4))
MACHINES = ("h100", "tpu-v4-like", "teach-8x8")
LINK = {"chip.link_bandwidth_bytes_per_s": 100e9, "chip.link_latency_ns": 500}  # for "ar"

# A different valid value for every field declared arrays_only (key path -> value);
# test_every_arrays_only_field_has_a_variation keeps this table complete.
VARIATIONS = {
    "name": "other", "description": "another machine",
    "array.rows": 12, "array.cols": 24, "array.dataflow": "is", "array.shadow_registers": "toggled", "core.fuse_epilogues": "toggled",
    "core.arrays": 3,
    "core.tile_shapes": [[16, 16]], "core.k_step": 32, "core.aligned_bytes": 64,
    "core.unaligned_speed": 0.5, "core.unaligned_tile_shapes": [[32, 32]],
    "chip.cluster_cores": 4, "dtypes.speed": {"bf16": 3.0, "int8": 0.5},
}


def _arrays_only_keys(cls: type, path: str = "") -> list[str]:
    """Key paths of every field of ``cls`` (and its sections) declared arrays_only."""
    keys = []
    for field in dataclasses.fields(cls):
        spec = field.metadata[fields.METADATA_KEY]
        key = f"{path}.{spec.key or field.name}" if path else spec.key or field.name
        nested = schema.nested(cls).get(field.name)
        if nested is not None:
            keys += _arrays_only_keys(nested, key)
        elif spec.arrays_only:
            keys.append(key)
    return keys


def _machine(name: str, overrides: dict | None = None) -> hardware.Hardware:
    """A preset with a chip-to-chip link (the all-reduce needs one)."""
    return hardware.load(name, {**LINK, **(overrides or {})})


def _alone(hw: hardware.Hardware, op):
    """The engine's result and timeline of ``op`` mapped and run alone on ``hw``
    (the peak MAC rate, a property of the arrays, left out)."""
    engine = Engine(hw)
    [result] = engine.run([map_op(hw, op)])
    return dataclasses.replace(result, peak_macs_per_cycle=0), engine.timeline


def test_every_arrays_only_field_has_a_variation():
    assert sorted(_arrays_only_keys(hardware.Hardware)) == sorted(VARIATIONS)


def test_the_array_fields_and_the_kernel_rules_are_arrays_only():
    assert {"array.rows", "array.cols", "array.dataflow", "core.arrays", "core.tile_shapes",
            "core.unaligned_tile_shapes", "core.k_step"} <= set(VARIATIONS)


@pytest.mark.parametrize("name", MACHINES)
@pytest.mark.parametrize("op", VECTOR_OPS, ids=lambda op: op.name)
def test_a_vector_op_runs_the_same_on_the_machine_without_its_arrays(name, op):
    hw = _machine(name)
    assert _alone(hw, op) == _alone(hardware.without_arrays(hw), op)


@pytest.mark.parametrize("key", sorted(VARIATIONS))
def test_varying_an_arrays_only_field_changes_no_vector_result(key):
    for name in MACHINES:
        base = _machine(name)
        value = VARIATIONS[key]
        if value == "toggled":  # a switch: the other position
            value = not functools.reduce(getattr, key.split("."), base)
        varied = _machine(name, {key: value})
        assert varied != base
        for op in VECTOR_OPS:
            assert _alone(varied, op) == _alone(base, op), (name, op.name)


def test_the_copy_keeps_what_vector_ops_read():
    hw = hardware.load("h100")
    blank = hardware.without_arrays(hw)
    assert (blank.array, blank.core.arrays, blank.core.tile_shapes, blank.name) == \
        (ArraySpec(1, 1, "ws"), 1, (), "")
    assert blank.peak_macs_per_cycle == hw.chip.cores  # still a machine: one MAC per core
    assert (blank.core.sram, blank.core.vector_lanes, blank.memory, blank.chip.cores,
            blank.chip.clock_hz, blank.chip.link_bandwidth_bytes_per_s, blank.dtypes,
            blank.source) == (hw.core.sram, hw.core.vector_lanes, hw.memory, hw.chip.cores,
                              hw.chip.clock_hz, hw.chip.link_bandwidth_bytes_per_s, hw.dtypes,
                              hw.source)


def test_machines_that_differ_only_in_their_arrays_share_vector_results():
    small = hardware.load("tpu-v4-like", {"array.rows": 32, "array.cols": 32})
    big = hardware.load("tpu-v4-like")
    assert hardware.without_arrays(small) == hardware.without_arrays(big)
    op = Norm("n", "rmsnorm", 64, 1024)
    a, b = (simulate_ops(hw, [op], record_timeline=False).ops[0] for hw in (small, big))
    assert (a.cycles, a.counts) == (b.cycles, b.counts)
    assert (a.peak_macs_per_cycle, b.peak_macs_per_cycle) == (small.peak_macs_per_cycle,
                                                             big.peak_macs_per_cycle)
