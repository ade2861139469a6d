"""Tables and charts built once from the figures: "—" for nothing, deal ids behind every row."""

from datetime import date

from desktop.domain.reports.charts import ChartKind, report_chart
from desktop.domain.reports.overview import all_reports
from desktop.domain.reports.period import Period
from desktop.domain.reports.tables import REPORTS, Column, Kind, cell_text, report_tables
from tests.unit.domain.reports.handmade import LEAD, LOST, NEGO, WON, book, deal

Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))


def test_cells_as_a_seller_reads_them():
    assert cell_text(None, Column("x", "", "", Kind.PERCENT), "en") == "—"
    assert cell_text(None, Column("x", "", "", Kind.MONEY), "zh_CN") == "—"
    assert cell_text(2 / 3, Column("x", "", "", Kind.PERCENT), "en") == "67%"
    assert cell_text(0.0, Column("x", "", "", Kind.PERCENT), "en") == "0%"  # a real zero stays 0 %
    assert cell_text(1_280_000, Column("x", "", "", Kind.MONEY), "zh_CN") == "¥128万"
    assert cell_text(-0.25, Column("x", "", "", Kind.CHANGE), "en") == "−25%"
    assert cell_text(date(2026, 3, 1), Column("x", "", "", Kind.MONTH), "zh_CN") == "2026年3月"


def test_an_empty_book_gives_every_table_and_chart_without_a_crash():
    reports = all_reports(book(), Q1)
    for which in REPORTS:
        for language in ("zh_CN", "en"):
            for table in report_tables(reports, which, language):
                for i in range(len(table.rows)):
                    texts = [table.text(i, j, language) for j in range(len(table.columns))]
                    assert "0%" not in texts[1:] or which == "forecast"
            chart = report_chart(reports, which, language)
            assert len(chart.deal_ids) == len(chart.categories)
    rate = report_tables(reports, "winrate", "en")[0]
    assert rate.text(0, 1, "en") == "—"  # win rate with nothing closed


def test_rows_and_bars_carry_the_deals_behind_them():
    b = book(deal(1, [(LEAD, "2026-01-05"), (NEGO, "2026-01-20"), (WON, "2026-02-04")], 300_000),
             deal(2, [(LEAD, "2026-01-05"), (NEGO, "2026-01-20"), (LOST, "2026-02-04")], 100_000,
                  lost_reason_id=1, competitors="用友"))
    reports = all_reports(b, Q1)
    funnel = report_chart(reports, "funnel", "en")
    assert funnel.kind == ChartKind.FUNNEL
    assert funnel.deal_ids[0] == (1, 2) and funnel.deal_ids[-1] == (1,)  # lead: both; won: deal 1
    lost = report_tables(reports, "lost", "zh_CN")
    assert lost[0].rows[0].cells[:2] == ("价格战", 1) and lost[0].rows[0].deal_ids == (2,)
    trend = report_chart(reports, "winrate", "en")
    assert trend.series[0].values[-2] == 0.5 and trend.deal_ids[-2] == (1, 2)  # February
