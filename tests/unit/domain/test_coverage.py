"""Each coverage rule, at the stages where it applies and where it does not."""

import pytest

from desktop.domain.coverage import GapCode, coverage_gaps, gap_text, rules_in_force
from desktop.domain.deals import (
    CoverageRuleRecord,
    Influence,
    RoleRecord,
    StageKind,
    StageRecord,
    StakeholderRecord,
    Stance,
)

KEYS = ["lead", "first_call", "discovery", "solution", "proof", "negotiation"]
STAGES = [StageRecord(id=i + 1, key=k, position=i) for i, k in enumerate(KEYS)] + [
    StageRecord(id=7, key="won", position=6, kind=StageKind.WON),
    StageRecord(id=8, key="lost", position=7, kind=StageKind.LOST),
    StageRecord(id=9, key="on_hold", position=8, kind=StageKind.ON_HOLD),
]
S = {s.key: s for s in STAGES}
ROLES = [RoleRecord(1, "user", "User", "使用方", 0), RoleRecord(3, "budget_holder", "Budget holder", "预算方", 2),
         RoleRecord(4, "decision_maker", "Decision-maker", "拍板方", 3), RoleRecord(5, "signer", "Signer", "签字方", 4)]
RULES = [
    CoverageRuleRecord(1, 3, S["solution"].id, False),
    CoverageRuleRecord(2, 4, S["proof"].id, False),
    CoverageRuleRecord(3, 5, S["negotiation"].id, True),
    CoverageRuleRecord(4, 4, S["negotiation"].id, True),
]


def person(pid, *roles, met=True, stance=Stance.SUPPORTER, influence=Influence.MEDIUM):
    return StakeholderRecord(id=pid, name=f"P{pid}", role_ids=roles, met=met, stance=stance, influence=influence)


def codes(stage_key, people):
    return [(g.code, g.role_id) for g in coverage_gaps(S[stage_key], STAGES, people, RULES, ROLES)]


def test_no_one_and_single_threaded():
    assert codes("lead", []) == [(GapCode.NO_ONE, None)]
    assert codes("lead", [person(1, 1)]) == [(GapCode.SINGLE_THREADED, None)]
    assert codes("lead", [person(1, 1), person(2)]) == []


@pytest.mark.parametrize(("stage", "expected_roles"), [
    ("discovery", []),
    ("solution", [3]),
    ("proof", [3, 4]),
    ("negotiation", [3, 4, 5]),
])
def test_role_rules_apply_from_their_stage_on(stage, expected_roles):
    two_users = [person(1, 1), person(2, 1)]
    assert codes(stage, two_users) == [(GapCode.ROLE_MISSING, r) for r in expected_roles]


def test_identified_is_enough_before_negotiation_but_met_is_needed_in_it():
    people = [person(1, 1), person(2, 3, 4, 5, met=False)]
    assert codes("proof", people) == []
    assert codes("negotiation", people) == [(GapCode.ROLE_NOT_MET, 4), (GapCode.ROLE_NOT_MET, 5)]
    people_met = [person(1, 1), person(2, 3, 4, 5, met=True)]
    assert codes("negotiation", people_met) == []


def test_a_high_influence_opponent_is_flagged_and_said_unmet_when_nobody_met_them():
    met = person(2, stance=Stance.OPPONENT, influence=Influence.HIGH)
    unmet = person(3, stance=Stance.OPPONENT, influence=Influence.HIGH, met=False)
    low = person(4, stance=Stance.OPPONENT, influence=Influence.LOW, met=False)
    assert codes("lead", [person(1), met, low]) == [(GapCode.OPPONENT_HIGH, None)]
    assert codes("lead", [person(1), unmet]) == [(GapCode.OPPONENT_HIGH_UNMET, None)]


@pytest.mark.parametrize("closed", ["won", "lost", "on_hold"])
def test_closed_deals_have_no_gaps(closed):
    assert codes(closed, []) == []
    assert rules_in_force(S[closed], STAGES, RULES) == []


def test_gaps_are_worded_in_both_languages():
    gaps = coverage_gaps(S["negotiation"], STAGES, [person(1, 1), StakeholderRecord(id=2, name="李敏", role_ids=(5,))],
                         RULES, ROLES)
    signer = next(g for g in gaps if g.role_id == 5)
    assert gap_text(signer, "zh_CN") == "还没见过签字方（李敏）。"
    assert gap_text(signer, "en") == "Signer (李敏) not met yet."
    missing = next(g for g in gaps if g.code == GapCode.ROLE_MISSING)
    assert gap_text(missing, "en") == "No budget holder identified yet."
    assert gap_text(missing, "zh_CN") == "还没有找到预算方。"
