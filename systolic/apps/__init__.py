"""Jobs built on ``simulate``: design-space sweeps, course labs, GPU measurement and comparison."""
