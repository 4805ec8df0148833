"""Model configs -> ops: parameters, FLOPs, KV cache, GQA, MoE, tensor parallelism."""

import json
import math

import pytest

from systolic.errors import ConfigError
from systolic.simulate import simulate_model
from systolic.spec import hardware
from systolic.spec.configs import model_names
from systolic.spec.model_counts import flops, parameter_count
from systolic.spec.models import RunSpec, build
from systolic.spec.workload import Allreduce, Attention, Gemm

PUBLISHED_PARAMETERS = {  # model cards / papers
    "llama2-7b": 6.74e9, "llama3-8b": 8.03e9, "mixtral-8x7b": 46.7e9,
    "bert-base": 110e6, "gpt2": 124e6,
}


def test_the_shipped_models():
    assert set(model_names()) >= {"bert-base", "bert-large", "gpt2", "gpt2-xl", "llama2-7b",
                                  "llama2-13b", "llama2-70b", "llama3-8b", "llama3-70b",
                                  "mistral-7b", "mixtral-8x7b"}


@pytest.mark.parametrize("model,published", PUBLISHED_PARAMETERS.items())
def test_parameters_from_the_ops_match_the_published_counts(model, published):
    count = parameter_count(build(model, RunSpec("prefill", seq=16)))
    assert count == pytest.approx(published, rel=0.01)


@pytest.mark.parametrize("model", ["llama2-7b", "llama3-8b", "gpt2", "mistral-7b"])
def test_flops_per_token_are_twice_the_parameters_plus_attention(model):
    seq = 1024
    workload = build(model, RunSpec("prefill", seq=seq))
    shape = workload.shape
    embedding = shape.vocab * shape.hidden
    # The output projection runs for the last token only; attention counts QK^T and PV
    # over the whole score rectangle.
    body = parameter_count(workload) - embedding - (0 if shape.tied_embeddings else embedding)
    expected = 2 * body * seq + 2 * embedding + shape.layers * 4 * seq * seq * shape.hidden
    assert flops(workload) == pytest.approx(expected, rel=0.01)


def test_mixture_of_experts_runs_top_k_of_the_experts_per_token():
    workload = build("mixtral-8x7b", RunSpec("prefill", seq=512))
    experts = {op.name: op for op in workload.layer.ops if op.name.startswith("experts.")}
    gate = experts["experts.gate"]
    assert gate.batch == 8 and gate.m == 512 * 2 // 8
    # Active parameters per token: 2 of 8 experts.
    decode = build("mixtral-8x7b", RunSpec("decode", batch=1, kv_len=128))
    assert {op.name: op for op in decode.layer.ops}["experts.up"].batch == 2


def test_grouped_query_attention_and_kv_cache_bytes_in_decode():
    spec = RunSpec("decode", batch=4, kv_len=1024)
    workload = build("llama3-8b", spec)
    [attention] = [op for op in workload.layer.ops if isinstance(op, Attention)]
    assert (attention.heads, attention.kv_heads, attention.q_len) == (32, 8, 1)
    shape = workload.shape
    expected = 2 * shape.layers * shape.kv_heads * 128 * 1024 * 4 * 2
    assert shape.layers * attention.kv_cache_bytes == expected
    # The engine reads the whole cache once per layer (plus Q and O).
    result = simulate_model(hardware.load("tpu-v4-like"), workload, layers=1)
    [run] = [op for op in result.ops if op.kind == "attention"]
    assert attention.kv_cache_bytes <= run.counts.dram_read_bytes <= 1.01 * \
        attention.kv_cache_bytes


def test_tensor_parallel_shards_and_adds_allreduces():
    single = build("llama2-7b", RunSpec("prefill", seq=128))
    split = build("llama2-7b", RunSpec("prefill", seq=128, tp=4))
    by_name = {op.name: op for op in split.layer.ops}
    assert by_name["q_proj"].n == 4096 // 4 and by_name["down_proj"].k == 11008 // 4
    reduces = [op for op in split.layer.ops if isinstance(op, Allreduce)]
    assert [op.bytes for op in reduces] == [128 * 4096 * 2] * 2
    weight_flops = sum(op.flops for op in single.layer.ops if isinstance(op, Gemm))
    split_flops = sum(op.flops for op in split.layer.ops if isinstance(op, Gemm))
    assert split_flops == pytest.approx(weight_flops / 4)


def test_weight_and_activation_dtypes_are_chosen_per_run():
    workload = build("llama2-7b", RunSpec("decode", batch=8, kv_len=256, weight_dtype="int8"))
    q = next(op for op in workload.layer.ops if op.name == "q_proj")
    assert (q.dtype, q.weight_dtype) == ("bf16", "int8")
    assert q.min_bytes == pytest.approx(8 * 4096 * 2 * 2 + 4096 * 4096)


def test_whole_model_is_layers_times_a_layer_plus_embedding_and_head():
    workload = build("gpt2", RunSpec("prefill", seq=128))
    result = simulate_model(hardware.load("teach-8x8", {"core.sram.input_bytes": 2**20,
                                                       "core.sram.weight_bytes": 2**20,
                                                       "core.sram.output_bytes": 2**20}),
                            workload)
    parts = result.model.part_cycles
    assert result.cycles == parts["embedding"] + 12 * parts["layer"] + parts["tail"]
    layer_ops = [op for op in result.ops if op.name.startswith("layer.")]
    assert sum(op.cycles for op in layer_ops) == parts["layer"]


def test_a_full_trace_names_every_layer_and_chains_them():
    trace = build("gpt2", RunSpec("prefill", seq=8)).full_trace()
    names = [op.name for op in trace.ops]
    assert names[0] == "embed_tokens" and names[-1] == "lm_head"
    assert "L11.down_proj" in names and len(names) == 3 + 12 * 10 + 2
    assert trace.deps["L1.attn_norm"] == ("L0.mlp_residual",)


@pytest.mark.parametrize("spec,message", [
    (RunSpec("decode"), "bert-base.json: phase: BERT is an encoder; only prefill applies"),
    (RunSpec("prefill", tp=5), "tp: expected a divisor of the heads (12) and FFN size (3072), "
                               "got 5"),
    (RunSpec("sideways"), "phase: expected one of prefill, decode, train, got 'sideways'"),
])
def test_bad_runs_are_refused(spec, message):
    with pytest.raises(ConfigError) as caught:
        build("bert-base", spec)
    assert str(caught.value) == message


def test_unknown_model_and_bad_configs(tmp_path):
    with pytest.raises(ConfigError, match="model: expected one of bert-base"):
        build("gpt5", RunSpec())
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"model_type": "llama", "hidden_size": 64,
                                "num_attention_heads": 0}))
    with pytest.raises(ConfigError, match="config.json: num_attention_heads: expected a "
                                          "positive integer, got 0"):
        build(str(path), RunSpec())
    path.write_text("{")
    with pytest.raises(ConfigError, match="config.json:1: malformed JSON"):
        build(str(path), RunSpec())


def test_any_hf_config_path_works(tmp_path):
    path = tmp_path / "tiny" / "config.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"model_type": "llama", "hidden_size": 256,
                                "intermediate_size": 512, "num_hidden_layers": 2,
                                "num_attention_heads": 4, "num_key_value_heads": 2,
                                "vocab_size": 1000}))
    workload = build(str(path), RunSpec("decode", batch=2, kv_len=64))
    assert workload.name == "tiny" and workload.shape.layers == 2
    assert math.isclose(parameter_count(workload),
                        2 * 1000 * 256 + 2 * (2 * 256 * 256 + 2 * 256 * 128 + 3 * 256 * 512
                                              + 2 * 256) + 256)
