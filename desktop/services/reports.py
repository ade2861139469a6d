"""Reports: the book read once (one read transaction per report), the numbers computed by the
pure functions in desktop.domain.reports.

Collections (回款): once the seller records contracts, the revenue formula's 回款比 is, for the deals
won in the period that have a contract, the money collected on them so far (payments,
storage/queries/money) ÷ their won amount. A book without any contract has collections not
tracked: the formula stops at the amount won and says so (`ReportSet.collections_tracked`).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlmodel import Session

from desktop.domain.clock import Clock, system_clock
from desktop.domain.csv_cells import neutralise
from desktop.domain.reports.activity import Activity, activity
from desktop.domain.reports.book import (
    Move,
    Named,
    ReportBook,
    ReportCompany,
    ReportDeal,
    ReportNote,
    ReportStep,
    ReportVisit,
    end_of,
)
from desktop.domain.reports.forecast import Forecast, forecast
from desktop.domain.reports.formula import Formula, formula
from desktop.domain.reports.funnel import Funnel, funnel
from desktop.domain.reports.lost import LostReview, lost_review
from desktop.domain.reports.overview import ReportSet, all_reports
from desktop.domain.reports.pareto import Pareto, pareto
from desktop.domain.reports.period import Period
from desktop.domain.reports.sources import Sources, sources
from desktop.domain.reports.tables import Table, csv_rows
from desktop.domain.reports.weekly import WeeklyReport, weekly_report
from desktop.domain.reports.winrate import TrendMonth, WinRate, trend, win_rate
from desktop.storage.book import Book
from desktop.storage.files import write_atomically
from desktop.storage.queries import money as money_q
from desktop.storage.queries import reports as q
from desktop.storage.queries.pipeline import stage_record


def load_report_book(s: Session, today: date, *, activity_too: bool = True,
                     window: Period | None = None, note_details: bool = True) -> ReportBook:
    """Everything the reports read, in one session (notes, visits and steps only when asked).

    With a `window`, only the notes of those days are loaded, and each deal's last note comes
    from one grouped query: a veteran's 50,000 notes are never all read for a report."""
    moves: dict[int, list[Move]] = {}
    for deal_id, at, from_id, to_id in q.stage_changes(s):
        moves.setdefault(deal_id, []).append(Move(at, from_id, to_id))
    deals = tuple(
        ReportDeal(
            id=r[0], title=r[1], company_id=r[2], company_name=r[3], stage_id=r[4],
            stage_entered_at=r[5], created_at=r[6], amount=r[7], currency=r[8] or "CNY",
            expected_close=r[9], probability_override=r[10], lead_source=(r[11] or r[12] or "").strip(),
            referrer_id=r[13], lost_reason_id=r[14], lost_reason_text=r[15] or "",
            competitors=r[16] or "", company_tier=r[17] or "", moves=tuple(moves.get(r[0], ())),
        )
        for r in q.deals(s)
    )
    notes = visits = steps = ()
    note_touch = None
    if activity_too:
        start = datetime.combine(window.start, time.min) if window else None
        until = end_of(window.end) if window else None
        if note_details or window is None:
            notes = tuple(ReportNote(*r) for r in q.notes(s, start, until))  # columns in field order
        else:  # counting only (the activity report): no goals, no company names
            notes = tuple(ReportNote(*r) for r in q.note_moments(s, start, until))
        if window is not None:
            note_touch = dict(q.last_note_per_deal(s, end_of(today)))
        visits = tuple(ReportVisit(*r) for r in q.visits(s))
        if note_details:  # the weekly report's next steps
            steps = tuple(ReportStep(*r) for r in q.open_steps(s))
    return ReportBook(
        today=today,
        stages=tuple(stage_record(row) for row in q.stages(s)),
        deals=deals,
        companies=tuple(ReportCompany(r[0], r[1], r[2] or "") for r in q.tiered_companies(s)),
        notes=notes, visits=visits, steps=steps, note_touch=note_touch,
        lost_reasons=tuple(Named(r[0], r[1], r[2]) for r in q.lost_reasons(s)),
        partners=tuple(Named(r[0], r[1], r[1]) for r in q.partners(s)),
    )


def csv_cell(value: object) -> object:
    """A cell as written to CSV: numbers as numbers, text through the app-wide rule
    (desktop/domain/csv_cells.py: a formula gets a leading apostrophe, phone numbers stay)."""
    return neutralise(value) if isinstance(value, str) else value


def table_csv_text(table: Table, language: str) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in csv_rows(table, language):
        writer.writerow([csv_cell(v) for v in row])
    return out.getvalue()


def export_table_csv(table: Table, language: str, path: Path | str) -> Path:
    """Write one report table as CSV, UTF-8 with BOM (Excel then shows Chinese), atomically."""
    return write_atomically(path, ("\ufeff" + table_csv_text(table, language)).encode("utf-8"))


def collected_by_deal(s: Session, currency: str = "CNY") -> dict[int, int] | None:
    """Money collected so far on each live deal's contracts in `currency`, whole units (payments
    are kept in fen); None when the book has no contract at all (collections not tracked)."""
    if not q.contracts_exist(s):
        return None
    fen = money_q.collected_by_contract(s)
    out: dict[int, int] = {}
    for contract_id, deal_id, contract_currency in q.contracts(s):
        if contract_currency == currency:
            out[deal_id] = out.get(deal_id, 0) + fen.get(contract_id, 0) // 100
    return out


class ReportService:
    """Each method is one report over one read transaction."""

    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    def today(self) -> date:
        return self.clock().date()

    def _read(self, *, activity_too: bool = False, window: Period | None = None) -> ReportBook:
        with self.book.reading() as s:
            return load_report_book(s, self.today(), activity_too=activity_too, window=window)

    def collected(self) -> dict[int, int] | None:
        """Money collected so far per deal with a contract (CNY, whole yuan); None while
        collections are not tracked."""
        with self.book.reading() as s:
            return collected_by_deal(s)

    def overview(self, period: Period, *, activity_too: bool = True) -> ReportSet:
        """Every report of the period beside the previous period (the Reports page, the
        business review). Without `activity_too` the notes and visits are not read — the
        activity report is then not in the set, and the key figures' note counts come from
        SQL: the Reports page's first look (two periods' notes were most of its read)."""
        window = Period(period.previous().start, period.end)
        with self.book.reading() as s:
            book = load_report_book(s, self.today(), activity_too=activity_too, window=window,
                                    note_details=False)
            collected = collected_by_deal(s)
            counts = None
            if not activity_too:
                before = period.previous()
                counts = (q.note_count(s, datetime.combine(period.start, time.min), end_of(period.end)),
                          q.note_count(s, datetime.combine(before.start, time.min), end_of(before.end)))
        return all_reports(book, period, collected, counts)

    def forecast(self) -> Forecast:
        return forecast(self._read())

    def funnel(self, period: Period) -> Funnel:
        return funnel(self._read(), period)

    def win_rate(self, period: Period) -> tuple[WinRate, WinRate, list[TrendMonth]]:
        """The period's win rate, the previous period's, and the 12-month trend."""
        book = self._read()
        return win_rate(book, period), win_rate(book, period.previous()), trend(book, period)

    def lost(self, period: Period) -> LostReview:
        return lost_review(self._read(), period)

    def pareto(self, period: Period) -> Pareto:
        return pareto(self._read(), period)

    def sources(self, period: Period) -> Sources:
        return sources(self._read(), period)

    def formula(self, period: Period) -> Formula:
        with self.book.reading() as s:
            book = load_report_book(s, self.today(), activity_too=False)
            collected = collected_by_deal(s)
        return formula(book, period, collected)

    def activity(self, period: Period) -> Activity:
        with self.book.reading() as s:
            book = load_report_book(s, self.today(), window=period, note_details=False)
        return activity(book, period)

    def weekly(self, day: date | None = None) -> WeeklyReport:
        """The 周报 of the week holding `day` (this week by default)."""
        from desktop.domain.reports.period import week_of

        week = week_of(day or self.today())
        window = Period(week.start, week.end + timedelta(days=7))
        return weekly_report(self._read(activity_too=True, window=window), day or self.today())
