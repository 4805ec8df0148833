"""What shadow weight registers and fused epilogues buy on the TPU presets.

Runs every workload on its preset three times: with neither ``[array]
shadow_registers`` nor ``[core] fuse_epilogues``, with the shadow registers,
and with both (as shipped; the K split of matrix-vector products in all
three), and prints a Markdown table of the times and the speed-up: the
README's table.

Usage: ``python benchmarks/dataflow.py`` (a few seconds).
"""

from __future__ import annotations

from systolic.simulate import simulate_gemm, simulate_model
from systolic.spec import hardware
from systolic.spec.models import RunSpec, build

WORKLOADS = (
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


SETTINGS = ({"array.shadow_registers": False, "core.fuse_epilogues": False},
            {"array.shadow_registers": True, "core.fuse_epilogues": False},
            {"array.shadow_registers": True, "core.fuse_epilogues": True})


def seconds(preset: str, workload: tuple, overrides: dict) -> float:
    hw = hardware.load(preset, overrides)
    if workload[0] == "gemm":
        return simulate_gemm(hw, *workload[1:], record_timeline=False).seconds
    _, model, spec = workload
    return simulate_model(hw, build(model, spec), allow_over_capacity=True,
                          record_timeline=False).seconds


def main() -> None:
    print("| machine | workload | neither | shadow registers | and fused epilogues | "
          "speed-up |")
    print("|---|---|---|---|---|---|")
    for preset, label, workload in WORKLOADS:
        times = [seconds(preset, workload, overrides) for overrides in SETTINGS]
        print(f"| {preset} | {label} | " + " | ".join(map(_time, times))
              + f" | {times[0] / times[-1]:.2f}x |")


def _time(value: float) -> str:
    return f"{value * 1e3:.3f} ms" if value >= 1e-3 else f"{value * 1e6:.1f} us"


if __name__ == "__main__":
    main()
