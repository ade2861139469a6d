"""The seller's calendar: entries for a range of days, one visit, a file kept up to date, and
the facts the reminders need (upcoming visits, overdue steps, collections due).

Which entries and at which times is decided in desktop.domain.calendar; this module reads the
book (desktop.storage.queries.calendar) and writes .ics files (desktop.services.ics) through the
one atomic writer (desktop.storage.files), so a synced folder never sees half a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session

from desktop.domain.calendar import (
    DEFAULT_OPTIONS,
    Attendee,
    CalendarEntry,
    CalendarOptions,
    CollectionFacts,
    StepFacts,
    VisitFacts,
    calendar_entries,
    export_range,
)
from desktop.domain.clock import Clock, system_clock
from desktop.domain.contracts import CollectionItem
from desktop.domain.errors import NotFound
from desktop.domain.reminders import DayFacts
from desktop.services.ics import calendar_bytes, same_calendar
from desktop.services.money import MoneyService
from desktop.storage.book import Book
from desktop.storage.files import write_atomically
from desktop.storage.queries import calendar as q

KEPT_FILE_NAME = "dealbrief.ics"  # the file kept up to date in the folder the seller chose


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    count: int  # events written
    written: bool = True  # False when the file already said the same (kept file unchanged)


class CalendarService:
    def __init__(self, book: Book, clock: Clock = system_clock,
                 money: MoneyService | None = None) -> None:
        self.book = book
        self.clock = clock
        self.money = money or MoneyService(book, clock)

    # --- reading
    def visits(self, start: datetime, end: datetime) -> list[VisitFacts]:
        """Visits planned from `start` (included) to `end` (excluded)."""
        with self.book.reading() as s:
            return _visit_facts(s, q.visits_between(s, start, end))

    def steps(self, first: date, last: date) -> list[StepFacts]:
        """Open next steps due from `first` to `last`."""
        with self.book.reading() as s:
            return [StepFacts(r.id, r.due, r.text, r.company, r.deal_title, r.owner)
                    for r in q.steps_due_between(s, first, last)]

    def collections(self, first: date, last: date) -> list[CollectionFacts]:
        """Instalments still to collect that fall due from `first` to `last` (payment plans)."""
        return [_collection_facts(i) for i in self.money.instalments_due(first, last)]

    def collections_due(self, today: date) -> list[CollectionFacts]:
        """Instalments due today or overdue, still to collect (the reminders' list)."""
        return [_collection_facts(i) for i in self.money.collections(today, ahead_days=0)]

    def overdue_count(self, today: date | None = None) -> int:
        """Open next steps due before today (the tray icon's number)."""
        with self.book.reading() as s:
            return q.count_overdue_steps(s, today or self.clock().date())

    def day_facts(self, now: datetime | None = None) -> DayFacts:
        """What the reminders need at `now`: today's and tomorrow's visits, steps due today,
        the overdue count and the collections due."""
        now = now or self.clock()
        today = now.date()
        with self.book.reading() as s:
            visits = _visit_facts(s, q.visits_between(
                s, datetime.combine(today, time.min),
                datetime.combine(today + timedelta(days=2), time.min)))
            due_today = len(q.steps_due_between(s, today, today))
            overdue = q.count_overdue_steps(s, today)
        return DayFacts(today, tuple(visits), due_today, overdue,
                        tuple(self.collections_due(today)))

    def entries(self, first: date, last: date,
                options: CalendarOptions = DEFAULT_OPTIONS) -> list[CalendarEntry]:
        """Every calendar entry from `first` to `last` (both included)."""
        start = datetime.combine(first, time.min)
        end = datetime.combine(last + timedelta(days=1), time.min)
        return calendar_entries(self.visits(start, end), self.steps(first, last),
                                self.collections(first, last), options)

    def visit_entries(self, visit_id: int,
                      options: CalendarOptions = DEFAULT_OPTIONS) -> list[CalendarEntry]:
        """The one entry of a planned visit; NotFound when it was cancelled or is unknown."""
        with self.book.reading() as s:
            facts = _visit_facts(s, q.visits_between(s, datetime.min, datetime.max, visit_id))
        if not facts:
            raise NotFound(f"visit {visit_id}")
        return calendar_entries(facts, options=options)

    # --- writing
    def ics(self, entries: list[CalendarEntry], zone: str | None) -> bytes:
        return calendar_bytes(entries, zone=zone, stamp=self.clock())

    def export(self, path: Path | str, *, days: int | None = None, first: date | None = None,
               last: date | None = None, zone: str | None = None,
               options: CalendarOptions = DEFAULT_OPTIONS) -> CalendarExport:
        """Write the calendar of a range (default: the next `days` days, 30) to `path`.

        Raises OSError when the file cannot be written (the old file, if any, stays whole) and
        UnknownZone for a zone name the zone database does not know.
        """
        if first is None or last is None:
            first, last = export_range(self.clock().date(), days or 30)
        entries = self.entries(first, last, options)
        write_atomically(path, self.ics(entries, zone))
        return CalendarExport(Path(path), len(entries))

    def export_visit(self, visit_id: int, path: Path | str, *, zone: str | None = None,
                     options: CalendarOptions = DEFAULT_OPTIONS) -> CalendarExport:
        entries = self.visit_entries(visit_id, options)
        write_atomically(path, self.ics(entries, zone))
        return CalendarExport(Path(path), len(entries))

    def keep(self, folder: Path | str, *, days: int = 90, zone: str | None = None,
             options: CalendarOptions = DEFAULT_OPTIONS) -> CalendarExport:
        """Rewrite `folder`/dealbrief.ics with the coming `days` days; a file that would say
        the same (apart from its export time) is left alone, so a synced folder does not upload
        it again."""
        path = Path(folder) / KEPT_FILE_NAME
        first, last = export_range(self.clock().date(), days)
        entries = self.entries(first, last, options)
        data = self.ics(entries, zone)
        try:
            if same_calendar(path.read_bytes(), data):
                return CalendarExport(path, len(entries), written=False)
        except OSError:
            pass  # no file yet (or unreadable): write it
        write_atomically(path, data)
        return CalendarExport(path, len(entries))


def _collection_facts(item: CollectionItem) -> CollectionFacts:
    return CollectionFacts(item.instalment_id, item.due, item.company,  # type: ignore[arg-type]
                           item.deal_title, item.name)


def _visit_facts(s: Session, rows: Sequence[Any]) -> list[VisitFacts]:
    ids_by_visit = {r.id: [int(x) for x in r.attendee_contact_ids.split(",") if x.strip().isdigit()]
                    for r in rows}
    names = q.contact_names(s, {i for ids in ids_by_visit.values() for i in ids})
    return [VisitFacts(
        id=r.id, planned_at=r.planned_at, company=r.company, deal_title=r.deal_title,
        place=r.place, goal=r.goal,
        attendees=tuple(Attendee(*names[i]) for i in ids_by_visit[r.id] if i in names),
        deal_id=r.deal_id,
    ) for r in rows]
