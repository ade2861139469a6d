"""Is this file a whole book this version made? The checks run before anything is written.

- `quick_check`: SQLite's own check of the pages (PRAGMA quick_check; integrity_check also checks
  that indexes match their tables, and costs more: README "Your data is safe" has the figures).
- `check_schema`: the tables, columns, triggers and views compared with what this version makes.
  A trigger or view this version did not make could change or hide the seller's data, so a book
  holding one is refused (UNTRUSTED), as is a book whose tables lack columns this version needs.
  Tables that a later feature adds (create_all makes them) may be missing; the app's own triggers
  must read exactly as this version writes them.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from desktop.storage.cipher import db_errors
from desktop.storage.errors import BookError, BookErrorKind
from desktop.storage.schema import LATEST_VERSION

_FTS5 = re.compile(r"USING\s+fts5\s*\(", re.IGNORECASE)


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick_check: [] when the pages are whole, else its first few complaints."""
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except db_errors() as exc:
        return [str(exc)]
    return [] if result == ["ok"] else result


def expected_triggers() -> dict[str, str]:
    """The app's own triggers: name -> the SQL SQLite stores for it."""
    from desktop.storage import search  # the check runs after Today's first paint (issue 20)

    out = {}
    for table, kind, column in search.SOURCES:
        for sql in search.trigger_sql(table, kind, column):
            name = sql.split()[5]  # CREATE TRIGGER IF NOT EXISTS <name> ...
            out[name] = search.normal_sql(sql)
    return out


def check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Raise BookError(UNTRUSTED) when the book holds what this version did not make.

    Loads SQLModel and the tables (the app runs this after its window shows: issue 20)."""
    from sqlmodel import SQLModel

    from desktop.storage import (
        search,
        tables,  # noqa: F401  (registers the tables with SQLModel.metadata)
    )

    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    own_triggers = expected_triggers()
    known = set(SQLModel.metadata.tables)
    for kind, name, _table, sql in rows:
        if kind == "view":
            raise BookError(BookErrorKind.UNTRUSTED, path, f"view {name}")
        if kind == "trigger" and own_triggers.get(name) != search.normal_sql(sql or ""):
            raise BookError(BookErrorKind.UNTRUSTED, path, f"trigger {name}")
        virtual = kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL TABLE")
        ours = name in search.ALL_TABLES or (version < LATEST_VERSION and name in search.RETIRED_TABLES)
        if virtual and (not ours or not _FTS5.search(sql)):
            raise BookError(BookErrorKind.UNTRUSTED, path, f"virtual table {name}")
    if version != LATEST_VERSION:
        return  # an older book's columns are the migrations' business; checked again after them
    present = {name for kind, name, _t, _s in rows if kind == "table"}
    for name in sorted(known & present):
        columns = {r[1]: r for r in conn.execute(f"PRAGMA table_info('{name}')")}
        wanted = {c.name for c in SQLModel.metadata.tables[name].columns}
        missing = wanted - set(columns)
        if missing:
            raise BookError(BookErrorKind.UNTRUSTED, path, f"{name} lacks {', '.join(sorted(missing))}")
        for column, info in columns.items():
            notnull, default, pk = info[3], info[4], info[5]
            if column not in wanted and notnull and default is None and not pk:
                raise BookError(BookErrorKind.UNTRUSTED, path, f"{name}.{column} is unknown")
