"""The bundled CJK font, registered with Qt so Chinese renders on a machine without CJK fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.resources import resource

FAMILY = "Dealbrief Sans"
FONT_FILES = ("DealbriefSans-Regular.ttf", "DealbriefSans-Bold.ttf")


def register_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts; make them the fallback for Han script. Returns the families."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource("fonts", name)
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    if FAMILY in families:
        font = QFont(app.font())
        font.setFamilies([font.family(), FAMILY])
        app.setFont(font)
    return families
