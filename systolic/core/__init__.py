"""The systolic array itself: a PE-level simulation and its exact closed form."""
