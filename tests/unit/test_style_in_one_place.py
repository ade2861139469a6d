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
