"""`dealbrief brief`, `dealbrief deck` and `dealbrief briefs --week`: print to PDF files.

DEAL is a deal's id or a unique part of its title (or customer). The document language is
--lang after the command, else the global --lang, else Chinese.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from desktop.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    brief = sub.add_parser("brief", help="print the visit brief of a deal to a PDF (internal)")
    brief.add_argument("deal", metavar="DEAL", help="deal id or a unique part of its title")
    _output_and_language(brief)
    brief.add_argument("--visit-date", metavar="WHEN",
                       help='date and time of the visit, "2026-11-24" or "2026-11-24 14:00"')
    brief.add_argument("--place", default="", help="where the visit takes place")
    brief.add_argument("--ours", default="", help="who comes from our side, comma-separated")
    brief.add_argument("--with", dest="attendees", action="append", default=[], metavar="NAME",
                       help="a customer attendee (name in the buying committee); repeatable")
    brief.add_argument("--goal", default="", help="the goal of the visit (one per line)")
    brief.set_defaults(func=run_brief)

    deck = sub.add_parser("deck", help="print the first-call deck of a deal to a PDF (customer)")
    deck.add_argument("deal", metavar="DEAL", help="deal id or a unique part of its title")
    _output_and_language(deck)
    deck.set_defaults(func=run_deck)

    briefs = sub.add_parser("briefs", help="print the briefs of all visits planned this week")
    briefs.add_argument("--week", action="store_true", required=True,
                        help="visits planned from today for the next seven days")
    _output_and_language(briefs)
    briefs.set_defaults(func=run_briefs)


def _output_and_language(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--lang", dest="doc_lang", choices=("zh_CN", "en"),
                   help="language of the document (default: the global --lang, else zh_CN)")


def language(args: argparse.Namespace) -> str:
    return args.doc_lang or getattr(args, "lang", None) or "zh_CN"


# A brief or a deck is read and laid out while the book's check runs on a thread (issue 20: the
# first document of the process); it is written, and anything said, only once the check passed.
def run_brief(args: argparse.Namespace) -> int:
    from desktop.cli.common import with_services

    return with_services(create=False, check_alongside=True)(_brief)(args)


def run_deck(args: argparse.Namespace) -> int:
    from desktop.cli.common import with_services

    return with_services(create=False, check_alongside=True)(_deck)(args)


def run_briefs(args: argparse.Namespace) -> int:
    from desktop.cli.common import with_services

    return with_services(create=False)(_briefs)(args)


def _fail(message: str) -> int:
    print(f"dealbrief: {message}", file=sys.stderr)
    return 1


def _resolve(services: Services, query: str) -> int | str:
    """The deal's id, or why there is none (said by the caller)."""
    from desktop.domain.errors import NotFound
    from desktop.services.briefing import AmbiguousDeal

    try:
        return services.briefing.resolve_deal(query)
    except NotFound:
        return f'no deal matches "{query}". Use a deal id or a part of its title.'
    except AmbiguousDeal as exc:
        lines = "\n".join(f"  {i}  {title} ({customer})" for i, title, customer in exc.candidates)
        return (f'"{query}" matches {len(exc.candidates)} deals; use the id or more of the '
                f"title:\n{lines}")


def parse_when(text: str) -> datetime:
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    raise ValueError(text)


def _write(path: str, data: bytes, what: str) -> int:
    from desktop.services.files import write_atomically

    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        return _fail(f"cannot write {path}: {exc.strerror or exc}")
    print(f"Wrote {what} to {path}")
    return 0


def _brief(args: argparse.Namespace, services: Services) -> int:
    made = _brief_pdf(args, services)
    services.book.checked()  # nothing read is written or said before the book's check passed
    if isinstance(made, str):
        return _fail(made)
    return _write(args.output, made, "the visit brief")


def _brief_pdf(args: argparse.Namespace, services: Services) -> bytes | str:
    """The brief's PDF, or why it cannot be made."""
    from desktop.documents.visit_brief import VisitBrief
    from desktop.services.briefing import VisitPlan

    deal_id = _resolve(services, args.deal)
    if isinstance(deal_id, str):
        return deal_id
    plan = None
    if args.visit_date or args.place or args.ours or args.attendees or args.goal:
        try:
            when = parse_when(args.visit_date) if args.visit_date else None
        except ValueError:
            return (f'cannot read the visit date "{args.visit_date}"; '
                    'write it as 2026-11-24 or "2026-11-24 14:00".')
        committee = services.briefing.committee_contacts(deal_id)
        ids = []
        for name in args.attendees:
            hits = [c.id for c in committee if name.strip() and name.strip() in c.name]
            if len(hits) != 1:
                names = ", ".join(c.name for c in committee) or "nobody yet"
                return (f'"{name}" is not one person in this deal\'s buying committee '
                        f"({names}).")
            ids.append(hits[0])
        ours = tuple(p.strip() for p in args.ours.replace("，", ",").split(",") if p.strip())
        plan = VisitPlan(at=when, place=args.place, our_side=ours, contact_ids=tuple(ids),
                         goal=args.goal)
    data = services.briefing.visit_brief(deal_id, language(args), plan=plan)
    return VisitBrief(data).render()


def _deck(args: argparse.Namespace, services: Services) -> int:
    from desktop.documents.first_call_deck import render_deck
    from desktop.domain.briefing import CUT

    deal_id = _resolve(services, args.deal)
    if isinstance(deal_id, str):
        services.book.checked()
        return _fail(deal_id)
    made = render_deck(services.briefing.deck(deal_id, language(args)))
    services.book.checked()  # nothing read is written or said before the book's check passed
    code = _write(args.output, made.pdf, "the first-call deck")
    if code == 0 and made.left_out:
        cut = sum(1 for i in made.left_out if i.reason == CUT)
        print(f"Note: the deck shortened {cut} point(s) to fit and left out "
              f"{len(made.left_out) - cut} that had no room:", file=sys.stderr)
        for item in made.left_out:
            if item.reason != CUT:
                print(f"  - {item.section}: {item.text[:80]}", file=sys.stderr)
    if code == 0 and services.seller_profile.for_deck(language(args)).is_empty:
        print("Note: your seller profile is empty, so the deck leaves out how you solve the "
              "problems, why choose you and your cases. Fill it in the app under "
              "Settings → Seller profile.", file=sys.stderr)
    return code


def _briefs(args: argparse.Namespace, services: Services) -> int:
    from desktop.documents.visit_brief import VisitBrief

    visits = services.briefing.week_ahead()
    if not visits:
        print("No visits planned in the next seven days; nothing printed.")
        return 0
    lang = language(args)
    briefs = [services.briefing.visit_brief(v.deal_id, lang, visit_id=v.visit_id) for v in visits]
    code = _write(args.output, VisitBrief(briefs).render(), f"{len(briefs)} visit briefs")
    if code == 0:
        for v in visits:
            print(f"  {v.at:%Y-%m-%d %H:%M}  {v.customer} — {v.deal_title}")
    return code
