"""The README's predicted-vs-measured figures: every case of workloads/gpu/h100
simulated on the h100 preset, and the transfer figure and table (the H100's
splits, its unseen models and the H200, each on its own preset; about 60 s).

Usage: ``python plots/h100_validation.py [OUT_DIR]``
"""

import sys
from pathlib import Path

from systolic.apps.gpu import compare, transfer
from systolic.spec import hardware

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "workloads" / "gpu" / "h100"
OUT = ROOT / "docs" / "figures"


def main(out: Path = OUT) -> None:
    out.mkdir(parents=True, exist_ok=True)
    records = compare.compare(hardware.load("h100"), compare.load_measurements(DATA),
                              compare.load_energy(DATA))
    compare.plot_predicted_vs_measured(records, out / "h100-predicted-vs-measured.png")
    print(compare.table_text(records))
    by_label = {data_set.label: transfer.records_of(data_set, ROOT)
                for data_set in transfer.DATA_SETS}
    transfer.plot(by_label, out / "gpu-transfer.png")
    print(transfer.table_text(transfer.figures(by_label)))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
