"""Print the fault suite's figures after the run (see figures.py)."""

from __future__ import annotations

from tests.fault.figures import FIGURES


def pytest_terminal_summary(terminalreporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section("fault suite figures")
    for name in sorted(FIGURES):
        terminalreporter.write_line(f"{name}: {FIGURES[name]}")
