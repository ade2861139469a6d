"""`dealbrief deals`: open deals with stage, days in stage and coverage gaps; --json for scripts."""

from __future__ import annotations

import argparse
import json
import unicodedata

from desktop.services.container import Services


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("deals", help="list open deals: stage, days in stage, coverage gaps")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--all", action="store_true", help="include won, lost and on-hold deals")
    p.add_argument("--lang", dest="deals_lang", choices=("zh_CN", "en"), default=None,
                   help="language of stage names, amounts and gaps (default: --lang, else en)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import with_services

    return with_services(create=False)(_run)(args)


def width(text: str) -> int:
    """Columns a string takes in a terminal (Chinese characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, cols: int) -> str:
    return text + " " * max(0, cols - width(text))


def _run(args: argparse.Namespace, services: Services) -> int:
    from desktop.domain.coverage import gap_text, gaps_text
    from desktop.domain.money import format_amount

    lang = args.deals_lang or getattr(args, "lang", None) or "en"
    deals = services.deals.list(include_closed=args.all)
    deals.sort(key=lambda o: (-o.stage.position, -(o.deal.amount or 0)))
    if args.json:
        rows = [{
            "id": o.id, "company": o.deal.company_name, "title": o.deal.title,
            "stage": o.stage.key, "stage_name": o.stage.name(lang), "status": o.status.value,
            "amount": o.deal.amount, "currency": o.deal.currency, "probability": o.probability,
            "weighted": round(o.weighted), "days_in_stage": o.days_in_stage, "stale": o.stale,
            "gaps": [{"code": g.code.value, "text": gap_text(g, lang)} for g in o.gaps],
            "next_step": ({"text": o.next_step.text, "due": o.next_step.due.isoformat() if o.next_step.due else None,
                           "overdue": o.overdue} if o.next_step else None),
        } for o in deals]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not deals:
        print("No open deals." if not args.all else "No deals.")
        return 0
    header = ["Company", "Deal", "Stage", "Amount", "Days", "Gaps"]
    table = [[o.deal.company_name, o.deal.title, o.stage.name(lang),
              format_amount(o.deal.amount, o.deal.currency, lang),
              f"{o.days_in_stage}{' stale' if o.stale else ''}",
              gaps_text(o.gaps, lang) or "-"] for o in deals]
    cols = [min(36, max(width(r[i]) for r in [header, *table])) for i in range(len(header) - 1)]

    def cut(text: str, cols_: int) -> str:
        while width(text) > cols_:
            text = text[:-2] + "…"
        return text

    for row in [header, *table]:
        cells = [pad(cut(v, c), c) for v, c in zip(row, cols, strict=False)]
        amount_i = 3
        cells[amount_i] = " " * (cols[amount_i] - width(row[amount_i])) + row[amount_i]
        print("  ".join([*cells, row[-1]]).rstrip())
    return 0
