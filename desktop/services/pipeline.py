"""The pipeline's editable lists: stages, buying roles, lost reasons and coverage rules.

A stage with deals in it cannot be removed until they move. A stage that only old history
mentions is kept as "removed" (hidden from the pipeline) so that history still names it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session, col, or_, select

from desktop.domain.changes import DEALS, STAGES, writes
from desktop.domain.clock import Clock, system_clock
from desktop.domain.deals import (
    CoverageRuleRecord,
    LostReasonRecord,
    PipelineSnapshot,
    RoleRecord,
    StageKind,
    StageRecord,
)
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.storage.book import Book
from desktop.storage.queries.pipeline import (
    deals_in_stage,
    deals_lost_reasons,
    load_lost_reasons,
    load_roles,
    load_rules,
    load_stages,
    lost_reason_record,
    role_holders,
    role_record,
    rule_record,
    stage_in_use,
    stage_record,
)
from desktop.storage.tables import (
    BuyingRole,
    CoverageRule,
    Deal,
    LostReason,
    Stage,
    StageChange,
    StakeholderRole,
)


def _check_names(en: str, zh: str) -> list[FieldError]:
    if en.strip() or zh.strip():
        return []
    return [FieldError("name_en", "required"), FieldError("name_zh", "required")]


def _get(s: Session, table: type, row_id: int | None, field: str):  # noqa: ANN202
    row = s.get(table, row_id) if row_id is not None else None
    if row is None:
        raise ValidationFailed([FieldError(field, "not_found", str(row_id))])
    return row


def _stage_values(x: StageRecord) -> dict:
    values = asdict(x)
    values.update(kind=x.kind.value, forecast_commit=values.pop("commit"))
    return values


def _put_rows(s: Session, table: type, wanted: list[dict], drop: Callable[[Session, Any], None]) -> None:
    """The table's rows exactly as `wanted` (each a dict of columns with its id): rows not
    wanted are dropped by `drop`, the others updated, and missing ones made again."""
    by_id = {w["id"]: w for w in wanted}
    for row in list(s.exec(select(table))):
        if row.id not in by_id:
            drop(s, row)
    s.flush()
    for values in wanted:
        row = s.get(table, values["id"])
        if row is None:
            s.add(table(**values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
    s.flush()


def _move_in_list(s: Session, table: type, row_id: int, delta: int, field: str) -> None:
    """Move a row of an ordered list (roles, lost reasons) up (delta -1) or down (+1)."""
    _get(s, table, row_id, field)
    rows = list(s.exec(select(table).order_by(table.position, table.id)))
    ids = [r.id for r in rows]
    i = ids.index(row_id)
    j = max(0, min(len(ids) - 1, i + delta))
    rows.insert(j, rows.pop(i))
    for position, row in enumerate(rows):
        row.position = position


class PipelineService:
    """Stages, roles, lost reasons and coverage rules; each change is one transaction."""

    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    # --- stages
    def stages(self, *, with_removed: bool = False) -> list[StageRecord]:
        """The pipeline in order (removed stages only when asked, e.g. to read old history)."""
        with self.book.reading() as s:
            return load_stages(s, with_removed=with_removed)

    def validate_stage(self, record: StageRecord) -> list[FieldError]:
        errors = _check_names(record.name_en, record.name_zh)
        if not 0 <= record.probability <= 100:
            errors.append(FieldError("probability", "probability_range", str(record.probability)))
        if record.stale_after_days is not None and not 1 <= record.stale_after_days <= 3650:
            errors.append(FieldError("stale_after_days", "stale_days_range", str(record.stale_after_days)))
        return errors

    @writes(STAGES, DEALS)
    def save_stage(self, record: StageRecord) -> StageRecord:
        """Create (id None: a new open stage before won/lost/on hold) or rename/edit a stage.

        The kind of an existing stage never changes here: deals' status depends on it.
        """
        errors = self.validate_stage(record)
        if errors:
            raise ValidationFailed(errors)
        values = {
            "name_en": record.name_en.strip(), "name_zh": record.name_zh.strip(),
            "milestone_en": record.milestone_en.strip(), "milestone_zh": record.milestone_zh.strip(),
            "probability": record.probability, "stale_after_days": record.stale_after_days,
            # Only an open stage can be Commit: won deals are no longer forecast.
            "forecast_commit": record.commit and record.kind == StageKind.OPEN,
        }
        with self.book.session() as s:
            if record.id is None:
                stages = load_stages(s)
                closed = [st for st in stages if st.kind != StageKind.OPEN]
                position = closed[0].position if closed else len(stages)
                for st in stages:
                    if st.position >= position:
                        s.get(Stage, st.id).position = st.position + 1
                next_id = (s.exec(select(func.max(Stage.id))).one() or 0) + 1
                row = Stage(key=f"stage-{next_id}", position=position, kind="open", **values)
                s.add(row)
            else:
                row = _get(s, Stage, record.id, "stage")
                for key, value in values.items():
                    setattr(row, key, value)
            s.flush()
            return stage_record(row)

    @writes(STAGES, DEALS)
    def reorder_stages(self, stage_ids: list[int]) -> list[StageRecord]:
        """Put the stages in this order (every pipeline stage, each once)."""
        with self.book.session() as s:
            current = load_stages(s)
            if sorted(stage_ids) != sorted(st.id for st in current):
                raise ValidationFailed([FieldError("stages", "order_incomplete")])
            # The pipeline reads left to right: open stages first, then won, lost and on hold
            # (a new deal starts in the first open stage; new stages go before the closed ones).
            kinds = {st.id: st.kind for st in current}
            open_flags = [kinds[i] == StageKind.OPEN for i in stage_ids]
            if open_flags != sorted(open_flags, reverse=True):
                raise ValidationFailed([FieldError("stages", "open_first")])
            for position, stage_id in enumerate(stage_ids):
                s.get(Stage, stage_id).position = position
            s.flush()
            return load_stages(s)

    @writes(STAGES, DEALS)
    def move_stage_position(self, stage_id: int, delta: int) -> list[StageRecord]:
        """Move a stage up (delta -1) or down (+1) in the pipeline."""
        ids = [st.id for st in self.stages()]
        i = ids.index(stage_id)
        j = max(0, min(len(ids) - 1, i + delta))
        ids.insert(j, ids.pop(i))
        return self.reorder_stages(ids)  # type: ignore[arg-type]

    @writes(STAGES, DEALS)
    def remove_stage(self, stage_id: int) -> None:
        """Remove a stage. Refused (ValidationFailed 'stage_has_deals', detail = how many) while
        deals are in it, and for the last stage of its kind (a pipeline needs an open, won, lost
        and on-hold stage)."""
        with self.book.session() as s:
            row = _get(s, Stage, stage_id, "stage")
            live = deals_in_stage(s, stage_id)
            if live:
                raise ValidationFailed([FieldError("stage", "stage_has_deals", str(live))])
            same_kind = s.exec(select(func.count(Stage.id)).where(Stage.kind == row.kind)).one()
            if same_kind <= 1:
                raise ValidationFailed([FieldError("stage", "last_of_kind", row.kind)])
            s.exec(delete(CoverageRule).where(CoverageRule.from_stage_id == stage_id))
            mentioned = s.exec(
                select(func.count(StageChange.id)).where(
                    or_(StageChange.to_stage_id == stage_id, StageChange.from_stage_id == stage_id)
                )
            ).one()
            deleted_deals = s.exec(select(func.count(Deal.id)).where(Deal.stage_id == stage_id)).one()
            if mentioned or deleted_deals:
                row.kind = StageKind.REMOVED.value
                row.position = 10_000 + row.id
            else:
                s.delete(row)
            s.flush()
            for position, st in enumerate(load_stages(s)):
                s.get(Stage, st.id).position = position

    # --- the whole pipeline, for undo
    def snapshot(self) -> PipelineSnapshot:
        """Everything `put_back` restores: taken before and after each change in Settings →
        Pipeline, so each change is one undoable action."""
        with self.book.reading() as s:
            return PipelineSnapshot(tuple(load_stages(s, with_removed=True)), tuple(load_roles(s)),
                                    tuple(load_lost_reasons(s)), tuple(load_rules(s)),
                                    tuple(deals_lost_reasons(s)))

    @writes(STAGES, DEALS)
    def put_back(self, snap: PipelineSnapshot) -> None:
        """Make the pipeline exactly `snap` again (undo and redo of a change in Settings →
        Pipeline): rows changed since get their values back, rows removed since come back with
        their ids, rows added since go. Refused ('stage_has_deals', 'role_in_use') when a stage
        or role added since is in use by then."""
        with self.book.session() as s:
            for rule in s.exec(select(CoverageRule)):
                s.delete(rule)
            s.flush()
            _put_rows(s, Stage, [_stage_values(x) for x in snap.stages], self._drop_stage)
            _put_rows(s, BuyingRole, [asdict(x) for x in snap.roles], self._drop_role)
            _put_rows(s, LostReason, [asdict(x) for x in snap.lost_reasons], self._drop_reason)
            for x in snap.rules:
                s.add(CoverageRule(id=x.id, role_id=x.role_id, from_stage_id=x.from_stage_id,
                                   require_met=x.require_met))
            for deal_id, reason_id, text in snap.lost_deals:
                deal = s.get(Deal, deal_id)
                if deal is not None:
                    deal.lost_reason_id, deal.lost_reason_text = reason_id, text
            s.flush()

    @staticmethod
    def _drop_stage(s: Session, row: Stage) -> None:
        if stage_in_use(s, row.id):
            raise ValidationFailed([FieldError("stage", "stage_has_deals", str(deals_in_stage(s, row.id)))])
        s.delete(row)

    @staticmethod
    def _drop_role(s: Session, row: BuyingRole) -> None:
        holders = role_holders(s, row.id)
        if holders:
            raise ValidationFailed([FieldError("role", "role_in_use", str(holders))])
        s.delete(row)

    @staticmethod
    def _drop_reason(s: Session, row: LostReason) -> None:
        for deal in s.exec(select(Deal).where(Deal.lost_reason_id == row.id)):
            deal.lost_reason_id = None
        s.flush()
        s.delete(row)

    # --- roles
    def roles(self) -> list[RoleRecord]:
        with self.book.reading() as s:
            return load_roles(s)

    @writes(STAGES, DEALS)
    def save_role(self, record: RoleRecord) -> RoleRecord:
        errors = _check_names(record.name_en, record.name_zh)
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            if record.id is None:
                next_id = (s.exec(select(func.max(BuyingRole.id))).one() or 0) + 1
                last = s.exec(select(func.max(BuyingRole.position))).one()
                row = BuyingRole(key=f"role-{next_id}", name_en=record.name_en.strip(),
                                 name_zh=record.name_zh.strip(), position=(last or 0) + 1)
                s.add(row)
            else:
                row = _get(s, BuyingRole, record.id, "role")
                row.name_en, row.name_zh = record.name_en.strip(), record.name_zh.strip()
            s.flush()
            return role_record(row)

    @writes(STAGES, DEALS)
    def move_role(self, role_id: int, delta: int) -> list[RoleRecord]:
        """Move a role up (delta -1) or down (+1): the order of check boxes, columns and gaps."""
        with self.book.session() as s:
            _move_in_list(s, BuyingRole, role_id, delta, "role")
            s.flush()
            return load_roles(s)

    @writes(STAGES, DEALS)
    def remove_role(self, role_id: int) -> None:
        """Remove a role nobody holds (refused with 'role_in_use', detail = how many people)."""
        with self.book.session() as s:
            row = _get(s, BuyingRole, role_id, "role")
            holders = s.exec(
                select(func.count()).select_from(StakeholderRole).where(StakeholderRole.role_id == role_id)
            ).one()
            if holders:
                raise ValidationFailed([FieldError("role", "role_in_use", str(holders))])
            s.exec(delete(CoverageRule).where(CoverageRule.role_id == role_id))
            s.delete(row)

    # --- lost reasons
    def lost_reasons(self) -> list[LostReasonRecord]:
        with self.book.reading() as s:
            rows = s.exec(select(LostReason).order_by(LostReason.position, LostReason.id))
            return [lost_reason_record(r) for r in rows]

    @writes(STAGES, DEALS)
    def save_lost_reason(self, record: LostReasonRecord) -> LostReasonRecord:
        errors = _check_names(record.name_en, record.name_zh)
        if errors:
            raise ValidationFailed(errors)
        with self.book.session() as s:
            if record.id is None:
                last = s.exec(select(func.max(LostReason.position))).one()
                row = LostReason(name_en=record.name_en.strip(), name_zh=record.name_zh.strip(),
                                 position=(last or 0) + 1)
                s.add(row)
            else:
                row = _get(s, LostReason, record.id, "lost_reason")
                row.name_en, row.name_zh = record.name_en.strip(), record.name_zh.strip()
            s.flush()
            return lost_reason_record(row)

    @writes(STAGES, DEALS)
    def move_lost_reason(self, reason_id: int, delta: int) -> list[LostReasonRecord]:
        """Move a lost reason up (delta -1) or down (+1) in the list a lost deal picks from."""
        with self.book.session() as s:
            _move_in_list(s, LostReason, reason_id, delta, "lost_reason")
            s.flush()
        return self.lost_reasons()

    @writes(STAGES, DEALS)
    def remove_lost_reason(self, reason_id: int) -> None:
        """Remove a reason from the list; deals lost for it keep its words as their own text."""
        with self.book.session() as s:
            row = _get(s, LostReason, reason_id, "lost_reason")
            words = row.name_zh or row.name_en
            for deal in s.exec(select(Deal).where(Deal.lost_reason_id == reason_id)):
                deal.lost_reason_text = f"{words}: {deal.lost_reason_text}" if deal.lost_reason_text else words
                deal.lost_reason_id = None
            s.flush()
            s.delete(row)

    # --- coverage rules
    def rules(self) -> list[CoverageRuleRecord]:
        with self.book.reading() as s:
            return load_rules(s)

    @writes(STAGES, DEALS)
    def save_rule(self, record: CoverageRuleRecord) -> CoverageRuleRecord:
        """Create or change a rule: from `from_stage_id` on, `role_id` must be identified (and
        met when `require_met`). One rule per role and stage ('duplicate_rule')."""
        with self.book.session() as s:
            _get(s, BuyingRole, record.role_id, "role_id")
            stage = _get(s, Stage, record.from_stage_id, "from_stage_id")
            if stage.kind != StageKind.OPEN.value:
                raise ValidationFailed([FieldError("from_stage_id", "rule_stage_not_open")])
            clash = s.exec(
                select(CoverageRule).where(
                    CoverageRule.role_id == record.role_id,
                    CoverageRule.from_stage_id == record.from_stage_id,
                    col(CoverageRule.id) != (record.id or -1),
                )
            ).first()
            if clash is not None:
                raise ValidationFailed([FieldError("role_id", "duplicate_rule")])
            if record.id is None:
                row = CoverageRule(role_id=record.role_id, from_stage_id=record.from_stage_id,
                                   require_met=record.require_met)
                s.add(row)
            else:
                row = _get(s, CoverageRule, record.id, "rule")
                row.role_id, row.from_stage_id = record.role_id, record.from_stage_id
                row.require_met = record.require_met
            s.flush()
            return rule_record(row)

    @writes(STAGES, DEALS)
    def remove_rule(self, rule_id: int) -> None:
        with self.book.session() as s:
            s.delete(_get(s, CoverageRule, rule_id, "rule"))
