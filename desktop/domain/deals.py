"""Deals, stages and the buying committee as plain records, with the pipeline's pure rules.

A deal's status is its stage's kind (open, won, lost, on hold): there is no separate column.
"Days in stage" counts from entering the current stage, never from the deal's creation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.language import NamedInBothLanguages, pick


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"
    ON_HOLD = "on_hold"
    REMOVED = "removed"  # taken out of the pipeline but kept so old stage history still reads


class Stance(StrEnum):
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    OPPONENT = "opponent"
    UNKNOWN = "unknown"


class Influence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class StageRecord(NamedInBothLanguages):
    id: int | None = None
    key: str = ""
    name_en: str = ""
    name_zh: str = ""
    milestone_en: str = ""
    milestone_zh: str = ""
    position: int = 0
    probability: int = 0
    stale_after_days: int | None = None
    kind: StageKind = StageKind.OPEN
    commit: bool = False  # counts as Commit in the forecast (Settings → Pipeline)

    def milestone(self, language: str) -> str:
        return pick(language, self.milestone_en, self.milestone_zh)


@dataclass(frozen=True)
class RoleRecord(NamedInBothLanguages):
    """A buying role (user, evaluator, budget holder, decision-maker, signer, coach, gatekeeper)."""

    id: int | None = None
    key: str = ""
    name_en: str = ""
    name_zh: str = ""
    position: int = 0


@dataclass(frozen=True)
class LostReasonRecord(NamedInBothLanguages):
    id: int | None = None
    name_en: str = ""
    name_zh: str = ""
    position: int = 0


@dataclass(frozen=True)
class CoverageRuleRecord:
    """From the stage `from_stage_id` on, someone with `role_id` must be known (and met)."""

    id: int | None = None
    role_id: int = 0
    from_stage_id: int = 0
    require_met: bool = False


@dataclass(frozen=True)
class PipelineSnapshot:
    """The whole pipeline as stored, to put back on undo: every stage (removed ones too), role,
    lost reason and coverage rule, and each deal's lost reason as (deal id, reason id, text)
    (removing a reason writes its words into the deals lost for it)."""

    stages: tuple[StageRecord, ...]
    roles: tuple[RoleRecord, ...]
    lost_reasons: tuple[LostReasonRecord, ...]
    rules: tuple[CoverageRuleRecord, ...]
    lost_deals: tuple[tuple[int, int | None, str], ...] = ()


@dataclass(frozen=True)
class DealRecord:
    """A deal as the seller edits it."""

    id: int | None = None
    company_id: int | None = None
    company_name: str = ""
    title: str = ""
    amount: int | None = None
    currency: str = "CNY"
    expected_close: date | None = None
    lead_source: str = ""
    stage_id: int | None = None
    stage_entered_at: datetime | None = None
    probability_override: int | None = None
    lost_reason_id: int | None = None
    lost_reason_text: str = ""
    on_hold_until: date | None = None
    competitors: str = ""
    remarks: str = ""
    referrer_id: int | None = None
    referred_on: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class StakeholderRecord:
    """A person in a deal's buying committee; `role_ids` may hold several roles."""

    id: int | None = None
    deal_id: int | None = None
    contact_id: int | None = None
    name: str = ""
    title: str = ""
    department: str = ""
    role_ids: tuple[int, ...] = ()
    stance: Stance = Stance.UNKNOWN
    influence: Influence = Influence.MEDIUM
    met: bool = False
    last_met: date | None = None
    cares_about: str = ""
    personal_interests: str = ""
    competitor_backed: str = ""
    how_to_talk: str = ""
    position: int = 0


@dataclass(frozen=True)
class StageChangeRecord:
    id: int
    deal_id: int
    from_stage_id: int | None
    to_stage_id: int
    changed_at: datetime
    comment: str = ""
    days_in_previous: int | None = None  # how long the deal stayed in the stage it left


@dataclass(frozen=True)
class NextStepRecord:
    """Something to happen next, with who and by when; from a call note or the deal.

    `agreed`: agreed with the customer, so the deck and the minutes may show it. A new step is
    the seller's own (internal) to-do until ticked: an internal step in front of the customer is
    the worse mistake than an agreed one missing from the minutes.
    """

    id: int | None = None
    deal_id: int | None = None
    text: str = ""
    owner: str = ""
    due: date | None = None
    done_at: datetime | None = None
    note_id: int | None = None
    agreed: bool = False


@dataclass(frozen=True)
class StepEdit:
    """The deal form's next-step line as the seller left it: the step it showed (None when the
    deal had none), and its text, due day and whether it was agreed with the customer."""

    shown: NextStepRecord | None
    text: str
    due: date | None = None
    agreed: bool = False

    def action(self, still_there: bool) -> str:
        """What saving the form does to the steps: "" (nothing: untouched, so steps added or
        done meanwhile in the Next steps tab are kept), "add", "update" or "complete".
        `still_there`: the shown step is still in the book (a step deleted meanwhile is added
        again when the line has text)."""
        text, shown = self.text.strip(), self.shown
        if shown is not None and (text, self.due, self.agreed) == (shown.text, shown.due, shown.agreed):
            return ""
        if shown is None or not still_there:
            return "add" if text else ""
        return "update" if text else "complete"


@dataclass(frozen=True)
class VisitRecord:
    id: int | None = None
    deal_id: int | None = None
    planned_at: datetime | None = None
    place: str = ""
    goal: str = ""
    our_attendees: str = ""
    attendee_contact_ids: tuple[int, ...] = ()


# --- rules --------------------------------------------------------------------------------------
def days_in_stage(entered_at: datetime | date, today: date) -> int:
    """Whole days since the deal entered its current stage (0 on the day it entered)."""
    entered = entered_at.date() if isinstance(entered_at, datetime) else entered_at
    return max(0, (today - entered).days)


def is_stale(stage: StageRecord, days: int) -> bool:
    """Stale when an open stage's limit has passed; won, lost and on-hold deals never go stale."""
    return (
        stage.kind == StageKind.OPEN
        and stage.stale_after_days is not None
        and days > stage.stale_after_days
    )


def effective_probability(deal: DealRecord, stage: StageRecord) -> int:
    """The deal's own probability when the seller set one, else its stage's."""
    if stage.kind == StageKind.WON:
        return 100
    if stage.kind == StageKind.LOST:
        return 0
    return deal.probability_override if deal.probability_override is not None else stage.probability


def weighted_amount(deal: DealRecord, stage: StageRecord) -> float:
    return (deal.amount or 0) * effective_probability(deal, stage) / 100


def is_overdue(step: NextStepRecord | None, today: date) -> bool:
    return step is not None and step.done_at is None and step.due is not None and step.due < today


def late_stage_ids(stages: list[StageRecord]) -> set[int]:
    """The later half of the open stages: where a gap in the committee costs most."""
    open_stages = sorted((s for s in stages if s.kind == StageKind.OPEN), key=lambda s: s.position)
    half = len(open_stages) // 2
    return {s.id for s in open_stages[half:] if s.id is not None}


def board_pages(columns: list[tuple[int, int, bool]],
                matching: list[tuple[int, int, int | None, str, int]],
                ) -> dict[int, tuple[list[int], tuple[int, int, float]]]:
    """The board's columns from the deals a filter matched, (stage id, id, amount, stage
    entered at as stored, probability) each: for each column (stage id, cards, open stage?) the
    ids of its first cards — an open stage's largest first, a closed one's latest — and the
    totals of every match in the stage (count, amount, weighted by probability when open, else
    0), as the book's own stage_page and stage_total give them without a filter."""
    by_stage: dict[int, list[tuple[int, int, int | None, str, int]]] = {}
    for row in matching:
        by_stage.setdefault(row[0], []).append(row)
    pages: dict[int, tuple[list[int], tuple[int, int, float]]] = {}
    for stage_id, limit, open_stage in columns:
        rows = by_stage.get(stage_id, [])
        if open_stage:
            rows.sort(key=lambda r: (-(r[2] or 0), r[1]))
        else:
            rows.sort(key=lambda r: (r[3], r[1]), reverse=True)
        weighted = sum((r[2] or 0) * r[4] for r in rows) / 100 if open_stage else 0.0
        pages[stage_id] = ([r[1] for r in rows[:limit]],
                           (len(rows), sum(r[2] or 0 for r in rows), weighted))
    return pages
