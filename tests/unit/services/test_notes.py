"""Call notes through the services: create, edit, delete and undo, attendees, next steps and the
committee updates a note can make."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain.errors import NotFound, ValidationFailed
from desktop.domain.notes import CallNoteRecord, NextStepRecord, NoteAttendeeRecord
from tests.builders import deal_with_committee, stakeholder

WHEN = datetime(2026, 11, 18, 14, 0)


def _note(ids: dict[str, int], **kw) -> CallNoteRecord:
    base = CallNoteRecord(deal_id=ids["deal"], occurred_at=WHEN, kind="visit", goal="了解预算",
                          situation="三个工厂，MES 是 2012 年上的。", problem="排产靠 Excel")
    return replace(base, **kw)


def test_create_edit_and_read_back_a_note(services):
    ids = deal_with_committee(services)
    saved = services.notes.save(_note(ids, next_steps=(
        NextStepRecord(text="发送方案", owner="我方", due=date(2026, 11, 25)),)))
    assert saved.id is not None
    assert saved.company_id == ids["company"]  # taken from the deal
    assert saved.deal_title == "二厂 MES 升级"
    assert [s.text for s in saved.next_steps] == ["发送方案"]
    assert saved.next_steps[0].deal_id == ids["deal"]

    edited = services.notes.save(replace(saved, problem="排产靠 Excel，旺季常出错",
                                         next_steps=saved.next_steps + (NextStepRecord(text="约 CFO"),)))
    again = services.notes.get(saved.id)
    assert again.problem == "排产靠 Excel，旺季常出错"
    assert [s.text for s in again.next_steps] == ["发送方案", "约 CFO"]
    assert edited.next_steps[0].id == saved.next_steps[0].id  # kept, not re-created

    services.notes.save(replace(again, next_steps=again.next_steps[1:]))
    assert [s.text for s in services.notes.get(saved.id).next_steps] == ["约 CFO"]


def test_list_is_newest_first_with_attendees_and_open_steps(services):
    ids = deal_with_committee(services)
    services.notes.save(_note(ids, occurred_at=datetime(2026, 10, 1, 10, 0), goal="首访"))
    services.notes.save(_note(ids, goal="二访", attendees=(NoteAttendeeRecord(ids["李敏"]),),
                              next_steps=(NextStepRecord(text="报价"),)))
    listed = services.notes.list(deal_id=ids["deal"])
    assert [n.goal for n in listed] == ["二访", "首访"]
    assert listed[0].attendee_names == ("李敏",)
    assert listed[0].open_steps == 1
    assert [n.goal for n in services.notes.list(company_id=ids["company"])] == ["二访", "首访"]


def test_delete_and_restore_bring_back_the_note_and_its_steps(services):
    ids = deal_with_committee(services)
    saved = services.notes.save(_note(ids, next_steps=(NextStepRecord(text="发送方案"),)))
    services.notes.delete(saved.id)
    assert services.notes.list(deal_id=ids["deal"]) == []
    with pytest.raises(NotFound):
        services.notes.get(saved.id)
    services.notes.restore(saved.id)
    assert [s.text for s in services.notes.get(saved.id).next_steps] == ["发送方案"]


def test_attendee_roles_and_committee_updates_in_the_same_save(services):
    ids = deal_with_committee(services)
    choices = {c.name: c for c in services.notes.attendee_choices(deal_id=ids["deal"], company_id=None)}
    assert [r.key for r in choices["王建国"].roles] == ["decision_maker", "signer"]
    assert choices["张伟"].roles == ()

    saved = services.notes.save(_note(ids, attendees=(
        NoteAttendeeRecord(ids["李敏"], personal_interests="今年想评上优秀", stance_seen="supporter",
                           mark_met=True, update_stance=True),
        NoteAttendeeRecord(ids["张伟"], mark_met=True),
    )))
    li = stakeholder(services, ids["deal"], ids["李敏"])
    assert (li.met, li.last_met, li.stance) == (True, WHEN.date(), "supporter")
    zhang = stakeholder(services, ids["deal"], ids["张伟"])  # not on the committee: added
    assert zhang is not None and zhang.met
    by_name = {a.name: a for a in saved.attendees}
    assert by_name["李敏"].mark_met and by_name["李敏"].update_stance
    assert by_name["李敏"].personal_interests == "今年想评上优秀"
    assert [r.key for r in by_name["李敏"].roles] == ["budget_holder"]


def test_a_note_without_a_stance_change_leaves_the_committee_alone(services):
    ids = deal_with_committee(services)
    services.notes.save(_note(ids, attendees=(NoteAttendeeRecord(ids["王建国"], stance_seen="opponent"),)))
    wang = stakeholder(services, ids["deal"], ids["王建国"])
    assert (wang.met, wang.stance) == (False, "unknown")


def test_bad_input_is_refused_and_nothing_written(services):
    ids = deal_with_committee(services)
    with pytest.raises(ValidationFailed) as exc:
        services.notes.save(_note(ids, kind="fax", next_steps=(NextStepRecord(owner="我方"),)))
    assert {e.code for e in exc.value.errors} == {"kind_invalid", "step_text_required"}
    with pytest.raises(ValidationFailed):
        services.notes.save(CallNoteRecord(occurred_at=WHEN))
    assert services.notes.list(deal_id=ids["deal"]) == []


def test_a_note_may_belong_to_a_company_only(services):
    ids = deal_with_committee(services)
    saved = services.notes.save(CallNoteRecord(company_id=ids["company"], occurred_at=WHEN,
                                               kind="phone", goal="年度回访"))
    assert saved.deal_id is None
    assert [n.goal for n in services.notes.list(company_id=ids["company"])] == ["年度回访"]


def test_blank_note_knows_its_company_and_is_blank(services, clock):
    ids = deal_with_committee(services)
    blank = services.notes.blank(deal_id=ids["deal"])
    assert blank.company_id == ids["company"] and blank.occurred_at == clock()
    assert blank.is_blank()
    assert not replace(blank, situation="x").is_blank()
