"""One app per book, and the way out when the book is damaged: restore a backup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.backup import back_up_now, backups_dir
from desktop.storage.errors import BookError, BookErrorKind
from desktop.storage.lock import BookLock
from desktop.ui.single_instance import InstanceServer

ROOT = Path(__file__).resolve().parents[3]


def test_a_second_launch_on_the_same_book_brings_the_first_forward(qtbot, book_path: Path, services: Services) -> None:
    server = InstanceServer(book_path)
    assert server.listen()
    with BookLock(book_path):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--book", str(book_path), "--lang", "en"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        try:
            with qtbot.waitSignal(server.show_requested, timeout=30000):
                pass
            out, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    server.close()
    assert proc.returncode == 0, err
    assert "already has" in out and "brought forward" in out


def test_a_damaged_book_offers_to_restore_a_backup(qtbot, services: Services, clock, monkeypatch) -> None:
    from desktop.ui.book_dialogs import ask_way_out

    services.contacts.save(ContactRecord(name="陈静"))
    backup = back_up_now(services.book.path, clock())
    path = services.book.path
    services.close()
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    damaged = b"SQLite format 3\x00" + b"\x07" * 2000
    path.write_bytes(damaged)
    try:
        Services.open(path, clock)
    except BookError as exc:
        error = exc
    assert error.kind in (BookErrorKind.DAMAGED, BookErrorKind.NOT_A_BOOK)
    assert path.read_bytes() == damaged

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup), "")))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: told.append(a[2])))

    def press_restore() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_restore)
            return
        [button] = [b for b in box.buttons() if b.text() == "Restore a backup…"]
        button.click()

    QTimer.singleShot(0, press_restore)
    assert ask_way_out(error) == path
    assert "The backup was restored." in told[-1]
    kept = [p for p in backups_dir(path).iterdir() if "-damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # never overwritten, kept aside
    restored = Services.open(path, clock, create=False)
    try:
        assert [c.name for c in restored.contacts.list()] == ["陈静"]
    finally:
        restored.close()
