"""Ctrl+Z takes back what the seller did through the app's commands (one user action each) and
Ctrl+Shift+Z / Ctrl+Y does it again: a board drag, a stage change, a saved edit, a step marked
done; Ctrl+S saves on Partners too."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt

from desktop.domain.deals import DealRecord
from desktop.domain.people import ContactRecord
from tests.builders import stage

CTRL = Qt.KeyboardModifier.ControlModifier


def drag(qtbot, page, deal_id: int, from_key: str, to_key: str) -> None:
    source = page.board.columns[stage(page.services, from_key).id]
    row = next(r for r, o in enumerate(source.model.deals()) if o.deal.id == deal_id)
    target = page.board.columns[stage(page.services, to_key).id]
    with qtbot.waitSignal(target.model.move_requested):
        assert target.proxy.dropMimeData(source.model.mimeData([source.model.index(row)]),
                                         Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_a_board_drag_is_undone_and_redone_with_its_history(qtbot, window, services, clock):
    deal = services.deals.save(DealRecord(title="MES 升级", amount=500_000), new_company="华东精密",
                               at=clock() - timedelta(days=20))
    page = window.show_page("deals")
    drag(qtbot, page, deal.id, "lead", "first_call")
    assert services.deals.get(deal.id).stage_id == stage(services, "first_call").id
    assert window.undo_action.isEnabled()
    assert "MES 升级" in window.undo_action.text()

    qtbot.keyClick(page.board, Qt.Key.Key_Z, CTRL)
    back = services.deals.get(deal.id)
    assert back.stage_id == stage(services, "lead").id
    assert back.stage_entered_at == clock() - timedelta(days=20)  # days in stage count on
    assert [h.to_stage_id for h in services.deals.history(deal.id)] == [stage(services, "lead").id]
    assert page.board.columns[stage(services, "lead").id].model.rowCount() == 1

    window.redo_action.trigger()
    assert services.deals.get(deal.id).stage_id == stage(services, "first_call").id
    assert len(services.deals.history(deal.id)) == 2


def test_a_saved_deal_edit_with_a_stage_change_is_undone(qtbot, window, services, clock):
    deal = services.deals.save(DealRecord(title="MES", amount=100_000), new_company="华东精密")
    page = window.show_page("deals")
    page.open_record(deal.id)
    view = page.deal_view
    view.form.fields["title"].setText("MES 二期")
    view.form.fields["title"].textEdited.emit("MES 二期")
    view.form.stage.setCurrentIndex(view.form.stage.findData(stage(services, "solution").id))
    qtbot.keyClick(view.form.fields["title"], Qt.Key.Key_S, CTRL)
    saved = services.deals.get(deal.id)
    assert (saved.title, saved.stage_id) == ("MES 二期", stage(services, "solution").id)

    window.undo_action.trigger()
    back = services.deals.get(deal.id)
    assert (back.title, back.stage_id) == ("MES", stage(services, "lead").id)
    assert view.form.fields["title"].text() == "MES"
    window.redo_action.trigger()
    assert services.deals.get(deal.id).title == "MES 二期"


def test_a_step_marked_done_is_undone(qtbot, window, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    step = services.deals.add_next_step(deal.id, "发送报价", owner="我方")
    page = window.show_page("deals")
    page.open_record(deal.id)
    panel = page.deal_view.next_steps_panel
    panel.select_id(step.id)
    qtbot.mouseClick(panel.done, Qt.MouseButton.LeftButton)
    assert services.deals.next_steps(deal.id) == []
    window.undo_action.trigger()
    assert [s.text for s in services.deals.next_steps(deal.id)] == ["发送报价"]
    window.redo_action.trigger()
    assert services.deals.next_steps(deal.id) == []


def test_a_saved_contact_edit_and_a_new_company_are_undone(qtbot, window, services):
    contact = services.contacts.save(ContactRecord(name="王建国", title="经理"))
    page = window.show_page("contacts")
    page.select_id(contact.id)
    page.form.fields["title"].setText("总经理")
    page.form.fields["title"].textEdited.emit("总经理")
    qtbot.keyClick(page.form.fields["title"], Qt.Key.Key_S, CTRL)
    assert services.contacts.get(contact.id).title == "总经理"
    window.undo_action.trigger()
    assert services.contacts.get(contact.id).title == "经理"
    assert page.form.fields["title"].text() == "经理"
    window.redo_action.trigger()
    assert services.contacts.get(contact.id).title == "总经理"

    companies = window.show_page("companies")
    companies.new_record()
    companies.form.fields["name"].setText("华东精密")
    companies.form.fields["name"].textEdited.emit("华东精密")
    assert companies.save()
    assert [c.name for c in services.companies.list()] == ["华东精密"]
    window.undo_action.trigger()
    assert services.companies.list() == []


def test_ctrl_s_saves_a_partner_and_ctrl_z_takes_it_back(qtbot, window, services):
    partner = services.partners.mark(new_contact_name="赵磊")
    page = window.show_page("partners")
    page.select_id(partner.id)
    city = page.form.fields["city"]
    city.setText("苏州")
    city.textEdited.emit("苏州")
    qtbot.keyClick(city, Qt.Key.Key_S, CTRL)
    assert services.partners.get(partner.id).city == "苏州"
    window.undo_action.trigger()
    assert services.partners.get(partner.id).city == ""
    assert page.form.fields["city"].text() == ""


def test_the_edit_menu_holds_undo_and_redo(window) -> None:
    texts = [a.text() for a in window.edit_menu.actions()]
    assert texts[:2] == ["&Undo", "&Redo"]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


