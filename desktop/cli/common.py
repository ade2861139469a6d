"""What the subcommands share: opening the book with plain errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import wraps

from desktop.domain.errors import ValidationFailed
from desktop.services.backups import refuse_if_in_use
from desktop.services.container import Services
from desktop.services.errors import CLI_MESSAGES, BookError
from desktop.services.location import resolve_book_path


def open_services(args: argparse.Namespace, *, create: bool = True) -> Services:
    return Services.open(resolve_book_path(args.book), create=create)


def with_services(*, create: bool = True, write: bool = False) -> Callable:
    """Decorate a command `fn(args, services) -> int`: opens and closes the book, turns storage
    errors into plain messages and exit code 2. A `write` command refuses a book the app holds."""

    def deco(fn: Callable[[argparse.Namespace, Services], int]) -> Callable:
        @wraps(fn)
        def run(args: argparse.Namespace) -> int:
            try:
                if write:
                    refuse_if_in_use(resolve_book_path(args.book))
                services = open_services(args, create=create)
            except BookError as exc:
                return book_error(exc)
            try:
                return fn(args, services)
            except BookError as exc:
                return book_error(exc)
            except ValidationFailed as exc:
                print(f"dealbrief: {exc}", file=sys.stderr)
                return 1
            finally:
                services.close()

        return run

    return deco


def book_error(exc: BookError) -> int:
    where = f" ({exc.path})" if exc.path else ""
    print(f"dealbrief: {CLI_MESSAGES[exc.kind]}{where}", file=sys.stderr)
    return 2
