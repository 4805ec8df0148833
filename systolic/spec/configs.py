"""HF-style ``config.json`` files: the shipped ones, how one is read, and the
``Shape`` of the model it describes, every field checked with its name.

A config names a family (``model_type``) and the dimensions that decide a
model's ops; each is bounded past every published model, a dimension that
must divide another says which, and an activation other than the one the
family's layer is built with is refused rather than simulated as the wrong op.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from systolic.errors import ConfigError
from systolic.spec.fields import DIMENSION, POSITIVE_INT, Check, bounded
from systolic.spec.presets import read_text

MODELS_DIR = Path(__file__).resolve().parent / "model_configs"  # package data
FAMILIES = {"llama": "llama", "mistral": "llama", "qwen2": "llama", "mixtral": "llama",
            "gpt2": "gpt2", "bert": "bert"}


@dataclass(frozen=True)
class Shape:
    """The dimensions of a model that decide its ops."""

    family: str
    layers: int
    hidden: int
    heads: int
    kv_heads: int
    ffn: int
    vocab: int
    experts: int
    top_k: int
    tied_embeddings: bool
    positions: int


# --- configs ------------------------------------------------------------------------

def model_names() -> list[str]:
    """Names of the shipped model configs."""
    return sorted(p.stem for p in MODELS_DIR.glob("*.json"))


def config_file(name_or_path: str) -> Path:
    """The config a model names: a config.json path as given, or a shipped model's."""
    path = Path(name_or_path)
    if path.suffix == ".json" or path.exists():
        return path
    if name_or_path not in model_names():
        raise ConfigError(f"model: expected one of {', '.join(model_names())} or a path "
                          f"to a config.json, got {name_or_path!r}")
    return MODELS_DIR / f"{name_or_path}.json"


def load_config(name_or_path: str) -> tuple[str, dict]:
    """(model name, config dict) for a shipped name or a config.json path."""
    path = config_file(name_or_path)
    text = read_text(path)
    try:
        config = json.loads(text)
    except json.JSONDecodeError as err:
        raise ConfigError(f"{path.name}:{err.lineno}: malformed JSON: {err.msg}") from None
    if not isinstance(config, dict):
        raise ConfigError(f"{path.name}: expected a JSON object")
    name = path.stem if path.stem != "config" else path.parent.name
    return name, config


def _model_bound(high: int, why: str) -> Check:
    return bounded(POSITIVE_INT, high=high, why=why)


# Valid ranges of a config's sizes, generous past every published model (the
# largest: hidden 18432 and FFN 73728 in PaLM 540B, 126 layers in Llama 3.1
# 405B, 256000-token vocabularies); any other size: 2**31 (fields.DIMENSION).
_WIDTH = _model_bound(2**20, "2**20; the widest published model, PaLM, has 18432")
_HEADS = _model_bound(2**16, "2**16 heads; published models have at most 128")
_BOUNDS = {
    "hidden_size": _WIDTH, "n_embd": _WIDTH,
    "num_attention_heads": _HEADS, "n_head": _HEADS, "num_key_value_heads": _HEADS,
    "num_hidden_layers": _model_bound(2**16, "2**16 layers; the deepest published "
                                      "model, Llama 3.1 405B, has 126"),
    "n_layer": _model_bound(2**16, "2**16 layers; published models have at most 126"),
    "intermediate_size": _model_bound(2**22, "2**22; PaLM's FFN, the widest, has 73728"),
    "n_inner": _model_bound(2**22, "2**22; PaLM's FFN, the widest, has 73728"),
    "vocab_size": _model_bound(2**24, "2**24 tokens; the largest vocabularies have 256000"),
    "num_local_experts": _model_bound(2**16, "2**16 experts; published models have 256"),
    "num_experts_per_tok": _model_bound(2**16, "2**16 experts; published models pick 8"),
}


def _field(config: dict, source: str, *keys: str, default=None, positive: bool = True):
    for key in keys:
        if key in config and config[key] is not None:
            value = config[key]
            check = _BOUNDS.get(key, DIMENSION)
            if positive and not check(value):
                raise ConfigError(f"{source}: {key}: {check.message(value)}")
            return value
    if default is None:
        raise ConfigError(f"{source}: {keys[0]}: missing")
    return default


def shape_of(config: dict, source: str) -> Shape:
    """Read a config's dimensions, checking every field used."""
    model_type = config.get("model_type")
    if not isinstance(model_type, str) or model_type not in FAMILIES:
        raise ConfigError(f"{source}: model_type: expected one of {', '.join(FAMILIES)}, "
                          f"got {model_type!r}")
    hidden = _field(config, source, "hidden_size", "n_embd")
    heads = _field(config, source, "num_attention_heads", "n_head")
    kv_heads = _field(config, source, "num_key_value_heads", default=heads)
    if hidden % heads:
        raise ConfigError(f"{source}: num_attention_heads: expected a divisor of "
                          f"hidden_size ({hidden}), got {heads}")
    if heads % kv_heads:
        raise ConfigError(f"{source}: num_key_value_heads: expected a divisor of "
                          f"num_attention_heads ({heads}), got {kv_heads}")
    family = FAMILIES[model_type]
    _check_activation(config, source, family)
    experts = _field(config, source, "num_local_experts", default=1)
    top_k = _field(config, source, "num_experts_per_tok", default=1)
    if top_k > experts:
        raise ConfigError(f"{source}: num_experts_per_tok: expected at most "
                          f"num_local_experts ({experts}), got {top_k}")
    return Shape(
        family=family,
        layers=_field(config, source, "num_hidden_layers", "n_layer"),
        hidden=hidden, heads=heads, kv_heads=kv_heads,
        ffn=_field(config, source, "intermediate_size", "n_inner", default=4 * hidden),
        vocab=_field(config, source, "vocab_size"),
        experts=experts, top_k=top_k,
        tied_embeddings=bool(config.get("tie_word_embeddings", family == "gpt2")),
        positions=_field(config, source, "max_position_embeddings", "n_positions",
                         default=1))


# The MLP activation each family's layer is built with (``_mlp_block``), and the
# names HF configs give it; a config naming another activation would be
# simulated as the wrong op, so it is refused.
ACTIVATIONS = {"llama": ("hidden_act", ("silu", "swish")),
               "gpt2": ("activation_function", ("gelu_new", "gelu", "gelu_fast",
                                                "gelu_pytorch_tanh")),
               "bert": ("hidden_act", ("gelu", "gelu_new", "gelu_pytorch_tanh"))}


def _check_activation(config: dict, source: str, family: str) -> None:
    key, known = ACTIVATIONS[family]
    value = config.get(key)
    if value is not None and value not in known:
        raise ConfigError(f"{source}: {key}: expected one of {', '.join(known)} (the "
                          f"{family} layer's activation), got {value!r}")
