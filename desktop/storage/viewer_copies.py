"""Plain copies of kept files for the system's viewer apps, in one private folder per session.

Another program (a PDF reader, an office suite) can only open a file on disk, so opening a kept
file writes a plain copy of its bytes. The copies of one app session live in one folder in the
system's temporary folder, made user-only (0700, files 0600) and named `dealbrief-open-<pid>-…`.
`ViewerCopies.clear()` deletes the folder when the book closes (the app quits or switches books);
a folder whose process is gone (the app was killed) is deleted on a later start
(`storage/leftovers.clean_check_folders`, run by every open and by the app at start-up).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

from desktop.storage.files import write_atomically

OPEN_PREFIX = "dealbrief-open-"


def open_prefix() -> str:
    return f"{OPEN_PREFIX}{os.getpid()}-"


class ViewerCopies:
    """The plain copies this session handed to viewer apps: one private folder, made on first use."""

    def __init__(self, base: Path | None = None) -> None:
        self._base = base  # None: the system's temporary folder
        self._folder: Path | None = None
        self._lock = threading.Lock()

    @property
    def folder(self) -> Path | None:
        """The session's folder, None until a copy was made (or after `clear`)."""
        return self._folder

    def write(self, key: str, name: str, data: bytes) -> Path:
        """A user-only plain copy of `data` named `name`, in the subfolder `key` (one per kept
        file, so two files of the same name do not collide); written again when asked again."""
        with self._lock:
            if self._folder is None or not self._folder.is_dir():
                self._folder = Path(tempfile.mkdtemp(prefix=open_prefix(), dir=self._base))
            folder = self._folder / key
        folder.mkdir(mode=0o700, exist_ok=True)
        return write_atomically(folder / name, data)

    def clear(self) -> None:
        """Delete every copy and the folder (a viewer still showing one keeps what it read)."""
        with self._lock:
            folder, self._folder = self._folder, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
