"""`python -m kerneopgave_desktop.cli`: the command, as the installed `kerneopgave` runs it."""

import sys

from kerneopgave_desktop.cli import main

sys.exit(main())
