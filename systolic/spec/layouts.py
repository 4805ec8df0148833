"""How a model run is spread over a system's chips: the parallelism layout.

A layout is ``tp=8,pp=2,dp=4,ep=4,sp=on,mb=4`` on the command line, or the
same keys in a TOML file (``systolic plan`` writes one per layout)::

    tp = 8            # tensor parallel: heads and FFN sharded (Megatron 1D)
    tpx = 2           # 2D tensor parallel: the tp group as a tpx x (tp / tpx) grid
    cp = 2            # context parallel (prefill): each prompt split over a ring
    pp = 2            # pipeline parallel: stages of consecutive layers
    dp = 4            # data parallel: replicas, each a share of the batch
    ep = 4            # expert parallel (MoE), drawn from the replicas
    sp = true         # sequence parallel: norms and adds on 1 / tp of the tokens
    microbatches = 4  # the pipeline's micro-batches ("mb" on the command line)
    vp = 2            # train: interleaved 1F1B, each chip runs vp chunks of its stage's layers

``tp x cp x pp x dp`` chips run the model. Chips are numbered as Megatron-LM
orders its ranks: tensor-parallel groups on consecutive chips (the
innermost axes of the network), then the context-parallel rings, then the
data-parallel replicas (an expert-parallel group is ``ep`` consecutive
replicas), then the pipeline stages on the outermost axes. ``groups`` gives each group's place as
(stride, size); ``spec/systems.group_network`` turns it into the axes its
collectives run over.

Within a 2D tensor-parallel group (``tpx``) the ``tp / tpx`` chips of a grid
row are consecutive (the ``tpy`` axis), the rows ``tp / tpx`` apart (``tpx``).

Not here: what a layout does to the ops (``spec/models.py``), how the
stages are timed (``parallel.py``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from systolic.errors import ConfigError
from systolic.spec.fields import DIMENSION
from systolic.spec.presets import parse, read_text

KEYS = {"tp": "tp", "tpx": "tpx", "cp": "cp", "pp": "pp", "dp": "dp", "ep": "ep", "sp": "sp",
        "mb": "microbatches", "microbatches": "microbatches", "vp": "vp"}


@dataclass(frozen=True)
class Layout:
    """Parallel degrees of a run (module docstring)."""

    tp: int = 1
    pp: int = 1
    dp: int = 1
    ep: int = 1
    sp: bool = False
    microbatches: int = 1
    cp: int = 1
    tpx: int = 1
    vp: int = 1  # virtual stages a chip (Megatron's interleaved schedule); 1: plain 1F1B

    @property
    def chips(self) -> int:
        return self.tp * self.cp * self.pp * self.dp

    @property
    def groups(self) -> dict[str, tuple[int, int]]:
        """Each group's (stride between members, members), in chips."""
        ring = self.tp * self.cp
        rows = self.tp // self.tpx
        return {"tp": (1, self.tp), "tpy": (1, rows), "tpx": (rows, self.tpx),
                "cp": (self.tp, self.cp), "ep": (ring, self.ep),
                "dp": (ring, self.dp), "pp": (ring * self.dp, self.pp)}

    @property
    def label(self) -> str:
        """``tp=8,pp=2,dp=1,ep=1,sp=off,mb=4``: the command-line form, every key
        (``tpx=N`` and ``cp=N`` after ``tp``, ``vp=N`` at the end, where they are
        used, ``N > 1``)."""
        extra = (f",tpx={self.tpx}" if self.tpx > 1 else "") + \
            (f",cp={self.cp}" if self.cp > 1 else "")
        return (f"tp={self.tp}{extra},pp={self.pp},dp={self.dp},ep={self.ep},"
                f"sp={'on' if self.sp else 'off'},mb={self.microbatches}"
                + (f",vp={self.vp}" if self.vp > 1 else ""))

    def toml(self) -> str:
        """The layout as a TOML file (``--layout FILE`` reads it back)."""
        return "".join(f"{f.name} = {str(getattr(self, f.name)).lower()}\n"
                       for f in dataclasses.fields(self))


def parse_layout(text: str) -> Layout:
    """``tp=8,pp=2,...`` (any subset of the keys) or a TOML file's path."""
    if text.endswith(".toml") or Path(text).exists():
        source = Path(text).name
        return _from_table(parse(read_text(text), source), f"{source}: ")
    table = {}
    for item in filter(None, text.split(",")):
        key, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"--layout: {item!r}: expected key=value (keys: "
                              f"{', '.join(KEYS)}), as in tp=8,pp=2")
        table[key.strip()] = _value(key.strip(), value.strip())
    return _from_table(table, "--layout: ")


def _value(key: str, value: str):
    if key == "sp":
        if value not in ("on", "off", "true", "false"):
            raise ConfigError(f"--layout: sp: expected on or off, got {value!r}")
        return value in ("on", "true")
    try:
        return int(value)
    except ValueError:
        return value


def _from_table(table: dict, where: str) -> Layout:
    values = {}
    for key, value in table.items():
        name = KEYS.get(key)
        if name is None:
            raise ConfigError(f"{where}{key}: unknown key (expected one of "
                              f"{', '.join(KEYS)})")
        if name == "sp":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}sp: expected true or false, got {value!r}")
        elif not (DIMENSION(value) and value <= 2**20):
            raise ConfigError(f"{where}{key}: expected a positive integer up to 2**20, "
                              f"got {value!r}")
        values[name] = value
    layout = Layout(**values)
    if layout.dp % layout.ep:
        raise ConfigError(f"{where}ep: expected a divisor of dp ({layout.dp}): expert "
                          f"parallel groups are drawn from the replicas, got {layout.ep}")
    if layout.tp % layout.tpx or (layout.tpx > 1 and layout.tpx == layout.tp):
        raise ConfigError(f"{where}tpx: expected a divisor of tp ({layout.tp}) below it, "
                          f"got {layout.tpx}")
    if layout.vp > 1 and (layout.pp == 1 or layout.microbatches % layout.pp):
        raise ConfigError(f"{where}vp: interleaving runs micro-batches in groups of pp; "
                          f"expected pp > 1 dividing mb ({layout.microbatches}), "
                          f"got pp={layout.pp}")
    if layout.sp and layout.tp == 1:
        raise ConfigError(f"{where}sp: sequence parallelism shards over the tensor-parallel "
                          f"group; expected tp > 1 with it")
    return layout
