"""Draw every figure the README shows into docs/figures/.

Usage: ``python plots/readme_figures.py`` (about 10 s). Each figure is a
few lines over ``systolic.views.plot``:

- llama2-7b-layer-{timeline,ops,roofline,energy,breakdown}.png: one
  Llama-2-7B decoder layer, prefill of 512 tokens, on tpu-v4-like;
- pe-heatmap.png: busy MACs per PE of a 40x30x50 GEMM on teach-8x8;
- presets-compare.png: one Llama-2-7B decoder layer, decode step (batch
  16, KV 1024, int8), on three machines.
"""

import sys
from pathlib import Path

from systolic.spec import hardware
from systolic.views import plot, report
from systolic.spec.models import RunSpec, build
from systolic.simulate import simulate_gemm, simulate_model

OUT = Path(__file__).resolve().parent.parent / "docs" / "figures"


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    layer = simulate_model(hardware.load("tpu-v4-like"),
                           build("llama2-7b", RunSpec("prefill", seq=512)), layers=1)
    run = report.run_dict(layer)
    for kind in ("timeline", "ops", "roofline", "energy", "breakdown"):
        plot.draw(run, kind, out / f"llama2-7b-layer-{kind}.png")
    pe_run = simulate_gemm(hardware.load("teach-8x8"), 40, 30, 50, engine="pe")
    plot.draw(report.run_dict(pe_run), "heatmap", out / "pe-heatmap.png")
    decode = build("llama2-7b", RunSpec("decode", batch=16, kv_len=1024, dtype="int8"))
    machines = ["tpu-v4-like", "tpu-v1", "scalesim-default"]
    runs = [report.run_dict(simulate_model(hardware.load(name), decode, layers=1))
            for name in machines]
    plot.compare(runs, machines, out / "presets-compare.png")
    print(f"wrote {len(list(out.glob('*.png')))} figures to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
