"""Qt helpers for the measures: an offscreen application like the app's, painting, scrolling."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget  # noqa: E402

_app: QApplication | None = None


_translators: list = []


def application(language: str) -> QApplication:
    """The QApplication, set up as desktop.app sets it up (translations, bundled fonts)."""
    global _app
    if _app is None:
        from desktop.app import make_application
        from desktop.ui.fonts import register_fonts
        from desktop.ui.i18n import install_translators

        _app = make_application()
        _translators.extend(install_translators(_app, language))  # kept alive for the process
        register_fonts(_app)
    return _app


def settle() -> None:
    """Let queued work run (timers at 0, layouts, updates) as the event loop would."""
    QCoreApplication.sendPostedEvents(None, 0)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def show_and_paint(widget: QWidget, width: int = 1200, height: int = 760) -> None:
    """Show a widget and paint it now, as the first frame the seller sees."""
    widget.resize(width, height)
    widget.show()
    settle()
    widget.repaint()


def scroll_through(view: QAbstractItemView) -> int:
    """Page through a list from top to bottom, painting each page; returns the pages painted."""
    bar = view.verticalScrollBar()
    viewport = view.viewport()
    pages = 0
    value = bar.minimum()
    while True:
        bar.setValue(value)
        viewport.repaint()
        pages += 1
        if value >= bar.maximum():
            break
        value = min(bar.maximum(), value + max(1, bar.pageStep()))
    return pages


def dispose(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    settle()


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def drag_through(view: QAbstractItemView, frames: int = 60) -> int:
    """Drag the scroll bar from top to bottom in `frames` steps, painting each: the seller pulling
    the thumb down over one second at 60 frames a second. Returns the frames painted."""
    bar = view.verticalScrollBar()
    viewport = view.viewport()
    low, high = bar.minimum(), bar.maximum()
    for frame in range(frames + 1):
        bar.setValue(low + (high - low) * frame // frames)
        viewport.repaint()
    return frames + 1
