"""Ctrl+Z on the Partners page: a fee payment, a waiver and a fee brought back to due are each
one undoable action; Ctrl+Shift+Z / Ctrl+Y does it again. Through the real main window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow
from desktop.ui.partners.dialogs import PaymentDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, demo_services, settings):
    win = MainWindow(demo_services, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def press(qtbot, window, widget, key, modifiers) -> None:
    """A real key press into the active window. The offscreen platform has no window manager:
    after a dialog closes nothing activates the main window again, so the test does what the
    window manager would (a window shortcut such as Ctrl+Z only fires in the active window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(widget, key, modifiers)


def fees_page(window, services):
    page = window.show_page("partners")
    qian = next(p for p in services.partners.list() if p.name == "钱斌")
    page.select_id(qian.id)
    page.tabs.setCurrentIndex(2)
    return page, qian.id


def select_fee(page, status: str):
    rows = [i for i in range(page.fees_model.rowCount()) if page.fees_model.record(i).status == status]
    page.fees_view.selectRow(page.fees_view.model().mapFromSource(page.fees_model.index(rows[0], 0)).row())
    page.fees_view.setFocus()
    return page.selected_fee()


def state(services, fee):
    """The deal's fee rows as stored (status, amount, paid on, paid amount, note)."""
    return [(f.id, f.status, f.amount, f.paid_on, f.paid_amount, f.note)
            for f in services.partners.deal_fees(fee.deal_id)]


def test_a_fee_payment_is_undone_by_ctrl_z_and_redone_by_ctrl_shift_z(qtbot, window, demo_services):
    s = demo_services
    page, _ = fees_page(window, s)
    fee = select_fee(page, "due")
    before = state(s, fee)

    def pay() -> None:
        d = QApplication.activeModalWidget()
        assert isinstance(d, PaymentDialog)
        d.amount.setText("1000")
        d.paid_on.setDate(QDate(2026, 11, 19))
        d.note.setText("转账")
        d.accept()

    QTimer.singleShot(0, pay)
    page.pay_selected()
    paid = state(s, fee)
    assert next(r for r in paid if r[0] == fee.id)[1:] == ("paid", fee.amount, date(2026, 11, 19), 1000, "转账")
    assert window.undo_action.text().startswith("&Undo Record payment: ")
    assert fee.deal_title in window.undo_action.text()

    press(qtbot, window, page.fees_view, Qt.Key.Key_Z, CTRL)
    assert state(s, fee) == before
    assert page.selected_fee() is None or page.fees_model.record(
        page.fees_model.row_of(fee.id)).status == "due"
    press(qtbot, window, page.fees_view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert state(s, fee) == paid


def test_a_waiver_and_a_fee_back_to_due_are_undone_from_the_edit_menu(qtbot, window, demo_services):
    s = demo_services
    page, _ = fees_page(window, s)
    fee = select_fee(page, "due")
    before = state(s, fee)
    qtbot.mouseClick(page.waive_button, Qt.MouseButton.LeftButton)
    waived = state(s, fee)
    assert next(r for r in waived if r[0] == fee.id)[1] == "waived"
    assert window.undo_action.text() == f"&Undo Waive: {fee.deal_title}"

    window.undo_action.trigger()  # Edit → Undo
    assert state(s, fee) == before
    press(qtbot, window, page.fees_view, Qt.Key.Key_Y, CTRL)  # Ctrl+Y redoes too
    assert state(s, fee) == waived

    # the waived fee back to due, then undone: waived again, as it was
    page.fees_view.selectRow(page.fees_view.model().mapFromSource(
        page.fees_model.index(page.fees_model.row_of(fee.id), 0)).row())
    qtbot.mouseClick(page.undo_fee_button, Qt.MouseButton.LeftButton)
    assert next(r for r in state(s, fee) if r[0] == fee.id)[1] == "due"
    assert window.undo_action.text() == f"&Undo Back to due: {fee.deal_title}"
    window.undo_action.trigger()
    assert state(s, fee) == waived
    window.redo_action.trigger()
    assert next(r for r in state(s, fee) if r[0] == fee.id)[1] == "due"
