"""Settings: the seller's objection library (异议处理库), each objection with its prepared
answer in Chinese and English and the words in the notes that raise it."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import FieldError
from desktop.domain.objections import Objection
from desktop.services.container import Services
from desktop.ui.notes.library import LibraryDialog, LibraryTableModel
from desktop.ui.operations import run_op

FIELDS = ("objection_zh", "answer_zh", "objection_en", "answer_en", "signals")


class ObjectionTableModel(LibraryTableModel):
    """The library's entries, every column editable."""

    FIELDS = FIELDS

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Objection (Chinese)"), self.tr("Answer (Chinese)"),
                self.tr("Objection (English)"), self.tr("Answer (English)"),
                self.tr("Words that raise it"))


class ObjectionLibraryDialog(LibraryDialog):
    """Edit the objection library; Save writes the whole library in one transaction."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ObjectionLibraryDialog")
        self.setWindowTitle(self.tr("Settings — objection library"))
        self.services = services
        self._build(
            ObjectionTableModel(self), "objections",
            (("add", self.tr("Add"), self.add),
             ("remove", self.tr("Remove"), self.remove),
             ("up", self.tr("Move up"), lambda: self.move(-1)),
             ("down", self.tr("Move down"), lambda: self.move(1)),
             ("reset", self.tr("Reset to the shipped objections"), self.reset)),
            self.tr(
                "The visit brief prints the prepared answers of the objections whose words appear "
                "in the deal's notes on risks and competitors (for example 价格, price). Each "
                "objection needs an answer in at least one language."))
        self.resize(1000, 560)
        # Answers are sentences: rows grow to show them whole.
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.model.dataChanged.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents())
        self.model.set_rows(services.objections.list())

    def new_entry(self) -> Objection:
        return Objection()

    def reset(self) -> None:
        from desktop.services.objections import shipped_objections

        self.model.set_rows(list(shipped_objections()))

    def entries(self) -> list[Objection]:
        """The edited library without rows left entirely empty."""
        return [e for e in self.model.rows()
                if any(getattr(e, f).strip() for f in FIELDS)]

    def save(self) -> None:
        run_op(self, partial(self.services.objections.replace_all, self.entries()),
               on_success=lambda _saved: self.accept(), on_invalid=self._show_invalid)

    def _show_invalid(self, errors: list[FieldError]) -> None:
        rows = sorted({int(e.detail) + 1 for e in errors if e.detail.isdigit()})
        QMessageBox.warning(self, self.tr("Objection library"), self.tr(
            "Row %1 needs an objection and an answer in at least one language.").replace(
            "%1", ", ".join(str(r) for r in rows)))
