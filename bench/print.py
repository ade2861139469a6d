"""Budgets of the printed documents: brief under 0.5 s, deck under 1 s, per command.

    python -m bench.print [--book PATH] [--runs 5]

Measures what `dealbrief brief` / `dealbrief deck` do after the interpreter has started: open
the book, load the data, build the PDF. "cold" is the first document of the process (reportlab
import and font registration included), "warm" the median of the next runs. Uses the large book
(bench.largebook) when it is available, else a fresh demo book; the table says which.
Always exits 0: a benchmark reports, it does not fail the build.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BUDGETS = {"brief": 0.5, "deck": 1.0}


def _book(path: str | None) -> tuple[Path, str, int]:
    """(book, what it is, the deal to print)."""
    if path:
        return Path(path), "given book", _biggest_deal(Path(path))
    try:
        from bench.largebook import bench_deal_id, cached_large_book
    except ImportError:
        cached_large_book = None
    if cached_large_book is not None:
        book = cached_large_book()
        with sqlite3.connect(book) as conn:
            return book, "large book", bench_deal_id(conn)
    from desktop.services.container import Services
    from desktop.services.demo import fill_demo

    book = Path(tempfile.mkdtemp(prefix="dealbrief-bench-")) / "demo.dealbrief"
    services = Services.open(book)
    fill_demo(services)
    services.close()
    return book, "demo book (bench.largebook not available)", _biggest_deal(book)


def _biggest_deal(book: Path) -> int:
    with sqlite3.connect(book) as conn:
        row = conn.execute(
            "SELECT deal_id FROM stakeholder GROUP BY deal_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    return int(row[0]) if row else 1


def render(kind: str, book: Path, deal_id: int, language: str = "zh_CN") -> bytes:
    """What `dealbrief brief|deck` does once the interpreter runs: open the book, load, build the
    PDF while the book's check runs alongside, and hand the PDF over once the check has passed."""
    from desktop.services.container import Services

    services = Services.open(book, create=False, check_alongside=True)
    try:
        data = render_with(services, kind, deal_id, language)
        services.book.checked()
        return data
    finally:
        services.close()


def render_with(services: object, kind: str, deal_id: int, language: str = "zh_CN") -> bytes:
    """The document made with services already open (as the app makes it from the deal page)."""
    if kind == "brief":
        from desktop.documents.visit_brief import VisitBrief

        return VisitBrief(services.briefing.visit_brief(deal_id, language)).render()  # type: ignore[attr-defined]
    from desktop.documents.first_call_deck import FirstCallDeck

    return FirstCallDeck(services.briefing.deck(deal_id, language)).render()  # type: ignore[attr-defined]


def _time(fn: Callable[[], bytes]) -> tuple[float, int]:
    started = time.perf_counter()
    data = fn()
    return time.perf_counter() - started, len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.print")
    parser.add_argument("--book", help="measure on this book instead of the large book")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    book, what, deal_id = _book(args.book)

    def brief() -> bytes:
        return render("brief", book, deal_id)

    def deck() -> bytes:
        return render("deck", book, deal_id)

    print(f"Documents on the {what}: {book} (deal {deal_id})")
    print(f"{'document':<10}{'cold s':>9}{'warm s':>9}{'budget s':>10}{'KB':>7}  verdict")
    for name, fn in (("brief", brief), ("deck", deck)):
        cold, size = _time(fn)
        warm = statistics.median(_time(fn)[0] for _ in range(max(1, args.runs)))
        ok = "ok" if cold < BUDGETS[name] else "OVER"
        print(f"{name:<10}{cold:>9.3f}{warm:>9.3f}{BUDGETS[name]:>10.1f}{size / 1024:>7.0f}  {ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
