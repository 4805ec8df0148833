"""What a run costs besides time: energy from action counts, silicon area per component."""
