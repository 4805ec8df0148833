"""The ``systolic`` command line: a thin shell over the Python API; nothing imports it."""

import sys

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C


def main(argv: list[str] | None = None) -> int:
    """The console script: the shell is imported here, so that a Ctrl-C while
    its modules load ends with one line, as one while it runs does."""
    try:
        from systolic.cli.shell import main as run
    except KeyboardInterrupt:
        print("systolic: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return run(argv)


__all__ = ["main"]
