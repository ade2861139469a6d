"""A next step marked done or moved straight from its Today row, and Ctrl+Z taking it back."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QToolButton

from desktop.domain.deals import DealRecord
from desktop.domain.due_dates import next_week, tomorrow
from desktop.domain.overview import TodaySection
from desktop.ui.bus import Bus
from desktop.ui.today.page import ITEM_ROLE, TodayPage


def _page(qtbot, services, clock):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    late = services.deals.add_next_step(deal.id, "发报价", clock().date() - timedelta(days=2))
    soon = services.deals.add_next_step(deal.id, "演示", clock().date() + timedelta(days=2))
    stack = QUndoStack()
    page = TodayPage(services, Bus(), undo_stack=stack)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # keys reach shortcuts of the active window only
    return page, stack, late, soon


def _select(page, text):
    for r in range(page.model.rowCount()):
        item = page.model.index(r).data(ITEM_ROLE)
        if item is not None and item.text == text:
            page.view.setCurrentIndex(page.model.index(r))
            return item
    raise AssertionError(f"{text} not on Today")


def _texts(page, section=None):
    return [i.text for i in page.model.items() if section is None or i.section == section]


def test_the_bar_acts_on_next_steps_only(qtbot, services, clock):
    from datetime import datetime

    page, _stack, _late, _soon = _page(qtbot, services, clock)
    deal = services.deals.list()[0]
    services.deals.plan_visit(deal.id, datetime.combine(clock().date(), datetime.min.time()).replace(hour=15))
    page.reload()
    visit_row = next(r for r in range(page.model.rowCount())
                     if (i := page.model.index(r).data(ITEM_ROLE)) and i.opens[0] == "visit")
    page.view.setCurrentIndex(page.model.index(visit_row))
    assert not page.step_actions.done_action.isEnabled()
    _select(page, "发报价")
    assert all(a.isEnabled() for a in page.step_actions.actions_)


def test_done_from_the_button_and_undo(qtbot, services, clock):
    page, stack, late, _soon = _page(qtbot, services, clock)
    _select(page, "发报价")
    button = page.step_actions.findChild(QToolButton, "today_done")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert services.deals.next_step(late.id).done_at is not None
    assert "发报价" not in _texts(page)
    assert stack.undoText() == "Done: 发报价"
    stack.undo()
    assert services.deals.next_step(late.id).done_at is None
    assert _texts(page, TodaySection.OVERDUE) == ["发报价"]
    stack.redo()
    assert "发报价" not in _texts(page)


def test_tomorrow_by_key_and_next_week_from_the_context_menu(qtbot, services, clock):
    page, stack, late, soon = _page(qtbot, services, clock)
    today = clock().date()
    _select(page, "发报价")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert services.deals.next_step(late.id).due == tomorrow(today)
    assert _texts(page, TodaySection.OVERDUE) == []
    # the context menu of the "演示" row holds the same actions
    item = _select(page, "演示")
    rect = page.view.visualRect(page.view.currentIndex())
    page.step_actions.show_menu(rect.center())
    menu = page.step_actions.menu
    assert [a.objectName() for a in menu.actions()] == ["done", "tomorrow", "next_week", "date"]
    next(a for a in menu.actions() if a.objectName() == "next_week").trigger()
    assert services.deals.next_step(item.opens[1]).due == next_week(today)
    assert stack.count() == 2
    stack.undo()
    assert services.deals.next_step(soon.id).due == today + timedelta(days=2)
    stack.undo()
    assert services.deals.next_step(late.id).due == today - timedelta(days=2)
    assert _texts(page, TodaySection.OVERDUE) == ["发报价"]


def test_another_day_from_the_calendar_dialog(qtbot, services, clock):
    page, stack, late, _soon = _page(qtbot, services, clock)
    _select(page, "发报价")
    page.step_actions.date_action.trigger()
    dialog = page.step_actions.date_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.calendar.setSelectedDate(QDate(2027, 1, 15))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert services.deals.next_step(late.id).due == date(2027, 1, 15)
    assert "发报价" not in _texts(page)  # beyond the week: off Today
    stack.undo()
    assert services.deals.next_step(late.id).due == clock().date() - timedelta(days=2)


def test_ctrl_z_in_the_main_window_takes_the_done_back(qtbot, services, clock, settings):
    from desktop.ui.main_window import MainWindow

    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    step = services.deals.add_next_step(deal.id, "发报价", clock().date())
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("today")
    _select(page, "发报价")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert services.deals.next_step(step.id).done_at is not None
    assert window.undo_action.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.deals.next_step(step.id).done_at is None
    assert _texts(page, TodaySection.DUE_TODAY) == ["发报价"]
