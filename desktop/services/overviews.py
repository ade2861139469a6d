"""Deals with what the lists show of them (stage, days in stage, staleness, coverage gaps, first
next step), worked out from the plain rows of storage/queries/today.py.

One function for the deals list, the board and Today (`DealService.list` and `TodayService` both
call it), so the app's first window reads them without SQLModel (issue 20).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from desktop.domain.coverage import coverage_gaps
from desktop.domain.deals import (
    StageKind,
    days_in_stage,
    effective_probability,
    is_overdue,
    is_stale,
    weighted_amount,
)
from desktop.domain.overview import DealOverview
from desktop.storage.queries import today as q


def deal_overviews(
    conn: q.Connection, today: date, *, include_closed: bool = True,
    deal_ids: Collection[int] | None = None, kinds: Collection[StageKind] | None = None,
    gaps_in: Collection[int] | None = None,
) -> list[DealOverview]:
    """Every live deal (or those listed) with its stage, days in stage, staleness, gaps and next
    step, oldest in its stage first.

    `include_closed=False` keeps open deals only; `kinds` keeps deals whose stage is of those
    kinds (Today wants open and on-hold ones). Committees and next steps are read for the deals
    kept only, in a fixed number of queries. `gaps_in` (stage ids) works out coverage gaps only
    for deals in those stages (Today's "at risk" section needs no more); the other deals get
    their committee counted, not read.
    """
    stages = q.stages(conn, with_removed=True)
    by_id = {st.id: st for st in stages}
    pipeline = [st for st in stages if st.kind != StageKind.REMOVED]
    if not include_closed:
        kinds = {StageKind.OPEN}
    in_stages = None if kinds is None else [st.id for st in stages if st.kind in kinds]
    rows = q.deal_rows(conn, deal_ids, in_stages)
    ids = [row.id for row in rows]
    # Only an open deal can have gaps: other committees are only counted.
    committees = q.committee_outlines(conn, [
        row.id for row in rows if by_id[row.stage_id].kind == StageKind.OPEN
        and (gaps_in is None or row.stage_id in gaps_in)])
    sizes = q.stakeholder_counts(conn, [i for i in ids if i not in committees])
    steps = q.first_open_steps(conn, ids if deal_ids is not None or kinds is not None else None)
    rules, roles = q.rules(conn), q.roles(conn)
    reasons = q.lost_reasons(conn)
    result = []
    for row in rows:
        deal = q.deal_record(row, row.company_name)
        stage = by_id[row.stage_id]
        people = committees.get(row.id, [])
        step = steps.get(row.id)
        days = days_in_stage(row.stage_entered_at, today)
        reason = reasons.get(row.lost_reason_id)
        result.append(DealOverview(
            deal=deal, stage=stage, days_in_stage=days, stale=is_stale(stage, days),
            probability=effective_probability(deal, stage),
            weighted=weighted_amount(deal, stage),
            gaps=tuple(coverage_gaps(stage, pipeline, people, rules, roles)),
            next_step=step, overdue=is_overdue(step, today),
            stakeholder_count=len(people) if people else sizes.get(row.id, 0),
            lost_reason=reason.name_en if reason else "", lost_reason_zh=reason.name_zh if reason else "",
        ))
    return result
