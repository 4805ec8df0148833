"""More hardware never makes the chosen schedule slower, but for the reasons named here.

For random GEMMs on random TPU-style machines (the presets with their SRAM
scaled), one resource grows (one buffer x4, all three x4, DRAM bandwidth
x2, cores x2) and the GEMM is simulated on both machines. The bigger
machine must not be slower, except where one of these holds, each checked:

- **More cores share one DRAM.** A memory-bound GEMM gains nothing from
  more cores, and their first loads share the bandwidth, so each core's
  first tile arrives later; the loss is at most one tile's loads on every
  core, a fill the pipeline cannot hide. (The mapper deals every GEMM over
  all the cores; it never leaves one idle to spare the others its loads.)
- **A prefetch competes with a store.** With the same schedule, a bigger
  buffer lets the loads run further ahead; they then take DRAM bandwidth
  from the stores of finished tiles, which the arrays may be waiting for.
  The loss is at most one output tile's store.
- **The mapper's estimate ranks two schedules the other way round.** The
  bigger machine's schedule scores at least as well by the analytic
  estimate (``tiling.estimated_cycles``) and runs slower on the engine, by
  at most the estimate's ranking error here, 5 %. This one has no physical
  reason: it is the mapper's miss (``benchmarks/mapper_monotone.py``
  reports it over 300 larger cases, GPU included).

The sample is fixed (``derandomize``): 300 cases, the same on every run.
The bounds hold on it; they are not a guarantee. The benchmark
(``benchmarks/mapper_monotone.py``, larger GEMMs, GPU presets included,
whose ``loads_in_order = false``, fixed tile shapes and stage counts have
exceptions of their own) finds cases beyond them: a smaller machine's
schedule that the mapper, choosing by its estimate, no longer picks on
more cores or a bigger buffer. That is the mapper's miss, reported, not
hidden here.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systolic.errors import ConfigError
from systolic.mapping.gemm import map_gemm
from systolic.mapping.tiling import estimated_cycles
from systolic.simulate import simulate_gemm
from systolic.spec import hardware
from systolic.spec.workload import Gemm

PRESETS = ("tpu-v4-like", "tpu-v1", "scalesim-default", "teach-8x8")
SIZES = (1, 7, 64, 100, 128, 256, 511, 1024)
GROWTHS = ("input", "weight", "output", "all", "bandwidth", "cores")
RANKING_ERROR = 0.05  # the estimate's ranking error the mapper's misses stay within


def pair(name: str, scale: float, growth: str):
    """(smaller, bigger) machine: the preset's buffers scaled, then one resource grown."""
    base = hardware.load(name)
    small = {f"core.sram.{b}_bytes": max(4096, int(getattr(base.core.sram, f"{b}_bytes") * scale))
             for b in ("input", "weight", "output")}
    big = dict(small)
    if growth in ("input", "weight", "output"):
        big[f"core.sram.{growth}_bytes"] *= 4
    elif growth == "all":
        big = {key: value * 4 for key, value in small.items()}
    elif growth == "bandwidth":
        big["memory.dram_bandwidth_bytes_per_s"] = 2 * base.memory.dram_bandwidth_bytes_per_s
    else:  # a unified buffer is modelled on one core only
        small["core.sram.unified_input"] = big["core.sram.unified_input"] = False
        big["chip.cores"] = 2 * base.chip.cores
    return hardware.load(name, small), hardware.load(name, big)


def tile_fill_cycles(hw, schedule) -> float:
    """One tile's loads on every core, over DRAM: the fill more cores add."""
    tile = max((core[0] for core in schedule.cores if core), key=lambda t: t.input_load_bytes
               + t.weight_load_bytes)
    return hw.chip.cores * (tile.input_load_bytes + tile.weight_load_bytes) \
        / hw.dram_bytes_per_cycle + hw.dram_latency_cycles


def store_cycles(hw, schedule) -> float:
    return max(t.store_bytes for core in schedule.cores for t in core) / hw.dram_bytes_per_cycle


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.filter_too_much])
@given(name=st.sampled_from(PRESETS), scale=st.sampled_from([0.25, 0.5, 1.0]),
       growth=st.sampled_from(GROWTHS), m=st.sampled_from(SIZES), n=st.sampled_from(SIZES),
       k=st.sampled_from(SIZES))
def test_more_hardware_is_never_slower_but_for_the_named_reasons(name, scale, growth, m, n, k):
    small, big = pair(name, scale, growth)
    op = Gemm("g", m, n, k, dtype=small.default_dtype)
    try:
        runs = [simulate_gemm(hw, m, n, k) for hw in (small, big)]
    except ConfigError:  # no tile fits the smaller machine: not a case
        return
    slower = runs[1].cycles - runs[0].cycles
    if slower <= 0:
        return
    schedules = [map_gemm(hw, op) for hw in (small, big)]
    if growth == "cores":
        assert slower <= tile_fill_cycles(big, schedules[1])
    elif schedules[0].choice != schedules[1].choice:
        assert estimated_cycles(big, op) <= estimated_cycles(small, op)
        assert slower <= RANKING_ERROR * runs[0].cycles
    else:
        assert slower <= store_cycles(big, schedules[1])
