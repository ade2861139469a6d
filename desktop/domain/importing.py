"""Importing contacts and companies: the table read from a file, the plan, and the outcome.

A file is read into an `ImportTable` (headers and cells, whatever the format); a `mapping`
says which book field each column fills; the plan says, row by row, what importing would do and
why. Problems name the row and the column as the seller sees them in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# The fields a column can fill. "" in a mapping means the column is not imported.
CONTACT_FIELDS = (
    "name", "family_name", "given_name", "name_alt", "company", "department", "title",
    "mobile", "other_phone", "email", "wechat", "qq", "remarks", "tags",
)
COMPANY_FIELDS = ("industry", "region", "website", "address")
IMPORT_FIELDS: tuple[str, ...] = CONTACT_FIELDS + COMPANY_FIELDS


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    ERROR = "error"


class OnDuplicate(StrEnum):
    MERGE = "merge"  # fill the book's record with the file's non-empty cells
    SKIP = "skip"  # leave the book's record as it is


class ImportUnreadable(Exception):
    """The file cannot be read as contacts at all; `reason` is a code the UI and CLI word."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason  # empty | binary | spreadsheet | encoding | no_rows | too_big
        self.detail = detail
        super().__init__(f"{reason}: {detail}".rstrip(": "))


class ImportCancelled(Exception):
    """The seller cancelled a running import; nothing was written."""


class ImportHasErrors(Exception):
    """Some rows cannot be imported and the seller did not choose to import only the valid ones."""

    def __init__(self, errors: int) -> None:
        self.errors = errors
        super().__init__(f"{errors} rows cannot be imported")


@dataclass(frozen=True)
class ImportTable:
    """What a file holds, as a table. `rows[i]` came from file row (or vCard card) `row_numbers[i]`."""

    format: str  # csv | vcard
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    encoding: str = "utf-8"
    delimiter: str = ","
    suggested_mapping: tuple[str, ...] = ()
    unreadable: tuple[RowProblem, ...] = ()  # cards or rows that could not be parsed at all


@dataclass(frozen=True)
class RowProblem:
    """Why a row cannot be imported: `reason` is a code (required, email_invalid, phone_invalid,
    unreadable, no_name_column)."""

    row: int
    column: str
    reason: str
    value: str = ""


@dataclass(frozen=True)
class PlannedRow:
    row: int
    action: Action
    kind: str  # contact | company
    name: str
    company: str = ""
    mobile: str = ""
    email: str = ""
    reason: str = ""
    match_id: int | None = None
    problems: tuple[RowProblem, ...] = ()
    values: tuple[tuple[str, str], ...] = ()  # normalised field → value pairs


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[PlannedRow, ...]
    on_duplicate: OnDuplicate
    kind: str  # contact | company: what one row of this file is
    new_companies: tuple[str, ...] = ()

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]


@dataclass(frozen=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    not_imported: int = 0  # rows with problems left out
    companies_created: int = 0
    contact_ids: tuple[int, ...] = field(default=())
