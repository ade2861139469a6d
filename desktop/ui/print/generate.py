"""Making a document's PDF bytes from the book (runs on a worker thread, no Qt here)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.services.container import Services

BRIEF = "brief"
DECK = "deck"


def visit_brief(services: Services, deal_id: int, language: str) -> bytes:
    from desktop.documents.visit_brief import VisitBrief

    return VisitBrief(services.briefing.visit_brief(deal_id, language)).render()


def first_call_deck(services: Services, deal_id: int, language: str) -> bytes:
    from desktop.documents.first_call_deck import FirstCallDeck

    return FirstCallDeck(services.briefing.deck(deal_id, language)).render()


# Document kinds the deal page offers; the minutes add themselves here the same way.
MAKERS: dict[str, Callable[[Services, int, str], bytes]] = {
    BRIEF: visit_brief,
    DECK: first_call_deck,
}


def make(kind: str, services: Services, deal_id: int, language: str) -> bytes:
    return MAKERS[kind](services, deal_id, language)
