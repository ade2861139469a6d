"""Chinese line breaking: no line starts with closing punctuation."""

from __future__ import annotations

from desktop.documents.base import stylesheet
from desktop.documents.text import CLOSING_PUNCTUATION


def _lines(text: str, width: float) -> list[str]:
    from reportlab.platypus import Paragraph

    para = Paragraph(text, stylesheet()["body"])
    para.wrap(width, 10_000)
    lines = []
    for line in para.blPara.lines:
        words = line[1] if isinstance(line, tuple) else line.words
        lines.append("".join(w if isinstance(w, str) else getattr(w, "text", "") for w in words))
    return lines


def test_no_line_starts_with_closing_punctuation_in_narrow_frames():
    text = ("生产数据延迟一天，换线追溯靠纸质单据。出错率高、返工多；客户投诉：交付延期！"
            "（影响年度考核）《质量手册》要求：每批可追溯？是的。") * 3
    seen_breaks = 0
    for width in range(40, 160, 7):
        lines = _lines(text, width)
        seen_breaks += len(lines) - 1
        for line in lines[1:]:
            assert line and line[0] not in CLOSING_PUNCTUATION, (width, line)
    assert seen_breaks > 50  # the paragraph really wrapped many times
