"""Text for paragraphs: escaping, characters the font can draw, and line breaking.

Every document's paragraphs are `Para`, whose line breaker follows Chinese and Latin rules at
once (reportlab's own CJK wrapper breaks anywhere: "arrange/d", "Montgomery-Smithso/n"):

- a line may break between two Chinese characters, between Chinese and Latin text, after a
  space, and after a hyphen inside a word; never inside a Latin word or a number with its unit
  ("125 / 万"), never inside a company suffix ("有 / 限公司");
- closing punctuation never starts a line, opening punctuation never ends one (避头尾, GB/T 15834
  practice; the lists below add the Chinese full-width marks reportlab's Japanese list misses);
- no character alone on a paragraph's last line when moving one break earlier avoids it;
- nothing hangs into the margin: a line is never wider than its frame.

`printable()` drops what the bundled font has no glyph for (emoji, pictographs): left out
cleanly rather than printed as boxes.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

# Characters that must not start a line in Chinese typesetting (GB/T 15834 practice).
CLOSING_PUNCTUATION = "。，、；：？！）》〉」』】〕］｝〗〙〛’”…‥·%％,.;:?!)]}"
# Characters that must not end a line (opening brackets and quotes).
OPENING_PUNCTUATION = "（《〈「『【〔［｛〖〘〚‘“([{¥$"
# Words a line never breaks inside (the end of a company's name).
UNBREAKABLE = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司")
ELLIPSIS = "…"
_FUZZ = 1e-6
_DROP = re.compile("[\u200d\ufe0e\ufe0f\u20e3]")  # joiners and emoji presentation selectors


@cache
def _font_chars() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    from desktop.documents import fonts

    regular, _ = fonts.register()
    return frozenset(pdfmetrics.getFont(regular).face.charToGlyph)


def printable(text: str | None) -> str:
    """`text` without the characters the bundled font cannot draw (emoji print as boxes)."""
    if not text:
        return ""
    text = _DROP.sub("", str(text))
    chars = _font_chars()
    if all(ord(ch) in chars or ch in "\n\r\t" for ch in text):
        return text
    kept = "".join(ch for ch in text if ord(ch) in chars or ch in "\n\r\t")
    return re.sub(r"[ ]{2,}", " ", kept).replace(" \n", "\n").strip(" ")


def markup(text: str | None) -> str:
    """Plain text as paragraph markup: printable, escaped, newlines kept as line breaks."""
    if not text:
        return ""
    return "<br/>".join(escape(line) for line in printable(str(text)).strip().splitlines())


def bold(text: str) -> str:
    return f"<b>{markup(text)}</b>"


@cache
def apply_line_rules() -> None:
    """Teach reportlab's CJK tables the Chinese closing punctuation (once per process); the
    breaking itself is `Para`'s."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    extra = "".join(ch for ch in CLOSING_PUNCTUATION if ch not in paragraph.ALL_CANNOT_START)
    paragraph.ALL_CANNOT_START = paragraph.ALL_CANNOT_START + extra
    textsplit.ALL_CANNOT_START = paragraph.ALL_CANNOT_START


# --- line breaking -------------------------------------------------------------------------------
def _wide(ch: str) -> bool:
    return bool(ch) and ord(ch[0]) >= 0x2E80


def _space(ch: str) -> bool:
    return ch in (" ", "\t", "\u3000", "\u2009", "\u200b")


def _protected(text: str) -> set[int]:
    """Positions k where a break before text[k] would split an unbreakable word."""
    out: set[int] = set()
    for word in UNBREAKABLE:
        start = text.find(word)
        while start >= 0:
            out.update(range(start + 1, start + len(word)))
            start = text.find(word, start + 1)
    return out


def break_opportunities(text: str) -> list[bool]:
    """ok[k]: a line may break before text[k] (k ≥ 1)."""
    n = len(text)
    ok = [False] * (n + 1)
    protected = _protected(text)
    for k in range(1, n):
        a, b = text[k - 1], text[k]
        if not a or not b or k in protected or _space(b):
            continue
        if _space(a):
            ok[k] = True
        elif b in CLOSING_PUNCTUATION or a in OPENING_PUNCTUATION:
            continue
        elif a in "-/" and b.isalnum() and k >= 2 and text[k - 2].isalnum():
            ok[k] = True
        elif a.isdigit() and _wide(b):
            continue  # "125万", "3 号楼": a number keeps its unit
        elif a in "年月" and b.isdigit():
            continue  # a date stays whole: "2026年11月20日"
        elif _wide(a) or _wide(b):
            ok[k] = True
    return ok


def _visible(units: list[Any]) -> int:
    return sum(1 for u in units if u and not _space(u) and u not in CLOSING_PUNCTUATION)


def break_lines(units: list[Any], widths: list[float]) -> list[tuple[int, int, bool]]:
    """Lines of `units` (strings with .width; an empty unit with `hard` ends a line) as
    (start, end, ended_by_a_hard_break)."""
    if (sum(u.width for u in units) <= widths[0] + _FUZZ
            and not any(getattr(u, "hard", False) for u in units)):
        return [(0, len(units), False)]  # fits on one line: nothing to decide
    text = "".join(u if len(u) == 1 else "\x00" for u in units)
    ok = break_opportunities(text)
    hard = [getattr(u, "hard", False) for u in units]
    hyphens: set[int] = set()
    n = len(units)
    lines: list[tuple[int, int, bool]] = []
    start = 0
    while start < n:
        limit = widths[min(len(lines), len(widths) - 1)]
        used, last_ok, i, end, ended = 0.0, 0, start, n, False
        while i < n:
            if hard[i]:
                end, ended = i + 1, True
                break
            if i > start and ok[i]:
                last_ok = i
            u = units[i]
            if i > start and not _space(u) and used + u.width > limit + _FUZZ:
                end = last_ok if last_ok > start else i
                if end == i and _inside_word(units, i):
                    # A word wider than the line: hyphenated where it has to break.
                    while end - 1 > start and used + _hyphen_width(units[i]) > limit + _FUZZ:
                        end -= 1
                        used -= units[end].width
                    hyphens.add(len(lines))
                break
            used += u.width
            i += 1
        lines.append((start, end, ended))
        start = end
        while not ended and start < n and _space(units[start]) and not hard[start]:
            start += 1
    out = _no_orphan(units, lines, ok, widths)
    return [(s, e, h) if n not in hyphens else (s, e, h, True)  # type: ignore[misc]
            for n, (s, e, h) in enumerate(out)]


def _inside_word(units: list[Any], i: int) -> bool:
    return (i > 0 and len(units[i]) == 1 and len(units[i - 1]) == 1
            and units[i].isascii() and units[i].isalnum()
            and units[i - 1].isascii() and units[i - 1].isalnum())


def _hyphen_width(unit: Any) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth("-", unit.frag.fontName, unit.frag.fontSize)


def _hyphen(unit: Any) -> Any:
    h = _Unit("-")
    h.frag, h.hard, h.width = unit.frag, False, _hyphen_width(unit)
    return h


def _line_width(units: list[Any], start: int, end: int) -> float:
    while end > start and (_space(units[end - 1]) or getattr(units[end - 1], "hard", False)):
        end -= 1
    return sum(u.width for u in units[start:end])


def _no_orphan(units: list[Any], lines: list[tuple[int, int, bool]], ok: list[bool],
               widths: list[float]) -> list[tuple[int, int, bool]]:
    """Move a break one opportunity earlier where a paragraph's last line holds one character."""
    for n in range(1, len(lines)):
        start, end, ended = lines[n]
        last_of_paragraph = ended or n == len(lines) - 1
        prev_start, prev_end, prev_ended = lines[n - 1]
        if not last_of_paragraph or prev_ended or _visible(units[start:end]) != 1:
            continue
        limit = widths[min(n, len(widths) - 1)]
        for k in range(prev_end - 1, prev_start + 1, -1):
            if ok[k] and _line_width(units, k, end) <= limit + _FUZZ:
                if _visible(units[prev_start:k]) >= 2:
                    lines[n - 1] = (prev_start, k, False)
                    lines[n] = (k, end, ended)
                break
    return lines


class _Unit(str):
    """One character of a paragraph with its fragment (font, size, colour) and width."""

    frag: Any
    width: float
    hard: bool


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _widths(font: str, size: float) -> dict[str, float]:
    """Character widths of one font and size, filled as characters are met (a brief measures
    the same few hundred characters thousands of times)."""
    table = _WIDTHS.get((font, size))
    if table is None:
        table = _WIDTHS[(font, size)] = {}
    return table


def _units(frags: list[Any]) -> list[_Unit]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: list[_Unit] = []
    for f in frags:
        text = f.text.decode("utf8") if isinstance(f.text, bytes) else f.text
        cb = getattr(f, "cbDefn", None)
        hard = hasattr(f, "lineBreak")
        if not text:
            u = _Unit("")
            u.frag, u.width, u.hard = f, float(getattr(cb, "width", 0) or 0), hard
            out.append(u)
            continue
        widths = _widths(f.fontName, f.fontSize)
        for ch in text:
            u = _Unit(ch)
            u.frag, u.hard = f, False
            w = widths.get(ch)
            if w is None:
                w = widths[ch] = stringWidth(ch, f.fontName, f.fontSize)
            u.width = w
            out.append(u)
    return out


def _para_class() -> type:
    from desktop.documents import loading

    loading.load()
    from reportlab.platypus import paragraph
    from reportlab.platypus.paragraph import Paragraph, ParaLines, makeCJKParaLine

    class Para(Paragraph):
        """A paragraph broken by the rules above (always; `wordWrap` is ignored)."""

        def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab API
            return self.breakLinesCJK(width)

        def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 - reportlab API
            if not isinstance(maxWidths, (list, tuple)):
                maxWidths = [maxWidths]  # noqa: N806
            style = self.style
            self.height = 0
            paragraph._handleBulletWidth(self.bulletText, style, maxWidths)
            if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
                return self.blPara
            frags = self.frags
            if not frags:
                return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                                 textColor=style.textColor, lines=[], ascent=style.fontSize,
                                 descent=-0.2 * style.fontSize)
            auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
            calc = auto not in ("", "off")
            units = _units(frags)
            lines = []
            for n, line in enumerate(break_lines(units, list(maxWidths))):
                start, end, ended = line[:3]
                limit = maxWidths[min(n, len(maxWidths) - 1)]
                used = _line_width(units, start, end)
                stop = end
                while stop > start and _space(units[stop - 1]):
                    stop -= 1
                part = units[start:stop] or units[start:end]
                if len(line) > 3:
                    part = part + [_hyphen(units[end - 1])]
                    used += part[-1].width
                lines.append(makeCJKParaLine(part, limit, used, limit - used, ended, calc))
            return ParaLines(kind=1, lines=lines)

    return Para


@cache
def para_class() -> type:
    return _para_class()


def Para(text: str, style: Any, **kw: Any) -> Any:  # noqa: N802 - reads as a class
    """A paragraph from ready markup, broken by the documents' line rules."""
    return para_class()(text, style, **kw)


def fit(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line of `width` points, cut with "…" when it is longer."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = printable(text)
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip(" ·,，、") + ELLIPSIS


def clip(text: str, style: Any, width: float, max_lines: int) -> tuple[str, bool]:
    """Plain `text` cut (with "…") to at most `max_lines` lines of `width` in `style`; returns
    the text and whether it was cut."""
    text = printable(text).strip()
    lines = _line_texts(text, style, width)
    if len(lines) <= max_lines:
        return text, False
    # The cut falls on the last line kept: search only there (short texts wrap fast).
    before = sum(len(t) for t in lines[:max_lines - 1])
    upto = min(len(text), sum(len(t) for t in lines[:max_lines]) + 2 * max_lines + 2)

    def fits(n: int) -> bool:
        return _lines(_cut_at(text, n), style, width) <= max_lines

    lo, hi = (before, upto) if fits(before) else (0, upto)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return _cut_at(text, lo), True


def _cut_at(text: str, n: int) -> str:
    return text[:n].rstrip().rstrip(" ，,、；;：:\n").rstrip() + ELLIPSIS


def _line_texts(text: str, style: Any, width: float) -> list[str]:
    p = Para(markup(text), style)
    p.wrap(width, 1e6)
    return ["".join(w.text for w in line.words) for line in p.blPara.lines]


def _lines(text: str, style: Any, width: float) -> int:
    p = Para(markup(text), style)
    p.wrap(width, 1e6)
    return len(p.blPara.lines)
