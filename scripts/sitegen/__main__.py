"""Command line: `python -m sitegen check|build|generate|serve|schemas`."""

import sys

from .cli import main

sys.exit(main())
