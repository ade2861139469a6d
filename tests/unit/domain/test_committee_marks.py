"""Which committee marks a note-editing session changed: only its attendees', only those that
differ, each as it began and as it ended (a person not seated at one end is marked so)."""

from __future__ import annotations

from datetime import date

from desktop.domain.notes import CommitteeMark, marks_changed


def test_only_the_attendees_marks_that_changed_are_kept_in_pairs():
    li = CommitteeMark(contact_id=2, seated=True, stakeholder_id=7)
    boss = CommitteeMark(contact_id=1, seated=True, stakeholder_id=5, stance="neutral")
    met_li = CommitteeMark(contact_id=2, seated=True, stakeholder_id=7, met=True, last_met=date(2026, 11, 30),
                           stance="supporter")
    zhang = CommitteeMark(contact_id=3, seated=True, stakeholder_id=9, met=True, last_met=date(2026, 11, 30))
    boss_elsewhere = CommitteeMark(contact_id=1, seated=True, stakeholder_id=5, stance="opponent")
    began, ended = marks_changed((boss, li), (boss_elsewhere, met_li, zhang), {2, 3, 4})
    # 王 (1) is no attendee: his change is not the session's; 4 was never seated
    assert began == (li, CommitteeMark(contact_id=3))
    assert ended == (met_li, zhang)


def test_nothing_changed_is_nothing_to_put_back():
    li = CommitteeMark(contact_id=2, seated=True, stakeholder_id=7)
    assert marks_changed((li,), (li,), {2}) == ((), ())
