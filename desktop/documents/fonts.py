"""The bundled CJK font registered with reportlab (embedded and subset in every PDF)."""

from __future__ import annotations

from functools import cache

from desktop.resources import resource

REGULAR = "DealbriefSans"
BOLD = "DealbriefSans-Bold"


@cache
def register() -> tuple[str, str]:
    """Register regular and bold (once) and map <b> to bold; returns (regular, bold) names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DealbriefSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DealbriefSans-Bold.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
