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

The budget is the 2 GiB of memory a run may use (issue 14); the bytes per
tile are measured (``tracemalloc`` of ``map_gemm`` and ``Engine.run`` on a
teach-8x8 GEMM of 32768 tiles: 614 B of schedule and 2 intervals of 155 B
a tile, 942 B at the peak). The largest op of the shipped workloads,
Llama-2-70B's causal attention over 131072 tokens on ``tpu-v4-like``, has
2105344 tiles, under the limit of 2324116.

Not estimated here: the time a run takes (about 0.1 ms a tile on one core
of the development machine), and the memory of a whole model run, which
the chain of ops (``simulate._run_chain``) bounds by reusing identical ops.
"""

from __future__ import annotations

from systolic.errors import ConfigError

SCHEDULE_BYTES_PER_TILE = 614  # measured: a Tile, its ArrayWork and block keys (docstring)
TIMELINE_BYTES_PER_TILE = 2 * 155  # measured: two recorded intervals of 155 B a tile
BYTES_PER_TILE = SCHEDULE_BYTES_PER_TILE + TIMELINE_BYTES_PER_TILE
MAX_WORK_BYTES = 2 * 2**30  # the 2 GiB a run may use (issue 14's ceiling)
MAX_TILES = MAX_WORK_BYTES // BYTES_PER_TILE  # 2324116 tiles in one op


def _count(number: int) -> str:
    """A count as a user reads it: ``2,324,131`` or, past a billion, ``1e+30``."""
    return f"{number:,}" if number < 10**9 else f"{float(number):.3g}"


def check_tiles(what: str, tiles: int, remedy: str) -> None:
    """ConfigError when an op of ``tiles`` tiles would pass the memory budget;
    ``what`` names the op, ``remedy`` says what to change."""
    if tiles <= MAX_TILES:
        return
    gib = tiles * BYTES_PER_TILE / 2**30
    raise ConfigError(f"{what} would need {_count(tiles)} tiles, about {gib:.3g} GiB of "
                      f"schedule and timeline; the limit is {_count(MAX_TILES)} tiles "
                      f"({MAX_WORK_BYTES // 2**30} GiB): {remedy}")
