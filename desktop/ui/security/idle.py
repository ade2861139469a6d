"""Lock again after idle minutes: the window's content is hidden behind a passphrase prompt.

Only a book locked with a passphrase is hidden, and only when Settings → Security says after how
many minutes (off by default). Any key, click or wheel in the app counts as activity; the timing
is desktop.domain.idle.IdleLock with the app's clock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import Clock
from desktop.domain.idle import IdleLock
from desktop.services.container import Services
from desktop.ui import settings as opt
from desktop.ui import style
from desktop.ui.settings import Settings

ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)
CHECK_EVERY_MS = 30_000


class LockScreen(QWidget):
    """Covers the window: the book's name, a passphrase field and Unlock."""

    def __init__(self, window: QMainWindow, services: Services,
                 on_unlock: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window_, self.services, self.on_unlock = window, services, on_unlock
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QVBoxLayout()
        self.label = QLabel(self.tr("The book “%1” is locked after a while without use. Enter its "
                                    "passphrase to go on.").replace("%1", services.book.path.name))
        self.label.setWordWrap(True)
        box.addWidget(self.label)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        self.edit.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        row.addWidget(self.edit)
        row.addWidget(self.unlock_button)
        box.addLayout(row)
        self.message = QLabel()
        self.message.setStyleSheet(style.ERROR_TEXT)
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        holder = QHBoxLayout()
        holder.addStretch(1)
        inner = QWidget()
        inner.setLayout(box)
        inner.setMaximumWidth(480)
        holder.addWidget(inner, 3)
        holder.addStretch(1)
        outer.addLayout(holder)
        outer.addStretch(2)
        self.hide()

    def show_over(self) -> None:
        self.setGeometry(self.window_.rect())
        self.window_.menuBar().setEnabled(False)
        self.message.clear()
        self.edit.clear()
        self.show()
        self.raise_()
        self.edit.setFocus()

    def try_unlock(self) -> bool:
        if self.edit.text() != self.services.book.passphrase:
            self.edit.clear()
            self.message.setText(self.tr("This passphrase does not open the book."))
            return False
        self.edit.clear()
        self.hide()
        self.window_.menuBar().setEnabled(True)
        if self.on_unlock is not None:
            self.on_unlock()
        return True


class IdleLocker(QObject):
    """Watches the app's input while the book has a passphrase; after the set idle minutes shows
    the LockScreen (made when first needed).

    A plain book is never hidden, so its input is not watched: the watching is a filter on the
    whole application, in Python called for every event of every object, and the first events
    made start-up pay for PySide6 looking up the types of Qt's own objects (issue 20). A book
    given a passphrase while the app runs is watched from the next check on (within 30 s)."""

    def __init__(self, window: QMainWindow, services: Services, settings: Settings,
                 clock: Clock) -> None:
        super().__init__(window)
        self.window_, self.services, self.settings, self.clock = window, services, settings, clock
        self.idle = IdleLock(settings.get(opt.LOCK_AFTER_IDLE_MINUTES), clock())
        self._screen: LockScreen | None = None
        self.watching = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._watch_if_locked()

    @property
    def screen(self) -> LockScreen:
        if self._screen is None:
            self._screen = LockScreen(self.window_, self.services, self.unlocked)
        return self._screen

    def _watch_if_locked(self) -> None:
        """Start watching the input once the book has a passphrase (idle counts from then)."""
        if self.watching or self.services.book.passphrase is None:
            return
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            self.watching = True
            self.idle.touch(self.clock())

    @property
    def locked(self) -> bool:
        return self._screen is not None and self._screen.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in ACTIVITY and not self.locked:
            self.idle.touch(self.clock())
        elif event.type() == QEvent.Type.Resize and watched is self.window_ and self.locked:
            self.screen.setGeometry(self.window_.rect())
        return False

    def check(self) -> bool:
        """Hide the window's content when the book is locked and idle long enough."""
        self.idle.minutes = self.settings.get(opt.LOCK_AFTER_IDLE_MINUTES)
        self._watch_if_locked()
        if self.locked or self.services.book.passphrase is None:
            return self.locked
        if self.idle.due(self.clock()):
            self.screen.show_over()
        return self.locked

    def unlocked(self) -> None:
        self.idle.touch(self.clock())
