"""The deal page's Visits and Next steps tabs, deleting a deal from its page, and undoing the
removal of a stakeholder: real widgets over a real book, undo through the shared QUndoStack."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from desktop.domain.deals import DealRecord, NextStepRecord, StakeholderRecord, VisitRecord
from desktop.domain.overview import TodaySection
from desktop.domain.people import ContactRecord
from desktop.ui.bus import Bus
from desktop.ui.deals.next_steps_panel import NextStepTableModel
from desktop.ui.deals.page import DealsPage
from desktop.ui.deals.visit_dialog import AttendeeListModel, Candidate
from desktop.ui.deals.visits_panel import VisitTableModel
from desktop.ui.today.page import ITEM_ROLE, TodayPage


@pytest.fixture
def bus():
    return Bus()


@pytest.fixture
def undo():
    return QUndoStack()


@pytest.fixture
def page(qtbot, services, bus, undo):
    w = DealsPage(services, bus, undo)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    return w


@pytest.fixture
def today(qtbot, services, bus):
    w = TodayPage(services, bus)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def deal(services):
    deal = services.deals.save(DealRecord(title="MES 升级"), new_company="华东精密")
    services.committee.save(
        StakeholderRecord(deal_id=deal.id, role_ids=(3,)), ContactRecord(name="李敏", title="财务总监")
    )
    services.contacts.save(ContactRecord(name="周强", company_id=deal.company_id))
    return deal


def today_rows(today, *sections):
    items = [today.model.index(r).data(ITEM_ROLE) for r in range(today.model.rowCount())]
    return [(i.section, i.text) for i in items if i is not None and i.section in sections]


def test_plan_edit_cancel_and_undo_a_visit_and_today_follows(page, today, services, deal, clock, undo):
    page.open_record(deal.id)
    panel = page.deal_view.visits_panel
    assert not panel.empty.isHidden() and panel.table.isHidden()
    dialog = panel.plan_visit()
    labels = [dialog.attendees.index(r).data() for r in range(dialog.attendees.rowCount())]
    assert labels == ["李敏 · 财务总监  (Budget holder)", "周强"]
    dialog.when.setDateTime(QDateTime(datetime(2026, 11, 23, 14, 30)))
    dialog.place.setText("苏州工厂")
    dialog.goal.setText("演示排产")
    dialog.ours.setText("我、王工")
    dialog.attendees.setData(dialog.attendees.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [visit] = services.deals.visits(deal.id)
    assert visit.planned_at == datetime(2026, 11, 23, 14, 30) and len(visit.attendee_contact_ids) == 1
    assert panel.model.index(0, VisitTableModel.MEET).data() == "李敏"
    assert panel.selected_id() == visit.id and not panel.table.isHidden()
    assert today_rows(today, TodaySection.VISITS_THIS_WEEK) == [(TodaySection.VISITS_THIS_WEEK, "演示排产")]

    dialog = panel.edit_visit()
    assert dialog.attendees.checked_ids() == visit.attendee_contact_ids
    dialog.when.setDateTime(QDateTime(datetime(2026, 11, 20, 16, 0)))
    dialog.goal.setText("谈价格")
    dialog.accept()
    assert today_rows(today, TodaySection.VISITS_TODAY, TodaySection.VISITS_THIS_WEEK) == [
        (TodaySection.VISITS_TODAY, "谈价格")
    ]

    panel.cancel_visit()
    assert services.deals.visits(deal.id) == [] and panel.model.rowCount() == 0
    assert "Ctrl+Z" in panel.notice.text()
    assert today_rows(today, TodaySection.VISITS_TODAY) == []
    undo.undo()
    assert [v.goal for v in services.deals.visits(deal.id)] == ["谈价格"]
    assert panel.model.rowCount() == 1
    assert today_rows(today, TodaySection.VISITS_TODAY) == [(TodaySection.VISITS_TODAY, "谈价格")]
    undo.redo()
    assert services.deals.visits(deal.id) == []


def test_next_steps_tab_and_the_form_agree_on_the_earliest_open_step(page, today, services, deal, clock, undo):
    d = clock().date()
    page.open_record(deal.id)
    panel = page.deal_view.next_steps_panel
    for text, due, owner in (("发报价", d - timedelta(days=1), "我方"), ("安排演示", d + timedelta(days=3), "李敏")):
        dialog = panel.add_step()
        dialog.text.setText(text)
        dialog.owner.setText(owner)
        dialog.due.set_value(due)
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
    assert [panel.model.index(r, 0).data() for r in range(2)] == ["发报价", "安排演示"]
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"  # overdue
    assert panel.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.deal_view.form.text("next_step") == "发报价"
    assert today_rows(today, TodaySection.OVERDUE) == [(TodaySection.OVERDUE, "发报价")]

    panel.select_id(services.deals.next_steps(deal.id)[0].id)
    assert panel.done.text() == "Mark done"
    panel.toggle_done()
    assert page.deal_view.form.text("next_step") == "安排演示"
    assert page.deal_view.form.next_due.value() == d + timedelta(days=3)
    assert today_rows(today, TodaySection.OVERDUE, TodaySection.DUE_THIS_WEEK) == [
        (TodaySection.DUE_THIS_WEEK, "安排演示")
    ]
    assert panel.model.index(1, NextStepTableModel.DONE).data().startswith("✓")
    assert panel.done.text() == "Mark not done"

    # Saving the form with the step untouched keeps who does it; changing it edits that step.
    page.deal_view.form.fields["title"].setText("MES 二期")
    assert page.deal_view.save()
    assert services.deals.next_steps(deal.id)[0].owner == "李敏"
    page.deal_view.form.fields["next_step"].setText("安排现场演示")
    assert page.deal_view.save()
    [open_step] = services.deals.next_steps(deal.id)
    assert (open_step.text, open_step.owner) == ("安排现场演示", "李敏")

    panel.select_id(open_step.id)
    panel.table.setFocus()
    panel.delete_step()
    assert services.deals.next_steps(deal.id) == [] and page.deal_view.form.text("next_step") == ""
    undo.undo()
    assert page.deal_view.form.text("next_step") == "安排现场演示"
    assert services.deals.get(deal.id).title == "MES 二期"


def test_a_next_step_needs_its_text(page, services, deal):
    page.open_record(deal.id)
    dialog = page.deal_view.next_steps_panel.add_step()
    dialog.accept()
    assert dialog.isVisible() and dialog.text_error.text() == "This is required."
    dialog.reject()
    assert services.deals.next_steps(deal.id) == []


def test_delete_a_deal_from_its_page_and_undo(page, services, deal, undo, answer_dialogs):
    asked, _ = answer_dialogs
    page.open_record(deal.id)
    page.deal_view.form.fields["title"].setText("unsaved edit")
    page.deal_view._set_dirty(True)
    page.deal_view.delete_button.click()
    assert asked == ["Delete “MES 升级”? You can undo this with Ctrl+Z."]
    assert services.deals.list() == []
    assert page.stack.currentIndex() == page.BOARD
    assert undo.undoText() == "Delete “MES 升级”"
    undo.undo()
    assert [o.deal.title for o in services.deals.list()] == ["MES 升级"]
    assert page.board.select_deal(deal.id)


def test_the_delete_key_deletes_the_deal_but_not_inside_a_tab_list(qtbot, page, services, deal, undo, answer_dialogs):
    asked, answers = answer_dialogs
    from PySide6.QtWidgets import QMessageBox

    services.deals.add_next_step(deal.id, "发报价", date(2026, 11, 25))
    page.open_record(deal.id)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    view = page.deal_view
    view.tabs.setCurrentWidget(view.next_steps_panel)
    panel = view.next_steps_panel
    panel.select_id(services.deals.next_steps(deal.id)[0].id)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert asked == [] and services.deals.next_steps(deal.id) == []
    assert services.deals.list() != []
    answers.append(QMessageBox.StandardButton.Cancel)
    view.delete_button.setFocus()
    qtbot.keyClick(view.delete_button, Qt.Key.Key_Delete)
    assert len(asked) == 1 and services.deals.list() != []


def test_removing_a_stakeholder_is_undone_with_ctrl_z(page, services, deal, undo, answer_dialogs):
    page.open_record(deal.id)
    view = page.deal_view
    view.committee.selectRow(0)
    view.remove_stakeholder()
    assert services.committee.list(deal.id) == [] and view.committee_model.rowCount() == 0
    assert undo.undoText() == "Remove 李敏 from the buying committee"
    undo.undo()
    [back] = services.committee.list(deal.id)
    assert (back.name, back.role_ids) == ("李敏", (3,))
    assert view.committee_model.rowCount() == 1 and [p.name for p in view.map.people] == ["李敏"]
    undo.redo()
    assert services.committee.list(deal.id) == []


def test_a_deal_step_is_ticked_agreed_with_the_customer_in_the_dialog_or_the_table(page, services, deal, clock):
    page.open_record(deal.id)
    panel = page.deal_view.next_steps_panel
    dialog = panel.add_step()
    assert not dialog.agreed.isChecked()  # a new step is the seller's own until ticked
    dialog.text.setText("请张伟引荐王总")
    dialog.accept()
    dialog = panel.add_step()
    dialog.text.setText("发送二期方案")
    dialog.agreed.setChecked(True)
    dialog.accept()
    assert {s.text: s.agreed for s in services.deals.next_steps(deal.id)} == {
        "请张伟引荐王总": False,
        "发送二期方案": True,
    }
    model = panel.model
    assert model.headerData(NextStepTableModel.AGREED, Qt.Orientation.Horizontal) == "Agreed with customer"
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "请张伟引荐王总")
    cell = model.index(row, NextStepTableModel.AGREED)
    assert model.flags(cell) & Qt.ItemFlag.ItemIsUserCheckable
    assert cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert all(s.agreed for s in services.deals.next_steps(deal.id))
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "请张伟引荐王总")
    assert model.index(row, NextStepTableModel.AGREED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # Editing keeps the tick; the deal form's own next-step field leaves it as it was too.
    panel.select_id(next(s.id for s in services.deals.next_steps(deal.id) if s.text == "请张伟引荐王总"))
    dialog = panel.edit_step()
    assert dialog.agreed.isChecked()
    dialog.agreed.setChecked(False)
    dialog.accept()
    assert {s.text: s.agreed for s in services.deals.next_steps(deal.id)}["请张伟引荐王总"] is False


def test_the_new_models_pass_the_model_tester(qtmodeltester, services, deal, clock):
    visits = VisitTableModel()
    visits.set_visits(
        [
            VisitRecord(1, deal.id, datetime(2026, 11, 21, 9, 0), "苏州", "演示", "我", (1,)),
            VisitRecord(2, deal.id, datetime(2026, 11, 19, 9, 0)),
        ],
        {1: "李敏"},
        clock(),
    )
    qtmodeltester.check(visits)
    steps = NextStepTableModel()
    steps.set_steps(
        [
            NextStepRecord(1, deal.id, "发报价", "我方", date(2026, 11, 19), agreed=True),
            NextStepRecord(2, deal.id, "演示", "", None, datetime(2026, 11, 18, 9, 0)),
        ],
        clock().date(),
    )
    qtmodeltester.check(steps)
    attendees = AttendeeListModel()
    attendees.set_candidates([Candidate(1, "李敏", "李敏 · 财务总监"), Candidate(2, "周强", "周强")], (2,))
    qtmodeltester.check(attendees)
    assert attendees.checked_ids() == (2,)


def test_adding_and_editing_a_next_step_are_undone_and_redone(page, services, deal, clock, undo):
    page.open_record(deal.id)
    panel = page.deal_view.next_steps_panel
    dialog = panel.add_step()
    dialog.text.setText("发报价")
    dialog.accept()
    [step] = services.deals.next_steps(deal.id)
    panel.select_id(step.id)
    dialog = panel.edit_step()
    dialog.text.setText("发正式报价")
    dialog.owner.setText("李敏")
    dialog.accept()
    assert undo.count() == 2 and undo.undoText() == "Edit next step “发正式报价”"
    undo.undo()
    assert [(s.text, s.owner) for s in services.deals.next_steps(deal.id)] == [("发报价", "")]
    assert panel.model.index(0, 0).data() == "发报价"
    undo.undo()
    assert services.deals.next_steps(deal.id) == [] and panel.model.rowCount() == 0
    undo.redo()
    undo.redo()
    assert [(s.text, s.owner) for s in services.deals.next_steps(deal.id)] == [("发正式报价", "李敏")]


def test_planning_and_changing_a_visit_are_undone_and_redone(page, services, deal, undo):
    page.open_record(deal.id)
    panel = page.deal_view.visits_panel
    dialog = panel.plan_visit()
    dialog.when.setDateTime(QDateTime(datetime(2026, 11, 23, 14, 30)))
    dialog.place.setText("苏州工厂")
    dialog.accept()
    [visit] = services.deals.visits(deal.id)
    panel.select_id(visit.id)
    dialog = panel.edit_visit()
    dialog.place.setText("上海总部")
    dialog.accept()
    assert undo.count() == 2
    undo.undo()
    assert [v.place for v in services.deals.visits(deal.id)] == ["苏州工厂"]
    undo.undo()
    assert services.deals.visits(deal.id) == [] and panel.model.rowCount() == 0
    undo.redo()
    undo.redo()
    assert [v.place for v in services.deals.visits(deal.id)] == ["上海总部"]
