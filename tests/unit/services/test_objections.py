"""The objection library in the book: seeded once, edited as a whole, reset; the brief prints the
prepared answers that fit the deal, and nothing of it reaches the deck or the minutes."""

from __future__ import annotations

import pytest

from desktop.documents.first_call_deck import FirstCallDeck
from desktop.documents.minutes import write_minutes_pdf
from desktop.documents.visit_brief import VisitBrief
from desktop.domain.errors import ValidationFailed
from desktop.domain.objections import Objection
from desktop.services.objections import shipped_objections
from tests.printing_data import add_full_deal
from tests.unit.documents.helpers import pdf_pages

MARK = "LEAK-ANSWER-7810"


def test_a_book_gets_the_shipped_library_seeded_from_the_objection_handling_idea(services):
    got = services.objections.list()
    assert [o.objection_zh for o in got[:4]] == ["价格太高", "我们已经有系统了", "要和现有供应商比一比",
                                                 "现在不是时候"]
    assert all(o.answer_zh and o.answer_en and o.signals for o in got)
    assert len(got) == len(shipped_objections())


def test_the_seller_edits_the_library_as_a_whole_and_can_reset_it(services):
    mine = [Objection("Too slow", "太慢", "Show the benchmark.", "给出测试数据。", "慢, slow")]
    assert [o.objection_zh for o in services.objections.replace_all(mine)] == ["太慢"]
    with pytest.raises(ValidationFailed):
        services.objections.replace_all(mine + [Objection(objection_zh="没有答案")])
    assert [o.objection_zh for o in services.objections.list()] == ["太慢"]  # nothing written
    assert len(services.objections.reset()) == len(shipped_objections())


def test_the_brief_prints_the_answers_that_fit_the_deals_notes(services):
    ids = add_full_deal(services)  # the notes' risks: 财务总监对回收期有疑虑；生产部担心停线
    data = services.briefing.visit_brief(ids.deal, "zh_CN")
    assert [a.objection for a in data.answers][:2] == ["价格太高", "要和现有供应商比一比"]
    text = "".join(pdf_pages(VisitBrief(data).render())).replace("\n", "")
    assert "可能的异议与应对" in text and "价格太高" in text and "先确认对比的口径" in text


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_prepared_answers_never_reach_the_deck_or_the_minutes(services, language):
    services.objections.replace_all([Objection(f"Price {MARK}", f"价格 {MARK}", f"A {MARK}",
                                               f"答 {MARK}", "回收期, 停线, price")])
    ids = add_full_deal(services)
    brief = "".join(pdf_pages(VisitBrief(services.briefing.visit_brief(ids.deal, language))
                              .render()))
    assert MARK in brief  # really planted: the internal brief prints it
    deck = "".join(pdf_pages(FirstCallDeck(services.briefing.deck(ids.deal, language)).render()))
    minutes = "".join(pdf_pages(write_minutes_pdf(services.minutes.build(ids.note, language))))
    assert MARK not in deck and MARK not in minutes
