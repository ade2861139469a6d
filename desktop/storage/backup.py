"""Backups of a book: automatic (daily, rotated), manual, before a migration, before a restore.

Where: a `backups` folder next to the book (the same folder the pre-migration copy uses), so a
seller who moves or syncs the book's folder takes its backups along; docs/backups.md says more.
How: SQLite's online backup API, never a file copy of a live database; each backup is a single
self-contained file (rollback journal, no -wal beside it) that opens like any book.
Rotation touches only the automatic backups: the newest 7 days are kept, then the newest
backup of each of the 4 weeks before them. Manual and safety copies are never deleted.
A backup counts only once it passes SQLite's quick_check: a copy of a damaged book is never
kept under a backup's name, and rotation never deletes the last good backup to keep bad ones.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.storage import cipher
from desktop.storage.check import check_schema, quick_check
from desktop.storage.errors import BookError, BookErrorKind, translate
from desktop.storage.files import replacing
from desktop.storage.leftovers import check_prefix, clean_check_folders
from desktop.storage.schema import APPLICATION_ID, LATEST_VERSION
from desktop.storage.unlock import passphrase_for

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


def copy_book(source: Path, dest: Path, *, verify: bool = True,
              passphrase: str | None = None) -> Path:
    """Copy the book at `source` into a new self-contained file `dest` (online backup API).

    The copy is written by the one atomic writer (desktop.storage.files): a new user-only
    temporary file beside `dest`, checked (quick_check) and renamed at the end, so a crash, a
    full disk or a damaged source never leaves a half-written or damaged backup under a real
    name, and a symlink planted there is never followed. A copy that fails its check raises
    BookError(DAMAGED); with `verify=False` it is kept whatever it holds (what can be read of a
    damaged book). The copy of a book locked with `passphrase` is locked with it too.
    """
    source, dest = Path(source), Path(dest)
    if source.is_dir():
        raise BookError(BookErrorKind.NOT_A_BOOK, source, "a folder")
    if dest.is_dir():
        raise BookError(BookErrorKind.NOT_A_BOOK, dest, "a folder")
    try:
        with replacing(dest) as tmp:
            src = cipher.connect(_read_uri(source), passphrase, uri=True)
            dst = cipher.connect(tmp, passphrase)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                problems = quick_check(dst) if verify else []
            finally:
                dst.close()
                src.close()
            if problems:
                raise BookError(BookErrorKind.DAMAGED, source, "; ".join(problems))
    except BookError:
        raise
    except (*cipher.db_errors(), OSError) as exc:
        error = translate(exc, dest)
        if not isinstance(error, BookError):
            error = BookError(BookErrorKind.CANNOT_OPEN, dest, str(exc))
        raise error from exc
    return dest


def _read_uri(path: Path) -> str:
    from desktop.storage.book import read_only_uri

    return read_only_uri(Path(path))


def back_up_now(book_path: Path, now: datetime, dest: Path | None = None,
                passphrase: str | None = None) -> Path:
    """A manual backup: to `dest`, or to the backups folder with the date and time in its name.

    A damaged book is still copied, so what can be read is saved somewhere: under a `-damaged-`
    name that never counts as a backup, and BookError(DAMAGED) then names the copy (detail) and
    the newest good backup."""
    from desktop.storage.book import inspect_book

    book_path = Path(book_path)
    if book_path.is_file():
        passphrase = passphrase_for(book_path, passphrase)
    stamp = now.strftime("%Y-%m-%d-%H%M%S")
    if dest is None:
        dest = backups_dir(book_path) / f"{book_path.stem}-manual-{stamp}{BACKUP_SUFFIX}"
    if book_path.is_dir():
        raise BookError(BookErrorKind.NOT_A_BOOK, book_path, "a folder")
    _version, problems = inspect_book(book_path, passphrase)  # not a book, too new, untrusted
    try:
        if problems:
            raise BookError(BookErrorKind.DAMAGED, book_path, "; ".join(problems))
        return copy_book(book_path, Path(dest), passphrase=passphrase)
    except BookError as exc:
        if exc.kind is not BookErrorKind.DAMAGED:
            raise
        dest = Path(dest)
        damaged = dest.with_name(f"{dest.stem}-damaged-{stamp}{dest.suffix or BACKUP_SUFFIX}")
        copy_book(book_path, damaged, verify=False, passphrase=passphrase)
        raise BookError(BookErrorKind.DAMAGED, book_path, str(damaged),
                        backup=newest_good_backup(book_path, passphrase)) from exc


def auto_backup(book_path: Path, now: datetime, passphrase: str | None = None) -> Path | None:
    """Today's automatic backup, unless there already is one; then rotate. Returns the new file."""
    book_path = Path(book_path)
    folder = backups_dir(book_path)
    dest = folder / f"{book_path.stem}-auto-{now.date().isoformat()}{BACKUP_SUFFIX}"
    if dest.exists():
        return None
    passphrase = passphrase_for(book_path, passphrase)
    copy_book(book_path, dest, passphrase=passphrase)
    rotate(folder, book_path.stem, fresh=dest, passphrase=passphrase)
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


def rotate(folder: Path, stem: str, fresh: Path | None = None,
           passphrase: str | None = None) -> list[Path]:
    """Delete the automatic backups rotation no longer keeps; returns the deleted files.

    The last good backup is never deleted to keep bad ones: when no kept backup passes its check
    (`fresh`, just made and checked, does), the newest good one among the rest is kept too."""
    found = automatic_backups(folder, stem)
    keep = to_keep(list(found))
    drop = sorted((day for day in found if day not in keep), reverse=True)
    fresh_kept = fresh is not None and found.get(max(keep)) == Path(fresh)
    if drop and not fresh_kept and not any(is_good(found[day], passphrase) for day in keep):
        spare = next((day for day in drop if is_good(found[day], passphrase)), None)
        if spare is not None:
            drop.remove(spare)
    deleted = []
    for day in drop:
        found[day].unlink(missing_ok=True)
        deleted.append(found[day])
    return deleted


def is_good(path: Path, passphrase: str | None = None) -> bool:
    """True when `path` is a whole book this version can restore (quick check); a locked
    backup counts only when `passphrase` opens it."""
    try:
        validate_backup(path, full=False, passphrase=passphrase)
    except BookError:
        return False
    return True


def newest_good_backup(book_path: Path, passphrase: str | None = None) -> Path | None:
    """The newest backup of this book that passes its own check, or None."""
    for path in list_backups(book_path):
        if "-damaged-" not in path.name and is_good(path, passphrase):
            return path
    return None


def list_backups(book_path: Path) -> list[Path]:
    """Every backup of this book in its backups folder, newest first."""
    folder = backups_dir(Path(book_path))
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
             and p.suffix in (BACKUP_SUFFIX, ".db")]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def validate_backup(path: Path, *, full: bool = True, passphrase: str | None = None) -> BackupInfo:
    """Check that `path` is a whole Dealbrief book this version can open and trusts (schema);
    raise BookError if not. `full`: integrity_check, else quick_check.

    A file without a -wal beside it is read `immutable` (nothing is written, nothing created
    beside it); one with a -wal through a private copy in a `dealbrief-check-<pid>-` folder,
    so validating never touches the file nor needs its folder to be writable. A backup locked
    with a passphrase needs it (ENCRYPTED without, WRONG_PASSPHRASE when it does not open it).
    """
    path = Path(path)
    if path.is_dir():
        raise BookError(BookErrorKind.NOT_A_BOOK, path, "a folder")
    if not path.is_file():
        raise BookError(BookErrorKind.CANNOT_OPEN, path, "no such file")
    try:
        with path.open("rb") as fh:
            plain = fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError as exc:
        raise BookError(BookErrorKind.CANNOT_OPEN, path, str(exc)) from exc
    if not plain and not cipher.looks_encrypted(path):
        raise BookError(BookErrorKind.NOT_A_BOOK, path, "not an SQLite file")
    passphrase = passphrase_for(path, passphrase)
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        version = _check_at(path.resolve().as_uri() + "?mode=ro&immutable=1", path, full,
                            passphrase)
    else:
        clean_check_folders()
        with tempfile.TemporaryDirectory(prefix=check_prefix()) as tmp:
            probe = Path(tmp) / "probe.db"
            probe.write_bytes(path.read_bytes())
            probe.with_name("probe.db-wal").write_bytes(wal.read_bytes())
            version = _check_at(probe.as_uri(), path, full, passphrase)
    stat = path.stat()
    return BackupInfo(path, version, stat.st_size, datetime.fromtimestamp(stat.st_mtime))


def _check_at(uri: str, path: Path, full: bool, passphrase: str | None = None) -> int:
    try:
        conn = cipher.connect(uri, passphrase, uri=True)
        try:
            return _check(conn, path, full)
        finally:
            conn.close()
    except cipher.db_errors() as exc:
        error = translate(exc, path)
        if isinstance(error, BookError) and error.kind is not BookErrorKind.LOCKED:
            raise error from exc
        raise BookError(BookErrorKind.CORRUPT, path, str(exc)) from exc


def _check(conn: sqlite3.Connection, path: Path, full: bool) -> int:
    conn.execute("PRAGMA trusted_schema = OFF")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise BookError(BookErrorKind.NOT_A_BOOK, path, f"application_id {app_id:#x}")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        raise BookError(BookErrorKind.TOO_NEW, path, f"version {version}")
    check_schema(conn, path, version)
    if full:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        result = [] if result == ["ok"] else result
    else:
        result = quick_check(conn)
    if result:
        raise BookError(BookErrorKind.CORRUPT, path, "; ".join(result[:3]))
    return version
