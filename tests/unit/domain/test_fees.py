"""When partners' fees fall due, without a database (domain/fees.py)."""

from __future__ import annotations

from datetime import date

from desktop.domain.deals import StageKind, StageRecord
from desktop.domain.fees import DealState, Move, Policy, accepted_on, fees_due, lead_stage_id, won_on

STAGES = [
    StageRecord(id=1, key="lead", position=0, kind=StageKind.OPEN),
    StageRecord(id=2, key="discovery", position=1, kind=StageKind.OPEN),
    StageRecord(id=3, key="won", position=5, kind=StageKind.WON),
    StageRecord(id=4, key="lost", position=6, kind=StageKind.LOST),
]
BY_ID = {s.id: s for s in STAGES}
FIXED = Policy("fixed", 5000, "percent", 10)


def test_the_lead_stage_is_the_one_keyed_lead_else_the_first():
    assert lead_stage_id(STAGES) == 1
    assert lead_stage_id([StageRecord(id=7, key="x", position=3), StageRecord(id=8, key="y", position=1)]) == 8
    assert lead_stage_id([]) is None


def test_a_lead_dropped_straight_to_lost_was_never_accepted():
    deal = DealState(stage_id=4, entered_on=date(2026, 10, 2), amount=100_000)
    history = [Move(1, date(2026, 10, 1)), Move(4, date(2026, 10, 2))]
    assert accepted_on(deal, history, BY_ID, 1) is None
    assert fees_due(deal, FIXED, history, STAGES) == {}


def test_the_finder_fee_is_due_from_acceptance_and_stays_when_lost():
    deal = DealState(stage_id=4, entered_on=date(2026, 11, 1), amount=100_000)
    history = [Move(1, date(2026, 10, 1)), Move(2, date(2026, 10, 5)), Move(4, date(2026, 11, 1))]
    assert fees_due(deal, FIXED, history, STAGES) == {"finder": (5000, date(2026, 10, 5))}


def test_the_success_fee_is_due_from_the_last_win_on_the_amount():
    deal = DealState(stage_id=3, entered_on=date(2026, 11, 9), amount=200_000)
    history = [Move(2, date(2026, 10, 5)), Move(3, date(2026, 11, 1)), Move(2, date(2026, 11, 3)),
               Move(3, date(2026, 11, 9))]
    assert won_on(deal, history, BY_ID) == date(2026, 11, 9)
    assert fees_due(deal, FIXED, history, STAGES)["success"] == (20_000, date(2026, 11, 9))


def test_a_deal_written_without_history_counts_from_its_stage_entry():
    deal = DealState(stage_id=3, entered_on=date(2026, 9, 1), amount=50_000)
    assert accepted_on(deal, [], BY_ID, 1) == date(2026, 9, 1)
    assert won_on(deal, [], BY_ID) == date(2026, 9, 1)


def test_on_collection_the_success_fee_is_what_the_money_received_earned():
    policy = Policy("none", 0, "percent", 10, success_on="collection")
    deal = DealState(stage_id=3, entered_on=date(2026, 11, 9), amount=200_000)
    history = [Move(3, date(2026, 11, 9))]
    assert fees_due(deal, policy, history, STAGES) == {}
    assert fees_due(deal, policy, history, STAGES, (6_000, date(2026, 11, 20))) == {
        "success": (6_000, date(2026, 11, 20))}
