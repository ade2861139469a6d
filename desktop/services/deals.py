"""Deals: create, edit, delete and restore; move between stages (recorded); next steps; visits.

Nothing auto-closes a deal: only the seller moves it. Moving to a lost stage needs a reason,
moving to on hold needs a date to look again. Lists load everything in a fixed number of queries
(stakeholders of all deals at once), whatever the number of deals.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import date, datetime

from sqlmodel import Session

from desktop.domain.changes import COMPANIES, DEALS, writes
from desktop.domain.clock import Clock, system_clock
from desktop.domain.deals import (
    DealRecord,
    NextStepRecord,
    StageChangeRecord,
    StageKind,
    StageRecord,
    StepEdit,
    VisitRecord,
    board_pages,
    days_in_stage,
)
from desktop.domain.errors import FieldError, NotFound, ValidationFailed
from desktop.domain.money import CURRENCIES
from desktop.domain.overview import DealOverview
from desktop.services.fees import sync_fees
from desktop.services.overviews import deal_overviews
from desktop.storage.book import Book
from desktop.storage.queries import deals as q
from desktop.storage.queries import find_live, get_deleted, get_live, linked_live
from desktop.storage.queries.deals import DEAL_FIELDS, deal_record, load_open_steps, step_record, visit_record
from desktop.storage.queries.people import company_by_name
from desktop.storage.queries.pipeline import load_stages, stage_record
from desktop.storage.tables import (
    Company,
    Deal,
    LostReason,
    NextStep,
    Stage,
    StageChange,
    Visit,
)

EDITABLE = tuple(f for f in DEAL_FIELDS if f not in ("stage_id", "stage_entered_at"))


class DealService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    # --- reading
    def list(
        self, *, include_closed: bool = True, deal_ids: list[int] | None = None,
        kinds: Collection[StageKind] | None = None, gaps_in: Collection[int] | None = None,
    ) -> list[DealOverview]:
        """Every live deal with its stage, days in stage, staleness, gaps and next step
        (services/overviews.py says what each argument keeps; Today reads the same way)."""
        with self.book.raw_reading() as conn:
            return deal_overviews(conn, self.clock().date(), include_closed=include_closed,
                                  deal_ids=deal_ids, kinds=kinds, gaps_in=gaps_in)

    def stage_page(self, stage_id: int, offset: int = 0, limit: int = 30, *,
                   largest_first: bool = False, words: list[str] | None = None) -> list[DealOverview]:
        """A page of a stage's deals for the board: the latest to enter it first (closed
        columns), or the largest first (open ones); with `words` (the board's filter, lower
        case), only the deals matching every one, found in the book. Only these deals'
        committees are read."""
        with self.book.reading() as s:
            ids = q.stage_page(s, stage_id, offset, limit, largest_first=largest_first, words=words)
        found = {o.id: o for o in self.list(deal_ids=ids)} if ids else {}
        return [found[i] for i in ids if i in found]

    def board_columns(self, columns: list[tuple[int, int, bool]], words: list[str] | None = None,
                      ) -> dict[int, tuple[list[DealOverview], tuple[int, int, float]]]:
        """The board's columns in one reading: for each (stage id, cards to show, open stage?),
        the first cards (the largest of an open stage first, the latest of a closed one) and
        the stage's totals (count, amount, weighted when open); with `words` (the filter, lower
        case), of the deals matching every one, found in the book."""
        found: dict[int, tuple[list[int], tuple[int, int, float]]] = {}
        with self.book.reading() as s:
            if words:
                matching = q.matching_deals(s, words, q.companies_matching(s, words))
                found = board_pages(columns, matching)
            else:
                for stage_id, limit, open_stage in columns:
                    ids = q.stage_page(s, stage_id, 0, limit, largest_first=open_stage)
                    found[stage_id] = (ids, q.stage_total(s, stage_id, weighted=open_stage))
        every = [i for ids, _total in found.values() for i in ids]
        overviews = {o.id: o for o in self.list(deal_ids=every)} if every else {}
        return {stage_id: ([overviews[i] for i in ids if i in overviews], total)
                for stage_id, (ids, total) in found.items()}

    def stage_total(self, stage_id: int, *, weighted: bool = False,
                    words: list[str] | None = None) -> tuple[int, int, float]:
        """(how many live deals, their amounts added up, weighted by probability when asked —
        an open stage — else 0) in a stage; with `words`, of those matching every one."""
        with self.book.reading() as s:
            return q.stage_total(s, stage_id, weighted=weighted, words=words)

    def overview(self, deal_id: int) -> DealOverview:
        found = self.list(deal_ids=[deal_id])
        if not found:
            raise NotFound(deal_id)
        return found[0]

    def get(self, deal_id: int) -> DealRecord:
        with self.book.reading() as s:
            row = get_live(s, Deal, deal_id)
            return deal_record(row, q.company_name(s, row))

    def history(self, deal_id: int) -> list[StageChangeRecord]:
        """Stage changes, oldest first, each with how many days the deal stayed where it was."""
        with self.book.reading() as s:
            rows = q.stage_changes(s, deal_id)
        result: list[StageChangeRecord] = []
        previous: datetime | None = None
        for row_id, deal, from_id, to_id, changed_at, comment in rows:
            stayed = days_in_stage(previous, changed_at.date()) if previous else None
            result.append(StageChangeRecord(row_id, deal, from_id, to_id, changed_at, comment, stayed))
            previous = changed_at
        return result

    # --- writing
    def validate(self, record: DealRecord, new_company: str = "") -> list[FieldError]:
        errors: list[FieldError] = []
        if not record.title.strip():
            errors.append(FieldError("title", "required"))
        if record.company_id is None and not new_company.strip():
            errors.append(FieldError("company_id", "required"))
        if record.amount is not None and record.amount < 0:
            errors.append(FieldError("amount", "amount_invalid", str(record.amount)))
        if record.currency not in CURRENCIES:
            errors.append(FieldError("currency", "invalid", record.currency))
        if record.probability_override is not None and not 0 <= record.probability_override <= 100:
            errors.append(FieldError("probability_override", "probability_range"))
        return errors

    @writes(DEALS, COMPANIES)
    def save(self, record: DealRecord, new_company: str = "", *, at: datetime | None = None,
             next_step: StepEdit | None = None) -> DealRecord:
        """Create (id None) or update a deal; raises ValidationFailed and writes nothing.

        A new deal starts in `record.stage_id` (default: the first stage) at `at` (default:
        now). A changed `stage_id` on an existing deal is a stage move (see `move_stage`).
        `new_company` names a company to find or create when `record.company_id` is None.
        `next_step` is the deal form's next-step line: added, changed or marked done in the same
        transaction (one Save, one write).
        """
        errors = self.validate(record, new_company)
        if errors:
            raise ValidationFailed(errors)
        now = self.clock()
        at = at or now
        with self.book.session() as s:
            if record.company_id is None:
                name = " ".join(new_company.split())
                company = company_by_name(s, name)
                if company is None:
                    company = Company(name=name, created_at=now, updated_at=now)
                    s.add(company)
                    s.flush()
                record = replace(record, company_id=company.id)
            company = linked_live(s, Company, record.company_id, "company_id", "company_missing")
            values = {f: getattr(record, f) for f in EDITABLE}
            values.update(title=" ".join(record.title.split()), competitors=record.competitors.strip())
            if record.id is None:
                stages = load_stages(s)
                first_open = next(st for st in stages if st.kind == StageKind.OPEN)
                stage = next((st for st in stages if st.id == record.stage_id), first_open)
                _check_move(stage, record.lost_reason_id, record.lost_reason_text, record.on_hold_until)
                row = Deal(**values, stage_id=stage.id, stage_entered_at=at, created_at=at, updated_at=at)
                s.add(row)
                s.flush()
                s.add(StageChange(deal_id=row.id, from_stage_id=None, to_stage_id=stage.id, changed_at=at))
            else:
                row = get_live(s, Deal, record.id)
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = now
                if record.stage_id is not None and record.stage_id != row.stage_id:
                    self._move(s, row, record.stage_id, "", record.lost_reason_id,
                               record.lost_reason_text, record.on_hold_until, at)
                else:
                    _check_move(stage_record(s.get(Stage, row.stage_id)), row.lost_reason_id,
                                row.lost_reason_text, row.on_hold_until)
            s.flush()
            sync_fees(s, row.id, self.clock)  # partners' fees follow amount, referrer and stage
            if next_step is not None:
                self._apply_step(s, row.id, next_step)
            return deal_record(row, company.name)

    def _apply_step(self, s: Session, deal_id: int, edit: StepEdit) -> None:
        shown = find_live(s, NextStep, edit.shown.id) if edit.shown is not None else None
        action = edit.action(still_there=shown is not None)
        text = edit.text.strip()
        if action == "add":
            s.add(NextStep(deal_id=deal_id, text=text, due=edit.due, agreed=edit.agreed, created_at=self.clock()))
        elif action == "update":
            shown.text, shown.due, shown.owner, shown.agreed = text, edit.due, shown.owner.strip(), edit.agreed
        elif action == "complete":
            shown.done_at = self.clock()
        s.flush()

    @writes(DEALS)
    def move_stage(
        self, deal_id: int, stage_id: int, comment: str = "", *, lost_reason_id: int | None = None,
        lost_reason_text: str = "", on_hold_until: date | None = None, at: datetime | None = None,
    ) -> DealRecord:
        """Move a deal to another stage, recording the change; days in stage restart at `at`.

        Raises ValidationFailed: 'lost_reason_required' for a lost stage without a reason,
        'review_date_required' for on hold without a date, 'move_before_last' when `at` is
        before the deal's last change.
        """
        with self.book.session() as s:
            row = get_live(s, Deal, deal_id)
            self._move(s, row, stage_id, comment, lost_reason_id, lost_reason_text, on_hold_until,
                       at or self.clock())
            s.flush()
            sync_fees(s, row.id, self.clock)
            return deal_record(row, q.company_name(s, row))

    def _move(self, s: Session, row: Deal, stage_id: int, comment: str, lost_reason_id: int | None,
              lost_reason_text: str, on_hold_until: date | None, at: datetime) -> None:
        target = s.get(Stage, stage_id)
        if target is None or target.kind == StageKind.REMOVED.value:
            raise ValidationFailed([FieldError("stage_id", "not_found", str(stage_id))])
        if target.id == row.stage_id:
            return
        stage = stage_record(target)
        _check_move(stage, lost_reason_id, lost_reason_text, on_hold_until)
        if at < row.stage_entered_at:
            raise ValidationFailed([FieldError("at", "move_before_last")])
        if lost_reason_id is not None and s.get(LostReason, lost_reason_id) is None:
            raise ValidationFailed([FieldError("lost_reason", "not_found")])
        if stage.kind == StageKind.LOST:
            row.lost_reason_id, row.lost_reason_text = lost_reason_id, lost_reason_text.strip()
        if stage.kind == StageKind.ON_HOLD:
            row.on_hold_until = on_hold_until
        s.add(StageChange(deal_id=row.id, from_stage_id=row.stage_id, to_stage_id=target.id,
                          changed_at=at, comment=comment.strip()))
        row.stage_id, row.stage_entered_at, row.updated_at = target.id, at, self.clock()

    @writes(DEALS, COMPANIES)
    def put_back(self, record: DealRecord, *, steps: tuple[NextStepRecord, ...] = (),
                 absent: tuple[int, ...] = ()) -> DealRecord:
        """Make the deal exactly `record` again: undo and redo of a move or a saved edit.

        A stage move is taken back whole (its recorded change goes, days in stage count from
        when the deal entered the old stage again); put back the other way, it is recorded again
        at its original time. The deal form's Save may have touched the next step too: `steps`
        are the deal's steps as they were (text, due day, owner, agreed, done or not; a step
        taken away is there again) and the steps in `absent` are taken away (one the Save added).
        """
        with self.book.session() as s:
            for step in steps:
                item = s.get(NextStep, step.id)
                if item is None or item.deal_id != record.id:
                    raise NotFound(step.id)
                item.text, item.due, item.owner = step.text, step.due, step.owner
                item.agreed, item.done_at, item.deleted_at = step.agreed, step.done_at, None
            for step_id in absent:
                item = find_live(s, NextStep, step_id)
                if item is not None and item.deal_id == record.id:
                    item.deleted_at = self.clock()
            row = get_live(s, Deal, record.id)
            if record.stage_id != row.stage_id:
                last = q.last_stage_change(s, row.id)
                if last is not None and last.from_stage_id == record.stage_id \
                        and last.to_stage_id == row.stage_id:
                    s.delete(last)
                else:
                    s.add(StageChange(deal_id=row.id, from_stage_id=row.stage_id,
                                      to_stage_id=record.stage_id,
                                      changed_at=record.stage_entered_at or self.clock()))
            for key in EDITABLE:
                setattr(row, key, getattr(record, key))
            row.stage_id = record.stage_id
            row.stage_entered_at = record.stage_entered_at or row.stage_entered_at
            row.updated_at = self.clock()
            s.flush()
            sync_fees(s, row.id, self.clock)
            return deal_record(row, q.company_name(s, row))

    @writes(DEALS)
    def delete(self, deal_id: int) -> None:
        with self.book.session() as s:
            get_live(s, Deal, deal_id).deleted_at = self.clock()

    @writes(DEALS)
    def restore(self, deal_id: int) -> None:
        with self.book.session() as s:
            row = get_deleted(s, Deal, deal_id)
            row.deleted_at = None
            if s.get(Stage, row.stage_id).kind == StageKind.REMOVED.value:
                first = next(st for st in load_stages(s) if st.kind == StageKind.OPEN)
                s.add(StageChange(deal_id=row.id, from_stage_id=row.stage_id, to_stage_id=first.id,
                                  changed_at=self.clock(), comment="restored"))
                row.stage_id, row.stage_entered_at = first.id, self.clock()

    # --- next steps
    def next_steps(self, deal_id: int, *, include_done: bool = False) -> list[NextStepRecord]:
        """The deal's open next steps, earliest due first; the first is "the" next step.

        With `include_done`, the done ones follow, most recently done first.
        """
        with self.book.reading() as s:
            steps = load_open_steps(s, [deal_id]).get(deal_id, [])
            if include_done:
                steps += q.done_steps(s, deal_id)
            return steps

    def next_step(self, step_id: int) -> NextStepRecord:
        """One next step (open or done); NotFound when deleted or unknown."""
        with self.book.reading() as s:
            return step_record(get_live(s, NextStep, step_id))

    @writes(DEALS)
    def set_next_step(self, deal_id: int, text: str, due: date | None = None, owner: str = "") -> NextStepRecord:
        """Change the deal's next step (its earliest open one), or add it when there is none."""
        if not text.strip():
            raise ValidationFailed([FieldError("next_step", "required")])
        with self.book.session() as s:
            get_live(s, Deal, deal_id)
            current = load_open_steps(s, [deal_id]).get(deal_id)
            if current:
                row = s.get(NextStep, current[0].id)
            else:
                row = NextStep(deal_id=deal_id, text="", created_at=self.clock())
                s.add(row)
            row.text, row.due, row.owner = text.strip(), due, owner.strip()
            s.flush()
            return step_record(row)

    @writes(DEALS)
    def add_next_step(self, deal_id: int, text: str, due: date | None = None, owner: str = "",
                      agreed: bool = False) -> NextStepRecord:
        """A new step; `agreed` when it was agreed with the customer (else an internal to-do)."""
        if not text.strip():
            raise ValidationFailed([FieldError("next_step", "required")])
        with self.book.session() as s:
            get_live(s, Deal, deal_id)
            row = NextStep(deal_id=deal_id, text=text.strip(), due=due, owner=owner.strip(),
                           agreed=agreed, created_at=self.clock())
            s.add(row)
            s.flush()
            return step_record(row)

    @writes(DEALS)
    def complete_next_step(self, step_id: int, done: bool = True) -> None:
        with self.book.session() as s:
            get_live(s, NextStep, step_id).done_at = self.clock() if done else None

    @writes(DEALS)
    def set_next_step_due(self, step_id: int, due: date | None) -> date | None:
        """Move an open or done step to another day (None: no date); returns the day it had,
        so the move can be undone."""
        if due is not None and not isinstance(due, date):
            raise ValidationFailed([FieldError("due", "date_invalid")])
        with self.book.session() as s:
            row = get_live(s, NextStep, step_id)
            before, row.due = row.due, due
            return before

    @writes(DEALS)
    def update_next_step(self, step_id: int, text: str, due: date | None = None, owner: str = "",
                         agreed: bool | None = None) -> NextStepRecord:
        """Change a next step's text, due date and who does it (and whether it was agreed with
        the customer, unless `agreed` is None)."""
        if not text.strip():
            raise ValidationFailed([FieldError("next_step", "required")])
        with self.book.session() as s:
            row = get_live(s, NextStep, step_id)
            row.text, row.due, row.owner = text.strip(), due, owner.strip()
            if agreed is not None:
                row.agreed = agreed
            s.flush()
            return step_record(row)

    @writes(DEALS)
    def set_next_step_agreed(self, step_id: int, agreed: bool) -> NextStepRecord:
        """Mark a step as agreed with the customer (printed for them) or as an internal to-do."""
        with self.book.session() as s:
            row = get_live(s, NextStep, step_id)
            row.agreed = agreed
            s.flush()
            return step_record(row)

    @writes(DEALS)
    def delete_next_step(self, step_id: int) -> None:
        with self.book.session() as s:
            get_live(s, NextStep, step_id).deleted_at = self.clock()

    @writes(DEALS)
    def restore_next_step(self, step_id: int) -> None:
        with self.book.session() as s:
            row = get_deleted(s, NextStep, step_id)
            get_live(s, Deal, row.deal_id)
            row.deleted_at = None

    # --- planned visits
    @writes(DEALS)
    def plan_visit(self, deal_id: int, planned_at: datetime, place: str = "", goal: str = "",
                   our_attendees: str = "", attendee_contact_ids: tuple[int, ...] = ()) -> VisitRecord:
        """Plan a meeting for a deal; the customer's attendees are contact ids."""
        with self.book.session() as s:
            get_live(s, Deal, deal_id)
            row = Visit(deal_id=deal_id, planned_at=planned_at)
            _fill_visit(s, row, planned_at, place, goal, our_attendees, attendee_contact_ids)
            s.add(row)
            s.flush()
            return visit_record(row)

    @writes(DEALS)
    def update_visit(self, visit_id: int, planned_at: datetime, place: str = "", goal: str = "",
                     our_attendees: str = "", attendee_contact_ids: tuple[int, ...] = ()) -> VisitRecord:
        """Change a planned visit (same fields and rules as `plan_visit`)."""
        with self.book.session() as s:
            row = get_live(s, Visit, visit_id)
            _fill_visit(s, row, planned_at, place, goal, our_attendees, attendee_contact_ids)
            s.flush()
            return visit_record(row)

    @writes(DEALS)
    def cancel_visit(self, visit_id: int) -> None:
        """Call a planned visit off (kept, so `restore_visit` can bring it back)."""
        with self.book.session() as s:
            get_live(s, Visit, visit_id).deleted_at = self.clock()

    @writes(DEALS)
    def restore_visit(self, visit_id: int) -> None:
        with self.book.session() as s:
            row = get_deleted(s, Visit, visit_id)
            get_live(s, Deal, row.deal_id)
            row.deleted_at = None

    def visit(self, visit_id: int) -> VisitRecord:
        """One planned visit; NotFound when cancelled or unknown."""
        with self.book.reading() as s:
            return visit_record(get_live(s, Visit, visit_id))

    def visits(self, deal_id: int) -> list[VisitRecord]:
        with self.book.reading() as s:
            return q.visits_of(s, deal_id)


def _fill_visit(s: Session, row: Visit, planned_at: datetime, place: str, goal: str, our_attendees: str,
                attendee_contact_ids: tuple[int, ...]) -> None:
    """The one place a visit's fields are checked and written (planning and editing)."""
    if not isinstance(planned_at, datetime):
        raise ValidationFailed([FieldError("planned_at", "date_invalid")])
    ids = tuple(dict.fromkeys(attendee_contact_ids))
    if ids:
        if set(ids) - q.live_contact_ids(s, ids):
            raise ValidationFailed([FieldError("attendee_contact_ids", "not_found")])
    row.planned_at = planned_at.replace(second=0, microsecond=0)
    row.place, row.goal, row.our_attendees = place.strip(), goal.strip(), our_attendees.strip()
    row.attendee_contact_ids = ",".join(str(i) for i in ids)


def _check_move(stage: StageRecord, lost_reason_id: int | None, lost_reason_text: str,
                on_hold_until: date | None) -> None:
    if stage.kind == StageKind.LOST and lost_reason_id is None and not lost_reason_text.strip():
        raise ValidationFailed([FieldError("lost_reason", "lost_reason_required")])
    if stage.kind == StageKind.ON_HOLD and on_hold_until is None:
        raise ValidationFailed([FieldError("on_hold_until", "review_date_required")])

