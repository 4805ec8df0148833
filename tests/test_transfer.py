"""The side-by-side accuracy table (apps/gpu/transfer.py) over the measured data sets."""

from pathlib import Path

import pytest

from systolic.apps.gpu import transfer

ROOT = Path(__file__).resolve().parent.parent


def record(group, split, measured, predicted):
    return {"name": f"{group}/{measured}", "group": group, "split": split, "M": None,
            "measured_us": measured, "predicted_us": predicted, "measured_j": None,
            "predicted_j": None}


def test_every_data_set_is_shipped_and_only_the_calibration_rows_are_fitted_on():
    for data_set in transfer.DATA_SETS:
        assert (ROOT / data_set.data / "gemm.csv").exists()
    assert [d.split for d in transfer.DATA_SETS].count("calibration") == 1
    assert {d.hw for d in transfer.DATA_SETS if "H200" in d.label} == {"h200"}


def test_the_table_gives_each_data_sets_mape_and_the_transfer_ratio():
    records = {"H100 calibration": [record("gemm", "calibration", 10.0, 11.0)],
               "H100 held out": [record("gemm", "heldout", 10.0, 12.0)],
               "H200 transfer": [record("gemm", "heldout", 10.0, 7.0),
                                 record("gemm", "heldout", 20.0, 22.0)]}
    found = transfer.figures(records)
    assert found["H100 calibration"]["gemm"] == pytest.approx(10.0)
    assert found["H200 transfer"]["gemm"] == pytest.approx(20.0)      # (30 % + 10 %) / 2
    [row] = [line for line in transfer.table_text(found).splitlines()
             if line.split()[0] == "gemm"]
    assert row.split()[-1] == "1.00x"                                # 20 % over 20 %
    assert "-" in [line for line in transfer.table_text(found).splitlines()
                   if line.split()[0] == "softmax"][0]
