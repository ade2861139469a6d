"""`dealbrief partner-update PARTNER`: a partner's progress update as a PDF or WeChat text."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "partner-update",
        help="a referral partner's progress update, as a PDF or as text to paste into WeChat",
        description="Where each deal a partner referred stands, in words they may read, with "
        "their fees. Records that an update was sent unless --no-record.",
    )
    p.add_argument("partner", metavar="PARTNER", help="the partner's id or a unique part of their name")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", metavar="FILE.pdf", help="write the one-page PDF here")
    out.add_argument("--text", action="store_true", help="print the text to paste into WeChat")
    p.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS,
                   help="language of the update (default: zh_CN)")
    p.add_argument("--no-record", action="store_true", help="do not note the update as sent")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import with_services

    return with_services(create=False, write=not args.no_record)(_run)(args)


def find_partner(services: Services, text: str) -> tuple[int | None, str]:
    """(partner id, '') or (None, a plain error)."""
    partners = services.partners.list()
    wanted = text.strip()
    if wanted.isdigit():
        match = [p for p in partners if p.id == int(wanted)]
        return (match[0].id, "") if match else (None, f"no partner has the id {wanted}.")
    needle = wanted.casefold()
    match = [p for p in partners
             if needle and (needle in p.name.casefold() or needle in p.partner.name_alt.casefold())]
    if len(match) == 1:
        return match[0].id, ""
    if not match:
        return None, f"no partner's name contains “{wanted}”. Partners: " + (
            ", ".join(f"{p.name} (id {p.id})" for p in partners) or "none yet") + "."
    names = ", ".join(f"{p.name} (id {p.id})" for p in match)
    return None, f"“{wanted}” matches several partners: {names}. Give more of the name or the id."


def _run(args: argparse.Namespace, services: Services) -> int:
    from desktop.cli import fail
    from desktop.documents.partner_update import render_update, update_text

    partner_id, error = find_partner(services, args.partner)
    if partner_id is None:
        return fail(error)
    language = getattr(args, "lang", None) or "zh_CN"
    update = services.partner_updates.build(partner_id, language)
    if args.text:
        sys.stdout.write(update_text(update))
    else:
        target = Path(args.output)
        if target.suffix.lower() != ".pdf":
            return fail(f"the output file must end in .pdf: {target}")
        try:
            render_update(update, target)
        except OSError as exc:
            return fail(f"cannot write {target}: {exc.strerror or exc}")
        print(f"Wrote {target} ({len(update.items)} referred deals).")
    if not args.no_record:
        services.partners.record_update_sent(partner_id, language)
    return 0
