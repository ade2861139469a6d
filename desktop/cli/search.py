"""`dealbrief search QUERY`: the same search as Ctrl+K, printed grouped by kind (--json for scripts)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict

from desktop.services.container import Services

KIND_TITLES = {"company": "Companies", "contact": "Contacts", "deal": "Deals", "note": "Call notes"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search companies, contacts, deals and call notes")
    p.add_argument("query", nargs="+", help="words, Chinese of any length, or a phone number")
    p.add_argument("--limit", type=int, default=10, help="most hits per kind (default 10)")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import with_services

    return with_services(create=False)(_run)(args)


def terminal_text(arg: str) -> str | None:
    """An argument as text: a terminal that is not UTF-8 (GBK on a Chinese Windows or an old
    Linux) hands Python bytes it keeps as surrogates; they are read as GB18030 then, and None
    when they are not text in either."""
    if not any("\udc80" <= c <= "\udcff" for c in arg):
        return arg
    raw = os.fsencode(arg)
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _run(args: argparse.Namespace, services: Services) -> int:
    words = [terminal_text(a) for a in args.query]
    if None in words:
        print("dealbrief: the search words are not readable text (neither UTF-8 nor GBK); "
              "check the terminal's encoding.", file=sys.stderr)
        return 2
    query = " ".join(w for w in words if w)
    results = services.search.search(query, limit=max(1, args.limit))
    if args.json:
        data = {"query": results.query,
                "groups": [{"kind": k, "hits": [asdict(h) for h in hits]} for k, hits in results.groups]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not results.groups:
        print(f"Nothing found for “{query}”.")
        return 1
    for kind, hits in results.groups:
        print(f"{KIND_TITLES[kind]} ({len(hits)})")
        for h in hits:
            line = f"  [{h.kind} {h.id}] {h.title}"
            if h.subtitle:
                line += f" — {h.subtitle}"
            print(line)
            if h.snippet:
                print(f"      {h.snippet}")
    return 0
