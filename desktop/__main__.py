"""`python -m desktop` runs the same command as `dealbrief`."""

from desktop.cli import main

raise SystemExit(main())
