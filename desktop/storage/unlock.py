"""Which passphrase opens a book file: none for a plain book, the seller's for a locked one."""

from __future__ import annotations

from pathlib import Path

from desktop.storage import cipher
from desktop.storage.errors import BookError, BookErrorKind


def passphrase_for(path: Path, passphrase: str | None) -> str | None:
    """The passphrase to open `path` with: None for a plain book (a passphrase given is then not
    needed), `passphrase` for a locked one. Raises ENCRYPTED without one, WRONG_PASSPHRASE when
    it does not open the file."""
    if not cipher.looks_encrypted(Path(path)):
        return None
    if not passphrase:
        raise BookError(BookErrorKind.ENCRYPTED, path, "locked with a passphrase")
    if not cipher.opens_with(Path(path), passphrase):
        raise BookError(BookErrorKind.WRONG_PASSPHRASE, path)
    return passphrase
