"""Start-up time of the ``systolic`` command, as whole processes, beside bare Python.

Most commands are short, so what a user waits for is mostly the interpreter
starting and the package importing. Each command below runs ``--runs`` times
(after one warm-up run that also writes the bytecode caches, as an installed
package has them), alternating with ``python -c pass`` in the same loop, so
the two are measured under the same load. Printed: the median and minimum
wall time of each, and the median's excess over bare Python.

    python benchmarks/startup.py [--runs 15]

Targets (issue 13): ``--help`` within 0.15 s of bare Python; ``presets``
under 0.2 s; the SCALE-Sim-compatible 128x768x768 GEMM under 0.35 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

COMMANDS = {
    "systolic --help": (["--help"], 0.15, "over bare Python"),
    "systolic presets": (["presets"], 0.20, "whole process"),
    "systolic gemm --compat scalesim": (["gemm", "--hw", "scalesim-default", "-M", "128",
                                         "-N", "768", "-K", "768", "--compat", "scalesim"],
                                        0.35, "whole process"),
}


def console_script() -> str:
    """The installed ``systolic`` entry point of this interpreter (not a shell shim)."""
    beside = Path(sysconfig.get_path("scripts")) / "systolic"
    found = str(beside) if beside.exists() else shutil.which("systolic")
    if found is None:
        sys.exit("startup: the systolic command is not installed (pip install -e .)")
    return found


def wall_seconds(argv: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                   env=environment)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    script = console_script()
    bare = [sys.executable, "-c", "pass"]
    failed = 0
    print(f"{'command':34s} {'median s':>9s} {'min s':>7s} {'bare s':>7s} {'excess s':>9s}  "
          f"target")
    for label, (arguments, target, measure) in COMMANDS.items():
        wall_seconds([script, *arguments], environment)  # warm-up: bytecode, file cache
        own, base = [], []
        for _ in range(runs):
            own.append(wall_seconds([script, *arguments], environment))
            base.append(wall_seconds(bare, environment))
        median, bare_median = statistics.median(own), statistics.median(base)
        figure = median - bare_median if measure == "over bare Python" else median
        met = figure <= target
        failed += not met
        print(f"{label:34s} {median:9.3f} {min(own):7.3f} {bare_median:7.3f} "
              f"{median - bare_median:9.3f}  {measure} <= {target} s: "
              f"{'met' if met else 'MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
