"""Files written whole or not at all: a temporary beside the target, renamed on success.

A reader never sees half a file, and a failed write leaves nothing: the
temporary is removed. A run killed mid-write cannot remove its own, so
temporaries of our naming (``TEMPORARY_MARK``) beside a target that are older
than ``STALE_TEMPORARY_S`` are removed before the next write there.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

TEMPORARY_MARK = ".systolic-tmp-"  # in the names of atomic_path's temporaries, ours alone
STALE_TEMPORARY_S = 3600.0  # an hour: a temporary older than this is a killed write's


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[str]:
    """A temporary file beside ``path`` to write, renamed onto ``path`` on success.

    It is named ``.NAME.systolic-tmp-XXXXXXXX.SUFFIX`` (``NAME`` the target's
    name, ``SUFFIX`` its suffix, for writers that pick a format from it:
    matplotlib, Pillow); on an error it is removed. A run killed mid-write
    cannot remove its own, so temporaries of this naming beside the target
    older than ``STALE_TEMPORARY_S`` are removed before writing.
    """
    target = Path(path)
    prefix = f".{target.name}{TEMPORARY_MARK}"
    _remove_stale_temporaries(target.parent, prefix, target.suffix)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=prefix,
                                         suffix=target.suffix)
    os.close(handle)
    try:
        yield temporary
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; give the usual mode
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _remove_stale_temporaries(folder: Path, prefix: str, suffix: str) -> None:
    """Remove ``folder/PREFIX*SUFFIX`` files last modified over ``STALE_TEMPORARY_S``
    ago: left by killed writes (a live write touches its file within that time)."""
    cutoff = time.time() - STALE_TEMPORARY_S
    for stale in folder.glob(f"{glob.escape(prefix)}*{glob.escape(suffix)}"):
        with contextlib.suppress(OSError):  # another process removed it, or not ours to remove
            if stale.is_file() and stale.stat().st_mtime < cutoff:
                stale.unlink()


def atomic_write(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename."""
    with atomic_path(path) as temporary, open(temporary, "w") as stream:
        stream.write(text)
