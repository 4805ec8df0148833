"""matplotlib, imported on first use with its Agg backend (no display needed).

Importing pyplot costs about a quarter of a second; most commands draw no
figure, so the modules that draw ask for it here, inside the function that
draws, instead of at their top.
"""

from __future__ import annotations

from functools import cache


@cache
def pyplot():
    """``matplotlib.pyplot``, on the Agg backend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt
