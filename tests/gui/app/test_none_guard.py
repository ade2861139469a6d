"""Void Qt calls can be made for as long as a session lasts (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import desktop.ui  # noqa: F401  (installs the guard, as the app does)


def test_many_void_qt_calls_do_not_use_up_none(qtbot):
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(20_000):  # more than None's whole count without the guard
        edit.setText("王建国")
    assert sys.getrefcount(None) > 1 << 40
    assert before > 1 << 40


def test_a_process_that_imports_the_ui_survives_many_void_calls():
    code = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import desktop.ui
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication([])
        w = QWidget()
        for _ in range(60_000):
            w.resize(10, 10)
        print("ok")
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
