"""The other writes a seller makes through the app, each one undoable action: a new deal, a person
added to or edited in the buying committee, a step ticked "agreed", a referral, a line in a
partner's Given log, a new partner, files kept, the contract, an instalment's milestone and void,
an invoice, and the objection and question libraries. Undo puts the book back; redo again."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.domain.deals import DealRecord
from desktop.domain.people import ContactRecord
from tests.gui.seller import CTRL, SHIFT, add_partner_named, press


def undo_redo(window, undone, redone) -> None:
    """Edit → Undo, then the book is as `undone` says; Edit → Redo, then as `redone` says."""
    window.undo_action.trigger()
    assert undone()
    window.redo_action.trigger()
    assert redone()


def deal_view(window, deal_id: int):
    page = window.show_page("deals")
    page.open_record(deal_id)
    return page.deal_view


def test_a_new_deal_is_taken_away_by_ctrl_z_and_back_by_ctrl_shift_z(qtbot, window, services):
    page = window.show_page("deals")
    view = page.deal_view
    view.new_deal()
    view.form.fields["title"].setText("MES")
    view.form.company.setEditText("华东精密")
    assert view.save()
    [o] = services.deals.list()
    assert window.undo_action.text() == "&Undo Create “MES”"
    press(qtbot, window, page, Qt.Key.Key_Z)
    assert services.deals.list() == []
    press(qtbot, window, page, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [x.deal.id for x in services.deals.list()] == [o.deal.id]


def test_a_person_added_to_the_committee_and_then_edited_is_undone(qtbot, window, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    li = services.contacts.save(ContactRecord(name="李敏", company_id=deal.company_id))
    view = deal_view(window, deal.id)
    dialog = view.add_stakeholder()
    dialog.contact.setEditText(next(dialog.contact.itemText(i) for i in range(dialog.contact.count())
                                    if "李敏" in dialog.contact.itemText(i)))
    dialog.accept()
    assert [p.contact_id for p in services.committee.list(deal.id)] == [li.id]
    assert window.undo_action.text() == "&Undo Add 李敏 to the buying committee"
    undo_redo(window, lambda: services.committee.list(deal.id) == [],
              lambda: [p.contact_id for p in services.committee.list(deal.id)] == [li.id])

    view.committee.selectRow(0)
    edit = view.edit_stakeholder()
    edit.stance.setCurrentIndex(edit.stance.findData("supporter"))
    edit.accept()
    assert services.committee.list(deal.id)[0].stance == "supporter"
    press(qtbot, window, view.committee, Qt.Key.Key_Z)
    assert services.committee.list(deal.id)[0].stance == "unknown"
    press(qtbot, window, view.committee, Qt.Key.Key_Y)
    assert services.committee.list(deal.id)[0].stance == "supporter"


def test_a_step_ticked_agreed_and_a_referral_are_undone(qtbot, window, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    step = services.deals.add_next_step(deal.id, "发送报价")
    partner = services.partners.mark(new_contact_name="钱斌")
    view = deal_view(window, deal.id)
    view.next_steps_panel.set_agreed(step.id, True)
    assert services.deals.next_step(step.id).agreed
    undo_redo(window, lambda: not services.deals.next_step(step.id).agreed,
              lambda: services.deals.next_step(step.id).agreed)

    view.referral.set_referrer(partner.id)
    assert services.partners.referral(deal.id)[0] == partner.id
    assert window.undo_action.text() == "&Undo Referred by 钱斌"
    window.undo_action.trigger()
    assert services.partners.referral(deal.id) == (None, None)
    assert view.referral.partner.currentData() is None
    assert view.deal.referrer_id is None  # a later Save of the form keeps it so
    window.redo_action.trigger()
    assert services.partners.referral(deal.id)[0] == partner.id


def test_a_given_line_and_a_new_partner_are_undone(qtbot, window, services):
    page = add_partner_named(window, "钱斌")
    [p] = services.partners.list()
    assert window.undo_action.text() == "&Undo Add partner “钱斌”"
    undo_redo(window, lambda: services.partners.list() == [],
              lambda: [x.id for x in services.partners.list()] == [p.id])

    page.select_id(p.id)
    page.given_text.setText("介绍了一个 ERP 客户")
    page.add_given()
    assert [g.description for g in services.partners.given(p.id)] == ["介绍了一个 ERP 客户"]
    assert page.given_model.rowCount() == 1
    press(qtbot, window, page.given_view, Qt.Key.Key_Z)
    assert services.partners.given(p.id) == []
    assert page.given_model.rowCount() == 0  # the page heard it
    press(qtbot, window, page.given_view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [g.description for g in services.partners.given(p.id)] == ["介绍了一个 ERP 客户"]
    window.undo_action.trigger()  # the line redo added goes again
    assert services.partners.given(p.id) == []


def test_files_kept_at_one_go_are_one_undo_step(qtbot, window, services, tmp_path):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    view = deal_view(window, deal.id)
    files = []
    for name in ("报价单.pdf", "合同.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 " + name.encode())
        files.append(tmp_path / name)
    panel = view.money_panel.attachments
    assert panel.add_paths(files) == 2
    assert window.undo_action.text().startswith("&Undo Add 2 file")  # "files" once translated
    names = lambda: sorted(a.name for a in services.attachments.list(deal_id=deal.id))  # noqa: E731
    undo_redo(window, lambda: names() == [],
              lambda: names() == ["合同.pdf", "报价单.pdf"])


def test_the_contract_an_instalment_and_an_invoice_are_undone(qtbot, window, services):
    deal = services.deals.save(DealRecord(title="MES", amount=100_000), new_company="华东精密")
    panel = deal_view(window, deal.id).money_panel
    dialog = panel.edit_contract()
    dialog.number.setText("HT-9")
    dialog.accept()
    contract = services.money.contract_of(deal.id)
    assert contract.number == "HT-9"
    assert window.undo_action.text() == "&Undo Add the contract"
    undo_redo(window, lambda: services.money.contract_of(deal.id) is None,
              lambda: services.money.contract_of(deal.id) == contract)

    dialog = panel.edit_contract()
    dialog.number.setText("HT-10")
    dialog.accept()
    undo_redo(window, lambda: services.money.contract_of(deal.id).number == "HT-9",
              lambda: services.money.contract_of(deal.id).number == "HT-10")

    plan = panel.edit_plan()
    plan.accept()  # the preset plan: 预付款, 验收款, 质保金
    panel.reload()
    insts = lambda: services.money.deal_money(deal.id).instalments  # noqa: E731
    panel.plan.selectRow(0)
    panel.toggle_void()  # "Mark void?" answered Yes (answer_dialogs)
    assert insts()[0].void
    undo_redo(window, lambda: not insts()[0].void,
              lambda: insts()[0].void)

    panel.plan.selectRow(1)  # 验收款: its milestone happens
    milestone = panel.milestone_happened()
    milestone.day.setDate(milestone.day.date())
    milestone.accept()
    happened = insts()[1].milestone_on
    assert happened is not None
    undo_redo(window, lambda: insts()[1].milestone_on is None,
              lambda: insts()[1].milestone_on == happened)

    panel.plan.clearSelection()
    invoice = panel.add_invoice()
    invoice.amount.setText("1000")
    invoice.accept()
    count = lambda: len(services.money.deal_money(deal.id).invoices)  # noqa: E731
    assert count() == 1
    assert window.undo_action.text() == "&Undo Add an invoice"
    undo_redo(window, lambda: count() == 0,
              lambda: count() == 1)


@pytest.fixture(autouse=True)
def _yes(answer_dialogs):
    return answer_dialogs


def test_the_objection_library_ok_is_one_undo_step(qtbot, window, services):
    before = [o.objection_zh for o in services.objections.list()]

    def edit() -> None:
        d = QApplication.activeModalWidget()
        rows = d.model.rows()
        d.model.set_rows([replace(rows[0], objection_zh="太贵了，预算不够")] + rows[1:])
        d.save()

    QTimer.singleShot(0, edit)
    window._edit_objections()
    assert services.objections.list()[0].objection_zh == "太贵了，预算不够"
    assert window.undo_action.text() == "&Undo Edit the objection library"
    undo_redo(window, lambda: [o.objection_zh for o in services.objections.list()] == before,
              lambda: services.objections.list()[0].objection_zh == "太贵了，预算不够")


def test_a_payment_plan_edit_is_undone_with_its_lines_ids_and_invoices(qtbot, window, services):
    deal = services.deals.save(DealRecord(title="MES", amount=100_000), new_company="华东精密")
    panel = deal_view(window, deal.id).money_panel
    contract = panel.edit_contract()
    contract.accept()
    panel.edit_plan().accept()  # the preset plan: 预付款, 验收款, 质保金
    panel.reload()
    panel.plan.selectRow(2)
    invoice = panel.add_invoice()  # on 质保金
    invoice.accept()
    money = lambda: services.money.deal_money(deal.id)  # noqa: E731
    before = money()
    assert [i.name for i in before.instalments] == ["预付款", "验收款", "质保金"]
    assert before.invoices[0].instalment_id == before.instalments[2].id

    plan = panel.edit_plan()
    plan.remove_line(plan.editors[2])  # 质保金 goes; its invoice is on no line then
    plan.accept()
    after = money()
    assert [i.name for i in after.instalments] == ["预付款", "验收款"]
    assert after.invoices[0].instalment_id is None
    assert window.undo_action.text() == "&Undo Edit the payment plan"

    press(qtbot, window, panel.plan, Qt.Key.Key_Z)
    back = money()
    assert back.instalments == before.instalments  # the same lines, ids and all
    assert back.invoices == before.invoices
    press(qtbot, window, panel.plan, Qt.Key.Key_Z, CTRL | SHIFT)
    assert money().instalments == after.instalments
    assert money().invoices == after.invoices
