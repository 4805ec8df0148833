"""Shared test setup: the helpers folder on the path, and one hypothesis profile."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hypothesis import settings  # noqa: E402

# Property tests run a fixed, reproducible sample: each test's own
# max_examples, drawn the same way every run (no deadline on a loaded machine).
settings.register_profile("fixed", derandomize=True, deadline=None)
settings.load_profile("fixed")
