"""The GPU presets share the constants fitted on H100 rows: h200 is h100 with its
published differences alone, a100 its own specifications with h100's fitted ratios."""

import dataclasses

import pytest

from systolic.spec import hardware

H100, H200, A100 = (hardware.load(name) for name in ("h100", "h200", "a100"))
BOOST_HZ = {"h100": 1.98e9, "a100": 1.41e9}                 # datasheets
HBM_PEAK = {"h100": 3.35e12, "h200": 4.8e12, "a100": 2.039e12}


def _flat(hw) -> dict:
    def walk(prefix, record):
        for field in dataclasses.fields(record):
            value = getattr(record, field.name)
            if dataclasses.is_dataclass(value):
                yield from walk(f"{prefix}{field.name}.", value)
            else:
                yield f"{prefix}{field.name}", value
    return dict(walk("", hw))


def test_h200_is_h100_with_its_published_differences_alone():
    h100, h200 = _flat(H100), _flat(H200)
    differ = {key for key in h100 if h100[key] != h200[key]}
    assert differ == {"name", "description", "source", "memory.dram_bandwidth_bytes_per_s",
                      "memory.capacity_bytes", "memory.dram_channels", "memory.shared_bytes"}


@pytest.mark.parametrize("hw", [H200, A100], ids=["h200", "a100"])
def test_the_fitted_ratios_are_h100s(hw):
    assert hw.memory.dram_bandwidth_bytes_per_s / HBM_PEAK[hw.name] == pytest.approx(
        H100.memory.dram_bandwidth_bytes_per_s / HBM_PEAK["h100"], rel=1e-3)
    assert hw.chip.launch_latency_ns == H100.chip.launch_latency_ns
    assert hw.chip.graph_launch_latency_ns == H100.chip.graph_launch_latency_ns
    assert hw.core.unaligned_speed == H100.core.unaligned_speed
    assert hw.power.idle_w / hw.power.tdp_w == pytest.approx(
        H100.power.idle_w / H100.power.tdp_w, rel=0.01)
    for dtype in ("int8", "fp32"):
        assert dict(hw.dtype_speed)[dtype] == dict(H100.dtype_speed)[dtype]


def test_a100s_clock_is_h100s_sustained_share_of_its_boost():
    assert A100.chip.clock_hz / BOOST_HZ["a100"] == pytest.approx(
        H100.chip.clock_hz / BOOST_HZ["h100"], rel=1e-3)


def test_a100s_peak_is_its_datasheets():
    peak_flops = 2 * A100.peak_macs_per_cycle * BOOST_HZ["a100"]
    assert peak_flops == pytest.approx(312e12, rel=0.01)
    assert "fp8" not in A100.dtypes
