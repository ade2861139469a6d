"""Typed storage errors: each one a situation the seller can understand and act on.

Modelled on qutebrowser's misc/sql.py: SQLite's error codes are mapped to a small set of kinds;
anything unknown is a bug and is re-raised untouched.
"""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum
from pathlib import Path

from desktop.storage.cipher import db_errors


class BookErrorKind(StrEnum):
    LOCKED = "locked"  # another program holds a write lock longer than we wait
    READ_ONLY = "read_only"  # the file or its folder cannot be written
    DISK_FULL = "disk_full"
    CORRUPT = "corrupt"  # SQLite says the file is damaged or truncated
    NOT_A_BOOK = "not_a_book"  # a readable file that is not a Dealbrief book
    TOO_NEW = "too_new"  # written by a newer Dealbrief
    CANNOT_OPEN = "cannot_open"  # missing folder, permission denied
    IN_USE = "in_use"  # the app holds the book open and this process wants to write
    DAMAGED = "damaged"  # the book fails its check: it may be read, never written
    UNTRUSTED = "untrusted"  # a book with tables, triggers or views this version did not make
    ENCRYPTED = "encrypted"  # locked with a passphrase, and none was given
    WRONG_PASSPHRASE = "wrong_passphrase"  # the passphrase given does not open the book
    CHECKING = "checking"  # opened, its check still running: nothing is written until it passes


class BookError(Exception):
    """A storage problem with a kind; the UI and CLI turn the kind into plain words."""

    def __init__(self, kind: BookErrorKind, path: Path | str | None = None, detail: str = "",
                 *, backup: Path | None = None):
        self.kind = kind
        self.path = Path(path) if path else None
        self.detail = detail
        self.backup = backup  # DAMAGED: the newest backup that passes its own check, if any
        super().__init__(f"{kind.value}: {path or ''} {detail}".strip())


# English messages for the CLI and logs; the GUI has translated ones in desktop/ui/errors.py.
CLI_MESSAGES: dict[BookErrorKind, str] = {
    BookErrorKind.LOCKED: "The book is busy: another program is writing to it. Try again in a moment.",
    BookErrorKind.READ_ONLY: "The book cannot be written (the file or its folder is read-only). "
    "Nothing was changed. Move the book somewhere writable or fix the permissions.",
    BookErrorKind.DISK_FULL: "The disk is full. Nothing was changed. Free some space and try again.",
    BookErrorKind.CORRUPT: "The book file is damaged. It was not changed. "
    "Restore a backup (dealbrief restore FILE) or open another book with --book.",
    BookErrorKind.NOT_A_BOOK: "This file is not a Dealbrief book. It was not changed. "
    "Choose another file with --book.",
    BookErrorKind.TOO_NEW: "This book was written by a newer Dealbrief. Update Dealbrief to open it.",
    BookErrorKind.CANNOT_OPEN: "The book cannot be opened (the folder is missing or not accessible).",
    BookErrorKind.IN_USE: "Dealbrief has this book open (the app, or another dealbrief command that "
    "writes). Close the app or wait for the command, or make the change in the app.",
    BookErrorKind.DAMAGED: "The book file is damaged (it fails SQLite's check). It was not changed "
    "and is opened read-only: it can be read, exported and backed up, but not changed.",
    BookErrorKind.UNTRUSTED: "This book holds tables, triggers or views that Dealbrief did not make, "
    "so it is not trusted. It was not changed. Restore a backup or open another book with --book.",
    BookErrorKind.ENCRYPTED: "This book is locked with a passphrase (or it is not a Dealbrief book). "
    "Give the passphrase in a file: --passphrase-file FILE or DEALBRIEF_PASSPHRASE_FILE=FILE.",
    BookErrorKind.WRONG_PASSPHRASE: "The passphrase does not open this book. Nothing was changed. "
    "Check the passphrase file (a passphrase is case-sensitive).",
    BookErrorKind.CHECKING: "The book is still being checked after opening. Nothing was changed. "
    "Try again in a moment.",
}


def cli_message(exc: BookError) -> str:
    """The plain English sentence for the CLI, naming the file and, for a damaged book, the
    newest good backup."""
    if exc.detail == "a folder":
        return (f"{exc.path} is a folder, not a Dealbrief book. Nothing was changed. "
                "Give the book's file (e.g. with --book).")
    text = CLI_MESSAGES[exc.kind]
    if exc.path:
        text += f" ({exc.path})"
    if exc.kind is BookErrorKind.DAMAGED:
        if exc.backup is not None:
            text += (f" The newest backup that passes its check is {exc.backup}: "
                     f"restore it with  dealbrief restore '{exc.backup}'")
        else:
            text += " No backup that passes its check was found."
    return text


def classify(exc: BaseException) -> BookErrorKind | None:
    """The kind of a sqlite3 error, or None when it is not a known storage situation."""
    orig = getattr(exc, "orig", exc)  # SQLAlchemy wraps the DB-API exception
    if not isinstance(orig, db_errors()):
        if isinstance(orig, PermissionError) or getattr(orig, "errno", None) == errno.EROFS:
            return BookErrorKind.READ_ONLY
        if getattr(orig, "errno", None) in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return BookErrorKind.DISK_FULL
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    msg = str(orig).lower()
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in msg:
        return BookErrorKind.LOCKED
    if primary == sqlite3.SQLITE_READONLY or "readonly" in msg or "read-only" in msg:
        return BookErrorKind.READ_ONLY
    if primary == sqlite3.SQLITE_FULL or "disk is full" in msg:
        return BookErrorKind.DISK_FULL
    if primary == sqlite3.SQLITE_CORRUPT or "malformed" in msg:
        return BookErrorKind.CORRUPT
    if primary == sqlite3.SQLITE_NOTADB or "not a database" in msg:
        return BookErrorKind.NOT_A_BOOK
    if primary == sqlite3.SQLITE_CANTOPEN or "unable to open" in msg:
        return BookErrorKind.CANNOT_OPEN
    if primary == sqlite3.SQLITE_IOERR or "disk i/o" in msg:
        return BookErrorKind.READ_ONLY if "read" in msg else BookErrorKind.DISK_FULL
    return None


def translate(exc: BaseException, path: Path | str | None) -> BaseException:
    """A BookError for a known storage situation, else the original exception."""
    kind = classify(exc)
    if kind is None:
        return exc
    return BookError(kind, path, str(getattr(exc, "orig", exc)))
