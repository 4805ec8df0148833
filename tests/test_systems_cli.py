"""``systolic plan`` and ``systolic run --system``: the commands, their outputs and
their one-line refusals."""

import json

import pytest

from systolic.apps import plan as planner
from systolic.cli import main
from systolic.spec import models, systems
from systolic.spec.layouts import parse_layout

SYSTEM = """name = "pair"
chip = "teach-8x8"

[[level]]
name = "sw"
chips = 2
topology = "switch"
link_bandwidth_bytes_per_s = 1e9
latency_ns = 100
"""
RUN = ["--model", "gpt2", "--phase", "decode", "--kv-len", "8", "--batch", "2"]


@pytest.fixture
def pair(tmp_path):
    path = tmp_path / "pair.toml"
    path.write_text(SYSTEM)
    return str(path)


def test_plan_ranks_writes_json_and_a_layout_that_run_reproduces(pair, tmp_path, capsys):
    out, best = tmp_path / "p.json", tmp_path / "best.toml"
    assert main(["plan", "--system", pair, *RUN, "--json", str(out),
                 "--best-out", str(best)]) == 0
    table = capsys.readouterr().out
    assert "layouts of gpt2 on pair, ranked by latency" in table
    rows = json.loads(out.read_text())["layouts"]
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert [r["latency_s"] for r in rows] == sorted(r["latency_s"] for r in rows)
    assert {r["layout"] for r in rows} == {"tp=2,pp=1,dp=1,ep=1,sp=off,mb=1",
                                           "tp=2,pp=1,dp=1,ep=1,sp=on,mb=1",
                                           "tp=1,pp=2,dp=1,ep=1,sp=off,mb=1",
                                           "tp=1,pp=2,dp=1,ep=1,sp=off,mb=2",
                                           "tp=1,pp=1,dp=2,ep=1,sp=off,mb=1"}
    assert parse_layout(str(best)).label == rows[0]["layout"]
    assert main(["run", "--system", pair, *RUN, "--layout", str(best)]) == 0
    text = capsys.readouterr().out
    assert f"latency {rows[0]['latency_s'] * 1e3:.3f} ms" in text


def test_plan_counts_what_it_leaves_out():
    system = systems.load("h100-node")
    spec = models.RunSpec(phase="decode", batch=8, kv_len=1024)
    result = planner.plan(system, "llama2-70b", spec)
    assert [layout.dp for layout, _ in result.over_capacity] == [8]   # 70B on one GPU
    assert set(result.invalid) == {
        "the batch (N) does not split into dp x microbatches = N equal shares",
        "sp: the tokens of a micro-batch (N) do not split over tp = N chips"}
    assert len(result.ranked) + 1 + sum(result.invalid.values()) == \
        len(planner.model_candidates(system, "llama2-70b", spec))
    assert all(r.fits for r in result.ranked)


def test_the_pareto_front_is_not_beaten_on_both_counts():
    result = planner.plan(systems.load("h100-node"), "llama2-7b",
                          models.RunSpec(phase="decode", kv_len=512), batches=(1, 8, 64))
    front = planner.pareto(result)
    assert front and len(front) < len(result.ranked)
    for row in front:
        assert not any(o.tokens_per_s_per_sequence > row.tokens_per_s_per_sequence and
                       o.tokens_per_s_per_chip > row.tokens_per_s_per_chip
                       for o in result.ranked)


@pytest.mark.parametrize("argv, message", [
    (["run", "--system", "h100-node", "--trace", "t.jsonl"], "--system: runs a --model"),
    (["run", "--system", "h100-node", "--hw", "h100", "--model", "gpt2"], "--hw: a system"),
    (["run", "--hw", "h100", "--model", "gpt2", "--layout", "tp=2"],
     "--layout: applies to --system only"),
    (["run", "--system", "h100-node", "--model", "gpt2", "--layout", "tp=3"],
     "uses tp x cp x pp x dp = 3 chips; h100-node has 8"),
    (["run", "--system", "h100-node", "--model", "gpt2", "--tp", "2", "--layout", "tp=8"],
     "--tp: --layout sets tp"),
    (["run", "--system", "nowhere", "--model", "gpt2"], "system: expected one of h100-cluster"),
    (["plan", "--system", "h100-node"], "plan: expected --model"),
    (["plan", "--system", "h100-node", "--model", "gpt2", "--tp", "2"], "--tp: plan tries"),
    (["plan", "--system", "h100-node", "--model", "gpt2", "--plot", "pareto"],
     "--plot and -o"),
    (["plan", "--system", "h100-node", "--model", "gpt2", "--batch", "2", "--batches", "1,2"],
     "--batches: replaces --batch"),
])
def test_refusals_are_one_line(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("text, message", [
    (SYSTEM.replace('topology = "switch"', 'topology = "mesh"'),
     "pair.toml:7: [[level]] 1 topology: expected one of switch"),
    (SYSTEM.replace('topology = "switch"', 'topology = "torus2d"'),
     "pair.toml:4: [[level]] 1: dims: expected 2 dimensions for a torus2d"),
    (SYSTEM.replace('topology = "switch"', 'topology = "torus2d"\ndims = [2, 3]'),
     "dims: expected dimensions whose product is chips (2)"),
    (SYSTEM.replace('topology = "switch"', 'topology = "ring"\nlinks_per_chip = 4'),
     "links_per_chip: a ring has one link to each neighbour"),
    (SYSTEM.replace("chips = 2", "chips = 0"), "pair.toml:6: [[level]] 1 chips: expected"),
    (SYSTEM.replace("chips = 2", "chips = 2048") + SYSTEM.split("\n\n")[1].replace(
        "chips = 2", "chips = 1024"),
     "the levels join 2097152 chips; expected at most 1048576"),
    (SYSTEM.replace('chip = "teach-8x8"', 'chip = "nope"'), "preset: expected one of"),
    (SYSTEM + "\nspeed = 3\n", "pair.toml:11: [[level]] 1 speed: unknown field"),
    ("speed = 3\n" + SYSTEM, "pair.toml:1: speed: unknown key"),
    ('name = "x"\nchip = "h100"\n', "pair.toml:1: level: expected one or more [[level]]"),
])
def test_system_files_are_refused_naming_file_line_and_key(tmp_path, text, message, capsys):
    path = tmp_path / "pair.toml"
    path.write_text(text)
    assert main(["run", "--system", str(path), "--model", "gpt2"]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1, err


def test_a_system_runs_perfetto_trace_has_a_track_a_stage_and_a_level(tmp_path):
    out = tmp_path / "t.json"
    assert main(["run", "--system", "h100-cluster", "--model", "llama2-7b", "--phase",
                 "decode", "--batch", "16", "--kv-len", "256",
                 "--layout", "tp=8,pp=4,dp=4,mb=4", "--perfetto", str(out)]) == 0
    events = json.loads(out.read_text())["traceEvents"]
    names = {(e["pid"], e.get("tid")): e["args"]["name"] for e in events
             if e["name"] == "thread_name"}
    stages = sorted(name for (pid, _), name in names.items()
                    if name.startswith("stage "))
    assert stages == [f"stage {s}: chips {32 * s}-{32 * s + 31}" for s in range(4)]
    slices = [e for e in events if e["ph"] == "X"]
    assert sum(e["name"].startswith("micro-batch") for e in slices) == 4 * 4
    assert sum(e["name"] == "hand-over" for e in slices) == 3 * 4   # the last stage sends none
    reduce = [e for e in slices if e["name"] == "layer.attn_allreduce" and e["cat"] == "link"
              and names.get((e["pid"], e["tid"])) == "nvswitch"]
    # one sequence a micro-batch: 4096 x 2 bytes, all-reduced by the tree (it sends 2 B)
    assert reduce and reduce[0]["args"]["bytes"] == 2 * 4096 * 2
