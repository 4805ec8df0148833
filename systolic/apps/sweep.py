"""Design-space sweeps: a TOML spec -> points -> simulate() -> a CSV, resumably.

A spec names a base machine, the parameters to vary (hardware key paths,
e.g. ``array.rows``, ``core.sram.input_bytes``), how to sample them, the
constraints a point must meet, the workloads (weighted) and the
objectives::

    base = "tpu-v4-like"
    [parameters]
    "array.rows" = [64, 128, 256]                          # a list
    "memory.dram_bandwidth_bytes_per_s" = {min = 4e11, max = 3.2e12, steps = 4, scale = "log"}
    [sampling]
    method = "grid"            # or "random" / "lhs" with points = N, seed = S
    [constraints]
    area_mm2 = 400             # upper bounds on area_mm2, sram_mib
    [[workloads]]
    model = "llama2-7b"
    phase = "decode"
    batch = 16
    kv_len = 4096
    weight = 1.0
    [objectives]
    minimize = ["latency_s", "energy_j", "area_mm2"]

Every point is simulated for every workload (one layer, reused for all
layers); its row holds the parameter values, latency (weighted sum of the
workloads' seconds), energy, energy-delay product, area, tokens/s and
utilization, its ``status`` (``ok``; ``infeasible``: outside the
constraints, which the ``error`` column states; ``failed``: the ``error``
column says why) and ``spec_sha256``.

A sweep cannot lie about what it did:

- ``load_spec`` checks the whole spec before any point runs: every key,
  every swept field against the hardware schema, every swept value by
  loading the base machine with it, every workload; each problem is one
  line naming the spec file and the key.
- ``run`` then runs the first point end to end in this process (after the
  points outside the constraints that precede it) before any worker
  starts, so a spec that fails everywhere fails once, fast, and writes
  nothing; a file that already holds a finished point skips this check.
- ``Outcome`` counts the points run, failed, infeasible and already in the
  file; ``systolic sweep`` exits 1 when any point of the file failed.
- ``spec_sha256`` is the SHA-256 of what a row's figures depend on beyond
  its own parameter values: the base machine's file, the constraints and
  the workloads (not the parameter values, so adding a value to a list and
  re-running runs only the new points; not the objectives, which only the
  report reads). ``run`` refuses to append to a file whose header is not
  this spec's columns or whose rows carry another hash.
- Rows are written in point order as points finish, each as one complete
  ``\n``-terminated line in one write, so a killed or interrupted sweep
  leaves a valid file (a partial last line, if any, is dropped on the next
  run) and re-running the same command skips the points it already has.
- Local workers ignore Ctrl-C (the parent stops them) and die with their
  parent, even one killed by SIGKILL (``PR_SET_PDEATHSIG`` on Linux, and a
  thread that watches the parent's pid everywhere).

Points run on local processes, or on a Dask cluster (``dask.distributed``
is the scheduler; nothing here schedules). Not here: combinations of
values that are valid one by one but not together (they fail as points).
"""

from __future__ import annotations

import csv
import ctypes
import difflib
import hashlib
import io
import itertools
import json
import math
import os
import random
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from systolic.cost import area, energy
from systolic.errors import CapacityError, ConfigError, SystolicError
from systolic.simulate import simulate_model
from systolic.spec import hardware, models, presets
from systolic.spec.fields import METADATA_KEY

METRICS = ("latency_s", "energy_j", "edp_js", "area_mm2", "sram_mib", "tokens_per_s",
           "utilization")
OBJECTIVE_SENSE = {"latency_s": 1, "energy_j": 1, "edp_js": 1, "area_mm2": 1, "sram_mib": 1,
                   "tokens_per_s": -1, "utilization": -1}
METHODS = ("grid", "random", "lhs")
STATUSES = ("ok", "infeasible", "failed")
TEXT_COLUMNS = ("point", "status", "error", "spec_sha256")
MAX_POINTS = 100_000  # ~2 h at benchmarks/sweep.py's ~16 points/s on 2 cores
SPEC_KEYS = ("base", "parameters", "sampling", "constraints", "workloads", "objectives")
SAMPLING_KEYS = ("method", "points", "seed")
RANGE_KEYS = ("min", "max", "steps", "scale")
WORKLOAD_KEYS = ("model", "phase", "batch", "seq", "kv_len", "dtype", "weight_dtype", "tp",
                 "weight")
PARENT_POLL_S = 0.5  # how often a worker checks that its parent is alive
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>: signal this process when its parent dies


@dataclass(frozen=True)
class Spec:
    """A validated sweep description."""

    source: str
    base: str
    parameters: dict[str, Any]
    method: str
    points: int
    seed: int
    constraints: dict[str, float]
    workloads: tuple[dict, ...]
    objectives: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    """What ``run`` did: points run now (of them failed and infeasible), and
    points of this spec already in the file (of them failed)."""

    ran: int
    failed: int
    infeasible: int
    already: int
    already_failed: int


# --- spec ---------------------------------------------------------------------------

def load_spec(path: str | Path) -> Spec:
    """Read and check a whole sweep spec; every problem names the file and key."""
    path = Path(path)
    where = path.name
    try:
        raw = presets.read_toml(path)
    except UnicodeDecodeError:
        raise ConfigError(f"{where}: cannot read: not UTF-8 text") from None
    _check_keys(where, "", raw, SPEC_KEYS)
    base = _check_base(where, raw.get("base"))
    method, points, seed = _check_sampling(where, raw.get("sampling", {}))
    parameters = raw.get("parameters", {})
    if not isinstance(parameters, dict) or not parameters:
        raise ConfigError(f"{where}: [parameters]: expected at least one parameter")
    swept = {key: _parameter_values(where, method, key, value)
             for key, value in parameters.items()}
    if method == "grid" and math.prod(map(len, swept.values())) > MAX_POINTS:
        raise ConfigError(f"{where}: [parameters]: the grid has "
                          f"{math.prod(map(len, swept.values()))} points, more than "
                          f"{MAX_POINTS}; sample it ([sampling] method = \"lhs\", points = N)")
    for key, values in swept.items():
        _check_values(where, base, method, key, values)
    constraints = _check_constraints(where, raw.get("constraints", {}))
    workloads = raw.get("workloads")
    if not isinstance(workloads, list) or not workloads:
        raise ConfigError(f"{where}: [[workloads]]: expected at least one workload")
    for index, workload in enumerate(workloads):
        _check_workload(where, index, workload)
    objectives = _check_objectives(where, raw.get("objectives", {}))
    return Spec(where, base, parameters, method, points, seed, constraints, tuple(workloads),
                objectives)


def _check_keys(where: str, table: str, raw: Any, allowed: tuple[str, ...]) -> None:
    """A table with only ``allowed`` keys."""
    label = f"[{table}]" if table else "spec"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: {label}: expected a table, got {raw!r}")
    for key in raw:
        if key not in allowed:
            prefix = f"[{table}] " if table else ""
            raise ConfigError(f"{where}: {prefix}{key}: unknown field (expected one of "
                              f"{', '.join(allowed)})")


def _check_base(where: str, base: Any) -> str:
    if not isinstance(base, str):
        raise ConfigError(f"{where}: base: expected a preset name or TOML path, got {base!r}")
    try:
        hardware.load(base)
    except SystolicError as err:
        raise ConfigError(f"{where}: base: {err}") from None
    return base


def _check_sampling(where: str, sampling: Any) -> tuple[str, int, int]:
    _check_keys(where, "sampling", sampling, SAMPLING_KEYS)
    method = sampling.get("method", "grid")
    if method not in METHODS:
        raise ConfigError(f"{where}: [sampling] method: expected one of {', '.join(METHODS)}, "
                          f"got {method!r}")
    points, seed = sampling.get("points", 0), sampling.get("seed", 0)
    if method == "grid" and "points" in sampling:
        raise ConfigError(f"{where}: [sampling] points: applies to method \"random\" or "
                          f"\"lhs\" only (a grid has every combination)")
    if method != "grid" and not (_is_int(points) and 1 <= points <= MAX_POINTS):
        raise ConfigError(f"{where}: [sampling] points: expected an integer from 1 to "
                          f"{MAX_POINTS}, got {points!r}")
    if not _is_int(seed):
        raise ConfigError(f"{where}: [sampling] seed: expected an integer, got {seed!r}")
    return method, points, seed


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and \
        math.isfinite(value)


def hardware_fields() -> list[str]:
    """Every key path of the hardware schema a sweep may vary."""
    names = []
    for path, section in hardware.SECTIONS.items():
        names += [f"{path}.{key}" if path else key for key in section.fields]
        if section.rest is not None:
            names += [f"{path}.{key}" for key in section.rest.metadata[METADATA_KEY].rest()]
    return names


def _check_field_name(where: str, key: str) -> None:
    known = hardware_fields()
    if key in known:
        return
    close = difflib.get_close_matches(key, known, n=1)
    hint = f" (did you mean {close[0]}?)" if close else \
        " (systolic presets show NAME lists the fields)"
    raise ConfigError(f"{where}: [parameters] {key}: unknown hardware field{hint}")


def _parameter_values(where: str, method: str, key: str, value: Any) -> list:
    """A known field and a well-formed list or range: the values to check."""
    _check_field_name(where, key)
    if isinstance(value, dict):
        _check_range(where, key, value)
        return _grid_values(value) if method == "grid" else [value["min"], value["max"]]
    if isinstance(value, list) and value:
        return value
    raise ConfigError(f"{where}: [parameters] {key}: expected a non-empty list or "
                      f"{{min, max, steps, scale}}, got {value!r}")


def _check_values(where: str, base: str, method: str, key: str, values: list) -> None:
    """No value twice in a grid, and each value valid on the base machine."""
    seen = set()
    for item in values:
        if repr(item) in seen and method == "grid":
            raise ConfigError(f"{where}: [parameters] {key}: value {item!r} appears twice "
                              f"(a range's rounding to integers can repeat one: fewer steps)")
        seen.add(repr(item))
        try:
            hardware.load(base, {key: item})
        except SystolicError as err:
            detail = str(err).partition(": ")[2] or str(err)
            raise ConfigError(f"{where}: [parameters] {key} = {item!r}: {detail}") from None


def _check_range(where: str, key: str, value: dict) -> None:
    label = f"{where}: [parameters] {key}"
    for name in value:
        if name not in RANGE_KEYS:
            raise ConfigError(f"{label}: {name}: unknown field (expected one of "
                              f"{', '.join(RANGE_KEYS)})")
    low, high = value.get("min"), value.get("max")
    if not (_is_number(low) and _is_number(high) and 0 < low <= high):
        raise ConfigError(f"{label}: expected {{min, max}} numbers with 0 < min <= max, "
                          f"got min = {low!r}, max = {high!r}")
    steps = value.get("steps", 2)
    if not (_is_int(steps) and 1 <= steps <= MAX_POINTS):
        raise ConfigError(f"{label}: steps: expected an integer from 1 to {MAX_POINTS}, "
                          f"got {steps!r}")
    if value.get("scale", "linear") not in ("linear", "log"):
        raise ConfigError(f"{label}: scale: expected one of linear, log, "
                          f"got {value['scale']!r}")


def _check_constraints(where: str, constraints: Any) -> dict[str, float]:
    _check_keys(where, "constraints", constraints, ("area_mm2", "sram_mib"))
    for key, value in constraints.items():
        if not _is_number(value):
            raise ConfigError(f"{where}: [constraints] {key}: expected a number, got {value!r}")
    return constraints


def _check_workload(where: str, index: int, workload: Any) -> None:
    label = f"{where}: workloads[{index}]"
    if not isinstance(workload, dict) or "model" not in workload:
        raise ConfigError(f"{label}: expected a table with a model")
    unknown = sorted(set(workload) - set(WORKLOAD_KEYS))
    if unknown:
        raise ConfigError(f"{label} {unknown[0]}: unknown field (expected one of "
                          f"{', '.join(WORKLOAD_KEYS)})")
    phase = workload.get("phase", "prefill")
    if not isinstance(phase, str) or phase not in models.PHASES:
        raise ConfigError(f"{label} phase: expected one of {', '.join(models.PHASES)}, "
                          f"got {phase!r}")
    for field, applies in (("seq", "prefill"), ("kv_len", "decode")):
        if field in workload and phase != applies:
            raise ConfigError(f"{label} {field}: applies to phase {applies!r} only, "
                              f"this workload's phase is {phase!r}")
    for field in ("dtype", "weight_dtype"):
        if field in workload and not (isinstance(workload[field], str)
                                      and workload[field] in hardware.DTYPES):
            raise ConfigError(f"{label} {field}: expected one of {', '.join(hardware.DTYPES)}, "
                              f"got {workload[field]!r}")
    weight = workload.get("weight", 1.0)
    if not (_is_number(weight) and weight > 0):
        raise ConfigError(f"{label} weight: expected a positive number, got {weight!r}")
    if not isinstance(workload["model"], str):
        raise ConfigError(f"{label} model: expected a model name or config.json path, "
                          f"got {workload['model']!r}")
    try:
        models.build(workload["model"], _run_spec(workload))
    except SystolicError as err:
        raise ConfigError(f"{label}: {err}") from None


def _check_objectives(where: str, objectives: Any) -> tuple[str, ...]:
    _check_keys(where, "objectives", objectives, ("minimize",))
    names = objectives.get("minimize", ["latency_s", "energy_j"])
    if not isinstance(names, list) or not names or \
            any(name not in METRICS for name in names):
        raise ConfigError(f"{where}: [objectives] minimize: expected a list of names from "
                          f"{', '.join(METRICS)}, got {names!r}")
    return tuple(names)


def _run_spec(workload: dict) -> models.RunSpec:
    fields = {k: v for k, v in workload.items() if k not in ("model", "weight")}
    return models.RunSpec(**fields)


def spec_sha256(spec: Spec) -> str:
    """SHA-256 of what a row depends on beyond its parameter values (module docstring)."""
    base_text, _ = presets.read_description(spec.base)
    facts = {"base": hashlib.sha256(base_text.encode()).hexdigest(),
             "constraints": spec.constraints, "workloads": list(spec.workloads)}
    return hashlib.sha256(json.dumps(facts, sort_keys=True, default=repr).encode()).hexdigest()


# --- points -------------------------------------------------------------------------

def _grid_values(value: Any) -> list:
    if isinstance(value, list):
        return value
    steps = value.get("steps", 2)
    low, high = value["min"], value["max"]
    if steps == 1:
        return [low]
    if value.get("scale") == "log":
        values = [low * (high / low) ** (i / (steps - 1)) for i in range(steps)]
    else:
        values = [low + (high - low) * i / (steps - 1) for i in range(steps)]
    return [_like(low, v) for v in values]


def _like(example: Any, value: float):
    return int(round(value)) if isinstance(example, int) else value


def _sample(value: Any, fraction: float):
    """The value at ``fraction`` (0..1) of a parameter's range or list."""
    if isinstance(value, list):
        return value[min(len(value) - 1, int(fraction * len(value)))]
    low, high = value["min"], value["max"]
    if value.get("scale") == "log":
        return _like(low, low * (high / low) ** fraction)
    return _like(low, low + (high - low) * fraction)


def points(spec: Spec) -> list[dict]:
    """Every point of the sweep, in a fixed order (seeded for random and LHS); a
    point drawn twice (random sampling of a list) is kept once."""
    keys = sorted(spec.parameters)
    if spec.method == "grid":
        grids = [_grid_values(spec.parameters[key]) for key in keys]
        return [dict(zip(keys, combo)) for combo in itertools.product(*grids)]
    rng = random.Random(spec.seed)
    if spec.method == "random":
        drawn = [{key: _sample(spec.parameters[key], rng.random()) for key in keys}
                 for _ in range(spec.points)]
    else:
        strata = {key: rng.sample(range(spec.points), spec.points) for key in keys}
        drawn = [{key: _sample(spec.parameters[key],
                               (strata[key][i] + rng.random()) / spec.points)
                  for key in keys} for i in range(spec.points)]
    return list({point_id(point): point for point in drawn}.values())


def point_id(point: dict) -> str:
    """A stable identity for a point (its parameter values)."""
    return ";".join(f"{key}={point[key]!r}" for key in sorted(point))


# --- evaluation ------------------------------------------------------------------------

def evaluate(spec: Spec, point: dict) -> dict:
    """Simulate one point on every workload; return its row (or its error).

    A user mistake (``SystolicError``) and, so that one point cannot end a
    long sweep, any other exception are recorded in the ``error`` column
    with the status ``failed``; a point outside the constraints is
    ``infeasible`` and its workloads are not simulated, and so is a point whose
    DRAM cannot hold a workload (``CapacityError``, refused before simulating)."""
    row = {"point": point_id(point), **point}
    try:
        hw = hardware.load(spec.base, point)
        chip = area.area_mm2(hw)
        sram = area.sram_mib(hw)
        row |= {"area_mm2": chip["total"], "sram_mib": sram}
        for bound, limit in spec.constraints.items():
            if row[bound] > limit:
                row |= {"status": "infeasible", "error": f"constraint {bound} <= {limit} "
                        f"violated ({row[bound]:.4g})"}
                return row
        row |= _workload_metrics(spec, hw)
        row |= {"status": "ok", "error": ""}
    except CapacityError as err:  # a machine too small for the workload: a result, not a bug
        row |= {"status": "infeasible", "error": _one_line(str(err))}
    except SystolicError as err:
        row |= {"status": "failed", "error": _one_line(str(err))}
    except Exception as err:  # noqa: BLE001 - a bug: recorded, counted, the sweep exits 1
        row |= {"status": "failed",
                "error": _one_line(f"internal error: {type(err).__name__}: {err}")}
    return row


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _workload_metrics(spec: Spec, hw: hardware.Hardware) -> dict:
    latency = joules = tokens = macs = slots = 0.0
    for workload in spec.workloads:
        weight = workload.get("weight", 1.0)
        run = simulate_model(hw, models.build(workload["model"], _run_spec(workload)),
                             record_timeline=False)
        figures = energy.summary(run)
        latency += weight * run.seconds
        joules += weight * figures["energy_j"]
        tokens += weight * run.model.tokens
        macs += run.macs
        slots += run.cycles * run.peak_macs_per_cycle
    return {"latency_s": latency, "energy_j": joules, "edp_js": latency * joules,
            "tokens_per_s": tokens / latency if latency else 0.0,
            "utilization": macs / slots if slots else 0.0}


# --- the results file ---------------------------------------------------------------------

def columns(spec: Spec) -> list[str]:
    """The CSV header."""
    return ["point", *sorted(spec.parameters), *METRICS, "status", "error", "spec_sha256"]


def existing_rows(spec: Spec, path: str | Path) -> dict[str, str]:
    """Point -> status of the rows already in ``path`` (none when it is missing
    or empty); a partial last line is dropped. ConfigError, naming the file,
    when it cannot take this spec's rows: another header or another hash."""
    path = Path(path)
    if path.is_dir():
        raise ConfigError(f"{path}: cannot write the results: it is a folder")
    if not path.parent.is_dir():
        raise ConfigError(f"{path}: cannot write the results: folder {str(path.parent)!r} "
                          f"does not exist")
    if not path.exists() or path.stat().st_size == 0:
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot append to it: not a readable sweep results "
                          f"file ({getattr(err, 'strerror', None) or 'not UTF-8'})") from None
    if not text.endswith("\n"):
        text = text[:text.rfind("\n") + 1]
        with path.open("r+b") as handle:
            handle.truncate(len(text.encode("utf-8")))
    return _rows_of(spec, path, text)


def _rows_of(spec: Spec, path: Path, text: str) -> dict[str, str]:
    if not text:
        return {}
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    if header != columns(spec):
        raise ConfigError(f"{path}: cannot append to it: its header is not this spec's "
                          f"columns ({_header_difference(header, columns(spec))}); "
                          f"write to another file")
    digest = spec_sha256(spec)
    found = {}
    for row in reader:
        record = dict(zip(header, row))
        if len(row) != len(header) or record["spec_sha256"] != digest:
            raise ConfigError(f"{path}: cannot append to it: its rows come from another "
                              f"spec (spec_sha256 {record.get('spec_sha256', '')[:12]!r}, "
                              f"this spec {digest[:12]!r}); write to another file")
        found[record["point"]] = record["status"]
    return found


def _header_difference(header: list[str], expected: list[str]) -> str:
    extra = [name for name in header if name not in expected]
    missing = [name for name in expected if name not in header]
    parts = ([f"has {', '.join(extra)}"] if extra else []) + \
        ([f"lacks {', '.join(missing)}"] if missing else [])
    return "; ".join(parts) or "the same names in another order"


def done_points(spec: Spec, path: str | Path) -> set[str]:
    """Points already in a results file (``existing_rows``)."""
    return set(existing_rows(spec, path))


def _line(header: list[str], row: dict) -> bytes:
    """One CSV row as a complete line (one convention: ``\n``)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([_cell(row.get(key, "")) for key in header])
    return buffer.getvalue().encode("utf-8")


def _cell(value: Any) -> Any:
    return f"{value:.9g}" if isinstance(value, float) else value


# --- execution --------------------------------------------------------------------------

def run(spec: Spec, output: str | Path, *, workers: int | None = None,
        dask_address: str | None = None,
        progress: Callable[[int, int], None] | None = None) -> Outcome:
    """Run the points not yet in ``output`` (module docstring); return what was done.

    ``progress(done, todo)`` is called after each row is written."""
    output = Path(output)
    header = columns(spec)
    existing = existing_rows(spec, output)
    every = points(spec)
    todo = [p for p in every if point_id(p) not in existing]
    ids = {point_id(p) for p in every}
    already = [status for point, status in existing.items() if point in ids]
    probed = [] if "ok" in existing.values() else _probe(spec, todo)
    digest = spec_sha256(spec)
    counts = dict.fromkeys(STATUSES, 0)
    fd = os.open(output, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        if os.fstat(fd).st_size == 0:
            os.write(fd, _line(header, dict(zip(header, header))))
        rest = _results(spec, todo[len(probed):], workers, dask_address)
        try:
            for count, row in enumerate(itertools.chain(probed, rest), start=1):
                os.write(fd, _line(header, row | {"spec_sha256": digest}))
                counts[row["status"]] += 1
                if progress:
                    progress(count, len(todo))
        finally:
            close = getattr(rest, "close", None)
            if close:
                close()
    finally:
        os.close(fd)
    return Outcome(len(todo), counts["failed"], counts["infeasible"], len(already),
                   already.count("failed"))


def _probe(spec: Spec, todo: list[dict]) -> list[dict]:
    """Rows of the first points, run here, up to the first one inside the
    constraints: ConfigError if that one fails (the spec likely fails everywhere)."""
    rows = []
    for point in todo:
        rows.append(evaluate(spec, point))
        if rows[-1]["status"] == "failed":
            raise ConfigError(f"{spec.source}: the first point ({rows[-1]['point']}) failed, "
                              f"so no point was run: {rows[-1]['error']}")
        if rows[-1]["status"] == "ok":
            break
    return rows


def _results(spec: Spec, todo: list[dict], workers: int | None,
             dask_address: str | None) -> Iterator[dict]:
    """Rows in point order, from local processes or a Dask cluster."""
    if not todo:
        return iter(())
    if dask_address:
        return _dask_results(spec, todo, dask_address)
    if workers == 1 or len(todo) == 1:
        return (evaluate(spec, point) for point in todo)
    return _pool_results(spec, todo, workers)


def _pool_results(spec: Spec, todo: list[dict], workers: int | None) -> Iterator[dict]:
    """Rows from a pool of local processes; on any exit before the end (Ctrl-C,
    an error), queued points are dropped and the workers stopped at once."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start,
                               initargs=(os.getpid(),))
    finished = False
    try:
        yield from pool.map(evaluate, itertools.repeat(spec), todo,
                            chunksize=max(1, len(todo) // (16 * (workers or 2))))
        finished = True
    except BrokenProcessPool:
        raise SystolicError("a worker process died (killed from outside, or by the system "
                            "for lack of memory?); the rows before it are kept and the same "
                            "command resumes") from None
    finally:
        if finished:
            pool.shutdown()
        else:
            _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Drop the queued points and end the workers now (Python 3.11 has no
    ``terminate_workers``; the pool's process table is read before shutdown clears it)."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C waits for this
    try:
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)
    finally:
        signal.signal(signal.SIGINT, previous)


def _worker_start(parent_pid: int) -> None:
    """A worker ignores Ctrl-C (its parent stops it) and dies with its parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux") and os.getppid() == parent_pid:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()


def _watch_parent(parent_pid: int) -> None:
    """End this process once ``parent_pid`` is gone (a worker's parent killed by SIGKILL)."""
    while True:
        if os.getppid() != parent_pid:
            os._exit(1)
        threading.Event().wait(PARENT_POLL_S)


def _dask_results(spec: Spec, todo: list[dict], address: str) -> Iterator[dict]:
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True) \
        if address == "local" else None
    try:
        with Client(cluster or address) as client:
            futures = client.map(evaluate, [spec] * len(todo), todo, pure=False)
            for future in futures:
                yield future.result()
    finally:
        if cluster is not None:
            cluster.close()


# --- analysis --------------------------------------------------------------------------

def read_results(path: str | Path) -> list[dict]:
    """Finished rows of a results file, numbers as floats."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path.name}: cannot read: no such file")
    rows = []
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("error"):
                continue
            rows.append({key: value if key in TEXT_COLUMNS else _number(value)
                         for key, value in row.items()})
    return rows


def _number(text: str):
    try:
        return float(text)
    except (TypeError, ValueError):
        return text


def pareto_front(rows: Iterable[dict], objectives: tuple[str, ...]) -> list[dict]:
    """Rows no other row beats on every objective (maximised ones flipped)."""
    rows = list(rows)

    def key(row: dict) -> tuple:
        return tuple(OBJECTIVE_SENSE[o] * row[o] for o in objectives)

    front = []
    for row in rows:
        mine = key(row)
        if not any(all(a <= b for a, b in zip(key(other), mine)) and key(other) != mine
                   for other in rows):
            front.append(row)
    return sorted(front, key=key)


def best(rows: list[dict], objective: str) -> dict:
    """The best row for one objective."""
    return min(rows, key=lambda row: OBJECTIVE_SENSE[objective] * row[objective])


def report_text(rows: list[dict], objectives: tuple[str, ...]) -> str:
    """Best point per objective and the Pareto front, as ``sweep-report`` prints them."""
    if not rows:
        return "no finished points"
    lines = [f"{len(rows)} finished points"]
    for objective in objectives:
        row = best(rows, objective)
        lines.append(f"best {objective:13s} {row[objective]:.4g}  at {row['point']}")
    front = pareto_front(rows, objectives)
    lines.append(f"Pareto front over {', '.join(objectives)} ({len(front)} points):")
    for row in front:
        figures = "  ".join(f"{o}={row[o]:.4g}" for o in objectives)
        lines.append(f"  {figures}  {row['point']}")
    return "\n".join(lines)

