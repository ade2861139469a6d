"""Coverage of the buying committee: which people and roles a deal is missing at its stage.

Gaps are plain data (a code and its parameters) so the app, the CLI and printed documents word
them the same way; `gap_text(gap, language)` gives the bilingual sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.deals import (
    CoverageRuleRecord,
    Influence,
    RoleRecord,
    StageKind,
    StageRecord,
    StakeholderRecord,
    Stance,
)
from desktop.domain.language import is_chinese, pick
from desktop.domain.wording import join_sentences


class GapCode(StrEnum):
    NO_ONE = "no_one"  # nobody in the committee yet
    SINGLE_THREADED = "single_threaded"  # only one person
    ROLE_MISSING = "role_missing"  # a rule's role is held by nobody
    ROLE_NOT_MET = "role_not_met"  # the role is known but nobody holding it was met
    OPPONENT_HIGH = "opponent_high"  # a high-influence opponent (met)
    OPPONENT_HIGH_UNMET = "opponent_high_unmet"  # ... whom nobody has met


@dataclass(frozen=True)
class CoverageGap:
    code: GapCode
    role_id: int | None = None
    role_en: str = ""
    role_zh: str = ""
    person: str = ""
    stakeholder_id: int | None = None


def rules_from(
    position: int, stages: Iterable[StageRecord], rules: Iterable[CoverageRuleRecord]
) -> list[CoverageRuleRecord]:
    """Rules whose starting stage is at or before stage position `position`, in the order they
    start (their stage's position, then the rule)."""
    at = {s.id: s.position for s in stages}
    found = [r for r in rules if r.from_stage_id in at and at[r.from_stage_id] <= position]
    return sorted(found, key=lambda r: (at[r.from_stage_id], r.id or 0))


def rules_in_force(
    stage: StageRecord, stages: Iterable[StageRecord], rules: Iterable[CoverageRuleRecord]
) -> list[CoverageRuleRecord]:
    """Rules whose starting stage is at or before `stage` (by position); only for open stages."""
    if stage.kind != StageKind.OPEN:
        return []
    return rules_from(stage.position, stages, rules)


def held_by_nobody(role_id: int, people: Iterable[StakeholderRecord]) -> bool:
    """The missing-role rule: nobody in the committee holds the role."""
    return not any(role_id in p.role_ids for p in people)


def missing_role_keys(
    position: int,
    stages: Iterable[StageRecord],
    stakeholders: Iterable[StakeholderRecord],
    rules: Iterable[CoverageRuleRecord],
    roles: Iterable[RoleRecord],
) -> tuple[str, ...]:
    """Keys of the roles a rule asks for from stage position `position` on that nobody holds,
    each once, in the order the rules start (the visit brief asks about them, whatever the
    deal's status; `coverage_gaps` words the same rule as ROLE_MISSING for open deals)."""
    people = list(stakeholders)
    key = {r.id: r.key for r in roles}
    return tuple(dict.fromkeys(
        key[r.role_id] for r in rules_from(position, stages, rules)
        if r.role_id in key and held_by_nobody(r.role_id, people)
    ))


def coverage_gaps(
    stage: StageRecord,
    stages: Iterable[StageRecord],
    stakeholders: Iterable[StakeholderRecord],
    rules: Iterable[CoverageRuleRecord],
    roles: Iterable[RoleRecord],
) -> list[CoverageGap]:
    """What the committee lacks at `stage`. Won, lost and on-hold deals have no gaps."""
    if stage.kind != StageKind.OPEN:
        return []
    people = list(stakeholders)
    role_by_id = {r.id: r for r in roles}
    gaps: list[CoverageGap] = []
    if not people:
        gaps.append(CoverageGap(GapCode.NO_ONE))
    elif len(people) == 1:
        gaps.append(CoverageGap(GapCode.SINGLE_THREADED, person=people[0].name,
                                stakeholder_id=people[0].id))
    # A role may appear in several rules (identify from one stage, meet from a later one):
    # the strictest rule in force decides.
    need_met: dict[int, bool] = {}
    for rule in rules_in_force(stage, stages, rules):
        need_met[rule.role_id] = need_met.get(rule.role_id, False) or rule.require_met
    for role_id in sorted(need_met, key=lambda rid: role_by_id[rid].position if rid in role_by_id else 0):
        role = role_by_id.get(role_id)
        if role is None:
            continue
        holders = [p for p in people if role_id in p.role_ids]
        if held_by_nobody(role_id, people):
            gaps.append(CoverageGap(GapCode.ROLE_MISSING, role_id, role.name_en, role.name_zh))
        elif need_met[role_id] and not any(p.met for p in holders):
            gaps.append(CoverageGap(GapCode.ROLE_NOT_MET, role_id, role.name_en, role.name_zh,
                                    person=", ".join(p.name for p in holders)))
    for p in people:
        if p.stance == Stance.OPPONENT and p.influence == Influence.HIGH:
            code = GapCode.OPPONENT_HIGH if p.met else GapCode.OPPONENT_HIGH_UNMET
            gaps.append(CoverageGap(code, person=p.name, stakeholder_id=p.id))
    return gaps


_TEXTS: dict[GapCode, tuple[str, str]] = {
    GapCode.NO_ONE: (
        "Nobody from the customer is in the buying committee yet.",
        "决策小组里还没有客户方的人。",
    ),
    GapCode.SINGLE_THREADED: (
        "Single-threaded: {person} is the only person you know here.",
        "单线联系：只认识{person}一个人。",
    ),
    GapCode.ROLE_MISSING: (
        "No {role} identified yet.",
        "还没有找到{role}。",
    ),
    GapCode.ROLE_NOT_MET: (
        "{role} ({person}) not met yet.",
        "还没见过{role}（{person}）。",
    ),
    GapCode.OPPONENT_HIGH: (
        "{person} opposes you and has high influence.",
        "{person}持反对态度，且影响力大。",
    ),
    GapCode.OPPONENT_HIGH_UNMET: (
        "{person} opposes you, has high influence, and nobody has met them.",
        "{person}持反对态度、影响力大，而且还没见过。",
    ),
}


def gap_text(gap: CoverageGap, language: str) -> str:
    """The gap in plain words, in "zh_CN" or "en"."""
    en, zh = _TEXTS[gap.code]
    role = pick(language, gap.role_en, gap.role_zh)
    if is_chinese(language):
        return zh.format(role=role, person=gap.person)
    text = en.format(role=role.lower(), person=gap.person)
    return text[0].upper() + text[1:]


def gaps_text(gaps: Iterable[CoverageGap], language: str) -> str:
    """Several gaps as one run of sentences, joined as `language` writes them."""
    return join_sentences((gap_text(g, language) for g in gaps), language)
