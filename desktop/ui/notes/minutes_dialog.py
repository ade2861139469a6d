"""The minutes of a call: text to copy into WeChat or an email, or a PDF to attach."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.ui import style
from desktop.ui.notes.models import is_zh


class MinutesDialog(QDialog):
    def __init__(self, services: Services, note_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MinutesDialog")
        self.services = services
        self.note_id = note_id
        self.setWindowTitle(self.tr("Minutes"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if is_zh() else 1)
        self.language.currentIndexChanged.connect(self.refresh)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("minutes_text")
        self.text.setReadOnly(True)
        explain = QLabel(self.tr("Only what the customer may read: attendees, what was discussed, "
                                 "product feedback and agreed next steps. Stances, personal interests, "
                                 "risks, competitors and internal notes are left out."), self)
        explain.setWordWrap(True)
        copy = QPushButton(self.tr("Copy text"), self)
        copy.clicked.connect(self.copy)
        pdf = QPushButton(self.tr("Save PDF…"), self)
        pdf.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language"), self))
        top.addWidget(self.language)
        top.addStretch(1)
        self.saved_label = QLabel(self)  # where the PDF went, once saved
        self.saved_label.setObjectName("saved")
        self.saved_label.setStyleSheet(style.SUCCESS_TEXT)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(copy)
        buttons.addWidget(pdf)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.resize(640, 560)
        self.refresh()

    def refresh(self) -> None:
        self.text.setPlainText(self.services.minutes.text(self.note_id, self.language.currentData()))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def save_pdf(self, path: str | None = None) -> str:
        from desktop.documents.minutes import write_minutes_pdf

        if not path:
            from desktop.ui.files import ask_save_path

            chosen = ask_save_path(self, self.tr("Save minutes as PDF"), self.file_name(),
                                   self.tr("PDF files (*.pdf)"), ".pdf")
            path = str(chosen) if chosen is not None else ""
        if not path:
            return ""
        try:
            write_minutes_pdf(self.services.minutes.build(self.note_id, self.language.currentData()), path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Minutes"),
                                self.tr("The PDF could not be written: %1").replace("%1", exc.strerror or str(exc)))
            return ""
        from pathlib import Path

        self.saved_label.setText(self.tr("Saved to %1").replace("%1", str(Path(path))))
        return path

    def file_name(self) -> str:
        """Company, deal (or the company alone), the minutes and the meeting's day."""
        from desktop.domain.file_names import document_file_name

        note = self.services.notes.get(self.note_id)
        parts = [self.services.companies.get(note.company_id).name]
        if note.deal_id is not None:
            parts.append(self.services.deals.get(note.deal_id).title)
        day = note.occurred_at.date() if note.occurred_at else self.services.clock().date()
        return document_file_name(parts, "minutes", self.language.currentData(), day)
