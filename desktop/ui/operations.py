"""The one way the UI runs an operation on the book (Anki's CollectionOp / QueryOp).

    ok = run_op(self, partial(services.deals.save, record), bus=self.bus)

`run_op` runs a write on the GUI thread (a write is one short transaction), announces what
changed on the bus, and words a failure once:
- what changed is what the service method declares (`@writes(DEALS, ...)`, domain/changes.py);
  `changes=(...)` overrides it (needed for a lambda, which declares nothing);
- a storage problem (locked, full disk, read-only, damaged book) is a warning in plain words;
- a record that went away (deleted elsewhere, an undo of something deleted since) is silent: the
  changes are announced anyway so the views drop it (`on_gone()` when the caller has words);
- validation errors go to `on_invalid(errors)` when given (a form shows them beside its fields),
  else they propagate to the caller.

`run_op(..., background=True)` is the same for a write that may take longer than a frame (a
whole-book or CSV import): the write runs on the thread pool (ui/tasks.py); on_success, the
announcement and the words come on the GUI thread. (Restoring a backup asks for passphrases
as it goes, and changing the lock rewrites the book behind a progress dialog while nothing
else may use it: both stay on the GUI thread on purpose.)

`run_query` runs a read that may take longer than a frame (reports, exports, batch printing) on
the thread pool and calls `on_done(result)` on the GUI thread; its failures are worded the same.
`read_now` is its sibling for a quick read on the GUI thread (a search as one types, a small
file export): it returns the result, or `fallback` after the failure was worded (or handed to
`on_failed`, e.g. for a status line).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.changes import changes_of
from desktop.domain.errors import FieldError, NotFound, ValidationFailed
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


class _Op:
    """What a write does once it ran, on the GUI thread or the thread pool: the same words."""

    def __init__(self, parent: QWidget | None, action: Callable[[], Any], bus: Any,
                 changes: Iterable[str] | None, on_success: Callable[[Any], None] | None,
                 on_invalid: Callable[[list[FieldError]], None] | None,
                 on_gone: Callable[[], None] | None, on_failed: Callable[[BookError], None] | None,
                 on_error: Callable[[BaseException], bool] | None) -> None:
        self.parent, self.bus = parent, bus
        self.changed = tuple(changes_of(action) if changes is None else changes)
        self.on_success, self.on_invalid, self.on_gone = on_success, on_invalid, on_gone
        self.on_failed, self.on_error = on_failed, on_error

    def succeeded(self, result: Any) -> None:
        if self.on_success is not None:
            self.on_success(result)  # first, so a form is clean again before the views refresh
        self._announce()

    def failed(self, exc: BaseException) -> None:
        """Word `exc` once; raise what neither this helper nor the caller knows (a bug)."""
        if isinstance(exc, ValidationFailed) and self.on_invalid is not None:
            self.on_invalid(exc.errors)
        elif isinstance(exc, NotFound):
            self._announce()  # the views drop what went away
            if self.on_gone is not None:
                self.on_gone()
        elif isinstance(exc, BookError):
            if self.on_failed is not None:
                self.on_failed(exc)  # worded by the caller (an autosave says it in its status line)
            else:
                show_failure(self.parent, exc)
        elif self.on_error is None or not self.on_error(exc):
            raise exc

    def _announce(self) -> None:
        if self.bus is not None and self.changed:
            self.bus.announce(*self.changed)


def run_op(
    parent: QWidget | None,
    action: Callable[[], Any],
    *,
    bus: Any = None,
    changes: Iterable[str] | None = None,
    on_success: Callable[[Any], None] | None = None,
    on_invalid: Callable[[list[FieldError]], None] | None = None,
    on_gone: Callable[[], None] | None = None,
    on_failed: Callable[[BookError], None] | None = None,
    on_error: Callable[[BaseException], bool] | None = None,
    background: bool = False,
) -> Any:
    """Run a write; when it worked, call `on_success(result)`, then announce what changed.

    Returns True when the write was done, False when it was not (and said why). With
    `background=True` the write runs on the thread pool and the rest on the GUI thread when it
    is done: returns the Task (tests wait on it). `on_error(exc)` words the errors that belong
    to this write (BookNotEmpty, ImportCancelled) and returns False for one it does not know,
    which is raised as a bug.
    """
    op = _Op(parent, action, bus, changes, on_success, on_invalid, on_gone, on_failed, on_error)
    if background:
        assert parent is not None, "a background write needs a parent to answer to"

        def succeeded(result: Any) -> None:  # closures keep `op` alive until the answer
            op.succeeded(result)

        def failed(exc: BaseException) -> None:
            op.failed(exc)

        return run_in_background(action, succeeded, failed, parent)
    try:
        result = action()
    except Exception as exc:  # noqa: BLE001 - worded once, or raised again by op.failed
        op.failed(exc)
        return False
    op.succeeded(result)
    return True


def read_now(
    parent: QWidget | None,
    query: Callable[[], Any],
    *,
    fallback: Any = None,
    on_failed: Callable[[BookError], None] | None = None,
) -> Any:
    """Run a quick read on the GUI thread; its result, or `fallback` when it failed.

    A storage problem is worded as for a write (or goes to `on_failed`); a record that went away
    is silent. Anything else (a file that cannot be written, a bug) reaches the caller.
    """
    try:
        return query()
    except NotFound:
        return fallback  # the views refresh themselves; nothing to say
    except BookError as exc:
        if on_failed is not None:
            on_failed(exc)
        else:
            show_failure(parent, exc)
        return fallback


def ignore_failure(_exc: BaseException) -> None:
    """`on_failed` for a read whose caller carries on with its fallback (a background tick
    that tries again later; a hint that the document itself will explain)."""


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
