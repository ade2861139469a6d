"""The whole app boots on a book and on the throwaway demo, in both languages."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import run_gui


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_app_opens_the_demo_and_shows_chinese(qtbot, lang, monkeypatch):
    shown = {}

    def inspect_and_quit():
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()]
        shown["titles"] = [w.windowTitle() for w in windows]
        window = windows[0]
        page = window.show_page("contacts")
        shown["rows"] = page.model.rowCount()
        shown["nav"] = [window.nav.item(i).text() for i in range(window.nav.count())]
        window.close()

    QTimer.singleShot(200, inspect_and_quit)
    code = run_gui(argparse.Namespace(demo=True, book=None, lang=lang))
    assert code == 0
    assert shown["rows"] == 23
    assert ("联系人" in shown["nav"]) == (lang == "zh_CN")  # run_gui removed its translators on exit


def test_changing_the_language_in_preferences_rebuilds_the_window_in_that_language(qtbot, services, tmp_path):
    from desktop.app import start_shell
    from desktop.ui import settings as opt

    shell = start_shell("en", tmp_path / "config")
    settings = shell.settings
    window = shell.show_main_window(services)
    window.show_page("contacts")
    assert window.nav.item(3).text() == "Contacts"
    settings.set(opt.LANGUAGE, "zh_CN")
    window.language_changed.emit("zh_CN")
    replacement = shell.window
    assert replacement is not window
    assert replacement.nav.item(3).text() == "联系人"
    assert replacement.current_page_key() == "contacts"
    replacement.close()
    shell.remove_translators()


def test_settings_preferences_switches_the_language(qtbot, services, tmp_path, monkeypatch):
    """Settings → Preferences…: choosing 中文 saves it and asks for the window in Chinese."""
    from PySide6.QtWidgets import QDialog

    from desktop.ui import settings as opt
    from desktop.ui.main_window import MainWindow
    from desktop.ui.preferences import PreferencesDialog
    from desktop.ui.settings import Settings

    settings = Settings(tmp_path / "config" / "settings.ini")
    window = MainWindow(services, settings)
    qtbot.addWidget(window)

    def choose_chinese(dialog: PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_chinese)
    preferences = next(a for a in window.settings_menu.actions() if a.text() == "&Preferences…")
    with qtbot.waitSignal(window.language_changed) as changed:
        preferences.trigger()
    assert changed.args == ["zh_CN"]
    assert settings.get(opt.LANGUAGE) == "zh_CN"
    assert Settings(settings.path).get(opt.LANGUAGE) == "zh_CN"  # written to the file


def test_exit_after_shown_quits_once_the_book_is_checked_and_backed_up(tmp_path):
    """DEALBRIEF_EXIT_AFTER_SHOWN=1 (the bundle's smoke test, the bench) reports the first paint
    and quits once start-up has settled: the check ran after the paint, and the day's backup is
    made (quitting at the paint interrupted the check, so the backup never started)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root),
           "DEALBRIEF_CONFIG_DIR": str(tmp_path / "config")}
    book = tmp_path / "book.dealbrief"
    made = subprocess.run([sys.executable, "-m", "desktop", "--book", str(book), "demo"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert made.returncode == 0, made.stderr
    done = subprocess.run([sys.executable, "-m", "desktop", "--book", str(book)],
                          env=dict(env, DEALBRIEF_EXIT_AFTER_SHOWN="1"), capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "window shown after" in done.stdout, done.stderr
    backups = list(tmp_path.glob("**/backups/*"))  # beside the book
    assert backups, sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))


def test_the_window_a_language_switch_replaced_is_collected_though_start_up_froze_it(qtbot, services, tmp_path):
    """start_up_over() gc.freeze()s what start-up made, the main window with it; the collector
    never looks at frozen objects, so the window a language switch drops (a web of cycles:
    pages, closures, models) stayed in memory for good. Once it has gone the app thaws,
    collects and freezes again."""
    import gc
    import weakref

    from desktop.app import start_shell, start_up_over

    shell = start_shell("en", tmp_path / "config")
    try:
        window = shell.show_main_window(services)
        qtbot.waitExposed(window)
        start_up_over()
        assert gc.get_freeze_count() > 0
        old = weakref.ref(window)
        window.language_changed.emit("zh_CN")
        del window

        def collected() -> bool:
            gc.collect()  # never looks at frozen objects: only the app's thaw lets the window go
            return old() is None

        qtbot.waitUntil(collected, timeout=10000)
        assert gc.get_freeze_count() > 0  # what is left (the new window with it) is frozen again
    finally:
        if shell.window is not None:
            shell.window.close()
        shell.remove_translators()
