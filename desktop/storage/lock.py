"""One writer per book: the app holds an OS lock on `<book>.lock` while it has the book open.

The kernel releases the lock when the process ends, however it ends (a crash, SIGKILL, power
loss), so a stale lock file never blocks anyone: only a live holder counts. Every writer takes
it: the app for as long as it has the book open, a CLI command that writes for as long as it
runs; a second writer is refused with BookErrorKind.IN_USE. The lock file is named after the
book's real path (symlinks resolved), so a link to the book is the same book. In a folder where
no lock file can be made (a read-only medium) nobody can write the book either: acquire() then
raises READ_ONLY. POSIX uses flock(); Windows locks the file's first byte with msvcrt.locking().
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from desktop.storage.errors import BookError, BookErrorKind, classify

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def real_path(book_path: Path | str) -> Path:
    """The book's own file: symlinks resolved, so every name of one book locks the same file."""
    return Path(book_path).expanduser().resolve()


def lock_path(book_path: Path) -> Path:
    real = real_path(book_path)
    return real.with_name(real.name + ".lock")


class BookLock:
    """The app's hold on a book. `acquire()` raises BookError(IN_USE) when another process has it."""

    def __init__(self, book_path: Path) -> None:
        self.path = lock_path(book_path)
        self.book_path = Path(book_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> BookLock:
        if self._fd is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:
            if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
                raise BookError(BookErrorKind.READ_ONLY, self.book_path, str(exc)) from exc
            kind = classify(exc) or BookErrorKind.CANNOT_OPEN  # a full disk says so
            raise BookError(kind, self.book_path, str(exc)) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise BookError(BookErrorKind.IN_USE, self.book_path)
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass  # the pid is for people reading the file; the lock itself is held
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> BookLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


def is_in_use(book_path: Path) -> bool:
    """True when a live process (the app) holds the book's lock."""
    path = lock_path(book_path)
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)


def refuse_if_in_use(book_path: Path) -> None:
    """For a command that writes: raise BookError(IN_USE) when the app holds the book."""
    if is_in_use(book_path):
        raise BookError(BookErrorKind.IN_USE, book_path)
