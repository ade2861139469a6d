"""A picker whose list comes from the book, read when the seller reaches for it (issue 20).

A record's page shows one company or partner in its picker; the list to choose from (20,000
companies, 2,000 partners at 10× the bench book) is read when the seller first clicks, focuses,
scrolls or types in the picker, or when a caller needs it (a name typed, to match against the
list). Showing another record puts only its own choice back until then, so opening a record
reads nothing that grows with the book.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox

from desktop.domain.choice import Choice

_REACHED = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class LazyChoices(QObject):
    """Fills `combo` with `first` (a label and its data, e.g. "" or "Nobody") and the choices
    `read` returns, when first needed."""

    def __init__(self, combo: QComboBox, read: Callable[[], list[Choice]], first: tuple[str, Any],
                 on_filled: Callable[[list[Choice]], None] | None = None) -> None:
        super().__init__(combo)
        self.combo = combo
        self.read = read
        self.first = first
        self.on_filled = on_filled
        self.filled = False  # the combo holds the book's whole list, as last read
        combo.installEventFilter(self)
        if combo.lineEdit() is not None:
            combo.lineEdit().installEventFilter(self)

    def stale(self) -> None:
        """The book's list changed: it is read again when next needed."""
        self.filled = False

    def ensure(self) -> None:
        """The whole list in the combo, the current choice (or the text typed) kept."""
        if self.filled:
            return
        self.filled = True
        combo = self.combo
        current, text = combo.currentData(), combo.currentText()
        choices = self.read()
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(*self.first)
            for name, key in choices:
                combo.addItem(name, key)
            index = combo.findData(current) if current is not None else 0
            if index >= 0:
                combo.setCurrentIndex(index)
            elif combo.isEditable():
                combo.setEditText(text)
        finally:
            combo.blockSignals(blocked)
        if self.on_filled is not None:
            self.on_filled(choices)

    def show(self, key: Any, name: str | None) -> None:
        """The picker set to one choice (None: the first) without reading the list: until it is
        read, the picker holds that choice only, under the name given. With no name, the list
        is read to find it."""
        combo = self.combo
        blocked = combo.blockSignals(True)
        try:
            if not self.filled and (key is None or name):
                combo.clear()
                combo.addItem(*self.first)
                if key is not None:
                    combo.addItem(name, key)
                combo.setCurrentIndex(combo.count() - 1)
                return
            self.ensure()
            combo.setCurrentIndex(max(0, combo.findData(key)))
        finally:
            combo.blockSignals(blocked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _REACHED:
            self.ensure()
        return False
