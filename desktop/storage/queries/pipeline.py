"""Reading the pipeline's lists: stages, buying roles, lost reasons and coverage rules, mapped to
their domain records (the rows of these small tables are always read whole)."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, or_, select

from desktop.domain.deals import (
    CoverageRuleRecord,
    LostReasonRecord,
    RoleRecord,
    StageKind,
    StageRecord,
)
from desktop.storage.queries import live, today
from desktop.storage.queries.listing import dbapi
from desktop.storage.queries.today import STAGE_FIELDS
from desktop.storage.tables import (
    BuyingRole,
    CoverageRule,
    Deal,
    LostReason,
    Stage,
    StageChange,
    StakeholderRole,
)


def stage_record(row: Stage) -> StageRecord:
    return StageRecord(id=row.id, kind=StageKind(row.kind), commit=bool(row.forecast_commit),
                       **{f: getattr(row, f) for f in STAGE_FIELDS})


def role_record(row: BuyingRole) -> RoleRecord:
    return RoleRecord(row.id, row.key, row.name_en, row.name_zh, row.position)


def lost_reason_record(row: LostReason) -> LostReasonRecord:
    return LostReasonRecord(row.id, row.name_en, row.name_zh, row.position)


def rule_record(row: CoverageRule) -> CoverageRuleRecord:
    return CoverageRuleRecord(row.id, row.role_id, row.from_stage_id, row.require_met)


# The whole lists are read in plain SQL, as Today reads them before SQLModel is loaded
# (storage/queries/today.py), through the session's own connection.
def load_stages(s: Session, *, with_removed: bool = False) -> list[StageRecord]:
    return today.stages(dbapi(s), with_removed=with_removed)


def load_roles(s: Session) -> list[RoleRecord]:
    return today.roles(dbapi(s))


def load_rules(s: Session) -> list[CoverageRuleRecord]:
    return today.rules(dbapi(s))


def load_lost_reasons(s: Session) -> list[LostReasonRecord]:
    return [lost_reason_record(r) for r in s.exec(select(LostReason).order_by(LostReason.position, LostReason.id))]


def deals_lost_reasons(s: Session) -> list[tuple[int, int | None, str]]:
    """(deal id, lost reason id, lost reason text) of every deal (deleted ones too) that has a
    reason or a text."""
    stmt = select(Deal.id, Deal.lost_reason_id, Deal.lost_reason_text).where(
        or_(col(Deal.lost_reason_id).is_not(None), Deal.lost_reason_text != "")).order_by(Deal.id)
    return [(i, r, t) for i, r, t in s.exec(stmt)]


def stage_in_use(s: Session, stage_id: int) -> bool:
    """Whether any deal (deleted ones too) stands in the stage or its history names it."""
    deals = s.exec(select(func.count(Deal.id)).where(Deal.stage_id == stage_id)).one()
    moves = s.exec(select(func.count(StageChange.id)).where(
        or_(StageChange.to_stage_id == stage_id, StageChange.from_stage_id == stage_id))).one()
    return bool(deals or moves)


def role_holders(s: Session, role_id: int) -> int:
    return s.exec(select(func.count()).select_from(StakeholderRole)
                  .where(StakeholderRole.role_id == role_id)).one()


def deals_in_stage(s: Session, stage_id: int) -> int:
    """How many live deals stand in the stage."""
    return s.exec(live(select(func.count(Deal.id)), Deal).where(Deal.stage_id == stage_id)).one()
