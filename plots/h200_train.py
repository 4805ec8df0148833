"""The README's training-step figure: every measured step of
workloads/gpu/h200-train simulated on the h200 preset (precision autocast),
simulated vs measured step time and peak memory, and the MAPE table (about 20 s).

Usage: ``python plots/h200_train.py [OUT_DIR]``
"""

import sys
from pathlib import Path

from systolic.apps.gpu import train_compare
from systolic.spec import hardware

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "workloads" / "gpu" / "h200-train"
OUT = ROOT / "docs" / "figures"


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    records = train_compare.compare(hardware.load("h200"), DATA)
    train_compare.plot(records, out / "h200-train.png")
    print(train_compare.table_text(records))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
