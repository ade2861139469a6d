"""A layout checker that sees a PDF as a reader does: from the word boxes poppler finds.

`pdftotext -bbox-layout` gives every word's box (its height is the font size). The checker fails
a document on: two words overlapping (an overprint), text outside the page's safe area or outside
its frame's left and right edges, text inside a slide's frame below the type scale's minimum, a
page count over the limit, a Latin word broken inside (a line ending "arrange" with the next one
starting "d", checked against the words the document was made from), and characters the bundled
font has no glyph for (they print as boxes).
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

MM = 72 / 25.4


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float  # from the top of the page
    x1: float
    y1: float

    @property
    def size(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    lines: tuple[Line, ...]

    @property
    def words(self) -> list[Word]:
        return [w for line in self.lines for w in line.words]


@dataclass(frozen=True)
class Limits:
    """What a document must keep to. Margins in points (left, top, right, bottom)."""

    max_pages: int
    frame: tuple[float, float, float, float]
    safe: float = 6 * MM  # no text nearer the paper's edge than this (print shops trim)
    min_size: float | None = None  # every word inside the frame at least this big (slides)
    vocabulary: frozenset[str] = field(default_factory=frozenset)  # Latin words the text had


def read_pages(pdf: bytes) -> list[Page]:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        out = subprocess.run(["pdftotext", "-bbox-layout", f.name, "-"], capture_output=True,
                             check=True).stdout
    text = out.decode("utf-8")
    text = re.sub(r"<!DOCTYPE[^>]*>", "", text)
    text = text.replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
    root = ET.fromstring(text)
    pages = []
    for n, page in enumerate(root.iter("page"), start=1):
        lines = []
        for line in page.iter("line"):
            words = tuple(Word(w.text or "", float(w.get("xMin")), float(w.get("yMin")),
                               float(w.get("xMax")), float(w.get("yMax")))
                          for w in line.iter("word"))
            if words:
                lines.append(Line(words))
        pages.append(Page(n, float(page.get("width")), float(page.get("height")), tuple(lines)))
    return pages


def overlaps(page: Page, tolerance: float = 0.6) -> list[tuple[Word, Word]]:
    """Pairs of words whose boxes cross (more than `tolerance` points each way)."""
    words = sorted(page.words, key=lambda w: w.y0)
    out = []
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if b.y0 >= a.y1 - tolerance:
                break
            dy = min(a.y1, b.y1) - max(a.y0, b.y0)
            dx = min(a.x1, b.x1) - max(a.x0, b.x0)
            if dx > tolerance and dy > max(tolerance, 0.25 * min(a.size, b.size)):
                out.append((a, b))
    return out


_LATIN_TAIL = re.compile(r"([A-Za-z]+)$")
_LATIN_HEAD = re.compile(r"^([A-Za-z]+)")


def broken_words(page: Page, vocabulary: frozenset[str]) -> list[str]:
    """Words of `vocabulary` split over two lines mid-word ("arrange" / "d")."""
    out = []
    lines = page.lines
    for a, b in pairwise(lines):
        tail = _LATIN_TAIL.search(a.words[-1].text)
        head = _LATIN_HEAD.search(b.words[0].text)
        if not (tail and head):
            continue
        joined = tail.group(1) + head.group(1)
        if joined.casefold() in vocabulary and tail.group(1).casefold() not in vocabulary:
            out.append(f"{tail.group(1)}/{head.group(1)}")
    return out


@cache
def _font_chars() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    from desktop.documents import fonts

    regular, _ = fonts.register()
    return frozenset(pdfmetrics.getFont(regular).face.charToGlyph)


def missing_glyphs(pdf: bytes) -> set[str]:
    """Characters written into the PDF that the bundled font cannot draw (they print as boxes).
    reportlab maps every character it writes in its ToUnicode table, drawable or not."""
    from pypdf import PdfReader

    chars = _font_chars()
    text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    return {ch for ch in text if ord(ch) > 32 and ord(ch) not in chars}


def problems(pdf: bytes, limits: Limits) -> list[str]:
    """Everything a reader would see wrong, in words; empty when the document is fine."""
    pages = read_pages(pdf)
    out: list[str] = []
    if len(pages) > limits.max_pages:
        out.append(f"{len(pages)} pages, at most {limits.max_pages}")
    left, top, right, bottom = limits.frame
    for page in pages:
        where = f"page {page.number}"
        for a, b in overlaps(page):
            out.append(f"{where}: '{a.text}' overprints '{b.text}'")
        for w in page.words:
            if (w.x0 < limits.safe or w.y0 < limits.safe or w.x1 > page.width - limits.safe
                    or w.y1 > page.height - limits.safe):
                out.append(f"{where}: '{w.text}' outside the page's safe area")
            elif w.x0 < left - 1 or w.x1 > page.width - right + 1:
                out.append(f"{where}: '{w.text}' outside the frame ({w.x0:.0f}–{w.x1:.0f})")
            if (limits.min_size and top <= w.y0 and w.y1 <= page.height - bottom
                    and w.size < limits.min_size - 0.05):
                out.append(f"{where}: '{w.text}' at {w.size:.1f} pt, below {limits.min_size} pt")
        if limits.vocabulary:
            out += [f"{where}: '{b}' broken mid-word" for b in broken_words(page,
                                                                           limits.vocabulary)]
    missing = missing_glyphs(pdf)
    if missing:
        out.append(f"characters without a glyph (boxes): {''.join(sorted(missing))}")
    return out


def latin_words(texts: Iterable[str]) -> frozenset[str]:
    """The Latin words (3+ letters, hyphenated parts apart) of some texts, case-folded."""
    return frozenset(w.casefold() for t in texts for w in re.findall(r"[A-Za-z]{3,}", t or ""))
