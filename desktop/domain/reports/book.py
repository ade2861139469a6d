"""What the reports read: deals with their stage history, stages, notes, visits, as plain records;
and the shared arithmetic (money per currency, ratios, medians, a deal's state at a moment)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import NamedTuple

from desktop.domain.deals import StageKind, StageRecord

DEFAULT_CURRENCY = "CNY"


class Move(NamedTuple):
    """One entry of a deal's stage history (`from_stage_id` None: the deal was created).

    Moves, notes, visits and steps are named tuples: a large book has tens of thousands, and a
    tuple is made many times faster than a frozen dataclass."""

    at: datetime
    from_stage_id: int | None
    to_stage_id: int


@dataclass(frozen=True)
class ReportDeal:
    """A live deal as the reports read it, with its stage history (oldest first)."""

    id: int
    title: str
    company_id: int
    company_name: str
    stage_id: int
    stage_entered_at: datetime
    created_at: datetime
    amount: int | None = None
    currency: str = DEFAULT_CURRENCY
    expected_close: date | None = None
    probability_override: int | None = None
    lead_source: str = ""  # the deal's own, else its company's
    referrer_id: int | None = None
    lost_reason_id: int | None = None
    lost_reason_text: str = ""
    competitors: str = ""
    company_tier: str = ""
    moves: tuple[Move, ...] = ()


@dataclass(frozen=True)
class ReportCompany:
    id: int
    name: str
    tier: str = ""


class ReportNote(NamedTuple):
    """A call note (internal sections are never loaded for reports)."""

    id: int
    company_id: int
    deal_id: int | None
    occurred_at: datetime
    kind: str = "visit"
    goal: str = ""
    company_name: str = ""


class ReportVisit(NamedTuple):
    id: int
    deal_id: int
    planned_at: datetime
    place: str = ""
    goal: str = ""


class ReportStep(NamedTuple):
    """An open next step (its text, who and when; never an internal field)."""

    id: int
    deal_id: int | None
    text: str
    owner: str = ""
    due: date | None = None
    done_at: datetime | None = None


@dataclass(frozen=True)
class Named:
    """A lost reason or a partner: an id with its name in each language."""

    id: int
    name_en: str
    name_zh: str = ""


@dataclass(frozen=True)
class ReportBook:
    """Everything one report page reads, loaded in one transaction."""

    today: date
    stages: tuple[StageRecord, ...]
    deals: tuple[ReportDeal, ...] = ()
    companies: tuple[ReportCompany, ...] = ()
    notes: tuple[ReportNote, ...] = ()
    visits: tuple[ReportVisit, ...] = ()
    steps: tuple[ReportStep, ...] = ()
    lost_reasons: tuple[Named, ...] = ()
    partners: tuple[Named, ...] = ()
    # The last note per deal (as of today), when the query worked it out instead of loading
    # every note: then `notes` holds only the notes of the periods asked about.
    note_touch: dict[int, datetime] | None = None
    _stage_by_id: dict[int, StageRecord] = field(default_factory=dict, compare=False, repr=False)
    _closed: dict[StageKind, list[ReportDeal]] = field(default_factory=dict, compare=False, repr=False)

    def stage(self, stage_id: int | None) -> StageRecord | None:
        if not self._stage_by_id:
            self._stage_by_id.update({s.id: s for s in self.stages if s.id is not None})
        return self._stage_by_id.get(stage_id) if stage_id is not None else None

    def kind(self, stage_id: int | None) -> StageKind | None:
        stage = self.stage(stage_id)
        return stage.kind if stage else None

    def open_stages(self) -> list[StageRecord]:
        """The open stages in pipeline order."""
        return sorted((s for s in self.stages if s.kind == StageKind.OPEN), key=lambda s: s.position)

    def closed(self, kind: StageKind) -> list[ReportDeal]:
        """The deals won (or lost) now, worked out once per book."""
        if kind not in self._closed:
            self._closed[kind] = [d for d in self.deals if self.kind(d.stage_id) == kind]
        return self._closed[kind]

    def won_stage_ids(self) -> set[int]:
        return {s.id for s in self.stages if s.kind == StageKind.WON and s.id is not None}


# --- money ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Amounts:
    """Money per currency, never summed across currencies, and how many deals had no amount."""

    totals: tuple[tuple[str, int], ...] = ()
    missing: int = 0

    def get(self, currency: str = DEFAULT_CURRENCY) -> int:
        return dict(self.totals).get(currency, 0)

    @property
    def currencies(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.totals)

    def others(self, currency: str) -> tuple[tuple[str, int], ...]:
        """The totals in every currency but `currency` (what a footnote lists)."""
        return tuple((c, a) for c, a in self.totals if c != currency)

    def to_json(self) -> dict:
        return {"totals": dict(self.totals), "deals_without_amount": self.missing}


def sum_amounts(deals: Iterable[ReportDeal]) -> Amounts:
    totals: dict[str, int] = {}
    missing = 0
    for deal in deals:
        if deal.amount is None:
            missing += 1
            continue
        currency = deal.currency or DEFAULT_CURRENCY
        totals[currency] = totals.get(currency, 0) + deal.amount
    return Amounts(tuple(sorted(totals.items(), key=lambda kv: (kv[0] != DEFAULT_CURRENCY, kv[0]))),
                   missing)


def main_currency(deals: Iterable[ReportDeal]) -> str:
    """CNY when any deal is in CNY (or none has a currency), else the most used currency."""
    counts: dict[str, int] = {}
    for deal in deals:
        counts[deal.currency or DEFAULT_CURRENCY] = counts.get(deal.currency or DEFAULT_CURRENCY, 0) + 1
    if not counts or DEFAULT_CURRENCY in counts:
        return DEFAULT_CURRENCY
    return max(sorted(counts), key=lambda c: counts[c])


def amounts_in(deals: Iterable[ReportDeal], currency: str) -> list[int]:
    return [d.amount for d in deals if d.amount is not None and (d.currency or DEFAULT_CURRENCY) == currency]


# --- ratios and middles -----------------------------------------------------------------------
def ratio(part: float, whole: float) -> float | None:
    """part ÷ whole, or None when there is nothing to divide by (shown "—", never 0 %)."""
    if not whole:
        return None
    return part / whole


def median(values: Iterable[float]) -> float | None:
    items = list(values)
    return statistics.median(items) if items else None


def mean(values: Iterable[float]) -> float | None:
    items = list(values)
    return sum(items) / len(items) if items else None


def change(current: float | None, previous: float | None) -> float | None:
    """The relative change from `previous` to `current` (0.25 = +25 %); None when either is
    missing or the previous one is 0 (a change from nothing has no percentage)."""
    if current is None or previous is None or previous == 0:
        return None
    return current / previous - 1


def log_change(current: float | None, previous: float | None) -> float | None:
    """ln(current ÷ previous): how far a factor moved, comparable across factors."""
    if current is None or previous is None or current <= 0 or previous <= 0:
        return None
    return math.log(current / previous)


# --- a deal's history -------------------------------------------------------------------------
def end_of(day: date) -> datetime:
    """The last moment of a day: a period's end is the whole of its last day."""
    return datetime.combine(day, time.max)


def stage_at(deal: ReportDeal, moment: datetime) -> int | None:
    """The stage the deal was in at `moment`; None before it was created."""
    current = None
    for move in deal.moves:
        if move.at > moment:
            break
        current = move.to_stage_id
    if current is None and not deal.moves and deal.created_at <= moment:
        return deal.stage_id
    return current


def outcome(book: ReportBook, deal: ReportDeal) -> StageKind | None:
    """WON or LOST when the deal is closed now (by where it is now), else None."""
    kind = book.kind(deal.stage_id)
    return kind if kind in (StageKind.WON, StageKind.LOST) else None


def closed_at(deal: ReportDeal) -> datetime:
    """When a closed deal entered its won or lost stage."""
    return deal.stage_entered_at


def closed_in(book: ReportBook, deals: Iterable[ReportDeal], period, kind: StageKind) -> list[ReportDeal]:
    """The deals won (or lost) in `period`, by where they are now."""
    if deals is book.deals:  # the usual case: the book's own list, its closed deals found once
        return [d for d in book.closed(kind) if period.contains(closed_at(d))]
    return [d for d in deals if outcome(book, d) == kind and period.contains(closed_at(d))]


def cycle_days(deal: ReportDeal) -> int:
    """Whole days from the deal's creation to its close."""
    return max(0, (closed_at(deal).date() - deal.created_at.date()).days)


def lost_from(book: ReportBook, deal: ReportDeal) -> int | None:
    """The stage a lost deal was in when it was lost (the move into its lost stage)."""
    for move in reversed(deal.moves):
        if move.to_stage_id == deal.stage_id:
            return move.from_stage_id
    return None


def furthest_position(book: ReportBook, deal: ReportDeal, until: datetime) -> int | None:
    """The furthest open stage (or won) the deal reached by `until`, as a position in the
    pipeline's open stages (won = after the last one); None when it reached none."""
    order = {s.id: i for i, s in enumerate(book.open_stages())}
    won = book.won_stage_ids()
    best = None
    for move in deal.moves or (Move(deal.created_at, None, deal.stage_id),):
        if move.at > until:
            break
        if move.to_stage_id in won:
            position = len(order)
        else:
            position = order.get(move.to_stage_id)
        if position is not None and (best is None or position > best):
            best = position
    return best


def split_names(text: str) -> list[str]:
    """Competitors as typed: "A、B, C；D" → ["A", "B", "C", "D"]."""
    for sep in ("、", "，", "；", ";", "/", "\n"):
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]
