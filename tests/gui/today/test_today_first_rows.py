"""Today shows each section's first rows and how many it holds; "Show all" shows the rest (issue
20: at 10× the book Today listed 10× the items and read every open deal to find them). No
timing: the deals read and the rows shown are counted."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QThreadPool

import desktop.storage.queries.today as today_queries
from desktop.domain.deals import DealRecord
from desktop.domain.overview import TodaySection
from desktop.services.today import SECTION_ORDER
from desktop.storage.queries.today import OPEN_STEPS_INDEX
from desktop.ui.bus import Bus
from desktop.ui.today.page import COUNT_ROLE, ITEM_ROLE, MORE_ROLE, TodayPage

OVERDUE = 8


def _overdue_book(services, clock):
    for n in range(OVERDUE):
        deal = services.deals.save(DealRecord(title=f"项目{n}"), new_company=f"客户{n}")
        services.deals.add_next_step(deal.id, f"跟进{n}", clock().date() - timedelta(days=n + 1))


def test_first_rows_are_the_start_of_each_section_and_counts_are_whole(demo_services):
    agenda = demo_services.today.agenda()
    first = demo_services.today.first(limit=2)
    assert first.counts == dict(Counter(i.section for i in agenda))
    for section in SECTION_ORDER:
        whole = [i for i in agenda if i.section == section]
        assert [i for i in first.items if i.section == section] == whole[:2]


def test_first_rows_read_only_the_deals_they_show(services, clock, deals_read):
    _overdue_book(services, clock)
    read = deals_read()
    first = services.today.first(limit=3)
    assert first.counts[TodaySection.OVERDUE] == OVERDUE
    assert len(read) == 3  # the three deals shown, not the eight with a step overdue


def test_a_long_section_shows_its_first_rows_its_count_and_show_all(qtbot, services, clock, monkeypatch):
    _overdue_book(services, clock)
    monkeypatch.setattr(TodayPage, "FIRST_ROWS", 3)
    page = TodayPage(services, Bus())
    qtbot.addWidget(page)
    model = page.model
    assert model.index(0).data() == "Overdue" and model.index(0).data(COUNT_ROLE) == OVERDUE
    shown = [model.index(r).data(ITEM_ROLE) for r in range(model.rowCount())]
    assert [i.text for i in shown if i] == ["跟进7", "跟进6", "跟进5"]  # the longest overdue first
    more = model.index(4)
    assert more.data() == f"Show all {OVERDUE}" and more.data(MORE_ROLE) == TodaySection.OVERDUE
    assert f"{OVERDUE} overdue" in page.summary.text()  # the summary counts them all
    page.open_index(more)
    items = [model.index(r).data(ITEM_ROLE) for r in range(model.rowCount())]
    assert len([i for i in items if i]) == OVERDUE
    assert all(model.index(r).data(MORE_ROLE) is None for r in range(model.rowCount()))


def test_many_late_stage_deals_are_checked_for_gaps_on_the_thread_pool(qtbot, services, clock, monkeypatch):
    from tests.builders import stage

    late = services.deals.save(DealRecord(title="投标", stage_id=stage(services, "negotiation").id),
                               new_company="华东精密")
    monkeypatch.setattr(TodayPage, "AT_RISK_SYNC", 0)
    asked: list[int] = []
    at_risk = services.today.at_risk
    monkeypatch.setattr(services.today, "at_risk", lambda limit: (asked.append(limit), at_risk(limit))[1])
    page = TodayPage(services, Bus())
    qtbot.addWidget(page)
    QCoreApplication.processEvents()
    QThreadPool.globalInstance().waitForDone()
    assert asked == []  # not before the page's first frame: the read would slow it (issue 20)
    page.show()
    qtbot.wait_until(lambda: any(
        (i := page.model.index(r).data(ITEM_ROLE)) and i.section == TodaySection.AT_RISK
        and i.deal_id == late.id for r in range(page.model.rowCount())))
    assert asked == [TodayPage.FIRST_ROWS]
    page.reload()  # once painted, a reload reads them at once
    QThreadPool.globalInstance().waitForDone()
    assert len(asked) == 2


def test_overdue_steps_are_found_from_their_dates_not_from_every_deal(services):
    conn = sqlite3.connect(services.book.path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "ix_next_step_open_due" in names and "ix_next_step_open_due" in OPEN_STEPS_INDEX
        sql = "SELECT count(*) " + today_queries.STEPS_BETWEEN
        plan = " | ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + sql,
                                                      ("0001-01-01", "2026-11-19")))
    finally:
        conn.close()
    assert plan.startswith("SEARCH s USING INDEX ix_next_step_open_due"), plan


def test_late_stage_deals_are_counted_from_the_stage_index(services):
    from tests.builders import stage

    for n in range(3):
        services.deals.save(DealRecord(title=f"投标{n}", stage_id=stage(services, "negotiation").id),
                            new_company=f"客户{n}")
    assert services.today.late_deal_count() == 3
    conn = sqlite3.connect(services.book.path)
    try:
        sql = "EXPLAIN QUERY PLAN " + today_queries.COUNT_DEALS_IN
        plan = " | ".join(r[-1] for r in conn.execute(sql, ("[1, 2]",)))
    finally:
        conn.close()
    assert "ix_deal_stage_recent" in plan and "ix_deal_deleted_at" not in plan, plan


def _rows_read_by_first(services, rows_read) -> int:  # noqa: ANN001
    """How many rows Today's first rows bring from SQLite into Python (every query counted)."""
    first, rows = rows_read(services.book, lambda: services.today.first(limit=3, with_at_risk=False))
    assert first.counts[TodaySection.OVERDUE] >= OVERDUE  # the whole section is counted
    assert len([i for i in first.items if i.section == TodaySection.OVERDUE]) == 3
    assert rows >= 3  # the rows shown were counted
    return rows


def test_the_rows_today_reads_do_not_follow_the_number_of_items(services, clock, rows_read):
    """Counts come from SQL and each section's first rows are read with LIMIT: four times the
    overdue steps, not one more row read (issue 20: the agenda read all 1,812 items)."""
    _overdue_book(services, clock)
    few = _rows_read_by_first(services, rows_read)
    for _ in range(3):
        _overdue_book(services, clock)
    many = _rows_read_by_first(services, rows_read)
    assert services.today.first(limit=3).counts[TodaySection.OVERDUE] == 4 * OVERDUE
    assert few == many, (few, many)  # the book's lists (stages, roles…) and the rows shown
