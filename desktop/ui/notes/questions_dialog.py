"""Settings: the seller's question library, per SPIN section, in Chinese and English."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QWidget

from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.notes import SPIN_SECTIONS, QuestionPromptRecord
from desktop.services.container import Services
from desktop.ui.notes.library import LibraryDialog, LibraryTableModel
from desktop.ui.operations import run_op


class QuestionTableModel(LibraryTableModel):
    """The questions of one section, editable in both languages."""

    ZH, EN = range(2)
    FIELDS = ("text_zh", "text_en")
    SHARE_ROWS = True  # the dialog's per-section list, edited in place on purpose

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Chinese"), self.tr("English"))


class QuestionLibraryDialog(LibraryDialog):
    """Edit the suggested questions; Save writes the whole library in one transaction."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuestionLibraryDialog")
        self.setWindowTitle(self.tr("Settings — question library"))
        self.services = services
        self.by_section: dict[str, list[QuestionPromptRecord]] = {}
        self.section = QComboBox(self)
        self.section.setObjectName("section")
        titles = (self.tr("S  Situation"), self.tr("P  Problems"), self.tr("I  Implications"),
                  self.tr("N  Need-payoff"))
        for key, title in zip(SPIN_SECTIONS, titles, strict=True):
            self.section.addItem(title, key)
        self.section.currentIndexChanged.connect(self._show_section)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Section"), self))
        top.addWidget(self.section)
        top.addStretch(1)
        self._build(
            QuestionTableModel(self), "questions",
            (("add", self.tr("Add"), self.add),
             ("remove", self.tr("Remove"), self.remove),
             ("up", self.tr("Move up"), lambda: self.move(-1)),
             ("down", self.tr("Move down"), lambda: self.move(1)),
             ("reset", self.tr("Reset to the shipped questions"), self.reset)),
            self.tr("The first nine questions of a section can be inserted with Ctrl+1…9 "
                    "in the note editor. A question needs text in at least one language."),
            top)
        self.resize(900, 560)
        self._load(services.questions.list())

    def _load(self, questions: list[QuestionPromptRecord]) -> None:
        self.by_section = {s: [q for q in questions if q.section == s] for s in SPIN_SECTIONS}
        self._show_section()

    def _show_section(self) -> None:
        self.model.set_rows(self.by_section[self.section.currentData()])

    def new_entry(self) -> QuestionPromptRecord:
        return QuestionPromptRecord(section=self.section.currentData())

    def reset(self) -> None:
        self._load([replace(q) for q in _shipped()])

    def questions(self) -> list[QuestionPromptRecord]:
        return [q for s in SPIN_SECTIONS for q in self.by_section[s]
                if q.text_en.strip() or q.text_zh.strip()]

    def save(self) -> None:
        run_op(self, partial(self.services.questions.replace_all, self.questions()),
               on_success=lambda _saved: self.accept(), on_invalid=self._show_invalid)

    def _show_invalid(self, errors: list[FieldError]) -> None:
        QMessageBox.warning(self, self.tr("Question library"), str(ValidationFailed(errors)))


def _shipped() -> list[QuestionPromptRecord]:
    from desktop.services.questions import shipped_questions

    return shipped_questions()
