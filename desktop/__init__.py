"""Dealbrief: deals, buying committees, SPIN call notes and printed briefs for the solo B2B seller."""

from importlib import metadata

try:
    __version__ = metadata.version("dealbrief")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "Dealbrief"
APP_ID = "io.github.dealbrief.Dealbrief"
