"""All services over one open book, built once by the composition root (app.py or the CLI)."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.clock import Clock, system_clock
from desktop.services.attachments import AttachmentService
from desktop.services.briefing import BriefingService
from desktop.services.calendar import CalendarService
from desktop.services.committee import CommitteeService
from desktop.services.deals import DealService
from desktop.services.exporting import ExportService
from desktop.services.importing import ImportService
from desktop.services.minutes import MinutesService
from desktop.services.money import MoneyService
from desktop.services.notes import NoteService
from desktop.services.objections import ObjectionService
from desktop.services.partner_update import PartnerUpdateService
from desktop.services.partners import PartnerService
from desktop.services.people import CompanyService, ContactService
from desktop.services.pipeline import PipelineService
from desktop.services.questions import QuestionService
from desktop.services.related import RelatedService
from desktop.services.reports import ReportService
from desktop.services.search import SearchService
from desktop.services.seller_profile import SellerProfileService
from desktop.services.today import TodayService
from desktop.storage.book import Book, open_book


class Services:
    """The use cases of one book. Views and commands get this, never the engine."""

    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock
        self.companies = CompanyService(book, clock)
        self.contacts = ContactService(book, clock)
        self.importing = ImportService(book, clock)
        self.exporting = ExportService(book, clock)
        self.pipeline = PipelineService(book, clock)
        self.deals = DealService(book, clock)
        self.committee = CommitteeService(book, clock)
        self.today = TodayService(book, clock, self.deals)
        self.partners = PartnerService(book, clock)
        self.briefing = BriefingService(book, clock)
        self.seller_profile = SellerProfileService(book, clock)
        self.partner_updates = PartnerUpdateService(book, clock, self.seller_profile)
        self.notes = NoteService(book, clock)
        self.questions = QuestionService(book)
        self.objections = ObjectionService(book)
        self.minutes = MinutesService(self.notes, self.seller_profile)
        self.search = SearchService(book)
        self.related = RelatedService(book, clock)
        self.reports = ReportService(book, clock)
        self.money = MoneyService(book, clock)
        self.calendar = CalendarService(book, clock, self.money)
        self.attachments = AttachmentService(book, clock)

    @classmethod
    def open(cls, path: Path | str, clock: Clock = system_clock, *, create: bool = True,
             read_only_ok: bool = False, passphrase: str | None = None) -> Services:
        """The book's services; `read_only_ok` opens a damaged book or one on a read-only medium
        read-only instead of refusing it (book.read_only says why); `passphrase` opens a book
        locked with one (BookError ENCRYPTED / WRONG_PASSPHRASE otherwise)."""
        book = open_book(path, create=create, now=clock(), read_only_ok=read_only_ok,
                         passphrase=passphrase)
        return cls(book, clock)

    def close(self) -> None:
        self.book.close()
