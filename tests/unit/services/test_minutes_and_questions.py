"""Minutes text leaves every internal field out; the question library seeds, edits and resets."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.errors import ValidationFailed
from desktop.domain.notes import (
    INTERNAL_FIELDS,
    SPIN_SECTIONS,
    CallNoteRecord,
    NextStepRecord,
    NoteAttendeeRecord,
    QuestionPromptRecord,
)
from desktop.services.questions import shipped_questions
from tests.builders import deal_with_committee

MARK = "XQZ"  # planted in every internal field; must never reach the minutes


def planted_note(services) -> tuple[int, dict[str, int]]:
    ids = deal_with_committee(services)
    internal = {f: f"{MARK}-{f}" for f in INTERNAL_FIELDS}
    note = services.notes.save(CallNoteRecord(
        deal_id=ids["deal"], occurred_at=datetime(2026, 11, 18, 14, 0), kind="visit",
        goal="确认二期范围",
        situation="三个工厂，MES 老旧。\n李敏负责二期预算审核。\n回本测算按三年还是五年算？",
        problem="排产靠 Excel。",
        implication="每月延误交付约 12 单。", need_payoff="交期准时率提升到 98%。",
        product_feedback="希望支持移动端报工。", **internal,
        attendees=(NoteAttendeeRecord(ids["李敏"], personal_interests=f"{MARK}-interests",
                                      stance_seen="opponent", mark_met=True, update_stance=True),
                   NoteAttendeeRecord(ids["王建国"], personal_interests=f"{MARK}-boss")),
        next_steps=(NextStepRecord(text="发送二期方案", owner="我方", due=date(2026, 11, 25),
                                   agreed=True),
                    NextStepRecord(text="安排工厂参观", owner="李敏", agreed=True),
                    # the seller's own to-do: never in the minutes
                    NextStepRecord(text=f"{MARK}-internal-step 请张伟引荐王总", owner="我方")),
    ))
    return note.id, ids


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_minutes_text_has_the_meeting_and_nothing_internal(services, language):
    note_id, _ = planted_note(services)
    text = services.minutes.text(note_id, language, our_side=("陈销售",))
    assert MARK not in text
    # the seller's committee map and open questions are not minutes
    for word in ("opponent", "反对", "supporter", "预算审核", "回本测算"):
        assert word not in text
    for shown in ("华东精密制造集团", "李敏", "王建国", "三个工厂", "排产靠 Excel", "每月延误",
                  "98%", "移动端报工", "发送二期方案", "安排工厂参观", "陈销售", "确认二期范围"):
        assert shown in text
    # Headed in the customer's words, not the seller's method.
    for jargon in ("S 现状", "P 问题", "Need-payoff", "Implications", "Situation"):
        assert jargon not in text
    assert ("【期望的成果】" in text) == (language == "zh_CN")
    assert ("[The outcome you want]" in text) == (language == "en")
    if language == "zh_CN":
        assert "会议纪要" in text and "负责人：我方" in text and "11月25日" in text
    else:
        assert text.startswith("Minutes — ") and "Owner: 我方" in text and "25 Nov 2026" in text


def test_minutes_record_lists_only_customer_safe_sections(services):
    note_id, _ = planted_note(services)
    minutes = services.minutes.build(note_id)
    # only the steps agreed with the customer; the seller's own to-do stays in the note
    assert [s.text for s in minutes.agreed_steps] == ["发送二期方案", "安排工厂参观"]
    assert [s.agreed for s in services.notes.get(note_id).next_steps] == [True, True, False]
    assert [k for k, _ in minutes.discussed] == [*SPIN_SECTIONS, "product_feedback"]
    assert [a.name for a in minutes.attendees] == ["李敏", "王建国"]
    assert MARK not in repr(minutes)


def test_question_library_seeds_from_the_shipped_file(services):
    questions = services.questions.list()
    assert questions == list(questions)  # stable order
    shipped = shipped_questions()
    assert [(q.section, q.text_zh) for q in questions] == [(q.section, q.text_zh) for q in shipped]
    for section in SPIN_SECTIONS:
        mine = services.questions.list(section)
        assert 8 <= len(mine) <= 12
        assert all(q.text_en and q.text_zh for q in mine)


def test_the_seller_edits_and_resets_the_library(services):
    questions = services.questions.list()
    mine = [QuestionPromptRecord("problem", text_zh="你们最怕审计时查到什么？")] + questions[:2]
    services.questions.replace_all(mine)
    assert [q.text("zh_CN") for q in services.questions.list("problem")] == ["你们最怕审计时查到什么？"]
    assert services.questions.list("problem")[0].text("en") == "你们最怕审计时查到什么？"  # fallback
    with pytest.raises(ValidationFailed):
        services.questions.replace_all([QuestionPromptRecord("problem")])
    assert len(services.questions.list()) == 3  # the refused edit wrote nothing
    assert len(services.questions.reset()) == len(shipped_questions())
