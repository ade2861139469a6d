"""One writer: the app's lock on a book is seen by others and dies with its process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.storage.errors import BookError, BookErrorKind
from desktop.storage.lock import BookLock, is_in_use, lock_path, refuse_if_in_use

ROOT = Path(__file__).resolve().parents[3]


def test_a_held_book_is_in_use_until_released(book_path: Path) -> None:
    assert not is_in_use(book_path)
    lock = BookLock(book_path).acquire()
    assert is_in_use(book_path)
    with pytest.raises(BookError) as info:
        refuse_if_in_use(book_path)
    assert info.value.kind == BookErrorKind.IN_USE
    with pytest.raises(BookError):
        BookLock(book_path).acquire()
    lock.release()
    assert not is_in_use(book_path)
    refuse_if_in_use(book_path)


def test_a_lock_left_by_a_killed_process_does_not_block(book_path: Path) -> None:
    code = (
        "import os, sys; from desktop.storage.lock import BookLock; "
        f"BookLock({str(book_path)!r}).acquire(); print('held', flush=True); os.kill(os.getpid(), 9)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout.strip() == "held" and proc.returncode == -9
    assert lock_path(book_path).exists()  # the file stays behind...
    assert not is_in_use(book_path)  # ...but nobody holds it
    with BookLock(book_path) as lock:
        assert lock.held
