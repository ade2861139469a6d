"""The deal page's print buttons: Visit brief, First-call deck and Minutes.

`DocumentActions(services, bus, deal_id)` is a small toolbar; each button opens a
`DocumentPreview` for the current deal. The deal page calls `set_deal(id)` on selection.
Minutes are of the deal's latest call note; when the deal has several notes, the button's
arrow lists them, newest first, to pick another. Without notes the button is disabled and its
tooltip says why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from desktop.domain.language import is_chinese
from desktop.domain.notes import NoteSummary
from desktop.services.container import Services
from desktop.ui.bus import DEALS, NOTES, Bus
from desktop.ui.dates import date_text
from desktop.ui.i18n import current_language
from desktop.ui.messages import label_text
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
        self.notes: list[NoteSummary] = []
        self.preview: DocumentPreview | None = None
        self.brief_button = QPushButton(self.tr("Visit brief…"), self)
        self.brief_button.setObjectName("print_brief")
        self.brief_button.setToolTip(self.tr("Internal one- or two-page brief to read before the visit"))
        self.brief_button.clicked.connect(lambda: self.open_preview(generate.BRIEF))
        self.deck_button = QPushButton(self.tr("First-call deck…"), self)
        self.deck_button.setObjectName("print_deck")
        self.deck_button.setToolTip(self.tr("Slides for the customer: nothing internal is shown"))
        self.deck_button.clicked.connect(lambda: self.open_preview(generate.DECK))
        self.minutes_button = QToolButton(self)
        self.minutes_button.setObjectName("print_minutes")
        self.minutes_button.setText(self.tr("Minutes…"))
        self.minutes_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.minutes_button.clicked.connect(lambda: self.open_minutes(None))
        self.minutes_menu = QMenu(self.minutes_button)
        self.minutes_menu.setObjectName("minutes_menu")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.brief_button)
        row.addWidget(self.deck_button)
        row.addWidget(self.minutes_button)
        row.addStretch(1)
        bus.changed.connect(self._on_changed)
        self.set_deal(deal_id)

    def add_button(self, button: QPushButton) -> None:
        """Another document's button beside these."""
        layout = self.layout()
        layout.insertWidget(layout.count() - 1, button)

    def set_deal(self, deal_id: int | None) -> None:
        self.deal_id = deal_id
        for button in (self.brief_button, self.deck_button):
            button.setEnabled(deal_id is not None)
        self.refresh_notes()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {NOTES, DEALS}:
            self.refresh_notes()

    def refresh_notes(self) -> None:
        """The Minutes button follows the deal's call notes (newest first)."""
        self.notes = self.services.notes.list(deal_id=self.deal_id) if self.deal_id is not None else []
        self.minutes_menu.clear()
        button = self.minutes_button
        if not self.notes:
            button.setEnabled(False)
            button.setMenu(None)
            button.setToolTip(self.tr("No call notes on this deal yet: write one to print its minutes"))
            return
        button.setEnabled(True)
        button.setToolTip(self.tr("Minutes of the latest call, to send to the customer"))
        if len(self.notes) == 1:
            button.setMenu(None)
            return
        for note in self.notes:
            action = self.minutes_menu.addAction(label_text(self.note_label(note)))
            action.triggered.connect(lambda _checked=False, n=note.id: self.open_minutes(n))
        button.setMenu(self.minutes_menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setToolTip(self.tr("Minutes of the latest call; the arrow lists the other calls"))

    def note_label(self, note: NoteSummary) -> str:
        """A call in the picker: its date, kind and goal."""
        from desktop.domain.notes import KIND_NAMES

        en, zh = KIND_NAMES.get(note.kind, (note.kind, note.kind))
        zh_ui = is_chinese(current_language())
        day = date_text(note.occurred_at)
        goal = note.goal if len(note.goal) <= 30 else note.goal[:29] + "…"
        return " · ".join(p for p in (day, zh if zh_ui else en, goal) if p)

    def open_minutes(self, note_id: int | None) -> DocumentPreview | None:
        """The minutes of `note_id`, or of the latest note."""
        if not self.notes:
            return None
        return self.open_preview(generate.MINUTES, note_id or self.notes[0].id)

    def open_preview(self, kind: str, note_id: int | None = None) -> DocumentPreview | None:
        if self.deal_id is None:
            return None
        self.preview = DocumentPreview(self.services, kind, self.deal_id, parent=self,
                                       note_id=note_id, bus=self.bus)
        self.preview.setModal(False)
        # Deleted by Qt on close, never by Python's garbage collector (see DocumentPreview).
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.show()
        return self.preview
