"""Which engine runs an op alone: the compiled one for a long op, else the event loop.

A machine's first compiled run builds numba's cache (about a minute), and
loading numba costs a command a few tenths of a second, so only ops long
enough that the event loop would take ten seconds or more run compiled;
both give the same results (``engine/compiled.py``). This module imports
neither engine until it is asked.
"""

from __future__ import annotations

from systolic.mapping.schedule import Schedule

COMPILED_TILES = 500_000  # an op this long runs compiled (the loop: ten seconds or more)


def engine_for(schedule):
    """The engine class for ``schedule`` run alone."""
    if isinstance(schedule, Schedule) and schedule.tile_count >= COMPILED_TILES:
        from systolic.engine.compiled import Engine

        return Engine
    from systolic.engine import processes

    return processes.Engine
