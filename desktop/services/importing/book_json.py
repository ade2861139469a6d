"""The whole book back from its JSON export (docs/book-json.md), into an empty book only.

`dealbrief export book` writes every table; reading it back gives the same book: companies,
contacts, deals, notes, partners, stages… with their ids, so every link holds. It goes into an
empty book only (one whose seller data — companies, contacts, deals, notes, partners, visits —
has no row, deleted or not): merging two books' ids is not something to guess at. The defaults a
new book starts with (stages, roles, questions) are replaced by the file's. One transaction:
a file that does not fit changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import SQLModel

from desktop.domain.importing import ImportUnreadable
from desktop.services.exporting import BOOK_FORMAT, BOOK_FORMAT_VERSION
from desktop.services.importing.book_values import check_tables
from desktop.storage.book import Book
from desktop.storage.schema import LATEST_VERSION, REMARKS_TABLES

SELLER_TABLES = ("company", "contact", "deal", "call_note", "partner", "visit")


class BookNotEmpty(Exception):
    """A whole-book JSON can only be imported into a book that holds no companies, contacts,
    deals, notes, partners or visits yet."""


@dataclass(frozen=True)
class BookJson:
    """A whole-book export, checked: `counts` is rows per table, for a preview."""

    data: dict
    schema_version: int
    exported_at: str
    counts: dict[str, int]
    rows: dict[str, list[dict]] = field(default_factory=dict)  # checked, as the book stores them

    def live(self, table: str) -> int:
        """Rows the seller sees (not deleted) in `table`."""
        return sum(1 for r in self.data["tables"].get(table, []) if not r.get("deleted_at"))


def looks_like_book_json(data: bytes) -> bool:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:400]
    return head.startswith(b"{") and b'"format"' in head and BOOK_FORMAT.encode() in head


def read_book_json(data: bytes) -> BookJson:
    """The export checked against this version's tables; ImportUnreadable("book_json", why) if not."""
    try:
        parsed = json.loads(data.decode("utf-8-sig"), parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportUnreadable("book_json", f"not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise ImportUnreadable("book_json", "not valid JSON: nested too deeply") from exc
    except ValueError as exc:  # NaN/Infinity, or a number with thousands of digits
        raise ImportUnreadable("book_json", f"not valid JSON: {exc}") from exc
    if not isinstance(parsed, dict) or parsed.get("format") != BOOK_FORMAT:
        raise ImportUnreadable("book_json", "not a Dealbrief book export")
    if parsed.get("format_version") != BOOK_FORMAT_VERSION:
        raise ImportUnreadable("book_json", f"format_version {parsed.get('format_version')!r}")
    schema_version = parsed.get("schema_version")
    if not isinstance(schema_version, int) or schema_version > LATEST_VERSION:
        raise ImportUnreadable("book_json_too_new", f"schema_version {schema_version!r}")
    tables = parsed.get("tables")
    if not isinstance(tables, dict):
        raise ImportUnreadable("book_json", "no tables")
    if schema_version < 7:  # written before the free-text column was named `remarks`
        for name in REMARKS_TABLES:
            for row in tables.get(name, []) if isinstance(tables.get(name), list) else []:
                if isinstance(row, dict) and "notes" in row:
                    row["remarks"] = row.pop("notes")
    known = SQLModel.metadata.tables
    for name, rows in tables.items():
        if name not in known:
            raise ImportUnreadable("book_json", f"unknown table {name!r}")
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ImportUnreadable("book_json", f"table {name!r} is not a list of rows")
        columns = set(known[name].columns.keys())
        for row in rows:
            unknown = set(row) - columns
            if unknown:
                raise ImportUnreadable("book_json", f"unknown column {name}.{sorted(unknown)[0]}")
    ready = check_tables(tables, known)  # BookJsonInvalid names table, row, column and reason
    return BookJson(parsed, schema_version, str(parsed.get("exported_at", "")),
                    {name: len(rows) for name, rows in tables.items()}, ready)


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number a book holds")


def is_empty(book: Book) -> bool:
    with book.reading() as s:
        conn = s.connection()
        return all(
            conn.execute(sa.select(sa.func.count()).select_from(SQLModel.metadata.tables[t])).scalar() == 0
            for t in SELLER_TABLES
        )


def load_book_json(book: Book, export: BookJson) -> int:
    """Replace the empty `book`'s contents with the export's; returns the rows written.

    Raises BookNotEmpty (nothing written) when the book already holds seller data, and
    ImportUnreadable when a value does not fit its column (nothing written either)."""
    metadata = SQLModel.metadata
    written = 0
    with book.session() as s:
        conn = s.connection()
        for name in SELLER_TABLES:
            if conn.execute(sa.select(sa.func.count()).select_from(metadata.tables[name])).scalar():
                raise BookNotEmpty(name)
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())
        for table in metadata.sorted_tables:
            rows = export.rows.get(table.name) or check_tables(
                {table.name: export.data["tables"].get(table.name, [])}, metadata.tables)[table.name]
            if not rows:
                continue
            try:
                conn.execute(table.insert(), rows)
            except sa.exc.IntegrityError as exc:
                raise ImportUnreadable(
                    "book_json", f"table {table.name}: a row repeats an id, lacks a required value or "
                    f"refers to a row the file does not hold ({exc.orig})") from exc
            written += len(rows)
    return written


def read_book_json_file(path: Path | str) -> BookJson:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportUnreadable("cannot_read", str(exc)) from exc
    return read_book_json(data)
