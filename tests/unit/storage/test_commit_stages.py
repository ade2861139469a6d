"""Schema v5: stage.forecast_commit, the stages the forecast counts as Commit."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.domain.deals import DealRecord, StageKind
from desktop.domain.people import CompanyRecord
from desktop.services.container import Services
from desktop.storage.book import open_book
from desktop.storage.schema import LATEST_VERSION, MIGRATIONS


def _make_v4_book(path: Path, clock) -> None:  # noqa: ANN001
    """A version-4 book (no stage.forecast_commit) holding a deal in negotiation."""
    services = Services.open(path, clock)
    company = services.companies.save(CompanyRecord(name="康宁医疗"))
    stages = {s.key: s.id for s in services.pipeline.stages()}
    services.deals.save(DealRecord(company_id=company.id, title="质量追溯系统", amount=880_000,
                                   stage_id=stages["negotiation"]))
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE stage DROP COLUMN forecast_commit")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()


def test_a_version_4_book_gets_commit_from_negotiation_on_with_its_rows_kept(book_path, clock):
    _make_v4_book(book_path, clock)
    book = open_book(book_path, now=datetime(2026, 11, 20, 9, 0))
    try:
        assert book.migrated_from == 4
        with book.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
            rows = dict(conn.exec_driver_sql("SELECT key, forecast_commit FROM stage").all())
            deals = conn.exec_driver_sql("SELECT title, amount FROM deal").all()
    finally:
        book.close()
    assert rows == {"lead": 0, "first_call": 0, "discovery": 0, "solution": 0, "proof": 0,
                    "negotiation": 1, "won": 0, "lost": 0, "on_hold": 0}
    assert deals == [("质量追溯系统", 880_000)]


def test_without_a_negotiation_stage_the_last_open_stage_is_commit(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE stage (id INTEGER PRIMARY KEY, key VARCHAR, position INTEGER, kind VARCHAR)")
    conn.executemany("INSERT INTO stage (key, position, kind) VALUES (?, ?, ?)",
                     [("a", 0, "open"), ("b", 1, "open"), ("w", 2, "won"), ("l", 3, "lost")])
    MIGRATIONS[4](conn)
    assert conn.execute("SELECT key FROM stage WHERE forecast_commit = 1").fetchall() == [("b",)]
    conn.close()
    bare = sqlite3.connect(tmp_path / "y.db")  # a version-1 book: no stage table yet
    MIGRATIONS[4](bare)
    bare.close()


def test_a_new_book_commits_negotiation_and_the_seller_can_change_it(services):
    stages = {s.key: s for s in services.pipeline.stages()}
    assert [k for k, s in stages.items() if s.commit] == ["negotiation"]
    from dataclasses import replace

    services.pipeline.save_stage(replace(stages["proof"], commit=True))
    services.pipeline.save_stage(replace(stages["won"], commit=True))  # not an open stage: ignored
    after = {s.key: s.commit for s in services.pipeline.stages()}
    assert after["proof"] and after["negotiation"] and not after["won"]
    assert stages["won"].kind == StageKind.WON
