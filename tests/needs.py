"""Tests that need an outside tool skip without it on a developer's machine, but fail in CI.

CI (`.ci/run`, which sets CI=true) installs every tool through scripts/setup.sh, so a missing one
there is a broken setup, not a reason to pass quietly.
"""

from __future__ import annotations

import importlib.util
import os
import shutil

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def missing(reason: str) -> None:
    """Skip the test, or fail it under CI=true."""
    if in_ci():
        pytest.fail(f"{reason} — CI=true, so this fails instead of skipping (see scripts/setup.sh)")
    pytest.skip(reason)


def need_commands(*names: str, apt: str) -> None:
    absent = [n for n in names if shutil.which(n) is None]
    if absent:
        missing(f"{', '.join(absent)} not installed (apt: {apt})")


def need_module(name: str, pip: str) -> None:
    if importlib.util.find_spec(name) is None:
        missing(f"Python module {name} not installed (pip install {pip})")
