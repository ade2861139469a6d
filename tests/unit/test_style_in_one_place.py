"""Colours and sizes live in desktop/ui/style.py: a screen applies its ready sheets, never a
style sheet of its own (issue 19)."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"


def test_every_style_sheet_in_the_ui_comes_from_style_py() -> None:
    own = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "style.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for argument in re.findall(r"setStyleSheet\((.*)", line):
                if not argument.startswith("style."):
                    own.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert own == []


def test_no_screen_names_a_colour_of_its_own() -> None:
    hex_colour = re.compile(r"""["']#[0-9a-fA-F]{6}["']""")
    own = [f"{path.relative_to(UI)}:{number}: {line.strip()}"
           for path in sorted(UI.rglob("*.py")) if path.name != "style.py"
           for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
           if hex_colour.search(line)]
    assert own == []


def test_the_charts_colours_are_kept_once_for_the_screen_and_the_pdf() -> None:
    """The PDF cannot import the UI: both take the chart colours from desktop/domain/palette.py."""
    from desktop.documents import report_charts
    from desktop.domain import palette
    from desktop.ui import style

    hex_colour = re.compile(r"""["']#[0-9a-fA-F]{6}["']""")
    pdf = (UI.parent / "documents" / "report_charts.py").read_text(encoding="utf-8")
    assert hex_colour.findall(pdf) == []
    assert report_charts.PALETTE is style.CHART_PALETTE is palette.CHART_PALETTE
    assert (report_charts.WON, report_charts.CURVE) == (style.CHART_WON, style.CHART_CURVE)
