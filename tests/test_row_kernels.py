"""The row-reduction kernels: every norm and softmax launch the profiler read
on an sm_90 GPU (workloads/gpu/launches/launches.csv) is the one
``row_kernel`` picks, with its block, grid, registers, shared memory and
occupancy; and the wave timing grows with the waves a core runs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from systolic.mapping.row_kernels import row_kernel
from systolic.mapping.vector import map_vector
from systolic.spec.hardware import load
from systolic.spec.workload import Norm, Softmax

LAUNCHES = Path(__file__).parents[1] / "workloads" / "gpu" / "launches" / "launches.csv"
SM90_WARPS = 64  # resident warps an sm_90 SM holds


def _row_launches() -> list[dict[str, str]]:
    with LAUNCHES.open() as handle:
        return [row for row in csv.DictReader(handle) if row["group"] in ("norm", "softmax")]


def _op(row: dict[str, str]) -> Norm | Softmax:
    _, kind, shape = row["name"].split("/")
    rows, cols = (int(x) for x in shape.split("x"))
    if row["group"] == "norm":
        return Norm(name=row["name"], op=kind, rows=rows, cols=cols)
    return Softmax(name=row["name"], rows=rows, cols=cols)


def _threads(block: str) -> int:
    x, y, z = (int(v) for v in block.split("x"))
    return x * y * z


ROWS = _row_launches()


def test_the_file_holds_every_kernel_path():
    kernels = {row_kernel(_op(row)).name.split(" ")[0] for row in ROWS}
    assert {"vectorized_layer_norm_kernel", "softmax_warp_forward",
            "cunn_SoftMaxForwardReg", "cunn_SoftMaxForwardSmem"} <= kernels


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['source']}:{r['name']}" for r in ROWS])
def test_launch_matches_the_profiler(row):
    op, kernel = _op(row), row_kernel(_op(row))
    assert kernel.name.split(" ")[0] in row["kernel"]
    assert _threads(row["block"]) == kernel.threads
    assert row["grid"] == f"{-(-op.rows // kernel.rows_per_block)}x1x1"
    assert int(row["registers_per_thread"]) == kernel.registers_per_thread
    assert int(row["shared_memory"]) == kernel.shared_bytes


@pytest.mark.parametrize("row", [r for r in ROWS if r["name"].split("/")[-1].startswith("16384")],
                         ids=lambda r: f"{r['source']}:{r['name']}")
def test_resident_blocks_give_the_measured_occupancy(row):
    """A full grid fills every SM to its residency limit (threads,
    registers, shared memory, blocks), and the profiler's occupancy says
    how many warps that is."""
    kernel = row_kernel(_op(row))
    warps = kernel.resident_blocks(load("h100")) * kernel.threads // 32
    assert round(100 * warps / SM90_WARPS) == pytest.approx(int(row["occupancy_pct"]), abs=1)


def test_waves_add_round_trips_in_series():
    hw = load("h100")
    one = map_vector(hw, Softmax(name="s", rows=132, cols=6400)).cores[0][0]
    two = map_vector(hw, Softmax(name="s", rows=264, cols=6400)).cores[0][0]
    assert two.input_load_bytes == 2 * one.input_load_bytes
    assert two.vector_cycles - 2 * one.vector_cycles == pytest.approx(
        hw.dram_latency_cycles, abs=1)


def test_cpu_like_machines_stream_norms():
    hw = load("tpu-v4-like")
    assert not hw.core.resident_threads
    schedule = map_vector(hw, Norm(name="n", op="layernorm", rows=4096, cols=4096))
    assert sum(len(core) for core in schedule.cores) > hw.chip.cores
