"""How work is placed on a machine: (hardware, op) -> schedule of tiles; pure functions."""
