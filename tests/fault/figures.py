"""Figures the fault suite reports (kills, damaged files, hostile inputs tried…).

Tests call `record(name, n)`; tests/fault/conftest.py prints the totals at the end of the run so
an issue note can quote them. Plain module state: one pytest process, one registry.
"""

from __future__ import annotations

FIGURES: dict[str, int] = {}


def record(name: str, n: int = 1) -> None:
    FIGURES[name] = FIGURES.get(name, 0) + n
