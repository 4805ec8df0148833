"""Field checks: one vocabulary for every value a user writes.

A check is a predicate and the phrase that completes "expected ...", so a
value is refused in the same words wherever it comes from, a hardware TOML
file, a trace line or a command-line option::

    tpu-v1.toml: [array] rows: expected a positive integer, got 0
    trace.jsonl:3: M: expected a positive integer, got 0
    systolic: error: argument -M: expected a positive integer, got '0'

A check may also say how an accepted value becomes a record's value
(``convert``: TOML lists to tuples, say); by default it is kept as written.

``spec_field`` declares a field of a frozen spec dataclass once: its check,
unit, a line of help and its default, kept in the field's ``metadata``.
``schema.py`` walks ``dataclasses.fields`` to derive validation, defaults,
construction and the commented defaults of ``systolic presets show``.

Not here: what a field means (the spec modules), the file, line and key-path
prefixes of messages (their callers), and rules that tie fields together.
This module imports only the standard library, so the CLI can use it without
loading the simulator.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any, Callable, Iterable


def _as_written(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Check:
    """A rule for one value: ``accepts(value)``, and what it expects in words.

    ``least`` is the simplest value it accepts (None: the empty value of the
    field's type): what a field takes when it is blanked out of a cache key,
    so that a blanked description is still a valid one.
    """

    expected: str
    accepts: Callable[[Any], bool]
    convert: Callable[[Any], Any] = _as_written
    least: Any = None

    def __call__(self, value: Any) -> bool:
        return self.accepts(value)

    def message(self, value: Any) -> str:
        """``expected <phrase>, got <value>``: the tail of every refusal."""
        return f"expected {self.expected}, got {value!r}"


@dataclass(frozen=True)
class BoundedCheck(Check):
    """A ``Check`` with a valid range: a value the base rule accepts must also
    lie in ``[low, high]`` (None: unbounded; NaN lies in no range). ``why``
    says where the bounds come from; a value out of range is refused with
    the range and the reason, one that fails the base rule as before::

        tpu-v1.toml: [chip] clock_hz: expected a number from 1e+06 to 1e+11
        (1 MHz to 100 GHz: ...), got 1e-30
    """

    base: Check = None  # type: ignore[assignment]
    low: float | None = None
    high: float | None = None
    why: str = ""
    unlimited: bool = False  # ``inf`` is accepted too: it means "no limit"

    def message(self, value: Any) -> str:
        """The base rule's message, or the range's when only the range is missed."""
        if not self.base(value):
            return self.base.message(value)
        return f"expected {self.range_words()} ({self.why}), got {value!r}"

    def range_words(self) -> str:
        """``a number from LOW to HIGH`` (or ``at least`` / ``at most``)."""
        noun = "an integer" if self.base.expected.endswith("integer") else "a number"
        low, high = _bound_text(self.low), _bound_text(self.high)
        tail = " or inf for no limit" if self.unlimited else ""
        if self.low is not None and self.high is not None:
            return f"{noun} from {low} to {high}{tail}"
        if self.low is not None:
            return f"{noun} of at least {low}{tail}"
        return f"{self.base.expected} of at most {high}{tail}"


def _bound_text(bound: float | None) -> str:
    """A bound as a user reads it: an int in full, a float as ``1e+11`` (or whole)."""
    if bound is None or isinstance(bound, int):
        return str(bound)
    return str(int(bound)) if bound.is_integer() and abs(bound) < 1e7 else f"{bound:g}"


def bounded(check: Check, low: float | None = None, high: float | None = None,
            why: str = "", *, unlimited: bool = False) -> BoundedCheck:
    """``check`` restricted to ``[low, high]``; ``why`` gives the bounds' source.
    ``unlimited``: ``inf`` passes too (an idealised part: "no limit")."""
    assert why, "a bound says where it comes from"

    def accepts(value: Any) -> bool:
        return check(value) and (_within(value, low, high) or unlimited and value == math.inf)

    return BoundedCheck(check.expected, accepts, check.convert, check.least, base=check,
                        low=low, high=high, why=why, unlimited=unlimited)


def _within(value: Any, low: float | None, high: float | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)


def _number(value: Any) -> bool:
    """An int or float, not a bool (TOML's and JSON's numbers)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


POSITIVE_INT = Check("a positive integer", lambda v: _integer(v) and v > 0, least=1)
NON_NEGATIVE_INT = Check("a non-negative integer", lambda v: _integer(v) and v >= 0)
POSITIVE_NUMBER = Check("a positive number", lambda v: _number(v) and v > 0)
NON_NEGATIVE_NUMBER = Check("a non-negative number", lambda v: _number(v) and v >= 0)
# A command-line factor or size: ``inf`` is refused there (a file may say ``inf``).
FINITE_POSITIVE_NUMBER = Check("a positive number",
                               lambda v: _number(v) and v > 0 and not math.isinf(v))
TEXT = Check("a string", lambda v: isinstance(v, str))
NON_EMPTY_TEXT = Check("a non-empty string", lambda v: isinstance(v, str) and v != "")
BOOLEAN = Check("true or false", lambda v: isinstance(v, bool))

# The size of one dimension of an op (M, N, K, rows, tokens, hidden, vocab, ...)
# and of the CLI's sizes: 2**31, the largest extent an int32 index (cuBLAS's,
# PyTorch's kernels) addresses, far past any model's (vocabularies 256 Ki,
# contexts 10 Mi). Larger ones overflow floats and memory before any answer.
MAX_DIMENSION = 2**31
DIMENSION = bounded(POSITIVE_INT, high=MAX_DIMENSION,
                    why="2**31, the largest extent an int32 index addresses")
TABLE = Check("a table", lambda v: isinstance(v, dict))


def one_of(options: Iterable[str]) -> Check:
    """A value among ``options``, listed in the message in their order."""
    options = tuple(options)
    return Check(f"one of {', '.join(options)}", lambda v: v in options, least=options[0])


def from_text(text: str, parse: Callable[[str], Any], check: Check) -> Any:
    """``parse(text)`` if it parses and passes ``check``; else ValueError whose
    text is ``check.message(text)`` (the text as the user typed it)."""
    try:
        value = parse(text)
    except ValueError:
        raise ValueError(check.message(text)) from None
    if not check(value):
        if isinstance(check, BoundedCheck) and check.base(value):
            raise ValueError(check.message(value))  # out of range: the range, the value
        raise ValueError(check.message(text))
    return value


# --- declaring a spec dataclass's fields ----------------------------------------

@dataclass(frozen=True)
class FieldSpec:
    """What ``spec_field`` records about one field (see its docstring)."""

    check: Check
    unit: str
    help: str
    default: Any                     # as a file writes it (MISSING: required)
    convert: Callable[[Any], Any]
    key: str | None                  # key path in the file, if not the field's name
    same_as: str | None              # a None default takes this sibling's value
    in_file: bool                    # False: supplied by the loader, not the file
    rest: Callable[[], Iterable[str]] | None  # the section's other keys, drawn from these
    rest_label: str
    arrays_only: bool = False        # no vector-unit or link op reads it


METADATA_KEY = "systolic.spec"


def spec_field(check: Check, unit: str = "", help: str = "",  # noqa: A002 - the field's help
               default: Any = dataclasses.MISSING, *, key: str | None = None,
               convert: Callable[[Any], Any] | None = None, same_as: str | None = None,
               in_file: bool = True, rest: Callable[[], Iterable[str]] | None = None,
               rest_label: str = "", kw_only: bool = False,
               arrays_only: bool = False) -> Any:
    """A dataclass field declared once, with everything a loader needs.

    ``check`` validates the value as written; ``convert`` (default: the
    check's) turns it into the record's value, and the record's default is
    ``convert(default)`` (``default`` is given as the file would write it;
    left out, the field is required). ``unit`` and ``help`` describe it to
    users. ``key``: its key path in the file when that is not the field's
    name (``"dtypes.supported"``). ``same_as``: a ``None`` default means the
    value of that sibling field. ``in_file=False``: the loader supplies it.
    ``rest``: the field collects the section's remaining keys, which must be
    among ``rest()`` (``rest_label`` names them in the message), each value
    passing ``check``. ``arrays_only``: only work on the arrays (GEMMs,
    attention) depends on the field, so vector-unit and link ops are
    simulated, and their results shared, on a copy with it blanked
    (``hardware.without_arrays``; ``tests/test_simulate.py`` varies each one).
    """
    convert = convert or check.convert
    spec = FieldSpec(check, unit, help, default, convert, key, same_as, in_file, rest,
                     rest_label, arrays_only)
    record_default = default
    if default is not dataclasses.MISSING and default is not None:
        record_default = convert(default)
    return dataclasses.field(default=record_default, kw_only=kw_only,
                             metadata={METADATA_KEY: spec})


def declared(field: dataclasses.Field, owner: type) -> FieldSpec:
    """The declaration of ``field`` of class ``owner``; TypeError if it has none."""
    spec = field.metadata.get(METADATA_KEY)
    if not isinstance(spec, FieldSpec) or not spec.help:
        raise TypeError(f"{owner.__name__}.{field.name}: declared without spec_field "
                        f"(a check, a unit and a line of help)")
    return spec
