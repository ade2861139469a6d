"""The objection library's rule: entries whose signal words appear in the deal's notes."""

from __future__ import annotations

from desktop.domain.objections import Objection, likely_objections, problems

PRICE = Objection("Too expensive", "价格太高", "Compare three-year cost.", "比较三年总成本。",
                  "价格, 贵, price")
SYSTEM = Objection("We have a system", "已经有系统了", "We add what it lacks.", "补上它做不到的。",
                   "已经有系统, existing system")
TIMING = Objection("Not now", "现在不是时候", "What sets the date?", "是什么决定了时间？", "明年")


def test_the_entries_whose_words_the_notes_use_in_library_order():
    texts = ["财务总监觉得价格偏高；担心停线", "他们说已经有系统了"]
    got = likely_objections([TIMING, PRICE, SYSTEM], texts, "zh_CN")
    assert [(a.objection, a.answer) for a in got] == [("价格太高", "比较三年总成本。"),
                                                      ("已经有系统了", "补上它做不到的。")]
    assert [a.objection for a in likely_objections([PRICE], ["The PRICE is high"], "en")] == [
        "Too expensive"]


def test_nothing_fits_when_no_signal_word_appears_or_an_entry_has_none():
    assert likely_objections([PRICE, SYSTEM], ["交付周期是关键"], "zh_CN") == ()
    assert likely_objections([Objection("x", "x", "y", "y", "")], ["x"], "en") == ()


def test_an_entry_falls_back_to_the_other_language_and_at_most_four_print():
    only_zh = Objection("", "价格太高", "", "比较三年总成本。", "价格")
    assert likely_objections([only_zh], ["价格"], "en")[0].objection == "价格太高"
    many = [Objection(f"o{i}", f"o{i}", "a", "a", "价格") for i in range(9)]
    assert len(likely_objections(many, ["价格"], "zh_CN")) == 4


def test_an_entry_needs_an_objection_and_an_answer():
    assert problems([PRICE, Objection(answer_zh="答"), Objection(objection_en="x")]) == [
        (1, "objection"), (2, "answer")]
