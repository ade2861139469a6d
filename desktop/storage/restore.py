"""Restore a backup over the book, keeping the current book as a backup first.

The backup is checked (SQLite header, application id, schema version, integrity) before
anything is replaced. A healthy current book is copied to the backups folder and the backup is
then loaded into it with the online backup API, so an app that holds the book open sees the
restored content at once. A current file that is damaged or not a book is never written to: it
is moved, with its -wal and -shm companions, into the backups folder, and the restored book
takes its place. A missing book is simply created from the backup. A folder is never a book: restoring onto one
is refused. The backup is staged as `.<book>.<pid>.restoring` (removed on a later start if a kill
leaves it).

Locks: a backup locked with a passphrase is opened with its own (`passphrase`); the restored
content takes the book's current lock (`book_passphrase`, None for a plain book): the staged copy
is written with it (sqlcipher_export) before it is loaded, so the seller's passphrase for the book
does not change by restoring an older backup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.storage import cipher
from desktop.storage.backup import BACKUP_SUFFIX, backups_dir, copy_book, validate_backup
from desktop.storage.book import open_book
from desktop.storage.errors import BookError, BookErrorKind, translate
from desktop.storage.files import replacing, temp_prefix
from desktop.storage.schema import APPLICATION_ID


@dataclass(frozen=True)
class RestoreResult:
    book: Path
    restored_from: Path
    kept: Path | None  # where the book that was replaced now lives
    schema_version: int  # of the backup, before any migration


def _is_whole_book(path: Path, passphrase: str | None = None) -> bool:
    try:
        conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", passphrase, uri=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return False
            return conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            conn.close()
    except cipher.db_errors():
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


def restore_backup(backup: Path | str, book_path: Path | str, now: datetime, *,
                   passphrase: str | None = None, book_passphrase: str | None = None) -> RestoreResult:
    """Replace the book at `book_path` with `backup`; raises BookError and changes nothing when
    the backup is not a restorable book (or `passphrase` does not open it) or the copy cannot be
    written."""
    backup, book_path = Path(backup), Path(book_path)
    if book_path.is_dir():
        raise BookError(BookErrorKind.NOT_A_BOOK, book_path, "a folder")
    info = validate_backup(backup, passphrase=passphrase)
    if cipher.looks_encrypted(book_path) and book_passphrase is None:
        raise BookError(BookErrorKind.ENCRYPTED, book_path, "locked with a passphrase")
    staged = book_path.with_name(f"{temp_prefix(book_path)}restoring")
    backup_lock = passphrase if cipher.looks_encrypted(backup) else None
    if backup_lock == book_passphrase:
        copy_book(backup, staged, passphrase=book_passphrase)
    else:
        _relock_copy(backup, backup_lock, staged, book_passphrase)
    try:
        kept = _replace(book_path, staged, now, book_passphrase)
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
    # migrates an older backup, with a copy
    open_book(book_path, create=False, now=now, passphrase=book_passphrase).close()
    return RestoreResult(book_path, backup, kept, info.schema_version)


def _relock_copy(backup: Path, backup_lock: str | None, staged: Path, lock: str | None) -> None:
    """Stage `backup` (opened with `backup_lock`) as a copy locked with `lock`."""
    with replacing(staged) as tmp:
        try:
            source = cipher.cipher_connect(_read_only(backup), backup_lock, uri=True)
            try:
                cipher.export(source, tmp, lock)
            finally:
                source.close()
        except cipher.db_errors() as exc:
            error = translate(exc, staged)
            raise (error if isinstance(error, BookError)
                   else BookError(BookErrorKind.CANNOT_OPEN, staged, str(exc))) from exc


def _read_only(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def _replace(book_path: Path, staged: Path, now: datetime, passphrase: str | None = None) -> Path | None:
    """Put the staged copy in place; returns where the book it replaced is kept."""
    if book_path.exists() and book_path.stat().st_size > 0 and _is_whole_book(book_path, passphrase):
        stamp = now.strftime("%Y-%m-%d-%H%M%S")
        kept = copy_book(
            book_path, backups_dir(book_path) / f"{book_path.stem}-before-restore-{stamp}{BACKUP_SUFFIX}",
            passphrase=passphrase,
        )
        _load_into(staged, book_path, passphrase)
        return kept
    kept = _move_aside(book_path, now) if book_path.exists() or book_path.is_symlink() else None
    os.replace(staged, book_path)
    return kept


def _load_into(source: Path, book_path: Path, passphrase: str | None = None) -> None:
    try:
        src = cipher.connect(source, passphrase)
        dst = cipher.connect(book_path, passphrase, timeout=3)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except cipher.db_errors() as exc:
        error = translate(exc, book_path)
        if not isinstance(error, BookError):
            error = BookError(BookErrorKind.CANNOT_OPEN, book_path, str(exc))
        raise error from exc
