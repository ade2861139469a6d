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
