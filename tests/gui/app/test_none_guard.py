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


def test_many_signal_emits_do_not_use_up_true(qtbot):
    """Every Signal.emit() from Python took one reference off True (bool_dealloc at quit)."""
    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        changed = Signal(object)

    source = Source()
    heard: list = []
    source.changed.connect(heard.append)
    for n in range(30_000):  # about twice True's whole count without the guard
        source.changed.emit(n)
    assert len(heard) == 30_000
    assert sys.getrefcount(True) > 1 << 40 and sys.getrefcount(False) > 1 << 40


def test_a_process_that_emits_many_signals_quits_cleanly():
    """The quit itself: the interpreter frees its objects without aborting (exit 0, not 134)."""
    code = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import desktop.ui
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QApplication
        app = QApplication([])

        class Bus(QObject):
            changed = Signal(object)

        bus = Bus()
        bus.changed.connect(lambda kinds: None)
        for _ in range(40_000):
            bus.changed.emit(frozenset({"deals"}))
        print("ok")
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
    assert "Fatal Python error" not in done.stderr
