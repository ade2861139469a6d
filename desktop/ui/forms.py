"""A form with inline validation: each field has a line under it for a plain-words message."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import FieldError
from desktop.ui import style
from desktop.ui.messages import field_error_text


class ValidatedForm(QWidget):
    """Fields added by name; `values()` reads them, `show_errors()` puts messages under them."""

    edited = Signal()
    field_finished = Signal(str)  # a line field lost focus or Enter was pressed: check it now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loading = False

    def _add(self, name: str, label: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(style.ERROR_TEXT)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.layout_.addRow(label, box)
        self.fields[name] = widget
        self.errors[name] = error
        widget.setObjectName(name)
        return widget

    def add_line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.textEdited.connect(self._on_edit)
        edit.editingFinished.connect(lambda n=name: self.field_finished.emit(n))
        return self._add(name, label, edit)  # type: ignore[return-value]

    def add_text(self, name: str, label: str, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(70)
        edit.textChanged.connect(self._on_edit)
        return self._add(name, label, edit)  # type: ignore[return-value]

    def add_combo(self, name: str, label: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self._on_edit)
        return self._add(name, label, combo)  # type: ignore[return-value]

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def text(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        raise TypeError(name)

    def set_text(self, name: str, value: str) -> None:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
            widget.setCursorPosition(0)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0:
                index = widget.findText(value)
            if index >= 0:
                widget.setCurrentIndex(index)
            elif widget.isEditable():
                widget.setEditText(value)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show each error under its field (and clear the others); focus the first one."""
        by_field = {e.field: e for e in errors}
        for name, label in self.errors.items():
            error = by_field.get(name)
            label.setVisible(error is not None)
            label.setText(field_error_text(error) if error else "")
        for e in errors:
            if e.field in self.fields:
                self.fields[e.field].setFocus()
                break

    def show_field_error(self, name: str, errors: list[FieldError]) -> None:
        """Show (or clear) the message under one field, leaving the others as they are."""
        if name not in self.errors:
            return
        error = next((e for e in errors if e.field == name), None)
        label = self.errors[name]
        label.setVisible(error is not None)
        label.setText(field_error_text(error) if error else "")

    def clear_errors(self) -> None:
        self.show_errors([])

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""


def ask_keep_edits(parent: QWidget, title: str, question: str, save: Callable[[], bool],
                   discard: Callable[[], None] = lambda: None) -> bool:
    """Ask Save / Discard / Cancel about unsaved edits (the caller words `title` and
    `question`); True when the edits are saved or discarded, False to stay where they are."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, question,
                                  buttons.Save | buttons.Discard | buttons.Cancel)
    if answer == buttons.Save:
        return save()
    if answer == buttons.Discard:
        discard()
        return True
    return False
