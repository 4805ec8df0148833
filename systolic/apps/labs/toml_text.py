"""TOML text written by hand: the values of answer files and lab 6's sweep spec.

Why: the standard library reads TOML (``tomllib``) but does not write it,
and a lab hands out TOML files a student edits: an answers template, the
key in the same format, and a sweep spec for ``systolic sweep``. Only what
those files hold is written: strings, ints, floats (at six significant
figures, as a report shows them) and flat lists. Not provided: tables
nested in values, dates, multi-line strings.
"""

from __future__ import annotations

from systolic.apps import sweep


def toml_value(value: object) -> str:
    """``value`` as a TOML literal (floats rounded to six significant figures)."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, float):
        return repr(float(f"{value:.6g}"))
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return str(value)


def spec_toml(spec: sweep.Spec) -> str:
    """A sweep spec as the TOML ``systolic sweep`` reads (lab 6 hands it out)."""
    lines = [f"base = {toml_value(spec.base)}", "", "[parameters]"]
    lines += [f'"{key}" = {toml_value(values)}' for key, values in spec.parameters.items()]
    lines += ["", "[constraints]"] + [f"{k} = {toml_value(v)}"
                                      for k, v in spec.constraints.items()]
    lines += ["", "[[workloads]]"] + [f"{k} = {toml_value(v)}"
                                      for k, v in spec.workloads[0].items()]
    lines += ["", "[objectives]", f"minimize = {toml_value(list(spec.objectives))}"]
    return "\n".join(lines) + "\n"
