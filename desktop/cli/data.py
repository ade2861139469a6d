"""`dealbrief import`, `export`, `backup` and `restore`: the seller's data in and out of the book."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import book_error, current_passphrase, with_services
from desktop.domain.importing import Action, ImportPlan, ImportUnreadable, OnDuplicate
from desktop.services.container import Services
from desktop.services.errors import CLI_MESSAGES, BookError
from desktop.services.location import resolve_book_path
from desktop.services.security import PassphraseFileError, read_passphrase_file

UNREADABLE = {
    "empty": "the file is empty",
    "binary": "this is not a text file (CSV or vCard)",
    "spreadsheet": "this is an Excel workbook; save it as CSV (UTF-8) in Excel and import that",
    "encoding": "its text encoding is not one we can read (UTF-8, GBK/GB18030 or UTF-16)",
    "no_rows": "it holds no contacts (only a header, or no complete vCard)",
    "too_big": "it is larger than 50 MB",
    "cannot_read": "it cannot be read (missing, or no permission)",
    "csv": "it is not valid CSV",
    "whole_book": "it is a whole-book export (JSON)",
}
PROBLEMS = {
    "required": "a name is required",
    "email_invalid": "not an email address",
    "phone_invalid": "not a phone number",
    "unreadable": "this card cannot be read",
    "line_break": "a line break inside a one-line field: a quote in the file is probably missing, "
    "and the next row ran into this one",
    "nested_card": "a card inside another card: neither was imported",
    "no_name_column": "no column is mapped to the name",
}
REASONS = {
    "duplicate_email": "same email as a contact in the book",
    "duplicate_mobile": "same mobile as a contact in the book",
    "shared_mobile": "same mobile as a contact in the book under another name: added as a new person",
    "duplicate_name": "a company of this name is in the book",
    "duplicate_in_file": "repeats an earlier row of the file",
    "unchanged": "already in the book, nothing new",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import contacts or companies from a CSV or vCard file, or a "
                       "whole-book JSON export into an empty book")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true",
                   help="show what would happen and change nothing; exits 1 as the import would "
                   "(unreadable file, or rows with problems without --valid-only)")
    p.add_argument("--on-duplicate", choices=("merge", "skip"), default="merge",
                   help="a contact already in the book (same email or mobile): merge the file's "
                   "details into it (default) or skip it")
    p.add_argument("--valid-only", action="store_true",
                   help="import the rows that can be imported even when others have problems")
    p.set_defaults(func=run_import)

    p = sub.add_parser("export", help="export contacts (CSV, vCard) or the whole book (JSON)")
    p.add_argument("what", choices=("contacts", "book"))
    p.add_argument("-o", "--output", type=Path, required=True,
                   help="FILE.csv or FILE.vcf for contacts, FILE.json for the book")
    p.add_argument("--force", action="store_true", help="replace FILE when it exists")
    p.set_defaults(func=run_export)

    p = sub.add_parser("backup", help="back up the book now (online copy, safe while the app runs)")
    p.add_argument("-o", "--output", type=Path, help="the backup file (default: the backups folder)")
    p.set_defaults(func=run_backup)

    p = sub.add_parser("restore", help="replace the book with a backup (the current book is kept)")
    p.add_argument("file", type=Path)
    p.add_argument("--backup-passphrase-file", type=Path, metavar="FILE",
                   help="for a backup locked with another passphrase than the book's: a file whose "
                   "first line is that passphrase")
    p.set_defaults(func=run_restore)


def unreadable(exc: ImportUnreadable) -> str:
    if exc.reason == "csv_quote":
        return (f"a quote that opens on line {exc.detail} is not closed where its cell ends, so "
                "the rows after it would run into one cell; fix that quote and import it again")
    return UNREADABLE.get(exc.reason, exc.reason)


def print_plan(plan: ImportPlan) -> None:
    for row in plan.rows:
        where = f"row {row.row}" if row.row else "file"
        label = row.name + (f" ({row.company})" if row.company and row.kind == "contact" else "")
        if row.action == Action.ERROR:
            for problem in row.problems:
                column = f", column {problem.column}" if problem.column else ""
                value = f": {problem.value!r}" if problem.value else ""
                print(f"  {where}{column}: {PROBLEMS.get(problem.reason, problem.reason)}{value}")
        else:
            reason = f" — {REASONS[row.reason]}" if row.reason in REASONS else ""
            print(f"  {where}: {row.action.value} {label}{reason}")


def _summary(plan: ImportPlan, verb: str) -> str:
    noun = "companies" if plan.kind == "company" else "contacts"
    parts = [f"{plan.count(Action.CREATE)} {noun} {verb[0]}", f"{plan.count(Action.UPDATE)} {verb[1]}",
             f"{plan.count(Action.SKIP)} skipped"]
    if plan.count(Action.ERROR):
        parts.append(f"{plan.count(Action.ERROR)} with problems")
    if plan.new_companies:
        parts.append(f"{len(plan.new_companies)} new companies")
    return ", ".join(parts)


def run_import(args: argparse.Namespace) -> int:
    if args.dry_run and not resolve_book_path(args.book).exists():
        # Nothing to compare with, and a dry run must not create the book: plan against an
        # empty book in a temporary folder.
        import tempfile

        with tempfile.TemporaryDirectory(prefix="dealbrief-dry-run-") as folder:
            scratch = argparse.Namespace(**{**vars(args), "book": str(Path(folder) / "empty.dealbrief")})
            return with_services()(_import)(scratch)
    return with_services(write=not args.dry_run)(_import)(args)


def _import(args: argparse.Namespace, services: Services) -> int:
    if services.importing.is_whole_book(args.file):
        return _import_book(args, services)
    try:
        table = services.importing.read(args.file)
    except ImportUnreadable as exc:
        print(f"dealbrief: cannot import {args.file}: {unreadable(exc)}.", file=sys.stderr)
        return 1
    on_duplicate = OnDuplicate(args.on_duplicate)
    plan = services.importing.plan(table, on_duplicate=on_duplicate)
    kind = "vCard" if table.format == "vcard" else f"CSV ({table.encoding}, {table.delimiter!r} separated)"
    print(f"{args.file}: {kind}, {len(plan.rows)} rows")
    print_plan(plan)
    errors = plan.count(Action.ERROR)
    if errors and not args.valid_only:
        done = "Dry run, nothing changed; the import would stop" if args.dry_run else "Nothing was imported"
        print(f"{done}: {errors} rows have problems. Fix them in the file, or run again "
              "with --valid-only to import the other rows.", file=sys.stderr)
        return 1
    if args.dry_run:
        print(f"Dry run, nothing changed. Would import: {_summary(plan, ('created', 'updated'))}.")
        return 0
    services.importing.apply(table, on_duplicate=on_duplicate, valid_only=args.valid_only)
    print(f"Imported into {services.book.path}: {_summary(plan, ('created', 'updated'))}.")
    return 0


def _import_book(args: argparse.Namespace, services: Services) -> int:
    """A `dealbrief export book` JSON file: the whole book, into an empty book only."""
    from desktop.services.importing.book_json import BookNotEmpty
    from desktop.services.importing.book_values import BookJsonInvalid, cli_text

    try:
        export = services.importing.read_book(args.file)
    except BookJsonInvalid as exc:
        lines = "\n".join(f"  {cli_text(p)}" for p in exc.problems)
        print(f"dealbrief: cannot import {args.file}: these values do not fit the book. Nothing was "
              f"changed.\n{lines}", file=sys.stderr)
        return 1
    except ImportUnreadable as exc:
        why = ("it was exported by a newer Dealbrief" if exc.reason == "book_json_too_new"
               else f"it is not a whole-book export this version can read ({exc.detail})")
        print(f"dealbrief: cannot import {args.file}: {why}.", file=sys.stderr)
        return 1
    contents = ", ".join(f"{export.live(t)} {label}" for t, label in (
        ("company", "companies"), ("contact", "contacts"), ("deal", "deals"), ("call_note", "call notes"),
        ("partner", "partners")))
    print(f"{args.file}: the whole book exported {export.exported_at or 'by Dealbrief'} ({contents})")
    refusal = (f"dealbrief: {services.book.path} already holds data. A whole book is imported into "
               "an empty book only: dealbrief --book NEW.dealbrief import " + str(args.file))
    if not services.importing.book_is_empty():
        print(refusal, file=sys.stderr)
        return 1
    if args.dry_run:
        print("Dry run, nothing changed. Would fill the empty book with it.")
        return 0
    try:
        rows = services.importing.apply_book(export)
    except BookNotEmpty:
        print(refusal, file=sys.stderr)
        return 1
    except ImportUnreadable as exc:
        print(f"dealbrief: cannot import {args.file}: {exc.detail}. Nothing was changed.", file=sys.stderr)
        return 1
    print(f"Imported the whole book into {services.book.path}: {rows} rows.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    return with_services(create=False)(_export)(args)


def _export(args: argparse.Namespace, services: Services) -> int:
    suffix = args.output.suffix.lower()
    try:
        if args.what == "contacts":
            if suffix not in (".csv", ".vcf", ".vcard"):
                print("dealbrief: export contacts to a .csv or .vcf file.", file=sys.stderr)
                return 1
            result = services.exporting.contacts(args.output, language=args.lang or "en",
                                                 overwrite=args.force)
            print(f"Exported {result.count} contacts to {result.path}.")
        else:
            result = services.exporting.whole_book(args.output, overwrite=args.force)
            print(f"Exported the whole book ({result.count} rows) to {result.path}.")
    except FileExistsError:
        print(f"dealbrief: {args.output} already exists; it was not changed. Add --force to "
              "replace it, or choose another name.", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"dealbrief: cannot write {args.output}: {exc.strerror or exc}. Nothing was exported.", file=sys.stderr)
        return 1
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from desktop.domain.clock import system_clock
    from desktop.services.backups import back_up_now
    from desktop.services.errors import BookErrorKind

    path = resolve_book_path(args.book)
    if not path.exists():
        print(f"dealbrief: there is no book at {path}.", file=sys.stderr)
        return 1
    if args.output is not None and args.output.is_dir():
        print(f"dealbrief: {args.output} is a folder; give the backup a file name in it, e.g. "
              f"{args.output / path.name}.", file=sys.stderr)
        return 1
    try:
        dest = back_up_now(path, system_clock(), args.output,
                           passphrase=current_passphrase(args, path))
    except PassphraseFileError as exc:
        print(f"dealbrief: {exc}. Nothing was backed up.", file=sys.stderr)
        return 2
    except BookError as exc:
        if args.output is not None and exc.path == args.output:
            print(f"dealbrief: cannot write the backup to {args.output}: {_write_reason(exc)}. "
                  "The book was not changed.", file=sys.stderr)
            return 2
        if exc.kind is BookErrorKind.DAMAGED and exc.detail:
            print(f"dealbrief: {CLI_MESSAGES[exc.kind]} ({path}) What could be read was copied "
                  f"to {exc.detail}; that copy does not count as a backup.", file=sys.stderr)
            if exc.backup is not None:
                print(f"dealbrief: the newest backup that passes its check is {exc.backup}.",
                      file=sys.stderr)
            return 2
        return book_error(exc)
    print(f"Backed up {path} to {dest}.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop.domain.clock import system_clock
    from desktop.services.backups import BookLock, restore_backup

    path = resolve_book_path(args.book)
    lock = BookLock(path)
    try:
        book_passphrase = current_passphrase(args, path) if path.is_file() else None
        backup_passphrase = (read_passphrase_file(args.backup_passphrase_file)
                             if args.backup_passphrase_file else book_passphrase)
        with lock:
            result = restore_backup(args.file, path, system_clock(), passphrase=backup_passphrase,
                                    book_passphrase=book_passphrase)
    except PassphraseFileError as exc:
        print(f"dealbrief: {exc}. The book was not changed.", file=sys.stderr)
        return 2
    except BookError as exc:
        if exc.path == Path(args.file):
            print(f"dealbrief: {args.file} cannot be restored: {_restore_reason(exc)} "
                  "The book was not changed.", file=sys.stderr)
            return 2
        return book_error(exc)
    kept = f" The book it replaced is kept as {result.kept}." if result.kept else ""
    print(f"Restored {path} from {args.file}.{kept}")
    return 0


def _write_reason(exc: BookError) -> str:
    from desktop.services.errors import BookErrorKind

    return {
        BookErrorKind.READ_ONLY: "the folder is read-only or not yours",
        BookErrorKind.DISK_FULL: "the disk is full",
    }.get(exc.kind, exc.detail or exc.kind.value)


def _restore_reason(exc: BookError) -> str:
    from desktop.services.errors import BookErrorKind

    return {
        BookErrorKind.NOT_A_BOOK: "it is not a Dealbrief book.",
        BookErrorKind.CORRUPT: "it is damaged (the integrity check failed).",
        BookErrorKind.TOO_NEW: "it was written by a newer Dealbrief.",
        BookErrorKind.CANNOT_OPEN: "it cannot be read.",
        BookErrorKind.UNTRUSTED: "it holds tables, triggers or views Dealbrief did not make.",
        BookErrorKind.ENCRYPTED: "it is locked with a passphrase: give it with "
        "--backup-passphrase-file FILE (or the book's own --passphrase-file).",
        BookErrorKind.WRONG_PASSPHRASE: "the passphrase does not open it.",
    }.get(exc.kind, exc.kind.value)
