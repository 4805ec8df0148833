"""Running the peer simulator SCALE-Sim 3.0.0 from tests and benchmarks.

SCALE-Sim needs numpy<2, so it lives in a virtual environment of its own
(``.ci/run`` makes ``.venv-scalesim``; ``SYSTOLIC_SCALESIM_PYTHON`` may name
another interpreter) and runs as a subprocess: ``benchmarks/peer_scalesim.py``.
"""

import json
import os
import random
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ROOT / "benchmarks" / "peer_scalesim.py"


def scalesim_python() -> Path | None:
    """The interpreter that has scalesim installed, or None."""
    configured = os.environ.get("SYSTOLIC_SCALESIM_PYTHON")
    candidate = Path(configured) if configured else ROOT / ".venv-scalesim" / "bin" / "python"
    return candidate if candidate.exists() else None


def run_scalesim(cases: list[dict]) -> list[dict]:
    """SCALE-Sim's report fields for each case (see the driver's docstring)."""
    python = scalesim_python()
    completed = subprocess.run([str(python), str(DRIVER)], input=json.dumps(cases),
                               capture_output=True, text=True, check=True)
    return json.loads(completed.stdout)


USER_BANDWIDTHS = (1, 2, 4, 8, 10, 16, 32)


def user_cases(seed: int, count: int) -> list[dict]:
    """GEMMs in SCALE-Sim's USER mode: small SRAMs and bandwidths, so most stall."""
    rng = random.Random(seed)
    return [{"M": rng.choice([16, 48, 100, 128]), "N": rng.choice([16, 32, 64, 96]),
             "K": rng.choice([16, 32, 80, 128]), "rows": rng.choice([4, 8, 16, 32]),
             "cols": rng.choice([4, 8, 16, 32]), "dataflow": ("ws", "os", "is")[i % 3],
             "sram_kb": rng.choice([1, 2, 4, 8, 64]),
             "bandwidth_words": USER_BANDWIDTHS[i % len(USER_BANDWIDTHS)]}
            for i in range(count)]
