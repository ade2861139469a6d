"""The Contacts page: everyone the seller knows, filtered as they type, edited beside the list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.domain.choice import Choice
from desktop.domain.people import ContactRecord, join_tags, split_tags
from desktop.services import phones
from desktop.services.container import Services
from desktop.services.people import ContactService
from desktop.ui import bus as changes
from desktop.ui.bus import Bus
from desktop.ui.forms import ValidatedForm
from desktop.ui.operations import run_query
from desktop.ui.people.models import PagedContactModel
from desktop.ui.people.page import ListFormPage
from desktop.ui.people.related import RelatedTabs
from desktop.ui.pickers import LazyChoices


class ContactForm(ValidatedForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_line("name", self.tr("Name *"), self.tr("Full name, e.g. Wang Jianguo"))
        self.add_line("name_alt", self.tr("Pinyin / English name"), self.tr("e.g. Wang Jianguo"))
        self.company: QComboBox = self.add_combo("company_id", self.tr("Company"), [])
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.lineEdit().setPlaceholderText(self.tr("Type to pick, or a new company's name"))
        self.company.lineEdit().textEdited.connect(self._on_edit)
        # the list is read when the seller reaches for the picker (ui/pickers.py), as on a deal
        self.companies = LazyChoices(self.company, list, ("", None), on_filled=self._complete)
        self.add_line("title", self.tr("Title"), self.tr("e.g. CFO"))
        self.add_line("department", self.tr("Department"))
        self.add_line("mobile", self.tr("Mobile"), self.tr("e.g. 138 1234 5678, or +1 415 555 0134"))
        self.add_line("other_phone", self.tr("Other phone"))
        self.add_line("email", self.tr("Email"), self.tr("name@example.com"))
        self.add_line("wechat", self.tr("WeChat ID"))
        self.add_line("qq", self.tr("QQ"))
        self.add_line("tags", self.tr("Tags"), self.tr("Separated by commas"))
        self.add_text("remarks", self.tr("Notes"))

    def use_companies(self, read: Callable[[], list[Choice]]) -> None:
        """Where the company picker's list comes from: read when the seller first opens or
        types in the picker, or saves (a book may hold 20,000 companies; showing a contact
        needs only theirs). Called again after a change: the list is read afresh."""
        self.companies.read = read
        self.companies.stale()

    def show_company(self, company_id: int | None, name: str) -> None:
        """The picker set to one contact's company, without reading every company's name."""
        self.companies.show(company_id, name)

    def _complete(self, companies: list[Choice]) -> None:
        """Typing in the picker offers the companies whose name holds what is typed."""
        completer = QCompleter([n for n, _ in companies], self.company)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company.setCompleter(completer)

    def company_choice(self) -> tuple[int | None, str]:
        """(id of an existing company, or None; the name typed when it is a new company)."""
        text = self.company.currentText().strip()
        if not text:
            return None, ""
        self.companies.ensure()
        index = self.company.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.company.itemData(index), ""
        return None, text


class ContactsPage(ListFormPage):
    CHANGES = (changes.CONTACTS, changes.COMPANIES)
    KIND = "contact"

    def __init__(self, services: Services, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None):
        self.services = services
        self.related: RelatedTabs | None = None
        super().__init__(bus, undo_stack, parent)
        # their deals (roles and stance on each committee) and their timeline
        self.related = RelatedTabs(services, bus, company=False, parent=self, undo_stack=undo_stack)
        self.form_title.parentWidget().layout().addWidget(self.related, 1)
        self.related.show_record(self.current_id)

    def _show(self, record: ContactRecord | None) -> None:
        super()._show(record)
        if self.related is not None:
            self.related.show_record(self.current_id)

    def make_model(self) -> PagedContactModel:
        model = PagedContactModel(self.services.contacts, self)
        model.run_later = partial(run_query, self)
        return model

    def make_form(self) -> ContactForm:
        return ContactForm(self)

    def refresh_model(self) -> None:
        self.form.use_companies(self.services.companies.names)  # type: ignore[attr-defined]
        super().refresh_model()

    def record_at(self, row: int) -> ContactRecord:
        return self.services.contacts.get(self.model.id_at(row))  # type: ignore[union-attr]

    def filter_placeholder(self) -> str:
        return self.tr("Filter by name, company, phone, WeChat, email, tag… (Ctrl+F)")

    def new_label(self) -> str:
        return self.tr("New contact")

    def fill_form(self, c: ContactRecord | None) -> None:
        c = c or ContactRecord()
        f: ContactForm = self.form  # type: ignore[assignment]
        for name in ("name", "name_alt", "title", "department", "email", "wechat", "qq", "remarks"):
            f.set_text(name, getattr(c, name))
        f.set_text("mobile", phones.display(c.mobile))
        f.set_text("other_phone", phones.display(c.other_phone))
        f.set_text("tags", join_tags(list(c.tags)))
        f.show_company(c.company_id, c.company_name)

    def form_record(self) -> tuple[ContactRecord, str]:
        f: ContactForm = self.form  # type: ignore[assignment]
        company_id, new_company = f.company_choice()
        base = ContactRecord(id=self.current_id)
        record = replace(
            base,
            **{n: f.text(n) for n in ("name", "name_alt", "title", "department", "mobile",
                                      "other_phone", "email", "wechat", "qq", "remarks")},
            company_id=company_id,
            tags=tuple(split_tags(f.text("tags"))),
        )
        return record, new_company

    def save_form(self) -> ContactRecord:
        record, new_company = self.form_record()
        return self.services.contacts.save(record, new_company=new_company)

    def form_errors(self) -> list:
        return self.services.contacts.validate(self.form_record()[0])[1]

    def delete_question(self, record: ContactRecord) -> str:
        committees = self.services.committee.committees_of(record.id)
        if not committees:
            return super().delete_question(record)
        return (
            self.tr("Delete “%1”? They leave %n buying committee(s) with them. "
                    "You can undo this with Ctrl+Z.", "", committees).replace("%1", record.name)
        )

    @property
    def record_service(self) -> ContactService:
        return self.services.contacts
