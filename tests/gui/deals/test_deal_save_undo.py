"""Undoing a deal-page Save puts back the deal's fields AND the next-step line of the same form:
a changed step gets its text and due day back, a step the Save added goes, a step the Save
marked done (line cleared) is open again. Redo makes each as saved. Through the main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.deals import DealRecord
from tests.gui.seller import CTRL, SHIFT, press


def open_deal(window, deal_id: int):
    page = window.show_page("deals")
    page.open_record(deal_id)
    return page.deal_view


def type_step(view, text: str) -> None:
    line = view.form.fields["next_step"]
    line.setText(text)
    line.textEdited.emit(text)


def steps(services, deal_id: int):
    return [(x.text, x.due, x.done_at is None) for x in services.deals.next_steps(deal_id, include_done=True)]


def test_undo_of_a_save_puts_back_the_deals_fields_and_its_changed_next_step(qtbot, active_window, services):
    deal = services.deals.save(DealRecord(title="MES", amount=100_000), new_company="华东精密")
    services.deals.add_next_step(deal.id, "发送报价", date(2026, 12, 10))
    view = open_deal(active_window, deal.id)
    title = view.form.fields["title"]
    title.setText("MES 二期")
    title.textEdited.emit("MES 二期")
    type_step(view, "发送正式报价")
    view.form.next_due.set_value(date(2026, 12, 15))
    press(qtbot, active_window, title, Qt.Key.Key_S, CTRL)
    assert services.deals.get(deal.id).title == "MES 二期"
    assert steps(services, deal.id) == [("发送正式报价", date(2026, 12, 15), True)]

    press(qtbot, active_window, title, Qt.Key.Key_Z, CTRL)
    assert services.deals.get(deal.id).title == "MES"
    assert steps(services, deal.id) == [("发送报价", date(2026, 12, 10), True)]
    assert view.form.fields["next_step"].text() == "发送报价"  # the form shows it as it is
    press(qtbot, active_window, title, Qt.Key.Key_Z, CTRL | SHIFT)
    assert services.deals.get(deal.id).title == "MES 二期"
    assert steps(services, deal.id) == [("发送正式报价", date(2026, 12, 15), True)]


def test_a_step_the_save_added_goes_on_undo_and_comes_back_on_redo(qtbot, active_window, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    view = open_deal(active_window, deal.id)
    type_step(view, "约技术交流")
    view.form.next_due.set_value(date(2026, 12, 9))
    assert view.save()  # only the step changed: still one undoable Save
    assert steps(services, deal.id) == [("约技术交流", date(2026, 12, 9), True)]
    assert active_window.undo_action.text() == "&Undo Edit “MES”"

    active_window.undo_action.trigger()
    assert steps(services, deal.id) == []
    assert view.form.fields["next_step"].text() == ""
    active_window.redo_action.trigger()
    assert steps(services, deal.id) == [("约技术交流", date(2026, 12, 9), True)]


def test_a_step_the_save_marked_done_is_open_again_on_undo(qtbot, active_window, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    services.deals.add_next_step(deal.id, "发送报价", date(2026, 12, 10))
    view = open_deal(active_window, deal.id)
    type_step(view, "")  # a cleared line marks the step done
    press(qtbot, active_window, view.form.fields["next_step"], Qt.Key.Key_S, CTRL)
    assert steps(services, deal.id) == [("发送报价", date(2026, 12, 10), False)]
    press(qtbot, active_window, view.form.fields["next_step"], Qt.Key.Key_Z, CTRL)
    assert steps(services, deal.id) == [("发送报价", date(2026, 12, 10), True)]
    press(qtbot, active_window, view.form.fields["next_step"], Qt.Key.Key_Y, CTRL)
    assert steps(services, deal.id) == [("发送报价", date(2026, 12, 10), False)]
