"""Writing files safely: the one way every file the app writes reaches the disk.

A file is written under a new temporary name in its target folder, created with
`O_CREAT | O_EXCL` and mode 0600 (so a symlink planted at a predictable name is never followed,
and nobody else can read it), flushed and fsync'd, renamed over the real name (a symlink at the
real name is replaced, its target is never written), and the folder is fsync'd so the rename
survives a power cut. A failure (full disk, read-only medium, a kill) never leaves a half file
under the real name; the temporary file is removed without raising a second error, and a
temporary file a kill left behind is removed the next time the app starts (`remove_leftovers`).

Folders the app creates are user-only (0700); folders that already exist are left as they are.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
FOLDER_MODE = 0o700
TEMP_SUFFIX = ".part"


def temp_prefix(path: Path) -> str:
    """Temporary files for `path` are named `.<name>.<pid>.<random>.part` beside it: the pid
    tells a later start whether the writer is gone (its file a leftover) or still at work."""
    return f".{Path(path).name}.{os.getpid()}."


def pid_alive(pid: int) -> bool:
    """Whether process `pid` still runs (another user's process counts as running)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process, or we may not ask: leave its file alone
    return True


def make_folder(folder: Path | str) -> Path:
    """Create `folder` and any missing parents as user-only (0700); existing ones are kept."""
    folder = Path(folder)
    missing: list[Path] = []
    for level in (folder, *folder.parents):
        if level.is_dir():
            break
        missing.append(level)
    for level in reversed(missing):
        try:
            os.mkdir(level, FOLDER_MODE)
        except FileExistsError:
            if not level.is_dir():
                raise
    return folder


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # not every system lets a folder be opened (Windows); the rename still happened
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (FAT sticks, network shares) do not sync folders
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    """Remove a temporary file; never raises (it runs while another error is on its way)."""
    with contextlib.suppress(OSError):
        os.unlink(path)


def _refuse_existing(path: Path) -> None:
    if os.path.lexists(path):
        raise FileExistsError(17, "File exists", str(path))


@contextmanager
def replacing(path: Path | str, *, overwrite: bool = True) -> Iterator[Path]:
    """Yield the path of a new, empty, user-only temporary file beside `path`; when the block
    ends without an error, the temporary file is synced and renamed to `path`.

    For writers that need a file name rather than bytes (SQLite's backup API). With
    `overwrite=False` an existing `path` (or a symlink there) raises FileExistsError.
    Any error leaves `path` as it was and removes the temporary file.
    """
    path = Path(path)
    if not overwrite:
        _refuse_existing(path)
    folder = path.parent if str(path.parent) else Path(".")
    make_folder(folder)
    fd, name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=TEMP_SUFFIX, dir=folder)
    tmp = Path(name)
    try:
        os.close(fd)
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if not overwrite:
            _refuse_existing(path)
        os.replace(tmp, path)
    except BaseException:
        _remove_quietly(tmp)
        raise
    _fsync_folder(folder)


def write_atomically(path: Path | str, data: bytes | Callable[[BinaryIO], None], *,
                     overwrite: bool = True) -> Path:
    """Write `data` (bytes, or a function that writes to a binary file) to `path` atomically,
    user-only (0600). Raises OSError (ENOSPC, EROFS, EACCES…) with `path` untouched, or
    FileExistsError when `overwrite` is False and `path` exists."""
    path = Path(path)
    with replacing(path, overwrite=overwrite) as tmp, open(tmp, "wb") as fh:
        if callable(data):
            data(fh)
        else:
            fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return path


def make_user_only(path: Path | str, *, folder: bool = False) -> None:
    """Set a file the app owns (e.g. settings written by Qt) to 0600, or a folder to 0700; quiet
    when it cannot (a read-only medium)."""
    if os.path.islink(path):
        return  # never change what a planted link points to
    with contextlib.suppress(OSError):
        os.chmod(path, FOLDER_MODE if folder else FILE_MODE)


def remove_leftovers(folder: Path | str, *, older_than_s: float = 60.0) -> list[Path]:
    """Remove temporary files (`.<name>.<pid>.<random>.part`) a killed writer left in `folder`.

    A file whose writer's process is gone goes at once; one whose process still runs stays. A
    file without a pid in its name (older versions) goes when it is older than `older_than_s`.
    Only regular files of this user; a symlink is never followed. Returns what was removed;
    never raises.
    """
    removed: list[Path] = []
    cutoff = time.time() - older_than_s
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX) and name.count(".") >= 3):
            continue
        parts = name[: -len(TEMP_SUFFIX)].rsplit(".", 2)
        pid = parts[1] if len(parts) == 3 and parts[1].isdigit() else ""
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
            if hasattr(os, "getuid") and st.st_uid != os.getuid():
                continue
            if (pid_alive(int(pid)) if pid else st.st_mtime > cutoff):
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
