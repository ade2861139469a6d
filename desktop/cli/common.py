"""What the subcommands share: opening the book with plain errors, and the writer's lock."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path

from desktop.domain.errors import ValidationFailed
from desktop.services.backups import BookLock
from desktop.services.container import Services
from desktop.services.errors import BookError, BookErrorKind, cli_message
from desktop.services.location import resolve_book_path
from desktop.services.security import PassphraseFileError


def current_passphrase(args: argparse.Namespace, path: Path) -> str | None:
    """The passphrase of the book at `path`: from --passphrase-file, else the file named by
    $DEALBRIEF_PASSPHRASE_FILE, else asked on a terminal when the book is locked; None for a
    plain book. Raises PassphraseFileError for a file that is missing, empty or unreadable."""
    from desktop.services.security import (
        is_locked,
        passphrase_file_from_env,
        read_passphrase_file,
    )

    source = getattr(args, "passphrase_file", None) or passphrase_file_from_env()
    if source:
        return read_passphrase_file(source)
    if path.is_file() and is_locked(path) and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Passphrase for {path.name}: ") or None
    return None


def open_services(args: argparse.Namespace, *, create: bool = True, write: bool = False,
                  check_alongside: bool = False) -> Services:
    path = resolve_book_path(args.book)
    return Services.open(path, create=create, read_only_ok=not write,
                         passphrase=current_passphrase(args, path), check_alongside=check_alongside)


def with_services(*, create: bool = True, write: bool = False,
                  check_alongside: bool = False) -> Callable:
    """Decorate a command `fn(args, services) -> int`: opens and closes the book, turns storage
    errors into plain messages and exit code 2.

    A `write` command holds the book's lock while it runs, so it is refused (IN_USE) while the
    app or another writing command has the book. A command that only reads opens a damaged book
    or one on a read-only medium read-only: it does its work with what can be read, and for a
    damaged book says so and exits 2.

    `check_alongside` (a command that prints a document, issue 20): the book's check runs on a
    thread while `fn` reads and lays out, and `fn` calls `services.book.checked()` before it
    writes or says anything. When the check fails, nothing was written or shown, and the command
    runs again as it always has, on the book checked first (refused, or read-only and said so)."""

    def deco(fn: Callable[[argparse.Namespace, Services], int]) -> Callable:
        @wraps(fn)
        def run(args: argparse.Namespace) -> int:
            if check_alongside and not write:
                code = _run(fn, args, create=create, write=False, alongside=True)
                if code is not None:
                    return code
            return _run(fn, args, create=create, write=write)  # type: ignore[return-value]

        return run

    return deco


def _run(fn: Callable[[argparse.Namespace, Services], int], args: argparse.Namespace, *,
         create: bool, write: bool, alongside: bool = False) -> int | None:
    """`fn` on the open book, its errors worded; None when the check run alongside failed."""
    lock = BookLock(resolve_book_path(args.book)) if write else None
    try:
        if lock is not None:
            lock.acquire()
        services = open_services(args, create=create, write=write, check_alongside=alongside)
    except BookError as exc:
        if lock is not None:
            lock.release()
        return book_error(exc)
    except PassphraseFileError as exc:
        if lock is not None:
            lock.release()
        print(f"dealbrief: {exc}. Nothing was changed.", file=sys.stderr)
        return 2
    try:
        # damage found by a check run alongside is its failure (None below), said by the run after
        damaged = services.book.damaged and not services.book.checks_alongside
        if damaged:
            print(f"dealbrief: {cli_message(_damaged(services))}", file=sys.stderr)
        try:
            code = fn(args, services)
        except Exception:
            services.book.checked()  # a failed check outranks what reading the unchecked book raised
            raise
        services.book.checked()
        return 2 if damaged and code == 0 else code
    except BookError as exc:
        if services.book.check_failed:
            return None
        return book_error(exc)
    except ValidationFailed as exc:
        print(f"dealbrief: {exc}", file=sys.stderr)
        return 1
    finally:
        services.close()
        if lock is not None:
            lock.release()


def _damaged(services: Services) -> BookError:
    book = services.book
    return BookError(BookErrorKind.DAMAGED, book.path, backup=book.backup)


def book_error(exc: BookError) -> int:
    print(f"dealbrief: {cli_message(exc)}", file=sys.stderr)
    return 2
