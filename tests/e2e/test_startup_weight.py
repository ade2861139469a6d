"""Start-up stays light: the main window comes up without what only later actions need.

No timing here (bench/ measures it): the tests look at which modules a started app has loaded
and at how much work opening a page does, which is what made it slow when it regressed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
import desktop.app as app
from PySide6.QtCore import QCoreApplication, QEvent, QObject

on_app = []  # the event filters on the whole application, as installed and removed
install, remove = QCoreApplication.installEventFilter, QCoreApplication.removeEventFilter
def installed(self, f):
    if self is QCoreApplication.instance() and f not in on_app:
        on_app.append(f)
    install(self, f)
def removed(self, f):
    if self is QCoreApplication.instance() and f in on_app:
        on_app.remove(f)
    remove(self, f)
QCoreApplication.installEventFilter, QCoreApplication.removeEventFilter = installed, removed

def waiting(page):  # the partners waiting for news above Today's list: rows, filled, where
    panel = page.partner_reminders  # it is and where Today's list starts, in the page
    box = panel.geometry()
    return [panel.model.rowCount(), panel.filled, panel.isVisible(),
            [box.x(), box.y(), box.width(), box.height()], page.view.mapTo(page, page.view.rect().topLeft()).y()]

class FirstPaint(QObject):  # the modules loaded when Today's list is first painted
    last = None  # the partners waiting for news at the list's last paint
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.last = waiting(app_shell.window.pages["today"])
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            self.seen = sorted(sys.modules)
            page = app_shell.window.pages["today"]
            print("@@PAINTED@@" + json.dumps({"modules": self.seen, "rows": page.model.rowCount(),
                                              "app_filters": [type(f).__name__ for f in on_app],
                                              "waiting": waiting(page)}))
        return False

painted = FirstPaint()
show = app.Shell.show_main_window
def show_and_watch(shell, services):
    global app_shell
    app_shell = shell
    window = show(shell, services)
    window.pages["today"].view.viewport().installEventFilter(painted)
    return window
app.Shell.show_main_window = show_and_watch
from desktop.cli import main  # as `dealbrief` and `python -m desktop` start the app
code = main(["--book", sys.argv[1], "--lang", "zh_CN"])
print("@@SETTLED@@" + json.dumps({"app_filters": [type(f).__name__ for f in on_app],
                                  "waiting": painted.last}))
print("@@MODULES@@" + json.dumps(sorted(sys.modules)))
import linecache  # the source text the process keeps: [files, characters]
kept = [entry[2] for entry in linecache.cache.values() if len(entry) > 2]
print("@@SOURCES@@" + json.dumps([len(kept), sum(len(line) for lines in kept for line in lines)]))
sys.exit(code)
"""
# Loaded only when the seller makes a document, reads or writes a vCard, or picks a logo.
NOT_AT_START = ("reportlab", "desktop.documents", "vobject", "PIL", "pypdf", "charset_normalizer",
                "pypinyin", "icalendar",
                # parsed phone numbers: only when a number is typed, imported or shown abroad
                "phonenumbers",
                # pages other than Today: built (and imported) when first shown
                "desktop.ui.deals.page", "desktop.ui.deals.board", "desktop.ui.deals.deal_view",
                "desktop.ui.people.contacts", "desktop.ui.people.companies",
                "desktop.ui.partners.page", "desktop.ui.reports",
                # services only later actions use: built on first use (Services' cached properties)
                "desktop.services.briefing", "desktop.services.reports", "desktop.services.importing",
                "desktop.services.exporting", "desktop.services.minutes",
                "desktop.services.partner_update", "desktop.services.seller_profile",
                "desktop.services.attachments", "desktop.domain.reports", "desktop.domain.briefing",
                # the command line's commands: `dealbrief` without one reads the app's own
                # options only (desktop.cli.gui_args), not every command's parser
                "desktop.cli.")


# Loaded only after the first paint of Today (issue 20): the window is painted from Today's
# plain-SQL reads, then the book's check loads SQLModel on the thread pool.
NOT_BEFORE_PAINT = ("sqlmodel", "sqlalchemy", "pydantic", "desktop.storage.tables",
                    "desktop.services.deals", "desktop.services.people",
                    # the version is a constant, not read from the installed metadata
                    "importlib.metadata",
                    # backup and restore: the daily backup starts after the paint, the menu's
                    # entries load them when chosen; the importer's rules when a file is imported
                    "desktop.services.backups", "desktop.ui.data.backups",
                    "desktop.storage.restore", "desktop.domain.importing",
                    # the calendar file: the keeper is made with the window, what writes it
                    # (and the export dialog) loads when it first writes; the partners' dialogs
                    "desktop.ui.calendar_file",
                    "desktop.ui.partners.dialogs",
                    # the search index's schema: made and checked with the book's check
                    "desktop.storage.search", "desktop.domain.people",
                    # the tray's reminders and their calendar rules: built on the loop's turn
                    # after the first paint, where the desktop has a tray (issue 20)
                    "desktop.ui.reminders", "desktop.domain.reminders", "desktop.domain.calendar",
                    # Today's money sections are cut and counted in SQL: the book's money reads
                    # and the contracts' rules load with the whole agenda or the Money tab
                    "desktop.services.collections", "desktop.domain.contracts",
                    # the partners waiting for news come from ui.partners.waiting and
                    # domain.partner_news: not the referral editor, nor the partners' rules
                    "desktop.ui.partners.referral", "desktop.domain.partners",
                    "desktop.domain.minutes",
                    # amounts are written by domain.amounts; the money rules load later
                    "desktop.domain.money")


def _start(tmp_path: Path, book: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONPATH=str(ROOT),
               DEALBRIEF_EXIT_AFTER_SHOWN="1", DEALBRIEF_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(book)], env=env,
                          capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert "window shown after" in done.stdout, done.stderr
    return done.stdout


def _line(out: str, mark: str) -> object:
    return json.loads(next(x for x in out.splitlines() if x.startswith(mark)).removeprefix(mark))


def _started_modules(tmp_path: Path, book: Path) -> list[str]:
    return _line(_start(tmp_path, book), "@@MODULES@@")  # type: ignore[return-value]


def _heavy(loaded: list[str]) -> list[str]:
    return [m for m in loaded if m.split(".")[0] in NOT_AT_START or m.startswith(NOT_AT_START)]


def test_the_started_app_has_not_loaded_reportlab_vobject_or_the_documents(tmp_path: Path) -> None:
    assert _heavy(_started_modules(tmp_path, tmp_path / "book.dealbrief")) == []


def test_a_full_book_starts_without_the_other_pages_or_later_services(tmp_path: Path) -> None:
    """The demo book: Today has rows (overdue steps, visits, money due), so the start path runs
    the agenda as a seller's would; still only Today's page and services are loaded."""
    from desktop.services.container import Services
    from desktop.services.demo import fill_demo

    book = tmp_path / "demo.dealbrief"
    services = Services.open(book)
    fill_demo(services)
    assert services.today.agenda()  # the window will have content to show
    services.close()
    loaded = _started_modules(tmp_path, book)
    assert "desktop.ui.today.page" in loaded  # the check looks at a real start
    assert _heavy(loaded) == []


def test_today_is_painted_before_sqlmodel_sqlalchemy_or_pydantic_load(tmp_path: Path, clock) -> None:
    """The demo book, closed as a seller leaves it: the window's first paint shows Today's rows,
    read with plain sqlite3; SQLModel, SQLAlchemy and pydantic are not loaded yet."""
    import sqlite3

    from desktop.services.container import Services
    from desktop.services.demo import fill_demo

    book = tmp_path / "demo.dealbrief"
    services = Services.open(book)
    fill_demo(services)
    services.close()
    conn = sqlite3.connect(book)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    painted = _line(_start(tmp_path, book), "@@PAINTED@@")
    assert painted["rows"] > 0  # the real Today, with content  # type: ignore[index]
    early = [m for m in painted["modules"]  # type: ignore[index]
             if m.split(".")[0] in NOT_BEFORE_PAINT or m.startswith(NOT_BEFORE_PAINT)]
    assert early == []
    # the stdlib's platform module compiles a dozen patterns on import: ui.none_guard asks
    # sys.implementation instead (issue 20)
    assert "platform" not in painted["modules"]  # type: ignore[index]


def _demo_book(tmp_path: Path) -> Path:
    from desktop.services.container import Services
    from desktop.services.demo import fill_demo

    book = tmp_path / "demo.dealbrief"
    services = Services.open(book)
    fill_demo(services)
    assert services.partners.due_for_update(services.clock().date(), 30)  # partners waiting
    services.close()
    return book


def test_no_filter_on_the_whole_application_sees_the_events_of_the_first_paint(tmp_path: Path) -> None:
    """An event filter on the application, in Python, is called for every event of every object,
    and the first ones made PySide6 look up the types of Qt's own objects (creating some 120
    enum types): three of them were 15 % of start-up (issue 20). Undo's TypingFirst watches
    the focused field, the idle lock only a book with a passphrase, and the screen fitter is off
    from the main window's building to its first paint, back on after it."""
    out = _start(tmp_path, _demo_book(tmp_path))
    assert _line(out, "@@PAINTED@@")["app_filters"] == []  # type: ignore[index]
    assert _line(out, "@@SETTLED@@")["app_filters"] == ["ScreenFitter"]  # type: ignore[index]


def test_the_partners_waiting_for_news_are_read_after_the_first_paint(tmp_path: Path) -> None:
    """Every open referral of the book is read to know who waits for news: not before Today's
    first paint (issue 20), and filled on the loop's turn after it, with its rows. The panel has
    its final place and size at the first paint (one count): Today's list does not move."""
    out = _start(tmp_path, _demo_book(tmp_path))
    rows, filled, shown, box, list_top = _line(out, "@@PAINTED@@")["waiting"]  # type: ignore[misc]
    assert (rows, filled, shown) == (0, False, True)
    assert box[3] > 0
    rows, filled, shown, settled_box, settled_top = _line(out, "@@SETTLED@@")["waiting"]  # type: ignore[misc]
    assert filled and shown and rows > 0
    assert settled_box == box
    assert settled_top == list_top


def test_the_started_app_keeps_no_module_sources_in_memory(tmp_path: Path) -> None:
    """PySide6 reads the source of every module imported after it (its `__feature__` check) and
    linecache kept each file for the life of the process: 10 MB of text, 20–23 MB of memory on
    the large book (issue 20). desktop.ui.pyside_sources drops the lines once read."""
    out = _start(tmp_path, tmp_path / "book.dealbrief")
    loaded = _line(out, "@@MODULES@@")
    files, chars = _line(out, "@@SOURCES@@")  # type: ignore[misc]
    assert "sqlalchemy" in loaded and "desktop.ui.main_window" in loaded  # imported after PySide6
    assert chars < 100_000, (files, chars)


FROZEN_SCRIPT = """
import argparse, gc, sys
import desktop.app as app
from PySide6.QtWidgets import QApplication

def started(window, services):  # start-up is over: report what the collector sees, then quit
    print("@@FROZEN@@", gc.get_freeze_count(), "sqlalchemy.orm" in sys.modules, flush=True)
    QApplication.instance().quit()
    return True
app.start_background_work = started
sys.exit(app.run_gui(argparse.Namespace(demo=False, book=sys.argv[1], lang="zh_CN")))
"""


def test_start_up_objects_are_frozen_out_of_the_collector_once_the_app_has_started(tmp_path: Path) -> None:
    """gc.freeze() once the window shows and the book is checked (desktop.app.start_up_over): the
    full collections during a Reports page read walked every start-up object again (issue 20)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONPATH=str(ROOT),
               DEALBRIEF_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", FROZEN_SCRIPT, str(tmp_path / "book.dealbrief")],
                          env=env, capture_output=True, text=True, timeout=180, cwd=ROOT)
    line = next((x for x in done.stdout.splitlines() if x.startswith("@@FROZEN@@")), None)
    assert line is not None, done.stdout + done.stderr
    _mark, frozen, orm_loaded = line.split()
    assert orm_loaded == "True"  # the services (SQLModel, SQLAlchemy) were loaded before the freeze
    assert int(frozen) > 10_000


SWITCH_SCRIPT = """
import argparse, gc, sys, weakref
import desktop.app as app
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

old = []

def started(window, services):  # start-up is over (frozen): switch the language, as Preferences does
    old.append(weakref.ref(window))
    QTimer.singleShot(0, lambda: old[0]().language_changed.emit("zh_CN"))
    QTimer.singleShot(0, look)
    return True

def look(turns=[0]):  # each turn: has the old window gone? (gc.collect never frees a frozen one)
    gc.collect()
    turns[0] += 1
    if old[0]() is None or turns[0] > 300:
        print("@@OLD_WINDOW@@", "collected" if old[0]() is None else "alive", gc.get_freeze_count(), flush=True)
        QApplication.instance().quit()
    else:
        QTimer.singleShot(0, look)

app.start_background_work = started
sys.exit(app.run_gui(argparse.Namespace(demo=False, book=sys.argv[1], lang="en")))
"""


def test_the_window_a_language_switch_replaced_is_collected_in_the_running_app(tmp_path: Path) -> None:
    """The real start path, frozen (start_up_over) then switched to Chinese: the old main window
    goes, with its cycles. It stayed for good: frozen, and held by run_gui's own frame."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONPATH=str(ROOT),
               DEALBRIEF_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", SWITCH_SCRIPT, str(tmp_path / "book.dealbrief")],
                          env=env, capture_output=True, text=True, timeout=180, cwd=ROOT)
    line = next((x for x in done.stdout.splitlines() if x.startswith("@@OLD_WINDOW@@")), None)
    assert line is not None, done.stdout + done.stderr
    _mark, fate, frozen = line.split()
    assert fate == "collected"
    assert int(frozen) > 10_000  # what is left is frozen again
