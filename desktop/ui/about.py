"""Help → About: version, where the book, data and settings live, and the licences of what ships."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.resources import resource
from desktop.services.location import data_dir

FONT_LICENCE = ("fonts", "LICENSE-DealbriefSans.txt")


@dataclass(frozen=True)
class Component:
    """Something the app ships, what it is for (an untranslated source text), and its licence."""

    name: str
    role: str
    licence: str


# The app first, then everything bundled with it whose licence the seller may ask about.
COMPONENTS = (
    Component(APP_NAME, QT_TRANSLATE_NOOP("AboutDialog", "this app"), "MIT"),
    Component("Dealbrief Sans", QT_TRANSLATE_NOOP("AboutDialog", "font for Chinese, derived from Noto Sans CJK SC"),
              "SIL Open Font License 1.1"),
    Component("Qt 6, PySide6", QT_TRANSLATE_NOOP("AboutDialog", "windows and printing"), "LGPL-3.0"),
    Component("Python", QT_TRANSLATE_NOOP("AboutDialog", "runtime"), "PSF-2.0"),
    Component("ReportLab", QT_TRANSLATE_NOOP("AboutDialog", "PDF documents"), "BSD-3-Clause"),
    Component("SQLAlchemy, SQLModel, pydantic", QT_TRANSLATE_NOOP("AboutDialog", "the book file (SQLite)"), "MIT"),
    Component("Pillow", QT_TRANSLATE_NOOP("AboutDialog", "logo and QR images in the first-call deck"), "MIT-CMU"),
    Component("phonenumbers, vobject", QT_TRANSLATE_NOOP("AboutDialog", "phone numbers and vCards"), "Apache-2.0"),
    Component("platformdirs, charset-normalizer", QT_TRANSLATE_NOOP("AboutDialog", "folders and text import"), "MIT"),
)


def font_licence_text() -> str:
    path = resource(*FONT_LICENCE)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate("AboutDialog", "The licence file is missing: %1").replace("%1", str(path))


class AboutDialog(QDialog):
    """Name, version and folders on the first tab; components and the font licence on the second."""

    def __init__(self, book_path: Path, config_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Dealbrief"))
        self.resize(680, 640)

        header = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(QIcon(str(resource("icons", "dealbrief.svg"))).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        header.addWidget(icon)
        titles = QVBoxLayout()
        self.name_label = QLabel(APP_NAME, self)
        big = QFont(self.name_label.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.name_label.setFont(big)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        self.version_label.setObjectName("version")
        tagline = QLabel(self.tr("Deals, buying committees, call notes and visit briefs for the seller "
                                 "who works alone. Your data stays on this computer."), self)
        tagline.setWordWrap(True)
        for label in (self.name_label, self.version_label, tagline):
            titles.addWidget(label)
        header.addLayout(titles, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._folders_tab(book_path, config_folder), self.tr("General"))
        self.tabs.addTab(self._licences_tab(), self.tr("Licences"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _folders_tab(self, book_path: Path, config_folder: Path) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.folder_labels: dict[str, QLabel] = {}
        rows = (
            ("book", self.tr("Book:"), book_path),
            ("data", self.tr("Data folder:"), data_dir()),
            ("config", self.tr("Settings folder:"), config_folder),
        )
        self.open_buttons: dict[str, QPushButton] = {}
        for key, title, path in rows:
            label = QLabel(str(path), tab)
            label.setObjectName(f"folder_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.folder_labels[key] = label
            # The book is a file: open the folder that holds it.
            folder = path.parent if key == "book" else path
            button = QPushButton(self.tr("Open folder"), tab)
            button.setObjectName(f"open_{key}")
            button.setToolTip(str(folder))
            button.clicked.connect(lambda _checked=False, f=folder: self._open_folder(f))
            self.open_buttons[key] = button
            line = QHBoxLayout()
            line.addWidget(label, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            form.addRow(title, line)
        hint = QLabel(self.tr("Back up the book file to keep your data safe. Removing the app "
                              "never removes the book."), tab)
        hint.setWordWrap(True)
        form.addRow(hint)
        built = QLabel(f"Qt {qVersion()} · PySide6 {PySide6.__version__} · "
                       f"Python {sys.version.split()[0]}", tab)
        built.setObjectName("runtime")
        built.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Built with:"), built)
        return tab

    def _open_folder(self, folder: Path) -> None:
        """Show the folder in the file manager; a folder not made yet (no backup so far) is made."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # the file manager says what is wrong with the path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _licences_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        rows = "".join(
            f"<tr><td><b>{c.name}</b></td><td>{self.tr(c.role)}</td><td>{c.licence}</td></tr>"
            for c in COMPONENTS
        )
        heads = (self.tr("Component"), self.tr("Used for"), self.tr("Licence"))
        head = "".join(f"<th align='left'>{h}</th>" for h in heads)
        self.components_label = QLabel(
            f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>", tab
        )
        self.components_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.components_label)
        layout.addWidget(QLabel(self.tr("Licence of the Dealbrief Sans font:"), tab))
        self.font_licence = QPlainTextEdit(font_licence_text(), tab)
        self.font_licence.setObjectName("font_licence")
        self.font_licence.setReadOnly(True)
        self.font_licence.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.font_licence, 1)
        return tab
