"""`dealbrief report KIND`: the seller's reports in the terminal, as JSON, or as a PDF.

    dealbrief report funnel --from 2026-01-01 --to 2026-03-31
    dealbrief report winrate --json
    dealbrief report formula -o review.pdf
    dealbrief report week            (the 周报 as text to paste into WeChat)
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from desktop.domain.language import pick
from desktop.services.container import Services

KINDS = ("forecast", "funnel", "winrate", "lost", "pareto", "sources", "formula", "activity", "week")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="the seller's reports: forecast, funnel, win rate, lost deals, 80/20, sources, "
        "revenue formula, activity, weekly report",
        description="A report for a period (default: this quarter; 80/20 the last 12 months; "
        "week this week), beside the previous period of the same length. Deleted deals are left "
        "out; amounts are summed per currency; '—' means there is nothing to divide by.",
    )
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    p.add_argument("--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD (included)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON for scripts")
    out.add_argument("-o", "--output", metavar="FILE.pdf", help="write the report as a PDF")
    p.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS,
                   help="language of names and amounts (default: zh_CN)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import with_services

    return with_services(create=False)(_run)(args)


def parse_day(text: str | None, what: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what} must be a date like 2026-03-31, not “{text}”.") from None


def choose_period(kind: str, start: date | None, end: date | None, today: date):
    """The period asked for, or the report's default around `today`."""
    from desktop.domain.reports.period import Period, Preset, preset_period

    if start is None and end is None:
        return preset_period(Preset.LAST_12_MONTHS if kind == "pareto" else Preset.THIS_QUARTER, today)
    if start is None or end is None:
        raise ValueError("give both --from and --to, or neither.")
    if end < start:
        raise ValueError(f"--to ({end}) is before --from ({start}).")
    return Period(start, end)


def _run(args: argparse.Namespace, services: Services) -> int:
    from desktop.cli import fail

    language = getattr(args, "lang", None) or "zh_CN"
    today = services.reports.today()
    try:
        start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
        if args.kind == "week":
            return _week(args, services, start or today, language)
        period = choose_period(args.kind, start, end, today)
    except ValueError as exc:
        return fail(str(exc))
    from desktop.domain.reports.tables import report_tables

    reports = services.reports.overview(period, activity_too=args.kind == "activity")
    tables = report_tables(reports, args.kind, language)
    if args.output:
        return _pdf(args, reports, language)
    if args.json:
        print(json.dumps(tables_json(args.kind, reports, tables, language), ensure_ascii=False, indent=2))
        return 0
    from desktop.documents.business_review import LABELS

    print(f"{LABELS(args.kind, language)}: {period.start} … {period.end} "
          f"(previous: {reports.previous.start} … {reports.previous.end})")
    for table in tables:
        print()
        print_table(table, language)
    return 0


def tables_json(kind: str, reports, tables, language: str) -> dict:
    from desktop.domain.reports.tables import json_value

    return {
        "report": kind, "language": language,
        "period": {"from": reports.period.start.isoformat(), "to": reports.period.end.isoformat()},
        "previous": {"from": reports.previous.start.isoformat(), "to": reports.previous.end.isoformat()},
        "collections_tracked": reports.collections_tracked,
        "tables": [{
            "key": t.key, "title": t.title,
            "columns": [{"key": c.key, "title": c.title(language), "kind": c.kind.value,
                         "currency": c.currency} for c in t.columns],
            "rows": [{"cells": {c.key: json_value(v) for c, v in zip(t.columns, r.cells, strict=True)},
                      "text": [t.text(i, j, language) for j in range(len(t.columns))],
                      "deal_ids": list(r.deal_ids)} for i, r in enumerate(t.rows)],
            "notes": list(t.notes),
        } for t in tables],
    }


def print_table(table, language: str) -> None:
    from desktop.cli.deals import pad, width
    from desktop.domain.reports.tables import Kind

    print(table.title)
    if not table.rows:
        print(pick(language, "  —", "  —（无）"))
    else:
        header = [c.title(language) for c in table.columns]
        body = [[table.text(i, j, language) for j in range(len(table.columns))] for i in range(len(table.rows))]
        cols = [min(40, max(width(r[j]) for r in [header, *body])) for j in range(len(header))]
        for line in [header, *body]:
            cells = []
            for j, (text, c) in enumerate(zip(line, cols, strict=True)):
                numeric = table.columns[j].kind != Kind.TEXT or (j > 0 and table.rows and table.rows[0].kind)
                cells.append(" " * (c - width(text)) + text if numeric else pad(text, c))
            print("  " + "  ".join(cells).rstrip())
    for note in table.notes:
        print(f"  * {note}")


def _week(args: argparse.Namespace, services: Services, day: date, language: str) -> int:
    from desktop.cli import fail
    from desktop.documents.weekly_report import render_weekly, weekly_json, weekly_text

    report = services.reports.weekly(day)
    if args.json:
        print(json.dumps(weekly_json(report, language), ensure_ascii=False, indent=2))
    elif args.output:
        target = Path(args.output)
        if target.suffix.lower() != ".pdf":
            return fail(f"the output file must end in .pdf: {target}")
        try:
            render_weekly(report, language, target)
        except OSError as exc:
            return fail(f"cannot write {target}: {exc.strerror or exc}")
        print(f"Wrote {target}.")
    else:
        sys.stdout.write(weekly_text(report, language))
    return 0


def _pdf(args: argparse.Namespace, reports, language: str) -> int:
    from desktop.cli import fail
    from desktop.documents.business_review import render_review

    target = Path(args.output)
    if target.suffix.lower() != ".pdf":
        return fail(f"the output file must end in .pdf: {target}")
    try:
        render_review(reports, language, target, only=(args.kind,))
    except OSError as exc:
        return fail(f"cannot write {target}: {exc.strerror or exc}")
    print(f"Wrote {target}.")
    return 0
