"""The Companies page: customers with tier, industry and region, edited beside the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.domain.money import format_amount
from desktop.domain.people import TIERS, CompanyRecord, join_tags, split_tags
from desktop.domain.wording import join_sentences
from desktop.services.container import Services
from desktop.services.people import CompanyService
from desktop.ui import bus as changes
from desktop.ui.bus import Bus
from desktop.ui.forms import ValidatedForm
from desktop.ui.i18n import current_language
from desktop.ui.notes.panel import NotesPanel
from desktop.ui.people.models import CompanyTableModel
from desktop.ui.people.page import ListFormPage
from desktop.ui.people.related import RelatedTabs
from desktop.ui.security.exports import Agreed

TEXT_FIELDS = (
    "name", "industry", "region", "size", "annual_revenue", "website", "address", "lead_source",
    "remarks",
)


class CompanyForm(ValidatedForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_line("name", self.tr("Name *"), self.tr("e.g. East China Precision Manufacturing Group"))
        self.add_combo("tier", self.tr("Tier"), [(t or self.tr("(none)"), t) for t in TIERS])
        self.add_line("industry", self.tr("Industry"), self.tr("e.g. Manufacturing"))
        self.add_line("region", self.tr("Region"), self.tr("e.g. East China"))
        self.add_line("size", self.tr("Size"), self.tr("e.g. 3,000 people"))
        self.add_line("annual_revenue", self.tr("Annual revenue"), self.tr("e.g. ¥4.5 billion"))
        self.add_line("website", self.tr("Website"))
        self.add_line("address", self.tr("Address"))
        self.add_line("lead_source", self.tr("Lead source"), self.tr("e.g. referral"))
        self.add_line("tags", self.tr("Tags"), self.tr("Separated by commas"))
        self.add_text("remarks", self.tr("Notes"))


class CompaniesPage(ListFormPage):
    CHANGES = (changes.COMPANIES, changes.CONTACTS, changes.DEALS)
    KIND = "company"

    def __init__(self, services: Services, bus: Bus, undo_stack: QUndoStack, parent: QWidget | None = None,
                 *, agreed: Agreed | None = None):
        self.services = services
        self.notes_panel: NotesPanel | None = None
        super().__init__(bus, undo_stack, parent)
        # What relates to the company: its timeline, deals and contacts, and its call notes (its
        # deals' and those that belong to the company only: a call before there is a deal).
        self.related = RelatedTabs(services, bus, company=True, parent=self, undo_stack=undo_stack)
        self.notes_panel = NotesPanel(services, bus, undo_stack, parent=self.related)
        self.notes_box = self.related  # enabled once the company is saved
        self.related.addTab(self.notes_panel, self.tr("Call notes"))
        self.form_title.parentWidget().layout().addWidget(self.related, 1)
        # Files kept with the company (business-card photos, a framework agreement).
        from desktop.ui.money.attachments import AttachmentsPanel

        self.files_panel = AttachmentsPanel(services, bus, undo_stack, self.related, agreed=agreed)
        self.related.addTab(self.files_panel, self.tr("Files"))
        self._show_notes()

    def _show(self, record: Any | None) -> None:
        super()._show(record)
        self._show_notes()

    def _show_notes(self) -> None:
        if self.notes_panel is None:
            return
        self.notes_panel.set_deal(None, self.current_id)
        self.related.show_record(self.current_id)
        if getattr(self, "files_panel", None) is not None:
            self.files_panel.set_owner(company_id=self.current_id)

    def make_model(self) -> CompanyTableModel:
        return CompanyTableModel(self)

    def make_form(self) -> CompanyForm:
        return CompanyForm(self)

    def load_records(self) -> list[CompanyRecord]:
        return self.services.companies.list()

    def records_to_read(self) -> int:
        return self.services.companies.count()

    def filter_placeholder(self) -> str:
        return self.tr("Filter by name, industry, region, tier, tag… (Ctrl+F)")

    def new_label(self) -> str:
        return self.tr("New company")

    def fill_form(self, c: CompanyRecord | None) -> None:
        c = c or CompanyRecord()
        for name in TEXT_FIELDS:
            self.form.set_text(name, getattr(c, name))
        self.form.set_text("tier", c.tier)
        self.form.set_text("tags", join_tags(list(c.tags)))

    def form_record(self) -> CompanyRecord:
        values = {n: self.form.text(n) for n in TEXT_FIELDS}
        tier = self.form.fields["tier"].currentData()  # type: ignore[attr-defined]
        record = CompanyRecord(
            id=self.current_id, **values, tier=tier or "", tags=tuple(split_tags(self.form.text("tags")))
        )
        return record

    def save_form(self) -> CompanyRecord:
        return self.services.companies.save(self.form_record())

    def form_errors(self) -> list:
        return self.services.companies.validate(self.form_record())

    def delete_question(self, record: CompanyRecord) -> str:
        """Names what goes with the company (deals, the open ones and their value, call notes)
        and what stays (contacts), so a ¥128万 negotiation is never deleted unawares."""
        d = self.services.companies.deletion(record.id)
        lang = current_language()
        taken = []
        if d.deals:
            deals = self.tr("%n deal(s)", "", d.deals)
            if d.open_deals:
                currencies = {c for _a, c in d.open_amounts}
                value = (format_amount(sum(a for a, _c in d.open_amounts), currencies.pop(), lang)
                         if len(currencies) == 1 else "")
                open_part = self.tr("%n still open", "", d.open_deals)
                deals = self.tr("%1 (%2)").replace("%1", deals).replace(
                    "%2", self.tr("%1, %2").replace("%1", open_part).replace("%2", value) if value else open_part)
            taken.append(deals)
        if d.call_notes:
            taken.append(self.tr("%n call note(s)", "", d.call_notes))
        if taken:
            what = taken[0] if len(taken) == 1 else self.tr("%1 and %2").replace("%1", taken[0]).replace("%2", taken[1])
            question = self.tr("Delete “%1” with its %2?").replace("%2", what).replace("%1", record.name)
        else:
            question = self.tr("Delete “%1”?").replace("%1", record.name)
        stays = ""
        if d.contacts:
            stays = self.tr("Its %n contact(s) stay in the book, without the company.", "", d.contacts)
        return join_sentences([question, stays, self.tr("You can undo this with Ctrl+Z.")], lang)

    @property
    def record_service(self) -> CompanyService:
        return self.services.companies
