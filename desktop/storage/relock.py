"""Set, change or remove a book's passphrase: a new file, checked, renamed over the old one.

SQLCipher cannot encrypt or decrypt a file in place, and rewriting a seller's only book in place
is what this app never does anyway. `relock` writes the whole book into a new user-only file
beside it (`sqlcipher_export`, locked with the new passphrase or plain), checks that file with its
own key (it opens, quick_check, the schema), folds the old book's WAL into it so nothing is left
beside it that belongs to the old file, and renames the new file into place. Until the rename the
old book is untouched: a crash at any moment leaves the old book or the new one, both whole (the
fault suite kills it at random moments). The backups made under the old lock are locked the
same way afterwards (`relock_backups`), so a lost laptop does not hand out a plain copy.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.storage import cipher
from desktop.storage.backup import list_backups
from desktop.storage.book import Book, open_book
from desktop.storage.check import check_schema, quick_check
from desktop.storage.errors import BookError, BookErrorKind, translate
from desktop.storage.files import replacing


def _verify(path: Path, passphrase: str | None) -> None:
    """Raise BookError unless `path` opens with `passphrase` and is a whole book."""
    if not cipher.opens_with(path, passphrase):
        raise BookError(BookErrorKind.WRONG_PASSPHRASE, path, "the new file does not open")
    conn = cipher.connect(path, passphrase)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = quick_check(conn)
        if problems:
            raise BookError(BookErrorKind.DISK_FULL, path, "; ".join(problems))
        check_schema(conn, path, version)
    finally:
        conn.close()


def _write_relocked(source: Path, old: str | None, dest: Path, new: str | None) -> None:
    """Export the book at `source` (opened with `old`) into `dest` locked with `new`."""
    conn = cipher.cipher_connect(source, old)
    try:
        cipher.export(conn, dest, new)
    finally:
        conn.close()
    _verify(dest, new)


def _fold_wal(path: Path, passphrase: str | None) -> None:
    """Checkpoint the old book's WAL into it and make sure no -wal is left to replay later."""
    conn = cipher.connect(path, passphrase)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if busy or (wal.exists() and wal.stat().st_size > 0):
        raise BookError(BookErrorKind.LOCKED, path, "another program still reads the book")


def relock(book: Book, passphrase: str | None) -> Book:
    """The book locked with `passphrase` (None: made plain). `book` is closed; use the Book
    returned. The caller holds the book's writer lock (services/backups.BookLock)."""
    book.refuse_writes()
    path = book.path
    if passphrase == "":
        passphrase = None
    try:
        with replacing(path) as tmp:
            _write_relocked(path, book.passphrase, tmp, passphrase)
            book.close()
            _fold_wal(path, book.passphrase)
        path.with_name(path.name + "-shm").unlink(missing_ok=True)
    except (*cipher.db_errors(), OSError) as exc:
        error = translate(exc, path)
        raise (error if isinstance(error, BookError)
               else BookError(BookErrorKind.CANNOT_OPEN, path, str(exc))) from exc
    return open_book(path, create=False, passphrase=passphrase)


def relock_backups(book_path: Path, old: str | None, new: str | None,
                   skipped: list[Path] | None = None) -> list[Path]:
    """Lock with `new` every plain backup of the book and every one that `old` opens (the
    backups made under the old lock); returns those changed. A backup under another passphrase
    is left as it is (restore asks for its own), and removing the lock (`new` None) never makes
    plain copies of locked backups. A backup that cannot be rewritten (a `-damaged-` copy, a
    full disk) is left as it was and added to `skipped`: the book's own new lock stands."""
    if new is None:
        return []
    changed = []
    for backup in list_backups(book_path):
        if backup.with_name(backup.name + "-wal").exists():
            continue  # not a closed copy: leave it
        lock = old if cipher.looks_encrypted(backup) else None
        if lock is not None and not cipher.opens_with(backup, lock):
            continue
        if cipher.looks_encrypted(backup) and old is None:
            continue
        if lock == new:
            continue
        stat = backup.stat()
        try:
            with replacing(backup) as tmp:
                _write_relocked(backup, lock, tmp, new)
        except (BookError, OSError, *cipher.db_errors()):
            if skipped is not None:
                skipped.append(backup)
            continue
        os.utime(backup, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # rotation goes by date
        changed.append(backup)
    return changed
