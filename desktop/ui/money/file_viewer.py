"""A kept PDF or picture shown inside Dealbrief, from memory: nothing is written to disk.

A locked book's files open here, so a quote or a business-card photo never leaves the book in
plain form; other kinds of file (and "Open with another program…") go to the system's app through
a plain copy, said first (ui/security/exports.plain_copy_ok)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

PDF = "application/pdf"


def shown_inside(mime: str) -> bool:
    """Whether a file of this type is shown inside the app (a PDF, or a picture Qt reads)."""
    if mime == PDF:
        return True
    return mime.startswith("image/") and mime.encode() in {bytes(m.data()) for m in QImageReader.supportedMimeTypes()}


class FileViewer(QDialog):
    """One kept file, shown from its bytes; `open_elsewhere` hands it to the system's app."""

    def __init__(self, name: str, mime: str, data: bytes, open_elsewhere: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_viewer")
        self.setWindowTitle(name)
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.document: QPdfDocument | None = None
        self.picture: QLabel | None = None
        self._buffer: QBuffer | None = None
        if mime == PDF:
            self.document = QPdfDocument(self)
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            view = QPdfView(self)
            view.setDocument(self.document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(view, 1)
        else:
            image = QImage.fromData(data)
            self.picture = QLabel(self)
            self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if image.isNull():
                self.picture.setText(self.tr("This picture cannot be shown. Open it with another "
                                             "program, or save it."))
            else:
                self.picture.setPixmap(QPixmap.fromImage(image))
            scroll = QScrollArea(self)
            scroll.setWidget(self.picture)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.elsewhere_button = QPushButton(self.tr("Open with another program…"), self)
        self.elsewhere_button.setObjectName("open_elsewhere")
        buttons.addButton(self.elsewhere_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.elsewhere_button.clicked.connect(lambda: open_elsewhere())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
