"""The deal page: inline errors, editing the next step, adding a stakeholder with two roles."""

import pytest
from PySide6.QtWidgets import QDialog

from desktop.domain.deals import DealRecord
from desktop.ui.bus import Bus
from desktop.ui.deals.deal_view import DealView
from desktop.ui.deals.models import HistoryTableModel, StakeholderTableModel


@pytest.fixture
def view(qtbot, services):
    w = DealView(services, Bus())
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    return w


def test_bad_amount_and_missing_title_show_inline_and_save_nothing(view, services):
    view.new_deal()
    view.form.fields["amount"].setText("十万")
    view.form.company.setEditText("华东精密")
    assert not view.save()
    assert "amount" in view.form.error_text("amount").lower()
    assert view.form.error_text("title") == "This is required."
    assert services.deals.list() == []


def test_a_new_deal_with_a_next_step_is_saved(view, services):
    view.new_deal()
    view.form.fields["title"].setText("MES 升级")
    view.form.company.setEditText("华东精密")
    view.form.fields["amount"].setText("128万")
    view.form.fields["next_step"].setText("发报价")
    assert view.save()
    [o] = services.deals.list()
    assert o.deal.amount == 1_280_000 and o.next_step.text == "发报价"
    assert view.heading.text() == "华东精密 — MES 升级"


def test_the_forms_next_step_is_internal_until_ticked_agreed_with_the_customer(view, services):
    view.new_deal()
    assert not view.form.next_agreed.isChecked()
    view.form.fields["title"].setText("质量追溯")
    view.form.company.setEditText("康宁医疗")
    view.form.fields["next_step"].setText("请刘洋引荐孙丽")
    assert view.save()
    [o] = services.deals.list()
    assert o.next_step.agreed is False
    view.show_deal(o.deal.id)
    view.form.next_agreed.setChecked(True)  # only the tick changed: still saved
    assert view.save()
    [step] = services.deals.next_steps(o.deal.id)
    assert (step.text, step.agreed) == ("请刘洋引荐孙丽", True)
    view.show_deal(o.deal.id)
    assert view.form.next_agreed.isChecked()


def test_choosing_lost_in_the_form_needs_a_reason(view, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    view.show_deal(deal.id)
    lost = next(s for s in services.pipeline.stages() if s.key == "lost")
    view.form.stage.setCurrentIndex(view.form.stage.findData(lost.id))
    assert not view.form.fields["lost_reason"].parentWidget().isHidden()
    assert not view.save()
    assert "why" in view.form.error_text("lost_reason").lower()
    view.form.fields["lost_reason_text"].setText("预算取消")
    assert view.save()
    assert services.deals.overview(deal.id).status == "lost"


def test_adding_a_stakeholder_with_two_roles_updates_table_map_and_gaps(qtbot, view, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    view.show_deal(deal.id)
    dialog = view.add_stakeholder()
    dialog.create.setChecked(True)
    dialog.new_name.setText("李敏")
    dialog.new_title.setText("财务总监")
    dialog.role_boxes[3].setChecked(True)  # budget holder
    dialog.role_boxes[5].setChecked(True)  # signer
    dialog.influence.setCurrentIndex(dialog.influence.findData("high"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert view.committee_model.rowCount() == 1
    assert view.committee_model.index(0, StakeholderTableModel.ROLES).data() == "Budget holder, Signer"
    assert [p.name for p in view.map.people] == ["李敏"]
    assert "Single-threaded" in view.gaps.text()
    [person] = services.committee.list(deal.id)
    assert person.role_ids == (3, 5)


def test_the_dialog_refuses_a_new_person_without_a_name(view, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    view.show_deal(deal.id)
    dialog = view.add_stakeholder()
    dialog.create.setChecked(True)
    dialog.accept()
    assert dialog.isVisible() and dialog.who_error.text() == "This is required."
    dialog.reject()


def test_the_committee_and_history_models_pass_the_model_tester(qtmodeltester, demo_services):
    deal = next(o for o in demo_services.deals.list() if o.deal.title == "数字化车间 MES 升级")
    people = StakeholderTableModel()
    people.set_roles(demo_services.pipeline.roles())
    people.set_records(demo_services.committee.list(deal.id))
    qtmodeltester.check(people)
    history = HistoryTableModel()
    history.set_history(demo_services.deals.history(deal.id), demo_services.pipeline.stages())
    qtmodeltester.check(history)
    assert history.rowCount() == 6


def test_the_committee_dialog_finds_contacts_by_typing_and_leaves_out_members(qtbot, view, services):
    from desktop.domain.deals import StakeholderRecord
    from desktop.domain.people import ContactRecord

    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    company = services.deals.get(deal.id).company_id
    wang = services.contacts.save(ContactRecord(name="王建国", title="总经理", company_id=company))
    li = services.contacts.save(ContactRecord(name="李敏", title="财务总监", company_id=company))
    services.committee.save(StakeholderRecord(deal_id=deal.id, contact_id=wang.id))
    view.show_deal(deal.id)
    dialog = view.add_stakeholder()
    labels = [dialog.contact.itemText(i) for i in range(dialog.contact.count())]
    assert not any("王建国" in label for label in labels)  # already in the committee
    assert dialog.contact.currentText() == ""  # nobody is picked for the seller
    dialog.accept()
    assert dialog.isVisible() and dialog.who_error.text() == "This is required."
    dialog.contact.setEditText("nobody of that name")
    dialog.accept()
    assert dialog.isVisible() and dialog.who_error.text() == "This is required."
    dialog.contact.setEditText(next(label for label in labels if "李敏" in label))
    dialog.accept()
    assert [p.contact_id for p in services.committee.list(deal.id)] == [wang.id, li.id]
    # editing keeps the person's own contact in the list
    view.committee.selectRow(1)
    edit = view.edit_stakeholder()
    assert edit.contact.currentData() == li.id
    edit.reject()


def test_someone_new_is_created_with_title_and_department_in_the_deals_company(view, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    view.show_deal(deal.id)
    dialog = view.add_stakeholder()
    dialog.create.setChecked(True)
    dialog.new_name.setText("赵磊")
    dialog.new_title.setText("采购经理")
    dialog.new_department.setText("采购部")
    dialog.accept()
    [contact] = services.contacts.list()
    assert (contact.name, contact.title, contact.department) == ("赵磊", "采购经理", "采购部")
    assert contact.company_name == "华东精密"


def test_the_status_line_says_why_a_deal_was_lost_and_when_to_look_again(view, services, clock):
    from datetime import timedelta

    stages = {s.key: s.id for s in services.pipeline.stages()}
    reason = services.pipeline.lost_reasons()[0]
    lost = services.deals.save(DealRecord(title="POS"), new_company="星河")
    services.deals.move_stage(lost.id, stages["lost"], lost_reason_id=reason.id, lost_reason_text="价格战")
    view.show_deal(lost.id)
    assert f"lost because: {reason.name_en}: 价格战" in view.status.text()
    held = services.deals.save(DealRecord(title="ERP"), new_company="康宁")
    services.deals.move_stage(held.id, stages["on_hold"], on_hold_until=clock().date() + timedelta(days=25))
    view.show_deal(held.id)
    assert "look again on 2026-12-15" in view.status.text()


def test_probability_follows_the_stage_until_the_seller_sets_one(view, services):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    view.show_deal(deal.id)
    spin = view.form.probability
    assert spin.text() == "From the stage (5%)"
    proof = next(s for s in services.pipeline.stages() if s.key == "proof")
    view.form.stage.setCurrentIndex(view.form.stage.findData(proof.id))
    assert spin.text() == "From the stage (60%)"
    spin.setValue(45)
    assert view.save()
    o = services.deals.overview(deal.id)
    assert (o.deal.probability_override, o.probability, o.stage.key) == (45, 45, "proof")
    assert "probability 45%" in view.status.text()
    view.form.probability.setValue(-1)  # back to the stage's
    assert view.save()
    assert services.deals.overview(deal.id).probability == 60


def test_the_map_names_everyone_in_a_crowded_cell_and_double_click_edits_a_person(qtbot, view, services):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtCore import Qt as QtNs
    from PySide6.QtGui import QMouseEvent

    from desktop.domain.deals import Influence, StakeholderRecord, Stance
    from desktop.domain.people import ContactRecord

    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    for i in range(6):  # six neutral, medium-influence people: more than a cell can draw
        services.committee.save(StakeholderRecord(deal_id=deal.id, stance=Stance.NEUTRAL, influence=Influence.MEDIUM,
                                                  role_ids=(1,)), ContactRecord(name=f"人{i}", title="工程师"))
    view.show_deal(deal.id)
    the_map = view.map
    the_map.resize(520, 240)
    the_map.grab()  # paint once: where each person is drawn is known after painting
    cell = the_map.cell_rect(Stance.NEUTRAL, Influence.MEDIUM)
    assert 0 < len(the_map._spots) < 6  # some had no room
    everyone = the_map.tooltip_at(QPointF(cell.center().x(), cell.bottom() - 3))
    assert all(f"人{i} · 工程师 (User)" in everyone for i in range(6))
    first_spot, first_id = the_map._spots[0]
    assert the_map.tooltip_at(first_spot.center()) == f"{the_map.people[0].name} · 工程师 (User)"
    opened = []
    view.edit_stakeholder = lambda: opened.append(view.selected_stakeholder())  # type: ignore[method-assign]
    press = QMouseEvent(QEvent.Type.MouseButtonDblClick, first_spot.center(), the_map.mapToGlobal(first_spot.center()),
                        QtNs.MouseButton.LeftButton, QtNs.MouseButton.LeftButton, QtNs.KeyboardModifier.NoModifier)
    the_map.mouseDoubleClickEvent(press)
    assert [p.id for p in opened] == [first_id]
