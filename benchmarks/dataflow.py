"""What shadow weight registers, fused epilogues and a unified buffer buy on the TPU presets.

Runs every workload on its preset four times: with none of ``[array]
shadow_registers``, ``[core] fuse_epilogues`` and ``[core.sram]
unified_input``, then adding one after the other (the last as shipped; the
K split of matrix-vector products in all four; ``tpu-v4-like`` has two
cores, where no unified buffer is modelled: "-"), and prints a Markdown
table of the times and the speed-up: the README's table. Then the
MLP0-like run against TPU v1's published MLP0 throughput (ISCA 2017, Table
3: 12.3 TOPS), a figure for checking only; the layer shapes are our
reading of Table 1 (5 FC layers, 20 M weights, batch 200: 2048 x 2048 each).

Usage: ``python benchmarks/dataflow.py`` (a few seconds).
"""

from __future__ import annotations

from systolic.simulate import simulate_gemm, simulate_model, simulate_ops
from systolic.spec import hardware
from systolic.spec.models import RunSpec, build
from systolic.spec.workload import Elementwise, Gemm

MLP0_PUBLISHED_TOPS = 12.3  # TPU v1 on MLP0 (Jouppi et al., ISCA 2017, Table 3): checking only

WORKLOADS = (
    ("tpu-v1", "MLP0-like: 5 FC layers of 2048 x 2048 + ReLU, batch 200", ("mlp", 5, 200, 2048)),
    ("tpu-v1", "MLP layer, batch 200: GEMM 200 x 2048 x 2048", ("gemm", 200, 2048, 2048)),
    ("tpu-v1", "MLP layer, batch 8: GEMM 8 x 2048 x 2048", ("gemm", 8, 2048, 2048)),
    ("tpu-v1", "BERT-base prefill, 128 tokens", ("model", "bert-base",
                                                  RunSpec("prefill", seq=128, dtype="int8"))),
    ("tpu-v4-like", "GEMM 512 x 768 x 768", ("gemm", 512, 768, 768)),
    ("tpu-v4-like", "Llama-2-7B prefill, 2048 tokens", ("model", "llama2-7b",
                                                         RunSpec("prefill", seq=2048))),
    ("tpu-v4-like", "Llama-2-7B decode step, batch 16, KV 4096",
     ("model", "llama2-7b", RunSpec("decode", batch=16, kv_len=4096))),
)


OFF = {"array.shadow_registers": False, "core.fuse_epilogues": False,
       "core.sram.unified_input": False}
SETTINGS = (OFF, OFF | {"array.shadow_registers": True},
            OFF | {"array.shadow_registers": True, "core.fuse_epilogues": True},
            {"array.shadow_registers": True, "core.fuse_epilogues": True,
             "core.sram.unified_input": True})


def mlp(layers: int, batch: int, width: int) -> tuple[list, dict]:
    """``layers`` int8 FC layers of ``width x width``, each followed by a ReLU, in a chain."""
    ops = []
    for i in range(layers):
        ops += [Gemm(f"fc{i}", batch, width, width, dtype="int8"),
                Elementwise(f"relu{i}", "relu", batch, width, dtype="int8")]
    return ops, {after.name: (before.name,) for before, after in zip(ops, ops[1:])}


def run(preset: str, workload: tuple, overrides: dict):
    """The workload's result on ``preset``, or None where a setting does not apply."""
    if overrides.get("core.sram.unified_input") and hardware.load(preset).chip.cores > 1:
        return None
    hw = hardware.load(preset, overrides)
    if workload[0] == "gemm":
        return simulate_gemm(hw, *workload[1:], record_timeline=False)
    if workload[0] == "mlp":
        return simulate_ops(hw, *mlp(*workload[1:]), record_timeline=False)
    _, model, spec = workload
    return simulate_model(hw, build(model, spec), allow_over_capacity=True,
                          record_timeline=False)


def main() -> None:
    print("| machine | workload | none | shadow registers | and fused epilogues | "
          "and activations on chip | speed-up |")
    print("|---|---|---|---|---|---|---|")
    mlp0 = None
    for preset, label, workload in WORKLOADS:
        results = [run(preset, workload, overrides) for overrides in SETTINGS]
        times = [r.seconds for r in results if r is not None]
        print(f"| {preset} | {label} | " + " | ".join(
            "-" if r is None else _time(r.seconds) for r in results)
            + f" | {times[0] / times[-1]:.2f}x |")
        if workload[0] == "mlp":
            mlp0 = results
    macs = mlp0[-1].macs
    tops = [2 * macs / r.seconds / 1e12 for r in (mlp0[0], mlp0[-1])]
    off_by = 100 * (tops[1] / MLP0_PUBLISHED_TOPS - 1)
    print(f"\nMLP0-like on tpu-v1: {tops[0]:.1f} TOPS with none, {tops[1]:.1f} TOPS as "
          f"shipped; published {MLP0_PUBLISHED_TOPS} TOPS ({off_by:+.1f} %)")


def _time(value: float) -> str:
    return f"{value * 1e3:.3f} ms" if value >= 1e-3 else f"{value * 1e6:.1f} us"


if __name__ == "__main__":
    main()
