"""Composition root: paths, book, services, QApplication, translations, fonts, main window."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from desktop import APP_ID, APP_NAME, __version__
from desktop.resources import resource
from desktop.services.book_lock import BookLock
from desktop.services.container import Services
from desktop.services.errors import BookError, BookErrorKind
from desktop.services.location import config_dir, resolve_book_path
from desktop.ui import settings as opt
from desktop.ui.book_dialogs import ReadOnly, ask_way_out
from desktop.ui.fonts import register_fonts
from desktop.ui.i18n import install_translators, remove_translators, resolve_language
from desktop.ui.main_window import MainWindow
from desktop.ui.messages import book_error_text, book_error_title
from desktop.ui.search.catch_up import start_search_catch_up
from desktop.ui.security.exports import Agreed
from desktop.ui.settings import Settings
from desktop.ui.single_instance import InstanceServer, ask_running_app_to_show, bring_forward
from desktop.ui.tasks import Task, run_in_background
from desktop.ui.windows import ScreenFitter, install_screen_fitter

EXIT_AFTER_SHOWN_ENV = "DEALBRIEF_EXIT_AFTER_SHOWN"
"""Set to 1 to quit as soon as the main window is shown and the event loop ran once, printing
how long that took (bench/bundle.py measures start-up this way)."""


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere since Python began)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return time.process_time() * 1000


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = resource("icons", "dealbrief.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


class Shell:
    """What the running app keeps for its lifetime: the QApplication, the settings, the
    translators installed for the chosen language, the main window shown (a language switch
    replaces both) and what the seller agreed to until the app closes (`agreed`: plain exports
    and copies of a locked book; kept across a language switch). Nothing is parked on
    QApplication (tests/unit/test_nothing_on_qapplication.py)."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        self.app, self.settings = app, settings
        self.translators: list = []
        self.window: MainWindow | None = None
        self.agreed = Agreed()
        self.fitter: ScreenFitter | None = None  # every window fits the screen (run_gui installs it)

    def set_language(self, chosen: str | None) -> str:
        """Install the translators of `chosen` (else the saved choice, else the system's)."""
        self.remove_translators()
        language = resolve_language(chosen or self.settings.get(opt.LANGUAGE))
        self.translators = install_translators(self.app, language)
        return language

    def remove_translators(self) -> None:
        remove_translators(self.app, self.translators)
        self.translators = []

    def show_main_window(self, services: Services) -> MainWindow:
        """Show the main window; a language change rebuilds it in the new language, book kept.

        The screen fitter is off while the window is built and first painted, and the window
        fitted here as the fitter would on its first show: a filter on the whole application,
        in Python, is called for every event of every object, and the first ones made start-up
        pay for PySide6 looking up the types of Qt's own objects (issue 20). Nothing else opens
        a window before the first paint; the fitter is back on the loop's turn after it."""
        fitter = self.fitter
        if fitter is not None:
            self.app.removeEventFilter(fitter)
        window = MainWindow(services, self.settings, agreed=self.agreed)

        def switch_language(language: str) -> None:
            if not all(getattr(p, "maybe_keep_edits", lambda: True)() for p in window.pages.values()):
                return
            self.set_language(language or None)
            geometry = window.saveGeometry()
            replacement = self.show_main_window(services)  # before closing: the app stays up
            replacement.restoreGeometry(geometry)
            replacement.show_page(window.current_page_key())
            # The old window goes on the loop's next turn (WA_DeleteOnClose); start_up_over froze
            # its objects: give them back to the collector once it has gone.
            window.destroyed.connect(lambda *_: QTimer.singleShot(0, collect_dropped_window))
            window.close()

        window.language_changed.connect(switch_language)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.statusBar()  # made before the first paint: "Checking the book…" moves nothing
        if fitter is not None:
            fitter.fit_first_show(window)
        window.show()
        if fitter is not None:
            after_first_paint(window, partial(self.app.installEventFilter, fitter))
        self.window = window  # keeps it alive
        return window


def start_shell(language: str | None, config: Path) -> Shell:
    """The app's start-up: the application, its settings (in `config`), the language and the
    fonts. The GUI, the screenshot scripts and the tests start the same way."""
    app = make_application()
    shell = Shell(app, Settings(config / "settings.ini"))
    shell.set_language(language)
    register_fonts(app)
    return shell


def open_demo(folder: Path, language: str) -> tuple[Shell, Services]:
    """A shell on a fresh demo book in `folder` (settings beside it): what the screenshot scripts
    look at."""
    os.environ["DEALBRIEF_CONFIG_DIR"] = str(folder / "config")
    shell = start_shell(language, folder / "config")
    services = Services.open(folder / "demo.dealbrief")
    from desktop.services.demo import fill_demo

    fill_demo(services)
    return shell, services


def demo_book_path() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="dealbrief-demo-"))
    return folder / "demo.dealbrief"


def open_services(path: Path, given: str | None = None) -> Services | None:
    """Open the book, offering a way out (restore a backup, open it read-only, another book, a
    new one, quit). `given`: a passphrase from --passphrase-file, tried before asking."""
    read_only = False
    known: tuple[Path, str] | None = None  # a passphrase that opened this book, with another problem
    while True:
        tried: list[str] = []
        right = known[1] if known is not None and known[0] == path else None
        try:
            return _open(path, read_only, right or given, tried)
        except BookError as error:
            if tried and error.kind not in (BookErrorKind.ENCRYPTED, BookErrorKind.WRONG_PASSPHRASE):
                known, right = (path, tried[-1]), tried[-1]  # "Open read-only" does not ask again
            other = ask_way_out(error, passphrase=right) if right else ask_way_out(error)
            if other is None:
                return None
            if isinstance(other, ReadOnly):
                path, read_only = other.path, True
            else:
                path, read_only = other, False


def _open(path: Path, read_only: bool, given: str | None = None,
          tried: list[str] | None = None) -> Services:
    """The book's services; a book locked with a passphrase asks for it (the one given in a
    file or remembered on this computer first; three tries; a wrong one changes nothing).
    Each passphrase tried is added to `tried`: when the open fails for another reason than the
    passphrase, the last one is the book's."""
    from desktop.services.security import is_locked

    # The window does not wait for the book's check: it runs after the window shows, every write
    # refused until it passes (start_book_check; a book opened read-only is checked here).
    later = not read_only
    tried = [] if tried is None else tried

    def attempt(passphrase: str) -> Services:
        tried.append(passphrase)
        return Services.open(path, read_only_ok=read_only, passphrase=passphrase,
                             check_later=later)

    if not is_locked(path):
        return Services.open(path, read_only_ok=read_only, check_later=later)
    if given:
        try:
            return attempt(given)
        except BookError as error:
            if error.kind is not BookErrorKind.WRONG_PASSPHRASE:
                raise
    from desktop.ui.security.prompt import unlock

    return unlock(path, attempt)


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase in --passphrase-file or $DEALBRIEF_PASSPHRASE_FILE (None: ask in the app;
    a file that cannot be read is not an error here, the prompt asks instead)."""
    from desktop.services.security import (
        PassphraseFileError,
        passphrase_file_from_env,
        read_passphrase_file,
    )

    source = getattr(args, "passphrase_file", None) or passphrase_file_from_env()
    if not source:
        return None
    try:
        return read_passphrase_file(source)
    except PassphraseFileError:
        return None


def claim_book(path: Path) -> tuple[BookLock | None, InstanceServer] | None:
    """Take the book for this app: None when another app has it (it was asked to come forward,
    or, if it does not answer, the seller was told). On a read-only medium no lock can be taken,
    and none is needed: nobody can write there (the lock is then None)."""
    if ask_running_app_to_show(path):
        print(f"Dealbrief already has {path} open; its window was brought forward.")
        return None
    lock: BookLock | None = BookLock(path)
    try:
        lock.acquire()
    except BookError as error:
        if error.kind is not BookErrorKind.READ_ONLY:
            QMessageBox.warning(None, book_error_title(error), book_error_text(error))
            return None
        lock = None
    server = InstanceServer(path)
    server.listen()
    return lock, server


def _release(claimed: tuple[BookLock | None, InstanceServer]) -> None:
    claimed[1].close()
    if claimed[0] is not None:
        claimed[0].release()


class Running:
    """The book the app has open now and the claim on it (a failed check may replace both), and
    whether start-up has settled: the book's check answered and the start-up work (the daily
    backup, the index catch-up) begun."""

    def __init__(self, services: Services, claimed: tuple[BookLock | None, InstanceServer] | None):
        self.services, self.claimed = services, claimed
        self.settled = False
        self._when_settled: list[Callable[[], None]] = []

    def when_settled(self, then: Callable[[], None]) -> None:
        """Call `then` once start-up has settled (now, if it has)."""
        if self.settled:
            then()
        else:
            self._when_settled.append(then)

    def settle(self) -> None:
        if not self.settled:
            self.settled = True
            for then in self._when_settled:
                then()
            self._when_settled.clear()


def run_gui(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORMTHEME", os.environ.get("QT_QPA_PLATFORMTHEME", ""))
    shell = start_shell(args.lang, config_dir())
    app, settings = shell.app, shell.settings
    shell.fitter = install_screen_fitter(app, settings)  # every window fits the screen, dialogs keep their size
    from desktop.services.files import clean_check_folders

    clean_check_folders()  # plain copies for viewer apps (and check folders) a killed app left

    if args.demo:
        path = demo_book_path()
        services = Services.open(path)
        from desktop.services.demo import fill_demo

        fill_demo(services)
        claimed = None
    else:
        path = resolve_book_path(args.book)
        claimed = claim_book(path)
        if claimed is None:
            return 0
        services = open_services(path, given_passphrase(args))
        if services is None:
            _release(claimed)
            return 1
        if services.book.path != path:  # the seller chose another book: claim that one instead
            _release(claimed)
            claimed = claim_book(services.book.path)
            if claimed is None:
                services.close()
                return 0
    window = shell.show_main_window(services)
    if getattr(args, "in_tray", False) and window.reminders.tray is not None:
        # started at login: reminders run, the window waits for a click on the tray icon
        QApplication.setQuitOnLastWindowClosed(False)
        window.hide()
    running = Running(services, claimed)
    if os.environ.get(EXIT_AFTER_SHOWN_ENV) == "1":
        after_first_paint(window, lambda: _report_shown_and_quit(shell, running))
    if claimed is None:
        running.settle()  # the demo book: made and checked just now, no start-up work
    else:
        # the current main window (a language switch replaces it) comes forward
        # (through `shell`, not `window`: a window replaced must not be held here)
        claimed[1].show_requested.connect(lambda: shell.window is not None and bring_forward(shell.window))
        # After the first paint (issue 20): the check loads SQLModel and reads every page on
        # the thread pool while the window is already in the seller's hands.
        after_first_paint(window, lambda: start_book_check(shell, running))
    del window  # the Shell holds the window shown: this frame, alive until the app quits, must not
    try:
        return app.exec()
    finally:
        # Background work (the daily backup, the search index catch-up) uses the book: let it
        # finish before the book closes, rather than fail against a closed book at exit. The
        # book's check is interrupted instead (the book stays unwritten; the next start checks).
        running.services.book.stop_check()
        QThreadPool.globalInstance().waitForDone()
        running.services.close()
        shell.remove_translators()
        if running.claimed is not None:
            _release(running.claimed)


class _FirstPaint(QObject):
    """Calls `then` once, on the event loop's turn after `window` was first painted (or after a
    second, should a window manager never have it painted: minimised at start)."""

    FALLBACK_MS = 1000

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window_, self.then = window, then
        window.installEventFilter(self)
        self.fallback = QTimer(self)
        self.fallback.setSingleShot(True)
        self.fallback.timeout.connect(self._fire)
        self.fallback.start(self.FALLBACK_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self._fire()
        return False

    def _fire(self) -> None:
        self.fallback.stop()
        self.window_.removeEventFilter(self)
        QTimer.singleShot(0, self.then)
        self.deleteLater()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Run `then` once the window has been painted (Qt paints on the loop's turn after `show`,
    after the first zero-timer), or on the next turn when it is hidden (started in the tray)."""
    if window.isVisible():
        _FirstPaint(window, then)
    else:
        QTimer.singleShot(0, then)


def start_book_check(shell: Shell, running: Running) -> Task | None:
    """The book's check (quick_check and the schema check) on the thread pool, after the window
    is shown: the status bar says "Checking the book…" and the book refuses every write until the
    check passes; then the daily backup and the index catch-up start. A book that fails is
    read-only from then on and the seller gets the way out (restore the newest good backup, keep
    it open read-only, another book, quit). Returns the task (None: nothing left to check)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel

    window, services = shell.window, running.services
    assert window is not None
    if not services.book.checking:
        start_up_over()
        start_background_work(window, services)
        running.settle()
        return None
    label = QLabel(QCoreApplication.translate("App", "Checking the book…"), window)
    label.setObjectName("checking_book")
    window.statusBar().addPermanentWidget(label)

    def passed(_result: object) -> None:
        _drop(label)
        shown = _live_window(shell, window)
        if services.book.checking or shown is None:
            return  # the check was stopped (the book closed, the app quitting): nothing passed
        start_up_over()
        start_background_work(shown, services)
        running.settle()

    def failed(exc: BaseException) -> None:
        _drop(label)
        running.settle()
        if not isinstance(exc, BookError):
            raise exc
        if _live_window(shell, window) is not None:
            book_failed_check(shell, running, exc)

    # The app, not the window, waits for the answer: a language switch replaces the window.
    return run_in_background(services.book.check, passed, failed, shell.app)


def _live_window(shell: Shell, window: QMainWindow) -> QMainWindow | None:
    """The main window now (a language switch replaces it), or None when it has gone."""
    from shiboken6 import Shiboken

    for candidate in (shell.window, window):
        if candidate is not None and Shiboken.isValid(candidate):
            return candidate
    return None


def _drop(widget: QWidget) -> None:
    """Remove `widget` unless it went with its window (a language switch rebuilds the window)."""
    from shiboken6 import Shiboken

    if Shiboken.isValid(widget):
        widget.deleteLater()


def start_up_over() -> None:
    """Start-up is over (window shown, SQLModel and the services loaded, the book checked): the
    objects alive now — modules, classes, SQLAlchemy's mappers and compiled caches, the window's
    widgets, some 80,000 on the large book — live as long as the process. gc.freeze() moves them
    out of the collector's sight: each full collection (run when enough new objects survive) then
    walks only what came later, not all of them again (~55 ms each on the large book, several per
    Reports page read; the worker's CPU for that page went from ~200 ms to 85–100 ms). The
    trade-off: an object alive at the freeze is never collected by the cycle collector, so a
    cycle among them that is dropped later stays in memory; start-up objects are not dropped,
    but for the main window a language switch replaces (collect_dropped_window).
    The collection just before leaves start-up's garbage out of the frozen set. Runs once; the
    bench calls it at the same point (bench/measures/memory.py, reports.py)."""
    import gc

    if gc.get_freeze_count():
        return
    gc.collect()
    gc.freeze()


def collect_dropped_window() -> None:
    """A main window made before start_up_over's freeze was dropped (a language switch): its
    objects are frozen, out of the collector's sight, so their reference cycles would stay in
    memory for good. Thaw, collect what nothing holds any more, and freeze what is left again
    (the new window with it, as at start-up). Before the freeze there is nothing to do."""
    import gc

    if not gc.get_freeze_count():
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def book_failed_check(shell: Shell, running: Running, error: BookError) -> None:
    """The book failed the check that ran after the window showed: it is read-only already (never
    written); offer the way out as at start-up."""
    window, services = shell.window, running.services
    assert window is not None
    window.statusBar().showMessage(read_only_text(services))
    services.book.engine.dispose()  # a restore replaces the file under these connections
    known = services.book.passphrase  # a locked book's: a restore and the reopening do not ask again
    choice = ask_way_out(error, window, passphrase=known) if known else ask_way_out(error, window)
    if isinstance(choice, ReadOnly):  # (this book: the error names it)
        return  # the book stays open read-only, as the status bar says
    same = choice is not None and Path(choice) == services.book.path
    replacement = open_services(choice, known if same else None) if choice is not None else None
    if replacement is None:
        window.close()
        shell.app.quit()
        return
    if replacement.book.path != services.book.path and running.claimed is not None:
        _release(running.claimed)
        running.claimed = claim_book(replacement.book.path)
        if running.claimed is None:
            replacement.close()
            window.close()
            shell.app.quit()
            return
    running.services = replacement
    new_window = shell.show_main_window(replacement)
    new_window.restoreGeometry(window.saveGeometry())
    window.close()
    services.close()
    start_book_check(shell, running)



def start_daily_backup(window: QMainWindow, services: Services) -> object:
    """ui.data.backups' daily backup; the backup machinery loads here, after Today's first
    paint, not with the app (issue 20)."""
    from desktop.ui.data.backups import start_daily_backup as start

    return start(window, services)


def start_background_work(window: QMainWindow, services: Services) -> bool:
    """The daily backup and the index catch-up, never on a book opened read-only (damaged, or on
    a read-only medium): the status bar says why instead. True when they were started."""
    if not services.book.writable:
        window.statusBar().showMessage(read_only_text(services))
        return False
    start_daily_backup(window, services)
    start_search_catch_up(window, services)
    return True


def read_only_text(services: Services) -> str:
    from PySide6.QtCore import QCoreApplication

    if services.book.damaged:
        return QCoreApplication.translate(
            "App", "Read-only: this book is damaged. Export or back up what it holds, or restore a good backup.")
    return QCoreApplication.translate("App", "Read-only: this book's file or folder cannot be written.")


def _report_shown_and_quit(shell: Shell, running: Running) -> None:
    """DEALBRIEF_EXIT_AFTER_SHOWN=1: say when the window was first painted, then quit once
    start-up has settled, as a seller's session would have it: the book checked and the day's
    backup made (quitting at once would interrupt the check, and the backup would never start)."""
    # The menu titles show which language the window came up in (the bundle's smoke test reads them).
    window = shell.window
    menus = " ".join(a.text() for a in window.menuBar().actions()) if window is not None else ""
    print(f"window shown after {process_age_ms():.0f} ms; menus: {menus}", flush=True)
    running.when_settled(shell.app.quit)
