"""Reading deals, their stage history, next steps and planned visits; row→record mappers.

One deal, step or visit: ORM rows. The deals list (thousands of deals, their committees and
first steps) and Today read in plain SQL: storage/queries/today.py.
"""

from __future__ import annotations

import json
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
# open deal): a card matches when each word typed is in what its filter looks in
# (ui/deals/models.deal_search_text: company, title, competitors, lead source, the stage's
# names, the first open next step), folded as domain/folding.fold does (SQL dealbrief_fold,
# storage/functions.py: SQLite's lower() folds A-Z only). The companies whose name holds a word are
# found once (COMPANIES_MATCHING), not looked up deal by deal; pages and totals of the matching
# deals keep the columns' orders.
COMPANIES_MATCHING = "SELECT id FROM company WHERE instr(dealbrief_fold(name), ?) > 0"
# A deal's first open step in one index step (ensure_indexes makes it): without it the filter
# read every step of every deal it looked at (267,000 steps at 10x the bench book).
FIRST_OPEN_STEP_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_next_step_first_open ON next_step "
    "(deal_id, due IS NULL, due, id) WHERE deleted_at IS NULL AND done_at IS NULL"
)
_FIRST_OPEN_STEP = (
    "coalesce((SELECT ns.text FROM next_step AS ns WHERE ns.deal_id = d.id "
    "AND ns.deleted_at IS NULL AND ns.done_at IS NULL ORDER BY ns.due IS NULL, ns.due, ns.id "
    "LIMIT 1), '')"
)
_WORD_MATCHES = (
    "(d.company_id IN (SELECT value FROM json_each(?)) OR instr(dealbrief_fold(d.title || ' ' || "
    "d.competitors || ' ' || d.lead_source || ' ' || st.name_en || ' ' || st.name_zh), ?) > 0 "
    f"OR instr(dealbrief_fold({_FIRST_OPEN_STEP}), ?) > 0)"
)
_MATCHING = ("FROM deal AS d JOIN stage AS st ON st.id = d.stage_id "
             "WHERE d.deleted_at IS NULL AND d.stage_id = ? AND {words}")
_MATCHING_ORDER = {
    True: "ORDER BY coalesce(d.amount, 0) DESC, d.id LIMIT ? OFFSET ?",
    False: "ORDER BY d.stage_entered_at DESC, d.id DESC LIMIT ? OFFSET ?",
}


def companies_matching(s: Session, words: list[str]) -> list[list[int]]:
    """For each lower-case word, the ids of the companies whose name holds it."""
    dbapi = s.connection().connection.driver_connection
    return [[i for (i,) in dbapi.execute(COMPANIES_MATCHING, (w,))] for w in words]


def _matching(s: Session, stage_id: int, words: list[str],
              companies: list[list[int]] | None) -> tuple[str, list[Any]]:
    if companies is None:
        companies = companies_matching(s, words)
    params: list[Any] = [stage_id]
    for word, ids in zip(words, companies, strict=True):
        params += [json.dumps(ids), word, word]
    return _MATCHING.format(words=" AND ".join(_WORD_MATCHES for _ in words)), params


MATCHING_DEALS = (
    "SELECT d.stage_id, d.id, d.amount, d.stage_entered_at, "
    "coalesce(d.probability_override, st.probability) "
    "FROM deal AS d JOIN stage AS st ON st.id = d.stage_id WHERE d.deleted_at IS NULL AND {words}"
)


def matching_deals(s: Session, words: list[str],
                   companies: list[list[int]]) -> list[tuple[int, int, int | None, str, int]]:
    """(stage id, id, amount, stage entered at, probability) of every live deal matching every
    word: one pass over the deals for the whole board (a read per column walked each stage's
    deals out of order, twice)."""
    dbapi = s.connection().connection.driver_connection
    params: list[Any] = []
    for word, ids in zip(words, companies, strict=True):
        params += [json.dumps(ids), word, word]
    sql = MATCHING_DEALS.format(words=" AND ".join(_WORD_MATCHES for _ in words))
    return dbapi.execute(sql, params).fetchall()


def stage_page(s: Session, stage_id: int, offset: int, limit: int, *, largest_first: bool = False,
               words: list[str] | None = None,
               companies: list[list[int]] | None = None) -> list[int]:
    """Ids of a page of a stage's live deals: the latest to enter it first, or the largest;
    with `words` (lower-case), only the deals matching every one (`companies`: what
    companies_matching says of them, when the caller has it)."""
    dbapi = s.connection().connection.driver_connection
    if words:
        body, params = _matching(s, stage_id, words, companies)
        sql = f"SELECT d.id {body} {_MATCHING_ORDER[largest_first]}"
        return [i for (i,) in dbapi.execute(sql, (*params, limit, offset))]
    sql = LARGEST_IN_STAGE if largest_first else RECENT_IN_STAGE
    return [i for (i,) in dbapi.execute(sql, (stage_id, limit, offset))]


def stage_total(s: Session, stage_id: int, *, weighted: bool = False,
                words: list[str] | None = None,
                companies: list[list[int]] | None = None) -> tuple[int, int, float]:
    """(number of live deals, their amounts added up, weighted by probability when asked, else
    0) in one stage; with `words`, of the deals matching them only."""
    dbapi = s.connection().connection.driver_connection
    if words:
        body, params = _matching(s, stage_id, words, companies)
        weighted_sum = ("coalesce(sum(coalesce(d.amount, 0) * coalesce(d.probability_override, "
                        "st.probability)), 0)") if weighted else "0"
        sql = f"SELECT count(*), coalesce(sum(d.amount), 0), {weighted_sum} {body}"
        count, amount, weighted_sum = dbapi.execute(sql, params).fetchone()
    else:
        sql = STAGE_WEIGHTED_TOTAL if weighted else STAGE_TOTAL
        count, amount, weighted_sum = dbapi.execute(sql, (stage_id,)).fetchone()
    return int(count), int(amount), weighted_sum / 100
