"""One app per book: a second launch on the same book brings the first window forward.

The first app listens on a local socket named after the book (a hash of its real path, symlinks
resolved, so a link to the book is the same book), in the user's own runtime folder (0700: no
other user can plant a socket there to stop the app starting), and holds the book's OS lock
(desktop/storage/lock.py) that the CLI checks. A second launch connects, says "show", and quits.
A socket left behind by a crashed app is removed before listening; the lock dies with its
process, so a crash never blocks the next start.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
import sys
import warnings
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

SHOW = b"show\n"
TIMEOUT_MS = 1500


def runtime_dir() -> Path | None:
    """The user's private runtime folder (XDG_RUNTIME_DIR, else one made 0700 for this user);
    None when no folder only this user can write is available."""
    if sys.platform == "win32":  # pragma: no cover - Windows names pipes per session
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        try:
            runtime = Path(platformdirs.user_runtime_dir("dealbrief", appauthor=False))
        except OSError:  # its /tmp fallback belongs to someone else
            runtime = None
    # the shared /tmp fallback may have been made by someone else: then the user's cache folder
    cache = Path(platformdirs.user_cache_dir("dealbrief", appauthor=False)) / "run"
    for folder in (f for f in (runtime, cache) if f is not None):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            info = folder.lstat()
            parent = folder.parent.lstat()
        except OSError:
            continue
        private = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077
        if private and parent.st_uid in (0, os.getuid()) and not parent.st_mode & 0o022:
            return folder
    return None


def server_name(book_path: Path) -> str:
    key = f"{getpass.getuser()}\0{Path(book_path).expanduser().resolve()}"
    name = "dealbrief-" + hashlib.sha256(key.encode()).hexdigest()[:20]
    folder = runtime_dir()
    if folder is None:
        return name
    return str(folder / name)


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
