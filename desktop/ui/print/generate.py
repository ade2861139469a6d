"""Making a document's PDF bytes from the book (runs on a worker thread, no Qt here).

Every maker takes (services, deal_id, language, note_id); only the minutes use the note: the
deal's latest call note when none is given.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.domain.briefing import RenderedDocument
from desktop.services.container import Services

BRIEF = "brief"
DECK = "deck"
MINUTES = "minutes"
WEEK_BRIEFS = "briefs"  # the briefs of every visit in the next seven days, one PDF


class NoNotes(LookupError):
    """The deal has no call note to make minutes of."""


class NoVisits(LookupError):
    """No visit is planned in the next seven days: no briefs to print."""


def week_briefs(services: Services, deal_id: int, language: str,
                note_id: int | None = None) -> bytes:
    """The brief of each visit planned from today for seven days, in visit order (as
    `dealbrief briefs --week`); `deal_id` is not used."""
    from desktop.documents.visit_brief import VisitBrief

    visits = services.briefing.week_ahead()
    if not visits:
        raise NoVisits()
    return VisitBrief([services.briefing.visit_brief(v.deal_id, language, visit_id=v.visit_id)
                       for v in visits]).render()


def visit_brief(services: Services, deal_id: int, language: str, note_id: int | None = None) -> bytes:
    from desktop.documents.visit_brief import VisitBrief

    return VisitBrief(services.briefing.visit_brief(deal_id, language)).render()


def first_call_deck(services: Services, deal_id: int, language: str,
                    note_id: int | None = None, include: frozenset[str] = frozenset(),
                    ) -> RenderedDocument:
    """The deck and what it cut or left out (the preview tells the seller): what it kept off
    the slides because it names a person first, then what the layout shortened or had no room
    for. `include` holds the person lines the seller chose to show all the same."""
    from desktop.documents.first_call_deck import render_deck

    data = services.briefing.deck(deal_id, language, include)
    rendered = render_deck(data)
    return RenderedDocument(rendered.pdf, data.withheld + tuple(rendered.left_out))


def minutes(services: Services, deal_id: int, language: str, note_id: int | None = None) -> bytes:
    """The minutes of `note_id` (or of the deal's latest note), from the minutes builder; the
    seller's own name (seller profile) as our side."""
    from desktop.documents.minutes import write_minutes_pdf

    if note_id is None:
        notes = services.notes.list(deal_id=deal_id)
        if not notes:
            raise NoNotes(str(deal_id))
        note_id = notes[0].id
    seller = services.seller_profile.for_deck(language).seller_name.strip()
    record = services.minutes.build(note_id, language, (seller,) if seller else ())
    return write_minutes_pdf(record)


# Document kinds the deal page offers.
MAKERS: dict[str, Callable[[Services, int, str, int | None], bytes | RenderedDocument]] = {
    BRIEF: visit_brief,
    DECK: first_call_deck,
    MINUTES: minutes,
    WEEK_BRIEFS: week_briefs,
}


def make(kind: str, services: Services, deal_id: int, language: str,
         note_id: int | None = None, include: frozenset[str] = frozenset()) -> RenderedDocument:
    """The document's PDF and what it left out (one structure for every document); `include`:
    lines about a named person the seller chose to show on the deck."""
    if kind == DECK:
        return first_call_deck(services, deal_id, language, note_id, include)
    made = MAKERS[kind](services, deal_id, language, note_id)
    return made if isinstance(made, RenderedDocument) else RenderedDocument(made)
