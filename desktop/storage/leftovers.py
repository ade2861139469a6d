"""Temporary files a killed process leaves behind, removed on a later start.

Every temporary file the storage layer makes beside a book is named `.<book name>.<pid>.<…>`
(a new book being built, a backup being restored), and every private folder in the system's
temporary folder `dealbrief-check-<pid>-<…>` (a backup's check) or `dealbrief-open-<pid>-<…>`
(plain copies of kept files for viewer apps, storage/viewer_copies.py). A file whose process is gone is a
leftover; one whose process still runs is someone's work in progress and is left alone.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from desktop.storage.files import pid_alive

CHECK_PREFIX = "dealbrief-check-"
_CHECK = re.compile(r"^dealbrief-(?:check|open)-(\d+)-")


def check_prefix() -> str:
    return f"{CHECK_PREFIX}{os.getpid()}-"


def clean_leftovers(book_path: Path) -> list[Path]:
    """Remove what killed processes left beside this book and in the temporary folder."""
    book_path = Path(book_path)
    removed: list[Path] = []
    head = f".{book_path.name}."
    legacy = {f".{book_path.name}.restoring", f".{book_path.name}.restoring-journal"}
    try:
        entries = list(book_path.parent.iterdir())
    except OSError:
        entries = []
    for entry in entries:
        name = entry.name
        if not name.startswith(head):
            continue
        pid_text = name[len(head):].split(".", 1)[0]
        dead = (pid_text.isdigit() and not pid_alive(int(pid_text))) or name in legacy
        if dead and _is_our_file(entry):
            try:
                entry.unlink()
                removed.append(entry)
            except OSError:
                pass
    removed += clean_check_folders()
    from desktop.storage.files import remove_leftovers  # `.part` files of the atomic writer

    removed += remove_leftovers(book_path.parent)
    removed += remove_leftovers(book_path.parent / "backups")
    return removed


def clean_check_folders(base: Path | None = None) -> list[Path]:
    """Remove the private check and viewer-copy folders of processes that are gone."""
    removed = []
    try:
        entries = list(Path(base or tempfile.gettempdir()).iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _CHECK.match(entry.name)
        if match and not pid_alive(int(match[1])) and _is_our_file(entry):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def _is_our_file(path: Path) -> bool:
    try:
        st = path.lstat()
    except OSError:
        return False
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()
