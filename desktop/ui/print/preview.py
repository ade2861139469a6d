"""A document's preview inside the app (QPdfView), with Print and Save as PDF.

The PDF is made off the GUI thread; the dialog shows "Preparing…" until it is loaded, then
emits `loaded(page_count)`. The language can be switched per document.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.language import is_chinese
from desktop.services.container import Services
from desktop.ui.bus import Bus
from desktop.ui.i18n import current_language
from desktop.ui.operations import ignore_failure, read_now, run_query
from desktop.ui.print import generate


class DocumentPreview(QDialog):
    """Preview of one document of one deal: language, Print…, Save as PDF…, Close."""

    loaded = Signal(int)  # page count, once the document shows
    failed = Signal(str)

    def __init__(self, services: Services, kind: str, deal_id: int, language: str | None = None,
                 parent: QWidget | None = None, note_id: int | None = None,
                 bus: Bus | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.kind = kind
        self.deal_id = deal_id
        self.note_id = note_id  # the minutes' call note (None: the deal's latest)
        self.pdf_bytes = b""
        self._buffer: QBuffer | None = None
        self._generation = 0
        self._announced = False
        self.setObjectName("DocumentPreview")
        self.setWindowTitle(self.document_title())
        self.resize(900, 720 if kind == generate.DECK else 1000)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Chinese"), "zh_CN")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if is_chinese(language or current_language()) else 1)
        self.language.currentIndexChanged.connect(self.refresh)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Language:"), self))
        bar.addWidget(self.language)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)

        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._on_status)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)

        # The deck without a seller profile leaves out solutions, reasons and cases: say so.
        self.profile_hint = QLabel(self.tr(
            "Your seller profile is empty, so the deck leaves out how you solve the problems, "
            "why choose you and your cases."), self)
        self.profile_hint.setObjectName("profile_hint")
        self.profile_hint.setWordWrap(True)
        self.profile_button = QPushButton(self.tr("Seller profile…"), self)
        self.profile_button.setObjectName("profile_button")
        self.profile_button.clicked.connect(self.edit_profile)
        hint = QHBoxLayout()
        hint.addWidget(self.profile_hint, 1)
        hint.addWidget(self.profile_button)
        self.hint_box = QWidget(self)
        self.hint_box.setLayout(hint)
        self.hint_box.setVisible(False)

        # What the deck cut at a line limit or had no room for: the seller sees it here.
        self.left_out = QLabel(self)
        self.left_out.setObjectName("left_out")
        self.left_out.setWordWrap(True)
        self.left_out.setTextFormat(Qt.TextFormat.PlainText)
        self.left_out.setVisible(False)
        self.left_out_items: tuple = ()
        # Lines about a named person the deck kept off the slides; the seller may show them.
        self.included: set[str] = set()
        self.include_button = QToolButton(self)
        self.include_button.setObjectName("include_left_out")
        self.include_button.setText(self.tr("Show on the slides…"))
        self.include_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.include_menu = QMenu(self.include_button)
        self.include_button.setMenu(self.include_menu)
        self.include_button.setVisible(False)
        left_row = QHBoxLayout()
        left_row.addWidget(self.left_out, 1)
        left_row.addWidget(self.include_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.hint_box)
        layout.addLayout(left_row)
        layout.addWidget(self.stack, 1)
        self.refresh()

    def document_title(self) -> str:
        if self.kind == generate.DECK:
            return self.tr("First-call deck")
        if self.kind == generate.BRIEF:
            return self.tr("Visit brief")
        if self.kind == generate.MINUTES:
            return self.tr("Minutes")
        if self.kind == generate.WEEK_BRIEFS:
            return self.tr("Visit briefs for the next 7 days")
        return self.kind

    def current_language(self) -> str:
        return self.language.currentData()

    def page_count(self) -> int:
        return self.document.pageCount()

    # --- making the PDF
    def refresh(self) -> None:
        """Make the document again (off the GUI thread) in the chosen language."""
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self.message.setText(self.tr("Preparing the document…"))
        self.stack.setCurrentWidget(self.message)
        services, kind, deal_id, lang = self.services, self.kind, self.deal_id, self.current_language()
        note_id = self.note_id
        included = frozenset(self.included)
        self.hint_box.setVisible(kind == generate.DECK and self._profile_empty(lang))
        run_query(
            self,
            lambda: generate.make(kind, services, deal_id, lang, note_id, included),
            lambda data: self._on_made(generation, data),
            on_failed=lambda exc: self._on_failed(generation, exc),
        )

    def _profile_empty(self, language: str) -> bool:
        # A failing book shows no hint: the document itself will say what is wrong with it.
        return read_now(self, lambda: self.services.seller_profile.for_deck(language).is_empty,
                        fallback=False, on_failed=ignore_failure)

    def edit_profile(self) -> None:
        """Open the seller profile; after saving, make the deck again with it."""
        from desktop.ui.print.profile_dialog import SellerProfileDialog

        dialog = SellerProfileDialog(self.services, self.bus or Bus(self), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _on_made(self, generation: int, data: object) -> None:
        if generation != self._generation:
            return  # a newer request (language switched) replaces this one
        self.pdf_bytes = bytes(data.pdf)  # type: ignore[attr-defined]
        self._show_left_out(tuple(data.left_out))  # type: ignore[attr-defined]
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.pdf_bytes))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        self._announced = False
        self.document.load(buffer)
        if old is not None:
            old.deleteLater()
        if self.document.status() == QPdfDocument.Status.Ready:
            self._on_status(QPdfDocument.Status.Ready)

    def _show_left_out(self, items: tuple) -> None:
        """Say what the document shortened or had no room for, section by section, and what it
        kept off the slides because it names a person (the seller may show it after all)."""
        from desktop.domain.briefing import CUT, NAMES_PERSON

        self.left_out_items = items
        people = [i for i in items if i.reason == NAMES_PERSON]
        items = tuple(i for i in items if i.reason != NAMES_PERSON)
        self._offer_to_include(people)
        if not items and not people:
            self.left_out.setVisible(False)
            self.left_out.clear()
            return
        cut = sum(1 for i in items if i.reason == CUT)
        lines = []
        if people:
            lines.append(self.tr("%n line(s) kept off the slides because they name a person "
                                 "(the customer reads the deck):", "", len(people)))
            lines += [f"  • {i.section}: {_short(i.text)}" for i in people[:4]]
        if cut:
            lines.append(self.tr("%n point(s) shortened to fit, ending in “…”.", "", cut))
        if len(items) - cut:
            lines.append(self.tr("%n point(s) left out, no room on the slides:", "",
                                 len(items) - cut))
        missing = [i for i in items if i.reason != CUT]
        for item in missing[:3]:
            lines.append("  • " + self.tr("%1: %2").replace("%1", item.section).replace(
                "%2", _short(item.text)))
        if len(missing) > 3:
            lines.append("  " + self.tr("…and %n more (point at this text to see them all)", "",
                                        len(missing) - 3))
        self.left_out.setText("\n".join(lines))
        self.left_out.setToolTip("\n".join(
            self.tr("%1: %2").replace("%1", i.section).replace("%2", i.text) for i in items[:30]))
        self.left_out.setVisible(True)

    def _offer_to_include(self, people: list) -> None:
        self.include_menu.clear()
        for item in people:
            action = self.include_menu.addAction(self.tr("Show “%1”").replace("%1", _short(item.text)))
            action.triggered.connect(partial(self.include, (item.text,)))
        if len(people) > 1:
            self.include_menu.addSeparator()
            every = self.include_menu.addAction(self.tr("Show all of them"))
            every.triggered.connect(partial(self.include, tuple(i.text for i in people)))
        self.include_button.setVisible(bool(people))

    def include(self, texts: tuple[str, ...], _checked: bool = False) -> None:
        """Put lines that name a person on the slides after all, and make the deck again."""
        self.included.update(texts)
        self.refresh()

    def _on_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready and self.pdf_bytes and not self._announced:
            self._announced = True
            self.stack.setCurrentWidget(self.view)
            self._set_busy(False)
            self.loaded.emit(self.document.pageCount())
        elif status == QPdfDocument.Status.Error:
            self._show_error(self.tr("The document could not be shown."))

    def _on_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        from desktop.domain.errors import NotFound
        from desktop.services.errors import BookError
        from desktop.ui.messages import book_error_text

        if isinstance(exc, BookError):
            text = book_error_text(exc)
        elif isinstance(exc, generate.NoVisits):
            text = self.tr("No visits are planned in the next 7 days: there are no briefs to "
                           "print. Plan a visit on a deal's Visits tab.")
        elif isinstance(exc, (generate.NoNotes, NotFound)) and self.kind == generate.MINUTES:
            text = self.tr("This call note is no longer in the book.")
        elif isinstance(exc, NotFound):
            text = self.tr("This deal is no longer in the book.")
        else:
            text = self.tr("The document could not be made: %1").replace("%1", str(exc))
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._set_busy(True)
        self.failed.emit(text)

    # --- print and save
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Draw every page onto `printer` at its resolution, fitted to the printable area."""
        from PySide6.QtGui import QPageLayout

        count = self.document.pageCount()
        first = self.document.pagePointSize(0) if count else None
        if first is not None and first.width() > first.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return
        try:
            for page in range(count):
                if page:
                    printer.newPage()
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                size = self.document.pagePointSize(page).toSize()
                size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(page, size)
                painter.drawImage(QRect(QPoint(0, 0), size), image)
        finally:
            painter.end()

    def file_name(self) -> str:
        """The company, the deal, the document and its day, in the document's language."""
        from desktop.domain.file_names import document_file_name

        on = self.services.clock().date()
        if self.kind == generate.WEEK_BRIEFS:
            return document_file_name([], self.kind, self.current_language(), on)
        deal = self.services.deals.get(self.deal_id)
        if self.kind == generate.BRIEF:  # a brief is for the coming visit
            coming = [v.planned_at.date() for v in self.services.deals.visits(self.deal_id)
                      if v.planned_at.date() >= on]
            on = min(coming, default=on)
        elif self.kind == generate.MINUTES:
            notes = self.services.notes.list(deal_id=self.deal_id)
            chosen = next((n for n in notes if n.id == self.note_id), notes[0] if notes else None)
            on = chosen.occurred_at.date() if chosen is not None else on
        return document_file_name([deal.company_name, deal.title], self.kind,
                                  self.current_language(), on)

    def save_pdf(self) -> None:
        from desktop.ui.files import ask_save_path

        path = ask_save_path(self, self.tr("Save as PDF"), self.file_name(),
                             self.tr("PDF files (*.pdf)"), ".pdf")
        if path is not None and self.save_to(str(path)):
            self.message_saved(path)

    def message_saved(self, path: object) -> None:
        from pathlib import Path

        self.setWindowTitle(f"{self.document_title()} — " + self.tr("saved as %1").replace(
            "%1", Path(str(path)).name))

    def save_to(self, path: str) -> bool:
        from pathlib import Path

        from desktop.services.files import write_atomically

        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        try:
            write_atomically(target, self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"), self.tr(
                "The PDF could not be saved to %1: %2").replace("%1", str(target)).replace(
                "%2", exc.strerror or str(exc)))
            return False
        return True


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
