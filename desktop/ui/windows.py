"""Every window and dialog fits the screen it opens on, and comes back at the size it was left.

The common laptop a seller buys has 1366×768 (or 1920×1080 at 125–150 %): a dialog that asks for
900×1000 would put its buttons off-screen. `ScreenFitter` is installed once on the application
(the composition root does it); on each window's first show it
- gives it back the size the seller left it at (remembered per kind of window, in settings),
- shrinks it to the screen's available area (less a margin for the title bar) when it is larger,
- centres it over its parent and moves it fully on screen.
Long content scrolls inside the window (QScrollArea), so its buttons always show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from desktop.ui import settings as opt
from desktop.ui.settings import Settings

TITLE_BAR = 32  # room for the window manager's frame above a window when Qt cannot know it
MARGIN = 8
FITTED = "_dealbrief_fitted"
_WATCHED = (QEvent.Type.Show, QEvent.Type.Hide)


def fit_rect(wanted: QRect, available: QRect, frame_extra: tuple[int, int] = (0, TITLE_BAR)) -> QRect:
    """`wanted` made no larger than `available` (less the frame) and moved inside it."""
    extra_w, extra_h = frame_extra
    width = min(wanted.width(), available.width() - extra_w - 2 * MARGIN)
    height = min(wanted.height(), available.height() - extra_h - 2 * MARGIN)
    x = min(max(wanted.x(), available.left() + MARGIN),
            available.right() + 1 - MARGIN - extra_w - width)
    y = min(max(wanted.y(), available.top() + MARGIN + extra_h),
            available.bottom() + 1 - MARGIN - height)
    return QRect(x, y, width, height)


def window_key(widget: QWidget) -> str:
    """What a window's size is remembered under: its kind (class), e.g. "SellerProfileDialog"."""
    return widget.objectName() or type(widget).__name__


class ScreenFitter(QObject):
    """Fits every top-level window to the screen when it is first shown; remembers dialog sizes.

    `available` gives the usable screen area for a widget (default: its screen's available
    geometry); tests pass a 1366×768 laptop's.
    """

    def __init__(self, settings: Settings | None, parent: QObject | None = None, *,
                 available: Callable[[QWidget], QRect] | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.available = available or _screen_area

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if kind == QEvent.Type.Show and isinstance(obj, QWidget) and _is_window(obj):
            if not obj.property(FITTED):
                obj.setProperty(FITTED, True)
                self.fit(obj)
        elif kind == QEvent.Type.Hide and isinstance(obj, QWidget) and _remembered(obj) \
                and obj.property(FITTED) and self.settings is not None:
            self.settings.set(opt.window_size(window_key(obj)), obj.saveGeometry())
        return False

    def fit_first_show(self, window: QWidget) -> QRect:
        """Fit `window` now, before its first show, as this filter does on that show: for the
        main window, shown while the filter is off (desktop.app.Shell.show_main_window)."""
        window.setProperty(FITTED, True)
        return self.fit(window)

    def fit(self, widget: QWidget) -> QRect:
        """Restore the remembered size, then shrink and move the window onto the screen."""
        if self.settings is not None and _remembered(widget):
            saved = self.settings.get(opt.window_size(window_key(widget)))
            if not saved.isEmpty():
                widget.restoreGeometry(QByteArray(saved))
        area = self.available(widget)
        geometry = QRect(widget.geometry())
        geometry.setSize(geometry.size().expandedTo(widget.minimumSizeHint()).boundedTo(
            widget.maximumSize()))
        parent = widget.parentWidget()
        if parent is not None:
            geometry.moveCenter(parent.window().frameGeometry().center())
        frame = widget.frameGeometry()
        extra = (frame.width() - widget.width(), frame.height() - widget.height())
        if extra == (0, 0):  # not mapped yet: leave room for a title bar
            extra = (0, TITLE_BAR)
        fitted = fit_rect(geometry, area, extra)
        widget.setGeometry(fitted)
        return fitted


def scrolled(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`content` in a frameless scroll area: long forms scroll inside a window that fits."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def _screen_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def _is_window(widget: QWidget) -> bool:
    if not widget.isWindow():
        return False
    kind = widget.windowType()
    return kind in (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


def _remembered(widget: QWidget) -> bool:
    """Dialogs and secondary windows the seller may resize; not message boxes, not the main
    window (it keeps its own geometry), not file dialogs (the platform's own)."""
    if isinstance(widget, (QMessageBox, QFileDialog)) or widget.parentWidget() is None:
        return False
    return isinstance(widget, QDialog) or widget.windowType() == Qt.WindowType.Window


def install_screen_fitter(app: QApplication, settings: Settings | None, **kwargs: object) -> ScreenFitter:
    fitter = ScreenFitter(settings, app, **kwargs)  # type: ignore[arg-type]
    app.installEventFilter(fitter)
    return fitter
