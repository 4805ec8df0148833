"""How much work a schedule may hold, estimated before it is built.

The engine moves one event per tile, and a run keeps every tile of an op
(its ``Tile`` record, its array work and block keys) and about two timeline
intervals per tile in memory at once. The number of tiles is known as soon
as the tile sizes are chosen, before any tile is built: a GEMM has
``batch x ceil(M/tm) x ceil(N/tn) x ceil(K/tk)``, fused attention one tile
per (batch, key/value head, query block, visible key block). So the memory
an op will take is estimated from that count, and an op past the budget is
refused in one line, saying how big it is and what to change, instead of
building tiles until the machine runs out of memory (``M = 10**12`` would
need 10**11 tiles).

The limit is a count of tiles, ``MAX_TILES``: above the largest op of the
shipped workloads (Llama-2-70B's causal attention over 131072 tokens,
2113536 tiles on ``tpu-v1``, 2105344 on ``tpu-v4-like``), which ran before
this limit existed and still runs. The bytes a tile costs are measured as
peak RSS over tiles (``/usr/bin/time``): 0.9 KB on a teach-8x8 GEMM, 1.5 KB
on an h100 GEMM (K slices, cluster sharers), 1.6 KB on fused attention; the
estimate takes the worst. So an op near the limit takes about 3.7 GiB, more
than the 2 GiB a run should use (issue 14): what a tile costs, not the
limit, is what must shrink for that (the engine's memory is the next issue's).

Not estimated here: the time a run takes (about 0.1 ms a tile on one core
of the development machine, so an op near the limit runs for minutes), and
the memory of a whole model run beyond its largest op (the timeline of every
op it records, ``simulate._run_chain``).
"""

from __future__ import annotations

from systolic.errors import ConfigError

BYTES_PER_TILE = 1600  # measured, the worst: fused attention's peak RSS a tile (docstring)
MAX_TILES = 2_500_000  # above the largest shipped workload's op, 2113536 tiles (docstring)


def _count(number: int) -> str:
    """A count as a user reads it: ``2,324,131`` or, past a billion, ``1e+30``."""
    return f"{number:,}" if number < 10**9 else f"{float(number):.3g}"


def _gib(tiles: int) -> str:
    """The memory ``tiles`` tiles take, in GiB (three significant digits)."""
    return f"{tiles * BYTES_PER_TILE / 2**30:.3g} GiB"


def check_tiles(what: str, tiles: int, remedy: str) -> None:
    """ConfigError when an op of ``tiles`` tiles would pass the memory budget;
    ``what`` names the op, ``remedy`` says what to change."""
    if tiles <= MAX_TILES:
        return
    raise ConfigError(f"{what} would need {_count(tiles)} tiles, about {_gib(tiles)} of "
                      f"memory; the limit is {_count(MAX_TILES)} tiles (about "
                      f"{_gib(MAX_TILES)}): {remedy}")
