"""All services over one open book, built once by the composition root (app.py or the CLI)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.clock import Clock, system_clock
from desktop.services.today import TodayService
from desktop.storage.book import Book, open_book

if TYPE_CHECKING:
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


class Services:
    """The use cases of one book. Views and commands get this, never the engine."""

    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock
        self.today = TodayService(book, clock)  # plain SQL: the first window's only reads

    # Every other service is imported and built on first use: the first window is painted from
    # Today's plain-SQL reads before SQLModel is loaded (issue 20), and start-up does not pay for
    # documents, reports, import/export or the calendar (tests/e2e/test_startup_weight.py).
    @cached_property
    def companies(self) -> CompanyService:
        from desktop.services.people import CompanyService

        return CompanyService(self.book, self.clock)

    @cached_property
    def contacts(self) -> ContactService:
        from desktop.services.people import ContactService

        return ContactService(self.book, self.clock)

    @cached_property
    def pipeline(self) -> PipelineService:
        from desktop.services.pipeline import PipelineService

        return PipelineService(self.book, self.clock)

    @cached_property
    def deals(self) -> DealService:
        from desktop.services.deals import DealService

        return DealService(self.book, self.clock)

    @cached_property
    def committee(self) -> CommitteeService:
        from desktop.services.committee import CommitteeService

        return CommitteeService(self.book, self.clock)

    @cached_property
    def partners(self) -> PartnerService:
        from desktop.services.partners import PartnerService

        return PartnerService(self.book, self.clock)

    @cached_property
    def notes(self) -> NoteService:
        from desktop.services.notes import NoteService

        return NoteService(self.book, self.clock)

    @cached_property
    def seller_profile(self) -> SellerProfileService:
        from desktop.services.seller_profile import SellerProfileService

        return SellerProfileService(self.book, self.clock)

    @cached_property
    def importing(self) -> ImportService:
        from desktop.services.importing import ImportService

        return ImportService(self.book, self.clock)

    @cached_property
    def exporting(self) -> ExportService:
        from desktop.services.exporting import ExportService

        return ExportService(self.book, self.clock)

    @cached_property
    def briefing(self) -> BriefingService:
        from desktop.services.briefing import BriefingService

        return BriefingService(self.book, self.clock)

    @cached_property
    def partner_updates(self) -> PartnerUpdateService:
        from desktop.services.partner_update import PartnerUpdateService

        return PartnerUpdateService(self.book, self.clock, self.seller_profile)

    @cached_property
    def questions(self) -> QuestionService:
        from desktop.services.questions import QuestionService

        return QuestionService(self.book)

    @cached_property
    def objections(self) -> ObjectionService:
        from desktop.services.objections import ObjectionService

        return ObjectionService(self.book)

    @cached_property
    def minutes(self) -> MinutesService:
        from desktop.services.minutes import MinutesService

        return MinutesService(self.notes, self.seller_profile)

    @cached_property
    def search(self) -> SearchService:
        from desktop.services.search import SearchService

        return SearchService(self.book)

    @cached_property
    def related(self) -> RelatedService:
        from desktop.services.related import RelatedService

        return RelatedService(self.book, self.clock)

    @cached_property
    def reports(self) -> ReportService:
        from desktop.services.reports import ReportService

        return ReportService(self.book, self.clock)

    @cached_property
    def money(self) -> MoneyService:
        from desktop.services.money import MoneyService

        return MoneyService(self.book, self.clock)

    @cached_property
    def calendar(self) -> CalendarService:
        from desktop.services.calendar import CalendarService

        return CalendarService(self.book, self.clock, self.money)

    @cached_property
    def attachments(self) -> AttachmentService:
        from desktop.services.attachments import AttachmentService

        return AttachmentService(self.book, self.clock)

    @classmethod
    def open(cls, path: Path | str, clock: Clock = system_clock, *, create: bool = True,
             read_only_ok: bool = False, passphrase: str | None = None,
             check_later: bool = False, check_alongside: bool = False) -> Services:
        """The book's services; `read_only_ok` opens a damaged book or one on a read-only medium
        read-only instead of refusing it (book.read_only says why); `passphrase` opens a book
        locked with one (BookError ENCRYPTED / WRONG_PASSPHRASE otherwise); `check_later` leaves
        the book's check to `book.check()` (the app, after its window shows), writes refused
        until it passes; `check_alongside` starts that check on a thread at once (a command
        that prints: `book.checked()` before anything read is written or shown)."""
        book = open_book(path, create=create, now=clock(), read_only_ok=read_only_ok,
                         passphrase=passphrase, check_later=check_later or check_alongside)
        if check_alongside:
            book.check_alongside()
        return cls(book, clock)

    def close(self) -> None:
        if "attachments" in self.__dict__:  # built: it may have handed plain copies to viewers
            self.attachments.copies.clear()
        self.book.close()
