"""A record page's related lists: a company's contacts and deals, a person's deals (roles and
stance on each), and one activity timeline newest first — call notes, visits, stage changes,
next steps and partner updates, each naming what it opens. One read per page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, time
from typing import Any

from sqlmodel import Session

from desktop.domain.clock import Clock, system_clock
from desktop.domain.related import (
    Activity,
    ActivityKind,
    Related,
    RelatedContact,
    RelatedDeal,
    newest_first,
    open_deals_first,
)
from desktop.storage.book import Book
from desktop.storage.queries import get_live, related
from desktop.storage.tables import Company, Contact

CLOSED_KINDS = ("won", "lost")


def _deal(row: Any, roles: Sequence[tuple[str, str]] = (), stance: str = "") -> RelatedDeal:
    deal_id, title, company, stage_en, stage_zh, kind, amount, currency = row[:8]
    return RelatedDeal(deal_id, title, company, stage_en, stage_zh, kind not in CLOSED_KINDS,
                       amount, currency, tuple(r[0] for r in roles), tuple(r[1] for r in roles),
                       stance)


class RelatedService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book, self.clock = book, clock

    def for_company(self, company_id: int) -> Related:
        """Its contacts, its deals (open first) and its timeline. Raises NotFound."""
        with self.book.reading() as s:
            get_live(s, Company, company_id)
            contacts = tuple(RelatedContact(*r) for r in related.company_contacts(s, company_id))
            deals = [_deal(r) for r in related.company_deals(s, company_id)]
            ids = [d.id for d in deals]
            activity = self._timeline(s, related.notes_of_company(s, company_id), ids)
            activity += self._partner_updates(related.partner_updates_to(s, referred_deal_ids=ids))
        return Related(contacts, open_deals_first(deals), newest_first(activity))

    def for_contact(self, contact_id: int) -> Related:
        """The deals whose committee the person sits on (roles, stance) and their timeline:
        meetings they attended, visits they were at, and what happened on their deals."""
        with self.book.reading() as s:
            get_live(s, Contact, contact_id)
            rows = related.contact_deals(s, contact_id)
            roles: dict[int, list[tuple[str, str]]] = defaultdict(list)
            for stakeholder_id, en, zh in related.stakeholder_roles(s, [r[8] for r in rows]):
                roles[stakeholder_id].append((en, zh))
            deals = [_deal(r, roles[r[8]], r[9]) for r in rows]
            ids = [d.id for d in deals]
            activity = self._timeline(s, related.notes_attended(s, contact_id), ids,
                                      attendee=contact_id)
            activity += self._partner_updates(related.partner_updates_to(s, contact_id=contact_id))
        return Related((), open_deals_first(deals), newest_first(activity))

    def _timeline(self, s: Session, notes: Sequence[Any], deal_ids: list[int],
                  attendee: int | None = None) -> list[Activity]:
        now = self.clock()
        items = [
            Activity(when, ActivityKind.CALL_NOTE, deal_title or "", goal or kind,
                     ("note", note_id))
            for note_id, when, kind, goal, _deal_id, deal_title in notes
        ]
        for visit_id, planned, place, goal, people, _deal_id, title in related.visits_of(s, deal_ids):
            if attendee is not None and str(attendee) not in people.split(","):
                continue
            text = " · ".join(p for p in (goal, place) if p)
            items.append(Activity(planned, ActivityKind.VISIT, title, text, ("visit", visit_id),
                                  done=planned <= now))
        for deal_id, title, when, _from, to_en, to_zh, comment in related.stage_changes_of(s, deal_ids):
            items.append(Activity(when, ActivityKind.STAGE_CHANGE, title, comment, ("deal", deal_id),
                                  stage_en=to_en, stage_zh=to_zh))
        for step_id, _deal_id, title, text, owner, due, done_at, created in \
                related.next_steps_of(s, deal_ids):
            when = done_at or (datetime.combine(due, time()) if due else created)
            shown = f"{text} ({owner})" if owner else text
            items.append(Activity(when, ActivityKind.NEXT_STEP, title, shown,
                                  ("next_step", step_id), done=done_at is not None))
        return items

    @staticmethod
    def _partner_updates(rows: Sequence[Any]) -> list[Activity]:
        return [Activity(sent, ActivityKind.PARTNER_UPDATE, name, "", ("partner", partner_id))
                for partner_id, name, sent in rows]
