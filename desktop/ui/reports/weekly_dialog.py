"""The weekly report (周报) as text to copy into WeChat, or saved as a PDF."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.ui.i18n import current_language


class WeeklyReportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("weekly_report")
        self.setWindowTitle(self.tr("Weekly report"))
        self.resize(620, 560)
        self.week = QComboBox(self)
        self.week.addItem(self.tr("This week"), 0)
        self.week.addItem(self.tr("Last week"), -7)
        self.week.currentIndexChanged.connect(self.reload)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        hint = QLabel(self.tr("Internal fields (personal interests, how to talk to them, risks, internal "
                              "notes) are never in the weekly report."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("&Copy for WeChat"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton(self.tr("Save as &PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Week:"), self))
        top.addWidget(self.week)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.report = None
        self.reload()

    def reload(self) -> None:
        from desktop.documents.weekly_report import weekly_text

        day = self.services.reports.today() + timedelta(days=int(self.week.currentData() or 0))
        self.report = self.services.reports.weekly(day)
        self.text.setPlainText(weekly_text(self.report, current_language()))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def save_pdf(self) -> None:
        name = self.tr("Weekly report") + f" {self.report.week.start.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), f"{QDir.homePath()}/{name}",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        from desktop.documents.weekly_report import render_weekly

        try:
            render_weekly(self.report, current_language(), Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("Could not write %1: %2")
                                .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return False
        return True
