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
    lost = next(s for s in services.stages.stages() if s.key == "lost")
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
    people.set_roles(demo_services.stages.roles())
    people.set_records(demo_services.committee.list(deal.id))
    qtmodeltester.check(people)
    history = HistoryTableModel()
    history.set_history(demo_services.deals.history(deal.id), demo_services.stages.stages())
    qtmodeltester.check(history)
    assert history.rowCount() == 6
