"""``python -m systolic.cli``: the command, where no console script is installed."""

import sys

from systolic.cli import main

sys.exit(main())
