"""The reports find a period's notes by their days, not by walking every live note (issue 20:
SQLite chose the index on deleted_at, which every live note shares). No timing: the query plan
says which way SQLite reads."""

from __future__ import annotations

from desktop.storage.queries.reports import NOTE_COUNT, NOTE_MOMENTS


def test_a_periods_notes_are_found_by_the_index_on_their_days(services) -> None:
    with services.book.reading() as s:
        def plan(sql: str) -> str:
            return " | ".join(row[-1] for row in s.connection().exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql, ("2026-10-01 00:00:00", "2026-12-31 23:59:59")))

        unfixed = plan(NOTE_COUNT.replace("+deleted_at", "deleted_at"))
        assert "ix_call_note_deleted_at" in unfixed  # what the check would catch
        for sql in (NOTE_COUNT, NOTE_MOMENTS):
            found = plan(sql)
            assert "ix_call_note_occurred_at" in found and "deleted_at" not in found, found
