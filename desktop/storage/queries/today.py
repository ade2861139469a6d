"""What Today shows, read in plain SQL on a DB-API connection (sqlite3 or sqlcipher3).

The app's first window is Today, painted before SQLModel and SQLAlchemy are loaded (issue 20:
they cost more than the window itself), so Today's reads are written here once, in SQL, and run
on whatever connection `Book.raw_reading()` gives: before the engine exists a read-only
connection of its own, afterwards a reading session's. The same functions serve the deals list
(`services/overviews.py`: stages, deals, committees, first steps), money to collect
(`services/collections.py`) and the partners waiting for news, so nothing is read two ways.

Values come back as SQLite stores them (SQLAlchemy writes dates as 'YYYY-MM-DD' and times as
'YYYY-MM-DD HH:MM:SS.ffffff', booleans as 0/1): the row mappers here turn them into the domain's
types. Tests compare them with what the ORM reads.
"""

from __future__ import annotations

import json
from collections import defaultdict, namedtuple
from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import Any

from desktop.domain.deals import (
    CoverageRuleRecord,
    DealRecord,
    Influence,
    LostReasonRecord,
    NextStepRecord,
    RoleRecord,
    StageKind,
    StageRecord,
    StakeholderRecord,
    Stance,
    VisitRecord,
)

Connection = Any  # a DB-API connection: sqlite3.Connection or sqlcipher3's

STAGE_FIELDS = ("key", "name_en", "name_zh", "milestone_en", "milestone_zh", "position",
                "probability", "stale_after_days")
DEAL_FIELDS = (
    "company_id", "title", "amount", "currency", "expected_close", "lead_source", "stage_id",
    "stage_entered_at", "probability_override", "lost_reason_id", "lost_reason_text",
    "on_hold_until", "competitors", "remarks", "referrer_id", "referred_on",
)
_DEAL_DATES = {"expected_close", "on_hold_until", "referred_on"}
_DEAL_TIMES = {"stage_entered_at", "created_at", "updated_at"}
OPEN_KINDS = ("open", "on_hold")


def day(value: Any) -> date | None:
    """A stored date (or the date of a stored time) as a date; None stays None."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    return date.fromisoformat(value[:10])


def moment(value: Any) -> datetime | None:
    """A stored time as a datetime; None stays None."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def _ids(values: Iterable[int]) -> str:
    """A JSON array of ids: one parameter however many (`IN (SELECT value FROM json_each(?))`)."""
    return json.dumps(list(values))


# --- the pipeline's lists ------------------------------------------------------------------------
def stages(conn: Connection, *, with_removed: bool = False) -> list[StageRecord]:
    where = "" if with_removed else f"WHERE kind != '{StageKind.REMOVED.value}'"
    rows = conn.execute(f"SELECT id, kind, forecast_commit, {', '.join(STAGE_FIELDS)} FROM stage "
                        f"{where} ORDER BY position, id").fetchall()
    return [StageRecord(id=r[0], kind=StageKind(r[1]), commit=bool(r[2]),
                        **dict(zip(STAGE_FIELDS, r[3:], strict=True))) for r in rows]


def roles(conn: Connection) -> list[RoleRecord]:
    rows = conn.execute("SELECT id, key, name_en, name_zh, position FROM buying_role "
                        "ORDER BY position, id")
    return [RoleRecord(*r) for r in rows]


def rules(conn: Connection) -> list[CoverageRuleRecord]:
    rows = conn.execute("SELECT id, role_id, from_stage_id, require_met FROM coverage_rule ORDER BY id")
    return [CoverageRuleRecord(i, role, stage, bool(met)) for i, role, stage, met in rows]


def lost_reasons(conn: Connection) -> dict[int, LostReasonRecord]:
    rows = conn.execute("SELECT id, name_en, name_zh, position FROM lost_reason")
    return {r[0]: LostReasonRecord(*r) for r in rows}


# --- deals -----------------------------------------------------------------------------------------
_DEAL_COLUMNS = ("id", *DEAL_FIELDS, "created_at", "updated_at")
DealRow = namedtuple("DealRow", (*_DEAL_COLUMNS, "company_name"))  # type: ignore[misc]


def deal_rows(conn: Connection, deal_ids: Collection[int] | None = None,
              stage_ids: Collection[int] | None = None) -> list[DealRow]:
    """Every live deal (or those listed, or those in `stage_ids`) with its company's name, oldest
    in its stage first. The stage filter is in the query: Today skips years of closed deals."""
    sql = (f"SELECT {', '.join('d.' + c for c in _DEAL_COLUMNS)}, c.name FROM deal AS d "
           "JOIN company AS c ON c.id = d.company_id WHERE d.deleted_at IS NULL")
    params: list[str] = []
    if deal_ids is not None:
        sql += " AND d.id IN (SELECT value FROM json_each(?))"
        params.append(_ids(deal_ids))
    if stage_ids is not None:
        sql += " AND d.stage_id IN (SELECT value FROM json_each(?))"
        params.append(_ids(stage_ids))
    found = []
    for row in conn.execute(sql + " ORDER BY d.stage_entered_at, d.id", params):
        values = dict(zip(DealRow._fields, row, strict=True))
        for f in _DEAL_DATES:
            values[f] = day(values[f])
        for f in _DEAL_TIMES:
            values[f] = moment(values[f])
        found.append(DealRow(**values))
    return found


def deal_record(row: Any, company_name: str = "") -> DealRecord:
    """A deal row (ORM row, SQLAlchemy row or DealRow) as a record."""
    return DealRecord(
        id=row.id, company_name=company_name, created_at=row.created_at,
        updated_at=row.updated_at, **{f: getattr(row, f) for f in DEAL_FIELDS},
    )


_STEP_COLUMNS = "s.id, s.deal_id, s.text, s.owner, s.due, s.done_at, s.note_id, s.agreed"


def _step(row: tuple) -> NextStepRecord:
    sid, deal_id, text, owner, due, done_at, note_id, agreed = row
    return NextStepRecord(sid, deal_id, text, owner, day(due), moment(done_at), note_id, bool(agreed))


def first_open_steps(conn: Connection, deal_ids: Collection[int] | None) -> dict[int, NextStepRecord]:
    """Each listed deal's (or every deal's) first open step: earliest due, undated last."""
    where = "" if deal_ids is None else "AND s.deal_id IN (SELECT value FROM json_each(?))"
    sql = f"""
        SELECT {_STEP_COLUMNS} FROM (
            SELECT *, row_number() OVER (PARTITION BY deal_id
                                         ORDER BY due IS NULL, due, id) AS rank
            FROM next_step AS s
            WHERE s.deleted_at IS NULL AND s.done_at IS NULL AND s.deal_id IS NOT NULL {where}
        ) AS s WHERE s.rank = 1"""
    params = () if deal_ids is None else (_ids(deal_ids),)
    return {row[1]: _step(row) for row in conn.execute(sql, params)}


def steps_due_by(conn: Connection, last_day: date) -> list[NextStepRecord]:
    """Open dated steps of live deals due on or before `last_day`, earliest first."""
    rows = conn.execute(f"""
        SELECT {_STEP_COLUMNS} FROM next_step AS s JOIN deal AS d ON d.id = s.deal_id
        WHERE s.deleted_at IS NULL AND d.deleted_at IS NULL AND s.done_at IS NULL
          AND s.due IS NOT NULL AND s.due <= ?
        ORDER BY s.due, s.id""", (last_day.isoformat(),))
    return [_step(r) for r in rows]


def visits_in(conn: Connection, start: datetime, end: datetime) -> list[VisitRecord]:
    """Live visits of live deals with `start <= planned_at < end`, earliest first."""
    rows = conn.execute("""
        SELECT v.id, v.deal_id, v.planned_at, v.place, v.goal, v.our_attendees,
               v.attendee_contact_ids
        FROM visit AS v JOIN deal AS d ON d.id = v.deal_id
        WHERE v.deleted_at IS NULL AND d.deleted_at IS NULL AND v.planned_at >= ? AND v.planned_at < ?
        ORDER BY v.planned_at""", (_stored(start), _stored(end)))
    return [VisitRecord(i, deal, moment(at), place, goal, ours,
                        tuple(int(x) for x in ids.split(",") if x.strip().isdigit()))
            for i, deal, at, place, goal, ours, ids in rows]


def _stored(when: datetime) -> str:
    """A time as SQLAlchemy stores it, so text comparison orders it right."""
    return when.strftime("%Y-%m-%d %H:%M:%S.%f")


# --- committees ----------------------------------------------------------------------------------
# The committees of many deals with only what their coverage gaps need (committee_outlines).
# `?` is a JSON array of deal ids: one parameter however many deals are listed.
COMMITTEE_OUTLINES = """
SELECT s.id, s.deal_id, c.name, s.stance, s.influence, s.met
FROM stakeholder AS s JOIN contact AS c ON c.id = s.contact_id
WHERE s.deal_id IN (SELECT value FROM json_each(?)) AND +c.deleted_at IS NULL
ORDER BY s.deal_id, s.position, s.id
"""
# "+" keeps SQLite from starting at every live contact (ix_contact_deleted_at) and looking up
# their stakeholders: the committees are found by deal, then each person by id, so one deal's
# page costs the same with 10,000 or 100,000 contacts (issue 20; tests/unit/storage).

COMMITTEE_OUTLINE_ROLES = """
SELECT sr.stakeholder_id, sr.role_id
FROM stakeholder_role AS sr
JOIN buying_role AS br ON br.id = sr.role_id
JOIN stakeholder AS s ON s.id = sr.stakeholder_id
WHERE s.deal_id IN (SELECT value FROM json_each(?))
ORDER BY br.position
"""

_STANCES = {s.value: s for s in Stance}
_INFLUENCES = {i.value: i for i in Influence}


def committee_outlines(conn: Connection, deal_ids: Iterable[int]) -> dict[int, list[StakeholderRecord]]:
    """Each listed deal's committee with only what its coverage gaps need: id, name, roles,
    stance, influence and met (the other fields keep their defaults). Two queries whatever the
    number of deals; people whose contact was deleted are left out."""
    ids = _ids(deal_ids)
    found: dict[int, list[StakeholderRecord]] = defaultdict(list)
    if ids == "[]":
        return found
    held: dict[int, list[int]] = defaultdict(list)
    for holder_id, role_id in conn.execute(COMMITTEE_OUTLINE_ROLES, (ids,)):
        held[holder_id].append(role_id)
    for holder_id, deal_id, name, stance, influence, met in conn.execute(COMMITTEE_OUTLINES, (ids,)):
        found[deal_id].append(StakeholderRecord(
            id=holder_id, deal_id=deal_id, name=name, role_ids=tuple(held[holder_id]),
            stance=_STANCES.get(stance) or Stance(stance),
            influence=_INFLUENCES.get(influence) or Influence(influence), met=bool(met),
        ))
    return found


def stakeholder_counts(conn: Connection, deal_ids: Iterable[int]) -> dict[int, int]:
    """How many people (live contacts) each listed deal's committee has."""
    ids = _ids(deal_ids)
    if ids == "[]":
        return {}
    return dict(conn.execute("""
        SELECT s.deal_id, count(s.id) FROM stakeholder AS s JOIN contact AS c ON c.id = s.contact_id
        WHERE s.deal_id IN (SELECT value FROM json_each(?)) AND +c.deleted_at IS NULL
        GROUP BY s.deal_id""", (ids,)).fetchall())  # "+": as COMMITTEE_OUTLINES (0.3 s → 2 ms)


# --- money to collect ----------------------------------------------------------------------------
OpenInstalment = namedtuple("OpenInstalment", (  # type: ignore[misc]
    "id", "contract_id", "deal_id", "name", "amount_fen", "due_on", "milestone_on",
    "milestone_days", "invoice_first", "currency", "company", "deal_title"))


def open_instalments(conn: Connection) -> list[OpenInstalment]:
    """Every instalment not void of a live contract on a live deal (the caller decides what is
    still to collect), by due date, contract and position."""
    rows = conn.execute("""
        SELECT i.id, i.contract_id, k.deal_id, i.name, i.amount_fen, i.due_on, i.milestone_on,
               i.milestone_days, i.invoice_first, k.currency, c.name, d.title
        FROM instalment AS i JOIN contract AS k ON k.id = i.contract_id
        JOIN deal AS d ON d.id = k.deal_id JOIN company AS c ON c.id = d.company_id
        WHERE i.void = 0 AND k.deleted_at IS NULL AND d.deleted_at IS NULL
        ORDER BY i.due_on, i.contract_id, i.position""")
    return [OpenInstalment(r[0], r[1], r[2], r[3], r[4], day(r[5]), day(r[6]), r[7], bool(r[8]),
                           *r[9:]) for r in rows]


def collected_by_instalment(conn: Connection) -> dict[int, int]:
    """instalment id → fen collected on it (payments not deleted)."""
    rows = conn.execute("""
        SELECT a.instalment_id, sum(a.amount_fen) FROM payment_allocation AS a
        JOIN payment AS p ON p.id = a.payment_id WHERE p.deleted_at IS NULL
        GROUP BY a.instalment_id""")
    return {iid: int(total or 0) for iid, total in rows}


InvoiceDue = namedtuple("InvoiceDue", (  # type: ignore[misc]
    "id", "deal_id", "company", "deal_title", "amount_fen", "currency", "kind", "instalment",
    "due_on", "milestone_on", "milestone_days", "has_instalment"))


def invoices_to_issue(conn: Connection) -> list[InvoiceDue]:
    """Invoices entered as "to issue" on live contracts of live deals, with their instalment's
    name and due date fields (when the invoice is for one)."""
    rows = conn.execute("""
        SELECT v.id, k.deal_id, c.name, d.title, v.amount_fen, k.currency, v.kind,
               i.name, i.due_on, i.milestone_on, i.milestone_days, i.id IS NOT NULL
        FROM invoice AS v JOIN contract AS k ON k.id = v.contract_id
        JOIN deal AS d ON d.id = k.deal_id JOIN company AS c ON c.id = d.company_id
        LEFT OUTER JOIN instalment AS i ON i.id = v.instalment_id
        WHERE v.deleted_at IS NULL AND k.deleted_at IS NULL AND d.deleted_at IS NULL
          AND v.status = 'to_issue'
        ORDER BY i.due_on, v.id""")
    return [InvoiceDue(*r[:8], day(r[8]), day(r[9]), r[10], bool(r[11])) for r in rows]


def instalments_with_invoices(conn: Connection) -> set[int]:
    """Instalments that have an invoice entered (any status)."""
    rows = conn.execute("SELECT DISTINCT instalment_id FROM invoice "
                        "WHERE deleted_at IS NULL AND instalment_id IS NOT NULL")
    return {r[0] for r in rows}


# --- the rest of the page ------------------------------------------------------------------------
def company_count(conn: Connection) -> int:
    """How many live companies the book holds (0: a new, empty book)."""
    return conn.execute("SELECT count(id) FROM company WHERE deleted_at IS NULL").fetchone()[0]


def open_referrals(conn: Connection) -> list[tuple[int, date | None, datetime]]:
    """(partner id, referred on, created at) of live open or on-hold deals of live partners."""
    rows = conn.execute("""
        SELECT d.referrer_id, d.referred_on, d.created_at FROM deal AS d
        JOIN stage AS st ON st.id = d.stage_id JOIN partner AS p ON p.id = d.referrer_id
        WHERE st.kind IN (?, ?) AND d.deleted_at IS NULL AND p.deleted_at IS NULL""", OPEN_KINDS)
    return [(pid, day(referred), moment(created)) for pid, referred, created in rows]


# How many partners wait for news, read before Today's first paint so the panel above the list
# takes its height at once (the rows come on the loop's turn after). Index-only: each live open
# referral's partner, stage and dates from ix_deal_live_referral, a partner's last update from
# ix_partner_update_sent, live partners from ix_partner_deleted_at; only the few stages' rows.
LIVE_REFERRALS_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_deal_live_referral ON deal "
    "(referrer_id, stage_id, referred_on, created_at) "
    "WHERE deleted_at IS NULL AND referrer_id IS NOT NULL"
)
UPDATES_SENT_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_partner_update_sent ON partner_update (partner_id, sent_at)"
)
# The same rule as services/today.partners_waiting: the wait counts from the last update sent,
# else from the earliest open referral (its date, else the day it was entered); dates compare as
# their stored 'YYYY-MM-DD' text.
PARTNERS_WAITING_COUNT = f"""
    SELECT count(*) FROM (
        SELECT d.referrer_id AS pid,
               min(coalesce(d.referred_on, substr(d.created_at, 1, 10))) AS first
        FROM deal AS d {{indexed}} JOIN stage AS st ON st.id = d.stage_id
        WHERE d.deleted_at IS NULL AND d.referrer_id IS NOT NULL
          AND st.kind IN ({', '.join(repr(k) for k in OPEN_KINDS)})
          AND d.referrer_id IN (SELECT id FROM partner WHERE deleted_at IS NULL)
        GROUP BY d.referrer_id) AS o
    WHERE coalesce((SELECT substr(max(u.sent_at), 1, 10) FROM partner_update AS u
                    WHERE u.partner_id = o.pid), o.first) <= ?"""


def partners_waiting_count(conn: Connection, today: date, days: int) -> int:
    """How many partners have waited `days` days or more for news on `today` (the rows are
    services/today.partners_waiting's)."""
    cutoff = date.fromordinal(today.toordinal() - days).isoformat()
    # SQLite would walk ix_deal_deleted_at and read each live deal's row. A book made before the
    # index gets it at its first write (ensure_indexes); until then the count reads the rows.
    made = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' "
                        "AND name = 'ix_deal_live_referral'").fetchone()
    sql = PARTNERS_WAITING_COUNT.format(indexed="INDEXED BY ix_deal_live_referral" if made else "")
    return conn.execute(sql, (cutoff,)).fetchone()[0]


def last_updates(conn: Connection) -> dict[int, datetime]:
    """When the last progress update went to each partner."""
    rows = conn.execute("SELECT partner_id, max(sent_at) FROM partner_update GROUP BY partner_id")
    return {pid: moment(sent) for pid, sent in rows}  # type: ignore[misc]


def partner_names(conn: Connection) -> dict[int, str]:
    """partner id → the partner's name (its contact's), every partner."""
    rows = conn.execute("SELECT p.id, c.name FROM partner AS p JOIN contact AS c ON c.id = p.contact_id")
    return dict(rows.fetchall())


# --- Today's first rows and counts per section (issue 20: flat as the book grows) ------------------
# At 10× the book Today listed 16,000 items and read every open deal to find them. These return one
# section's first `limit` rows in its order and the section's count, from SQL: the page shows what
# a seller acts on first and says how many there are; "Show all" reads the whole section.
# Steps and visits count for deals still being worked, and won deals' promised steps.
ACTIVE_KINDS = (StageKind.OPEN.value, StageKind.ON_HOLD.value, StageKind.WON.value)
# Today counts every item of a section (7,302 overdue steps, 5,509 stale deals at 10× the bench
# book): each count reads only small indexes that hold what its WHERE asks (schema version 12,
# made by storage/schema.py for older books and by ensure_indexes for new ones). The plans are
# tested (tests/unit/storage/test_today_plans.py): no table row is read per item counted.
# Steps still to do by due date, with their deal: years of done steps are not walked, and the
# count reads no step row.
OPEN_STEPS_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_next_step_open_due ON next_step (due, id, deal_id) "
    "WHERE done_at IS NULL AND deleted_at IS NULL"
)
# Live visits by time, with their deal.
LIVE_VISITS_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_visit_live_planned ON visit (planned_at, deal_id) "
    "WHERE deleted_at IS NULL"
)
# Each live deal's stage by its id: a step's or visit's deal is checked in this index (20,000
# short entries) instead of the deal's row, read for every step counted (25 → 4 ms at 10×).
LIVE_DEALS_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_deal_live_stage ON deal (id, stage_id) WHERE deleted_at IS NULL"
)
# Deals with a date to look again, by that date: the on-hold count reads those due, not every
# deal on hold.
ON_HOLD_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_deal_on_hold ON deal (on_hold_until, stage_id, stage_entered_at) "
    "WHERE deleted_at IS NULL AND on_hold_until IS NOT NULL"
)
TODAY_INDEXES = (OPEN_STEPS_INDEX, LIVE_VISITS_INDEX, LIVE_DEALS_INDEX, ON_HOLD_INDEX,
                 LIVE_REFERRALS_INDEX, UPDATES_SENT_INDEX)
# "CROSS JOIN" keeps the steps (or visits) first, by date; "INDEXED BY" looks their deal up in
# ix_deal_live_stage (SQLite would read the deal's row by its id). Version 12 makes the index
# before any read, so it is there whenever this runs.
_ACTIVE = f"st.kind IN ({', '.join(repr(k) for k in ACTIVE_KINDS)})"
STEPS_BETWEEN = f"""
    FROM next_step AS s CROSS JOIN deal AS d INDEXED BY ix_deal_live_stage
    JOIN stage AS st ON st.id = d.stage_id
    WHERE s.deleted_at IS NULL AND s.done_at IS NULL AND s.due IS NOT NULL
      AND s.due >= ? AND s.due <= ? AND d.id = s.deal_id AND d.deleted_at IS NULL AND {_ACTIVE}"""
VISITS_BETWEEN = f"""
    FROM visit AS v CROSS JOIN deal AS d INDEXED BY ix_deal_live_stage
    JOIN stage AS st ON st.id = d.stage_id
    WHERE v.deleted_at IS NULL AND v.planned_at >= ? AND v.planned_at < ?
      AND d.id = v.deal_id AND d.deleted_at IS NULL AND {_ACTIVE}"""
# Stale: julianday(today) - julianday(date(entered)) > N days is entered < today - N days, so each
# open stage's stale deals are a range of ix_deal_stage_recent (stage, entered), stage by stage.
STALE_DEALS = """
    FROM stage AS st CROSS JOIN deal AS d
    WHERE st.kind = 'open' AND st.stale_after_days IS NOT NULL
      AND d.stage_id = st.id AND d.deleted_at IS NULL
      AND d.stage_entered_at < date(?, printf('%+d days', -st.stale_after_days))"""
ON_HOLD_DUE = """
    FROM deal AS d INDEXED BY ix_deal_on_hold CROSS JOIN stage AS st
    WHERE d.deleted_at IS NULL AND d.on_hold_until IS NOT NULL AND d.on_hold_until <= ?
      AND st.id = d.stage_id AND st.kind = 'on_hold'"""
TODAY_COUNTS = {"steps": STEPS_BETWEEN, "visits": VISITS_BETWEEN, "stale": STALE_DEALS,
                "on_hold": ON_HOLD_DUE}


def _first_and_count(conn: Connection, columns: str, body: str, order: str, params: tuple,
                     limit: int) -> tuple[list[tuple], int]:
    rows = conn.execute(f"SELECT {columns} {body} ORDER BY {order} LIMIT ?", (*params, limit)).fetchall()
    count = conn.execute(f"SELECT count(*) {body}", params).fetchone()[0]
    return rows, int(count)


def steps_between(conn: Connection, first: date | None, last: date, limit: int
                  ) -> tuple[list[NextStepRecord], int]:
    """Open dated steps of active deals due in [first, last] (first None: any day before),
    earliest first: the first `limit` and how many in all."""
    params = ((first or date.min).isoformat(), last.isoformat())
    rows, count = _first_and_count(conn, _STEP_COLUMNS, STEPS_BETWEEN, "s.due, s.id", params, limit)
    return [_step(r) for r in rows], count


def visits_between(conn: Connection, start: datetime, end: datetime, limit: int
                   ) -> tuple[list[VisitRecord], int]:
    """Live visits of active deals with start <= planned_at < end, earliest first."""
    columns = ("v.id, v.deal_id, v.planned_at, v.place, v.goal, v.our_attendees, "
               "v.attendee_contact_ids")
    rows, count = _first_and_count(conn, columns, VISITS_BETWEEN, "v.planned_at, v.id",
                                   (_stored(start), _stored(end)), limit)
    return [VisitRecord(i, deal, moment(at), place, goal, ours,
                        tuple(int(x) for x in ids.split(",") if x.strip().isdigit()))
            for i, deal, at, place, goal, ours, ids in rows], count


def stale_deal_ids(conn: Connection, today: date, limit: int) -> tuple[list[int], int]:
    """Open deals longer in their stage than its limit (domain.deals.is_stale: more days than
    stale_after_days), longest first: the first `limit` ids and how many in all."""
    rows, count = _first_and_count(conn, "d.id", STALE_DEALS, "d.stage_entered_at, d.id",
                                   (today.isoformat(),), limit)
    return [r[0] for r in rows], count


def on_hold_due_ids(conn: Connection, today: date, limit: int) -> tuple[list[int], int]:
    """Deals on hold whose date to look again has come, in the order they were put on hold."""
    rows, count = _first_and_count(conn, "d.id", ON_HOLD_DUE, "d.stage_entered_at, d.id",
                                   (today.isoformat(),), limit)
    return [r[0] for r in rows], count


def deal_ids_in(conn: Connection, stage_ids: Collection[int]) -> list[int]:
    """Ids of live deals in these stages (Today's late stages, where gaps put a deal at risk)."""
    rows = conn.execute("SELECT id FROM deal WHERE deleted_at IS NULL AND stage_id IN "
                        "(SELECT value FROM json_each(?))", (_ids(stage_ids),))
    return [r[0] for r in rows]


COUNT_DEALS_IN = ("SELECT coalesce(sum((SELECT count(*) FROM deal WHERE deleted_at IS NULL "
                  "AND stage_id = j.value)), 0) FROM json_each(?) AS j")


def count_deals_in(conn: Connection, stage_ids: Collection[int]) -> int:
    """How many live deals these stages hold: counted stage by stage, so each count comes from
    ix_deal_stage_recent (with IN, SQLite walked every live deal)."""
    return conn.execute(COUNT_DEALS_IN, (_ids(stage_ids),)).fetchone()[0]


# --- Today's money sections: the first rows and the count from SQL (issue 20) ---------------------
# What open_instalments + collected_by_instalment + domain.money.due_date give in Python, for the
# rows a section shows: an instalment's due date (fixed, or its milestone's date plus N days) and
# what came in on it, per instalment, in SQL; only those still owed with a date are listed.
_DUE = ("coalesce(date(i.due_on), date(i.milestone_on, printf('%+d days', "
        "coalesce(i.milestone_days, 0))))")
_GOT = ("coalesce((SELECT sum(a.amount_fen) FROM payment_allocation AS a JOIN payment AS p "
        "ON p.id = a.payment_id WHERE a.instalment_id = i.id AND p.deleted_at IS NULL), 0)")
OWED = f"""
    SELECT i.id AS id, k.deal_id AS deal_id, i.contract_id AS contract_id, c.name AS company,
           d.title AS deal_title, i.name AS name, {_DUE} AS due, i.amount_fen AS amount_fen,
           {_GOT} AS got, k.currency AS currency, i.invoice_first AS invoice_first,
           i.due_on AS due_on, i.position AS position
    FROM instalment AS i JOIN contract AS k ON k.id = i.contract_id
    JOIN deal AS d ON d.id = k.deal_id JOIN company AS c ON c.id = d.company_id
    WHERE i.void = 0 AND k.deleted_at IS NULL AND d.deleted_at IS NULL"""
OwedInstalment = namedtuple("OwedInstalment", (  # type: ignore[misc]
    "id", "deal_id", "contract_id", "company", "deal_title", "name", "due", "amount_fen",
    "collected_fen", "currency"))


def owed_between(conn: Connection, first: date | None, last: date, limit: int
                 ) -> tuple[list[OwedInstalment], int]:
    """Instalments still owed (less came in than their amount) whose due date falls from `first`
    (None: any) to `last`, by due date, company and id: the first `limit` and how many."""
    body = (f"FROM ({OWED}) WHERE got < amount_fen AND due IS NOT NULL "
            "AND due >= ? AND due <= ?")
    params = ((first or date.min).isoformat(), last.isoformat())
    rows, count = _first_and_count(
        conn, "id, deal_id, contract_id, company, deal_title, name, due, amount_fen, got, currency",
        body, "due, company, id", params, limit)
    return [OwedInstalment(*r[:6], day(r[6]), r[7], int(r[8]), r[9]) for r in rows], count


InvoiceToMake = namedtuple("InvoiceToMake", (  # type: ignore[misc]
    "invoice_id", "instalment_id", "deal_id", "company", "deal_title", "instalment", "due",
    "amount_fen", "currency"))


def invoices_to_make(conn: Connection, last: date, limit: int) -> tuple[list[InvoiceToMake], int]:
    """Invoices entered as "to issue", and instalments paid only against an invoice
    (invoice_first) still owed, due by `last`, with no invoice entered: the first `limit` by due
    date (none last) and company, in the order BookMoney.invoices_to_issue lists them, and how
    many."""
    body = f"""FROM (
        SELECT v.id AS invoice_id, i.id AS instalment_id, k.deal_id AS deal_id, c.name AS company,
               d.title AS deal_title, coalesce(i.name, '') AS instalment,
               CASE WHEN i.id IS NULL THEN NULL ELSE {_DUE} END AS due,
               v.amount_fen AS amount_fen, k.currency AS currency,
               0 AS part, i.due_on AS k1, v.id AS k2, 0 AS k3
        FROM invoice AS v JOIN contract AS k ON k.id = v.contract_id
        JOIN deal AS d ON d.id = k.deal_id JOIN company AS c ON c.id = d.company_id
        LEFT OUTER JOIN instalment AS i ON i.id = v.instalment_id
        WHERE v.deleted_at IS NULL AND k.deleted_at IS NULL AND d.deleted_at IS NULL
          AND v.status = 'to_issue'
        UNION ALL
        SELECT NULL, id, deal_id, company, deal_title, name, due, amount_fen - got, currency,
               1, due_on, contract_id, position
        FROM ({OWED}) WHERE invoice_first AND got < amount_fen AND due IS NOT NULL AND due <= ?
          AND id NOT IN (SELECT instalment_id FROM invoice
                         WHERE deleted_at IS NULL AND instalment_id IS NOT NULL))"""
    columns = ("invoice_id, instalment_id, deal_id, company, deal_title, instalment, due, "
               "amount_fen, currency")
    rows, count = _first_and_count(conn, columns, body,
                                   "due IS NULL, due, company, part, k1, k2, k3",
                                   (last.isoformat(),), limit)
    return [InvoiceToMake(*r[:6], day(r[6]), *r[7:]) for r in rows], count
