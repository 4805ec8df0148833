"""Real GPU runs: measure ops with PyTorch, compare the simulator with them, fit constants."""
