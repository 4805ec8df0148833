"""Running a sweep: its points (grid, random, Latin hypercube), each point
evaluated on every workload, rows appended to the results file as points finish,
on local worker processes or a Dask cluster (``spec.py`` says what the file and
the processes promise)."""

from __future__ import annotations

import csv
import io
import itertools
import os
import random
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from systolic.apps.sweep.spec import METRICS, Spec, grid_values, run_spec, same_kind, spec_sha256
from systolic.cost import area, energy
from systolic.errors import CapacityError, ConfigError, SystolicError
from systolic.simulate import simulate_model
from systolic.spec import hardware, models

STATUSES = ("ok", "infeasible", "failed")
TEXT_COLUMNS = ("point", "status", "error", "spec_sha256")
PARENT_POLL_S = 0.5  # how often a worker checks that its parent is alive
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>: signal this process when its parent dies


@dataclass(frozen=True)
class Outcome:
    """What ``run`` did: points run now (of them failed and infeasible), and
    points of this spec already in the file (of them failed)."""

    ran: int
    failed: int
    infeasible: int
    already: int
    already_failed: int


# --- points -------------------------------------------------------------------------

def _sample(value: Any, fraction: float):
    """The value at ``fraction`` (0..1) of a parameter's range or list."""
    if isinstance(value, list):
        return value[min(len(value) - 1, int(fraction * len(value)))]
    low, high = value["min"], value["max"]
    if value.get("scale") == "log":
        return same_kind(low, low * (high / low) ** fraction)
    return same_kind(low, low + (high - low) * fraction)


def points(spec: Spec) -> list[dict]:
    """Every point of the sweep, in a fixed order (seeded for random and LHS); a
    point drawn twice (random sampling of a list) is kept once."""
    keys = sorted(spec.parameters)
    if spec.method == "grid":
        grids = [grid_values(spec.parameters[key]) for key in keys]
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
        run = simulate_model(hw, models.build(workload["model"], run_spec(workload)),
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
    from concurrent.futures import ProcessPoolExecutor  # the process machinery: only to run
    from concurrent.futures.process import BrokenProcessPool

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


def _stop(pool) -> None:
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
        import ctypes

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
