"""Encryption at rest: a book locked with a passphrase is an SQLCipher 4 file (sqlcipher3).

A book without a passphrase stays a plain SQLite file opened with Python's own sqlite3, exactly as
before; sqlcipher3 is imported only when a passphrase is in play (it is a separate SQLite build,
3.53 with FTS5 and the trigram tokenizer). Every raw connection to a book goes through `connect`,
so one function decides which library opens which file.

Changing the lock (set, change, remove) never rewrites the book in place: `export` writes the
whole book into a new file beside it with `sqlcipher_export`, the new file is checked with its own
key, and only then is it renamed over the old one (storage/relock.py). A crash leaves the
old book or the new one, both whole.

The key is derived once: SQLCipher 4 turns a passphrase into the page key with PBKDF2-HMAC-SHA512
(256,000 rounds, the file's 16-byte salt), about 0.2 s of CPU on every connection keyed with the
passphrase. `connect` derives that key itself once per passphrase and file salt and keys every
later connection with SQLCipher's raw key form (`x'<key><salt>'`), which skips the derivation. The
derived keys live only in this process's memory (never in a file, a setting or the keyring); a key
that does not open the file as the passphrase does is never used (see `_raw_key`).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 8
# SQLCipher 4's defaults, which every locked book this app writes uses (cipher_settings).
KDF_ROUNDS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16
_KEPT_KEYS = 8  # a few books and backups per session; the oldest is forgotten first

_keys: dict[tuple[str, bytes], str | None] = {}  # (passphrase, salt) -> raw key; None: use the passphrase
_keys_lock = threading.Lock()


def db_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes that may reach us: sqlite3's, and sqlcipher3's once it is used.

    Usable in an `except` clause (evaluated when an exception is being matched)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error,) if cipher is None else (sqlite3.Error, cipher.Error)


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + passphrase.replace("'", "''") + "'"


def file_salt(path: Path) -> bytes | None:
    """The salt at the start of a locked book's file (SQLCipher keeps it there in the clear);
    None when the file is missing or too short to hold a page (a new file gets a random one)."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(512)
    except OSError:
        return None
    return head[:SALT_BYTES] if len(head) == 512 and not head.startswith(SQLITE_HEADER) else None


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The page key SQLCipher 4 derives from `passphrase` for a file with `salt`."""
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES)


def raw_key(key: bytes, salt: bytes) -> str:
    """SQLCipher's raw key form: the derived key and the file's salt, in hex."""
    return f"x'{key.hex()}{salt.hex()}'"


def forget_keys() -> None:
    """Drop every derived key kept in memory (the book closed or its lock changed)."""
    with _keys_lock:
        _keys.clear()


def derived_keys() -> int:
    """How many derived keys this process holds (for tests)."""
    return sum(v is not None for v in _keys.values())


def _path_of(target: Path | str, uri: bool) -> Path:
    if not uri:
        return Path(target)
    return Path(unquote(urlsplit(str(target)).path))


def _raw_key(dbapi2: Any, target: str, path: Path, passphrase: str, **kwargs: Any) -> str | None:
    """The raw key for `passphrase` on the file at `path`, derived once; None: key with the
    passphrase (a new file, a passphrase SQL cannot carry, or a file whose key SQLCipher derives
    otherwise, e.g. a file made with other settings).

    The first time a passphrase meets a salt, the derived key is tried on page 1; if it does not
    open the file, the passphrase is tried the usual way: when that opens it, this file is keyed
    with its passphrase from now on; when it does not either, nothing is kept (a wrong passphrase,
    or a damaged first page, is reported by the caller's own read as before)."""
    if "\x00" in passphrase:
        return None
    salt = file_salt(path)
    if salt is None:
        return None
    with _keys_lock:
        if (passphrase, salt) in _keys:
            return _keys[(passphrase, salt)]
    candidate = raw_key(derive_key(passphrase, salt), salt)
    if _opens(dbapi2, target, f"PRAGMA key = {quote(candidate)}", **kwargs):
        found: str | None = candidate
    elif _opens(dbapi2, target, f"PRAGMA key = {quote(passphrase)}", **kwargs):
        found = None
    else:
        return None  # not kept: the next try derives again
    with _keys_lock:
        while len(_keys) >= _KEPT_KEYS:
            _keys.pop(next(iter(_keys)))
        _keys[(passphrase, salt)] = found
    return found


def _opens(dbapi2: Any, target: str, key_sql: str, **kwargs: Any) -> bool:
    try:
        conn = dbapi2.connect(target, **kwargs)
    except dbapi2.Error:
        return False
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_sql)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi2.Error:
        return False
    finally:
        conn.close()


def key_for(target: Path | str, passphrase: str, *, uri: bool = False, **kwargs: Any) -> str:
    """What to key a connection to `target` with: the raw key when one is known or derivable,
    else the passphrase itself (SQLCipher then derives the key on that connection)."""
    if not passphrase:
        return passphrase
    from sqlcipher3 import dbapi2

    found = _raw_key(dbapi2, str(target), _path_of(target, uri), passphrase, uri=uri, **kwargs)
    return found or passphrase


def _keyed(conn: Any, key: str) -> Any:
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key must not print to the terminal
    if key:  # no key: SQLCipher reads and writes a plain SQLite file
        conn.execute(f"PRAGMA key = {quote(key)}")
    return conn


def connect(target: Path | str, passphrase: str | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to `target` (a path, or a URI with uri=True).

    With a passphrase the connection is SQLCipher's, keyed before anything is read (with the key
    derived once, see `key_for`); a wrong passphrase shows at the first read ("file is not a
    database")."""
    if passphrase is None:
        return sqlite3.connect(target, **kwargs)
    from sqlcipher3 import dbapi2

    key = key_for(target, passphrase, uri=bool(kwargs.get("uri")))
    return _keyed(dbapi2.connect(str(target), **kwargs), key)


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


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def recover_hot_journal(path: Path, passphrase: str | None = None, *,
                        timeout: float = 3.0) -> None:
    """Let SQLite roll back a transaction a crash left in a rollback journal beside `path` (a kill
    while a locked book turned to WAL on its first open after a relock, or a migration).

    A read-only connection cannot: SQLite refuses the whole file ("attempt to write a readonly
    database", SQLITE_READONLY_ROLLBACK) for as long as the journal is hot, whatever the key. So
    a read-write connection reads the book once, which puts back the pages as they were before
    that transaction: SQLite's own recovery. It needs no key: the journal holds the pages as the
    file held them (encrypted), and they are copied back byte for byte, so a wrong passphrase
    rolls back the same bytes the right one does (and then reads nothing). Nothing is done when
    there is no journal, or when the book or its folder cannot be written."""
    try:
        hot = _journal(path).stat().st_size > 0
    except OSError:
        return
    if not hot or not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return
    try:
        conn = connect(path, passphrase, timeout=timeout)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except db_errors():
        return  # a wrong passphrase (rolled back all the same), or the caller's read says why


def _reads(target: str, passphrase: str | None) -> bool:
    try:
        conn = connect(target, passphrase, uri=True)
    except db_errors():
        return False
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return True
    except db_errors():
        return False
    finally:
        conn.close()


def opens_with(path: Path, passphrase: str | None) -> bool:
    """Whether `passphrase` (None: no passphrase) opens the book at `path`.

    Only page 1 is read (its header: the key check of SQLCipher's first page), so a book whose
    other pages are damaged still opens with its passphrase and is then called damaged, not
    "wrong passphrase". A damaged first page cannot be told from a wrong passphrase.

    The read is read-only, but a hot rollback journal a crash left beside the book is rolled back
    first (`recover_hot_journal`): a read-only connection refuses a book with one, which would
    call the right passphrase wrong. Where the journal cannot be rolled back (a read-only folder),
    page 1 is read as the file holds it (`immutable`: the journal is not looked at)."""
    path = Path(path)
    recover_hot_journal(path, passphrase)
    uri = path.resolve().as_uri()
    if _reads(f"{uri}?mode=ro", passphrase):
        return True
    return _journal(path).exists() and _reads(f"{uri}?mode=ro&immutable=1", passphrase)


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

    key = key_for(path, passphrase or "", uri=bool(kwargs.get("uri")))
    return _keyed(dbapi2.connect(str(path), **kwargs), key)


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length and variety, said to the seller in words."""
    if len(passphrase) < MIN_PASSPHRASE:
        return 0
    kinds = sum((any(c.islower() for c in passphrase), any(c.isupper() for c in passphrase),
                 any(c.isdigit() for c in passphrase), any(not c.isalnum() for c in passphrase),
                 any(ord(c) > 127 for c in passphrase)))
    score = 1 + (len(passphrase) >= 12) + (kinds >= 3 or len(passphrase) >= 20)
    return min(score, 3)
