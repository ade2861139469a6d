"""Money as a seller reads it and as invoices need it.

Deal amounts are whole units (¥12.5万 in Chinese, ¥125,000 in English; documents reuse
`format_amount`). After the signature, money is exact: contracts, instalments, payments and
invoices are integer fen, and the rules here (plan arithmetic with one rounding rule, instalment
status and reminders, matching payments, ageing) are pure functions of them.
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from desktop.domain.amounts import (  # re-exported: Today's first paint loads only these (issue 20)
    CURRENCIES as CURRENCIES,
)
from desktop.domain.amounts import FEN_PER_YUAN as FEN_PER_YUAN
from desktop.domain.amounts import SYMBOLS as SYMBOLS
from desktop.domain.amounts import format_amount as format_amount
from desktop.domain.amounts import format_fen as format_fen
from desktop.domain.amounts import symbol as symbol
from desktop.domain.language import is_chinese

_MULTIPLIERS = (("亿", 100_000_000), ("万", 10_000), ("w", 10_000), ("W", 10_000),
                ("k", 1_000), ("K", 1_000))
_MILLIONS = (("m", 1_000_000), ("M", 1_000_000))


def _split_amount(text: str | None, multipliers: tuple[tuple[str, int], ...]) -> tuple[str, int] | None:
    """A typed amount without separators, currency sign and 元, split into its number and the
    factor of its multiplier suffix (万, k…); None when nothing is left."""
    cleaned = (text or "").strip().replace(",", "").replace("，", "").replace(" ", "")
    for sym in sorted(SYMBOLS.values(), key=len, reverse=True):
        cleaned = cleaned.removeprefix(sym)
    cleaned = cleaned.removeprefix("￥").removesuffix("元")
    if not cleaned:
        return None
    for suffix, mult in multipliers:
        if cleaned.endswith(suffix):
            return cleaned[: -len(suffix)], mult
    return cleaned, 1


def parse_amount(text: str) -> int | None:
    """What a seller types: '1280000', '1,280,000', '128万', '¥12.5万', '1.2亿', '125k'.

    Returns whole units; None for an empty field; raises ValueError when it is not an amount.
    """
    split = _split_amount(text, _MULTIPLIERS + _MILLIONS)
    if split is None:
        return None
    cleaned, factor = split
    value = float(cleaned)  # raises ValueError
    if value < 0 or value != value or value == float("inf"):
        raise ValueError(text)
    return round(value * factor)


def amount_input_text(amount: int | None, language: str = "zh_CN") -> str:
    """An amount as a form field shows it, exactly (parse_amount reads it back unchanged):
    '128万' or '12.5万' in Chinese when it is a whole number of hundreds, else '1,280,000'."""
    if amount is None:
        return ""
    if is_chinese(language) and amount >= 10_000 and amount % 100 == 0:
        wan = f"{amount // 10_000}" if amount % 10_000 == 0 else f"{amount / 10_000:.2f}".rstrip("0")
        return f"{wan}万"
    return f"{amount:,}"


# --- exact money after the signature: contracts, plans, payments, invoices --------------------
#
# Contract, instalment, payment and invoice amounts are integer fen (分, 1/100 of a yuan) — never
# float. Percentages are integer basis points (1 % = 100 bp, so 33.33 % = 3333).
#
# The one rounding rule: an instalment given as a percentage is the contract amount times the
# percentage, rounded DOWN to the fen; the fen left over by that rounding go to the LAST
# percentage instalment of the plan (usually 尾款 or 质保金). ¥100.00 in three thirds is
# 33.33 + 33.33 + 33.34. The customer never pays more than the contract says, and the extra fen
# sit where the seller waits longest anyway.

FULL_PERCENT_BP = 10_000  # 100 %
MAX_FEN = 10**15  # a trillion yuan: beyond any contract, within SQLite's integer


def yuan_to_fen(yuan: int | None) -> int | None:
    return None if yuan is None else yuan * FEN_PER_YUAN


def fen_to_yuan(fen: int) -> int:
    """Whole yuan, rounded half up (for the deal-level figures kept in whole units)."""
    return (fen + FEN_PER_YUAN // 2) // FEN_PER_YUAN if fen >= 0 else -fen_to_yuan(-fen)


def parse_fen(text: str) -> int | None:
    """What a seller types for an exact amount: '1,234.56', '¥300000', '30万', '12.5w', '1.2亿'.

    Returns fen; None for an empty field; ValueError when it is not an amount, is negative, or
    has more than two decimals of a yuan (an invoice has no 0.001 yuan).
    """
    split = _split_amount(text, _MULTIPLIERS)
    if split is None:
        return None
    cleaned, factor = split
    try:
        value = Decimal(cleaned) * factor * FEN_PER_YUAN
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite() or value < 0 or value != value.to_integral_value() or value > MAX_FEN:
        raise ValueError(text)
    return int(value)


def fen_input_text(fen: int | None) -> str:
    """An exact amount as a form field shows it; parse_fen reads it back unchanged."""
    if fen is None:
        return ""
    yuan, cents = divmod(fen, FEN_PER_YUAN)
    return f"{yuan:,}" + (f".{cents:02d}" if cents else "")


def parse_percent(text: str) -> int | None:
    """'30', '30%', '33.33 %' → basis points (3000, 3333); None when empty; ValueError otherwise."""
    cleaned = (text or "").strip().removesuffix("%").removesuffix("％").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned) * 100
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite() or value <= 0 or value > FULL_PERCENT_BP or value != value.to_integral_value():
        raise ValueError(text)
    return int(value)


def percent_text(bp: int | None) -> str:
    """3000 → '30%', 3333 → '33.33%'."""
    if bp is None:
        return ""
    whole, rest = divmod(bp, 100)
    return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"


# --- payment plans ----------------------------------------------------------------------------
INSTALMENT_PRESETS: tuple[tuple[str, str, str], ...] = (
    # key, Chinese name (what goes in the book by default), English gloss
    ("advance", "预付款", "Advance"),
    ("delivery", "到货款", "On delivery"),
    ("acceptance", "验收款", "On acceptance"),
    ("final", "尾款", "Final payment"),
    ("retention", "质保金", "Retention"),
)


@dataclass(frozen=True)
class PlanLine:
    """One instalment as planned: a percentage of the contract (bp) or an amount (fen)."""

    name: str
    percent_bp: int | None = None
    amount_fen: int | None = None


@dataclass(frozen=True)
class PlanCheck:
    """A plan measured against its contract. `amounts` are the fen of each line (the rounding
    rule applied); `problems` are codes with their figures, in plain words by the caller."""

    amounts: tuple[int, ...]
    percent_total_bp: int  # of the percentage lines only
    amount_total: int  # every line, in fen
    contract_fen: int
    rounding_line: int | None = None  # the line that took the left-over fen
    rounding_fen: int = 0
    problems: tuple[str, ...] = ()

    @property
    def difference(self) -> int:
        """What the plan lacks (positive) or has too much (negative), in fen."""
        return self.contract_fen - self.amount_total

    @property
    def balanced(self) -> bool:
        return not self.problems


def check_plan(contract_fen: int, lines: list[PlanLine] | tuple[PlanLine, ...]) -> PlanCheck:
    """The amounts of a plan and whether it adds up (see the rounding rule above).

    Problems: "no_lines"; "line_empty" (a line with neither percent nor amount);
    "percent_over" (percentages above 100 %); "percent_not_100" (all lines are percentages and
    they do not add to 100 %); "amounts_not_total" (the lines do not add to the contract amount).
    """
    if not lines:
        return PlanCheck((), 0, 0, contract_fen, problems=("no_lines",))
    problems: list[str] = []
    amounts: list[int] = []
    percent_total = 0
    last_percent: int | None = None
    for i, line in enumerate(lines):
        if line.percent_bp is not None:
            percent_total += line.percent_bp
            amounts.append(contract_fen * line.percent_bp // FULL_PERCENT_BP)
            last_percent = i
        elif line.amount_fen is not None:
            amounts.append(line.amount_fen)
        else:
            amounts.append(0)
            problems.append("line_empty")
    rounding_line, rounding_fen = None, 0
    shortfall = contract_fen - sum(amounts)
    all_percent = all(line.percent_bp is not None for line in lines)
    percent_lines = sum(1 for line in lines if line.percent_bp is not None)
    # Only the fen lost by rounding down are moved: fewer than one per percentage line.
    fixed_share = sum(a for a, line in zip(amounts, lines, strict=True) if line.percent_bp is None)
    percents_fill = (percent_total == FULL_PERCENT_BP if all_percent
                     else contract_fen * percent_total // FULL_PERCENT_BP + fixed_share <= contract_fen)
    if last_percent is not None and 0 < shortfall < percent_lines and percents_fill:
        amounts[last_percent] += shortfall
        rounding_line, rounding_fen = last_percent, shortfall
    if percent_total > FULL_PERCENT_BP:
        problems.append("percent_over")
    elif all_percent and percent_total != FULL_PERCENT_BP:
        problems.append("percent_not_100")
    if sum(amounts) != contract_fen and "percent_not_100" not in problems:
        problems.append("amounts_not_total")
    return PlanCheck(tuple(amounts), percent_total, sum(amounts), contract_fen, rounding_line,
                     rounding_fen, tuple(dict.fromkeys(problems)))


def equal_split(contract_fen: int, count: int) -> tuple[int, ...]:
    """`count` instalments as equal as fen allow, by the same rule (the last takes the rest)."""
    if count <= 0:
        return ()
    share = contract_fen // count
    return (share,) * (count - 1) + (contract_fen - share * (count - 1),)


# --- instalment status and reminders ---------------------------------------------------------
class InstalmentStatus(StrEnum):
    PENDING = "pending"  # 待回款
    PARTIAL = "partial"  # 部分回款
    COLLECTED = "collected"  # 已回款
    OVERDUE = "overdue"  # 逾期
    VOID = "void"  # 作废


STATUS_WORDS: dict[InstalmentStatus, tuple[str, str]] = {
    InstalmentStatus.PENDING: ("Pending", "待回款"),
    InstalmentStatus.PARTIAL: ("Partly collected", "部分回款"),
    InstalmentStatus.COLLECTED: ("Collected", "已回款"),
    InstalmentStatus.OVERDUE: ("Overdue", "逾期"),
    InstalmentStatus.VOID: ("Void", "作废"),
}


def due_date(fixed: date | None, milestone_on: date | None, days_after: int | None) -> date | None:
    """A fixed due date, or the milestone's date plus N days once the milestone has happened
    (None until then: "验收 + 30 天" has no date before 验收)."""
    if fixed is not None:
        return fixed
    if milestone_on is not None:
        return milestone_on + timedelta(days=days_after or 0)
    return None


def instalment_status(amount_fen: int, collected_fen: int, due: date | None, today: date,
                      void: bool = False) -> InstalmentStatus:
    """Void wins; then fully collected; then overdue (past its due date with money still
    outstanding, even if part came in); then partly collected; else pending."""
    if void:
        return InstalmentStatus.VOID
    if collected_fen >= amount_fen:
        return InstalmentStatus.COLLECTED
    if due is not None and due < today:
        return InstalmentStatus.OVERDUE
    if collected_fen > 0:
        return InstalmentStatus.PARTIAL
    return InstalmentStatus.PENDING


def reminder_on(due: date | None, reminder_days: int) -> date | None:
    return None if due is None else due - timedelta(days=max(0, reminder_days))


def needs_reminder(status: InstalmentStatus, due: date | None, reminder_days: int, today: date) -> bool:
    """From `reminder_days` before the due date until it is collected (overdue ones included)."""
    if status in (InstalmentStatus.COLLECTED, InstalmentStatus.VOID) or due is None:
        return False
    start = reminder_on(due, reminder_days)
    return start is not None and start <= today


# --- matching payments to instalments ---------------------------------------------------------
@dataclass(frozen=True)
class OpenInstalment:
    """What an instalment still waits for, for matching a payment."""

    id: int
    outstanding_fen: int
    due: date | None = None
    position: int = 0


class AllocationError(ValueError):
    """A payment that cannot be matched as asked: `code` with the figures (fen)."""

    def __init__(self, code: str, amount: int = 0, limit: int = 0, instalment_id: int | None = None):
        super().__init__(code)
        self.code, self.amount, self.limit, self.instalment_id = code, amount, limit, instalment_id


def allocate(payment_fen: int, open_items: list[OpenInstalment],
             asked: dict[int, int] | None = None, received_on: date | None = None) -> dict[int, int]:
    """instalment id → fen of this payment. Without `asked`, what is already due on the day the
    money came (`received_on`) is paid first, oldest first; then the rest of the plan in its
    order (a 验收款 waiting for its milestone before a 质保金 due next year), each in full before
    the next; a payment may
    cover several and may leave the last one partly paid. With `asked` the seller's split is
    checked instead. AllocationError: "amount_not_positive", "more_than_due" (the payment is
    larger than everything outstanding), "over_instalment", "split_not_payment", "unknown".
    """
    if payment_fen <= 0:
        raise AllocationError("amount_not_positive", payment_fen)
    outstanding = {o.id: o.outstanding_fen for o in open_items}
    total = sum(max(0, v) for v in outstanding.values())
    if payment_fen > total:
        raise AllocationError("more_than_due", payment_fen, total)
    if asked:
        for inst_id, fen in asked.items():
            if inst_id not in outstanding:
                raise AllocationError("unknown", fen, 0, inst_id)
            if fen < 0:
                raise AllocationError("amount_not_positive", fen, 0, inst_id)
            if fen > outstanding[inst_id]:
                raise AllocationError("over_instalment", fen, outstanding[inst_id], inst_id)
        if sum(asked.values()) != payment_fen:
            raise AllocationError("split_not_payment", sum(asked.values()), payment_fen)
        return {k: v for k, v in asked.items() if v}
    def key(o: OpenInstalment) -> tuple:
        if o.due is not None and received_on is not None and o.due <= received_on:
            return (0, o.due, o.position, o.id)
        return (1, date.max, o.position, o.id)

    order = sorted(open_items, key=key)
    left, result = payment_fen, {}
    for item in order:
        if left == 0:
            break
        take = min(left, max(0, item.outstanding_fen))
        if take:
            result[item.id] = take
            left -= take
    return result


# --- receivables -------------------------------------------------------------------------------
class AgeBucket(StrEnum):
    NOT_DUE = "not_due"
    DAYS_0_30 = "0-30"
    DAYS_31_60 = "31-60"
    DAYS_61_90 = "61-90"
    OVER_90 = "90+"


def age_bucket(due: date | None, today: date) -> AgeBucket:
    """Days past the due date: due today is day 0; not yet due (or no date yet) is NOT_DUE."""
    if due is None or due > today:
        return AgeBucket.NOT_DUE
    days = (today - due).days
    if days <= 30:
        return AgeBucket.DAYS_0_30
    if days <= 60:
        return AgeBucket.DAYS_31_60
    if days <= 90:
        return AgeBucket.DAYS_61_90
    return AgeBucket.OVER_90


@dataclass(frozen=True)
class Receivable:
    """Money still to come on one instalment."""

    instalment_id: int
    outstanding_fen: int
    due: date | None
    company: str = ""
    deal_id: int | None = None


@dataclass(frozen=True)
class Ageing:
    buckets: dict[AgeBucket, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.buckets.values())

    @property
    def overdue(self) -> int:
        return self.total - self.buckets.get(AgeBucket.NOT_DUE, 0)


def ageing(items: list[Receivable], today: date) -> Ageing:
    buckets = dict.fromkeys(AgeBucket, 0)
    for item in items:
        if item.outstanding_fen > 0:
            buckets[age_bucket(item.due, today)] += item.outstanding_fen
    return Ageing(buckets)


def expected_by_month(items: list[Receivable], today: date) -> list[tuple[date, int]]:
    """(first day of month, fen) in month order; what is overdue counts in this month, and
    instalments without a date yet (a milestone not reached) are left out."""
    this_month = today.replace(day=1)
    months: dict[date, int] = {}
    for item in items:
        if item.outstanding_fen <= 0 or item.due is None:
            continue
        month = max(item.due.replace(day=1), this_month)
        months[month] = months.get(month, 0) + item.outstanding_fen
    return sorted(months.items())


def outstanding_by_company(items: list[Receivable]) -> list[tuple[str, int]]:
    """(company, fen) largest first."""
    totals: dict[str, int] = {}
    for item in items:
        if item.outstanding_fen > 0:
            totals[item.company] = totals.get(item.company, 0) + item.outstanding_fen
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


def month_end(day: date) -> date:
    return day.replace(day=_calendar.monthrange(day.year, day.month)[1])


# --- partners paid on collection ---------------------------------------------------------------
def share_of_collected(full_fee: int, contract_fen: int, collected_fen: int) -> int:
    """A success fee that follows the money: the full fee times collected / contract, rounded
    down to the whole unit (never more than the full fee)."""
    if full_fee <= 0 or contract_fen <= 0 or collected_fen <= 0:
        return 0
    return min(full_fee, full_fee * min(collected_fen, contract_fen) // contract_fen)
