"""Line breaking for every document: Chinese rules, Latin words whole, no lone last character,
company suffixes kept whole; characters without a glyph left out."""

from __future__ import annotations

import itertools

from desktop.documents.base import stylesheet
from desktop.documents.text import CLOSING_PUNCTUATION


def _lines(text: str, width: float) -> list[str]:
    from desktop.documents.text import Para

    para = Para(text, stylesheet()["body"])
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


def test_latin_words_break_at_spaces_never_inside():
    text = ("The customer arranged a review; Montgomery-Smithson 精密制造 wants changeover "
            "traceability and 三个工厂 integrated before the audit. ") * 4
    words = set(text.replace(";", " ").replace(".", " ").split())
    for width in range(60, 400, 11):
        for line in _lines(text, width):
            for piece in (line.split()[:1] + line.split()[-1:]):
                latin = "".join(ch for ch in piece if (ch.isascii() and ch.isalpha()) or ch == "-")
                if latin and latin.isascii() and len(latin) > 2 and not latin.endswith("-"):
                    # every Latin word at a line's edge is a whole word of the text
                    assert any(latin in w for w in words), (width, line)
        assert not any(line.endswith(("arrange", "custom", "Smithso")) for line in
                       _lines(text, width))


def test_a_word_wider_than_the_line_is_hyphenated():
    lines = _lines("Featherstonehaugh-Worthington", 40)
    assert len(lines) > 1 and all(line.endswith("-") for line in lines[:-1])


def test_no_single_character_alone_on_the_last_line():
    base = "生产数据延迟一天才能看到，换线追溯靠纸质单据出错率高"
    for extra in range(0, 12):
        text = base + "返工多客户投诉交付延期"[:extra] + "。"
        for width in range(60, 300, 9):
            lines = _lines(text, width)
            if len(lines) > 1:
                last = lines[-1].strip("。，")
                assert len(last) >= 2, (width, lines)


def test_a_company_suffix_is_not_broken():
    name = "深圳市康宁医疗器械有限公司"
    for width in range(50, 140, 3):
        for line in _lines(name, width)[1:]:
            assert not line.startswith(("限公司", "公司", "司")), (width, line)


def test_emoji_and_other_characters_without_a_glyph_are_left_out():
    from desktop.documents.text import markup, printable

    assert printable("王磊😀") == "王磊"
    assert printable("Christopher Harrington 😀 先生") == "Christopher Harrington 先生"
    assert printable("👍🏽 好") == "好"
    assert markup("<A&B> 🚀") == "&lt;A&amp;B&gt;"


def test_a_date_is_not_broken():
    text = "最近进展 2026年11月20日 已于2026年6月3日支付"
    for width in range(80, 200, 3):  # (a date fits on a line from 72 pt)
        lines = _lines(text, width)
        for a, b in itertools.pairwise(lines):
            assert not (a[-1:] in "年月" and b[:1].isdigit()), (width, lines)
