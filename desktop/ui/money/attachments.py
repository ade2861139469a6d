"""The files kept with a deal or a company: added by drag and drop or a button, opened, saved
out, removed (Ctrl+Z brings one back). At most 25 MB each, said plainly above that.

Opening: a locked book's PDFs and pictures are shown inside the app from memory (ui/money/
file_viewer.py); other files open with the system's own app from a plain copy in the session's
private temporary folder, deleted when Dealbrief closes (for a locked book, said first once per
session). The book itself is never handed to another program."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.domain.contracts import AttachmentRecord
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.services.container import Services
from desktop.ui import style
from desktop.ui.bus import ATTACHMENTS, Bus
from desktop.ui.deals.panel import RowTable
from desktop.ui.models import ID_ROLE
from desktop.ui.money import texts
from desktop.ui.money.models import AttachmentTableModel
from desktop.ui.operations import run_op
from desktop.ui.security.exports import Agreed, plain_copy_ok, plain_export_ok
from desktop.ui.undo import push_write


class AttachmentsPanel(QWidget):
    """A deal's or a company's files. `set_owner(deal_id=…)` or `set_owner(company_id=…)`."""

    changed = Signal()

    def __init__(self, services: Services, bus: Bus, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None, *, agreed: Agreed | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachments_panel")
        self.services, self.bus = services, bus
        self.agreed = agreed if agreed is not None else Agreed()  # the session's, from the window
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.deal_id: int | None = None
        self.company_id: int | None = None
        self.opener: Callable[[QUrl], bool] = QDesktopServices.openUrl  # replaced in tests
        self.viewer: QWidget | None = None  # the last file shown inside the app
        self.setAcceptDrops(True)
        self.model = AttachmentTableModel(self)
        self.table = RowTable(self)
        self.table.setObjectName("attachments")
        self.table.setModel(self.model)
        self.table.stretch(AttachmentTableModel.NAME)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.delete_pressed.connect(self.remove_selected)
        self.table.setMinimumHeight(70)
        self.hint = QLabel(self.tr("Drop files here (quote, contract scan, proposal…), at most 25 MB each. "
                                   "They are kept inside the book and never printed for the customer."), self)
        self.hint.setObjectName("attachments_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(style.MUTED_TEXT)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add file…"), "attach_add", self.add_files, buttons)
        self.open_button = self._button(self.tr("Open"), "attach_open", self.open_selected, buttons)
        self.save_button = self._button(self.tr("Save as…"), "attach_save", self.save_selected, buttons)
        self.remove_button = self._button(self.tr("Remove"), "attach_remove", self.remove_selected, buttons)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.table.selectionModel().selectionChanged.connect(self._sync)
        self.model.modelReset.connect(self._sync)
        self._sync()

    def _button(self, text: str, name: str, slot: Callable[[], object], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        row.addWidget(button)
        return button

    def set_owner(self, *, deal_id: int | None = None, company_id: int | None = None) -> None:
        self.deal_id, self.company_id = deal_id, company_id
        self.reload()

    def reload(self) -> None:
        has_owner = self.deal_id is not None or self.company_id is not None
        rows = (self.services.attachments.list(deal_id=self.deal_id, company_id=self.company_id)
                if has_owner else [])
        self.model.set_records(rows)
        self.add_button.setEnabled(has_owner)

    def _sync(self) -> None:
        selected = self.selected() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(selected)

    def selected(self) -> AttachmentRecord | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        row = self.model.row_of(index.data(ID_ROLE))
        return self.model.record(row) if row is not None else None

    # --- adding
    def add_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Keep files with this record"))
        self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]) -> int:
        """Keep each file; say plainly which could not be kept and why. Returns how many were."""
        if self.deal_id is None and self.company_id is None:
            return 0
        kept, problems, added = 0, [], []
        files = self.services.attachments
        for path in paths:
            try:
                done = run_op(self, lambda p=path: added.append(files.add_file(
                    p, deal_id=self.deal_id, company_id=self.company_id)))
            except ValidationFailed as exc:
                problems.append(f"{path.name}: {texts.error_text(self._sized(exc.errors[0], path))}")
                continue
            kept += int(done)
        if added:  # the files kept at one go are one undoable action
            label = (self.tr("Add the file %1").replace("%1", added[0].name) if len(added) == 1
                     else self.tr("Add %n file(s)", "", len(added)))
            ids = [a.id for a in added]
            push_write(self.undo_stack, label, run=self._run,
                       undo=lambda: [files.delete(i) for i in ids], redo=lambda: [files.restore(i) for i in ids])
        self.reload()
        if kept:
            self._announce()
        if problems:
            QMessageBox.warning(self, self.tr("Not kept"), "\n\n".join(problems))
        return kept

    @staticmethod
    def _sized(error: FieldError, path: Path) -> FieldError:
        if error.code == "too_big":
            try:
                return FieldError(error.field, error.code, str(path.stat().st_size))
            except OSError:
                return error
        return error

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and (self.deal_id is not None or self.company_id is not None):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.add_paths(files)

    # --- opening, saving, removing
    def open_selected(self) -> Path | None:
        """Open the selected file. A locked book's PDFs and pictures are shown inside the app,
        from memory (nothing written; returns None); everything else opens with the system's app
        for its type from a plain copy (`open_elsewhere`)."""
        a = self.selected()
        if a is None:
            return None
        if self.services.book.passphrase is not None:
            from desktop.ui.money.file_viewer import shown_inside

            if shown_inside(a.mime):
                self.show_inside(a)
                return None
        return self.open_elsewhere(a)

    def show_inside(self, a: AttachmentRecord) -> QWidget | None:
        """The file in a viewer window of the app, read from the book into memory."""
        from desktop.ui.money.file_viewer import FileViewer

        data: list[bytes] = []
        if not run_op(self, lambda: data.append(self.services.attachments.data(a.id))):
            return None
        viewer = FileViewer(a.name, a.mime, data[0], lambda: self.open_elsewhere(a), self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = viewer
        viewer.show()
        return viewer

    def open_elsewhere(self, a: AttachmentRecord) -> Path | None:
        """A plain copy opened with the system's app for its type (PDF reader, image viewer), in
        the session's private folder (deleted when Dealbrief closes). For a locked book the
        seller is told first, once per session, that the viewer gets a plain copy."""
        if not plain_copy_ok(self, self.services.book.passphrase is not None, self.agreed):
            return None
        copy: list[Path] = []
        if not run_op(self, lambda: copy.append(self.services.attachments.viewer_copy(a.id))):
            return None
        if not self.opener(QUrl.fromLocalFile(str(copy[0]))):
            QMessageBox.information(self, self.tr("Cannot open"), self.tr(
                "No program on this computer opens this kind of file. Save it and open it yourself: %1")
                .replace("%1", a.name))
        return copy[0]

    def save_selected(self) -> Path | None:
        a = self.selected()
        if a is None:
            return None
        if not plain_export_ok(self, self.services.book.passphrase is not None, self.agreed):
            return None  # a locked book's file saved out is plain: said first, as for exports
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the file into…"))
        if not folder:
            return None
        saved: list[Path] = []
        run_op(self, lambda: saved.append(self.services.attachments.save_to(a.id, folder)))
        return saved[0] if saved else None

    def remove_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        files = self.services.attachments
        if not run_op(self, lambda: files.delete(a.id)):
            return
        push_write(self.undo_stack, self.tr("Remove the file %1").replace("%1", a.name),
                   undo=lambda: files.restore(a.id), redo=lambda: files.delete(a.id), run=self._run)
        self.reload()
        self._announce()

    def _run(self, action: Callable[[], object]) -> bool:
        done = run_op(self, action)
        self.reload()
        if done:
            self._announce()
        return done

    def _announce(self) -> None:
        self.changed.emit()
        self.bus.announce(ATTACHMENTS)

