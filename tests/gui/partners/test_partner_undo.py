"""Ctrl+Z on the Partners page: a fee payment, a waiver and a fee brought back to due are each
one undoable action; Ctrl+Shift+Z / Ctrl+Y does it again. Through the real main window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.partners.dialogs import PaymentDialog
from tests.gui.seller import CTRL, SHIFT, press


@pytest.fixture
def window_services(demo_services):
    """The main window (`active_window`) opens on the demo book: it has fees in every state."""
    return demo_services


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


def test_a_fee_payment_is_undone_by_ctrl_z_and_redone_by_ctrl_shift_z(qtbot, active_window, demo_services):
    s = demo_services
    page, _ = fees_page(active_window, s)
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
    assert active_window.undo_action.text().startswith("&Undo Record payment: ")
    assert fee.deal_title in active_window.undo_action.text()

    press(qtbot, active_window, page.fees_view, Qt.Key.Key_Z, CTRL)
    assert state(s, fee) == before
    assert page.selected_fee() is None or page.fees_model.record(
        page.fees_model.row_of(fee.id)).status == "due"
    press(qtbot, active_window, page.fees_view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert state(s, fee) == paid


def test_a_waiver_and_a_fee_back_to_due_are_undone_from_the_edit_menu(qtbot, active_window, demo_services):
    s = demo_services
    page, _ = fees_page(active_window, s)
    fee = select_fee(page, "due")
    before = state(s, fee)
    qtbot.mouseClick(page.waive_button, Qt.MouseButton.LeftButton)
    waived = state(s, fee)
    assert next(r for r in waived if r[0] == fee.id)[1] == "waived"
    assert active_window.undo_action.text() == f"&Undo Waive: {fee.deal_title}"

    active_window.undo_action.trigger()  # Edit → Undo
    assert state(s, fee) == before
    press(qtbot, active_window, page.fees_view, Qt.Key.Key_Y, CTRL)  # Ctrl+Y redoes too
    assert state(s, fee) == waived

    # the waived fee back to due, then undone: waived again, as it was
    page.fees_view.selectRow(page.fees_view.model().mapFromSource(
        page.fees_model.index(page.fees_model.row_of(fee.id), 0)).row())
    qtbot.mouseClick(page.undo_fee_button, Qt.MouseButton.LeftButton)
    assert next(r for r in state(s, fee) if r[0] == fee.id)[1] == "due"
    assert active_window.undo_action.text() == f"&Undo Back to due: {fee.deal_title}"
    active_window.undo_action.trigger()
    assert state(s, fee) == waived
    active_window.redo_action.trigger()
    assert next(r for r in state(s, fee) if r[0] == fee.id)[1] == "due"
