"""Running the peer simulator SCALE-Sim 3.0.0 from tests and benchmarks.

SCALE-Sim needs numpy<2, so it lives in a virtual environment of its own
(``.ci/run`` makes ``.venv-scalesim``; ``SYSTOLIC_SCALESIM_PYTHON`` may name
another interpreter) and runs as a subprocess: ``benchmarks/peer_scalesim.py``.
"""

import json
import os
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
