"""Dialogs of the deals area: why a deal moves to lost or on hold, and a person in a committee."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deals import (
    Influence,
    LostReasonRecord,
    RoleRecord,
    StageKind,
    StageRecord,
    StakeholderRecord,
    Stance,
)
from desktop.domain.errors import FieldError
from desktop.domain.people import ContactRecord
from desktop.ui import style
from desktop.ui.dates import DATE_FORMAT
from desktop.ui.deals import texts
from desktop.ui.messages import label_text

NO_DATE = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date with a calendar that may be left empty (shown blank)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDisplayFormat(DATE_FORMAT)
        self.set_value(None)

    def value(self) -> date | None:
        d = self.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(style.ERROR_TEXT)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, error: FieldError | None) -> None:
    label.setText(texts.error_text(error) if error else "")
    label.setVisible(error is not None)


class MoveDialog(QDialog):
    """Asks what a move needs: the reason for lost, a review date for on hold, and a comment."""

    def __init__(self, stage: StageRecord, reasons: list[LostReasonRecord], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        lang = texts.language()
        self.setWindowTitle(self.tr("Move to %1").replace("%1", stage.name(lang)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.reason = QComboBox(self)
        self.reason.setObjectName("lost_reason")
        self.reason_text = QLineEdit(self)
        self.reason_text.setObjectName("lost_reason_text")
        self.review = OptionalDateEdit(self)
        self.review.setObjectName("on_hold_until")
        if stage.kind == StageKind.LOST:
            self.reason.addItem(self.tr("(choose a reason)"), None)
            for r in reasons:
                self.reason.addItem(r.name(lang), r.id)
            self.reason_text.setPlaceholderText(self.tr("In your own words (optional with a reason above)"))
            form.addRow(self.tr("Why was it lost?"), self.reason)
            form.addRow(self.tr("Details"), self.reason_text)
        if stage.kind == StageKind.ON_HOLD:
            self.review.set_value(date.fromordinal(today.toordinal() + 30))
            form.addRow(self.tr("Look again on"), self.review)
        # The other kind's fields exist (values() reads them) but sit in no layout: hidden, or
        # they would be drawn over the first row.
        for widget in (self.reason, self.reason_text, self.review):
            if form.indexOf(widget) < 0:
                widget.hide()
        self.comment = QLineEdit(self)
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("What happened (kept in the stage history)"))
        form.addRow(self.tr("Comment"), self.comment)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        if (
            self.stage.kind == StageKind.LOST
            and self.reason.currentData() is None
            and not self.reason_text.text().strip()
        ):
            show_error(self.error, FieldError("lost_reason", "lost_reason_required"))
            return
        if self.stage.kind == StageKind.ON_HOLD and self.review.value() is None:
            show_error(self.error, FieldError("on_hold_until", "review_date_required"))
            return
        super().accept()

    def values(self) -> dict:
        """Keyword arguments for DealService.move_stage."""
        return {
            "comment": self.comment.text(),
            "lost_reason_id": self.reason.currentData() if self.stage.kind == StageKind.LOST else None,
            "lost_reason_text": self.reason_text.text() if self.stage.kind == StageKind.LOST else "",
            "on_hold_until": self.review.value() if self.stage.kind == StageKind.ON_HOLD else None,
        }


def needs_dialog(stage: StageRecord) -> bool:
    return stage.kind in (StageKind.LOST, StageKind.ON_HOLD)


class StakeholderDialog(QDialog):
    """Add or edit a person in a buying committee: pick a contact or create one on the spot."""

    def __init__(
        self,
        record: StakeholderRecord,
        contacts: list[ContactRecord],
        roles: list[RoleRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        lang = texts.language()
        editing = record.id is not None
        self.setWindowTitle(
            self.tr("Edit %1").replace("%1", record.name) if editing else self.tr("Add to the buying committee")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_who(record, contacts, editing))
        layout.addWidget(self._build_roles(record, roles, lang))
        layout.addLayout(self._build_details(record))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._sync_who()

    def _build_who(self, record: StakeholderRecord, contacts: list[ContactRecord], editing: bool) -> QGroupBox:
        """A contact of the book (found by typing) or someone new, named on the spot."""
        who = QGroupBox(self.tr("Who"), self)
        who_form = QFormLayout(who)
        self.pick = QRadioButton(self.tr("A contact in the book"), who)
        self.create = QRadioButton(self.tr("Someone new"), who)
        self.contact = QComboBox(who)
        self.contact.setObjectName("contact")
        labels = []
        for c in contacts:
            label = f"{c.name} · {c.title}" if c.title else c.name
            if c.company_name:
                label += f"  ({c.company_name})"
            self.contact.addItem(label, c.id)
            labels.append(label)
        # Type a few characters of the name, title or company to find someone in a long book.
        self.contact.setEditable(True)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.contact.lineEdit().setPlaceholderText(self.tr("Type to find a contact"))
        completer = QCompleter(labels, self.contact)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.contact.setCompleter(completer)
        self.new_name = QLineEdit(who)
        self.new_name.setObjectName("new_name")
        self.new_name.setPlaceholderText(self.tr("Full name, e.g. Li Min"))
        self.new_title = QLineEdit(who)
        self.new_title.setObjectName("new_title")
        self.new_title.setPlaceholderText(self.tr("Title, e.g. CFO"))
        self.new_department = QLineEdit(who)
        self.new_department.setObjectName("new_department")
        self.new_department.setPlaceholderText(self.tr("Department, e.g. Finance"))
        who_form.addRow(self.pick, self.contact)
        who_form.addRow(self.create, self.new_name)
        who_form.addRow("", self.new_title)
        who_form.addRow("", self.new_department)
        self.who_error = error_label(who)
        who_form.addRow("", self.who_error)
        self.pick.toggled.connect(self._sync_who)
        (self.pick if contacts or editing else self.create).setChecked(True)
        self.create.setEnabled(not editing)
        if editing:
            self.contact.setCurrentIndex(max(0, self.contact.findData(record.contact_id)))
        else:
            self.contact.setCurrentIndex(-1)  # nobody until the seller picks: Save never guesses
        return who

    def _build_roles(self, record: StakeholderRecord, roles: list[RoleRecord], lang: str) -> QGroupBox:
        roles_box = QGroupBox(self.tr("Roles (one or more)"), self)
        grid = QGridLayout(roles_box)
        self.role_boxes: dict[int, QCheckBox] = {}
        for i, role in enumerate(roles):
            box = QCheckBox(label_text(role.name(lang)), roles_box)
            box.setObjectName(f"role_{role.key}")
            box.setChecked(role.id in record.role_ids)
            grid.addWidget(box, i // 4, i % 4)
            self.role_boxes[role.id] = box
        return roles_box

    def _build_details(self, record: StakeholderRecord) -> QFormLayout:
        """Stance, influence, when met, and what the seller knows of them."""
        form = QFormLayout()
        self.stance = QComboBox(self)
        self.stance.setObjectName("stance")
        for s in Stance:
            self.stance.addItem(texts.stance_text(s), s.value)
        self.stance.setCurrentIndex(self.stance.findData(Stance(record.stance).value))
        self.influence = QComboBox(self)
        self.influence.setObjectName("influence")
        for i in Influence:
            self.influence.addItem(texts.influence_text(i), i.value)
        self.influence.setCurrentIndex(self.influence.findData(Influence(record.influence).value))
        self.met = QCheckBox(self.tr("Met in person"), self)
        self.met.setObjectName("met")
        self.met.setChecked(record.met)
        self.last_met = OptionalDateEdit(self)
        self.last_met.setObjectName("last_met")
        self.last_met.set_value(record.last_met)
        self.last_met_error = error_label(self)
        self.cares = QLineEdit(record.cares_about, self)
        self.cares.setPlaceholderText(self.tr("e.g. cost and return; the data model; daily work"))
        self.interests = QPlainTextEdit(record.personal_interests, self)
        self.interests.setPlaceholderText(
            self.tr("What they want for themselves: promotion, less risk, a win to show…")
        )
        self.competitor = QLineEdit(record.competitor_backed, self)
        self.how = QPlainTextEdit(record.how_to_talk, self)
        for edit in (self.interests, self.how):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(58)
        form.addRow(self.tr("Stance"), self.stance)
        form.addRow(self.tr("Influence"), self.influence)
        form.addRow(self.tr("Met"), self.met)
        form.addRow(self.tr("Last met"), self.last_met)
        form.addRow("", self.last_met_error)
        form.addRow(self.tr("Cares about"), self.cares)
        form.addRow(self.tr("Personal interests"), self.interests)
        form.addRow(self.tr("Backs competitor"), self.competitor)
        form.addRow(self.tr("How to talk to them"), self.how)
        return form

    def accept(self) -> None:
        """Save through `saver(record, new_contact) -> errors`; stay open on errors."""
        saver = getattr(self, "saver", None)
        if saver is not None:
            errors = saver(*self.result_record())
            if errors:
                self.show_errors(errors)
                return
        super().accept()

    def _sync_who(self) -> None:
        picking = self.pick.isChecked()
        self.contact.setEnabled(picking)
        for edit in (self.new_name, self.new_title, self.new_department):
            edit.setEnabled(not picking)

    def result_record(self) -> tuple[StakeholderRecord, ContactRecord | None]:
        """(the stakeholder, a contact to create or None)."""
        from dataclasses import replace

        new = None
        # what is typed decides: a name that matches no contact picks nobody (and says so)
        index = self.contact.findText(self.contact.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        contact_id = self.contact.itemData(index) if index >= 0 else None
        if self.create.isChecked():
            new = ContactRecord(
                name=self.new_name.text(), title=self.new_title.text(), department=self.new_department.text()
            )
            contact_id = None
        record = replace(
            self.record,
            contact_id=contact_id,
            role_ids=tuple(rid for rid, box in self.role_boxes.items() if box.isChecked()),
            stance=Stance(self.stance.currentData()),
            influence=Influence(self.influence.currentData()),
            met=self.met.isChecked(),
            last_met=self.last_met.value(),
            cares_about=self.cares.text(),
            personal_interests=self.interests.toPlainText(),
            competitor_backed=self.competitor.text(),
            how_to_talk=self.how.toPlainText(),
        )
        return record, new

    def show_errors(self, errors: list[FieldError]) -> None:
        who = next((e for e in errors if e.field in ("contact_id", "contact_name")), None)
        show_error(self.who_error, who)
        show_error(self.last_met_error, next((e for e in errors if e.field == "last_met"), None))
