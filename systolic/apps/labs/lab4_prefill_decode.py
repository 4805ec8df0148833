"""Lab 4's questions: a transformer layer's prefill against its decode step.

Why: the fourth lab shows why decode is memory bound: a seed draws a GPT-2
size, a prompt length, a batch and a KV-cache length; the student sizes
the KV cache and compares one layer's cycles per token in the two phases
on ``LAB4_MACHINE``. One layer only, to keep the runs short.
"""

from __future__ import annotations

import random

from systolic.apps.labs.records import Question
from systolic.apps.labs.seeded import pick
from systolic.simulate import simulate_model
from systolic.spec import hardware, models

LAB4_MACHINE = "tpu-v1"


def _layer_run(model: str, spec: models.RunSpec):
    """One layer of ``model`` run as ``spec`` on ``LAB4_MACHINE``."""
    return simulate_model(hardware.load(LAB4_MACHINE), models.build(model, spec), layers=1)


def draw(rng: random.Random) -> tuple[str, list[Question]]:
    """Lab 4's setup and questions for the generator ``rng``."""
    model = pick(rng, ("gpt2", "gpt2-medium"))
    seq, batch, kv_len = (pick(rng, (64, 128, 256, 512)), pick(rng, (1, 2, 4, 8, 16)),
                          pick(rng, (128, 256, 512)))
    dtype = hardware.load(LAB4_MACHINE).default_dtype
    prefill = _layer_run(model, models.RunSpec(phase="prefill", seq=seq, dtype=dtype))
    decode = _layer_run(model, models.RunSpec(phase="decode", batch=batch, kv_len=kv_len,
                                              dtype=dtype))
    shape = models.build(model, models.RunSpec(dtype=dtype)).shape
    kv_bytes = (2 * shape.layers * batch * kv_len * shape.kv_heads * (shape.hidden // shape.heads)
                * hardware.DTYPES[dtype].bytes)
    slowest = max(decode.ops, key=lambda op: op.cycles)
    base = f"systolic run --hw {LAB4_MACHINE} --model {model} --layers 1"
    setup = (f"**{model}** ({shape.layers} layers, hidden {shape.hidden}, {shape.heads} heads, "
             f"{shape.kv_heads} KV heads) in {dtype} on **{LAB4_MACHINE}**: a prefill of "
             f"**{seq}** tokens, and a decode step for a batch of **{batch}** sequences with "
             f"**{kv_len}** tokens in the KV cache. One layer alone:\n\n"
             f"    {base} --phase prefill --seq {seq}\n"
             f"    {base} --phase decode --batch {batch} --kv-len {kv_len}")
    short = slowest.name.removeprefix("layer.")
    return setup, [
        Question("q1", "How many bytes does the whole model's KV cache hold for that decode "
                 "step (keys and values, every layer)?", int(kv_bytes), 2, "bytes",
                 "2 (K and V) x layers x batch x tokens x KV heads x head size x bytes"),
        Question("q2", "How many cycles does one layer's prefill take?", prefill.cycles, 2,
                 "cycles", "the `total` line of the prefill command"),
        Question("q3", "How many cycles does one layer's decode step take?", decode.cycles, 2,
                 "cycles", "the `total` line of the decode command"),
        Question("q4", "How many times more cycles per token does decode spend than prefill "
                 "(decode cycles / batch over prefill cycles / prompt tokens)?",
                 (decode.cycles / batch) / (prefill.cycles / seq), 2, "ratio",
                 "tokens: batch in decode, the prompt in prefill"),
        Question("q5", "Which op of the decode layer takes the most cycles (its name)?", short,
                 1, "op name", "the `cycles` column of the decode report",
                 (short, slowest.name)),
    ]
