"""Dealbrief: deals, buying committees, SPIN call notes and printed briefs for the solo B2B seller."""

# Kept in step with pyproject.toml's [project] version by tests/unit/test_version.py: reading it
# with importlib.metadata cost ~30–50 ms of every start (issue 20).
__version__ = "0.1.0"

APP_NAME = "Dealbrief"
APP_ID = "io.github.dealbrief.Dealbrief"
