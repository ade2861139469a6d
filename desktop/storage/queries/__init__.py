"""Reading the book: one query module per area, shared helpers here.

Query functions take a `Session`, never commit, and return ORM rows or plain tuples to the service
that called them; services map them to domain records and own the transaction.

- `live(stmt, Table)`: the statement limited to rows that are not deleted (soft delete).
- `get_live(session, Table, id)`: the row, or `NotFound` when it is missing or deleted.
- `find_live(session, Table, id)`: the row, or None.
- `linked_live(session, Table, id, field, code)`: the row a record links to, or ValidationFailed
  with that field error (a company, deal or contact deleted while the form was open).
- `get_deleted(session, Table, id)`: the deleted row `restore()` brings back, or `NotFound`.

One module per area (people, deals, notes, partners, committee, pipeline, briefing, …) holds the
queries and the row→record mappers of that area. Which reading style for what:
- one record, or the few rows a form or a document needs: ORM rows (`session.get`, `select(T)`);
- a list of thousands of rows (contacts, the deals board): selected columns as plain tuples, or
  raw SQL through `listing.fetch_all` when SQLAlchemy's per-row cost shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from desktop.domain.errors import FieldError, NotFound, ValidationFailed

if TYPE_CHECKING:  # not imported at run time: queries/today.py reads without SQLModel (issue 20)
    from sqlmodel import Session

T = TypeVar("T")


def live(stmt: Any, *tables: Any) -> Any:
    """`stmt` with `deleted_at IS NULL` for each table given."""
    for table in tables:
        stmt = stmt.where(table.deleted_at.is_(None))
    return stmt


def get_live(session: Session, table: type[T], row_id: int | None) -> T:
    """The row with `row_id` that is not deleted; NotFound otherwise."""
    row = find_live(session, table, row_id)
    if row is None:
        raise NotFound(f"{table.__name__} {row_id}")
    return row


def find_live(session: Session, table: type[T], row_id: int | None) -> T | None:
    """The row with `row_id` that is not deleted; None otherwise."""
    row = session.get(table, row_id) if row_id is not None else None
    if row is None or getattr(row, "deleted_at", None) is not None:
        return None
    return row


def linked_live(session: Session, table: type[T], row_id: int | None, field: str, code: str,
                detail: str = "") -> T:
    """The live row a record links to; ValidationFailed([FieldError(field, code, detail)])
    when it is missing or deleted, so the form says it beside the field."""
    row = find_live(session, table, row_id)
    if row is None:
        raise ValidationFailed([FieldError(field, code, detail)])
    return row


def get_deleted(session: Session, table: type[T], row_id: int | None) -> T:
    """The deleted row with `row_id` (what `restore()` brings back); NotFound otherwise."""
    row = session.get(table, row_id) if row_id is not None else None
    if row is None or getattr(row, "deleted_at", None) is None:
        raise NotFound(f"{table.__name__} {row_id}")
    return row
