"""The report renderer every document shares (pretix's BaseReportlabInvoiceRenderer).

One base with page size, margins, a stylesheet on one typographic scale, the bundled font, a
header and footer drawn on every page, and "page x of y". A document subclasses `Document`,
builds its story from plain data in `story()`, and calls `render()`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.documents import fonts
from desktop.documents.text import apply_line_rules, markup

# The palette: ink for text, muted for secondary text, one accent, warning for gaps and risks.
INK = "#1f2933"
MUTED = "#5f6b7a"
ACCENT = "#1e4e8c"
ACCENT_LIGHT = "#e8eef7"
RULE = "#c9d2dc"
WARNING = "#b42318"
WARNING_LIGHT = "#fdecea"
POSITIVE = "#0f766e"

# One typographic scale (points): every document uses these and nothing else.
SCALE = {"small": 7.5, "body": 9.5, "h3": 10.5, "h2": 12.5, "h1": 16, "title": 22, "display": 30}
LEADING = 1.45


class Labels:
    """Bilingual fixed text of a document: key → (English, Chinese)."""

    def __init__(self, table: dict[str, tuple[str, str]]) -> None:
        self.table = table

    def __call__(self, key: str, language: str) -> str:
        en, zh = self.table[key]
        return zh if language == "zh_CN" else en

    def keys(self) -> list[str]:
        return list(self.table)


def format_date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    if language == "zh_CN":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.strftime("%-d %b %Y")


def stylesheet(scale: float = 1.0) -> dict[str, Any]:
    """Paragraph styles on the shared scale (`scale` enlarges everything, for slides)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = fonts.register()
    apply_line_rules()

    def style(name: str, size_key: str, font: str = regular, color: str = INK, **kw: Any):
        size = SCALE[size_key] * scale
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * LEADING,
            textColor=colors.HexColor(color), wordWrap="CJK", bulletFontName=regular, **kw,
        )

    return {
        "display": style("display", "display", bold, ACCENT, spaceAfter=6 * scale),
        "title": style("title", "title", bold, ACCENT, spaceAfter=4 * scale),
        "h1": style("h1", "h1", bold, ACCENT, spaceBefore=8 * scale, spaceAfter=4 * scale),
        "h2": style("h2", "h2", bold, INK, spaceBefore=6 * scale, spaceAfter=3 * scale),
        "h3": style("h3", "h3", bold, INK, spaceAfter=2 * scale),
        "body": style("body", "body"),
        "muted": style("muted", "body", color=MUTED),
        "small": style("small", "small", color=MUTED),
        "warning": style("warning", "body", color=WARNING),
        "center": style("center", "body", alignment=TA_CENTER),
        "right": style("right", "body", alignment=TA_RIGHT),
        "cell": style("cell", "body", spaceAfter=0),
        "cell_bold": style("cell_bold", "body", bold),
    }


@dataclass
class PageInfo:
    """What the header and footer say on every page."""

    title: str
    subtitle: str = ""
    footer_left: str = ""
    confidential: str = ""  # e.g. "Internal — do not hand out"
    language: str = "zh_CN"


class Document:
    """Base for a document: subclasses set page size and margins and build the story."""

    landscape = False
    page_size: tuple[float, float] | None = None  # None → A4 (portrait or landscape)
    margins = (18.0, 18.0, 20.0, 16.0)  # mm: left, right, top, bottom
    draw_header = True

    def __init__(self, info: PageInfo) -> None:
        self.info = info
        self.styles = stylesheet(self.style_scale())

    def style_scale(self) -> float:
        return 1.0

    def story(self) -> list[Any]:  # pragma: no cover - overridden
        raise NotImplementedError

    def p(self, text: str | None, style: str = "body") -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(markup(text), self.styles[style])

    def pm(self, markup_text: str, style: str = "body") -> Any:
        """A paragraph from ready markup (caller escaped the text)."""
        from reportlab.platypus import Paragraph

        return Paragraph(markup_text, self.styles[style])

    # --- page furniture
    def size(self) -> tuple[float, float]:
        from reportlab.lib.pagesizes import A4, landscape

        size = self.page_size or A4
        return landscape(size) if self.landscape else size

    def on_page(self, canvas: Any, doc: Any) -> None:
        from reportlab.lib import colors
        from reportlab.lib.units import mm

        regular, bold = fonts.register()
        width, height = self.size()
        left, right, top, bottom = (m * mm for m in self.margins)
        canvas.saveState()
        if self.draw_header:
            canvas.setFont(bold, SCALE["small"] + 0.5)
            canvas.setFillColor(colors.HexColor(ACCENT))
            canvas.drawString(left, height - top + 6 * mm, self.info.title)
            canvas.setFont(regular, SCALE["small"])
            canvas.setFillColor(colors.HexColor(MUTED))
            if self.info.subtitle:
                canvas.drawRightString(width - right, height - top + 6 * mm, self.info.subtitle)
            canvas.setStrokeColor(colors.HexColor(RULE))
            canvas.setLineWidth(0.5)
            canvas.line(left, height - top + 4 * mm, width - right, height - top + 4 * mm)
        canvas.setFont(regular, SCALE["small"])
        canvas.setFillColor(colors.HexColor(MUTED))
        footer = self.info.footer_left
        if self.info.confidential:
            canvas.setFillColor(colors.HexColor(WARNING))
            canvas.drawString(left, bottom - 8 * mm, self.info.confidential)
            canvas.setFillColor(colors.HexColor(MUTED))
            if footer:
                canvas.drawString(left + canvas.stringWidth(self.info.confidential, regular, SCALE["small"]) + 6 * mm, bottom - 8 * mm, footer)
        elif footer:
            canvas.drawString(left, bottom - 8 * mm, footer)
        canvas.restoreState()

    # --- rendering
    def render(self, target: Path | str | io.BytesIO | None = None) -> bytes:
        """Build the PDF; write it to `target` when given; return its bytes."""
        from reportlab.lib.units import mm
        from reportlab.platypus import SimpleDocTemplate

        buffer = io.BytesIO()
        left, right, top, bottom = (m * mm for m in self.margins)
        template = SimpleDocTemplate(
            buffer, pagesize=self.size(), leftMargin=left, rightMargin=right, topMargin=top,
            bottomMargin=bottom, title=self.info.title, subject=self.info.subtitle,
            author="Dealbrief", creator="Dealbrief",
            initialFontName=fonts.register()[0],  # else an unembedded Helvetica is referenced
        )
        template.build(
            self.story(), onFirstPage=self.on_page, onLaterPages=self.on_page,
            canvasmaker=_numbered_canvas(self.info.language, self.margins, self.size()),
        )
        data = buffer.getvalue()
        if isinstance(target, io.BytesIO):
            target.write(data)
        elif target is not None:
            path = Path(target)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".part")
            tmp.write_bytes(data)
            tmp.replace(path)  # never leave a half-written PDF under the real name
        return data


def page_label(page: int, total: int, language: str) -> str:
    return f"第 {page} 页，共 {total} 页" if language == "zh_CN" else f"Page {page} of {total}"


def _numbered_canvas(language: str, margins: tuple[float, ...], size: tuple[float, float]):
    """A canvas class that writes "page x of y" once the page count is known."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            regular, _ = fonts.register()
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(regular, SCALE["small"])
                self.setFillColor(colors.HexColor(MUTED))
                self.drawRightString(
                    size[0] - margins[1] * mm, margins[3] * mm - 8 * mm,
                    page_label(number, total, language),
                )
                super().showPage()
            super().save()

    return NumberedCanvas
