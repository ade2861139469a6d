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

from desktop.documents import fonts, loading
from desktop.documents.text import Para, apply_line_rules, fit, markup
from desktop.domain.language import is_chinese, pick

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
        return pick(language, en, zh)

    def keys(self) -> list[str]:
        return list(self.table)


SENDER = Labels({
    "from": ("From", "发件人"),
    "phone": ("Phone", "电话"),
    "email": ("Email", "邮箱"),
    "wechat": ("WeChat", "微信"),
})


def format_date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    if is_chinese(language):
        return f"{value.year}年{value.month}月{value.day}日"
    return value.strftime("%-d %b %Y")


def stylesheet(scale: float = 1.0) -> dict[str, Any]:
    """Paragraph styles on the shared scale (`scale` enlarges everything, for slides)."""
    loading.load()  # the first thing a document does: reportlab without its unused patterns
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
        return Para(markup(text), self.styles[style])

    def pm(self, markup_text: str, style: str = "body") -> Any:
        """A paragraph from ready markup (caller escaped the text)."""
        return Para(markup_text, self.styles[style])

    def sender_block(self, sender: Any) -> list[Any]:
        """Who sends this (the seller's name, title, company and how to reach them), as a
        muted block under the title; nothing when the seller profile is empty."""
        from reportlab.platypus import Spacer

        if sender is None or sender.is_empty:
            return []
        lang = self.info.language
        colon = pick(lang, ": ", "：")
        who = " · ".join(p for p in (sender.name, sender.title, sender.company) if p)
        reach = "　".join(f"{SENDER(k, lang)}{colon}{v}" for k, v in (
            ("phone", sender.phone), ("email", sender.email), ("wechat", sender.wechat)) if v)
        text = f"<b>{markup(SENDER('from', lang))}</b>{colon}{markup(who)}"
        if reach:
            text += f"<br/>{markup(reach)}"
        return [self.pm(text, "muted"), Spacer(0, 6)]

    # --- page furniture
    def frame_width(self) -> float:
        """The width the story has, in points."""
        from reportlab.lib.units import mm

        return self.size()[0] - (self.margins[0] + self.margins[1]) * mm

    def frame_height(self) -> float:
        from reportlab.lib.units import mm

        return self.size()[1] - (self.margins[2] + self.margins[3]) * mm

    def size(self) -> tuple[float, float]:
        from reportlab.lib.pagesizes import A4, landscape

        size = self.page_size or A4
        return landscape(size) if self.landscape else size

    def on_page(self, canvas: Any, doc: Any) -> None:
        """Draw what goes under the page's content (bands, backgrounds); nothing by default."""

    def finish_page(self, canvas: Any, number: int, total: int, info: PageInfo) -> None:
        """Draw the header and footer once the page count is known (`info` is the section's)."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm

        regular, bold = fonts.register()
        width, height = self.size()
        left, right, top, bottom = (m * mm for m in self.margins)
        canvas.saveState()
        line = bottom - 8 * mm
        small = SCALE["small"]
        if self.draw_header:
            # Title left, subtitle right, each cut with "…" to its share: never overprinted.
            space = width - left - right
            sub = fit(info.subtitle, regular, small, space * 0.42) if info.subtitle else ""
            sub_w = canvas.stringWidth(sub, regular, small) + (6 * mm if sub else 0)
            canvas.setFont(bold, small + 0.5)
            canvas.setFillColor(colors.HexColor(ACCENT))
            canvas.drawString(left, height - top + 6 * mm,
                              fit(info.title, bold, small + 0.5, space - sub_w))
            canvas.setFont(regular, small)
            canvas.setFillColor(colors.HexColor(MUTED))
            if sub:
                canvas.drawRightString(width - right, height - top + 6 * mm, sub)
            canvas.setStrokeColor(colors.HexColor(RULE))
            canvas.setLineWidth(0.5)
            canvas.line(left, height - top + 4 * mm, width - right, height - top + 4 * mm)
        canvas.setFont(regular, small)
        canvas.setFillColor(colors.HexColor(MUTED))
        number = self.page_number_text(number, total, info.language)
        x = left
        room = width - right - canvas.stringWidth(number, regular, small) - 6 * mm
        if info.confidential:
            text = fit(info.confidential, regular, small, room - x)
            canvas.setFillColor(colors.HexColor(WARNING))
            canvas.drawString(x, line, text)
            x += canvas.stringWidth(text, regular, small) + 6 * mm
            canvas.setFillColor(colors.HexColor(MUTED))
        if info.footer_left and room - x > 20:
            canvas.drawString(x, line, fit(info.footer_left, regular, small, room - x))
        canvas.drawRightString(width - right, line, number)
        canvas.restoreState()

    def page_number_text(self, number: int, total: int, language: str) -> str:
        return page_label(number, total, language)

    # --- rendering
    def render(self, target: Path | str | io.BytesIO | None = None) -> bytes:
        """Build the PDF; write it to `target` when given; return its bytes."""
        from reportlab.lib.units import mm
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        buffer = io.BytesIO()
        left, right, top, bottom = (m * mm for m in self.margins)
        width, height = self.size()
        template = BaseDocTemplate(
            buffer, pagesize=(width, height), leftMargin=left, rightMargin=right, topMargin=top,
            bottomMargin=bottom, title=self.info.title, subject=self.info.subtitle,
            author="Dealbrief", creator="Dealbrief",
            initialFontName=fonts.register()[0],  # else an unembedded Helvetica is referenced
        )
        # No frame padding: content lines up with the header rule and the page margins.
        frame = Frame(left, bottom, width - left - right, height - top - bottom, id="normal",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        template.addPageTemplates([PageTemplate("page", [frame], onPage=self.on_page)])
        template.build(self.story(), canvasmaker=_numbered_canvas(self))
        data = buffer.getvalue()
        if isinstance(target, io.BytesIO):
            target.write(data)
        elif target is not None:
            from desktop.services.files import write_atomically

            write_atomically(Path(target), data)  # user-only; never half a PDF under the name
        return data


def page_label(page: int, total: int, language: str) -> str:
    return f"第 {page} 页，共 {total} 页" if is_chinese(language) else f"Page {page} of {total}"


class Section:
    """Factory of a zero-size flowable that starts a new numbered section (one brief of many).

    Pages from the marker on get `info` in their header and are numbered within the section.
    """

    @staticmethod
    def start(info: PageInfo) -> Any:
        from reportlab.platypus import Flowable

        class _Start(Flowable):
            def wrap(self, *_: Any) -> tuple[float, float]:
                return 0, 0

            def draw(self) -> None:
                self.canv._dealbrief_section = (id(self), info)

        return _Start()


def _numbered_canvas(document: Document):
    """A canvas class that draws header and footer once the page count is known."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            sections = [state.get("_dealbrief_section") for state in self._pages]
            totals: dict[Any, int] = {}
            for section in sections:
                key = section[0] if section else None
                totals[key] = totals.get(key, 0) + 1
            seen: dict[Any, int] = {}
            for state, section in zip(self._pages, sections, strict=False):
                self.__dict__.update(state)
                key = section[0] if section else None
                seen[key] = seen.get(key, 0) + 1
                info = section[1] if section else document.info
                document.finish_page(self, seen[key], totals[key], info)
                super().showPage()
            super().save()

    return NumberedCanvas


def format_money(amount: int | None, language: str, currency: str = "CNY") -> str:
    """An amount as a seller reads it: ¥12.5万 / ¥1.2亿 in Chinese, ¥125,000 in English."""
    from desktop.domain.money import format_amount

    return format_amount(amount, currency, language)
