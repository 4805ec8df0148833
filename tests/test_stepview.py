"""The step view: what a student reads, cycle by cycle, and what bad input gets."""

import numpy as np
import pytest

from systolic.cli import main
from systolic.core.pe_trace import trace_gemm
from systolic.errors import ConfigError
from systolic.spec.hardware import ArraySpec
from systolic.views import stepview

A = np.array([[1, 2], [3, 4]], dtype=np.int32)
B = np.array([[5, 6], [7, 8]], dtype=np.int32)

# Weight-stationary 2x2, O = A . B (tests/test_pe_trace.py derives every
# cycle). Cycle 3: A[1,0]=3 and A[0,1]=2 enter; PE(0,0) makes 3*5, PE(0,1)
# 1*6, PE(1,0) adds 2*7 to the 5 from above; O[0,0] = 19 leaves column 0.
WS_CYCLE_3 = """\
cycle 3 of 0..5 | fold 1 of 1: k 0..1 x n 0..1 | stream | MACs 3 | utilization so far 4/16 = 25.0 %


           +------------+------------+
A[1,0]=3 ->| B[0,0]=5  *| B[0,1]=6  *|
           | A[1,0]=3   | A[0,0]=1   |
           | p[1,0]=15  | p[0,1]=6   |
           +------------+------------+
A[0,1]=2 ->| B[1,0]=7  *| B[1,1]=8   |
           | A[0,1]=2   | -          |
           | p[0,0]=19  | -          |
           +------------+------------+
                  v
              O[0,0]=19"""

# Cycle 1, preload: B's row 0 enters the top while row 1 moves down.
WS_CYCLE_1 = """\
cycle 1 of 0..5 | fold 1 of 1: k 0..1 x n 0..1 | preload | MACs 0 | utilization so far 0/8 = 0.0 %
      B[0,0]=5    B[0,1]=6
         v           v
   +-----------+-----------+
   | B[0,0]=5  | B[0,1]=6  |
   | -         | -         |
   | -         | -         |
   +-----------+-----------+
   | B[1,0]=7  | B[1,1]=8  |
   | -         | -         |
   | -         | -         |
   +-----------+-----------+"""


def test_ws_2x2_step_view_matches_the_hand_derivation():
    trace = trace_gemm(A, B, 2, 2, "ws")
    assert stepview.render(trace, 3) == WS_CYCLE_3
    assert stepview.render(trace, 1) == WS_CYCLE_1


def test_operands_are_small_integers_from_the_seed():
    a, b = stepview.operands(3, 4, 5, seed=1)
    assert a.shape == (3, 5) and b.shape == (5, 4)
    assert a.min() >= stepview.OPERAND_LOW and b.max() <= stepview.OPERAND_HIGH
    assert np.array_equal(a, stepview.operands(3, 4, 5, seed=1)[0])


def test_every_cycle_of_partial_and_multiple_folds_renders():
    # K = 5 on 2 rows (folds of 2, 2, 1) and N = 3 on 2 columns (2, 1): six folds.
    trace = stepview.record(ArraySpec(2, 2, "ws"), 3, 3, 5, seed=2)
    text = stepview.render_all(trace, seed=2)
    assert "fold 6 of 6: k 4..4 x n 2..2" in text
    assert "O[0,2]+=" in text  # later row folds accumulate
    assert text.endswith(f"O = A . B =\n{trace.a @ trace.b}")
    assert text.count("\ncycle ") == trace.cycles


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_step_cli_os_shows_accumulators_and_written_outputs(capsys):
    # seed 0: A = [[8, 6], [5, 3]], B = [[3, 1], [1, 1]]; PE(0, 0) finishes
    # 8*3 + 6*1 = 30 at cycle 1 = K - 1 + 0 + 0 and writes it out.
    code, out, err = run(capsys, "step", "--dataflow", "os", "--rows", "2", "--cols", "2",
                         "-M", "2", "-N", "2", "-K", "2", "--cycle", "1")
    assert code == 0 and err == ""
    assert out.splitlines()[0].startswith("cycle 1 of 0..3 | fold 1 of 1: m 0..1 x n 0..1")
    assert "A[0,1]=6 ->| O[0,0]=30 *| O[0,1]=8  *|" in out
    assert "A[1,0]=5 ->| O[1,0]=15 *| -          |" in out
    assert out.rstrip().endswith("written out: O[0,0]=30")


def test_step_cli_shows_the_shadow_bank_loading_behind_the_stream(capsys):
    # tests/test_pe_trace.py derives the registers; the view puts the shadow bank in
    # parentheses under the held weight and names both folds at work.
    code, out, err = run(capsys, "step", "--rows", "2", "--cols", "2", "-M", "2", "-N", "2",
                         "-K", "4", "--shadow-registers", "on", "--cycle", "3")
    assert code == 0 and err == ""
    first = out.splitlines()[0]
    assert first.startswith("cycle 3 of 0..7 | folds 1, 2 of 2: 1 streams (k 0..1 x n 0..1), "
                            "2 loads (k 2..3 x n 0..1)")
    assert "A[1,0]=3 ->| B[0,0]=2   *| B[0,1]=8   *|" in out
    assert "| (B[2,0]=5)  | (B[2,1]=6)  |" in out and "| (B[3,0]=9)  | (B[3,1]=7)  |" in out
    code, plain, _ = run(capsys, "step", "--rows", "2", "--cols", "2", "-M", "2", "-N", "2",
                         "-K", "4", "--shadow-registers", "off", "--cycle", "3")
    assert code == 0 and "(B[" not in plain


def test_step_cli_is_holds_inputs_and_streams_weights(capsys):
    # PE(k, m) holds A[m, k]; B[k, n] enters row k; O[0,0] = 8*3 + 6*1 leaves column m = 0.
    code, out, _ = run(capsys, "step", "--dataflow", "is", "--rows", "2", "--cols", "2",
                       "-M", "2", "-N", "2", "-K", "2", "--cycle", "3")
    assert code == 0
    assert "k 0..1 x m 0..1 | stream" in out
    assert "B[0,1]=1 ->| A[0,0]=8  *| A[1,0]=5  *|" in out
    assert "           | p[0,0]=30  | -          |" in out
    assert out.rstrip().endswith("O[0,0]=30")


def test_step_cli_prints_every_cycle_by_default(capsys):
    code, out, _ = run(capsys, "step", "-M", "4", "-N", "4", "-K", "4", "--seed", "3")
    assert code == 0
    assert out.startswith("ws on a 4x4 array: O[4x4] = A[4x4] . B[4x4], 14 cycles in 1 fold(s)")
    assert "A and B: random integers 1..9 (seed 3)" in out
    assert out.count("\ncycle ") == 14


@pytest.mark.parametrize("argv,message", [
    (["--cycle", "14"], "systolic: error: step: cycle: expected 0..13 (the GEMM takes 14 "
                        "cycles), got 14"),
    (["--cycle", "-1"], "systolic: error: step: cycle: expected 0..13 (the GEMM takes 14 "
                        "cycles), got -1"),
    (["--hw", "tpu-v4-like"], "systolic: error: step: a 128x128 array is too large to show; "
                              "expected at most 8x8 PEs (try --rows/--cols)"),
    (["-M", "600"], "systolic: error: step: 600x4x4 takes 610 cycles on this array, too many "
                    "to show; expected at most 500 (try smaller -M/-N/-K)"),
])
def test_step_cli_refuses_what_it_cannot_show(capsys, argv, message):
    base = {"-M": "4", "-N": "4", "-K": "4"}
    for flag, value in zip(argv[::2], argv[1::2]):
        base[flag] = value
    code, out, err = run(capsys, "step", *[x for pair in base.items() for x in pair])
    assert (code, out, err) == (2, "", message + "\n")


def test_step_cli_takes_one_of_cycle_and_all(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["step", "-M", "2", "-N", "2", "-K", "2", "--cycle", "1", "--all"])
    assert caught.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_record_names_the_command_in_errors():
    with pytest.raises(ConfigError, match="^animate: a 9x9 array is too large"):
        stepview.record(ArraySpec(9, 9, "os"), 2, 2, 2, 0, what="animate")
