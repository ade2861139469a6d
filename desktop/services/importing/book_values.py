"""Every value of a whole-book JSON checked against its column before anything is written.

A file that went through a text editor, a script or another program can hold anything: words
where an amount belongs, `10**30`, lists, `"yes"` for a yes/no, NaN, a stage kind the app does not
know, a probability of 500 %. Each of those used to be stored and then break every command and the
GUI. Here each value must be what its column holds (by the column's SQL type), within SQLite's
range, and one of the allowed words where the app knows only a few; the first problems found are
reported with the table, the row (its position and id) and the column, and nothing is written.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa

from desktop.domain.contracts import (
    MAX_ATTACHMENT_BYTES,
    InvoiceKind,
    InvoiceMedium,
    InvoiceStatus,
    PaymentMethod,
    Settlement,
)
from desktop.domain.deals import Influence, StageKind, Stance
from desktop.domain.importing import ImportUnreadable
from desktop.domain.money import MAX_FEN
from desktop.domain.partners import FeeKind, FeeStatus, PolicyKind
from desktop.domain.people import TIERS
from desktop.domain.text_clean import clean_text

INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # SQLite's INTEGER
MOST_PROBLEMS = 20
LANGUAGES = ("zh_CN", "en")
NOTE_KINDS = ("visit", "phone", "wechat", "video", "email")

# Columns that hold one of a few words (the app's enums), and numbers with a range.
ALLOWED: dict[str, tuple[str, ...]] = {
    "stage.kind": tuple(StageKind),
    "stakeholder.stance": tuple(Stance),
    "stakeholder.influence": tuple(Influence),
    "call_note.kind": NOTE_KINDS,
    "call_note.stance_seen": ("", *Stance),
    "fee.kind": tuple(FeeKind),
    "fee.status": tuple(FeeStatus),
    "partner.finder_fee_kind": tuple(PolicyKind),
    "partner.success_fee_kind": tuple(PolicyKind),
    "company.tier": TIERS,
    "seller_profile.language": LANGUAGES,
    "partner_update.language": LANGUAGES,
    "contract.settlement": tuple(Settlement),
    "payment.method": tuple(PaymentMethod),
    "invoice.kind": tuple(InvoiceKind),
    "invoice.medium": tuple(InvoiceMedium),
    "invoice.status": tuple(InvoiceStatus),
    "partner.success_fee_on": ("signing", "collection"),
}
RANGES: dict[str, tuple[float, float]] = {
    "stage.probability": (0, 100),
    "deal.probability_override": (0, 100),
    "deal.amount": (0, INT_MAX),
    # money after the signature: fen and basis points (desktop.domain.money)
    "contract.amount_fen": (1, MAX_FEN),
    "instalment.amount_fen": (0, MAX_FEN),
    "instalment.percent_bp": (1, 10_000),
    "instalment.milestone_days": (0, 36_500),
    "instalment.reminder_days": (0, 36_500),
    "payment.amount_fen": (1, MAX_FEN),
    "payment_allocation.amount_fen": (1, MAX_FEN),
    "invoice.amount_fen": (1, MAX_FEN),
    "invoice.tax_rate_bp": (0, 10_000),
    "attachment.size": (0, MAX_ATTACHMENT_BYTES),
}
MOST_BYTES: dict[str, int] = {"attachment_data.data": MAX_ATTACHMENT_BYTES}  # a file kept in the book


@dataclass(frozen=True)
class ValueProblem:
    """Why one value does not fit: `code` is one of the keys of CLI_WORDS."""

    table: str
    index: int  # position of the row in the file's list, from 1
    row_id: object  # the row's id (or key) when it has one
    column: str
    code: str
    value: str  # the value as the file has it, shortened
    allowed: str = ""  # the allowed words or range, for the message

    def where(self) -> str:
        row = f"row {self.index}" + (f" (id {self.row_id})" if self.row_id not in (None, "") else "")
        return f"table {self.table}, {row}, column {self.column}"


CLI_WORDS = {
    "not_scalar": "is a list or an object where one value belongs",
    "not_text": "is not text",
    "not_integer": "is not a whole number",
    "not_number": "is not a number",
    "not_finite": "is not a finite number (NaN or Infinity)",
    "out_of_range": "is outside the allowed range",
    "not_boolean": "is not true or false",
    "not_date": "is not a date (YYYY-MM-DD)",
    "not_datetime": "is not a date and time (YYYY-MM-DDTHH:MM:SS)",
    "not_base64": "is not base64 data",
    "not_allowed": "is not one of the allowed values",
    "required": "is empty where a value is required",
    "too_long": "is longer than the column allows",
}


class BookJsonInvalid(ImportUnreadable):
    """Values that do not fit their columns; `problems` are the first ones found."""

    def __init__(self, problems: tuple[ValueProblem, ...]) -> None:
        self.problems = problems
        super().__init__("book_json_value", "; ".join(cli_text(p) for p in problems))


def cli_text(problem: ValueProblem) -> str:
    allowed = f" ({problem.allowed})" if problem.allowed else ""
    return f"{problem.where()}: {problem.value} {CLI_WORDS[problem.code]}{allowed}"


def _short(value: object) -> str:
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def check_value(column: sa.Column, value: object) -> tuple[object, str, str]:
    """(the value to store, problem code or "", allowed range/words for the message)."""
    key = f"{column.table.name}.{column.name}"
    kind = column.type
    if isinstance(kind, sa.types.TypeDecorator):  # SQLModel's AutoString is a String underneath
        kind = kind.impl if isinstance(kind.impl, sa.types.TypeEngine) else kind.impl()
    if value is None:
        if column.nullable or column.primary_key:
            return None, "", ""
        return None, "required", ""
    if isinstance(value, list) or (isinstance(value, dict) and not isinstance(kind, sa.LargeBinary)):
        return value, "not_scalar", ""
    if isinstance(kind, sa.Boolean):
        return (value, "", "") if isinstance(value, bool) else (value, "not_boolean", "")
    if isinstance(kind, sa.Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            return value, "not_integer", ""
        low, high = RANGES.get(key, (INT_MIN, INT_MAX))
        if not low <= value <= high:
            return value, "out_of_range", f"{low:g}–{high:g}" if key in RANGES else "64-bit"
        return value, "", ""
    if isinstance(kind, sa.Float | sa.Numeric):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return value, "not_number", ""
        if isinstance(value, float) and not math.isfinite(value):
            return value, "not_finite", ""
        low, high = RANGES.get(key, (-math.inf, math.inf))
        if not low <= value <= high or abs(value) > 1e300:
            return value, "out_of_range", f"{low:g}–{high:g}"
        return value, "", ""
    if isinstance(kind, sa.DateTime):
        try:
            return datetime.fromisoformat(value), "", ""  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return value, "not_datetime", ""
    if isinstance(kind, sa.Date):
        try:
            return date.fromisoformat(value), "", ""  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return value, "not_date", ""
    if isinstance(kind, sa.LargeBinary):
        data = value.get("base64") if isinstance(value, dict) and set(value) == {"base64"} else None
        if not isinstance(data, str):
            return value, "not_base64", ""
        try:
            decoded = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            return value, "not_base64", ""
        if key in MOST_BYTES and len(decoded) > MOST_BYTES[key]:
            return "…", "too_long", f"{MOST_BYTES[key] // 1024 // 1024} MB"
        return decoded, "", ""
    if isinstance(kind, sa.String):
        if not isinstance(value, str):
            return value, "not_text", ""
        if any("\ud800" <= c <= "\udfff" for c in value):
            return value, "not_text", ""
        text = clean_text(value)
        if key in ALLOWED and text not in ALLOWED[key]:
            return value, "not_allowed", ", ".join(f"'{a!s}'" for a in ALLOWED[key])
        if kind.length and len(text) > kind.length:
            return value, "too_long", f"{kind.length} characters"
        return text, "", ""
    return value, "", ""


def checked_rows(table: sa.Table, rows: list[dict], problems: list[ValueProblem]) -> list[dict]:
    """The rows with their values as the book stores them; problems found are appended."""
    out: list[dict] = []
    key_column = next(iter(table.primary_key.columns)).name
    for index, row in enumerate(rows, start=1):
        values: dict[str, object] = {}
        for name, value in row.items():
            stored, code, allowed = check_value(table.columns[name], value)
            if code:
                if len(problems) < MOST_PROBLEMS:
                    row_id = row.get(key_column)
                    problems.append(ValueProblem(table.name, index, row_id if isinstance(row_id, int | str) else "",
                                                 name, code, _short(value), allowed))
                continue
            values[name] = stored
        out.append(values)
    return out


def check_tables(tables: dict[str, list[dict]], known: Mapping[str, sa.Table]) -> dict[str, list[dict]]:
    """Every table's rows checked; raises BookJsonInvalid with the first problems, else returns
    the rows ready to insert."""
    problems: list[ValueProblem] = []
    ready = {name: checked_rows(known[name], rows, problems) for name, rows in tables.items()}
    if problems:
        raise BookJsonInvalid(tuple(problems))
    return ready
