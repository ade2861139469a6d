"""Reading the seller's profile (one per language) with its cases."""

from __future__ import annotations

from sqlmodel import Session, select

from desktop.domain.briefing import SellerCaseRecord, SellerProfileRecord, parse_solutions, split_lines
from desktop.storage.queries import live
from desktop.storage.tables import SellerCase, SellerProfile

TEXT_FIELDS = (
    "company_name", "tagline", "about", "seller_name", "seller_title", "phone", "email",
    "wechat", "wechat_qr_text", "website", "address",
)


def case_record(row: SellerCase) -> SellerCaseRecord:
    return SellerCaseRecord(
        id=row.id, language=row.language, industry=row.industry, customer=row.customer,
        title=row.title, challenge=row.challenge, solution=row.solution, result=row.result,
        position=row.position,
    )


def load_profile(session: Session, language: str) -> SellerProfileRecord:
    """The profile in `language` (empty record when the seller has not written one)."""
    row = session.get(SellerProfile, language)
    cases = live_cases(session, language)
    if row is None:
        return SellerProfileRecord(language=language, cases=tuple(case_record(c) for c in cases))
    return SellerProfileRecord(
        language=language,
        **{f: getattr(row, f) or "" for f in TEXT_FIELDS},
        solutions=parse_solutions(row.solutions),
        value_statements=split_lines(row.value_statements),
        logo=row.logo or None,
        qr_image=row.qr_image or None,
        cases=tuple(case_record(c) for c in cases),
    )


def live_cases(session: Session, language: str) -> list[SellerCase]:
    """The profile's cases in `language`, in the seller's order (ORM rows)."""
    return list(session.exec(live(select(SellerCase), SellerCase).where(SellerCase.language == language)
                             .order_by(SellerCase.position, SellerCase.id)).all())
