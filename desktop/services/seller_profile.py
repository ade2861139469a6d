"""The seller's own profile (company, solutions, value statements, cases, contact, logo, QR).

One profile per language, so an English deck speaks English; a missing language falls back to
the other one. Saving a profile replaces its cases in the same transaction.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.briefing import SellerProfileRecord, format_solutions
from desktop.domain.clock import Clock, system_clock
from desktop.domain.language import LANGUAGES
from desktop.domain.minutes import Sender
from desktop.storage.book import Book
from desktop.storage.queries.seller_profile import TEXT_FIELDS, live_cases, load_profile
from desktop.storage.tables import SellerCase, SellerProfile


class SellerProfileService:
    """Read and save the seller's profile."""

    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock

    def get(self, language: str) -> SellerProfileRecord:
        with self.book.reading() as session:
            return load_profile(session, language)

    def for_deck(self, language: str) -> SellerProfileRecord:
        """The profile in `language`, or in the other language when that one is empty."""
        with self.book.reading() as session:
            profile = load_profile(session, language)
            if profile.is_empty:
                for other in LANGUAGES:
                    fallback = load_profile(session, other)
                    if not fallback.is_empty:
                        return fallback
            return profile

    def sender(self, language: str) -> Sender:
        """The seller as the sender of minutes and partner updates (from the profile)."""
        p = self.for_deck(language)
        return Sender(p.seller_name, p.seller_title, p.company_name, p.phone, p.email, p.wechat)

    def save(self, profile: SellerProfileRecord) -> SellerProfileRecord:
        """Create or replace the profile of `profile.language` and its cases."""
        if profile.language not in LANGUAGES:
            raise ValueError(f"unknown language {profile.language!r}")
        with self.book.session() as session:
            row = session.get(SellerProfile, profile.language) or SellerProfile(
                language=profile.language
            )
            for f in TEXT_FIELDS:
                setattr(row, f, (getattr(profile, f) or "").strip())
            row.solutions = format_solutions(profile.solutions, profile.language)
            row.value_statements = "\n".join(profile.value_statements)
            row.logo = profile.logo
            row.qr_image = profile.qr_image
            row.updated_at = self.clock()
            session.add(row)
            old = live_cases(session, profile.language)
            for case in old:
                case.deleted_at = self.clock()
                session.add(case)
            for position, case in enumerate(profile.cases):
                session.add(
                    SellerCase(
                        language=profile.language, industry=case.industry.strip(),
                        customer=case.customer.strip(), title=case.title.strip(),
                        challenge=case.challenge.strip(), solution=case.solution.strip(),
                        result=case.result.strip(), position=position,
                    )
                )
            session.flush()
            saved = load_profile(session, profile.language)
        return replace(saved)
