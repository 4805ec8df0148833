"""Other simulators' conventions reproduced exactly (SCALE-Sim 3.0.0), beside our engine."""
