"""A contact made as part of one action goes with that action's undo: someone new added to (or
put on a seat of) the buying committee, and a partner added from a typed name. Redo brings the
same contact back with the seat or partner. When the contact has meanwhile got other links (a
seat in another deal's committee, a call note), undo is refused in words and nothing changes."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.deals import DealRecord, StakeholderRecord
from desktop.domain.errors import NotFound
from desktop.domain.notes import CallNoteRecord, NoteAttendeeRecord
from desktop.domain.people import ContactRecord
from tests.gui.seller import CTRL, SHIFT, add_partner_named, press


@pytest.fixture
def warnings(monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a: said.append((title, text))))
    return said


def contact_names(services) -> list[str]:
    return sorted(c.name for c in services.contacts.list())


def add_someone_new(window, deal_id: int, name: str):
    page = window.show_page("deals")
    page.open_record(deal_id)
    view = page.deal_view
    dialog = view.add_stakeholder()
    dialog.create.setChecked(True)
    dialog.new_name.setText(name)
    dialog.new_title.setText("采购经理")
    dialog.accept()
    return view


def test_someone_new_added_to_the_committee_goes_with_ctrl_z_and_comes_back_with_redo(
        qtbot, window, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    view = add_someone_new(window, deal.id, "王芳")
    [seat] = services.committee.list(deal.id)
    made = services.contacts.get(seat.contact_id)
    assert made.name == "王芳" and made.company_id == deal.company_id
    assert window.undo_action.text() == "&Undo Add 王芳 to the buying committee"

    press(qtbot, window, view.committee, Qt.Key.Key_Z)
    assert services.committee.list(deal.id) == []
    assert contact_names(services) == []  # the contact the action made went with it
    with pytest.raises(NotFound):
        services.contacts.get(made.id)
    assert view.committee_model.rowCount() == 0

    press(qtbot, window, view.committee, Qt.Key.Key_Z, CTRL | SHIFT)
    [back] = services.committee.list(deal.id)
    assert back.contact_id == made.id  # the same contact, its id
    assert services.contacts.get(made.id) == made
    assert view.committee_model.rowCount() == 1


def test_someone_new_put_on_a_seat_goes_with_the_edit_undo(qtbot, window, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    li = services.contacts.save(ContactRecord(name="李敏", company_id=deal.company_id))
    services.committee.save(StakeholderRecord(deal_id=deal.id, contact_id=li.id))
    page = window.show_page("deals")
    page.open_record(deal.id)
    view = page.deal_view
    view.committee.selectRow(0)
    edit = view.edit_stakeholder()
    edit.create.setChecked(True)
    edit.new_name.setText("赵强")
    edit.accept()
    [seat] = services.committee.list(deal.id)
    zhao = seat.contact_id
    assert services.contacts.get(zhao).name == "赵强"

    window.undo_action.trigger()  # Edit → Undo
    assert [p.contact_id for p in services.committee.list(deal.id)] == [li.id]
    assert contact_names(services) == ["李敏"]
    window.redo_action.trigger()
    assert [p.contact_id for p in services.committee.list(deal.id)] == [zhao]
    assert contact_names(services) == ["李敏", "赵强"]


def test_undo_is_refused_in_words_when_the_new_contact_sits_in_another_committee(
        qtbot, window, services, warnings):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    other = services.deals.save(DealRecord(title="WMS", company_id=deal.company_id))
    view = add_someone_new(window, deal.id, "王芳")
    [seat] = services.committee.list(deal.id)
    # meanwhile (outside this window's undo history) she joins another deal's committee
    services.committee.save(StakeholderRecord(deal_id=other.id, contact_id=seat.contact_id))

    press(qtbot, window, view.committee, Qt.Key.Key_Z)
    assert warnings == [("Not undone", "This cannot be undone: it would delete 王芳, who was added to the "
                                       "book with it and is now also in another deal's buying committee. "
                                       "Nothing was changed.")]
    assert [p.id for p in services.committee.list(deal.id)] == [seat.id]  # nothing changed
    assert contact_names(services) == ["王芳"]


def test_a_partner_added_from_a_typed_name_goes_with_its_contact(qtbot, window, services):
    page = add_partner_named(window, "钱斌")
    [p] = services.partners.list()
    contact_id = p.partner.contact_id
    assert contact_names(services) == ["钱斌"]

    press(qtbot, window, page, Qt.Key.Key_Z)
    assert services.partners.list() == []
    assert contact_names(services) == []  # Add partner… made the contact: it goes too
    press(qtbot, window, page, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [(x.partner.id, x.partner.contact_id) for x in services.partners.list()] == [(p.partner.id, contact_id)]
    assert contact_names(services) == ["钱斌"]


def test_a_partner_picked_from_the_book_leaves_the_contact_when_undone(qtbot, window, services):
    services.contacts.save(ContactRecord(name="钱斌"))
    add_partner_named(window, "钱斌")
    window.undo_action.trigger()
    assert services.partners.list() == []
    assert contact_names(services) == ["钱斌"]  # they were in the book before


def test_undo_of_a_new_partner_is_refused_when_their_contact_attended_a_note(qtbot, window, services, warnings):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    add_partner_named(window, "钱斌")
    [p] = services.partners.list()
    services.notes.save(CallNoteRecord(deal_id=deal.id, occurred_at=datetime(2026, 11, 30, 10), goal="引荐",
                                       attendees=(NoteAttendeeRecord(contact_id=p.partner.contact_id),)))
    window.undo_action.trigger()
    assert [w[0] for w in warnings] == ["Not undone"]
    assert "is now an attendee of a call note" in warnings[0][1]
    assert [x.partner.id for x in services.partners.list()] == [p.partner.id]
    assert contact_names(services) == ["钱斌"]
