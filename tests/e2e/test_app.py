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
    assert ("联系人" in shown["nav"]) == (lang == "zh_CN")
    from desktop.ui.i18n import remove_translators

    remove_translators(QApplication.instance(), QApplication.instance()._translators)
