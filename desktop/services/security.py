"""Locking the book with a passphrase: set, change, remove, and where a passphrase comes from.

The passphrase is never taken on the command line (it would show in `ps` and the shell's
history): the CLI reads it from a file (`--passphrase-file`, `DEALBRIEF_PASSPHRASE_FILE`) or asks
on a terminal; the app asks in a dialog. Changing the lock holds the book's writer lock, rewrites
the book into a new file (storage/relock.py) and then locks the backups made under the old lock.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import FieldError, ValidationFailed
from desktop.storage import cipher
from desktop.storage.book import Book
from desktop.storage.relock import relock, relock_backups

PASSPHRASE_ENV = "DEALBRIEF_PASSPHRASE_FILE"
MIN_LENGTH = cipher.MIN_PASSPHRASE
# Strength in words, for the dialog and the CLI (cipher.strength: 0 too short … 3 strong).
STRENGTH_WORDS = ("too short", "weak", "fair", "strong")


@dataclass(frozen=True)
class Relocked:
    """What a change of lock did: the book as it is now, and the backups locked the same way."""

    book: Book
    backups: tuple[Path, ...]
    not_relocked: tuple[Path, ...] = ()  # backups that could not be rewritten (damaged copies)


class PassphraseFileError(Exception):
    """The passphrase file is missing, empty or unreadable (the message says which)."""


def read_passphrase_file(path: Path | str) -> str:
    """The passphrase in `path`: its first line, without the line break (spaces are kept)."""
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PassphraseFileError(f"there is no passphrase file at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PassphraseFileError(f"the passphrase file {path} cannot be read ({exc})") from None
    line = text.split("\n", 1)[0].rstrip("\r")
    if not line:
        raise PassphraseFileError(f"the passphrase file {path} is empty")
    return line


def passphrase_file_from_env() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def is_locked(path: Path) -> bool:
    """Whether the book file at `path` looks locked with a passphrase."""
    return cipher.looks_encrypted(Path(path))


def check_passphrase(path: Path, passphrase: str) -> str:
    """`passphrase` when it opens the file at `path`; raises BookError WRONG_PASSPHRASE."""
    from desktop.storage.unlock import passphrase_for

    return passphrase_for(Path(path), passphrase) or passphrase


def strength(passphrase: str) -> int:
    return cipher.strength(passphrase)


def check_new(passphrase: str, repeated: str | None = None) -> None:
    """Raise ValidationFailed unless `passphrase` can be used (and matches `repeated`)."""
    errors = []
    if len(passphrase) < MIN_LENGTH:
        errors.append(FieldError("passphrase", "too_short", str(MIN_LENGTH)))
    if passphrase != passphrase.strip():
        errors.append(FieldError("passphrase", "edge_spaces"))
    if "\n" in passphrase or "\r" in passphrase:
        errors.append(FieldError("passphrase", "line_break"))
    if repeated is not None and repeated != passphrase:
        errors.append(FieldError("repeated", "mismatch"))
    if errors:
        raise ValidationFailed(errors)


def set_lock(book: Book, passphrase: str | None) -> Relocked:
    """Lock the book with `passphrase`, change it, or (None) remove it. `book` is closed; use
    the returned book. The caller holds the book's writer lock."""
    if passphrase is not None:
        check_new(passphrase)
    old = book.passphrase
    new_book = relock(book, passphrase)
    skipped: list[Path] = []
    backups = relock_backups(new_book.path, old, passphrase, skipped)
    return Relocked(new_book, tuple(backups), tuple(skipped))


def change_lock(book: Book, passphrase: str | None) -> Relocked:
    """set_lock for an open app: `book` itself (the object every service holds) becomes the
    relocked book, so nothing else needs to be rebuilt. The caller holds the writer lock and
    makes sure nothing else uses the book meanwhile."""
    result = set_lock(book, passphrase)
    book.take_over(result.book)
    return Relocked(book, result.backups, result.not_relocked)
