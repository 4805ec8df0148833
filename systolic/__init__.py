"""systolic: a cycle-level simulator of systolic-array accelerators."""
