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

import difflib
import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from systolic.errors import ConfigError, SystolicError
from systolic.spec import hardware, models, presets
from systolic.spec.fields import METADATA_KEY

METRICS = ("latency_s", "energy_j", "edp_js", "area_mm2", "sram_mib", "tokens_per_s",
           "utilization")
OBJECTIVE_SENSE = {"latency_s": 1, "energy_j": 1, "edp_js": 1, "area_mm2": 1, "sram_mib": 1,
                   "tokens_per_s": -1, "utilization": -1}
METHODS = ("grid", "random", "lhs")
MAX_POINTS = 100_000  # ~2 h at benchmarks/sweep.py's ~16 points/s on 2 cores
SPEC_KEYS = ("base", "parameters", "sampling", "constraints", "workloads", "objectives")
SAMPLING_KEYS = ("method", "points", "seed")
RANGE_KEYS = ("min", "max", "steps", "scale")
WORKLOAD_KEYS = ("model", "phase", "batch", "seq", "kv_len", "dtype", "weight_dtype", "tp",
                 "weight")


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
    """Read and check a whole sweep spec; every problem names the file and key."""
    path = Path(path)
    where = path.name
    raw = presets.read_toml(path)
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
        return grid_values(value) if method == "grid" else [value["min"], value["max"]]
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
        models.build(workload["model"], run_spec(workload))
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


def run_spec(workload: dict) -> models.RunSpec:
    fields = {k: v for k, v in workload.items() if k not in ("model", "weight")}
    return models.RunSpec(**fields)


def spec_sha256(spec: Spec) -> str:
    """SHA-256 of what a row depends on beyond its parameter values (module docstring)."""
    base_text, _ = presets.read_description(spec.base)
    facts = {"base": hashlib.sha256(base_text.encode()).hexdigest(),
             "constraints": spec.constraints, "workloads": list(spec.workloads)}
    return hashlib.sha256(json.dumps(facts, sort_keys=True, default=repr).encode()).hexdigest()


def grid_values(value: Any) -> list:
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
    return [same_kind(low, v) for v in values]


def same_kind(example: Any, value: float):
    return int(round(value)) if isinstance(example, int) else value
