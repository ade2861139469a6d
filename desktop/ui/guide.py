"""The user guide: a short bilingual HTML file bundled in resources/guide, shown offline in a
window of its own (Help → User guide, F1)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain.language import pick
from desktop.resources import resource
from desktop.ui.i18n import current_language


def guide_path(language: str):  # noqa: ANN201 - a Path
    return resource("guide", pick(language, "guide_en.html", "guide_zh_CN.html"))


class GuideDialog(QDialog):
    """The guide in the UI's language; links to other files stay inside, web links open outside."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(self.tr("Dealbrief user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        path = guide_path(language or current_language())
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
