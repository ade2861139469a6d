"""Reading deals, their stage history, next steps and planned visits; row→record mappers.

One deal, step or visit: ORM rows. The deals list (thousands of deals, their committees and
first steps) and Today read in plain SQL: storage/queries/today.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from desktop.domain.deals import NextStepRecord, VisitRecord
from desktop.storage.queries import live
from desktop.storage.queries.today import DEAL_FIELDS, deal_record  # noqa: F401  (one mapper)
from desktop.storage.tables import Company, Contact, Deal, NextStep, StageChange, Visit


def step_record(row: Any) -> NextStepRecord:
    return NextStepRecord(row.id, row.deal_id, row.text, row.owner, row.due, row.done_at, row.note_id,
                          bool(row.agreed))


def visit_record(row: Any) -> VisitRecord:
    ids = tuple(int(x) for x in row.attendee_contact_ids.split(",") if x.strip().isdigit())
    return VisitRecord(row.id, row.deal_id, row.planned_at, row.place, row.goal, row.our_attendees, ids)


def company_name(s: Session, deal: Deal) -> str:
    return s.get(Company, deal.company_id).name


def stage_changes(s: Session, deal_id: int) -> list[tuple[int, int, int | None, int, datetime, str]]:
    """(id, deal id, from stage, to stage, when, comment) of a deal's stage changes, oldest first."""
    rows = s.exec(
        select(StageChange).where(StageChange.deal_id == deal_id)
        .order_by(StageChange.changed_at, StageChange.id)
    ).all()
    return [(r.id, r.deal_id, r.from_stage_id, r.to_stage_id, r.changed_at, r.comment) for r in rows]


def last_stage_change(s: Session, deal_id: int) -> StageChange | None:
    """The deal's most recently recorded stage change."""
    return s.exec(select(StageChange).where(StageChange.deal_id == deal_id)
                  .order_by(col(StageChange.id).desc())).first()


def load_open_steps(s: Session, deal_ids: list[int] | None = None) -> dict[int, list[NextStepRecord]]:
    """Open next steps by deal, earliest due first (undated ones last); each deal's first one
    alone: today.first_open_steps."""
    order = (NextStep.due.is_(None), NextStep.due, NextStep.id)
    stmt = live(select(*NextStep.__table__.columns), NextStep).where(
        NextStep.done_at.is_(None), NextStep.deal_id.is_not(None)
    )
    if deal_ids is not None:
        stmt = stmt.where(col(NextStep.deal_id).in_(deal_ids))
    stmt = stmt.order_by(*order)
    found: dict[int, list[NextStepRecord]] = {}
    s.flush()  # plain rows through the connection (thousands of steps), after pending writes
    for row in s.connection().execute(stmt):
        found.setdefault(row.deal_id, []).append(step_record(row))
    return found


def done_steps(s: Session, deal_id: int) -> list[NextStepRecord]:
    """A deal's done steps, most recently done first."""
    rows = s.exec(live(select(NextStep), NextStep).where(
        NextStep.deal_id == deal_id, NextStep.done_at.is_not(None),
    ).order_by(col(NextStep.done_at).desc(), col(NextStep.id).desc()))
    return [step_record(r) for r in rows]


def visits_of(s: Session, deal_id: int) -> list[VisitRecord]:
    rows = s.exec(live(select(Visit), Visit).where(Visit.deal_id == deal_id).order_by(Visit.planned_at, Visit.id))
    return [visit_record(r) for r in rows]


def live_contact_ids(s: Session, ids: Iterable[int]) -> set[int]:
    """Those of `ids` that are live contacts."""
    return set(s.exec(live(select(Contact.id), Contact).where(col(Contact.id).in_(list(ids)))).all())


# --- the board's columns: a page at a time ---------------------------------------------------
# Won and lost deals pile up for years (20,000 deals at 10×), open ones by the thousand (6,000 at
# 10×): the board reads a page of each stage and the stage's count and totals from this index,
# never every deal. Closed columns show the latest to enter the stage first, open ones the
# largest first (the board's order since it began).
STAGE_RECENT_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_deal_stage_recent ON deal "
    "(stage_id, stage_entered_at, id, amount) WHERE deleted_at IS NULL"
)
RECENT_IN_STAGE = (
    "SELECT id FROM deal WHERE deleted_at IS NULL AND stage_id = ? "
    "ORDER BY stage_entered_at DESC, id DESC LIMIT ? OFFSET ?"
)
LARGEST_IN_STAGE = (
    "SELECT id FROM deal WHERE deleted_at IS NULL AND stage_id = ? "
    "ORDER BY coalesce(amount, 0) DESC, id LIMIT ? OFFSET ?"
)
STAGE_TOTAL = (  # from the index alone: won and lost stages hold years of deals
    "SELECT count(*), coalesce(sum(amount), 0), 0 FROM deal WHERE deleted_at IS NULL AND stage_id = ?"
)
STAGE_WEIGHTED_TOTAL = (  # an open stage: each deal's own probability, else the stage's
    "SELECT count(*), coalesce(sum(d.amount), 0), "
    "coalesce(sum(coalesce(d.amount, 0) * coalesce(d.probability_override, st.probability)), 0) "
    "FROM deal d JOIN stage st ON st.id = d.stage_id WHERE d.deleted_at IS NULL AND d.stage_id = ?"
)


# The board's filter, per column in the book (issue 20: the first character typed read every
# open deal): what a card's filter looks in (ui/deals/models.deal_search_text: company, title,
# competitors, lead source, the stage's names, the first open next step), lower-cased, each
# word typed somewhere in it. Pages and totals of the matching deals use the same orders.
DEAL_FILTER_TEXT = (
    "lower(co.name || ' ' || d.title || ' ' || d.competitors || ' ' || d.lead_source || ' ' || "
    "st.name_en || ' ' || st.name_zh || ' ' || coalesce((SELECT ns.text FROM next_step AS ns "
    "WHERE ns.deal_id = d.id AND ns.deleted_at IS NULL AND ns.done_at IS NULL "
    "ORDER BY ns.due IS NULL, ns.due, ns.id LIMIT 1), ''))"
)
_MATCHING = (
    "FROM (SELECT d.id, d.amount, d.probability_override, d.stage_entered_at, st.probability, "
    f"{DEAL_FILTER_TEXT} AS text FROM deal AS d JOIN company AS co ON co.id = d.company_id "
    "JOIN stage AS st ON st.id = d.stage_id WHERE d.deleted_at IS NULL AND d.stage_id = ?) "
    "WHERE {words}"
)
_MATCHING_ORDER = {
    True: "ORDER BY coalesce(amount, 0) DESC, id LIMIT ? OFFSET ?",
    False: "ORDER BY stage_entered_at DESC, id DESC LIMIT ? OFFSET ?",
}


def _matching(words: list[str]) -> str:
    return _MATCHING.format(words=" AND ".join("instr(text, ?) > 0" for _ in words))


def stage_page(s: Session, stage_id: int, offset: int, limit: int, *, largest_first: bool = False,
               words: list[str] | None = None) -> list[int]:
    """Ids of a page of a stage's live deals: the latest to enter it first, or the largest;
    with `words` (lower-case), only the deals whose filter text holds every one."""
    dbapi = s.connection().connection.driver_connection
    if words:
        sql = f"SELECT id {_matching(words)} {_MATCHING_ORDER[largest_first]}"
        return [i for (i,) in dbapi.execute(sql, (stage_id, *words, limit, offset))]
    sql = LARGEST_IN_STAGE if largest_first else RECENT_IN_STAGE
    return [i for (i,) in dbapi.execute(sql, (stage_id, limit, offset))]


def stage_total(s: Session, stage_id: int, *, weighted: bool = False,
                words: list[str] | None = None) -> tuple[int, int, float]:
    """(number of live deals, their amounts added up, weighted by probability when asked, else
    0) in one stage; with `words`, of the deals matching them only."""
    dbapi = s.connection().connection.driver_connection
    if words:
        weighted_sum = ("coalesce(sum(coalesce(amount, 0) * coalesce(probability_override, "
                        "probability)), 0)") if weighted else "0"
        sql = f"SELECT count(*), coalesce(sum(amount), 0), {weighted_sum} {_matching(words)}"
        count, amount, weighted_sum = dbapi.execute(sql, (stage_id, *words)).fetchone()
    else:
        sql = STAGE_WEIGHTED_TOTAL if weighted else STAGE_TOTAL
        count, amount, weighted_sum = dbapi.execute(sql, (stage_id,)).fetchone()
    return int(count), int(amount), weighted_sum / 100
