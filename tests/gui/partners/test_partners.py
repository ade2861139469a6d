"""The Partners page and its widgets, with real services over a temporary book."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QApplication

from desktop.ui import settings as opt
from desktop.ui.bus import Bus
from desktop.ui.deals.deal_view import DealView
from desktop.ui.partners.dialogs import MarkPartnerDialog, PaymentDialog, ReportDialog, UpdateDialog
from desktop.ui.partners.models import (
    FeeTableModel,
    GivenTableModel,
    PartnerTableModel,
    ReferredDealModel,
    ReportTableModel,
)
from desktop.ui.partners.page import PartnersPage
from desktop.ui.partners.waiting import PartnerReminders, ReminderModel
from tests.builders import make_deal


@pytest.fixture
def page(qtbot, services, settings):
    bus = Bus()
    p = PartnersPage(services, bus, QUndoStack(), settings)
    qtbot.addWidget(p)
    return p


def test_models_pass_the_model_tester(qtmodeltester, demo_services):
    s = demo_services
    qian = next(p for p in s.partners.list() if p.name == "钱斌")
    for model, records in (
        (PartnerTableModel(), s.partners.list()),
        (ReferredDealModel(), s.partners.deals(qian.id)),
        (FeeTableModel(), s.partners.fees(qian.id)),
        (GivenTableModel(), s.partners.given(qian.id)),
        (ReportTableModel(), s.partners.report(date(2026, 1, 1), date(2026, 12, 31))),
        (ReminderModel(), s.partners.due_for_update(date(2026, 11, 20), 30)),
    ):
        model.set_records(records)
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_refer_a_deal_win_it_and_record_the_fee_as_paid(qtbot, page, services):
    """The whole flow through the real pages: a partner is added, the deal page names them as
    referrer, the deal is won (with a corrected amount) on the deal page, the fee is paid."""
    dialog = MarkPartnerDialog(services, page)
    qtbot.addWidget(dialog)
    dialog.contact.setEditText("钱斌")
    dialog.accept()
    partner_id = dialog.partner_id
    page.bus.announce("partners")
    assert page.select_id(partner_id)
    page.form.set_text("success_fee_kind", "percent")
    page.form.set_text("success_fee_value", "5")
    assert page.save()

    deal = make_deal(services, "华东精密制造集团", "数字化车间 MES", 1_280_000, stage="negotiation",
                     at=datetime(2026, 10, 1, 9))
    view = DealView(services, page.bus)
    qtbot.addWidget(view)
    view.show_deal(deal)
    view.referral.set_referrer(partner_id, QDate(2026, 9, 20))
    assert services.partners.referral(deal) == (partner_id, date(2026, 9, 20))
    assert page.deals_model.rowCount() == 1  # the partners page heard the change

    won = next(s for s in services.pipeline.stages() if s.key == "won")
    view.form.stage.setCurrentIndex(view.form.stage.findData(won.id))
    view.form.fields["amount"].setText("130万")
    view.form.edited.emit()
    assert view.save()
    assert services.partners.referral(deal) == (partner_id, date(2026, 9, 20))  # kept by the save
    assert page.fees_model.rowCount() == 1
    page.tabs.setCurrentIndex(2)
    page.fees_view.selectRow(0)

    def pay() -> None:
        d = QApplication.activeModalWidget()
        assert isinstance(d, PaymentDialog)
        assert d.amount.text() == "¥65,000"  # 5% of the won amount; tests run in English
        d.paid_on.setDate(QDate(2026, 11, 19))
        d.accept()

    QTimer.singleShot(0, pay)
    page.pay_selected()
    [fee] = services.partners.fees(partner_id)
    assert (fee.kind, fee.status, fee.paid_amount, fee.paid_on) == ("success", "paid", 65_000, date(2026, 11, 19))
    assert "Paid" in page.fees_model.index(0, FeeTableModel.STATUS).data()
    row = page.model.row_of(partner_id)
    assert page.model.index(row, PartnerTableModel.PAID).data() == "¥65,000"
    assert page.model.index(row, PartnerTableModel.WON).data() == "1"


def test_referral_editor_is_off_for_a_new_deal(qtbot, services):
    view = DealView(services, Bus())
    qtbot.addWidget(view)
    view.new_deal()
    assert not view.referral.isEnabled()


def test_bad_policy_is_shown_under_the_field_and_nothing_is_saved(page, services):
    p = services.partners.mark(new_contact_name="姚明亮")
    page.reload()
    page.select_id(p.id)
    page.form.set_text("finder_fee_kind", "percent")
    page.form.set_text("finder_fee_value", "150")
    page.form.edited.emit()
    assert not page.save()
    assert "at most 100" in page.form.error_text("finder_fee_value")
    assert services.partners.get(p.id).finder_fee_kind == "none"
    page.form.set_text("finder_fee_value", "abc")
    assert not page.save()
    assert page.form.error_text("finder_fee_value")


def test_mark_dialog_says_when_the_person_is_already_a_partner(qtbot, services):
    p = services.partners.mark(new_contact_name="钱斌")
    dialog = MarkPartnerDialog(services)
    qtbot.addWidget(dialog)
    dialog.contact.setEditText("钱斌")
    dialog.accept()
    assert dialog.error.text() == "This person is already a partner."
    assert dialog.partner_id is None and services.partners.get(p.id)


def test_given_log_and_waive(page, demo_services):
    s = demo_services
    page.reload()
    qian = next(p for p in s.partners.list() if p.name == "钱斌")
    page.select_id(qian.id)
    before = page.given_model.rowCount()
    page.given_text.setText("介绍了一个 ERP 客户给他")
    page.add_given()
    assert page.given_model.rowCount() == before + 1 and page.given_text.text() == ""
    due = [i for i in range(page.fees_model.rowCount()) if page.fees_model.record(i).status == "due"]
    page.fees_view.selectRow(page.fees_view.model().mapFromSource(page.fees_model.index(due[0], 0)).row())
    fee_id = page.selected_fee().id
    page.waive_selected()
    assert next(f for f in s.partners.fees(qian.id) if f.id == fee_id).status == "waived"


def test_update_dialog_copies_text_and_saves_pdf_and_records_it(qtbot, tmp_path, demo_services):
    s = demo_services
    qian = next(p for p in s.partners.list() if p.name == "钱斌")
    dialog = UpdateDialog(s, qian.id)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText().startswith("Hello Qian Bin,")
    dialog.lang.setCurrentIndex(0)
    assert dialog.text.toPlainText().startswith("钱斌，您好！")
    dialog.copy_text()
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    assert dialog.save_pdf(str(tmp_path / "update"))
    assert "已签约" in PdfReader(str(tmp_path / "update.pdf")).pages[0].extract_text()
    sent = next(p for p in s.partners.list() if p.name == "钱斌").last_update_sent
    assert sent == s.clock()


def test_reminders_follow_the_setting(qtbot, demo_services, settings):
    bus = Bus()
    widget = PartnerReminders(demo_services, bus, settings)
    qtbot.addWidget(widget)
    assert [widget.model.record(i).name for i in range(widget.model.rowCount())] == ["钱斌"]
    assert "30 days" in widget.heading.text()
    settings.set(opt.PARTNER_UPDATE_DAYS, 7)
    bus.announce("settings")
    assert {widget.model.record(i).name for i in range(widget.model.rowCount())} == {"钱斌", "姚明亮", "黄莉"}


def test_days_setting_is_edited_on_the_page(page, settings):
    page.days.setValue(14)
    assert settings.get(opt.PARTNER_UPDATE_DAYS) == 14


def test_report_dialog(qtbot, demo_services):
    dialog = ReportDialog(demo_services)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    dialog.start.setDate(QDate(2030, 1, 1))
    dialog.end.setDate(QDate(2030, 2, 1))
    assert all(dialog.model.record(i).referrals == 0 for i in range(3))


def test_today_shows_partners_waiting_for_news(qtbot, demo_services, settings):
    """Read after the window's first paint, not before (issue 20): empty while Today is first
    painted (its place already taken), then filled with the right rows."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(demo_services, settings)
    qtbot.addWidget(window)
    today = window.show_page("today")
    reminders = today.partner_reminders
    assert not reminders.filled and reminders.model.rowCount() == 0 and not reminders.isHidden()
    window.show()
    qtbot.waitUntil(lambda: reminders.filled)
    assert reminders.model.rowCount() == 1 and reminders.model.record(0).name == "钱斌"
    assert reminders.isVisible() and "30 days" in reminders.heading.text()
    reminders.view.doubleClicked.emit(reminders.model.index(0, 0))
    assert window.current_page_key() == "partners"
    assert window.pages["partners"].current.name == "钱斌"


@pytest.mark.parametrize(("days", "max_rows", "rows"), [
    (30, 5, 1),  # the demo book: 钱斌 waits
    (7, 2, 3),  # more than the panel shows: it is as tall as 2 rows, before and after
    (60, 5, 0),  # nobody waits: hidden from the start
])
def test_todays_list_does_not_move_when_the_partners_waiting_come(qtbot, demo_services, settings,
                                                                 monkeypatch, days, max_rows, rows):
    """The rows are read on the loop's turn after Today's first paint (issue 20); one count read
    before it gives the panel its height, so the list is where it will stay from the first paint
    (it jumped down ~85 px at every start)."""
    from desktop.ui.main_window import MainWindow

    monkeypatch.setattr(PartnerReminders, "MAX_ROWS", max_rows)
    settings.set(opt.PARTNER_UPDATE_DAYS, days)
    window = MainWindow(demo_services, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    today = window.show_page("today")
    reminders = today.partner_reminders
    painted: list[tuple[bool, int, object, bool]] = []

    def where() -> tuple[bool, int, object, bool]:
        return (reminders.filled, today.view.mapTo(today, today.view.rect().topLeft()).y(),
                reminders.geometry(), reminders.isVisible())

    class Watch(QObject):  # where the list is at each of its paints
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                painted.append(where())
            return False

    watch = Watch()
    today.view.viewport().installEventFilter(watch)
    window.show()
    qtbot.waitUntil(lambda: reminders.filled)
    today.view.viewport().removeEventFilter(watch)
    today.layout().activate()  # the page laid out again now, as it would be on the next turn
    window.layout().activate()
    first = painted[0]
    assert first[0] is False  # painted before the rows were read
    assert reminders.model.rowCount() == rows
    # the same list top, panel box and visibility at every paint and once filled
    assert {p[1:] for p in [*painted, where()]} == {first[1:]}
    assert first[3] == (rows > 0)
    if rows:
        shown = min(rows, max_rows)
        assert reminders.view.height() == (reminders.view.horizontalHeader().height()
                                           + sum(reminders.view.rowHeight(r) for r in range(shown))
                                           + 2 * reminders.view.frameWidth() + 2)


def test_a_percentage_fee_without_a_deal_amount_says_so_instead_of_zero(services):
    from dataclasses import replace

    from tests.builders import move

    p = services.partners.mark(new_contact_name="孙洁")
    p = services.partners.save(replace(p, finder_fee_kind="percent", finder_fee_value=2))
    deal = make_deal(services, "江南物流", "仓储系统", None, at=datetime(2026, 9, 1, 10), referrer_id=p.id)
    move(services, deal, "first_call", datetime(2026, 9, 10, 15))
    model = FeeTableModel()
    model.set_records(services.partners.fees(p.id))
    assert model.index(0, FeeTableModel.AMOUNT).data() == "deal amount not set"


def test_an_update_copied_from_a_book_that_cannot_be_written_is_not_noted_as_sent(qtbot, demo_services,
                                                                                   answer_dialogs):
    from desktop.services.errors import BookErrorKind

    s = demo_services
    qian = next(p for p in s.partners.list() if p.name == "钱斌")
    before = qian.last_update_sent
    dialog = UpdateDialog(s, qian.id)
    qtbot.addWidget(dialog)
    s.book.read_only = BookErrorKind.READ_ONLY  # the book refuses every write from now on
    dialog.copy_text()  # the text is copied all the same; the failed note is said in plain words
    asked, _answers = answer_dialogs
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    assert not dialog.recorded and len(asked) == 1 and "read-only" in asked[0]
    s.book.read_only = None
    assert next(p for p in s.partners.list() if p.name == "钱斌").last_update_sent == before


def test_many_partners_waiting_scroll_instead_of_pushing_today_away(qtbot, demo_services, settings,
                                                                     monkeypatch):
    """A veteran's book has a hundred partners waiting: the table above Today shows a few rows
    and scrolls (it was as tall as all of them, and Today's list went off the window)."""
    monkeypatch.setattr(PartnerReminders, "MAX_ROWS", 2)
    settings.set(opt.PARTNER_UPDATE_DAYS, 7)
    widget = PartnerReminders(demo_services, Bus(), settings)
    qtbot.addWidget(widget)
    view = widget.view
    assert widget.model.rowCount() == 3
    every_row = view.horizontalHeader().sizeHint().height() + sum(view.rowHeight(r) for r in range(3))
    assert view.maximumHeight() < every_row
    assert view.maximumHeight() >= view.horizontalHeader().sizeHint().height() + 2 * view.rowHeight(0)
