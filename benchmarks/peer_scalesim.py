"""Run SCALE-Sim 3.0.0 on a list of GEMMs and print its figures as JSON.

This script runs under SCALE-Sim's own interpreter (a virtual environment
with ``scalesim==3.0.0`` and ``numpy<2``), never under ours: it imports
nothing from ``systolic``. Input on stdin, a JSON list of cases::

    [{"M": 64, "N": 32, "K": 48, "rows": 8, "cols": 8, "dataflow": "ws",
      "sram_kb": 64, "bandwidth_words": null}, ...]

``bandwidth_words`` null selects CALC mode (stall-free reads); a number
selects USER mode with that many words per cycle for both read interfaces
and the ofmap drain. Output on stdout: one JSON object per case with
SCALE-Sim's COMPUTE_REPORT and DETAILED_ACCESS_REPORT fields and the wall
seconds the run took.
"""

import contextlib
import csv
import io
import json
import os
import sys
import tempfile
import time

CONFIG = """[general]
run_name = peer

[architecture_presets]
ArrayHeight: {rows}
ArrayWidth: {cols}
IfmapSramSzkB: {sram_kb}
FilterSramSzkB: {sram_kb}
OfmapSramSzkB: {sram_kb}
IfmapOffset: 0
FilterOffset: 10000000
OfmapOffset: 20000000
Bandwidth : {bandwidth}
Dataflow : {dataflow}
ReadRequestBuffer: 32
WriteRequestBuffer: 32

[layout]
IfmapCustomLayout: False
IfmapSRAMBankBandwidth: {bandwidth}
IfmapSRAMBankNum: 1
IfmapSRAMBankPort: 2
FilterCustomLayout: False
FilterSRAMBankBandwidth: {bandwidth}
FilterSRAMBankNum: 1
FilterSRAMBankPort: 2

[sparsity]
SparsitySupport : false
SparseRep : ellpack_block
OptimizedMapping : false
BlockSize : 8
RandomNumberGeneratorSeed : 40

[run_presets]
InterfaceBandwidth: {mode}
UseRamulatorTrace: False
"""

LAYOUT = "Layer name,a,b,c,d,e,f,o0,o1,o2,o3,o4,o5,o6,o7,o8,o9,o10,o11,o12,o13,\n" \
         "gemm,1,1,1,1,1,1,0,1,2,3,4,5,0,1,2,3,4,5,6,7,\n"


def read_report(path):
    """One CSV report's single data row as {header: float}."""
    with open(path) as handle:
        header, row = list(csv.reader(handle))[:2]
    return {h.strip(): float(v) for h, v in zip(header, row) if h.strip()}


def run_case(case, workdir):
    from scalesim.scale_sim import scalesim

    bandwidth = case.get("bandwidth_words")
    config = CONFIG.format(rows=case["rows"], cols=case["cols"],
                           sram_kb=case.get("sram_kb", 64),
                           bandwidth=bandwidth or 10, dataflow=case["dataflow"],
                           mode="USER" if bandwidth else "CALC")
    paths = {name: os.path.join(workdir, name) for name in ("c.cfg", "t.csv", "l.csv")}
    with open(paths["c.cfg"], "w") as handle:
        handle.write(config)
    with open(paths["t.csv"], "w") as handle:
        handle.write("Layer,M,N,K,\n")
        handle.write(f"gemm,{case['M']},{case['N']},{case['K']},\n")
    with open(paths["l.csv"], "w") as handle:
        handle.write(LAYOUT)
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        sim = scalesim(save_disk_space=True, verbose=False, config=paths["c.cfg"],
                       topology=paths["t.csv"], layout=paths["l.csv"], input_type_gemm=True)
        sim.run_scale(top_path=workdir)
    wall_seconds = time.perf_counter() - start
    report_dir = os.path.join(workdir, "peer")
    result = read_report(os.path.join(report_dir, "COMPUTE_REPORT.csv"))
    result.update(read_report(os.path.join(report_dir, "DETAILED_ACCESS_REPORT.csv")))
    result["wall_seconds"] = wall_seconds
    return result


def main():
    cases = json.load(sys.stdin)
    results = []
    for case in cases:
        with tempfile.TemporaryDirectory() as workdir:
            results.append(run_case(case, workdir))
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
