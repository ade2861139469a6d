"""Call-note autosave and undo: the time the note editor is open is one editing session, and the
session is one undoable action, pushed when the editor closes. Undo puts the note back as it was
when the session began (a note the session wrote goes again); redo as it was last saved. The
committee "met" marks and stances the note's attendees wrote go back and come again with it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from desktop.domain.notes import CallNoteRecord, NextStepRecord
from tests.builders import deal_with_committee, stakeholder

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def active(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def notes_panel(window, deal_id):
    page = window.show_page("deals")
    page.open_record(deal_id)
    return page, page.deal_view.notes_panel


def autosaved(qtbot, editor) -> None:
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass


def test_a_note_written_in_one_session_is_one_undo_step(qtbot, window, services):
    deal_id = deal_with_committee(services)["deal"]
    page, panel = notes_panel(window, deal_id)
    editor = panel.new_note()
    active(qtbot, editor)
    qtbot.keyClicks(editor.texts["goal"], "Budget")
    autosaved(qtbot, editor)  # the autosave timer wrote it
    editor.texts["situation"].setPlainText("排产靠 Excel")
    autosaved(qtbot, editor)  # and again: still the same session
    assert window.undo_stack.count() == 0  # nothing pushed while the editor is open
    editor.close()
    [note] = services.notes.list(deal_id=deal_id)
    assert window.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Write call note “Budget”"

    active(qtbot, window)
    qtbot.keyClick(page.deal_view.tabs, Qt.Key.Key_Z, CTRL)
    assert services.notes.list(deal_id=deal_id) == []
    qtbot.keyClick(page.deal_view.tabs, Qt.Key.Key_Z, CTRL | SHIFT)
    back = services.notes.get(note.id)
    assert (back.goal, back.situation) == ("Budget", "排产靠 Excel")


def test_undo_of_a_session_on_an_existing_note_puts_back_its_text_and_steps(qtbot, window, services):
    deal_id = deal_with_committee(services)["deal"]
    note = services.notes.save(CallNoteRecord(
        deal_id=deal_id, occurred_at=datetime(2026, 11, 30, 10), goal="确认预算",
        next_steps=(NextStepRecord(text="发送报价", owner="我方"),)))
    before = services.notes.get(note.id)
    _page, panel = notes_panel(window, deal_id)
    editor = panel.open_note(note.id)
    active(qtbot, editor)
    editor.texts["goal"].setText("确认预算和时间")
    editor.texts["goal"].textEdited.emit("确认预算和时间")
    autosaved(qtbot, editor)
    editor.step_model.remove(0)  # the step taken away in the session
    autosaved(qtbot, editor)
    editor.close()
    after = services.notes.get(note.id)
    assert after.goal == "确认预算和时间" and after.next_steps == ()
    assert services.deals.next_steps(deal_id) == []

    window.undo_action.trigger()  # Edit → Undo
    assert services.notes.get(note.id) == before
    assert [s.text for s in services.deals.next_steps(deal_id)] == ["发送报价"]  # same step, its id
    window.redo_action.trigger()
    assert services.notes.get(note.id) == after


def test_a_session_that_wrote_nothing_leaves_no_undo_step(qtbot, window, services):
    deal_id = deal_with_committee(services)["deal"]
    _page, panel = notes_panel(window, deal_id)
    editor = panel.new_note()
    editor.close()
    assert window.undo_stack.count() == 0


def tick(model, row: int, column: int) -> None:
    model.setData(model.index(row, column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def attend(editor, contact_id: int, *, stance: str) -> None:
    """Add the person as an attendee, tick "met", note the stance seen and tick "update stance"."""
    editor.attendee_choice.setCurrentIndex(editor.attendee_choice.findData(contact_id))
    editor.add_attendee()
    m = editor.attendee_model
    row = m.rowCount() - 1
    tick(m, row, m.MET)
    m.setData(m.index(row, m.STANCE), stance)
    tick(m, row, m.UPDATE)


def seat(services, deal_id, contact_id):
    row = stakeholder(services, deal_id, contact_id)
    return None if row is None else (row.id, row.met, row.last_met, row.stance)


def test_undo_of_a_new_note_puts_the_committee_marks_back(qtbot, window, services):
    ids = deal_with_committee(services)
    deal_id, li, zhang = ids["deal"], ids["李敏"], ids["张伟"]  # 张伟: a contact, not in the committee
    li_before = seat(services, deal_id, li)
    assert li_before[1:] == (False, None, "unknown") and seat(services, deal_id, zhang) is None
    page, panel = notes_panel(window, deal_id)
    editor = panel.new_note()
    active(qtbot, editor)
    editor.texts["goal"].setText("Budget")
    editor.when.setDateTime(datetime(2026, 11, 30, 10))
    attend(editor, li, stance="supporter")
    attend(editor, zhang, stance="opponent")
    assert editor.save_now()
    editor.close()
    li_after, zhang_after = seat(services, deal_id, li), seat(services, deal_id, zhang)
    assert li_after == (li_before[0], True, datetime(2026, 11, 30).date(), "supporter")
    assert zhang_after[1:] == (True, datetime(2026, 11, 30).date(), "opponent")  # the note seated him

    active(qtbot, window)
    qtbot.keyClick(page.deal_view.tabs, Qt.Key.Key_Z, CTRL)
    assert services.notes.list(deal_id=deal_id) == []
    assert seat(services, deal_id, li) == li_before  # met and stance as before the session
    assert seat(services, deal_id, zhang) is None  # the seat the note made goes too
    qtbot.keyClick(page.deal_view.tabs, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(services.notes.list(deal_id=deal_id)) == 1
    assert seat(services, deal_id, li) == li_after
    assert seat(services, deal_id, zhang) == zhang_after  # the same seat, its id


def test_undo_of_a_session_on_an_existing_note_puts_back_met_and_stance(qtbot, window, services):
    ids = deal_with_committee(services)
    deal_id, boss = ids["deal"], ids["王建国"]
    note = services.notes.save(CallNoteRecord(deal_id=deal_id, occurred_at=datetime(2026, 11, 30, 10),
                                              goal="确认预算"))
    before = seat(services, deal_id, boss)
    _page, panel = notes_panel(window, deal_id)
    editor = panel.open_note(note.id)
    active(qtbot, editor)
    attend(editor, boss, stance="neutral")
    assert editor.save_now()
    editor.close()
    after = seat(services, deal_id, boss)
    assert after == (before[0], True, datetime(2026, 11, 30).date(), "neutral")

    window.undo_action.trigger()  # Edit → Undo
    assert services.notes.get(note.id).attendees == ()
    assert seat(services, deal_id, boss) == before
    assert [p.met for p in services.committee.list(deal_id) if p.contact_id == boss] == [False]
    window.redo_action.trigger()
    assert [a.contact_id for a in services.notes.get(note.id).attendees] == [boss]
    assert seat(services, deal_id, boss) == after
