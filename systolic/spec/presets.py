"""The files shipped in ``spec/presets/``, and reading TOML.

The package carries two kinds of data file: machine presets
(``presets/NAME.toml``, one machine each) and energy tables
(``presets/energy/TABLE.toml``, pJ per action and W of leakage at one
technology node). This module finds them by name, returns their text or
entries, and turns TOML text into a dict, a malformed file or an unknown
name becoming a one-line ``ConfigError`` that names it::

    mine.toml: malformed TOML: Expected ']' at the end of a table declaration ...

Not here: what the keys mean or whether their values are valid (the
dataclasses of ``hardware.py`` and the walk of ``schema.py``), nor building
a machine (``hardware.load``). This module imports nothing of the
simulator's but ``errors``, so the dataclasses can ask it which energy
tables exist without importing the loader that builds them.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

from systolic.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


def _folder():
    """The package folder of the shipped presets."""
    return resources.files("systolic.spec") / "presets"


def _toml_names(folder) -> list[str]:
    """Sorted names of the ``*.toml`` files in ``folder``, without the suffix."""
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml"))


# --- energy tables --------------------------------------------------------------

def energy_table_names() -> list[str]:
    """Names of the shipped energy tables (``presets/energy/*.toml``)."""
    return _toml_names(_folder() / "energy")


def energy_table(name: str) -> dict[str, float]:
    """The entries (pJ, W) of a shipped energy table (a fresh dict each call)."""
    return dict(_energy_entries(name))


@lru_cache(maxsize=None)
def _energy_entries(name: str) -> tuple[tuple[str, float], ...]:
    """A table's file parsed once per process: every op's energy reads it."""
    text = (_folder() / "energy" / f"{name}.toml").read_text()
    return tuple((k, float(v)) for k, v in tomllib.loads(text).items() if k != "name")


def energy_entry_names() -> set[str]:
    """Entry names every energy table has."""
    return set(energy_table("45nm"))


# --- machine presets ------------------------------------------------------------

def preset_names() -> list[str]:
    """Names of the presets shipped with the package, sorted."""
    return _toml_names(_folder())


def preset_file_text(name: str) -> str:
    """The text of the file of preset ``name``."""
    return preset_file(name).read_text()


def preset_file(name: str):
    """The shipped file of preset ``name`` (a one-line error for an unknown name)."""
    if name not in preset_names():
        raise ConfigError(f"preset: expected one of {', '.join(preset_names())} "
                          f"or a path to a .toml file, got {name!r}")
    return _folder() / f"{name}.toml"


def description_file(name_or_path: str):
    """The file a description names: a TOML path as given, or a shipped preset."""
    path = Path(name_or_path)
    if path.suffix == ".toml" or path.exists():
        return path
    return preset_file(name_or_path)


def read_text(path: str | Path, label: str | None = None,
              error: type[Exception] = ConfigError) -> str:
    """A user's text file; one that cannot be read, or is not UTF-8 text, is
    one ``error`` naming it (``label``, default the file's name)."""
    path = Path(path)
    label = label or path.name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise error(f"{label}: cannot read: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise error(f"{label}: cannot read: not UTF-8 text") from None


def read_description(name_or_path: str) -> tuple[str, str]:
    """(text, source label) for a preset name or a TOML path."""
    file = description_file(name_or_path)
    return read_text(file, name_or_path), file.name


# --- TOML -----------------------------------------------------------------------

def parse(text: str, source: str) -> dict:
    """TOML text -> dict, with the parser's complaint as a one-line ConfigError."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{source}: malformed TOML: {err}") from None


def read_toml(path: str | Path) -> dict:
    """A TOML file as a dict; an unreadable or malformed file is one line naming it."""
    path = Path(path)
    return parse(read_text(path), path.name)
