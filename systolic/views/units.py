"""Quantities as reports print them."""

from __future__ import annotations


def si(value: float, unit: str) -> str:
    """``value`` with an SI prefix: 1.5e-6 s -> '1.500 us', 2.1e9 B -> '2.100 GB'."""
    for prefix, scale in (("T", 1e12), ("G", 1e9), ("M", 1e6), ("k", 1e3), ("", 1.0),
                          ("m", 1e-3), ("u", 1e-6), ("n", 1e-9)):
        if abs(value) >= scale:
            return f"{value / scale:.3f} {prefix}{unit}"
    return f"{value:.3g} {unit}"
