"""Locking the book in the app: the passphrase prompt when a locked book opens (three tries, a
wrong one changes nothing, then the book dialogs), "remember on this computer", Settings →
Security (set, change, remove), restore of a locked backup, the idle lock and the word before a
plain export."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.services import keychain
from desktop.services.container import Services
from desktop.services.errors import BookError, BookErrorKind
from desktop.services.security import change_lock, set_lock
from desktop.storage import cipher
from desktop.ui.bus import Bus
from desktop.ui.security.dialog import SecurityDialog, strength_text
from desktop.ui.security.prompt import PassphrasePrompt, unlock

PASS = "correct horse battery"
OTHER = "another long passphrase"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(fail.Keyring())


@pytest.fixture(autouse=True)
def _no_keyring_by_default():
    keyring.set_keyring(fail.Keyring())  # like a headless Linux / CI


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def locked_book(services: Services) -> Path:
    path = services.book.path
    set_lock(services.book, PASS).book.close()
    return path


def when_modal(qtbot, act: Callable[[QWidget], None]) -> None:
    """Run `act(modal)` on the next modal window shown (a dialog's exec())."""
    timer = QTimer()
    timer.setInterval(5)

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            timer.stop()
            act(modal)

    timer.timeout.connect(poll)
    timer.start()
    qtbot._security_timers = [*getattr(qtbot, "_security_timers", []), timer]


def click_button(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_the_prompt_says_a_wrong_passphrase_and_changes_nothing(qtbot, demo_services) -> None:
    path = locked_book(demo_services)
    digest = sha(path)
    prompt = PassphrasePrompt(path, lambda p: Services.open(path, passphrase=p))
    qtbot.addWidget(prompt)
    assert "book.dealbrief" in prompt.intro.text()
    prompt.ok_button.click()
    assert prompt.message.text() == "Enter the passphrase." and prompt.tries_left == 3
    prompt.edit.setText("not the passphrase")
    prompt.ok_button.click()
    assert "does not open it. Nothing was changed" in prompt.message.text()
    assert "Tries left: 2" in prompt.message.text() and prompt.edit.text() == ""
    assert sha(path) == digest
    prompt.edit.setText(PASS)
    prompt.ok_button.click()
    assert prompt.error is None and prompt.value.contacts.list()
    prompt.value.close()


def test_three_wrong_passphrases_end_with_the_book_dialogs(qtbot, demo_services, monkeypatch) -> None:
    from desktop import app

    path = locked_book(demo_services)
    digest = sha(path)
    seen: list[str] = []

    def wrong(prompt: PassphrasePrompt) -> None:
        for _ in range(3):
            prompt.edit.setText("still wrong here")
            prompt.ok_button.click()
        when_modal(qtbot, way_out)

    def way_out(box: QMessageBox) -> None:
        seen.extend(b.text() for b in box.buttons())
        seen.append(box.text())
        click_button(box, "Quit")

    when_modal(qtbot, wrong)
    assert app.open_services(path) is None
    assert "Open another book…" in seen and "Enter the passphrase again…" in seen
    assert any("The passphrase does not open this book. Nothing was changed." in s for s in seen)
    assert sha(path) == digest


def test_the_app_opens_a_locked_book_with_its_passphrase(qtbot, demo_services) -> None:
    from desktop import app

    path = locked_book(demo_services)

    def right(prompt: PassphrasePrompt) -> None:
        prompt.edit.setText(PASS)
        prompt.ok_button.click()

    when_modal(qtbot, right)
    services = app.open_services(path)
    assert services is not None and services.book.passphrase == PASS
    services.book.check()  # what the app runs after its window shows (issue 20), then indexes
    assert services.search.search("华东精").hits
    services.close()


def test_remember_on_this_computer_is_off_and_disabled_without_a_keyring(qtbot, tmp_path) -> None:
    prompt = PassphrasePrompt(tmp_path / "b.dealbrief", lambda p: p)
    qtbot.addWidget(prompt)
    assert not prompt.remember.isEnabled() and not prompt.remember.isChecked()
    assert "No system keyring works on this computer" in prompt.remember_note.text()
    prompt.edit.setText(PASS)
    prompt.ok_button.click()
    assert prompt.value == PASS


def test_a_remembered_passphrase_opens_the_book_without_asking(qtbot, demo_services,
                                                               memory_keyring) -> None:
    path = locked_book(demo_services)
    prompt = PassphrasePrompt(path, lambda p: Services.open(path, passphrase=p))
    qtbot.addWidget(prompt)
    assert prompt.remember.isEnabled() and not prompt.remember.isChecked()  # off by default
    prompt.remember.setChecked(True)
    prompt.edit.setText(PASS)
    prompt.ok_button.click()
    prompt.value.close()
    assert keychain.remembered(path) == PASS
    opened = unlock(path, lambda p: Services.open(path, passphrase=p))  # no prompt shown
    assert opened.book.passphrase == PASS
    opened.close()


def test_a_remembered_passphrase_that_no_longer_opens_is_forgotten_and_asked(
        qtbot, demo_services, memory_keyring) -> None:
    path = locked_book(demo_services)
    keychain.remember(path, "an old passphrase")

    def cancel(prompt: PassphrasePrompt) -> None:
        prompt.reject()

    when_modal(qtbot, cancel)
    with pytest.raises(BookError) as info:
        unlock(path, lambda p: Services.open(path, passphrase=p))
    assert info.value.kind is BookErrorKind.ENCRYPTED
    assert keychain.remembered(path) is None


@pytest.fixture
def info_boxes(monkeypatch, answer_dialogs):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2])))
    return shown


def test_security_sets_changes_and_removes_the_passphrase(qtbot, demo_services, settings,
                                                          info_boxes, answer_dialogs) -> None:
    services = demo_services
    path = services.book.path
    contacts = sorted(c.name for c in services.contacts.list())
    bus = Bus()
    dialog = SecurityDialog(services, bus, settings)
    qtbot.addWidget(dialog)
    assert "not locked" in dialog.status.text()
    assert dialog.set_button.isVisibleTo(dialog) and not dialog.remove_button.isVisibleTo(dialog)
    assert not dialog.idle.isEnabled()

    dialog.new.setText("short")
    assert dialog.strength.text().startswith("Too short")
    dialog.new.setText("abcdefgh1234")
    assert dialog.strength.text() == "Fair."
    dialog.new.setText(PASS)
    dialog.repeat.setText(PASS + "x")
    dialog.set_button.click()
    assert dialog.message.text() == "The two passphrases differ." and services.book.passphrase is None

    dialog.repeat.setText(PASS)
    with qtbot.waitSignal(bus.changed):
        dialog.set_button.click()
    assert services.book.passphrase == PASS and "locked with a passphrase" in dialog.status.text()
    assert "何军".encode() not in path.read_bytes()
    assert sorted(c.name for c in services.contacts.list()) == contacts  # the same services go on
    assert "The book is locked with the passphrase" in info_boxes[-1]

    dialog.current.setText("wrong current one")
    dialog.new.setText(OTHER)
    dialog.repeat.setText(OTHER)
    dialog.change_button.click()
    assert "current passphrase is not right" in dialog.message.text()
    assert services.book.passphrase == PASS

    dialog.current.setText(PASS)
    dialog.new.setText(OTHER)
    dialog.repeat.setText(OTHER)
    dialog.change_button.click()
    assert services.book.passphrase == OTHER
    services.close()
    reopened = Services.open(path, passphrase=OTHER)
    assert sorted(c.name for c in reopened.contacts.list()) == contacts
    reopened.close()

    dialog.current.setText(OTHER)
    dialog.remove_button.click()
    asked, _answers = answer_dialogs
    assert "Remove the passphrase?" in asked[-1]
    assert services.book.passphrase is None and path.read_bytes().startswith(b"SQLite format 3")
    assert sorted(c.name for c in services.contacts.list()) == contacts
    assert "no longer locked" in info_boxes[-1]


def test_security_remembers_and_sets_the_idle_minutes(qtbot, demo_services, settings, info_boxes,
                                                      memory_keyring) -> None:
    from desktop.ui import settings as opt

    dialog = SecurityDialog(demo_services, Bus(), settings)
    qtbot.addWidget(dialog)
    dialog.new.setText(PASS)
    dialog.repeat.setText(PASS)
    dialog.set_button.click()
    assert dialog.remember.isEnabled() and dialog.idle.isEnabled()
    dialog.remember.setChecked(True)
    assert keychain.remembered(demo_services.book.path) == PASS
    dialog.remember.setChecked(False)
    assert keychain.remembered(demo_services.book.path) is None
    dialog.idle.setValue(5)
    assert settings.get(opt.LOCK_AFTER_IDLE_MINUTES) == 5


def test_the_security_dialog_opens_from_the_settings_menu(qtbot, demo_services, settings) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(demo_services, settings)
    qtbot.addWidget(window)
    assert window.security_action.text() == "Se&curity…"
    window.security_action.trigger()
    assert isinstance(window.security_dialog, SecurityDialog) and window.security_dialog.isVisible()
    window.security_dialog.close()


def test_the_window_locks_after_idle_minutes(qtbot, demo_services, settings, clock) -> None:
    from desktop.ui import settings as opt
    from desktop.ui.main_window import MainWindow

    services = Services(set_lock(demo_services.book, PASS).book, clock)
    settings.set(opt.LOCK_AFTER_IDLE_MINUTES, 10)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    locker = window.idle_locker
    clock.advance(minutes=9)
    assert not locker.check()
    qtbot.keyClick(window, "a")  # activity
    clock.advance(minutes=9)
    assert not locker.check()
    clock.advance(minutes=1)
    assert locker.check() and locker.screen.isVisible() and not window.menuBar().isEnabled()
    locker.screen.edit.setText("wrong passphrase")
    locker.screen.unlock_button.click()
    assert locker.screen.isVisible() and "does not open" in locker.screen.message.text()
    locker.screen.edit.setText(PASS)
    locker.screen.unlock_button.click()
    assert not locker.screen.isVisible() and window.menuBar().isEnabled()
    assert not locker.check()  # the unlock counts as activity
    settings.set(opt.LOCK_AFTER_IDLE_MINUTES, 0)
    clock.advance(hours=5)
    assert not locker.check()


def test_a_plain_book_never_locks_when_idle(qtbot, services, settings, clock) -> None:
    from desktop.ui import settings as opt
    from desktop.ui.main_window import MainWindow

    settings.set(opt.LOCK_AFTER_IDLE_MINUTES, 1)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    clock.advance(hours=1)
    assert not window.idle_locker.check()
    # nothing to lock, so the app's input is not watched (a filter on the whole application
    # costs every event, and start-up: issue 20), and no lock screen is made
    assert not window.idle_locker.watching and window.idle_locker._screen is None


def test_a_book_given_a_passphrase_while_open_is_watched_from_the_next_check(
        qtbot, services, settings, clock) -> None:
    from desktop.ui import settings as opt
    from desktop.ui.main_window import MainWindow

    settings.set(opt.LOCK_AFTER_IDLE_MINUTES, 10)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    locker = window.idle_locker
    assert not locker.watching
    change_lock(services.book, PASS)  # as Settings → Security… does, the book kept open
    clock.advance(minutes=30)
    assert not locker.check() and locker.watching  # idle counts from this check
    clock.advance(minutes=9)
    qtbot.keyClick(window, "a")  # activity, seen now
    clock.advance(minutes=9)
    assert not locker.check()
    clock.advance(minutes=1)
    assert locker.check() and locker.screen.isVisible()


def test_an_export_of_a_locked_book_says_it_will_be_plain_once_per_session(
        qtbot, demo_services, tmp_path) -> None:
    from desktop.ui.security.exports import Agreed, plain_export_ok

    agreed = Agreed()  # the Shell's, for the app's life
    seen: list[str] = []
    assert plain_export_ok(None, book_locked=False, agreed=agreed)  # a plain book: nothing asked

    def cancel(box: QMessageBox) -> None:
        seen.append(box.text())
        click_button(box, "Cancel")

    when_modal(qtbot, cancel)
    assert not plain_export_ok(None, book_locked=True, agreed=agreed)
    assert "the file you export will be plain" in seen[-1]

    def go_on_and_stop_asking(box: QMessageBox) -> None:
        box.checkBox().setChecked(True)
        click_button(box, "Export")

    when_modal(qtbot, go_on_and_stop_asking)
    assert plain_export_ok(None, book_locked=True, agreed=agreed)
    assert plain_export_ok(None, book_locked=True, agreed=agreed)  # not asked again this session


def test_the_contacts_export_of_a_locked_book_asks_before_the_file_dialog(
        qtbot, demo_services, settings, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.data.menu import export_contacts
    from desktop.ui.main_window import MainWindow

    services = Services(set_lock(demo_services.book, PASS).book, demo_services.clock)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    files: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (files.append("asked"), ("", ""))[1]))
    when_modal(qtbot, lambda box: click_button(box, "Cancel"))
    export_contacts(window)
    assert files == []  # cancelled at the word: no file dialog, nothing written
    when_modal(qtbot, lambda box: click_button(box, "Export"))
    export_contacts(window)
    assert files == ["asked"]


def test_restoring_a_locked_backup_asks_for_its_passphrase(qtbot, demo_services, info_boxes,
                                                           answer_dialogs) -> None:
    from desktop.services.backups import back_up_now
    from desktop.ui.data.backups import restore_file

    path = locked_book(demo_services)
    backup = back_up_now(path, demo_services.clock(), passphrase=PASS)
    services = Services.open(path, passphrase=PASS)
    services.book = set_lock(services.book, OTHER).book  # the backup follows: now under OTHER
    services.close()

    asked: list[bool] = []

    def enter(prompt: PassphrasePrompt) -> None:
        asked.append(prompt.remember.isVisibleTo(prompt))  # the backup's prompt offers no keyring
        prompt.edit.setText(OTHER)
        if len(asked) == 1:
            when_modal(qtbot, enter)
        prompt.ok_button.click()

    when_modal(qtbot, enter)  # the backup's passphrase, then the book's (not known yet)
    result = restore_file(None, backup, path, demo_services.clock())
    assert asked == [False, True]
    assert result is not None and "The backup was restored." in info_boxes[-1]
    reopened = Services.open(path, passphrase=OTHER)
    assert reopened.contacts.list()
    reopened.close()


def test_strength_is_said_in_words() -> None:
    assert strength_text("") == ""
    assert strength_text("abc").startswith("Too short")
    assert strength_text("abcdefgh").startswith("Weak")
    assert strength_text("Abc!1234wxyz") == "Strong."


def test_the_app_takes_the_passphrase_file_before_asking(qtbot, demo_services, tmp_path,
                                                         monkeypatch) -> None:
    import argparse

    from desktop import app

    path = locked_book(demo_services)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    monkeypatch.setenv("DEALBRIEF_PASSPHRASE_FILE", str(secret))
    given = app.given_passphrase(argparse.Namespace(passphrase_file=None))
    assert given == PASS
    services = app.open_services(path, given)  # no prompt: none is answered here
    assert services is not None and services.book.passphrase == PASS
    services.close()
    assert app.given_passphrase(argparse.Namespace(passphrase_file=str(tmp_path / "none"))) is None


def damaged_locked_book(services: Services, *, wal: bool = True) -> tuple[Path, Path]:
    """A locked book whose last pages are damaged (page 1 whole: its passphrase still opens it),
    with a good backup made before the damage. `wal=False`: a book not in WAL mode, which the
    app checks whole before its window shows."""
    from desktop.services.backups import back_up_now

    deal = services.deals.list()[0].deal
    services.attachments.add("报价单.pdf", "报价单 第二版".encode() * 3000, deal_id=deal.id)
    path = locked_book(services)
    good = back_up_now(path, services.clock(), passphrase=PASS)
    conn = cipher.connect(path, PASS)
    roots = [r for (r,) in conn.execute(  # tables the contact list does not read; not the schema
        "SELECT rootpage FROM sqlite_master WHERE name IN ('note', 'attachment_data')")]
    if not wal:
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    conn.close()
    data = bytearray(path.read_bytes())
    for page in roots:
        data[(page - 1) * 4096 + 100 : page * 4096 - 100] = b"\xa5" * (4096 - 200)
    path.write_bytes(bytes(data))
    return path, good


def drive(choice: str, prompts: list[PassphrasePrompt]) -> QTimer:
    """Answer every passphrase prompt with PASS (counted in `prompts`) and press `choice` in the
    book dialog, until the timer returned is stopped."""
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, PassphrasePrompt) and modal.isVisible() and modal not in prompts:
            prompts.append(modal)
            modal.edit.setText(PASS)
            modal.ok_button.click()
        elif isinstance(modal, QMessageBox) and any(b.text() == choice for b in modal.buttons()):
            click_button(modal, choice)

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_a_damaged_locked_book_opens_read_only_without_asking_again(qtbot, demo_services) -> None:
    from desktop import app

    path, _good = damaged_locked_book(demo_services, wal=False)  # found damaged before the window
    digest = sha(path)
    prompts: list[PassphrasePrompt] = []
    driver = drive("Open read-only", prompts)
    services = app.open_services(path)
    driver.stop()
    assert len(prompts) == 1  # asked once, when the book was first opened
    assert services is not None and services.book.damaged and services.book.passphrase == PASS
    assert services.contacts.list()
    services.close()
    assert sha(path) == digest


def test_a_locked_book_that_fails_its_check_restores_its_backup_without_asking_again(
        qtbot, demo_services, settings, info_boxes, monkeypatch) -> None:
    from desktop import app

    monkeypatch.setattr(app, "start_background_work", lambda *_a: True)
    path, _good = damaged_locked_book(demo_services)  # found damaged after the window shows
    prompts: list[PassphrasePrompt] = []
    driver = drive("Restore the newest good backup", prompts)
    opened = app.open_services(path)
    assert opened is not None and opened.book.checking and len(prompts) == 1
    shell = app.Shell(QApplication.instance(), settings)
    window = shell.show_main_window(opened)
    running = app.Running(opened, None)
    try:
        app.start_book_check(shell, running)
        qtbot.waitUntil(lambda: running.services is not opened, timeout=20_000)
        driver.stop()
        assert len(prompts) == 1 and "The backup was restored." in info_boxes[-1]
        restored = running.services
        assert restored.book.passphrase == PASS and restored.contacts.list()
    finally:
        driver.stop()
        (shell.window or window).close()
        running.services.close()
        opened.close()


def test_a_locked_books_file_opens_from_a_private_copy_said_once_and_deleted_on_close(
        qtbot, services, monkeypatch) -> None:
    import os
    import stat

    from PySide6.QtCore import QUrl

    from desktop.ui.bus import Bus
    from desktop.ui.money.attachments import AttachmentsPanel
    from tests.builders import make_deal

    deal = make_deal(services, "华东精密", "MES", 100)
    services.attachments.add("合同 第二版.docx", b"PK contract bytes", deal_id=deal)
    path = locked_book(services)
    locked = Services.open(path, passphrase=PASS)
    panel = AttachmentsPanel(locked, Bus())
    qtbot.addWidget(panel)
    panel.set_owner(deal_id=deal)
    opened: list[QUrl] = []
    panel.opener = lambda url: opened.append(url) or True
    panel.table.selectRow(0)
    said: list[str] = []

    def answer(button: str) -> Callable[[QMessageBox], None]:
        def press(box: QMessageBox) -> None:
            said.append(box.text())
            click_button(box, button)
        return press

    when_modal(qtbot, answer("Cancel"))
    panel.open_button.click()
    assert opened == [] and "gives it a plain copy" in said[-1]  # cancelled: no copy made
    assert locked.attachments.copies.folder is None
    when_modal(qtbot, answer("Open"))
    panel.open_button.click()
    panel.open_button.click()  # asked once per session: not again
    assert len(said) == 2 and len(opened) == 2
    copy = Path(opened[0].toLocalFile())
    folder = locked.attachments.copies.folder
    assert copy.read_bytes() == b"PK contract bytes" and copy.name == "合同 第二版.docx"
    assert folder is not None and copy.is_relative_to(folder)
    assert folder.name.startswith(f"dealbrief-open-{os.getpid()}-")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert Path(opened[1].toLocalFile()) == copy  # one folder for the session
    locked.close()  # the app quits (or switches books): the copies go
    assert not folder.exists()


def test_a_plain_books_file_opens_without_asking(qtbot, services) -> None:
    from desktop.ui.bus import Bus
    from desktop.ui.money.attachments import AttachmentsPanel
    from tests.builders import make_deal

    deal = make_deal(services, "华东精密", "MES", 100)
    services.attachments.add("合同.docx", b"PK contract", deal_id=deal)
    panel = AttachmentsPanel(services, Bus())
    qtbot.addWidget(panel)
    panel.set_owner(deal_id=deal)
    panel.opener = lambda url: True
    panel.table.selectRow(0)
    copy = panel.open_selected()  # no dialog: a modal box would block here
    assert copy is not None and copy.read_bytes() == b"PK contract"
    folder = services.attachments.copies.folder
    services.close()
    assert folder is not None and not folder.exists()


def test_copies_a_killed_app_left_are_deleted_on_a_later_start(tmp_path) -> None:
    import os
    import subprocess
    import sys

    from desktop.services.files import clean_check_folders

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = tmp_path / f"dealbrief-open-{gone.stdout.strip()}-x1y2"
    (dead / "7").mkdir(parents=True)
    (dead / "7" / "合同.docx").write_bytes(b"PK left by a crash")
    mine = tmp_path / f"dealbrief-open-{os.getpid()}-a1b2"
    mine.mkdir()
    other = tmp_path / "dealbrief-opener-notes"
    other.mkdir()
    assert clean_check_folders(tmp_path) == [dead]
    assert not dead.exists() and mine.exists() and other.exists()


def pdf_bytes() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen import canvas

    out = BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Quote 2026-11")
    page.save()
    return out.getvalue()


def png_bytes() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_a_locked_books_pdf_and_picture_show_inside_the_app_with_no_copy_written(
        qtbot, services, tmp_path, monkeypatch) -> None:
    from PySide6.QtPdf import QPdfDocument

    from desktop.ui.bus import Bus
    from desktop.ui.money.attachments import AttachmentsPanel
    from desktop.ui.money.file_viewer import FileViewer
    from tests.builders import make_deal

    deal = make_deal(services, "华东精密", "MES", 100)
    services.attachments.add("报价单.pdf", pdf_bytes(), deal_id=deal)
    services.attachments.add("名片.png", png_bytes(), deal_id=deal)
    locked = Services.open(locked_book(services), passphrase=PASS)
    panel = AttachmentsPanel(locked, Bus())
    qtbot.addWidget(panel)
    panel.set_owner(deal_id=deal)
    opened: list = []
    panel.opener = lambda url: opened.append(url) or True
    names = [panel.model.record(r).name for r in range(panel.model.rowCount())]

    panel.table.selectRow(names.index("报价单.pdf"))
    panel.open_button.click()
    viewer = panel.viewer
    assert isinstance(viewer, FileViewer) and viewer.windowTitle() == "报价单.pdf"
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Ready)
    assert viewer.document.pageCount() == 1
    viewer.close()

    panel.table.selectRow(names.index("名片.png"))
    panel.open_button.click()
    picture = panel.viewer
    assert isinstance(picture, FileViewer) and picture.picture.pixmap().width() == 40
    assert opened == [] and locked.attachments.copies.folder is None  # nothing written anywhere

    when_modal(qtbot, lambda box: click_button(box, "Open"))  # the plain copy is said first
    picture.elsewhere_button.click()
    assert len(opened) == 1 and Path(opened[0].toLocalFile()).read_bytes() == png_bytes()
    picture.close()


    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(tmp_path)))
    said: list[str] = []
    when_modal(qtbot, lambda box: said.append(box.text()) or click_button(box, "Cancel"))
    assert panel.save_selected() is None and "will be plain" in said[-1]  # Save as… says it first
    when_modal(qtbot, lambda box: click_button(box, "Export"))
    saved = panel.save_selected()
    assert saved is not None and saved.read_bytes() == png_bytes() and saved.parent == tmp_path
    locked.close()


def test_what_the_seller_agreed_to_is_the_shells_and_outlives_a_language_switch(
        qtbot, demo_services, settings, monkeypatch) -> None:
    """'Don't ask again until Dealbrief closes' is kept by the Shell, not parked on the
    QApplication: the pages that export or copy share it, and the window rebuilt in another
    language has it still."""
    from desktop import app

    monkeypatch.setattr(app, "start_background_work", lambda *_a: True)
    shell = app.Shell(QApplication.instance(), settings)
    first = shell.show_main_window(demo_services)
    try:
        shell.agreed.exports = True  # ticked once, in an export's question
        reports, companies, deals = (first.show_page(k) for k in ("reports", "companies", "deals"))
        assert reports.agreed is companies.files_panel.agreed is shell.agreed
        assert deals.deal_view.money_panel.attachments.agreed is shell.agreed
        first.language_changed.emit("zh_CN")
        second = shell.window
        assert second is not first and second.agreed is shell.agreed and shell.agreed.exports
        assert second.show_page("reports").agreed is shell.agreed
    finally:
        shell.window.close()
        shell.set_language("en")
