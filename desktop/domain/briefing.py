"""What the printed documents are made of: the visit brief (internal) and the first-call deck
(customer-facing), as plain frozen data already in the document's language.

`DeckData` is customer-safe by construction: it has no field that could hold a stance, an
influence, personal interests, how to talk to someone, internal notes, risks, competitors or a
lost reason. What the deck can show is decided here, by what these classes can carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.language import pick

# The six things a visit must achieve (to-b-business-guide @6849).
SIX_THINGS = (
    ("Find the real need", "找到真实需求"),
    ("Learn where the project stands", "了解项目进展"),
    ("Know each attendee's role and concerns", "弄清每位参会人的角色和关注点"),
    ("Present, demo or negotiate as fits the stage and role", "按阶段和角色介绍、演示或谈判"),
    ("Record the feedback", "记录客户反馈"),
    ("Confirm next steps and send the minutes", "确认下一步并发送会议纪要"),
)


def six_things(language: str) -> tuple[str, ...]:
    return tuple(pick(language, en, zh) for en, zh in SIX_THINGS)


# --- the visit brief (internal) ----------------------------------------------------------------
@dataclass(frozen=True)
class Person:
    """Someone at the meeting: a name and, for the customer's side, their roles on the deal."""

    name: str
    title: str = ""
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class BriefHeader:
    customer: str
    deal_title: str
    stage: str
    days_in_stage: int
    tier: str
    amount: int | None
    currency: str
    expected_close: date | None
    lead_source: str
    referrer: str
    visit_at: datetime | None
    place: str
    our_side: tuple[str, ...]
    their_side: tuple[Person, ...]
    goal: str


@dataclass(frozen=True)
class CustomerSnapshot:
    industry: str = ""
    region: str = ""
    size: str = ""
    annual_revenue: str = ""
    address: str = ""
    website: str = ""
    remarks: str = ""


@dataclass(frozen=True)
class AttendeeCard:
    name: str
    title: str
    department: str
    roles: tuple[str, ...]
    stance: str  # supporter | neutral | opponent | unknown
    influence: str  # high | medium | low
    met: bool
    last_met: date | None
    cares_about: str
    personal_interests: str
    how_to_talk: str
    competitor_backed: str


@dataclass(frozen=True)
class SpinAnswer:
    """The latest answer to one SPIN section, with the day it was recorded."""

    key: str  # situation | problem | implication | need_payoff
    text: str
    on: date | None


@dataclass(frozen=True)
class OpenStep:
    text: str
    owner: str
    due: date | None
    overdue: bool
    agreed: bool = False  # agreed with the customer; else the seller's own to-do


@dataclass(frozen=True)
class CommitteeRow:
    """One member of the buying committee in the brief's compact table."""

    name: str
    title: str
    roles: tuple[str, ...]
    stance: str
    influence: str
    met: bool
    attending: bool


@dataclass(frozen=True)
class LastMeeting:
    """The latest call note, summed up: when, how, who, the points and the agreed steps."""

    on: date
    kind: str
    attendees: tuple[str, ...]
    goal: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class PreparedAnswer:
    """A likely objection and the answer prepared for it (from the objection library)."""

    objection: str
    answer: str


@dataclass(frozen=True)
class VisitBriefData:
    language: str
    header: BriefHeader
    snapshot: CustomerSnapshot
    attendees: tuple[AttendeeCard, ...]
    gaps: tuple[str, ...]
    spin: tuple[SpinAnswer, ...]
    objectives: tuple[str, ...]
    checklist: tuple[str, ...]  # the six things
    questions: tuple[str, ...]
    competitors: tuple[str, ...]
    objections: tuple[str, ...]
    steps: tuple[OpenStep, ...]
    materials: tuple[str, ...]
    printed_on: date
    committee: tuple[CommitteeRow, ...] = ()
    budget: str = ""
    timeline: str = ""
    strategy: tuple[str, ...] = ()  # the deal's notes and the latest internal notes
    last_meeting: LastMeeting | None = None
    answers: tuple[PreparedAnswer, ...] = ()


# --- the seller's profile and the first-call deck (customer-facing) ----------------------------
@dataclass(frozen=True)
class Solution:
    name: str
    description: str = ""
    industries: tuple[str, ...] = ()  # shown only to customers of these industries (none: all)


@dataclass(frozen=True)
class SellerCaseRecord:
    id: int | None
    language: str
    industry: str
    customer: str
    title: str
    challenge: str = ""
    solution: str = ""
    result: str = ""
    position: int = 0


@dataclass(frozen=True)
class SellerProfileRecord:
    """What the seller says about their company, in one language (zh_CN or en)."""

    language: str
    company_name: str = ""
    tagline: str = ""
    about: str = ""
    solutions: tuple[Solution, ...] = ()
    value_statements: tuple[str, ...] = ()
    seller_name: str = ""
    seller_title: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    wechat_qr_text: str = ""
    website: str = ""
    address: str = ""
    logo: bytes | None = None
    qr_image: bytes | None = None
    cases: tuple[SellerCaseRecord, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.company_name or self.seller_name)


@dataclass(frozen=True)
class DeckCase:
    customer: str
    industry: str
    title: str
    challenge: str
    solution: str
    result: str


@dataclass(frozen=True)
class DeckStep:
    text: str
    due: date | None


@dataclass(frozen=True)
class DeckData:
    """Everything the first-call deck may show. Customer-safe fields only."""

    language: str
    customer: str
    industry: str
    region: str
    size: str
    deal_title: str
    presented_on: date
    business: tuple[str, ...]  # what we understood of the customer's situation
    challenges: tuple[str, ...]  # problems, in the customer's words
    costs: tuple[str, ...]  # what the problems cost (implications)
    outcomes: tuple[str, ...]  # the value they want (need-payoff)
    solutions: tuple[Solution, ...]
    value_statements: tuple[str, ...]
    cases: tuple[DeckCase, ...]
    cases_match_industry: bool
    proposed_step: str
    agreed_steps: tuple[DeckStep, ...]
    seller_company: str
    seller_tagline: str
    seller_about: str
    seller_name: str
    seller_title: str
    phone: str
    email: str
    wechat: str
    wechat_qr_text: str
    website: str
    address: str
    logo: bytes | None
    qr_image: bytes | None
    occasion: str = ""  # the cover's label for the meeting: "首次沟通" early on, "方案沟通" later
    # What the customer said that names a person, left off the slides (NAMES_PERSON): the
    # preview lists it and the seller may choose to show it (BriefingService.deck(include=…)).
    withheld: tuple[LeftOut, ...] = ()


def split_lines(text: str) -> tuple[str, ...]:
    """The non-empty lines of a text typed by the seller, bullets and numbering removed."""
    out = []
    for line in (text or "").splitlines():
        line = line.strip().lstrip("-•·*●○").strip()
        if line:
            out.append(line)
    return tuple(out)


# --- what a document left out ---------------------------------------------------------------------
CUT = "cut"  # shortened at a line limit, ending in "…"
NO_ROOM = "no_room"  # more than the slides hold: not shown at all
NAMES_PERSON = "names_person"  # about a named person: kept off the customer's slides unless chosen

# The deck's sections for what the customer said (as the preview names them).
SPIN_SECTIONS: dict[str, tuple[str, str]] = {
    "situation": ("Your business", "您的业务"),
    "problem": ("Your challenges", "您面临的挑战"),
    "implication": ("What they cost", "挑战的代价"),
    "need_payoff": ("What you want to achieve", "您希望达到的目标"),
}


@dataclass(frozen=True)
class LeftOut:
    """Something a document did not print in full, and why: the preview tells the seller.

    `section` is where it belongs as the reader sees it (a slide's title), `text` what the seller
    typed, `shown` what was printed instead ("" when nothing was)."""

    section: str
    text: str
    reason: str  # CUT | NO_ROOM (other features add their own reasons)
    shown: str = ""


@dataclass(frozen=True)
class RenderedDocument:
    """A document's PDF and what it left out."""

    pdf: bytes
    left_out: tuple[LeftOut, ...] = ()


SOLUTION_SEPARATORS = ("：", ":", " — ", " - ")


def parse_solutions(text: str) -> tuple[Solution, ...]:
    """Lines "name：description" (or "name: description") as solutions; a line may start with
    the industries it is for: "[制造业, 汽车] name：description"."""
    from desktop.domain.visit_prep import industry_tags

    out = []
    for line in split_lines(text):
        tags, line = industry_tags(line)
        for sep in SOLUTION_SEPARATORS:
            if sep in line:
                name, description = line.split(sep, 1)
                out.append(Solution(name.strip(), description.strip(), tags))
                break
        else:
            out.append(Solution(line, "", tags))
    return tuple(out)


def format_solutions(solutions: tuple[Solution, ...], language: str) -> str:
    sep = pick(language, ": ", "：")
    comma = pick(language, ", ", "，")
    return "\n".join((f"[{comma.join(s.industries)}] " if s.industries else "")
                     + (f"{s.name}{sep}{s.description}" if s.description else s.name)
                     for s in solutions)
