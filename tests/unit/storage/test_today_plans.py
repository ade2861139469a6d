"""Today's counts read indexes only (issue 20, schema version 12): at 10× the bench book Today
counted 7,302 overdue steps and 5,509 stale deals by reading each step's and each deal's row
(25 ms and 6 ms of a 94 ms page). Each count's plan and bytecode are read here: the index that
matches its WHERE, no scan of a table that grows, and no column read from a table row, so a
count costs a few index entries per item. No timing."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.deals import is_stale
from desktop.domain.overview import TodaySection
from desktop.services.container import Services
from desktop.storage.book import open_book
from desktop.storage.queries import today as q
from desktop.storage.schema import LATEST_VERSION
from tests.builders import make_deal, move, stage

DAY = date(2026, 11, 20)
# Each count: its parameters, the indexes its plan must search, the tables it must not read rows of.
COUNTS = {
    "steps": (("0001-01-01", "2026-11-19"), ("ix_next_step_open_due", "ix_deal_live_stage"),
              {"next_step", "deal"}),
    "visits": (("2026-11-21 00:00:00.000000", "2026-11-27 00:00:00.000000"),
               ("ix_visit_live_planned", "ix_deal_live_stage"), {"visit", "deal"}),
    "stale": (("2026-11-20",), ("ix_deal_stage_recent",), {"deal"}),
    "on_hold": (("2026-11-20",), ("ix_deal_on_hold",), {"deal"}),
}


def _plan(conn: sqlite3.Connection, sql: str, params: tuple) -> str:
    return " | ".join(r[-1] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def _tables_read(conn: sqlite3.Connection, sql: str, params: tuple) -> set[str]:
    """Tables whose rows the statement reads a column of (not only seeks past an index)."""
    names = {r[0]: r[1] for r in conn.execute("SELECT rootpage, name FROM sqlite_master")}
    program = conn.execute("EXPLAIN " + sql, params).fetchall()
    cursors = {r[2]: names.get(r[3]) for r in program if r[1] == "OpenRead"}
    return {cursors[r[2]] for r in program if r[1] in ("Column", "Rowid") and r[2] in cursors}


@pytest.mark.parametrize("name", COUNTS)
def test_each_count_reads_its_index_not_the_rows_it_counts(services, name):
    params, indexes, not_read = COUNTS[name]
    sql = "SELECT count(*) " + q.TODAY_COUNTS[name]
    conn = sqlite3.connect(services.book.path)
    try:
        plan = _plan(conn, sql, params)
        read = _tables_read(conn, sql, params)
    finally:
        conn.close()
    for index in indexes:
        assert f"USING INDEX {index} (" in plan, plan
    for table in ("next_step", "visit", "deal", "s", "v", "d"):
        assert f"SCAN {table}" not in plan.split(" | "), plan  # no walk of a table that grows
    assert not read & not_read, (read, plan)  # only the small stage table, by id or whole


def test_the_first_rows_come_in_order_from_the_same_indexes(services):
    conn = sqlite3.connect(services.book.path)
    try:
        steps = _plan(conn, f"SELECT s.id {q.STEPS_BETWEEN} ORDER BY s.due, s.id LIMIT 25",
                      COUNTS["steps"][0])
        stale = _plan(conn, f"SELECT d.id {q.STALE_DEALS} ORDER BY d.stage_entered_at, d.id LIMIT 25",
                      COUNTS["stale"][0])
    finally:
        conn.close()
    assert steps.startswith("SEARCH s USING INDEX ix_next_step_open_due") and "TEMP B-TREE" not in steps
    assert "SEARCH d USING INDEX ix_deal_stage_recent (stage_id=? AND stage_entered_at<?)" in stale


def test_stale_counts_the_days_as_is_stale_does(services, clock):
    """entered < today - N days is julianday(today) - julianday(date(entered)) > N: a deal N days
    in its stage is not stale yet, N + 1 days is, whatever the time it entered."""
    lead = stage(services, "lead")
    limit = lead.stale_after_days
    assert limit is not None
    now = datetime.combine(DAY, datetime.min.time())
    made = {}
    for days in (limit - 1, limit, limit + 1, limit + 40):
        for hour in (0, 23):
            at = now - timedelta(days=days) + timedelta(hours=hour, minutes=59)
            made[make_deal(services, f"客户{days}-{hour}", f"项目{days}", stage="lead", at=at)] = days
    held = make_deal(services, "暂停客户", "暂停", at=now - timedelta(days=400))
    move(services, held, "on_hold", at=now - timedelta(days=300))  # on hold: never stale
    with services.book.raw_reading() as conn:
        ids, count = q.stale_deal_ids(conn, DAY, 3)
        all_ids, _ = q.stale_deal_ids(conn, DAY, 100)
    expected = [i for i, days in made.items() if is_stale(lead, days)]
    assert count == len(expected) == 4 and sorted(all_ids) == sorted(expected)
    assert ids == all_ids[:3] and all(made[i] == limit + 40 for i in ids[:2])  # longest first


def test_on_hold_due_counts_deals_on_hold_whose_date_has_come(services):
    now = datetime.combine(DAY, datetime.min.time())
    due = make_deal(services, "客户甲", "甲", at=now - timedelta(days=90))
    later = make_deal(services, "客户乙", "乙", at=now - timedelta(days=90))
    move(services, due, "on_hold", at=now - timedelta(days=61))  # looks again on day 60 after
    move(services, later, "on_hold", at=now - timedelta(days=10))
    with services.book.raw_reading() as conn:
        assert q.on_hold_due_ids(conn, DAY, 25) == ([due], 1)
    move(services, due, "lead", at=now)  # back at work: its old date is no longer a review
    with services.book.raw_reading() as conn:
        assert q.on_hold_due_ids(conn, DAY, 25) == ([], 0)


def _make_v11_book(path: Path, clock) -> dict[str, int]:
    """The release before (version 11): Today's steps index without the deal, none of the others."""
    services = Services.open(path, clock)
    now = clock()
    deal = make_deal(services, "华东精密", "二厂 MES", at=now - timedelta(days=200))
    gone = make_deal(services, "已删除", "删", at=now - timedelta(days=200))
    for n in range(3):
        services.deals.add_next_step(deal, f"跟进{n}", now.date() - timedelta(days=n + 1))
    services.deals.add_next_step(gone, "不算", now.date() - timedelta(days=1))
    services.deals.delete(gone)
    services.close()
    conn = sqlite3.connect(path)
    for sql in q.TODAY_INDEXES:
        conn.execute("DROP INDEX " + sql.split(" ON ")[0].split()[-1])
    conn.execute("CREATE INDEX ix_next_step_open_due ON next_step (due, id) "
                 "WHERE done_at IS NULL AND deleted_at IS NULL")
    conn.execute("PRAGMA user_version = 11")
    conn.commit()
    conn.close()
    return {"deal": deal, "gone": gone}


def test_a_version_11_book_gets_todays_indexes_with_its_rows_kept(book_path, clock):
    _make_v11_book(book_path, clock)
    tables = ("deal", "next_step", "visit", "company")
    before = sqlite3.connect(book_path)
    rows_before = [before.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables]
    before.close()
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 11
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION == 12
            assert [conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all() for t in tables] == rows_before
            made = dict(conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index'").all())
    finally:
        book.close()
    for sql in q.TODAY_INDEXES:  # each as this version declares it: the steps index holds the deal
        name = sql.split(" ON ")[0].split()[-1]
        assert made[name] == sql.replace("IF NOT EXISTS ", ""), name
    services = Services.open(book_path, clock)
    try:
        first = services.today.first(limit=2)
        overdue = [i.text for i in first.items if i.section == TodaySection.OVERDUE]
        assert overdue == ["跟进2", "跟进1"]  # the deleted deal's step is not counted
        assert first.counts[TodaySection.OVERDUE] == 3
    finally:
        services.close()


def test_partners_waiting_count_reads_indexes_only(demo_services):
    """Read before Today's first paint so the panel above the list has its height at once: each
    live open referral from ix_deal_live_referral, no deal row and no partner row read."""
    sql = q.PARTNERS_WAITING_COUNT.format(indexed="INDEXED BY ix_deal_live_referral")
    conn = sqlite3.connect(demo_services.book.path)
    try:
        plan = _plan(conn, sql, ("2026-10-21",))
        read = _tables_read(conn, sql, ("2026-10-21",))
    finally:
        conn.close()
    assert "SEARCH d USING INDEX ix_deal_live_referral (referrer_id=?)" in plan, plan
    assert "USING COVERING INDEX ix_partner_deleted_at" in plan, plan
    assert "USING COVERING INDEX ix_partner_update_sent" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
    assert read <= {"stage", "ix_deal_live_referral", "ix_partner_deleted_at",
                    "ix_partner_update_sent"}, (read, plan)


@pytest.mark.parametrize("with_index", [True, False])
def test_partners_waiting_count_is_how_many_partners_waiting_lists(demo_services, with_index):
    """The same rule as services/today.partners_waiting, day by day of the setting (the demo
    book: partners with and without an update sent); a book made before the index (it is made at
    the first write) counts the same from the deals' rows."""
    s = demo_services
    if not with_index:
        conn = sqlite3.connect(s.book.path)
        conn.execute("DROP INDEX ix_deal_live_referral")
        conn.commit()
        conn.close()
    today = s.clock().date()
    counts = [s.today.partners_waiting_count(today, days) for days in range(0, 120)]
    assert counts == [len(s.today.partners_waiting(today, days)) for days in range(0, 120)]
    assert len(set(counts)) > 2  # the days matter: some wait long, some not
