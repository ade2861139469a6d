"""The Reports page: open it, change the period, click a bar, see the deals behind it; the table
models pass qtmodeltester; CSV and the business review are written; the weekly report copies."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication

from desktop.domain.reports.overview import all_reports
from desktop.domain.reports.period import Period, Preset
from desktop.domain.reports.tables import report_tables
from desktop.ui.main_window import MainWindow
from desktop.ui.reports.chart import ChartWidget
from desktop.ui.reports.models import DEALS_ROLE, DealsModel, ReportTableModel
from tests.report_book import fill_report_book

Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))


@pytest.fixture
def window(qtbot, services, settings):
    ids = fill_report_book(services)
    win = MainWindow(services, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.ids = ids
    return win


def loaded(qtbot, page) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.reports is not None and not page.loading)


def test_open_reports_change_the_period_click_a_bar_and_open_a_deal(qtbot, window):
    window.go_actions["reports"].trigger()
    page = window.stack.currentWidget()
    assert window.current_page_key() == "reports" and page.objectName() == "page_reports"
    loaded(qtbot, page)
    # The default period is this quarter (Oct–Dec 2026): nothing of Q1 in it.
    assert page.period == Period(date(2026, 10, 1), date(2026, 12, 31))
    page.set_preset(Preset.CUSTOM)
    assert page.start_edit.isVisible()
    page.start_edit.setDate(date(2026, 1, 1))
    page.end_edit.setDate(date(2026, 3, 31))
    qtbot.waitUntil(lambda: page.reports is not None and page.reports.period == Q1 and not page.loading)
    assert "2025-10-01" in page.compared.text()  # compared with the quarter before
    assert page.figure_labels[3][1].text() == "67%"  # win rate 2 ÷ 3
    # The funnel: click its last bar (Won) → the won deals of Q1, not the deleted one.
    page.show_section("funnel")
    chart: ChartWidget = page.chart
    chart.grab()
    won_bar = chart.hits[-1]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=won_bar.center().toPoint())
    dialog = page.deals_dialog
    assert dialog is not None and dialog.isVisible()
    titles = sorted(dialog.model.data(dialog.model.index(r, DealsModel.TITLE)) for r in range(dialog.model.rowCount()))
    assert titles == ["产线数据采集", "质量追溯系统"]
    # Open one of them: the Deals page shows it.
    dialog.view.selectRow(0)
    dialog.open_button.click()
    assert window.current_page_key() == "deals"


def test_a_table_row_opens_its_deals_and_exports_as_csv(qtbot, window, tmp_path):
    window.show_page("reports")
    page = window.pages["reports"]
    loaded(qtbot, page)
    page.set_period(Q1)
    qtbot.waitUntil(lambda: page.reports.period == Q1 and not page.loading)
    page.show_section("lost")
    view, model = page.table_views[0]
    assert model.data(model.index(0, 0)) == "Price war between look-alike products"
    assert model.data(model.index(0, 0), DEALS_ROLE) == [window.ids["yunda"]]
    view.doubleClicked.emit(model.index(0, 0))
    assert page.deals_dialog.model.rowCount() == 1
    target = tmp_path / "lost.csv"
    assert page.export_csv_to(model.table, target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Price war between look-alike products,1,200000" in target.read_text("utf-8-sig")


def test_business_review_and_weekly_report_from_the_page(qtbot, window, tmp_path):
    window.show_page("reports")
    page = window.pages["reports"]
    loaded(qtbot, page)
    target = tmp_path / "review.pdf"
    done = []
    page.save_review_to(target, on_done=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done))
    assert target.read_bytes().startswith(b"%PDF")
    page.weekly_button.click()
    dialog = page.weekly_dialog
    assert dialog.isVisible() and dialog.text.toPlainText().startswith("Weekly report · Week of 16 Nov 2026")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    assert dialog.save_to(str(tmp_path / "week.pdf"))
    dialog.close()


def test_report_table_models_pass_qtmodeltester(qtmodeltester, services):
    fill_report_book(services)
    reports = services.reports.overview(Q1)
    for which in ("forecast", "funnel", "winrate", "lost", "pareto", "sources", "formula", "activity"):
        for table in report_tables(reports, which, "zh_CN"):
            model = ReportTableModel()
            model.set_table(table, "zh_CN")
            qtmodeltester.check(model)
    deals = DealsModel()
    deals.set_deals(list(reports.book.deals), reports.book, "en")
    qtmodeltester.check(deals)
    empty = ReportTableModel()
    qtmodeltester.check(empty)


def test_chart_widget_draws_every_kind_and_reports_clicks(qtbot, services):
    from desktop.domain.reports.charts import report_chart

    fill_report_book(services)
    reports = services.reports.overview(Q1)
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    chart.show()
    for which in ("forecast", "funnel", "winrate", "lost", "pareto", "sources", "formula", "activity"):
        chart.set_chart(report_chart(reports, which, "en"), "en")
        chart.grab()
        assert len(chart.hits) in (0, len(chart.chart.categories))
    chart.set_chart(report_chart(reports, "lost", "en"), "en")
    chart.grab()
    with qtbot.waitSignal(chart.activated) as signal:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.hits[0].center().toPoint())
    assert signal.args == [0]
    assert chart.index_at(QPointF(-5, -5)) == -1
    empty = all_reports(reports.book, Period(date(2020, 1, 1), date(2020, 1, 31)))
    chart.set_chart(report_chart(empty, "lost", "en"), "en")
    chart.grab()
    assert chart.hits == []  # nothing to click in an empty period: "—" is drawn


def test_the_first_look_reads_no_notes_and_the_activity_section_reads_them_when_shown(
        qtbot, window):
    """The page's first read leaves out the notes and visits (two periods of a veteran's notes
    were most of it, issue 20): the key figures count the notes in SQL, and the Activity section
    reads them when it is shown — the same figures as reading everything at once."""
    from datetime import datetime

    from sqlalchemy import event

    from desktop.domain.notes import CallNoteRecord

    services = window.services
    for day in (datetime(2026, 1, 6, 10), datetime(2026, 2, 3, 15), datetime(2025, 11, 4, 9)):
        services.notes.save(CallNoteRecord(deal_id=window.ids["kangning"], occurred_at=day,
                                           goal="拜访"))
    statements: list[str] = []

    def trace(dbapi, _record, _proxy) -> None:  # noqa: ANN001
        dbapi.set_trace_callback(statements.append)

    event.listen(services.book.engine, "checkout", trace)
    try:
        window.show_page("reports")
        page = window.stack.currentWidget()
        loaded(qtbot, page)
        page.set_preset(Preset.CUSTOM)
        page.start_edit.setDate(date(2026, 1, 1))
        page.end_edit.setDate(date(2026, 3, 31))
        qtbot.waitUntil(lambda: page.reports.period == Q1 and not page.loading)
        first_look = [s for s in statements if "call_note" in s or "FROM visit" in s]
        assert first_look and all(s.lstrip().upper().startswith("SELECT COUNT(*) FROM CALL_NOTE")
                                   for s in first_look), first_look
        assert not page.reports.activity_read
        whole = services.reports.overview(Q1)
        notes = page.figure_labels[6][1].text()
        assert notes == str(whole.activity.note_count) == "2"  # counted, not read
        assert page.figure_labels[6][2].text().endswith(str(whole.previous_activity.note_count))
        assert whole.previous_activity.note_count == 1
        with pytest.raises(LookupError):
            page.reports.activity  # noqa: B018 - never worked out from notes that were not read
        statements.clear()
        page.show_section("activity")
        qtbot.waitUntil(lambda: page.reports.activity_read and not page.loading)
    finally:
        event.remove(services.book.engine, "checkout", trace)
    assert any("FROM call_note" in s and "count(*)" not in s for s in statements)
    weeks = [(w.week, len(w.notes), len(w.visits)) for w in page.reports.activity.weeks]
    assert weeks == [(w.week, len(w.notes), len(w.visits)) for w in whole.activity.weeks]
    assert page.chart.chart is not None and page.chart.chart.key == "activity"
    assert page.table_views  # its tables are shown
