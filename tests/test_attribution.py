"""Where the cycles went: every op's causes add up to its cycles, and mean what they say."""

import json
import re
import shlex
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systolic.breakdown import CAUSES, CycleBreakdown, whole_parts
from systolic.cli import main
from systolic.simulate import simulate_gemm, simulate_ops
from systolic.spec import hardware
from systolic.spec.workload import Allreduce, Attention, Gemm
from systolic.views import attribution

README = Path(__file__).resolve().parent.parent / "README.md"


def _readme_commands() -> list[list[str]]:
    """Every ``systolic run`` / ``systolic gemm`` the README shows (a copied
    preset read as the preset it copies)."""
    commands = []
    for line in README.read_text().splitlines():
        found = re.match(r"(?:\$ |.*&& )systolic ((?:run|gemm) [^#`|>]*)", line)
        if found:
            argv = shlex.split(found.group(1).replace("my-chip.toml", "tpu-v1"))
            commands.append(argv)
    return commands


def _assert_whole(breakdown: CycleBreakdown, cycles: int, what: str) -> None:
    assert breakdown.total == cycles, what
    assert all(part >= 0 for part in breakdown.parts()), what


def test_the_readme_shows_runs_and_gemms():
    assert len(_readme_commands()) >= 6


@pytest.mark.parametrize("argv", _readme_commands(), ids=" ".join)
def test_every_op_of_every_readme_command_adds_up(argv, tmp_path, capsys):
    path = tmp_path / "r.json"
    assert main(argv + ["--json", str(path)]) == 0
    capsys.readouterr()
    run = json.loads(path.read_text())
    for op in run["ops"]:
        assert sum(op["breakdown_cycles"].values()) == op["cycles"], op["name"]
    assert sum(run["total"]["breakdown_cycles"].values()) == run["total"]["cycles"]


MACHINES = ("tpu-v4-like", "tpu-v1", "h100", "scalesim-default", "teach-8x8")


@settings(max_examples=60, deadline=None, derandomize=True)
@given(name=st.sampled_from(MACHINES), m=st.integers(1, 1500), n=st.integers(1, 1500),
       k=st.integers(1, 1500), shadow=st.booleans(), compat=st.sampled_from(["native", "scalesim"]))
def test_a_gemm_adds_up_on_any_machine(name, m, n, k, shadow, compat):
    hw = hardware.load(name, {"array.shadow_registers": shadow})
    if compat == "scalesim" and name == "h100":
        compat = "native"  # bf16 only: SCALE-Sim's conventions are for its machines
    result = simulate_gemm(hw, m, n, k, compat=compat, record_timeline=False)
    [op] = result.ops
    _assert_whole(op.breakdown, op.cycles, (name, m, n, k))
    _assert_whole(result.breakdown, result.cycles, "total")


def test_a_compute_bound_gemm_is_mostly_compute_and_its_share_is_the_utilization():
    result = simulate_gemm(hardware.load("tpu-v4-like"), 4096, 4096, 4096)
    [op] = result.ops
    assert op.breakdown.compute / op.cycles == pytest.approx(op.utilization, abs=1e-3)
    assert op.breakdown.compute > 0.9 * op.cycles


def test_decode_attention_waits_on_dram_and_loads_its_keys_into_the_arrays():
    hw = hardware.load("tpu-v4-like")
    op = Attention("attention", batch=8, heads=32, kv_heads=32, head_dim=128, q_len=1,
                   kv_len=4096)
    [result] = simulate_ops(hw, [op], record_timeline=False).ops
    causes = result.breakdown
    assert causes.weight_load + causes.dram_stall > 0.8 * result.cycles
    assert causes.compute < 0.01 * result.cycles


def test_a_kernel_launch_is_a_fixed_cost_and_an_allreduce_is_communication():
    hw = hardware.load("h100", {"chip.link_bandwidth_bytes_per_s": 100e9})
    run = simulate_ops(hw, [Gemm("g", 64, 64, 64), Allreduce("ar", 1 << 20, 2)],
                       {"ar": ("g",)}, record_timeline=False)
    gemm, allreduce = run.ops
    assert gemm.breakdown.fixed == hw.cycles_of_ns(hw.chip.launch_latency_ns)
    assert allreduce.breakdown == CycleBreakdown(communication=allreduce.cycles)
    _assert_whole(run.breakdown, run.cycles, "total")


def test_split_k_sums_are_vector_work():
    hw = hardware.load("tpu-v4-like")
    run = simulate_ops(hw, [Gemm("g", 8, 128, 65536)], record_timeline=False)
    [op] = run.ops
    assert run.schedules[0].split_k > 1 and op.breakdown.vector > 0


@settings(max_examples=200, deadline=None)
@given(shares=st.lists(st.floats(0, 1e6), min_size=1, max_size=10))
def test_whole_parts_add_up_and_stay_within_one_of_their_shares(shares):
    total = round(sum(shares))
    parts = whole_parts(shares, total)
    assert sum(parts) == total
    assert all(abs(part - share) < 1 + 1e-6 for part, share in zip(parts, shares))


def test_a_breakdown_fitted_to_fewer_cycles_keeps_its_proportions():
    fitted = CycleBreakdown(compute=600, dram_stall=400).fitted(500)
    assert fitted == CycleBreakdown(compute=300, dram_stall=200)


@pytest.fixture(scope="module")
def decode_json(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("explain") / "decode.json"
    assert main(["run", "--hw", "tpu-v4-like", "--model", "gpt2", "--phase", "decode",
                 "--batch", "4", "--kv-len", "512", "--json", str(path)]) == 0
    return path


def test_explain_fills_in_the_formula_of_an_op(decode_json, capsys):
    capsys.readouterr()
    assert main(["explain", str(decode_json), "layer.attention"]) == 0
    text = capsys.readouterr().out
    op = next(o for o in json.loads(decode_json.read_text())["ops"]
              if o["name"] == "layer.attention")
    causes = [c for c in CAUSES if op["breakdown_cycles"][c]]
    assert f"{op['cycles']} cycles" in text
    assert " + ".join(str(op["breakdown_cycles"][c]) for c in causes) + f" = {op['cycles']}" \
        in text


@settings(max_examples=80, deadline=None, derandomize=True)
@given(field=st.sampled_from(["cycles", "compute_cycles", "stall_cycles", "macs", "utilization",
                              "mapping_efficiency", "breakdown_cycles", "name", "kind"]),
       value=st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(),
                       st.text(max_size=5), st.lists(st.integers(), max_size=2),
                       st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)))
def test_explain_refuses_a_mangled_result_in_one_line(decode_json, field, value):
    run = json.loads(decode_json.read_text())
    run["ops"][0][field] = value
    name = run["ops"][0]["name"] if field != "name" else value
    try:
        attribution.explain_text(run, name if isinstance(name, str) else "x", "r.json")
    except Exception as err:  # noqa: BLE001 - any escape but a one-line ConfigError fails
        from systolic.errors import ConfigError
        assert isinstance(err, ConfigError) and "\n" not in str(err)


def test_the_csv_has_the_breakdown_beside_the_compute_cycles(tmp_path, capsys):
    import csv

    path = tmp_path / "r.csv"
    assert main(["gemm", "--hw", "tpu-v4-like", "-M", "512", "-N", "768", "-K", "768",
                 "--csv", str(path)]) == 0
    capsys.readouterr()
    [row] = list(csv.DictReader(path.open()))
    causes = {cause: int(row[f"cycles_{cause}"]) for cause in CAUSES}
    assert sum(causes.values()) == int(row["cycles"])
    assert int(row["compute_cycles"]) > causes["compute"]  # the op's, not the cause's


@pytest.mark.parametrize("field,value", [("macs", 10**400), ("utilization", float("nan")),
                                         ("utilization", 3.0), ("cycles", -1)])
def test_explain_refuses_impossible_numbers(decode_json, field, value):
    from systolic.errors import ConfigError

    run = json.loads(decode_json.read_text())
    run["ops"][0][field] = value
    with pytest.raises(ConfigError):
        attribution.explain_text(run, run["ops"][0]["name"], "r.json")
