"""The valid range of every physical quantity of a machine, each with its reason.

Generous, so that every real chip (and a teaching toy) lies well inside; what
they keep out is nonsense that would print "Ts" of time or build 10**12 PEs.
``spec/hardware.py`` declares each field with one of these checks.
"""

from __future__ import annotations

from systolic.spec.fields import (MAX_DIMENSION, NON_NEGATIVE_INT, NON_NEGATIVE_NUMBER,
                                  POSITIVE_INT, POSITIVE_NUMBER, bounded)

# Valid ranges of the physical quantities: generous, so that every real chip
# (and a teaching toy) lies well inside, and each bound says why on its line.
# What they keep out is nonsense that would print "Ts" of time or build
# 10**12 PEs; ``[core.sram] port_bytes_per_cycle`` keeps ``inf`` (no limit).
PE_SIDE = bounded(POSITIVE_INT, high=2**16, why="2**16 PEs a side; the largest "
                  "arrays built are TPU v1's 256 x 256")
ARRAYS = bounded(POSITIVE_INT, high=4096, why="4096 arrays a core; real cores have "
                 "1-8, an H100 SM 4 tensor cores")
LANES = bounded(POSITIVE_INT, high=2**20, why="2**20 lanes; an H100 SM has 128")
SRAM_BYTES = bounded(POSITIVE_INT, high=2**40, why="1 TiB; a Cerebras WSE-3 holds "
                     "44 GB of SRAM on its whole wafer")
SHARED_BYTES = bounded(NON_NEGATIVE_INT, high=2**40, why="1 TiB; an H100's L2 is 50 MB")
STAGES = bounded(POSITIVE_INT, high=64, why="64 tiles; GPU pipelines run 2-7 stages")
K_STEP = bounded(NON_NEGATIVE_INT, high=MAX_DIMENSION, why="2**31, the largest dimension")
ALIGN_BYTES = bounded(NON_NEGATIVE_INT, high=2**20, why="1 MiB; the TMA needs 16 B")
RESIDENT_THREADS = bounded(NON_NEGATIVE_INT, high=2**20, why="2**20 threads a core; an "
                           "H100 SM keeps 2048 resident")
RESIDENT_BLOCKS = bounded(NON_NEGATIVE_INT, high=2**16, why="2**16 blocks a core; an H100 "
                          "SM keeps 32 resident")
REGISTERS = bounded(NON_NEGATIVE_INT, high=2**24, why="2**24 registers a core; an H100 SM "
                    "has 65536")
SPEED_FACTOR = bounded(POSITIVE_NUMBER, high=1e3, why="1000 x the base rate; real "
                       "factors lie between 0.01 and 4")
# The engine runs SimPy processes per core on every op: about 2.8 KB and 35 us a
# core (measured on tpu-v1 at 2**20 cores: 2.9 GB and 35 s for one 256^3 GEMM),
# so a wafer's 900 000 cores are out of reach; 2**14 runs a whole model in 10 s.
CORES = bounded(POSITIVE_INT, high=2**14, why="2**14 cores; a Graphcore IPU's 1472 "
                "are among the most modelled one by one, an H100 has 132")
CLOCK_HZ = bounded(POSITIVE_NUMBER, low=1e6, high=1e11, why="1 MHz to 100 GHz: below "
                   "any accelerator's clock, above any CMOS one")
# DRAM may be ``inf``: an idealised memory that never stalls (the engine's
# tests check the closed form against it); a finite one lies below 1 PB/s.
BANDWIDTH = bounded(POSITIVE_NUMBER, high=1e15, why="1 PB/s; HBM3e gives 8 TB/s",
                    unlimited=True)
LINK_BANDWIDTH = bounded(NON_NEGATIVE_NUMBER, high=1e15, why="1 PB/s; NVLink 5 gives "
                         "1.8 TB/s")
SHARED_BANDWIDTH = bounded(NON_NEGATIVE_NUMBER, high=1e17, why="100 PB/s; a Cerebras "
                           "WSE-3's on-wafer SRAM gives 21 PB/s")
LATENCY_NS = bounded(NON_NEGATIVE_NUMBER, high=1e9, why="1 s; DRAM answers in about "
                     "100 ns, a kernel launch costs about 5 us")
CHANNELS = bounded(POSITIVE_INT, high=2**16, why="2**16 channels; an H100 has 80 "
                   "pseudo-channels")
WATTS = bounded(NON_NEGATIVE_NUMBER, high=1e6, why="1 MW; a Cerebras CS-3 draws 23 kW")
DISTANCE_MM = bounded(NON_NEGATIVE_NUMBER, high=1e3, why="1 m; a wafer is 300 mm across")
ENERGY_ENTRY = bounded(NON_NEGATIVE_NUMBER, high=1e9, why="finite: 1e9 pJ (1 mJ) an "
                       "action, 1 GW static; real entries lie below 1000")
