"""Small flowables the documents share: coloured tags, ruled boxes for handwriting, check boxes.

Built on reportlab's Flowable; sizes come from the shared SCALE so every document keeps one
typographic scale. Import only from inside a document (reportlab is imported lazily).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.documents import fonts
from desktop.documents.base import INK, MUTED, RULE, SCALE


@dataclass(frozen=True)
class Tag:
    text: str
    fg: str
    bg: str
    border: str | None = None


class Tags(Flowable):
    """A row of small rounded tags that wraps onto more rows when it runs out of width."""

    def __init__(self, tags: list[Tag], size: float = SCALE["small"], gap: float = 1.6 * mm) -> None:
        super().__init__()
        self.tags = [t for t in tags if t.text]
        self.size = size
        self.gap = gap
        self.pad = size * 0.55
        self.height_one = size * 1.75
        self._rows: list[list[tuple[Tag, float]]] = []

    def _layout(self, avail: float) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        regular, _ = fonts.register()
        self._rows = [[]]
        used = 0.0
        for tag in self.tags:
            w = stringWidth(tag.text, regular, self.size) + 2 * self.pad
            if self._rows[-1] and used + w > avail:
                self._rows.append([])
                used = 0.0
            self._rows[-1].append((tag, w))
            used += w + self.gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._layout(avail_width)
        self.width = avail_width
        rows = len(self._rows) if self.tags else 0
        self.height = rows * self.height_one + max(0, rows - 1) * self.gap * 0.6
        return self.width, self.height

    def draw(self) -> None:
        regular, _ = fonts.register()
        c = self.canv
        y = self.height - self.height_one
        for row in self._rows:
            x = 0.0
            for tag, w in row:
                c.setFillColor(colors.HexColor(tag.bg))
                c.setStrokeColor(colors.HexColor(tag.border or tag.bg))
                c.setLineWidth(0.6)
                c.roundRect(x, y, w, self.height_one, self.height_one / 2.6, stroke=1, fill=1)
                c.setFillColor(colors.HexColor(tag.fg))
                c.setFont(regular, self.size)
                c.drawString(x + self.pad, y + self.height_one / 2 - self.size * 0.36, tag.text)
                x += w + self.gap
            y -= self.height_one + self.gap * 0.6


class RuledBox(Flowable):
    """A framed box with a heading and ruled lines to write on by hand."""

    def __init__(self, letter: str, label: str, lines: int = 6, line_gap: float = 7.5 * mm,
                 accent: str = "#1e4e8c") -> None:
        super().__init__()
        self.letter = letter
        self.label = label
        self.lines = lines
        self.line_gap = line_gap
        self.accent = accent

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = 9 * mm + self.lines * self.line_gap
        return self.width, self.height

    def draw(self) -> None:
        _regular, bold = fonts.register()
        c = self.canv
        c.setStrokeColor(colors.HexColor(RULE))
        c.setLineWidth(0.7)
        c.roundRect(0, 0, self.width, self.height, 2 * mm, stroke=1, fill=0)
        badge = 5.2 * mm
        top = self.height - 2 * mm - badge
        c.setFillColor(colors.HexColor(self.accent))
        c.roundRect(2.5 * mm, top, badge, badge, 1.2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(bold, SCALE["h3"])
        c.drawCentredString(2.5 * mm + badge / 2, top + badge / 2 - SCALE["h3"] * 0.36, self.letter)
        c.setFillColor(colors.HexColor(INK))
        c.setFont(bold, SCALE["body"])
        c.drawString(2.5 * mm + badge + 2 * mm, top + badge / 2 - SCALE["body"] * 0.36, self.label)
        c.setStrokeColor(colors.HexColor("#e3e8ee"))
        c.setLineWidth(0.5)
        c.setDash(1, 2)
        for i in range(1, self.lines + 1):
            y = top - 1.5 * mm - (i - 1) * self.line_gap - 4 * mm
            if y < 2 * mm:
                break
            c.line(3 * mm, y, self.width - 3 * mm, y)
        c.setDash()


class CheckBox(Flowable):
    """An empty square to tick by hand, sized to sit on a line of body text."""

    def __init__(self, size: float = SCALE["body"] * 0.95) -> None:
        super().__init__()
        self.size = size

    def wrap(self, *_: Any) -> tuple[float, float]:
        self.width = self.size + 1
        self.height = self.size * 1.3
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.HexColor(MUTED))
        c.setLineWidth(0.7)
        c.roundRect(0, self.size * 0.2, self.size, self.size, 1, stroke=1, fill=0)


class QrCode(Flowable):
    """A QR code drawn as squares (vectors, no image and no extra font in the PDF)."""

    def __init__(self, text: str, size: float) -> None:
        from reportlab.graphics.barcode import qrencoder

        super().__init__()
        self.size = size
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(text)
        qr.make()
        count = qr.getModuleCount()
        self.modules = [[qr.isDark(r, c) for c in range(count)] for r in range(count)]

    def wrap(self, *_: Any) -> tuple[float, float]:
        self.width = self.height = self.size
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        cell = self.size / (count + 2)  # a quiet zone of one module around it
        c = self.canv
        c.setFillColor(colors.black)
        for r, row in enumerate(self.modules):
            for col, dark in enumerate(row):
                if dark:
                    c.rect((col + 1) * cell, self.size - (r + 2) * cell, cell, cell, stroke=0,
                           fill=1)
