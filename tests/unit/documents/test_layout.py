"""Every document, zh and en, for the demo deals and a deal with 3× the typical content, through
the layout checker (tests/documents_checker.py): no overprint, nothing outside the page or its
frame, nothing on a slide below the type scale's minimum, no page count over the limit, no Latin
word broken mid-word, no character printed as a box."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.documents.first_call_deck import FirstCallDeck
from desktop.documents.minutes import write_minutes_pdf
from desktop.documents.partner_update import render_update
from desktop.documents.visit_brief import VisitBrief
from desktop.storage.tables import CallNote, Deal
from tests.documents_checker import MM, Limits, problems
from tests.printing_data import add_full_deal, add_heavy_deal, heavy_vocabulary

BRIEF_FRAME = (16 * MM, 20 * MM, 16 * MM, 18 * MM)
DECK_FRAME = (24 * MM, 24 * MM, 24 * MM, 22 * MM)
MINUTES_FRAME = (18 * MM, 20 * MM, 18 * MM, 16 * MM)
UPDATE_FRAME = (16 * MM, 20 * MM, 16 * MM, 16 * MM)
DECK_MIN_BODY = 18.0


def documents(services, deal_id: int, language: str, heavy: bool) -> dict[str, tuple[bytes, Limits]]:
    """The four documents of a deal with the limits each must keep to."""
    vocabulary = heavy_vocabulary()
    with services.book.reading() as s:
        note = s.exec(select(CallNote.id).where(CallNote.deal_id == deal_id)
                      .order_by(CallNote.occurred_at.desc())).first()
        partner = s.get(Deal, deal_id).referrer_id
    out = {
        "brief": (VisitBrief(services.briefing.visit_brief(deal_id, language)).render(),
                  Limits(3 if heavy else 2, BRIEF_FRAME, vocabulary=vocabulary)),
        "deck": (FirstCallDeck(services.briefing.deck(deal_id, language)).render(),
                 Limits(24, DECK_FRAME, min_size=DECK_MIN_BODY, vocabulary=vocabulary)),
    }
    if note is not None:
        minutes = services.minutes.build(note, language, ("刘晓峰",))
        out["minutes"] = (write_minutes_pdf(minutes),
                          Limits(4 if heavy else 2, MINUTES_FRAME, vocabulary=vocabulary))
    if partner is not None:
        update = services.partner_updates.build(partner, language)
        out["partner update"] = (render_update(update),
                                 Limits(2, UPDATE_FRAME, vocabulary=vocabulary))
    return out


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{doc}: {p}" for doc, ps in found.items() for p in ps[:12])


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_deal_with_three_times_the_content_prints_to_standard(services, language):
    ids = add_heavy_deal(services)
    found = {doc: problems(pdf, limits)
             for doc, (pdf, limits) in documents(services, ids.deal, language, True).items()}
    assert not any(found.values()), report(found)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_typical_deal_prints_to_standard(services, language):
    ids = add_full_deal(services)
    found = {doc: problems(pdf, limits)
             for doc, (pdf, limits) in documents(services, ids.deal, language, False).items()}
    assert not any(found.values()), report(found)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_demo_deals_print_to_standard(demo_services, language):
    with demo_services.book.reading() as s:
        deal_ids = list(s.exec(select(Deal.id).where(Deal.deleted_at.is_(None))
                               .order_by(Deal.id)))[:3]
    found: dict[str, list[str]] = {}
    for deal_id in deal_ids:
        for doc, (pdf, limits) in documents(demo_services, deal_id, language, False).items():
            found[f"deal {deal_id} {doc}"] = problems(pdf, limits)
    assert not any(found.values()), report(found)

