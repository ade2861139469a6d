"""What the subcommands share: opening the book with plain errors, and the writer's lock."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import wraps

from desktop.domain.errors import ValidationFailed
from desktop.services.backups import BookLock
from desktop.services.container import Services
from desktop.services.errors import BookError, BookErrorKind, cli_message
from desktop.services.location import resolve_book_path


def open_services(args: argparse.Namespace, *, create: bool = True, write: bool = False) -> Services:
    return Services.open(resolve_book_path(args.book), create=create, read_only_ok=not write)


def with_services(*, create: bool = True, write: bool = False) -> Callable:
    """Decorate a command `fn(args, services) -> int`: opens and closes the book, turns storage
    errors into plain messages and exit code 2.

    A `write` command holds the book's lock while it runs, so it is refused (IN_USE) while the
    app or another writing command has the book. A command that only reads opens a damaged book
    or one on a read-only medium read-only: it does its work with what can be read, and for a
    damaged book says so and exits 2."""

    def deco(fn: Callable[[argparse.Namespace, Services], int]) -> Callable:
        @wraps(fn)
        def run(args: argparse.Namespace) -> int:
            lock = BookLock(resolve_book_path(args.book)) if write else None
            try:
                if lock is not None:
                    lock.acquire()
                services = open_services(args, create=create, write=write)
            except BookError as exc:
                if lock is not None:
                    lock.release()
                return book_error(exc)
            try:
                damaged = services.book.damaged
                if damaged:
                    print(f"dealbrief: {cli_message(_damaged(services))}", file=sys.stderr)
                code = fn(args, services)
                return 2 if damaged and code == 0 else code
            except BookError as exc:
                return book_error(exc)
            except ValidationFailed as exc:
                print(f"dealbrief: {exc}", file=sys.stderr)
                return 1
            finally:
                services.close()
                if lock is not None:
                    lock.release()

        return run

    return deco


def _damaged(services: Services) -> BookError:
    book = services.book
    return BookError(BookErrorKind.DAMAGED, book.path, backup=book.backup)


def book_error(exc: BookError) -> int:
    print(f"dealbrief: {cli_message(exc)}", file=sys.stderr)
    return 2
