"""Draw the README's "Watch the array" figures into docs/figures/.

Usage: ``python plots/teaching_gifs.py [OUT_DIR]`` (about 10 s). Each is
one ``systolic animate`` run:

- ws.gif, os.gif, is.gif: a 4x4x4 GEMM on teach-4x4 in each dataflow, one
  frame per cycle (operands from seed 0);
- spacetime-ws.png: a 20x12x12 GEMM on teach-8x8, weight-stationary: four
  folds, two of them partial, PE against cycle.
"""

import sys
from pathlib import Path

from systolic.spec import hardware
from systolic.views import animate, stepview

OUT = Path(__file__).resolve().parent.parent / "docs" / "figures"
GEMM = (4, 4, 4)             # M, N, K: one fold on a 4x4 array
SPACETIME_GEMM = (20, 12, 12)
SEED = 0


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    small = hardware.load("teach-4x4").array
    for dataflow in ("ws", "os", "is"):
        array = hardware.ArraySpec(small.rows, small.cols, dataflow)
        trace = stepview.record(array, *GEMM, SEED, what="animate")
        animate.animation(trace, out / f"{dataflow}.gif")
    large = hardware.load("teach-8x8").array
    trace = stepview.record(large, *SPACETIME_GEMM, SEED, what="animate", max_side=None,
                            max_cycles=None)
    animate.spacetime(trace, out / "spacetime-ws.png")
    print(f"wrote ws.gif, os.gif, is.gif and spacetime-ws.png to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
