"""Funnel from the stage history, not the current stage, and the movements of the period.

Deals active in the period: created by its end and, at its start, not already closed (won or
lost) — a deal closed before the period began has nothing to do with it. Of those, a deal
"reached" a stage when the furthest open stage (or won) it got to by the period's end is that
stage or later: a deal that skipped a stage passed through it. It "went on" when it reached the
next one. Median days in a stage are over every stay in that stage that overlaps the period,
counted up to when it was left or the period's end (or today, if sooner).

Movements (the seeds' funnel states): 流入 inflow (created in the period), 下流 advancing (moved
to a later open stage or won), 回朔 moving back (to an earlier open stage, or reopened after Lost),
流失 lost, 停滞 stalled (open at the period's end and past the stage's stale limit).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain.deals import StageKind, StageRecord
from desktop.domain.reports.book import (
    ReportBook,
    ReportDeal,
    end_of,
    furthest_position,
    median,
    ratio,
    stage_at,
)
from desktop.domain.reports.period import Period


@dataclass(frozen=True)
class FunnelStep:
    stage: StageRecord | None  # None: the won step after the last open stage
    reached: tuple[ReportDeal, ...]
    went_on: tuple[ReportDeal, ...]
    median_days: float | None

    @property
    def drop_off(self) -> float | None:
        """Share of the deals that reached this stage and did not go on (None: none reached)."""
        share = ratio(len(self.went_on), len(self.reached))
        return None if share is None else 1 - share


@dataclass(frozen=True)
class Movement:
    deal: ReportDeal
    at: datetime
    from_stage_id: int | None
    to_stage_id: int


@dataclass(frozen=True)
class Funnel:
    period: Period
    steps: tuple[FunnelStep, ...]  # the open stages in order, then won
    active: tuple[ReportDeal, ...]
    inflow: tuple[ReportDeal, ...]
    advancing: tuple[Movement, ...]
    moved_back: tuple[Movement, ...]
    reopened: tuple[Movement, ...]  # from lost (or on hold) back to an open stage
    lost: tuple[Movement, ...]
    stalled: tuple[tuple[ReportDeal, int], ...]  # (deal, days in its stage at the period's end)


def _as_of(book: ReportBook, period: Period) -> datetime:
    """The period's end, or the end of today when the period runs past today."""
    return end_of(min(period.end, book.today))


def active_deals(book: ReportBook, period: Period) -> list[ReportDeal]:
    start = datetime.combine(period.start, datetime.min.time())
    out = []
    for deal in book.deals:
        if deal.created_at > end_of(period.end):
            continue
        before = stage_at(deal, start - timedelta(microseconds=1))
        kind = book.kind(before)
        moved_in_period = any(period.contains(m.at) for m in deal.moves)
        if kind in (StageKind.WON, StageKind.LOST) and not moved_in_period:
            continue
        if kind == StageKind.ON_HOLD and not moved_in_period:
            continue
        out.append(deal)
    return out


def _stays(deal: ReportDeal, until: datetime) -> list[tuple[int, datetime, datetime]]:
    """(stage id, entered, left) for every stay in a stage, the last one running to `until`."""
    stays = []
    moves = [m for m in deal.moves if m.at <= until]
    for i, move in enumerate(moves):
        left = moves[i + 1].at if i + 1 < len(moves) else until
        stays.append((move.to_stage_id, move.at, left))
    return stays


def funnel(book: ReportBook, period: Period) -> Funnel:
    as_of = _as_of(book, period)
    start = datetime.combine(period.start, datetime.min.time())
    active = active_deals(book, period)
    open_stages = book.open_stages()
    order = {s.id: i for i, s in enumerate(open_stages)}
    furthest = {d.id: furthest_position(book, d, end_of(period.end)) for d in active}

    days_by_stage: dict[int, list[float]] = {s.id: [] for s in open_stages}
    for deal in active:
        for stage_id, entered, left in _stays(deal, as_of):
            if stage_id in days_by_stage and left >= start:
                days_by_stage[stage_id].append((left.date() - entered.date()).days)

    steps = []
    for i in range(len(open_stages) + 1):
        reached = tuple(d for d in active if furthest[d.id] is not None and furthest[d.id] >= i)
        went_on = tuple(d for d in reached if furthest[d.id] >= i + 1) if i < len(open_stages) else ()
        stage = open_stages[i] if i < len(open_stages) else None
        days = median(days_by_stage[stage.id]) if stage is not None else None
        steps.append(FunnelStep(stage, reached, went_on, days))

    won = book.won_stage_ids()
    advancing, back, reopened, lost = [], [], [], []
    for deal in book.deals:
        for move in deal.moves:
            if not period.contains(move.at) or move.from_stage_id is None:
                continue
            item = Movement(deal, move.at, move.from_stage_id, move.to_stage_id)
            before, after = book.kind(move.from_stage_id), book.kind(move.to_stage_id)
            if after == StageKind.LOST:
                lost.append(item)
            elif before in (StageKind.LOST, StageKind.ON_HOLD, StageKind.WON) and after == StageKind.OPEN:
                reopened.append(item)
            elif move.to_stage_id in won:
                advancing.append(item)
            elif move.from_stage_id in order and move.to_stage_id in order:
                (advancing if order[move.to_stage_id] > order[move.from_stage_id] else back).append(item)
    stalled = []
    for deal in active:
        stage_id = stage_at(deal, as_of)
        stage = book.stage(stage_id)
        if stage is None or stage.kind != StageKind.OPEN or stage.stale_after_days is None:
            continue
        entered = max((m.at for m in deal.moves if m.at <= as_of and m.to_stage_id == stage_id),
                      default=deal.stage_entered_at)
        days = (as_of.date() - entered.date()).days
        if days > stage.stale_after_days:
            stalled.append((deal, days))
    inflow = tuple(d for d in book.deals if period.contains(d.created_at))
    return Funnel(period, tuple(steps), tuple(active), inflow, tuple(advancing), tuple(back),
                  tuple(reopened), tuple(lost), tuple(sorted(stalled, key=lambda x: -x[1])))
