"""Backups of a book: automatic (daily, rotated), manual, before a migration, before a restore.

Where: a `backups` folder next to the book (the same folder the pre-migration copy uses), so a
seller who moves or syncs the book's folder takes its backups along; docs/backups.md says more.
How: SQLite's online backup API, never a file copy of a live database; each backup is a single
self-contained file (rollback journal, no -wal beside it) that opens like any book.
Rotation touches only the automatic backups: the newest 7 days are kept, then the newest
backup of each of the 4 weeks before them. Manual and safety copies are never deleted.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.storage.errors import BookError, BookErrorKind, translate
from desktop.storage.files import replacing
from desktop.storage.schema import APPLICATION_ID, LATEST_VERSION

BACKUP_SUFFIX = ".dealbrief"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
SQLITE_HEADER = b"SQLite format 3\x00"
_AUTO = re.compile(r"^(?P<stem>.+)-auto-(?P<day>\d{4}-\d{2}-\d{2})\.dealbrief$")


@dataclass(frozen=True)
class BackupInfo:
    """A file checked to be a restorable book."""

    path: Path
    schema_version: int
    size: int
    modified: datetime


def backups_dir(book_path: Path) -> Path:
    return Path(book_path).parent / "backups"


def copy_book(source: Path, dest: Path) -> Path:
    """Copy the book at `source` into a new self-contained file `dest` (online backup API).

    The copy is written by the one atomic writer (desktop.storage.files): a new user-only
    temporary file beside `dest`, renamed at the end, so a crash or a full disk never leaves a
    half-written backup under a real name and a symlink planted there is never followed.
    """
    dest = Path(dest)
    try:
        with replacing(dest) as tmp:
            src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
                src.close()
    except (sqlite3.Error, OSError) as exc:
        error = translate(exc, dest)
        if not isinstance(error, BookError):
            error = BookError(BookErrorKind.CANNOT_OPEN, dest, str(exc))
        raise error from exc
    return dest


def back_up_now(book_path: Path, now: datetime, dest: Path | None = None) -> Path:
    """A manual backup: to `dest`, or to the backups folder with the date and time in its name."""
    book_path = Path(book_path)
    if dest is None:
        stamp = now.strftime("%Y-%m-%d-%H%M%S")
        dest = backups_dir(book_path) / f"{book_path.stem}-manual-{stamp}{BACKUP_SUFFIX}"
    return copy_book(book_path, Path(dest))


def auto_backup(book_path: Path, now: datetime) -> Path | None:
    """Today's automatic backup, unless there already is one; then rotate. Returns the new file."""
    book_path = Path(book_path)
    folder = backups_dir(book_path)
    dest = folder / f"{book_path.stem}-auto-{now.date().isoformat()}{BACKUP_SUFFIX}"
    if dest.exists():
        return None
    copy_book(book_path, dest)
    rotate(folder, book_path.stem)
    return dest


def automatic_backups(folder: Path, stem: str) -> dict[date, Path]:
    found: dict[date, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _AUTO.match(path.name)
        if match and match["stem"] == stem:
            found[date.fromisoformat(match["day"])] = path
    return found


def to_keep(days: list[date], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> set[date]:
    """The newest `daily` days, then the newest day of each of the `weekly` older ISO weeks."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:daily])
    covered = {d.isocalendar()[:2] for d in keep}
    weeks: list[tuple[int, int]] = []
    for day in ordered[daily:]:
        week = day.isocalendar()[:2]
        if week in covered or week in weeks:
            continue
        if len(weeks) >= weekly:
            break
        weeks.append(week)
        keep.add(day)
    return keep


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete the automatic backups rotation no longer keeps; returns the deleted files."""
    found = automatic_backups(folder, stem)
    keep = to_keep(list(found))
    deleted = []
    for day, path in found.items():
        if day not in keep:
            path.unlink(missing_ok=True)
            deleted.append(path)
    return deleted


def list_backups(book_path: Path) -> list[Path]:
    """Every backup of this book in its backups folder, newest first."""
    folder = backups_dir(Path(book_path))
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
             and p.suffix in (BACKUP_SUFFIX, ".db")]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def validate_backup(path: Path) -> BackupInfo:
    """Check that `path` is a whole Dealbrief book this version can open; raise BookError if not.

    The file is read through a private copy, so validating never touches it (nor needs its
    folder to be writable).
    """
    path = Path(path)
    if not path.is_file():
        raise BookError(BookErrorKind.CANNOT_OPEN, path, "no such file")
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BookError(BookErrorKind.NOT_A_BOOK, path, "not an SQLite file")
    with tempfile.TemporaryDirectory(prefix="dealbrief-check-") as tmp:
        probe = Path(tmp) / "probe.db"
        probe.write_bytes(path.read_bytes())
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            probe.with_name("probe.db-wal").write_bytes(wal.read_bytes())
        try:
            conn = sqlite3.connect(probe)
            try:
                version = _check(conn, path)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            error = translate(exc, path)
            if isinstance(error, BookError):
                raise error from exc
            raise BookError(BookErrorKind.CORRUPT, path, str(exc)) from exc
    stat = path.stat()
    return BackupInfo(path, version, stat.st_size, datetime.fromtimestamp(stat.st_mtime))


def _check(conn: sqlite3.Connection, path: Path) -> int:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise BookError(BookErrorKind.NOT_A_BOOK, path, f"application_id {app_id:#x}")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        raise BookError(BookErrorKind.TOO_NEW, path, f"version {version}")
    result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise BookError(BookErrorKind.CORRUPT, path, "; ".join(result[:3]))
    return version
