"""The ``systolic`` command line: a thin shell over the Python API; nothing imports it."""

from systolic.cli.shell import main

__all__ = ["main"]
