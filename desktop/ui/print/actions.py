"""The deal page's print buttons: Visit brief, First-call deck (and Minutes, where available).

`DocumentActions(services, bus, deal_id)` is a small toolbar; each button opens a
`DocumentPreview` for the current deal. The deal page calls `set_deal(id)` on selection.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.services.container import Services
from desktop.ui.bus import Bus
from desktop.ui.print import generate
from desktop.ui.print.preview import DocumentPreview


class DocumentActions(QWidget):
    """Buttons that open a document's preview for one deal."""

    def __init__(self, services: Services, bus: Bus, deal_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.deal_id = deal_id
        self.preview: DocumentPreview | None = None
        self.brief_button = QPushButton(self.tr("Visit brief…"), self)
        self.brief_button.setObjectName("print_brief")
        self.brief_button.setToolTip(self.tr("Internal one- or two-page brief to read before the visit"))
        self.brief_button.clicked.connect(lambda: self.open_preview(generate.BRIEF))
        self.deck_button = QPushButton(self.tr("First-call deck…"), self)
        self.deck_button.setObjectName("print_deck")
        self.deck_button.setToolTip(self.tr("Slides for the customer: nothing internal is shown"))
        self.deck_button.clicked.connect(lambda: self.open_preview(generate.DECK))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.brief_button)
        row.addWidget(self.deck_button)
        row.addStretch(1)
        self.set_deal(deal_id)

    def add_button(self, button: QPushButton) -> None:
        """Another document's button (e.g. Minutes) beside these."""
        layout = self.layout()
        layout.insertWidget(layout.count() - 1, button)

    def set_deal(self, deal_id: int | None) -> None:
        self.deal_id = deal_id
        for button in (self.brief_button, self.deck_button):
            button.setEnabled(deal_id is not None)

    def open_preview(self, kind: str) -> DocumentPreview | None:
        if self.deal_id is None:
            return None
        self.preview = DocumentPreview(self.services, kind, self.deal_id, parent=self)
        self.preview.setModal(False)
        # Deleted by Qt on close, never by Python's garbage collector (see DocumentPreview).
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.show()
        return self.preview
