"""Numbers for one student's sheet, drawn from the lab number and a seed.

Why: every student gets the same labs with different numbers, so answers
cannot be copied, and the instructor can redraw any sheet from the seed
alone. The lab number and the seed (any text, e.g. a student ID) are hashed
with SHA-256, which is stable across runs, machines and Python versions
(``hash()`` is salted per process), into the seed of a ``random.Random``;
only its ``random()`` method is used, the one whose sequence Python
guarantees across versions. The same lab and seed always give the same
numbers. Not provided: any other distribution (``randint``, ``choice`` and
``shuffle`` may change between Pythons).
"""

from __future__ import annotations

import hashlib
import random

HASH_BYTES = 8              # 64 bits of the SHA-256 digest seed the generator


def generator(lab: int, seed: str) -> random.Random:
    """The generator of lab ``lab``'s sheet for ``seed``."""
    digest = hashlib.sha256(f"systolic-lab-{lab}:{seed}".encode()).digest()
    return random.Random(int.from_bytes(digest[:HASH_BYTES], "big"))


def pick(rng: random.Random, options: tuple):
    """One of ``options``, drawn with ``random()`` only (stable across Pythons)."""
    return options[int(rng.random() * len(options))]


def between(rng: random.Random, low: int, high: int, step: int = 1) -> int:
    """An integer in ``low..high`` (inclusive) on a grid of ``step``."""
    return pick(rng, tuple(range(low, high + 1, step)))


def sample(rng: random.Random, options: tuple, count: int) -> list:
    """``count`` different options, drawn with ``random()`` only."""
    left, chosen = list(options), []
    for _ in range(count):
        chosen.append(left.pop(int(rng.random() * len(left))))
    return chosen


def gemm_shape(rng: random.Random, low: int, high: int, step: int = 1) -> tuple[int, int, int]:
    """A GEMM's (M, N, K), each ``between(low, high, step)``."""
    return tuple(between(rng, low, high, step) for _ in range(3))


def fewest(values: dict[str, float]) -> tuple[str, tuple[str, ...]]:
    """(first best key, every key tied for the smallest value)."""
    low = min(values.values())
    tied = tuple(key for key, value in values.items() if value == low)
    return tied[0], tied
