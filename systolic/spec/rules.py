"""The rules that tie two fields of a machine description together.

The rest of the schema is the field declarations of ``hardware.py``; these
are checked on the raw description (defaults not yet filled in), each run
only while no other problem has been found, each returning its problems as
``[section] field: expected ..., got ...`` lines.
"""

from __future__ import annotations


def _shared_level_rule(raw: dict) -> list[str]:
    """A shared on-chip level needs a bandwidth."""
    memory = raw["memory"]
    if memory.get("shared_bytes", 0) > 0 and not memory.get("shared_bandwidth_bytes_per_s", 0) > 0:
        return ["[memory] shared_bandwidth_bytes_per_s: expected a positive number "
                "when shared_bytes > 0, got "
                f"{memory.get('shared_bandwidth_bytes_per_s', 0)!r}"]
    return []


def _default_dtype_rule(raw: dict) -> list[str]:
    """The default dtype is one of the supported ones."""
    dtypes = raw["dtypes"]
    if dtypes["default"] not in dtypes["supported"]:
        return [f"[dtypes] default: expected one of the supported dtypes "
                f"{dtypes['supported']}, got {dtypes['default']!r}"]
    return []


def _unified_buffer_rule(raw: dict) -> list[str]:
    """A unified buffer is modelled on a one-core chip: on several, the next op's
    tiles would read blocks that another core's buffer holds."""
    cores = raw.get("chip", {}).get("cores", 1)
    if raw.get("core", {}).get("sram", {}).get("unified_input", False) and cores != 1:
        return [f"[core.sram] unified_input: a unified buffer is modelled on one-core "
                f"chips only, got [chip] cores = {cores}"]
    return []


# Rules between fields, each run only while no problem has been found.
RULES = (_shared_level_rule, _default_dtype_rule, _unified_buffer_rule)
