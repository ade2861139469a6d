"""GUI tests: a QApplication with the bundled fonts and English, real services over a tmp book."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def settings(tmp_path):
    from desktop.ui.settings import Settings

    return Settings(tmp_path / "config" / "settings.ini")


@pytest.fixture
def window_services(services):
    """The services `window` is opened on: the test's book. A test file that wants the window on
    the demo book overrides it (`def window_services(demo_services): return demo_services`)."""
    return services


@pytest.fixture
def window(qtbot, window_services, settings):
    """The main window on the test's book, shown (a test file may define its own)."""
    from desktop.ui.main_window import MainWindow

    win = MainWindow(window_services, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def active_window(qtbot, window):
    """`window`, shown and active. A window shortcut (Ctrl+S, Ctrl+Z) fires only in the active
    window, and `waitExposed` returns before the offscreen platform's activation reaches it: tests
    that press keys use this one."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture(autouse=True)
def _no_unexpected_questions(monkeypatch):
    """A question nobody answers would block the test run forever: fail it instead."""

    def unexpected(parent, title, text, *args, **kwargs):  # noqa: ANN001
        raise AssertionError(f"unexpected question: {text}")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(unexpected))


@pytest.fixture
def answer_dialogs(monkeypatch):
    """Answer QMessageBox questions without showing them; records what was asked."""
    asked: list[str] = []
    answers: list[QMessageBox.StandardButton] = []

    def question(parent, title, text, *args, **kwargs):  # noqa: ANN001
        asked.append(text)
        return answers.pop(0) if answers else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: asked.append(a[2])))
    return asked, answers
