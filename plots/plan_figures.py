"""Draw the README's many-chip figures into docs/figures/ and print its plan table.

Usage: ``python plots/plan_figures.py`` (about 5 s): every layout of
Llama-2-70B decode steps (KV 4096) on ``h100-node`` at batches 1, 8, 32 and
128, as ``systolic plan --system h100-node --model llama2-70b --phase decode
--kv-len 4096 --batches 1,8,32,128`` ranks them;

- plan-pareto.png: tokens/s per sequence against tokens/s per chip;
- plan-stages.png: compute, communication and bubble of the best twelve.

Then (about 25 s more) it prints the plan of one 32768-token Llama-2-70B
prompt on the same node, where context parallelism competes (``systolic plan
--system h100-node --model llama2-70b --phase prefill --seq 32768``).
"""

from pathlib import Path

from systolic.apps import plan as planner
from systolic.spec import systems
from systolic.spec.models import RunSpec
from systolic.views import plan_figure

OUT = Path(__file__).resolve().parent.parent / "docs" / "figures"


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    result = planner.plan(systems.load("h100-node"), "llama2-70b",
                          RunSpec(phase="decode", kv_len=4096), batches=(1, 8, 32, 128))
    plan_figure.pareto(result, planner.pareto(result), out / "plan-pareto.png")
    plan_figure.stages(result, out / "plan-stages.png")
    print(planner.table_text(result, top=10))
    print()
    long_prompt = planner.plan(systems.load("h100-node"), "llama2-70b",
                               RunSpec(phase="prefill", batch=1, seq=32768))
    print(planner.table_text(long_prompt, top=6))


if __name__ == "__main__":
    main()
