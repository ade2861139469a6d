"""All services over one open book, built once by the composition root (app.py or the CLI)."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.clock import Clock, system_clock
from desktop.services.committee import CommitteeService
from desktop.services.deals import DealService
from desktop.services.people import CompanyService, ContactService
from desktop.services.stages import StageService
from desktop.services.today import TodayService
from desktop.storage.book import Book, open_book


class Services:
    """The use cases of one book. Views and commands get this, never the engine."""

    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock
        self.companies = CompanyService(book, clock)
        self.contacts = ContactService(book, clock)
        self.stages = StageService(book, clock)
        self.deals = DealService(book, clock)
        self.committee = CommitteeService(book, clock)
        self.today = TodayService(book, clock, self.deals)

    @classmethod
    def open(cls, path: Path | str, clock: Clock = system_clock, *, create: bool = True) -> Services:
        return cls(open_book(path, create=create, now=clock()), clock)

    def close(self) -> None:
        self.book.close()
