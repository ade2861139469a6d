"""Text for paragraphs: escaping, line breaks, and Chinese line-start rules (避头尾).

reportlab's CJK wrapping keeps a character from starting a line when it is in
`ALL_CANNOT_START`, but its list is Japanese-centred and misses Chinese full-width punctuation
(，；：？！》〉） …). `apply_line_rules()` adds them, so no line starts with closing punctuation.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

# Characters that must not start a line in Chinese typesetting (GB/T 15834 practice).
CLOSING_PUNCTUATION = "。，、；：？！）》〉」』】〕］｝〗〙〛’”…‥·%％,.;:?!)]}"
# Characters that must not end a line (opening brackets and quotes).
OPENING_PUNCTUATION = "（《〈「『【〔［｛〖〘〚‘“([{"


@cache
def apply_line_rules() -> None:
    """Teach reportlab's CJK wrapper the Chinese closing punctuation (once per process)."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    extra = "".join(ch for ch in CLOSING_PUNCTUATION if ch not in paragraph.ALL_CANNOT_START)
    paragraph.ALL_CANNOT_START = paragraph.ALL_CANNOT_START + extra
    textsplit.ALL_CANNOT_START = paragraph.ALL_CANNOT_START


def markup(text: str | None) -> str:
    """Plain text as paragraph markup: escaped, newlines kept as line breaks."""
    if not text:
        return ""
    return "<br/>".join(escape(line) for line in str(text).strip().splitlines())


def bold(text: str) -> str:
    return f"<b>{markup(text)}</b>"
