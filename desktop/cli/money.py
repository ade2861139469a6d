"""`dealbrief collections`, `dealbrief attach DEAL FILE`, `dealbrief attachments DEAL`:
money still to collect, and the files kept with a deal, from the command line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from desktop.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("collections", help="money to collect: overdue and due in the next 7 days")
    p.add_argument("--overdue", action="store_true", help="only instalments past their due date")
    p.add_argument("--json", action="store_true", help="print JSON for scripts (amounts in fen)")
    p.set_defaults(func=_command(_collections))
    p = sub.add_parser("attach", help="keep a file (quote, contract scan…) with a deal, inside the book")
    p.add_argument("deal", metavar="DEAL", help="the deal's id or a unique part of its title or company")
    p.add_argument("file", metavar="FILE", help="the file to keep (at most 25 MB)")
    p.set_defaults(func=_command(_attach, write=True))
    p = sub.add_parser("attachments", help="list a deal's files, or save them into a folder with -o")
    p.add_argument("deal", metavar="DEAL", help="the deal's id or a unique part of its title or company")
    p.add_argument("-o", "--output", metavar="FOLDER", help="save every file of the deal into FOLDER")
    p.set_defaults(func=_command(_attachments))


Command = Callable[[argparse.Namespace, Services], int]


def _command(fn: Command, *, write: bool = False) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from desktop.cli.common import with_services

        return with_services(create=False, write=write)(fn)(args)

    return run


def find_deal(services: Services, text: str) -> tuple[int | None, str]:
    """(deal id, '') or (None, a plain error): by id, else by a unique part of title or company."""
    deals = services.deals.list(include_closed=True)
    wanted = text.strip()
    if wanted.isdigit():
        match = [o for o in deals if o.id == int(wanted)]
        return (match[0].id, "") if match else (None, f"no deal has the id {wanted}.")
    needle = wanted.casefold()
    match = [o for o in deals if needle and (needle in o.deal.title.casefold()
                                             or needle in o.deal.company_name.casefold())]
    if len(match) == 1:
        return match[0].id, ""
    if not match:
        return None, f"no deal's title or company contains “{wanted}”. See `dealbrief deals --all`."
    names = ", ".join(f"{o.deal.company_name} — {o.deal.title} (id {o.id})" for o in match[:8])
    return None, f"“{wanted}” matches several deals: {names}. Give more of the title or the id."


def _collections(args: argparse.Namespace, services: Services) -> int:
    from desktop.cli.deals import pad, width
    from desktop.domain.money import STATUS_WORDS, format_fen

    items = services.money.collections(overdue_only=args.overdue)
    if args.json:
        print(json.dumps([{
            "instalment_id": i.instalment_id, "deal_id": i.deal_id, "company": i.company,
            "deal": i.deal_title, "instalment": i.name, "due": i.due.isoformat() if i.due else None,
            "amount_fen": i.amount_fen, "collected_fen": i.collected_fen, "outstanding_fen": i.outstanding_fen,
            "currency": i.currency, "status": i.status.value, "days_overdue": i.days_overdue,
        } for i in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("Nothing overdue." if args.overdue else "Nothing overdue or due in the next 7 days.")
        return 0
    header = ["Due", "Company", "Deal", "Instalment", "Outstanding", "Status"]
    rows = [[i.due.isoformat() if i.due else "-", i.company, i.deal_title, i.name,
             format_fen(i.outstanding_fen, i.currency, "en"),
             STATUS_WORDS[i.status][0] + (f", {i.days_overdue} days" if i.days_overdue else "")]
            for i in items]
    cols = [max(width(r[c]) for r in [header, *rows]) for c in range(len(header))]
    for row in [header, *rows]:
        cells = [pad(v, cols[c]) for c, v in enumerate(row)]
        cells[4] = " " * (cols[4] - width(row[4])) + row[4]
        print("  ".join(cells).rstrip())
    total = sum(i.outstanding_fen for i in items if i.currency == "CNY")
    print(f"\n{len(items)} instalments, {format_fen(total, 'CNY', 'en')} outstanding (CNY).")
    return 0


def _attach(args: argparse.Namespace, services: Services) -> int:
    from desktop.cli import fail
    from desktop.domain.contracts import MAX_ATTACHMENT_BYTES
    from desktop.domain.errors import ValidationFailed

    deal_id, error = find_deal(services, args.deal)
    if deal_id is None:
        return fail(error)
    path = Path(args.file)
    if not path.is_file():
        return fail(f"there is no file at {path}.")
    try:
        record = services.attachments.add_file(path, deal_id=deal_id)
    except ValidationFailed as exc:
        code = exc.errors[0].code
        if code == "too_big":
            mb = path.stat().st_size / 1024 / 1024
            return fail(f"{path.name} is {mb:.1f} MB; a file kept in the book can be at most "
                        f"{MAX_ATTACHMENT_BYTES // 1024 // 1024} MB. Keep a smaller copy (a PDF scan "
                        "at a lower resolution), or keep the file elsewhere and note where.")
        if code == "empty":
            return fail(f"{path.name} is empty: there is nothing to keep.")
        return fail(f"cannot read {path}.")
    print(f"Kept {record.name} ({_size(record.size)}) with deal {deal_id}.")
    return 0


def _attachments(args: argparse.Namespace, services: Services) -> int:
    from desktop.cli import fail

    deal_id, error = find_deal(services, args.deal)
    if deal_id is None:
        return fail(error)
    files = services.attachments.list(deal_id=deal_id)
    if args.output:
        folder = Path(args.output)
        if folder.exists() and not folder.is_dir():
            return fail(f"{folder} is a file, not a folder.")
        try:
            for a in files:
                print(services.attachments.save_to(a.id, folder))
        except OSError as exc:
            return fail(f"cannot write into {folder}: {exc.strerror or exc}")
        print(f"Saved {len(files)} files into {folder}.")
        return 0
    if not files:
        print("No files kept with this deal.")
        return 0
    for a in files:
        print(f"{a.id:>5}  {a.added_at:%Y-%m-%d}  {_size(a.size):>9}  {a.name}")
    return 0


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"
