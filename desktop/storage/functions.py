"""The SQL functions the book's queries call, made on every connection to a book (SQLAlchemy's
through the engine's connect event, the plain sqlite3 one of Book.raw_reading): deterministic,
pure Python over the domain's rules, so the book answers as the Python side does.

- `dealbrief_fold(text)`: domain/folding.fold (SQLite's own lower() folds A-Z only), for the
  filters that run in the book (the deals board, the contacts list);
- `dealbrief_name_keys(name_alt)`: domain/people.name_search_keys (pinyin run together and its
  initials)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.domain.folding import fold

_name_search_keys: Callable[[str], str] | None = None


def _fold(text: Any) -> Any:
    return fold(text) if isinstance(text, str) else text  # NULL stays NULL


def _name_keys(name_alt: str) -> str:
    global _name_search_keys
    if _name_search_keys is None:  # domain.people not before Today's first paint (issue 20)
        from desktop.domain.people import name_search_keys

        _name_search_keys = name_search_keys
    return _name_search_keys(name_alt)


def register(dbapi_conn: Any) -> None:
    """Make the book's SQL functions on one DB-API connection (sqlite3 or sqlcipher3)."""
    dbapi_conn.create_function("dealbrief_fold", 1, _fold, deterministic=True)
    dbapi_conn.create_function("dealbrief_name_keys", 1, _name_keys, deterministic=True)
