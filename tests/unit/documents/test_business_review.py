"""The business review and the weekly report as PDFs: text, fonts embedded, pages, zh and en."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.documents.business_review import render_review
from desktop.documents.weekly_report import render_weekly, weekly_text
from desktop.domain.reports.period import Period
from tests.report_book import fill_report_book
from tests.unit.documents.helpers import pdf_pages, pdffonts

Q1 = Period(date(2026, 1, 1), date(2026, 3, 31))


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", ["经营回顾", "销售漏斗", "赢单率与周期", "丢单复盘", "回款公式", "第 1 页，共"]),
    ("en", ["Business review", "Funnel", "Win rate and cycle", "Lost deals review", "The revenue formula",
            "Page 1 of"]),
])
def test_review_text_fonts_and_pages(services, tmp_path, language, words):
    fill_report_book(services)
    target = tmp_path / f"review-{language}.pdf"
    data = render_review(services.reports.overview(Q1), language, target)
    pages = pdf_pages(data)
    assert len(pages) >= 4  # eight reports, each a chart and tables
    text = "\n".join(pages)
    for word in words:
        assert word in text
    assert "删掉的大单" not in text  # the deleted deal is nowhere
    assert "康宁医疗" in text and "用友" in text
    fonts = pdffonts(str(target))
    assert fonts and all(row[-5] == "yes" for row in fonts)  # every font embedded
    assert not any("Helvetica" in row[0] for row in fonts)


def test_weekly_report_keeps_internal_fields_out(services, tmp_path):
    from desktop.domain.notes import CallNoteRecord

    ids = fill_report_book(services)
    deal = services.deals.get(ids["kangning"])
    services.notes.save(CallNoteRecord(
        deal_id=deal.id, company_id=deal.company_id, occurred_at=datetime(2026, 2, 3, 15), goal="确认报价",
        risks="采购处长偏向用友", internal_notes="王总爱打高尔夫，先谈服务", competitors="用友报价低"))
    services.deals.plan_visit(deal.id, datetime(2026, 2, 10, 9), "苏州工厂", "演示追溯系统")
    week = services.reports.weekly(date(2026, 2, 4))
    text = weekly_text(week, "zh_CN")
    assert "4. 赢单（1）" in text and "康宁医疗 · 质量追溯系统（¥30万）" in text
    assert "6. 下周计划拜访（1）" in text and "苏州工厂" not in text  # the place is not needed
    assert "演示追溯系统" in text
    assert "2. 本周沟通记录（1）" in text and "确认报价" in text
    for internal in ("采购处长偏向用友", "王总爱打高尔夫", "用友报价低"):
        assert internal not in text
    en = weekly_text(week, "en")
    assert en.startswith("Weekly report · Week of 2 Feb 2026 – 8 Feb 2026")
    for language in ("zh_CN", "en"):
        data = render_weekly(week, language, tmp_path / f"week-{language}.pdf")
        pages = pdf_pages(data)
        assert len(pages) == 1 and "质量追溯系统" in pages[0] and "王总爱打高尔夫" not in pages[0]



def test_no_column_header_is_broken_inside_a_word(services, tmp_path):
    """A text column is never narrower than its header: the 80/20 table's "Tier", beside long
    company names and tier notes, was broken as "Tie-" / "r"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop.documents.base import SCALE
    from desktop.documents.business_review import BusinessReview
    from desktop.documents.fonts import register
    from desktop.domain.reports.tables import Names, pareto_tables

    fill_report_book(services)
    reports = services.reports.overview(Q1)
    target = tmp_path / "review-en.pdf"
    render_review(reports, "en", target)
    text = "\n".join(pdf_pages(target.read_bytes()))
    assert "Tier check" in text and "Tie-" not in text
    table = pareto_tables(reports.pareto, Names(reports.book, "en"))[0]
    long_name = "Pacific Advanced Precision Manufacturing Holdings (Suzhou) Co., Ltd. " * 2
    long_note = "key account bringing little, worth a second look at the next quarterly review " * 2
    table = replace(table, rows=tuple(  # the names and notes of a real book are long
        replace(row, cells=(long_name, *row.cells[1:-1], long_note)) for row in table.rows))
    bold = register()[1]
    for column, width in zip(table.columns, BusinessReview(reports, "en")._widths(table), strict=True):
        assert width >= stringWidth(column.title("en"), bold, SCALE["body"]), column.title("en")
