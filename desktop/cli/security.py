"""`dealbrief encrypt|decrypt|rekey`: lock the book with a passphrase, remove it, change it.

Passphrases come from files (`--passphrase-file` for the current one, `--new-passphrase-file`
for the new one) or, on a terminal, from a prompt — never from the command line itself.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from desktop.cli import RefusePassphrase
from desktop.cli.common import book_error, current_passphrase
from desktop.domain.errors import ValidationFailed
from desktop.services.backups import BookLock
from desktop.services.errors import BookError
from desktop.services.location import resolve_book_path


def register(sub: argparse._SubParsersAction) -> None:
    for name, help_text in (
        ("encrypt", "lock the book with a passphrase (SQLCipher); its backups are locked too"),
        ("rekey", "change the book's passphrase; backups under the old one follow"),
        ("decrypt", "remove the book's passphrase (backups stay locked: restore asks)"),
    ):
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        if name != "decrypt":
            cmd.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                             help="file whose first line is the new passphrase "
                             "(else asked on the terminal)")
            cmd.add_argument("--new-passphrase", action=RefusePassphrase, nargs="?",
                             help=argparse.SUPPRESS)
        cmd.set_defaults(func=_run, lock_action=name)


def _new_passphrase(args: argparse.Namespace) -> str:
    from desktop.services.security import check_new, read_passphrase_file

    if args.new_passphrase_file is not None:
        passphrase = read_passphrase_file(args.new_passphrase_file)
        check_new(passphrase)
        return passphrase
    if not sys.stdin.isatty():
        raise ValueError("give the new passphrase in a file: --new-passphrase-file FILE")
    passphrase = getpass.getpass("New passphrase: ")
    check_new(passphrase, getpass.getpass("Again: "))
    return passphrase


def _run(args: argparse.Namespace) -> int:
    from desktop.services.container import Services
    from desktop.services.security import (
        STRENGTH_WORDS,
        PassphraseFileError,
        is_locked,
        set_lock,
        strength,
    )

    path = resolve_book_path(args.book)
    if not path.is_file():
        print(f"dealbrief: there is no book at {path}.", file=sys.stderr)
        return 1
    action = args.lock_action
    locked = is_locked(path)
    if action == "encrypt" and locked:
        print("dealbrief: the book is already locked with a passphrase; change it with "
              "`dealbrief rekey`.", file=sys.stderr)
        return 1
    if action in ("rekey", "decrypt") and not locked:
        print("dealbrief: the book has no passphrase; set one with `dealbrief encrypt`.",
              file=sys.stderr)
        return 1
    try:
        current = current_passphrase(args, path)
        new = None if action == "decrypt" else _new_passphrase(args)
    except (PassphraseFileError, ValueError) as exc:
        print(f"dealbrief: {exc}. Nothing was changed.", file=sys.stderr)
        return 1
    except ValidationFailed as exc:
        print(f"dealbrief: {_passphrase_problem(exc)} Nothing was changed.", file=sys.stderr)
        return 1
    try:
        with BookLock(path):
            services = Services.open(path, create=False, passphrase=current)
            result = set_lock(services.book, new)
            result.book.close()
    except BookError as exc:
        return book_error(exc)
    done = {"encrypt": "locked with the passphrase", "rekey": "locked with the new passphrase",
            "decrypt": "no longer locked: anyone who can read the file can read the book"}[action]
    print(f"{path} is {done}.")
    if new is not None:
        print(f"Passphrase strength: {STRENGTH_WORDS[strength(new)]}.")
    if result.backups:
        print(f"{len(result.backups)} backup(s) in {path.parent / 'backups'} were locked the same way.")
    if result.not_relocked:
        print(f"{len(result.not_relocked)} backup(s) could not be rewritten and stay as they were "
              "(damaged copies?): " + ", ".join(str(p) for p in result.not_relocked))
    if action == "decrypt":
        print("Backups made while the book was locked stay locked; restoring one asks for its "
              "passphrase.")
    return 0


def _passphrase_problem(exc: ValidationFailed) -> str:
    from desktop.services.security import MIN_LENGTH

    words = {
        "too_short": f"The passphrase is too short: use at least {MIN_LENGTH} characters.",
        "edge_spaces": "The passphrase begins or ends with a space.",
        "line_break": "The passphrase holds a line break.",
        "mismatch": "The two passphrases differ.",
    }
    return " ".join(words.get(e.code, e.code) for e in exc.errors)
