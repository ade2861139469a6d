"""Encryption at rest: a book locked with a passphrase is an SQLCipher 4 file (sqlcipher3).

A book without a passphrase stays a plain SQLite file opened with Python's own sqlite3, exactly as
before; sqlcipher3 is imported only when a passphrase is in play (it is a separate SQLite build,
3.53 with FTS5 and the trigram tokenizer). Every raw connection to a book goes through `connect`,
so one function decides which library opens which file.

Changing the lock (set, change, remove) never rewrites the book in place: `export` writes the
whole book into a new file beside it with `sqlcipher_export`, the new file is checked with its own
key, and only then is it renamed over the old one (storage/relock.py). A crash leaves the
old book or the new one, both whole.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8


def db_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes that may reach us: sqlite3's, and sqlcipher3's once it is used.

    Usable in an `except` clause (evaluated when an exception is being matched)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error,) if cipher is None else (sqlite3.Error, cipher.Error)


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + passphrase.replace("'", "''") + "'"


def _keyed(conn: Any, passphrase: str) -> Any:
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key must not print to the terminal
    if passphrase:  # no key: SQLCipher reads and writes a plain SQLite file
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
    return conn


def connect(target: Path | str, passphrase: str | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to `target` (a path, or a URI with uri=True).

    With a passphrase the connection is SQLCipher's, keyed before anything is read; a wrong
    passphrase shows at the first read ("file is not a database")."""
    if passphrase is None:
        return sqlite3.connect(target, **kwargs)
    from sqlcipher3 import dbapi2

    return _keyed(dbapi2.connect(str(target), **kwargs), passphrase)


def looks_encrypted(path: Path) -> bool:
    """True when `path` may be a locked book: not a plain SQLite file, a whole number of pages,
    and bytes that look random (an SQLCipher file begins with a random salt)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError:
        return False
    if size < 1024 or size % 512 or head.startswith(SQLITE_HEADER):
        return False
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
    return printable < len(head) * 0.6 and len(set(head)) > 128


def opens_with(path: Path, passphrase: str | None) -> bool:
    """Whether `passphrase` (None: no passphrase) opens the book at `path`.

    Only page 1 is read (its header: the key check of SQLCipher's first page), so a book whose
    other pages are damaged still opens with its passphrase and is then called damaged, not
    "wrong passphrase". A damaged first page cannot be told from a wrong passphrase."""
    try:
        conn = connect(f"{path.resolve().as_uri()}?mode=ro", passphrase, uri=True)
    except db_errors():
        return False
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return True
    except db_errors():
        return False
    finally:
        conn.close()


def export(source: Any, dest: Path, passphrase: str | None) -> None:
    """Write the whole book of the SQLCipher connection `source` into the new file `dest`,
    encrypted with `passphrase` (None: a plain SQLite file), with its id and version."""
    key = quote(passphrase or "")
    app_id = source.execute("PRAGMA application_id").fetchone()[0]
    version = source.execute("PRAGMA user_version").fetchone()[0]
    source.execute(f"ATTACH DATABASE {quote(str(dest))} AS relocked KEY {key}")
    try:
        source.execute("SELECT sqlcipher_export('relocked')").fetchall()
        source.execute(f"PRAGMA relocked.application_id = {int(app_id)}")
        source.execute(f"PRAGMA relocked.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE relocked")


def cipher_connect(path: Path, passphrase: str | None, **kwargs: Any) -> Any:
    """An SQLCipher connection to `path` even when the book is plain (needed for `export`)."""
    from sqlcipher3 import dbapi2

    return _keyed(dbapi2.connect(str(path), **kwargs), passphrase or "")


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length and variety, said to the seller in words."""
    if len(passphrase) < MIN_PASSPHRASE:
        return 0
    kinds = sum((any(c.islower() for c in passphrase), any(c.isupper() for c in passphrase),
                 any(c.isdigit() for c in passphrase), any(not c.isalnum() for c in passphrase),
                 any(ord(c) > 127 for c in passphrase)))
    score = 1 + (len(passphrase) >= 12) + (kinds >= 3 or len(passphrase) >= 20)
    return min(score, 3)
