"""The six labs, and one student's sheet of any of them drawn from a seed.

Why: an instructor hands every student the same six labs (``docs/labs/``)
with different numbers, so that answers cannot be copied, and grades them
without writing a harness of their own::

    systolic lab new 3 --seed s1234567 -o sheet.md    # sheet + answers template
    systolic lab grade 3 --seed s1234567 sheet-answers.toml
    systolic lab key 3 --seed s1234567                 # the instructor's key

``LABS`` names each lab and the module that draws its questions (one
module per lab); ``sheet`` checks the lab and seed, draws the numbers
(``seeded``) and lets the simulator answer. The same lab and seed always
give the same sheet and the same key.

The key is computed, never stored: it is what this version of the
simulator answers. A sheet graded with another version may differ where
the model changed.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Callable

from systolic.apps.labs import (lab1_dataflows, lab2_tiling, lab3_roofline, lab4_prefill_decode,
                                lab5_energy_quantization, lab6_design_space)
from systolic.apps.labs.records import Question, Sheet
from systolic.apps.labs.seeded import generator
from systolic.errors import ConfigError

LABS: dict[int, tuple[str, Callable[[random.Random], tuple[str, list[Question]]]]] = {
    1: ("Dataflows, fill and drain", lab1_dataflows.draw),
    2: ("Tiling, folds and mapping efficiency", lab2_tiling.draw),
    3: ("Memory bandwidth, stalls and the roofline", lab3_roofline.draw),
    4: ("Transformer prefill vs decode and the KV cache", lab4_prefill_decode.draw),
    5: ("Energy and quantization", lab5_energy_quantization.draw),
    6: ("A small design-space exploration", lab6_design_space.draw),
}


@lru_cache(maxsize=64)
def sheet(lab: int, seed: str) -> Sheet:
    """Lab ``lab``'s exercises for ``seed``, answers computed by the simulator."""
    if lab not in LABS:
        raise ConfigError(f"lab: expected one of {', '.join(map(str, LABS))}, got {lab!r}")
    if not isinstance(seed, str) or not seed.strip():
        raise ConfigError(f"seed: expected a non-empty text (a student ID), got {seed!r}")
    title, draw = LABS[lab]
    setup, questions = draw(generator(lab, seed))
    return Sheet(lab, seed, title, setup, tuple(questions))
