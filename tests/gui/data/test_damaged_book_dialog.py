"""A damaged book at start-up: the dialog offers the newest good backup and a read-only look,
and the app never starts its daily backup or index catch-up on a book it may not write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.backup import back_up_now
from desktop.storage.errors import BookError, BookErrorKind
from desktop.ui.book_dialogs import ReadOnly, ask_way_out


def damaged_book(services: Services, clock) -> tuple[Path, Path, BookError]:
    services.contacts.save(ContactRecord(name="陈静"))
    good = back_up_now(services.book.path, clock())
    services.contacts.save(ContactRecord(name="李娜"))
    path = services.book.path
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 + 8:root * 4096] = b"\x5a" * 4088
    path.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    try:
        Services.open(path, clock)
    except BookError as exc:
        return path, good, exc
    raise AssertionError("the damaged book was opened for writing")


def press(text: str) -> None:
    def later() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, later)
            return
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()

    QTimer.singleShot(0, later)


def test_the_newest_good_backup_is_offered_and_restored(qtbot, services, clock, monkeypatch) -> None:
    path, good, error = damaged_book(services, clock)
    assert error.kind is BookErrorKind.DAMAGED and error.backup == good
    damaged = path.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: told.append(a[2])))
    press("Restore the newest good backup")
    assert ask_way_out(error) == path
    assert "The backup was restored." in told[-1]
    restored = Services.open(path, clock, create=False)
    try:
        assert [c.name for c in restored.contacts.list()] == ["陈静"]
    finally:
        restored.close()
    kept = [p.read_bytes() for p in (path.parent / "backups").iterdir() if "-damaged-" in p.name]
    assert damaged in kept


def test_open_read_only_reads_the_damaged_book_and_skips_the_background_writes(
        qtbot, services, clock, monkeypatch) -> None:
    import desktop.app as app

    path, _good, error = damaged_book(services, clock)
    before = path.read_bytes()
    press("Open read-only")
    choice = ask_way_out(error)
    assert choice == ReadOnly(path)

    monkeypatch.setattr(app, "ask_way_out", lambda _error: choice)
    opened = app.open_services(path)
    # The app's window does not wait for the check (issue 20): the damage is found by the
    # check that runs after it shows (tests/gui/app/test_book_check.py), and nothing was written.
    assert opened is not None and opened.book.checking
    with pytest.raises(BookError):
        opened.book.check()
    assert opened.book.damaged
    assert opened.pipeline.stages()  # what can be read is there (not the damaged contacts)
    started: list[str] = []
    monkeypatch.setattr(app, "start_daily_backup", lambda *_a: started.append("backup"))
    monkeypatch.setattr(app, "start_search_catch_up", lambda *_a: started.append("index"))
    window = QMainWindow()
    qtbot.addWidget(window)
    assert app.start_background_work(window, opened) is False
    assert started == []  # no daily backup, no index catch-up on a damaged book
    assert "damaged" in window.statusBar().currentMessage()
    opened.close()
    assert path.read_bytes() == before
