"""Peak memory (RSS high-water mark) of the whole app with the large book open and browsed.

Each sample is a fresh process that builds the main window on the large book as desktop.app does,
then browses: every page, the contacts list scrolled to the end, the board, the 12×60 deal page,
the deals list, searches of each kind through the search dialog, and a visit brief and a deck
made with the window's services (as the deal page makes them; not a second open of the book);
the samples are getrusage's ru_maxrss before the documents and at the end.
"""

from __future__ import annotations

import os
import subprocess
import sys

from bench.measures import Context, Row

ROWS = (
    Row("peak", "peak memory, large book open and browsed", 250, unit="MB"),
    Row("printed", "  … and a visit brief and a deck made as well", 200, unit="MB"),  # issue 20
)

BROWSE = "from bench.measures.memory import browse; import sys; browse(sys.argv[1], sys.argv[2])"
QUERIES = ("预", "预算", "数字化", "budget", "138 0013", "+86 139", "wang", "qihang")


def browse(book: str, language: str, steps: bool = False) -> None:
    """Browse the large book in a full main window; prints the peak RSS (after each step too
    when `steps`, to see where memory goes)."""
    import resource

    def step(what: str) -> None:
        if steps:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{rss:7.0f} MB after {what}", flush=True)
    import sqlite3
    from pathlib import Path

    from bench.largebook import bench_deal_id
    from bench.measures import qt
    from bench.print import render_with
    from desktop.app import start_up_over
    from desktop.services.container import Services
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    with sqlite3.connect(book) as conn:
        deal_id = bench_deal_id(conn)
    step("imports")
    qt.application(language)
    services = Services.open(Path(book), create=False)
    window = MainWindow(services, Settings(Path(os.environ["DEALBRIEF_CONFIG_DIR"]) / "settings.ini"))
    qt.show_and_paint(window)
    start_up_over()  # as the app does once its window shows and the book is checked
    step("main window shown")
    for key in window.pages.keys_in_order:
        window.show_page(key)
        qt.settle()
        window.repaint()
        step(f"page {key}")
    contacts = window.show_page("contacts")
    qt.scroll_through(contacts.table)  # type: ignore[attr-defined]
    step("contacts scrolled")
    deals = window.show_page("deals")
    window.open_record("deal", deal_id)
    qt.settle()
    window.repaint()
    for tab in range(deals.deal_view.tabs.count()):  # type: ignore[attr-defined]
        deals.deal_view.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
        qt.settle()
        window.repaint()
    step("deal page, every tab")
    deals.show_view(deals.LIST)  # type: ignore[attr-defined]
    qt.settle()
    window.repaint()
    step("deals list")
    window.open_search()
    for query in QUERIES:
        window.search_dialog.edit.setText(query)
        window.search_dialog.run_search()
        qt.settle()
        window.search_dialog.repaint()
    window.search_dialog.close()
    step("searches")
    print(f"@@BROWSED@@{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")
    for kind in ("brief", "deck"):
        render_with(services, kind, deal_id, language)  # the window's book, as the app prints
        step(kind)
    qt.settle()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"@@PEAK@@{peak_kb / 1024:.1f}")
    services.close()


def measure(ctx: Context) -> dict[str, list[float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8",
               DEALBRIEF_CONFIG_DIR=str(ctx.work / "memory-config"))
    peaks, browsed = [], []
    for _ in range(max(2, ctx.runs // 2)):
        done = subprocess.run([sys.executable, "-c", BROWSE, str(ctx.book), ctx.language], env=env,
                              capture_output=True, text=True, timeout=300, check=False)
        line = next((x for x in done.stdout.splitlines() if x.startswith("@@PEAK@@")), None)
        if line is None:
            raise RuntimeError(f"the browsing process failed: {done.stdout[-800:]}{done.stderr[-2000:]}")
        peaks.append(float(line.removeprefix("@@PEAK@@")))
        seen = next(x for x in done.stdout.splitlines() if x.startswith("@@BROWSED@@"))
        browsed.append(float(seen.removeprefix("@@BROWSED@@")))
    return {"peak": browsed, "printed": peaks}
