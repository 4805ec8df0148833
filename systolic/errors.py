"""The one exception family users see.

Every mistake a user can make (a bad TOML field, an unknown preset, a
non-positive GEMM dimension, a malformed trace line) raises a
``SystolicError`` whose message is one line naming where the problem is
(file, line, field), the rule and the value: ``"tpu-v4.toml: [array] rows:
expected a positive integer, got 0"``. ``cli.main`` turns it into that line
on stderr and exit code 2; nothing else in the library prints.
"""


class SystolicError(Exception):
    """A user-facing error; its message is one line."""


class ConfigError(SystolicError):
    """A hardware description or a command-line value is invalid."""


class TraceError(SystolicError):
    """A workload trace or topology file is malformed."""


class CapacityError(SystolicError):
    """A model run needs more DRAM per chip than the machine has (``spec/capacity.py``)."""


def describe(where: str, field: str, expected: str, got: object) -> str:
    """The canonical one-line message: ``where: field: expected X, got Y``."""
    return f"{where}: {field}: expected {expected}, got {got!r}"
