"""Rules that prepare a visit: materials to bring, questions to ask, the next step to propose.
Plain inputs, phrased results in the document's language. (Coverage gaps: desktop.domain.coverage.)"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from desktop.domain.language import pick
from desktop.domain.note_reading import (
    NoteText,
    fact_unknown,
    filled_count,
    marked_questions,
    pick_library_questions,
    weakest_sections,
)

T = TypeVar("T")


@dataclass(frozen=True)
class RoleRule:
    """From stage position `from_position` on, the role must be identified (and met)."""

    role_key: str
    role_name: str
    from_position: int
    require_met: bool


# Materials by who attends (role keys) and by stage key.
_ROLE_MATERIALS = {
    "budget_holder": ("ROI estimate and payback period on one page", "一页纸投资回报测算（含回收期）"),
    "decision_maker": ("Short executive summary of the proposal", "方案高层摘要（一页）"),
    "signer": ("Draft contract and price sheet", "合同草案和报价单"),
    "evaluator": ("Technical solution and architecture diagram", "技术方案和系统架构图"),
    "user": ("Demo environment with their own sample data", "用客户样例数据准备的演示环境"),
    "gatekeeper": ("Company qualifications and certificates", "公司资质和证书"),
}
_STAGE_MATERIALS = {
    "lead": ("Company introduction", "公司介绍"),
    "first_call": ("First-call deck, printed", "首访演示文稿（打印版）"),
    "discovery": ("Discovery questions and a notebook", "需求诊断问题清单"),
    "solution": ("Proposal tailored to their problems", "针对客户问题的方案书"),
    "proof": ("POC plan with success criteria", "POC 计划和验收标准"),
    "negotiation": ("Price sheet and concession limits", "报价单和让步底线"),
}
_ALWAYS = (("Business cards", "名片"), ("Reference cases from their industry", "同行业客户案例"))


def materials(stage_key: str, role_keys: frozenset[str], language: str) -> tuple[str, ...]:
    items: list[tuple[str, str]] = []
    if stage_key in _STAGE_MATERIALS:
        items.append(_STAGE_MATERIALS[stage_key])
    for key, item in _ROLE_MATERIALS.items():
        if key in role_keys:
            items.append(item)
    items.extend(_ALWAYS)
    return tuple(pick(language, en, zh) for en, zh in items)


# Questions for deal facts the notes do not know yet.
_FACT_QUESTIONS = {
    "budget": ("What budget is set aside for this, and what does it include?",
               "这个项目的预算大概是多少？包含哪些内容？"),
    "timeline": ("By when must this be in place, and what sets that date?",
                 "项目希望什么时候上线？这个时间点是由什么决定的？"),
}
_ROLE_QUESTIONS = {
    "budget_holder": ("Who holds the budget for this, and has it been approved?",
                      "这个项目的预算由谁掌握？预算是否已经批下来？"),
    "decision_maker": ("Who makes the final decision, and what matters most to them?",
                       "最终由谁拍板？他最看重什么？"),
    "signer": ("Who signs the contract, and what does the paper process look like?",
               "合同由谁签字？审批和签约流程是怎样的？"),
}


# Questions that move a deal out of its stage (its milestone), asked at every visit in it.
_STAGE_QUESTIONS = {
    "lead": (("Who else should we talk to about this?", "这件事还应该和谁聊一聊？"),),
    "first_call": (("What would make this project a success for you personally?",
                    "对您个人来说，这个项目怎样才算成功？"),
                   ("How have similar projects been decided here before?",
                    "以前类似的项目是怎么决策的？"),),
    "discovery": (("Which of these problems matters most, and what does it cost today?",
                   "这些问题里哪个最重要？它现在造成多少损失？"),
                  ("Who else feels this problem, and who would oppose a change?",
                   "还有谁受这个问题影响？谁可能反对改变？"),),
    "solution": (("What did the evaluators think of the proposal, and what is missing?",
                  "评估方怎么看这个方案？还缺什么？"),
                 ("What are the steps and dates of the decision from here?",
                  "从现在到决策还有哪些步骤和时间点？"),),
    "proof": (("Which result of the proof of value will the budget holder look at?",
               "预算方会看价值验证的哪项结果？"),
              ("What would stop you from going ahead if the proof succeeds?",
               "如果验证成功，还有什么会阻止项目推进？"),),
    "negotiation": (("Who signs, and what does the paper process need from us?",
                     "由谁签字？合同流程需要我们提供什么？"),
                    ("What would make you sign this month rather than next quarter?",
                     "怎样才能让项目本月签约，而不是拖到下个季度？"),),
}


# How many of the latest notes are read: for the seller's own open questions, and for how well
# each SPIN section is answered.
MARKED_FROM_LATEST = 2
STRENGTH_FROM_LATEST = 3
MAX_QUESTIONS = 10


def questions(
    notes: Sequence[NoteText], library: Mapping[str, Sequence[tuple[str, str]]],
    missing_roles: tuple[str, ...], language: str, stage_key: str = "",
) -> tuple[str, ...]:
    """Questions to ask at the next visit, most specific first.

    `notes` are the deal's call notes, newest first; `library` the seller's question library per
    SPIN section, already in `language`. In order: the questions the seller wrote into the latest
    notes; deal facts still unknown (budget, timeline); committee roles not identified; library
    questions for the weakest SPIN sections; the questions that move the deal out of its stage.
    """
    out = list(marked_questions(notes[:MARKED_FROM_LATEST]))
    out += [pick(language, *_FACT_QUESTIONS[k]) for k in ("budget", "timeline")
            if fact_unknown(notes, k)]
    out += [pick(language, *_ROLE_QUESTIONS[k]) for k in missing_roles if k in _ROLE_QUESTIONS]
    recent = notes[:STRENGTH_FROM_LATEST]
    for section, count in weakest_sections(recent):
        out += pick_library_questions(library.get(section, ()), count,
                                      filled_count(recent, section), out)
    out += [pick(language, en, zh) for en, zh in _STAGE_QUESTIONS.get(stage_key, ())]
    return tuple(dict.fromkeys(out))[:MAX_QUESTIONS]


_PROPOSED = {
    "lead": ("A first working meeting to understand your priorities",
             "一次工作会议，深入了解贵司的重点和优先级"),
    "first_call": ("A half-day discovery workshop with your operations and IT teams",
                   "与贵司业务和 IT 团队开展半天的需求诊断工作坊"),
    "discovery": ("A tailored demo built on your own processes and sample data",
                  "基于贵司流程和样例数据的定制演示"),
    "solution": ("A proof of value on one line or site, with agreed success criteria",
                 "选取一条产线或一个站点做价值验证，事先约定验收标准"),
    # Said to the customer: no committee words such as "budget holder" (who holds it is ours).
    "proof": ("A joint review of the proof-of-value results with your management team",
              "与贵司管理层一起评审价值验证结果"),
    "negotiation": ("Agree the commercial terms and the implementation plan",
                    "确认商务条款和实施计划"),
}


# Stages where the deck is shown at a first meeting; anywhere later (or in a stage the seller
# added) the cover says "working session": calling the third visit a first meeting is wrong.
FIRST_MEETING_STAGES = frozenset({"lead", "first_call"})


def deck_occasion(stage_key: str, language: str) -> str:
    """The meeting the deck is for, as its cover names it, from where the deal is."""
    if stage_key in FIRST_MEETING_STAGES:
        return pick(language, "First meeting", "首次沟通")
    return pick(language, "Working session", "方案沟通")


def proposed_step(stage_key: str, language: str) -> str:
    en, zh = _PROPOSED.get(stage_key, _PROPOSED["first_call"])
    return pick(language, en, zh)


def case_relevance(customer_industry: str, case_industry: str, case_text: str) -> int:
    """How well a reference case fits a customer's industry: 2 the same industry, 1 a related
    one (one name contains the other, "汽车零部件" in "某汽车零部件集团"), 0 none."""
    mine = customer_industry.strip().casefold()
    theirs = case_industry.strip().casefold()
    if not mine:
        return 0
    if mine == theirs:
        return 2
    if (theirs and (mine in theirs or theirs in mine)) or mine in case_text.casefold():
        return 1
    return 0


def pick_cases(customer_industry: str, cases: Sequence[tuple[str, str]],
               limit: int = 3) -> tuple[list[int], bool]:
    """Indexes of the cases to show for a customer, best fit first, and whether they match the
    customer's industry. `cases` are (industry, text) pairs in the seller's order. With no
    matching case, the seller's first cases are shown (the deck then says so)."""
    scored = [(case_relevance(customer_industry, industry, text), i)
              for i, (industry, text) in enumerate(cases)]
    matching = [i for score, i in sorted(scored, key=lambda s: (-s[0], s[1])) if score]
    if matching:
        return matching[:limit], True
    return list(range(min(limit, len(cases)))), False


_TAGS = re.compile(r"^\s*[\[【]([^\]】]*)[\]】]\s*")


def industry_tags(line: str) -> tuple[tuple[str, ...], str]:
    """A profile line's industry tags and the rest: "[制造业, 汽车] 智能排产" → (("制造业", "汽车"),
    "智能排产"). A line without a leading [..] has no tags."""
    match = _TAGS.match(line)
    if not match:
        return (), line.strip()
    tags = tuple(t.strip() for t in re.split(r"[,，、;；/]", match.group(1)) if t.strip())
    return tags, line[match.end():].strip()


def fits_industry(tags: Sequence[str], customer_industry: str) -> bool:
    """An item tagged with industries fits a customer of one of them (or a related one, as for
    cases); an untagged item fits everyone."""
    if not tags:
        return True
    return any(case_relevance(customer_industry, tag, "") for tag in tags)


def for_industry(items: Sequence[T], tags: Callable[[T], Sequence[str]],
                 customer_industry: str) -> list[T]:
    """The items that fit the customer's industry; all of them when none is tagged."""
    if not any(tags(i) for i in items):
        return list(items)
    return [i for i in items if fits_industry(tags(i), customer_industry)]


def pick_tagline(text: str, customer_industry: str) -> str:
    """The tagline for a customer: lines may be tagged "[制造业] …"; the first line fitting the
    customer's industry, preferring a tagged one over an untagged one."""
    lines = [industry_tags(line) for line in (text or "").splitlines() if line.strip()]
    tagged = [rest for tags, rest in lines if tags and fits_industry(tags, customer_industry)]
    plain = [rest for tags, rest in lines if not tags]
    return (tagged or plain or [""])[0]


# Asked on the deck when almost nothing is known yet: one slide instead of placeholders.
_TODAY_QUESTIONS = (
    ("How do your operations run today, and what started this project?",
     "贵司目前的运营是怎样的？是什么促成了这个项目？"),
    ("Which problems matter most, and what do they cost you?",
     "哪些问题最重要？它们带来了多大的代价？"),
    ("What outcome would make this project a success for you?",
     "项目达成什么成果，您会认为是成功的？"),
    ("Who else should take part, and how will the decision be made?",
     "还有哪些同事需要参与？项目将如何决策？"),
)


def questions_for_today(language: str) -> tuple[str, ...]:
    return tuple(pick(language, en, zh) for en, zh in _TODAY_QUESTIONS)


_PROGRESS = {
    "lead": ("Learn who started this, the budget and the timeline", "了解谁发起了项目、预算和时间线"),
    "first_call": ("Learn who started this, the budget and the timeline",
                   "了解谁发起了项目、预算和时间线"),
    "discovery": ("Learn the decision process and its dates", "了解决策流程和时间节点"),
    "solution": ("Hear what the evaluators think of the proposal", "听取评估方对方案的意见"),
    "proof": ("Agree the success criteria of the proof of value", "对齐价值验证的验收标准"),
    "negotiation": ("Learn what still stands between us and the signature",
                    "弄清签约前还剩哪些障碍"),
}
_PRESENT = {
    "lead": ("Introduce us briefly; listen more than talk", "简要介绍我们，多听少讲"),
    "first_call": ("Introduce us briefly; listen more than talk", "简要介绍我们，多听少讲"),
    "discovery": ("Show a short demo on their own process", "用他们自己的流程做简短演示"),
    "solution": ("Present the proposal to each role's concerns", "按每个角色的关注点讲解方案"),
    "proof": ("Walk through the proof results with the numbers", "用数字讲解验证结果"),
    "negotiation": ("Negotiate the terms within the concession limits", "在让步底线内谈判商务条款"),
}


def visit_purpose(stage_key: str, known: frozenset[str], gaps: Sequence[str],
                  unmet: Sequence[str], proposed: str, language: str) -> tuple[str, ...]:
    """The six things (to-b-business-guide @6849) worded for this visit: what is still unknown
    of the need, what this stage must learn and show, who to get to know, the step to propose.

    `known` are the SPIN keys answered so far, `gaps` the coverage gaps' text, `unmet` the
    attendees not met yet."""
    sep = pick(language, ", ", "、")
    if not {"problem", "implication"} <= known:
        need = pick(language, "Find the real need: the biggest problem and what it costs",
                  "找到真实需求：最痛的问题是什么、代价多大")
    else:
        need = pick(language, "Check the known problems and their cost still hold",
                  "核实已知的问题和代价是否仍然成立")
    progress = pick(language, *_PROGRESS.get(stage_key, _PROGRESS["discovery"]))
    if gaps:
        people = pick(language, "Close the gap: ", "补齐决策链：") + gaps[0]
    elif unmet:
        people = pick(language, "Get to know ", "认识") + sep.join(unmet[:3]) + pick(
            language, ": their role and concerns", "，弄清其角色和关注点")
    else:
        people = pick(language, "Check each attendee's concerns have not changed",
                    "确认每位参会人的关注点有无变化")
    present = pick(language, *_PRESENT.get(stage_key, _PRESENT["discovery"]))
    feedback = pick(language, "Write down their feedback in their words", "用客户的原话记录反馈")
    close = pick(language, "Propose: ", "提议：") + proposed + pick(
        language, "; send the minutes", "；会后发送会议纪要")
    return (need, progress, people, present, feedback, close)
