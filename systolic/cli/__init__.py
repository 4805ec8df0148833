"""The ``systolic`` command line: a thin shell over the Python API; nothing imports it."""

from systolic.cli.shell import build_parser, main

__all__ = ["build_parser", "main"]
