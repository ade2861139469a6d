"""The one way the UI runs an operation on the book (Anki's CollectionOp / QueryOp).

    ok = run_op(self, lambda: services.deals.save(record), bus=self.bus, changes=(changes.DEALS,))

`run_op` runs a write on the GUI thread (a write is one short transaction), announces what changed
on the bus, and words a failure once: a storage problem (locked, full disk, read-only, damaged
book) as a warning in plain words, a record that went away silently (the views refresh), and
validation errors are handed back to the caller, whose form shows them beside the fields.

`run_query` runs a read that may take longer than a frame (reports, exports, batch printing) on
the thread pool and calls `on_done(result)` on the GUI thread; its failures are worded the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import NotFound
from desktop.services.errors import BookError
from desktop.ui.messages import book_error_text, book_error_title
from desktop.ui.tasks import Task, run_in_background


def show_failure(parent: QWidget | None, exc: BaseException) -> bool:
    """Tell the seller about a failure in plain words; False for an error that is a bug."""
    if isinstance(exc, BookError):
        QMessageBox.warning(parent, book_error_title(exc), book_error_text(exc))
        return True
    # A record that went away (deleted elsewhere) needs no words: the views refresh themselves.
    return isinstance(exc, NotFound)


def run_op(
    parent: QWidget | None,
    action: Callable[[], Any],
    *,
    bus: Any = None,
    changes: Iterable[str] = (),
    on_success: Callable[[Any], None] | None = None,
) -> bool:
    """Run a write; announce `changes` and call `on_success(result)` when it worked.

    Returns True when the write was done. ValidationFailed propagates to the caller's form.
    """
    try:
        result = action()
    except (BookError, NotFound) as exc:
        show_failure(parent, exc)
        return False
    changed = tuple(changes)
    if bus is not None and changed:
        bus.announce(*changed)
    if on_success is not None:
        on_success(result)
    return True


def run_query(
    parent: QWidget,
    query: Callable[[], Any],
    on_done: Callable[[Any], None],
    *,
    on_failed: Callable[[BaseException], None] | None = None,
) -> Task:
    """Run a read on the thread pool; `on_done(result)` runs on the GUI thread."""

    def failed(exc: BaseException) -> None:
        if on_failed is not None:
            on_failed(exc)
        elif not show_failure(parent, exc):
            raise exc

    return run_in_background(query, on_done, failed, parent)
