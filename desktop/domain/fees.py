"""When a partner's fees fall due: pure rules over a deal's stages and history.

The finder's fee is due once the deal was accepted (it stood in an open stage after Lead, or was
won; a lead dropped straight to Lost or On hold was never accepted). The success fee is due from
the day the deal was (last) won, or — when the partner's success fee follows the money — from the
last payment, on the share collected. `services/fees.py` reads the rows and applies the result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.deals import StageKind, StageRecord
from desktop.domain.partners import FeeKind, fee_amount

ON_COLLECTION = "collection"
ACCEPTED_KINDS = (StageKind.OPEN, StageKind.WON)


@dataclass(frozen=True)
class Move:
    """A recorded stage change: the stage moved into and the day it happened."""

    to_stage_id: int
    on: date


@dataclass(frozen=True)
class DealState:
    """What the fee rules need of a deal: its stage, when it entered it, its amount."""

    stage_id: int
    entered_on: date
    amount: int | None


@dataclass(frozen=True)
class Policy:
    """A partner's commission policy (kinds are none / fixed / percent)."""

    finder_kind: str
    finder_value: float
    success_kind: str
    success_value: float
    success_on: str = "signing"

    @property
    def follows_money(self) -> bool:
        return self.success_on == ON_COLLECTION


def lead_stage_id(stages: Sequence[StageRecord]) -> int | None:
    """The pipeline's Lead stage: the one keyed 'lead', else the first stage."""
    for st in stages:
        if st.key == "lead":
            return st.id
    ordered = sorted(stages, key=lambda st: st.position)
    return ordered[0].id if ordered else None


def accepted_on(deal: DealState, history: Sequence[Move], stages: Mapping[int, StageRecord],
                lead_id: int | None) -> date | None:
    """The day the deal first stood in an accepted stage (open after Lead, or won)."""

    def accepted(stage_id: int) -> bool:
        st = stages.get(stage_id)
        return st is not None and stage_id != lead_id and st.kind in ACCEPTED_KINDS

    for move in history:
        if accepted(move.to_stage_id):
            return move.on
    if not history and accepted(deal.stage_id):  # a deal written without history
        return deal.entered_on
    return None


def won_on(deal: DealState, history: Sequence[Move], stages: Mapping[int, StageRecord]) -> date | None:
    """The day of the latest move into the current (won) stage; None when not won."""
    current = stages.get(deal.stage_id)
    if current is None or current.kind != StageKind.WON:
        return None
    for move in reversed(history):
        if move.to_stage_id == deal.stage_id:
            return move.on
    return deal.entered_on


def fees_due(deal: DealState, policy: Policy, history: Sequence[Move], stages: Sequence[StageRecord],
             collected: tuple[int, date] | None = None) -> dict[str, tuple[int, date]]:
    """kind → (amount, due since) of the fees the deal's referrer is owed now. `collected` is the
    success fee earned by the money received so far and the day of the last payment (used when
    the policy follows the money)."""
    by_id = {st.id: st for st in stages}
    found: dict[str, tuple[int, date]] = {}
    accepted = accepted_on(deal, history, by_id, lead_stage_id(stages))
    amount = fee_amount(policy.finder_kind, policy.finder_value, deal.amount)
    if accepted is not None and amount is not None:
        found[FeeKind.FINDER.value] = (amount, accepted)
    if policy.follows_money:
        if collected is not None:
            found[FeeKind.SUCCESS.value] = collected
        return found
    won = won_on(deal, history, by_id)
    amount = fee_amount(policy.success_kind, policy.success_value, deal.amount)
    if won is not None and amount is not None:
        found[FeeKind.SUCCESS.value] = (amount, won)
    return found
