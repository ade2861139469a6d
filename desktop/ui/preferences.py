"""Preferences: the language of the app and of printed documents."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.ui import settings as opt
from desktop.ui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        layout = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        index = self.language.findData(settings.get(opt.LANGUAGE))
        self.language.setCurrentIndex(max(index, 0))
        layout.addRow(self.tr("Language"), self.language)
        hint = QLabel(self.tr("Used for the app and for printed documents."), self)
        hint.setWordWrap(True)
        layout.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        self.settings.set(opt.LANGUAGE, self.chosen_language())
        self.settings.sync()
        super().accept()
