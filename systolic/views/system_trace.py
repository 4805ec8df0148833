"""A run on a system as one Perfetto trace: the chip simulated, the pipeline's stages,
the network's levels.

Beside the simulated chip's units (``report.perfetto_trace``: a process per
core, a thread per unit), two processes:

- ``pipeline``: a thread per stage, named with its chips; a slice per
  micro-batch in the slot the GPipe order gives it (stage ``s`` runs
  micro-batch ``m`` in slot ``s + m``), then the hand-over of its
  activations to the next stage (with the bytes it sends along each level);
- ``network``: a thread per level of the network the chip's collectives
  use; each collective of the chip's timeline is a slice on every level it
  sends along, with its bytes there.

Chips that do identical work share a track: they are simulated once.
"""

from __future__ import annotations

import json
import os

from systolic.views import files, report

# A result is an apps/parallel.LayoutResult (views sit below apps: read by its fields).
PIPELINE_PID, NETWORK_PID = 1 << 20, (1 << 20) + 1


def system_trace(result) -> dict:
    """The chip's trace with the pipeline and network processes added (module docstring)."""
    trace = report.perfetto_trace(result.chip)
    trace["traceEvents"] += _pipeline_events(result) + _network_events(result)
    trace["otherData"].update(system=result.system, layout=result.layout.label)
    return trace


def write_system_trace(result, path: str | os.PathLike) -> None:
    """Write ``system_trace`` (atomically); open it in ui.perfetto.dev."""
    files.atomic_write(path, json.dumps(system_trace(result)) + "\n")


def _pipeline_events(result) -> list[dict]:
    layout = result.layout
    stage_chips = result.chips // layout.pp
    slot_us, send_us = result.stage_s * 1e6, result.handover_s * 1e6
    sent = {use.level: use.bytes for use in result.link_uses if use.op == "stage_send"}
    events = [_name("process_name", PIPELINE_PID, None, "pipeline (one track a stage)")]
    for stage in range(layout.pp):
        first = stage * stage_chips
        events.append(_name("thread_name", PIPELINE_PID, stage,
                            f"stage {stage}: chips {first}-{first + stage_chips - 1}"))
        last = stage == layout.pp - 1
        for micro in range(layout.microbatches):
            start = (stage + micro) * slot_us
            work = slot_us - (0 if last else send_us)
            events.append(_slice(f"micro-batch {micro}", "stage", PIPELINE_PID, stage,
                                 start, work, {"micro_batch": micro}))
            if not last:
                events.append(_slice("hand-over", "link", PIPELINE_PID, stage, start + work,
                                     send_us, {"bytes_by_level": sent}))
    return events


def _network_events(result) -> list[dict]:
    to_us = 1e6 / result.chip.clock_hz
    levels = list(dict.fromkeys(use.level for use in result.link_uses
                                if use.op != "stage_send"))
    if not levels:
        return []
    events = [_name("process_name", NETWORK_PID, None, "network (one track a level)")]
    events += [_name("thread_name", NETWORK_PID, tid, level) for tid, level in
               enumerate(levels)]
    for interval in result.chip.timeline:
        for use in (u for u in result.link_uses if u.op == interval.op):
            events.append(_slice(interval.op, "link", NETWORK_PID, levels.index(use.level),
                                 interval.start * to_us, (interval.end - interval.start) * to_us,
                                 {"bytes": use.bytes}))
    return events


def _name(kind: str, pid: int, tid: int | None, name: str) -> dict:
    event = {"ph": "M", "name": kind, "pid": pid, "args": {"name": name}}
    return event if tid is None else event | {"tid": tid}


def _slice(name: str, category: str, pid: int, tid: int, start_us: float, length_us: float,
           args: dict) -> dict:
    return {"ph": "X", "name": name, "cat": category, "pid": pid, "tid": tid, "ts": start_us,
            "dur": length_us, "args": args}
