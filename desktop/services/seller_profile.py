"""The seller's own profile (company, solutions, value statements, cases, contact, logo, QR).

One profile per language, so an English deck speaks English; a missing language falls back to
the other one. Saving a profile replaces its cases in the same transaction.
"""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session, select

from desktop.domain.briefing import SellerCaseRecord, SellerProfileRecord, Solution, split_lines
from desktop.domain.clock import Clock, system_clock
from desktop.domain.language import LANGUAGES, pick
from desktop.domain.minutes import Sender
from desktop.domain.visit_prep import industry_tags
from desktop.storage.book import Book
from desktop.storage.tables import SellerCase, SellerProfile

TEXT_FIELDS = (
    "company_name", "tagline", "about", "seller_name", "seller_title", "phone", "email",
    "wechat", "wechat_qr_text", "website", "address",
)
SOLUTION_SEPARATORS = ("：", ":", " — ", " - ")


def parse_solutions(text: str) -> tuple[Solution, ...]:
    """Lines "name：description" (or "name: description") as solutions; a line may start with
    the industries it is for: "[制造业, 汽车] name：description"."""
    out = []
    for line in split_lines(text):
        tags, line = industry_tags(line)
        for sep in SOLUTION_SEPARATORS:
            if sep in line:
                name, description = line.split(sep, 1)
                out.append(Solution(name.strip(), description.strip(), tags))
                break
        else:
            out.append(Solution(line, "", tags))
    return tuple(out)


def format_solutions(solutions: tuple[Solution, ...], language: str) -> str:
    sep = pick(language, ": ", "：")
    comma = pick(language, ", ", "，")
    return "\n".join((f"[{comma.join(s.industries)}] " if s.industries else "")
                     + (f"{s.name}{sep}{s.description}" if s.description else s.name)
                     for s in solutions)


def _case_record(row: SellerCase) -> SellerCaseRecord:
    return SellerCaseRecord(
        id=row.id, language=row.language, industry=row.industry, customer=row.customer,
        title=row.title, challenge=row.challenge, solution=row.solution, result=row.result,
        position=row.position,
    )


def load_profile(session: Session, language: str) -> SellerProfileRecord:
    """The profile in `language` (empty record when the seller has not written one)."""
    row = session.get(SellerProfile, language)
    cases = session.exec(
        select(SellerCase)
        .where(SellerCase.language == language, SellerCase.deleted_at.is_(None))
        .order_by(SellerCase.position, SellerCase.id)
    ).all()
    if row is None:
        return SellerProfileRecord(language=language, cases=tuple(_case_record(c) for c in cases))
    return SellerProfileRecord(
        language=language,
        **{f: getattr(row, f) or "" for f in TEXT_FIELDS},
        solutions=parse_solutions(row.solutions),
        value_statements=split_lines(row.value_statements),
        logo=row.logo or None,
        qr_image=row.qr_image or None,
        cases=tuple(_case_record(c) for c in cases),
    )


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
            old = session.exec(
                select(SellerCase).where(
                    SellerCase.language == profile.language, SellerCase.deleted_at.is_(None)
                )
            ).all()
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
