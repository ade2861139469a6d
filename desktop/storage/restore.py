"""Restore a backup over the book, keeping the current book as a backup first.

The backup is checked (SQLite header, application id, schema version, integrity) before
anything is replaced. A healthy current book is copied to the backups folder and the backup is
then loaded into it with the online backup API, so an app that holds the book open sees the
restored content at once. A current file that is damaged or not a book is never written to: it
is moved, with its -wal and -shm companions, into the backups folder, and the restored book
takes its place. A missing book is simply created from the backup. A folder is never a book: restoring onto one
is refused. The backup is staged as `.<book>.<pid>.restoring` (removed on a later start if a kill
leaves it).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.storage.backup import BACKUP_SUFFIX, backups_dir, copy_book, validate_backup
from desktop.storage.book import open_book
from desktop.storage.errors import BookError, BookErrorKind, translate
from desktop.storage.leftovers import temp_prefix
from desktop.storage.schema import APPLICATION_ID


@dataclass(frozen=True)
class RestoreResult:
    book: Path
    restored_from: Path
    kept: Path | None  # where the book that was replaced now lives
    schema_version: int  # of the backup, before any migration


def _is_whole_book(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return False
            return conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _move_aside(book_path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y-%m-%d-%H%M%S")
    target = backups_dir(book_path) / f"{book_path.stem}-damaged-{stamp}{book_path.suffix or BACKUP_SUFFIX}"
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.replace(book_path, target)
    for extra in ("-wal", "-shm", "-journal"):
        companion = book_path.with_name(book_path.name + extra)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + extra))
    return target


def restore_backup(backup: Path | str, book_path: Path | str, now: datetime) -> RestoreResult:
    """Replace the book at `book_path` with `backup`; raises BookError and changes nothing when
    the backup is not a restorable book or the copy cannot be written."""
    backup, book_path = Path(backup), Path(book_path)
    if book_path.is_dir():
        raise BookError(BookErrorKind.NOT_A_BOOK, book_path, "a folder")
    info = validate_backup(backup)
    staged = book_path.with_name(f"{temp_prefix(book_path)}restoring")
    copy_book(backup, staged)
    try:
        kept = _replace(book_path, staged, now)
    except OSError as exc:
        error = translate(exc, book_path)
        if not isinstance(error, BookError):
            error = BookError(BookErrorKind.CANNOT_OPEN, book_path, str(exc))
        raise error from exc
    finally:
        try:
            staged.unlink(missing_ok=True)
        except OSError:
            pass
    open_book(book_path, create=False, now=now).close()  # migrates an older backup, with a copy
    return RestoreResult(book_path, backup, kept, info.schema_version)


def _replace(book_path: Path, staged: Path, now: datetime) -> Path | None:
    """Put the staged copy in place; returns where the book it replaced is kept."""
    if book_path.exists() and book_path.stat().st_size > 0 and _is_whole_book(book_path):
        stamp = now.strftime("%Y-%m-%d-%H%M%S")
        kept = copy_book(
            book_path, backups_dir(book_path) / f"{book_path.stem}-before-restore-{stamp}{BACKUP_SUFFIX}"
        )
        _load_into(staged, book_path)
        return kept
    kept = _move_aside(book_path, now) if book_path.exists() or book_path.is_symlink() else None
    os.replace(staged, book_path)
    return kept


def _load_into(source: Path, book_path: Path) -> None:
    try:
        src = sqlite3.connect(source)
        dst = sqlite3.connect(book_path, timeout=3)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        error = translate(exc, book_path)
        if not isinstance(error, BookError):
            error = BookError(BookErrorKind.CANNOT_OPEN, book_path, str(exc))
        raise error from exc
