"""One app per book: a second launch on the same book brings the first window forward.

The first app listens on a local socket named after the book (a hash of its full path and the
user), and holds the book's OS lock (desktop/storage/lock.py) that the CLI checks. A second
launch connects, says "show", and quits. A socket left behind by a crashed app is removed before
listening; the lock dies with its process, so a crash never blocks the next start.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

SHOW = b"show\n"
TIMEOUT_MS = 1500


def server_name(book_path: Path) -> str:
    key = f"{getpass.getuser()}\0{Path(book_path).expanduser().resolve()}"
    return "dealbrief-" + hashlib.sha256(key.encode()).hexdigest()[:20]


def ask_running_app_to_show(book_path: Path) -> bool:
    """True when an app already has this book open (it has been asked to come forward)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(book_path))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(SHOW)
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.waitForReadyRead(TIMEOUT_MS)  # the first app answers once it has come forward
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches on the same book; `show_requested` asks to come forward."""

    show_requested = Signal()

    def __init__(self, book_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(book_path)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self._sockets: list[QLocalSocket] = []

    def listen(self) -> bool:
        QLocalServer.removeServer(self.name)  # a socket file left by a crashed app
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()
        for socket in self._sockets:
            socket.abort()
        self._sockets.clear()

    def _on_connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            # a second launch sends one short line; wait for it here rather than keep state
            socket.waitForReadyRead(TIMEOUT_MS)
            if bytes(socket.readAll().data()).startswith(SHOW.strip()):
                socket.write(b"ok\n")
                socket.waitForBytesWritten(TIMEOUT_MS)
                self.show_requested.emit()
            socket.disconnectFromServer()
            self._sockets.append(socket)


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
