"""The book's tables (SQLModel). Every feature's tables live here so the schema reads in one place.

Conventions: integer ids; `created_at`/`updated_at` local times; `deleted_at` marks a row the
seller deleted (kept so Ctrl+Z can bring it back; queries skip such rows); money in whole units
of `currency` (¥ by default); lists typed by the seller (tags) as comma-joined text.
"""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime as datetime  # noqa: N813 — local wall-clock times, stored without a zone
from sqlmodel import Field, SQLModel


# --- companies and contacts -------------------------------------------------------------------
class Company(SQLModel, table=True):
    __tablename__ = "company"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    industry: str = ""
    region: str = ""
    size: str = ""
    annual_revenue: str = ""
    tier: str = ""
    website: str = ""
    address: str = ""
    lead_source: str = ""
    remarks: str = ""  # the seller's own free text
    tags: str = ""
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = Field(default=None, index=True)


class Contact(SQLModel, table=True):
    __tablename__ = "contact"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    name_alt: str = ""  # pinyin or English name
    company_id: int | None = Field(default=None, foreign_key="company.id", index=True)
    title: str = ""
    department: str = ""
    mobile: str = ""  # E.164, e.g. +8613812345678
    other_phone: str = ""  # E.164 when it parses, else as typed
    phone_digits: str = Field(default="", index=True)  # national digits of both phones, for search
    email: str = Field(default="", index=True)
    wechat: str = ""
    qq: str = ""
    remarks: str = ""  # the seller's own free text
    tags: str = ""
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = Field(default=None, index=True)


# --- pipeline ---------------------------------------------------------------------------------
class Stage(SQLModel, table=True):
    """A step of the seller's pipeline; editable data, seeded from resources/data/pipeline.json."""

    __tablename__ = "stage"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)  # stable identifier, e.g. "lead"; new stages get "stage-N"
    name_en: str
    name_zh: str
    milestone_en: str = ""
    milestone_zh: str = ""
    position: int = Field(index=True)
    probability: int = 0  # percent
    stale_after_days: int | None = None
    kind: str = "open"  # open | won | lost | on_hold (desktop.domain.deals.StageKind)
    forecast_commit: bool = False  # the forecast counts deals here as Commit (schema v5)


class BuyingRole(SQLModel, table=True):
    """A role in the buying committee (user, evaluator, budget holder...); editable list."""

    __tablename__ = "buying_role"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name_en: str
    name_zh: str
    position: int = 0


class LostReason(SQLModel, table=True):
    __tablename__ = "lost_reason"

    id: int | None = Field(default=None, primary_key=True)
    name_en: str
    name_zh: str
    position: int = 0


class CoverageRule(SQLModel, table=True):
    """From `from_stage` on, `role` must be identified (and met, if `require_met`)."""

    __tablename__ = "coverage_rule"

    id: int | None = Field(default=None, primary_key=True)
    role_id: int = Field(foreign_key="buying_role.id")
    from_stage_id: int = Field(foreign_key="stage.id")
    require_met: bool = False


class Partner(SQLModel, table=True):
    """A referral partner: a contact who brings deals, with a commission policy."""

    __tablename__ = "partner"

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", unique=True)
    offering: str = ""  # what they sell or do
    reach_industries: str = ""
    reach_companies: str = ""
    city: str = ""
    finder_fee_kind: str = "none"  # none | fixed | percent
    finder_fee_value: float = 0
    success_fee_kind: str = "none"
    success_fee_value: float = 0
    success_fee_on: str = "signing"  # signing | collection (follows the payments received)
    remarks: str = ""  # the seller's own free text
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = Field(default=None, index=True)


class Deal(SQLModel, table=True):
    __tablename__ = "deal"

    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(foreign_key="company.id", index=True)
    title: str
    amount: int | None = None
    currency: str = "CNY"
    expected_close: date | None = None
    lead_source: str = ""
    stage_id: int = Field(foreign_key="stage.id", index=True)
    stage_entered_at: datetime
    probability_override: int | None = None
    lost_reason_id: int | None = Field(default=None, foreign_key="lost_reason.id")
    lost_reason_text: str = ""
    on_hold_until: date | None = None
    competitors: str = ""
    remarks: str = ""  # the seller's own free text, internal
    referrer_id: int | None = Field(default=None, foreign_key="partner.id", index=True)
    referred_on: date | None = None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = Field(default=None, index=True)


class StageChange(SQLModel, table=True):
    __tablename__ = "stage_change"

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", index=True)
    from_stage_id: int | None = Field(default=None, foreign_key="stage.id")
    to_stage_id: int = Field(foreign_key="stage.id")
    changed_at: datetime
    comment: str = ""


class Stakeholder(SQLModel, table=True):
    """A person in a deal's buying committee, with what the seller knows of them."""

    __tablename__ = "stakeholder"

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", index=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    stance: str = "unknown"  # supporter | neutral | opponent | unknown
    influence: str = "medium"  # high | medium | low
    met: bool = False
    last_met: date | None = None
    cares_about: str = ""
    personal_interests: str = ""  # internal
    competitor_backed: str = ""  # internal
    how_to_talk: str = ""  # internal
    position: int = 0


class StakeholderRole(SQLModel, table=True):
    __tablename__ = "stakeholder_role"

    stakeholder_id: int = Field(foreign_key="stakeholder.id", primary_key=True)
    role_id: int = Field(foreign_key="buying_role.id", primary_key=True)


# --- visits, notes, next steps ----------------------------------------------------------------
class Visit(SQLModel, table=True):
    """A planned meeting with a customer: what the visit brief is printed for."""

    __tablename__ = "visit"

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", index=True)
    planned_at: datetime = Field(index=True)
    place: str = ""
    our_attendees: str = ""  # people from the seller's side, as typed
    attendee_contact_ids: str = ""  # the customer's side: comma-joined contact ids
    goal: str = ""
    deleted_at: datetime | None = None


class CallNote(SQLModel, table=True):
    """What the seller learned in a call or visit, in SPIN sections."""

    __tablename__ = "call_note"

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int | None = Field(default=None, foreign_key="deal.id", index=True)
    company_id: int = Field(foreign_key="company.id", index=True)
    occurred_at: datetime = Field(index=True)
    kind: str = "visit"  # visit | phone | wechat | video | email
    goal: str = ""
    situation: str = ""  # S 现状
    problem: str = ""  # P 问题
    implication: str = ""  # I 影响
    need_payoff: str = ""  # N 收益
    budget: str = ""
    timeline: str = ""
    risks: str = ""  # internal
    competitors: str = ""  # internal
    product_feedback: str = ""
    internal_notes: str = ""  # internal: strategy, impressions
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = Field(default=None, index=True)


class NoteAttendee(SQLModel, table=True):
    __tablename__ = "note_attendee"

    note_id: int = Field(foreign_key="call_note.id", primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", primary_key=True)
    personal_interests: str = ""  # internal
    stance_seen: str = ""  # internal: stance observed in this meeting


class NextStep(SQLModel, table=True):
    """Something to happen next, with who and when; shown on Today and the deal.

    `agreed` says it was agreed with the customer (it may go in the deck and the minutes);
    otherwise it is the seller's own to-do and stays internal.
    """

    __tablename__ = "next_step"

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int | None = Field(default=None, foreign_key="deal.id", index=True)
    note_id: int | None = Field(default=None, foreign_key="call_note.id", index=True)
    text: str
    owner: str = ""  # who: "我方", a person's name...
    due: date | None = Field(default=None, index=True)
    agreed: bool = False  # agreed with the customer; False = internal to-do (never printed for them)
    done_at: datetime | None = None
    created_at: datetime
    deleted_at: datetime | None = None


# --- partners' fees and updates ---------------------------------------------------------------
class PartnerGiven(SQLModel, table=True):
    """What the seller did for a partner (a referral back, an introduction, a dinner)."""

    __tablename__ = "partner_given"

    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id", index=True)
    given_on: date
    description: str


class Fee(SQLModel, table=True):
    """A finder's or success fee owed to a partner for a referred deal."""

    __tablename__ = "fee"

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", index=True)
    partner_id: int = Field(foreign_key="partner.id", index=True)
    kind: str  # finder | success
    amount: int
    status: str = "due"  # due | paid | waived | cancelled
    due_since: date
    paid_on: date | None = None
    paid_amount: int | None = None
    note: str = ""


class PartnerUpdate(SQLModel, table=True):
    """A progress update produced for a partner (the cure for the lag effect)."""

    __tablename__ = "partner_update"

    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id", index=True)
    sent_at: datetime
    language: str = "zh_CN"


# --- the seller's own profile (for the first-call deck) ---------------------------------------
class SellerProfile(SQLModel, table=True):
    """What the seller says about their company, one row per language ("zh_CN", "en").

    Logo and QR image are BLOBs in the book: they are small, and the book stays one file that
    is backed up, copied and moved as a whole (files beside it would be lost on the way).
    """

    __tablename__ = "seller_profile"

    language: str = Field(primary_key=True)
    company_name: str = ""
    tagline: str = ""
    about: str = ""
    solutions: str = ""  # one per line: "name：description"
    value_statements: str = ""  # one per line
    seller_name: str = ""
    seller_title: str = ""
    phone: str = ""
    email: str = ""
    wechat: str = ""
    wechat_qr_text: str = ""  # text the deck encodes as a QR code (a WeChat ID or link)
    website: str = ""
    address: str = ""
    logo: bytes | None = None  # PNG or JPEG
    qr_image: bytes | None = None  # PNG or JPEG; when set, shown instead of the drawn QR code
    updated_at: datetime | None = None


class SellerCase(SQLModel, table=True):
    """A reference case the deck can show, tagged by industry."""

    __tablename__ = "seller_case"

    id: int | None = Field(default=None, primary_key=True)
    language: str = Field(default="zh_CN", index=True)
    industry: str = Field(default="", index=True)
    customer: str = ""  # may be anonymised: "某汽车零部件集团"
    title: str = ""
    challenge: str = ""
    solution: str = ""
    result: str = ""
    position: int = 0
    deleted_at: datetime | None = None


# --- the seller's objection library ----------------------------------------------------------
class ObjectionPrompt(SQLModel, table=True):
    """A likely objection and the prepared answer (异议处理库); seeded from
    resources/data/objections.json, then the seller's own (edited in Settings). The brief prints
    those whose signal words appear in the deal's notes."""

    __tablename__ = "objection_prompt"

    id: int | None = Field(default=None, primary_key=True)
    objection_en: str = ""
    objection_zh: str = ""
    answer_en: str = ""
    answer_zh: str = ""
    signals: str = ""  # words that raise it, comma-separated ("价格, 贵, price")
    position: int = 0


# --- the seller's question library -----------------------------------------------------------
class QuestionPrompt(SQLModel, table=True):
    """A suggested question for a SPIN section; seeded from resources/data/questions.json and
    then the seller's own (edited in Settings)."""

    __tablename__ = "question_prompt"

    id: int | None = Field(default=None, primary_key=True)
    section: str = Field(index=True)  # situation | problem | implication | need_payoff
    text_en: str = ""
    text_zh: str = ""
    position: int = 0


# --- after the signature: contracts, payment plans, payments, invoices ------------------------
# Amounts here are exact: integer fen (1/100 yuan); rates in basis points (13 % = 1300).
class Contract(SQLModel, table=True):
    """The signed contract of a deal (合同). Its amount may differ from the deal's."""

    __tablename__ = "contract"

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", index=True)
    number: str = ""
    signed_on: date
    amount_fen: int
    currency: str = "CNY"
    our_party: str = ""  # 乙方, as on the contract
    customer_party: str = ""  # 甲方
    payment_terms: str = ""  # the clause as written
    settlement: str = "one_time"  # one_time | prepaid | monthly | quarterly
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = Field(default=None, index=True)


class Instalment(SQLModel, table=True):
    """One line of the payment plan (回款计划): a share of the contract due on a date or N days
    after a milestone. Pending/partial/collected/overdue follow from payments and the day; only
    'void' is stored."""

    __tablename__ = "instalment"

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    position: int = 0
    name: str
    percent_bp: int | None = None  # when planned as a percentage of the contract
    amount_fen: int  # what is due (from the percentage by the rounding rule, or as typed)
    due_on: date | None = Field(default=None, index=True)  # a fixed date...
    milestone: str = ""  # ...or N days after a milestone (验收, 到货)
    milestone_days: int | None = None
    milestone_on: date | None = None  # entered when the milestone happens
    reminder_days: int = 7
    invoice_first: bool = False  # the customer pays only against an invoice
    void: bool = False  # 作废
    note: str = ""


class Payment(SQLModel, table=True):
    """Money received (回款) on a contract."""

    __tablename__ = "payment"

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    received_on: date = Field(index=True)
    amount_fen: int
    method: str = "transfer"  # transfer 对公转账 | acceptance_bill 承兑汇票 | cash 现金 | other
    bill_matures_on: date | None = None  # an acceptance bill is cash on this day
    reference: str = ""
    note: str = ""
    created_at: datetime
    deleted_at: datetime | None = Field(default=None, index=True)


class PaymentAllocation(SQLModel, table=True):
    """How much of a payment went to an instalment (one payment may cover several)."""

    __tablename__ = "payment_allocation"

    payment_id: int = Field(foreign_key="payment.id", primary_key=True)
    instalment_id: int = Field(foreign_key="instalment.id", primary_key=True, index=True)
    amount_fen: int


class Invoice(SQLModel, table=True):
    """A VAT invoice (发票) on a contract, often issued before the instalment it bills is paid."""

    __tablename__ = "invoice"

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    instalment_id: int | None = Field(default=None, foreign_key="instalment.id", index=True)
    kind: str = "special"  # special 增值税专用发票 | ordinary 普通发票
    medium: str = "electronic"  # electronic | paper
    number: str = ""
    issued_on: date | None = None
    amount_fen: int
    tax_rate_bp: int = 1300
    status: str = "to_issue"  # to_issue | issued | sent
    note: str = ""
    created_at: datetime
    deleted_at: datetime | None = Field(default=None, index=True)


# --- attachments: files kept inside the book ---------------------------------------------------
class Attachment(SQLModel, table=True):
    """A file on a deal or a company (quote, contract scan, proposal, card photo). The bytes
    live in `attachment_data`, so listing attachments never reads them."""

    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int | None = Field(default=None, foreign_key="deal.id", index=True)
    company_id: int | None = Field(default=None, foreign_key="company.id", index=True)
    name: str
    mime: str = "application/octet-stream"
    size: int = 0
    added_at: datetime
    deleted_at: datetime | None = Field(default=None, index=True)


class AttachmentData(SQLModel, table=True):
    """An attachment's bytes (at most 25 MB), one row per attachment."""

    __tablename__ = "attachment_data"

    attachment_id: int = Field(foreign_key="attachment.id", primary_key=True)
    data: bytes
