"""State lives in an object that owns it (the Shell, the main window), never parked on the
QApplication: no attribute set on it, no dynamic property, no setattr (issue 19 §5)."""

from __future__ import annotations

import re
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

APP = r"(?:\bapp|\bqapp|QApplication\.instance\(\)|QCoreApplication\.instance\(\))"
PARKED = re.compile(
    APP + r"\.(?:_\w+|\w+)\s*=[^=]"  # app._translators = …, app.main_window = …
    + r"|" + APP + r"\.setProperty\("  # app.setProperty("…_ok", True)
    + r"|setattr\(\s*" + APP + r"\s*,"  # setattr(app, "…", …)
)


def parked_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if PARKED.search(line)]


def test_the_pattern_finds_state_parked_on_the_application() -> None:
    """The check below could fail: each way of parking state is found."""
    for line in ('app._translators = install(app)', "app.main_window = window",
                 'QApplication.instance().setProperty("dealbrief_plain_exports_ok", True)',
                 'setattr(QCoreApplication.instance(), "window", w)', "qapp._seen = set()"):
        assert parked_lines(line) == [line], line
    for line in ("app = QApplication.instance() or QApplication(argv)", "if app._x == 1:",
                 "self.app, self.settings = app, settings", "app.installEventFilter(self)"):
        assert parked_lines(line) == [], line


def test_no_state_is_parked_on_the_application() -> None:
    parked = [f"{path.relative_to(DESKTOP)}: {line}"
              for path in sorted(DESKTOP.rglob("*.py"))
              for line in parked_lines(path.read_text(encoding="utf-8"))]
    assert parked == []
