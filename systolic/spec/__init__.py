"""What the machine and the work are: hardware, ops, models (imports nothing above it)."""
