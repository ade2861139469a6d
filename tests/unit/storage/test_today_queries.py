"""Today's plain-SQL reads (storage/queries/today.py) give the records the ORM gives: same types,
same values, on the demo book (every section of Today has rows there). A renamed column or a
date read as text fails here rather than on a seller's screen."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlmodel import select

from desktop.storage.queries import deals as orm_deals
from desktop.storage.queries import today as q
from desktop.storage.queries.pipeline import stage_record
from desktop.storage.tables import Deal, NextStep, Stage, Visit


def test_deal_rows_map_to_the_records_the_orm_maps(demo_services) -> None:
    book = demo_services.book
    with book.raw_reading() as conn:
        raw = {row.id: q.deal_record(row, row.company_name) for row in q.deal_rows(conn)}
    with book.reading() as s:
        orm = {d.id: orm_deals.deal_record(d, orm_deals.company_name(s, d))
               for d in s.exec(select(Deal).where(Deal.deleted_at.is_(None)))}
    assert raw and raw == orm
    for record in raw.values():  # the types, not only equal text
        assert isinstance(record.stage_entered_at, datetime)
        assert record.expected_close is None or not isinstance(record.expected_close, str)


def test_stages_steps_and_visits_read_as_the_orm_reads_them(demo_services, clock) -> None:
    book = demo_services.book
    today = clock().date()
    last = today + timedelta(days=30)
    start, end = datetime.combine(today - timedelta(days=30), time.min), datetime.combine(last, time.min)
    with book.raw_reading() as conn:
        stages = q.stages(conn, with_removed=True)
        steps = q.steps_due_by(conn, last)
        visits = q.visits_in(conn, start, end)
    with book.reading() as s:
        assert stages == [stage_record(r) for r in s.exec(select(Stage).order_by(Stage.position, Stage.id))]
        orm_steps = [orm_deals.step_record(r) for r in s.exec(
            select(NextStep).join(Deal, Deal.id == NextStep.deal_id)
            .where(NextStep.deleted_at.is_(None), Deal.deleted_at.is_(None), NextStep.done_at.is_(None),
                   NextStep.due.is_not(None), NextStep.due <= last).order_by(NextStep.due, NextStep.id))]
        orm_visits = [orm_deals.visit_record(r) for r in s.exec(
            select(Visit).join(Deal, Deal.id == Visit.deal_id)
            .where(Visit.deleted_at.is_(None), Deal.deleted_at.is_(None), Visit.planned_at >= start,
                   Visit.planned_at < end).order_by(Visit.planned_at))]
    assert steps and steps == orm_steps
    assert visits and visits == orm_visits


def test_today_reads_a_book_without_sqlalchemy_before_its_engine_is_made(demo_services, clock) -> None:
    """A book opened as the app opens it (check later): Today and the partners waiting come from
    the book's own read-only connection, the same items as once the engine is up."""
    from desktop.services.container import Services

    before = demo_services.today.agenda()
    waiting = demo_services.today.partners_waiting(clock().date(), 0)
    path = demo_services.book.path
    demo_services.close()
    opened = Services.open(path, clock, create=False, check_later=True)
    try:
        assert opened.book._engine is None  # nothing has made the engine yet
        assert opened.today.agenda() == before
        assert opened.today.partners_waiting(clock().date(), 0) == waiting
        assert opened.today.company_count() > 0
        assert opened.book._engine is None
        opened.book.check()  # makes the engine: the same reads now go through it
        assert opened.today.agenda() == before
    finally:
        opened.close()
