"""Which files a run read, by SHA-256: the inputs a result's provenance names.

A result says where it came from (``docs/results-schema.md``): the hash of
the bytes of the machine description, the model config and the trace it
read. The files are found by the loaders' own resolvers
(``presets.description_file``, ``configs.config_file``), so the hash always
covers the file that was loaded.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from systolic.spec import configs, presets


def input_digests(*, hardware: str | None = None, model: str | None = None,
                  trace: str | None = None, mapping: str | None = None) -> dict[str, str]:
    """SHA-256 of each input named: a preset name or TOML path, a shipped model
    name or config.json path, a trace (or topology CSV) path, a mapping file;
    names not given are left out."""
    files = {"hardware": hardware and presets.description_file(hardware),
             "model": model and configs.config_file(model), "trace": trace and Path(trace),
             "mapping": mapping and Path(mapping)}
    return {name: hashlib.sha256(file.read_bytes()).hexdigest()
            for name, file in files.items() if file}
