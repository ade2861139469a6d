"""The Money tab, Today's collections, the board's won cards, the deals filter, attachments and
receivables — real widgets over a real book (demo data: 海天 品控数据化, ¥320,000, 30/60/10)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.domain.contracts import MAX_ATTACHMENT_BYTES, InstalmentInput
from desktop.domain.overview import TodaySection
from desktop.ui.bus import Bus
from desktop.ui.money.attachments import AttachmentsPanel
from desktop.ui.money.models import (
    AttachmentTableModel,
    InstalmentTableModel,
    InvoiceTableModel,
    PaymentTableModel,
)
from desktop.ui.money.panel import MoneyPanel
from desktop.ui.money.receivables import AmountTableModel, OverdueTableModel
from desktop.ui.today.page import ITEM_ROLE
from tests.builders import make_deal


def haitian(services) -> int:
    return next(o.id for o in services.deals.list(include_closed=True) if o.deal.title == "品控数据化")


def today_items(window, section: TodaySection) -> list:
    model = window.pages["today"].model
    return [model.index(r).data(ITEM_ROLE) for r in range(model.rowCount())
            if model.index(r).data(ITEM_ROLE) is not None and model.index(r).data(ITEM_ROLE).section == section]


def test_record_a_payment_then_today_and_the_board_card_follow(qtbot, demo_services, settings):
    from desktop.ui.main_window import MainWindow

    services = demo_services
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page("today")
    [late] = today_items(window, TodaySection.MONEY_OVERDUE)
    assert (late.text, late.amount_fen) == ("预付款", 46_000_00)
    steps_late = len(today_items(window, TodaySection.OVERDUE))
    assert f"{steps_late + 1} overdue" in window.pages["today"].summary.text()
    assert "¥46,000 still to collect" in window.pages["today"].model.detail(late)
    [due] = today_items(window, TodaySection.MONEY_DUE)
    assert (due.text, due.due) == ("验收款", date(2026, 11, 25))
    [invoice] = today_items(window, TodaySection.INVOICES_TO_ISSUE)
    assert invoice.amount_fen == 192_000_00
    # the row opens the deal's Money tab
    window.pages["today"].open_index(next(
        window.pages["today"].model.index(r) for r in range(window.pages["today"].model.rowCount())
        if window.pages["today"].model.index(r).data(ITEM_ROLE) == late))
    deals = window.pages["deals"]
    panel = deals.deal_view.money_panel
    assert deals.deal_view.tabs.currentWidget() is panel and deals.deal_view.deal.id == late.deal_id
    assert "Collected ¥50,000 (15%) of ¥320,000" in panel.balance.text()
    assert "overdue ¥46,000" in panel.balance.text()

    dialog = panel.record_payment()
    dialog.amount.setText("46000")
    assert "Goes to: 预付款 ¥46,000" in dialog.preview.text()
    dialog.accept()
    assert not dialog.isVisible()
    assert "Collected ¥96,000 (30%) of ¥320,000" in panel.balance.text()
    assert "overdue" not in panel.balance.text()
    assert panel.plan_model.index(0, InstalmentTableModel.STATUS).data() == "Collected"
    assert today_items(window, TodaySection.MONEY_OVERDUE) == []
    board = deals.board
    won = next(c for c in board.columns.values() if c.model.stage.kind == "won")
    delegate = won.view.itemDelegate()
    assert delegate.collected_text(delegate.money[late.deal_id]) == "¥96,000 / ¥320,000"
    # Ctrl+Z takes the payment back
    window.undo_stack.undo()
    assert services.money.deal_money(late.deal_id).collected_fen == 50_000_00
    assert [i.text for i in today_items(window, TodaySection.MONEY_OVERDUE)] == ["预付款"]


def test_a_payment_larger_than_due_is_refused_in_the_dialog(qtbot, demo_services):
    services = demo_services
    panel = MoneyPanel(services, Bus())
    qtbot.addWidget(panel)
    panel.set_deal(services.deals.get(haitian(services)))
    dialog = panel.record_payment()
    dialog.amount.setText("300000")  # ¥270,000 is still due
    assert "more than is still due (¥270,000)" in dialog.preview.text()
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "more than is still due" in dialog.error.text()
    dialog.amount.setText("-5")
    dialog.accept()
    assert "This is not an amount" in dialog.error.text()
    dialog.reject()
    assert services.money.deal_money(haitian(services)).collected_fen == 50_000_00


def test_contract_and_plan_dialogs_with_the_rounding_said(qtbot, services):
    deal = make_deal(services, "华东精密", "MES", 100_000, stage="won")
    panel = MoneyPanel(services, Bus())
    qtbot.addWidget(panel)
    panel.set_deal(services.deals.get(deal))
    assert "No contract yet" in panel.contract_label.text()
    assert not panel.record_payment_button.isEnabled()
    dialog = panel.edit_contract()
    assert dialog.amount.text() == "100,000"  # from the deal
    dialog.amount.setText("100000.01")
    dialog.number.setText("HT-9")
    dialog.accept()
    assert "Contract HT-9" in panel.contract_label.text() and "¥100,000.01" in panel.contract_label.text()
    plan = panel.edit_plan()
    assert [e.name.currentText() for e in plan.editors] == ["预付款", "验收款", "质保金"]  # 30/60/10 preset
    for editor in list(plan.editors):
        plan.remove_line(editor)
    for share in ("33.33%", "33.33%", "33.34%"):
        plan.add_line(InstalmentInput("期款")).share.setText(share)
    assert "the ¥0.01 left over go to the last percentage instalment" in plan.summary.text()
    plan.editors[2].share.setText("20%")
    assert "The percentages add up to 86.66%" in plan.summary.text()
    plan.editors[2].share.setText("33.34%")
    plan.accept()
    assert [i.amount_fen for i in services.money.deal_money(deal).instalments] == [33_330_00, 33_330_00,
                                                                                  33_340_01]
    assert "¥0.01" in panel.plan_note.text()


def test_invoice_and_milestone_dialogs(qtbot, demo_services):
    services = demo_services
    panel = MoneyPanel(services, Bus())
    qtbot.addWidget(panel)
    panel.set_deal(services.deals.get(haitian(services)))
    panel.plan.selectRow(2)  # 质保金
    dialog = panel.add_invoice()
    assert dialog.amount.text() == "32,000"
    dialog.status.setCurrentIndex(dialog.status.findData("issued"))
    assert dialog.issued.value() == date(2026, 11, 20)
    dialog.number.setText("24312000000200")
    dialog.accept()
    assert panel.invoice_model.rowCount() == 3
    assert "Invoiced ¥32,000" in panel.plan_model.index(2, InstalmentTableModel.INVOICE).data()
    panel.plan.selectRow(1)  # 验收款: its milestone can be moved
    assert panel.milestone_button.isEnabled()
    milestone = panel.milestone_happened()
    milestone.day.setDate(milestone.day.date().addYears(-2))  # before the contract
    milestone.accept()
    assert "before the contract was signed" in milestone.error.text()
    milestone.reject()


def test_the_deals_filter_keeps_deals_with_money_outstanding(qtbot, demo_services):
    from desktop.ui.deals.page import DealsPage
    from desktop.ui.undo import QUndoStack

    page = DealsPage(demo_services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    assert sum(c.model.rowCount() for c in page.board.columns.values()) > 1
    page.outstanding_button.click()
    shown = [o.deal.title for c in page.board.columns.values() for o in c.model.deals()]
    assert shown == ["品控数据化"]
    page.outstanding_button.click()
    assert sum(c.model.rowCount() for c in page.board.columns.values()) > 1


def test_attachments_added_by_drop_and_button_opened_and_removed(qtbot, services, tmp_path, answer_dialogs,
                                                                  monkeypatch):
    asked, _answers = answer_dialogs
    deal = make_deal(services, "华东精密", "MES", 100)
    panel = AttachmentsPanel(services, Bus())
    qtbot.addWidget(panel)
    panel.set_owner(deal_id=deal)
    quote = tmp_path / "报价单.pdf"
    quote.write_bytes(b"%PDF-1.4 quote")
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * (MAX_ATTACHMENT_BYTES + 1))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(quote)), QUrl.fromLocalFile(str(big))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    assert [panel.model.record(r).name for r in range(panel.model.rowCount())] == ["报价单.pdf"]
    assert len(asked) == 1 and "video.mp4: This file is 25.0 MB" in asked[0] and "at most 25 MB" in asked[0]
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG scan")
    monkeypatch.setattr("desktop.ui.money.attachments.QFileDialog.getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(scan)], "")))
    panel.add_button.click()
    assert panel.model.rowCount() == 2
    opened: list[QUrl] = []
    panel.opener = lambda url: opened.append(url) or True
    panel.table.selectRow(panel.model.row_of(next(a.id for a in services.attachments.list(deal_id=deal)
                                                  if a.name == "报价单.pdf")))
    panel.open_button.click()
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == b"%PDF-1.4 quote" and copy.name == "报价单.pdf"
    panel.remove_button.click()
    assert panel.model.rowCount() == 1
    panel.undo_stack.undo()
    assert panel.model.rowCount() == 2


def test_company_page_keeps_files(qtbot, demo_services):
    from desktop.ui.people.companies import CompaniesPage
    from desktop.ui.undo import QUndoStack

    page = CompaniesPage(demo_services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    company = next(c for c in demo_services.companies.list() if c.name == "华东精密制造集团")
    page.select_id(company.id)
    assert [page.files_panel.model.record(r).name for r in range(page.files_panel.model.rowCount())] == [
        "一期 MES 报价单.pdf"]


def test_receivables_in_the_reports_page(qtbot, demo_services):
    from desktop.ui.reports.page import ReportsPage

    bus = Bus()
    reports = ReportsPage(demo_services, bus)
    qtbot.addWidget(reports)
    reports.show_section("receivables")
    page = reports.receivables
    assert reports.body_stack.currentWidget() is page
    assert reports.section_list.currentItem().text() == "Receivables"
    assert "Still to collect ¥270,000" in page.summary.text() and "¥46,000" in page.summary.text()
    rows = {page.ageing_model.record(r).label: page.ageing_model.record(r).fen
            for r in range(page.ageing_model.rowCount())}
    assert rows["0–30 days late"] == 46_000_00 and rows["Not yet due"] == 224_000_00
    assert page.company_model.record(0).label == "海天食品加工有限公司"
    with qtbot.waitSignal(bus.open_requested) as opened:
        page._open(page.overdue_model.index(0, 0))
    assert opened.args == ["money", haitian(demo_services)]


def test_the_money_models_pass_the_model_tester(qtmodeltester, demo_services):
    money = demo_services.money.deal_money(haitian(demo_services))
    names = {i.id: i.name for i in money.instalments}
    plan = InstalmentTableModel()
    plan.set_instalments(list(money.instalments), "CNY")
    payments = PaymentTableModel()
    payments.set_payments(list(money.payments), names, "CNY")
    invoices = InvoiceTableModel()
    invoices.set_invoices(list(money.invoices), names, "CNY")
    files = AttachmentTableModel()
    files.set_records(demo_services.attachments.list(deal_id=haitian(demo_services)))
    overdue = OverdueTableModel()
    overdue.set_records(demo_services.money.collections(overdue_only=True))
    amounts = AmountTableModel("Month")
    page_rows = demo_services.money.receivables().by_company
    from desktop.ui.money.receivables import AmountRow

    amounts.set_records([AmountRow(i, n, f, 1.0) for i, (n, f) in enumerate(page_rows)])
    for model in (plan, payments, invoices, files, overdue, amounts):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_money_tab_in_both_languages(qtbot, demo_services, language):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_translators, remove_translators

    app = QCoreApplication.instance()
    translators = install_translators(app, language)
    try:
        panel = MoneyPanel(demo_services, Bus())
        qtbot.addWidget(panel)
        panel.set_deal(demo_services.deals.get(haitian(demo_services)))
        status = panel.plan_model.index(0, InstalmentTableModel.STATUS).data()
        if language == "zh_CN":
            assert status == "逾期" and "已回款" in panel.balance.text()
            assert panel.payment_model.index(0, PaymentTableModel.METHOD).data() == "对公转账"
        else:
            assert status == "Overdue" and "Collected" in panel.balance.text()
    finally:
        remove_translators(app, translators)


def test_a_contract_from_the_deal_amount_refuses_bad_input(qtbot, services):
    deal = make_deal(services, "华东精密", "MES", None, stage="won")
    panel = MoneyPanel(services, Bus())
    qtbot.addWidget(panel)
    panel.set_deal(services.deals.get(deal))
    dialog = panel.edit_contract()
    dialog.amount.setText("-100")
    dialog.accept()
    assert dialog.isVisible() and "This is not an amount" in dialog.error.text()
    dialog.amount.setText("")
    dialog.accept()
    assert "This is required." in dialog.error.text()
    assert services.money.contract_of(deal) is None


def _shown(parent, kind):  # noqa: ANN001, ANN202
    return [d for d in parent.findChildren(kind) if d.isVisible()][-1]


def test_every_money_button_lands_where_it_says(qtbot, demo_services, answer_dialogs, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.money.dialogs import ContractDialog, InvoiceDialog, PaymentDialog, PlanDialog

    asked, _answers = answer_dialogs
    services = demo_services
    deal_id = haitian(services)
    panel = MoneyPanel(services, Bus())
    qtbot.addWidget(panel)
    panel.show()
    panel.set_deal(services.deals.get(deal_id))

    def save(dialog) -> None:  # noqa: ANN001
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    # Void / Not void on the selected instalment
    panel.plan.selectRow(2)
    panel.void_instalment_button.click()
    assert asked and "质保金" in asked[-1]
    assert panel.plan_model.index(2, InstalmentTableModel.STATUS).data() == "Void"
    panel.plan.selectRow(2)
    assert panel.void_instalment_button.text() == "Not void"
    panel.void_instalment_button.click()
    assert panel.plan_model.index(2, InstalmentTableModel.STATUS).data() == "Pending"
    # Edit plan…: Add instalment and a preset from the menu
    panel.edit_plan_button.click()
    plan = _shown(panel, PlanDialog)
    plan.add_button.click()
    assert len(plan.editors) == 4 and plan.editors[-1].name.currentText() == "到货款"
    preset = next(a for a in plan.preset_button.menu().actions() if a.text() == "30 / 40 / 25 / 5")
    preset.trigger()
    assert [e.name.currentText() for e in plan.editors][3:] == ["预付款", "到货款", "验收款", "质保金"]
    assert "The percentages add up to 200%, more than 100 %." in plan.summary.text()
    plan.editors[3].remove.click()
    plan.reject()
    # Record payment… then Delete payment
    panel.record_payment_button.click()
    dialog = _shown(panel, PaymentDialog)
    dialog.amount.setText("10000")
    dialog.method.setCurrentIndex(dialog.method.findData("acceptance_bill"))
    assert dialog.matures.isVisibleTo(dialog)
    save(dialog)
    assert panel.payment_model.rowCount() == 2
    assert "Bank acceptance bill" in panel.payment_model.index(1, PaymentTableModel.METHOD).data()
    panel.payments.selectRow(1)
    panel.delete_payment_button.click()
    assert panel.payment_model.rowCount() == 1
    # Add invoice… and Edit…
    panel.plan.clearSelection()
    panel.add_invoice_button.click()
    invoice = _shown(panel, InvoiceDialog)
    invoice.amount.setText("1000")
    save(invoice)
    assert panel.invoice_model.rowCount() == 3
    panel.invoices.selectRow(1)
    panel.edit_invoice_button.click()
    invoice = _shown(panel, InvoiceDialog)
    invoice.number.setText("24312000000999")
    save(invoice)
    assert panel.invoice_model.index(1, InvoiceTableModel.NUMBER).data() == "24312000000999"
    # Edit contract…
    panel.contract_button.click()
    contract = _shown(panel, ContractDialog)
    contract.number.setText("HT-2026-118-A")
    save(contract)
    assert "HT-2026-118-A" in panel.contract_label.text()
    # Files: Save as… into a folder
    files = panel.attachments
    files.table.selectRow(0)
    monkeypatch.setattr("desktop.ui.money.attachments.QFileDialog.getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path)))
    files.save_button.click()
    assert (tmp_path / "HT-2026-118 合同扫描件.pdf").read_bytes().startswith(b"%PDF")


def test_a_partners_success_fee_can_follow_the_money(qtbot, services, settings):
    from desktop.ui.partners.page import PartnersPage
    from desktop.ui.undo import QUndoStack

    page = PartnersPage(services, Bus(), QUndoStack(), settings)
    qtbot.addWidget(page)
    p = services.partners.mark(new_contact_name="钱斌")
    page.reload()
    page.select_id(p.id)
    combo = page.form.fields["success_fee_on"]
    assert combo.currentData() == "signing"
    combo.setCurrentIndex(combo.findData("collection"))
    assert page.save()
    assert services.partners.get(p.id).success_fee_on == "collection"
