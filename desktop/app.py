"""Composition root: paths, book, services, QApplication, translations, fonts, main window."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_ID, APP_NAME, __version__
from desktop.resources import resource
from desktop.services.container import Services
from desktop.storage.errors import BookError
from desktop.storage.lock import BookLock
from desktop.storage.location import config_dir, resolve_book_path
from desktop.ui import settings as opt
from desktop.ui.book_dialogs import ask_way_out
from desktop.ui.data.backups import start_daily_backup
from desktop.ui.fonts import register_fonts
from desktop.ui.i18n import install_translators, resolve_language
from desktop.ui.main_window import MainWindow
from desktop.ui.messages import book_error_text, book_error_title
from desktop.ui.settings import Settings
from desktop.ui.single_instance import InstanceServer, ask_running_app_to_show, bring_forward


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


def setup_language(app: QApplication, settings: Settings, chosen: str | None) -> str:
    language = resolve_language(chosen or settings.get(opt.LANGUAGE))
    app._translators = install_translators(app, language)  # type: ignore[attr-defined]
    return language


def demo_book_path() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="dealbrief-demo-"))
    return folder / "demo.dealbrief"


def open_services(path: Path) -> Services | None:
    """Open the book, offering a way out (restore a backup, another book, a new one, quit)."""
    while True:
        try:
            return Services.open(path)
        except BookError as error:
            other = ask_way_out(error)
            if other is None:
                return None
            path = other


def claim_book(path: Path) -> tuple[BookLock, InstanceServer] | None:
    """Take the book for this app: None when another app has it (it was asked to come forward,
    or, if it does not answer, the seller was told)."""
    if ask_running_app_to_show(path):
        print(f"Dealbrief already has {path} open; its window was brought forward.")
        return None
    lock = BookLock(path)
    try:
        lock.acquire()
    except BookError as error:
        QMessageBox.warning(None, book_error_title(error), book_error_text(error))
        return None
    server = InstanceServer(path)
    server.listen()
    return lock, server


def run_gui(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORMTHEME", os.environ.get("QT_QPA_PLATFORMTHEME", ""))
    app = make_application()
    settings = Settings(config_dir() / "settings.ini")
    setup_language(app, settings, args.lang)
    register_fonts(app)

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
        services = open_services(path)
        if services is None:
            claimed[0].release()
            return 1
        if services.book.path != path:  # the seller chose another book: claim that one instead
            claimed[0].release()
            claimed[1].close()
            claimed = claim_book(services.book.path)
            if claimed is None:
                services.close()
                return 0
    window = MainWindow(services, settings)
    window.show()
    if claimed is not None:
        claimed[1].show_requested.connect(lambda: bring_forward(window))
        start_daily_backup(window, services)
    try:
        return app.exec()
    finally:
        services.close()
        if claimed is not None:
            claimed[1].close()
            claimed[0].release()
