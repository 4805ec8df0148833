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
utilization, or the error that stopped it. Rows go to the CSV in point
order as points finish (one write and flush per row), so a killed sweep
leaves a valid file and re-running the same command skips the points it
already has. Points run on local processes, or on a Dask cluster
(``dask.distributed`` is the scheduler; nothing here schedules).
"""

from __future__ import annotations

import csv
import itertools
import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from systolic.cost import area, energy
from systolic.errors import ConfigError, SystolicError
from systolic.simulate import simulate_model
from systolic.spec import hardware, models, presets

METRICS = ("latency_s", "energy_j", "edp_js", "area_mm2", "sram_mib", "tokens_per_s",
           "utilization")
OBJECTIVE_SENSE = {"latency_s": 1, "energy_j": 1, "edp_js": 1, "area_mm2": 1, "sram_mib": 1,
                   "tokens_per_s": -1, "utilization": -1}
METHODS = ("grid", "random", "lhs")


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


# --- spec ---------------------------------------------------------------------------

def load_spec(path: str | Path) -> Spec:
    """Read and check a sweep spec; every problem names the file and key."""
    path = Path(path)
    raw = presets.read_toml(path)
    where = path.name
    base = raw.get("base")
    if not isinstance(base, str):
        raise ConfigError(f"{where}: base: expected a preset name or TOML path, got {base!r}")
    hardware.load(base)
    parameters = raw.get("parameters", {})
    if not isinstance(parameters, dict) or not parameters:
        raise ConfigError(f"{where}: [parameters]: expected at least one parameter")
    for key, value in parameters.items():
        _check_parameter(where, key, value)
    sampling = raw.get("sampling", {})
    method = sampling.get("method", "grid")
    if method not in METHODS:
        raise ConfigError(f"{where}: [sampling] method: expected one of {', '.join(METHODS)}, "
                          f"got {method!r}")
    points, seed = sampling.get("points", 0), sampling.get("seed", 0)
    if method != "grid" and (not isinstance(points, int) or points < 1):
        raise ConfigError(f"{where}: [sampling] points: expected a positive integer, "
                          f"got {points!r}")
    constraints = raw.get("constraints", {})
    for key, value in constraints.items():
        if key not in ("area_mm2", "sram_mib") or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: [constraints] {key}: expected area_mm2 or sram_mib "
                              f"with a number, got {value!r}")
    workloads = raw.get("workloads")
    if not isinstance(workloads, list) or not workloads:
        raise ConfigError(f"{where}: [[workloads]]: expected at least one workload")
    for index, workload in enumerate(workloads):
        _check_workload(where, index, workload)
    objectives = raw.get("objectives", {}).get("minimize", ["latency_s", "energy_j"])
    for objective in objectives:
        if objective not in METRICS:
            raise ConfigError(f"{where}: [objectives] minimize: expected names from "
                              f"{', '.join(METRICS)}, got {objective!r}")
    return Spec(where, base, parameters, method, points, seed, constraints, tuple(workloads),
                tuple(objectives))


def _check_parameter(where: str, key: str, value: Any) -> None:
    if isinstance(value, list) and value:
        return
    if isinstance(value, dict) and {"min", "max"} <= set(value) and \
            set(value) <= {"min", "max", "steps", "scale"} and \
            value.get("scale", "linear") in ("linear", "log") and \
            0 < value["min"] <= value["max"]:
        return
    raise ConfigError(f"{where}: [parameters] {key}: expected a non-empty list or "
                      f"{{min, max, steps, scale}} with 0 < min <= max, got {value!r}")


def _check_workload(where: str, index: int, workload: Any) -> None:
    if not isinstance(workload, dict) or "model" not in workload:
        raise ConfigError(f"{where}: workloads[{index}]: expected a table with a model")
    allowed = {"model", "phase", "batch", "seq", "kv_len", "dtype", "weight_dtype", "tp",
               "weight"}
    unknown = set(workload) - allowed
    if unknown:
        raise ConfigError(f"{where}: workloads[{index}] {sorted(unknown)[0]}: unknown field")
    models.build(workload["model"], _run_spec(workload))


def _run_spec(workload: dict) -> models.RunSpec:
    fields = {k: v for k, v in workload.items() if k not in ("model", "weight")}
    return models.RunSpec(**fields)


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
    """Every point of the sweep, in a fixed order (seeded for random and LHS)."""
    keys = sorted(spec.parameters)
    if spec.method == "grid":
        grids = [_grid_values(spec.parameters[key]) for key in keys]
        return [dict(zip(keys, combo)) for combo in itertools.product(*grids)]
    rng = random.Random(spec.seed)
    if spec.method == "random":
        return [{key: _sample(spec.parameters[key], rng.random()) for key in keys}
                for _ in range(spec.points)]
    strata = {key: rng.sample(range(spec.points), spec.points) for key in keys}
    return [{key: _sample(spec.parameters[key], (strata[key][i] + rng.random()) / spec.points)
             for key in keys} for i in range(spec.points)]


def point_id(point: dict) -> str:
    """A stable identity for a point (its parameter values)."""
    return ";".join(f"{key}={point[key]!r}" for key in sorted(point))


# --- evaluation ------------------------------------------------------------------------

def evaluate(spec: Spec, point: dict) -> dict:
    """Simulate one point on every workload; return its row (or its error)."""
    row = {"point": point_id(point), **point}
    try:
        hw = hardware.load(spec.base, point)
        chip = area.area_mm2(hw)
        sram = area.sram_mib(hw)
        row |= {"area_mm2": chip["total"], "sram_mib": sram}
        for bound, limit in spec.constraints.items():
            if row[bound] > limit:
                raise SystolicError(f"constraint {bound} <= {limit} violated ({row[bound]:.4g})")
        row |= _workload_metrics(spec, hw)
        row["error"] = ""
    except SystolicError as err:
        row["error"] = str(err)
    return row


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


# --- execution --------------------------------------------------------------------------

def columns(spec: Spec) -> list[str]:
    """The CSV header."""
    return ["point", *sorted(spec.parameters), *METRICS, "error"]


def done_points(path: Path) -> set[str]:
    """Points already in a results file (a partial last line is dropped)."""
    if not path.exists():
        return set()
    text = path.read_text()
    if text and not text.endswith("\n"):
        path.write_text(text[:text.rfind("\n") + 1])
    with path.open(newline="") as handle:
        return {row["point"] for row in csv.DictReader(handle)}


def run(spec: Spec, output: str | Path, *, workers: int | None = None,
        dask_address: str | None = None,
        progress: Callable[[int, int], None] | None = None) -> int:
    """Run the points not yet in ``output``; return how many were run."""
    output = Path(output)
    header = columns(spec)
    todo = [p for p in points(spec) if point_id(p) not in done_points(output)]
    new_file = not output.exists() or output.stat().st_size == 0
    with output.open("a", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore")
        if new_file:
            writer.writeheader()
            handle.flush()
        for count, row in enumerate(_results(spec, todo, workers, dask_address), start=1):
            writer.writerow({key: _cell(row.get(key, "")) for key in header})
            handle.flush()
            if progress:
                progress(count, len(todo))
    return len(todo)


def _cell(value: Any) -> Any:
    return f"{value:.9g}" if isinstance(value, float) else value


def _results(spec: Spec, todo: list[dict], workers: int | None,
             dask_address: str | None) -> Iterator[dict]:
    """Rows in point order, from local processes or a Dask cluster."""
    if not todo:
        return iter(())
    if dask_address:
        return _dask_results(spec, todo, dask_address)
    if workers == 1:
        return (evaluate(spec, point) for point in todo)
    return _pool_results(spec, todo, workers)


def _pool_results(spec: Spec, todo: list[dict], workers: int | None) -> Iterator[dict]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(evaluate, itertools.repeat(spec), todo,
                            chunksize=max(1, len(todo) // (16 * (workers or 2))))


def _dask_results(spec: Spec, todo: list[dict], address: str) -> Iterator[dict]:
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True) \
        if address == "local" else None
    with Client(cluster or address) as client:
        futures = client.map(evaluate, [spec] * len(todo), todo, pure=False)
        for future in futures:
            yield future.result()
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
            rows.append({key: _number(value) for key, value in row.items()})
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

