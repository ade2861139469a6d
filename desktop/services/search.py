"""Search over companies, contacts, deals and call notes: Chinese of any length, English words,
phone numbers however they were typed. Results grouped by kind, best first, a few per kind."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.engine import Connection
from sqlmodel import Session, select

from desktop.domain.search import SEARCH_KINDS, SearchHit, SearchResults
from desktop.services import phones
from desktop.storage import search as index
from desktop.storage.book import Book
from desktop.storage.tables import CallNote, Company, Contact, Deal

SNIPPET_SIDE = 24


def snippet(text: str, words: Sequence[str], side: int = SNIPPET_SIDE) -> str:
    """A line of `text` around the first of `words` found (case-insensitive), else ""."""
    flat = " ".join(text.split())
    low = flat.lower()
    spots = [i for i in (low.find(w.lower()) for w in words if w) if i >= 0]
    if not spots:
        return ""
    at = min(spots)
    start, end = max(0, at - side), min(len(flat), at + side * 2)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


class SearchService:
    def __init__(self, book: Book) -> None:
        self.book = book

    def sync(self) -> int:
        """Bring the index up to date with every change since the last search."""
        with self.book.session() as s:
            conn = s.connection()
            if index.pending_count(conn) == 0:
                return 0
            return index.sync(conn)

    def search(self, query: str, limit: int = 8) -> SearchResults:
        """Hits for `query`, grouped in the order companies, contacts, deals, notes."""
        query = " ".join(query.split())
        if not query:
            return SearchResults(query)
        self.sync()
        digits = phones.search_digits(query)
        words = query.split()
        groups = []
        with self.book.reading() as s:
            conn = s.connection()
            for kind in SEARCH_KINDS:
                ids = [i for i, _ in index.match(conn, query, kind, limit)]
                if kind == "contact" and digits:
                    phone_ids = index.phone_matches(conn, digits, limit)
                    if not phone_ids and digits.startswith("0") and len(digits) > 4:
                        phone_ids = index.phone_matches(conn, digits[1:], limit)  # 021… landline
                    ids = phone_ids + [i for i in ids if i not in phone_ids]
                    ids = ids[:limit]
                if ids:
                    hits = self._hits(s, conn, kind, ids, words, digits)
                    if hits:
                        groups.append((kind, tuple(hits)))
        return SearchResults(query, tuple(groups))

    def _hits(self, s: Session, conn: Connection, kind: str, ids: list[int], words: list[str],
              digits: str) -> list[SearchHit]:
        texts = index.indexed_text(conn, kind, ids)
        hits: dict[int, SearchHit] = {}

        def snip(row_id: int) -> str:
            title, body = texts.get(row_id, ("", ""))
            return snippet(body, words) if not snippet(title, words) else ""

        if kind == "company":
            for c in s.exec(select(Company).where(Company.id.in_(ids))):
                sub = " · ".join(p for p in (c.industry, c.region) if p)
                hits[c.id] = SearchHit("company", c.id, c.name, sub, snip(c.id), "company", c.id)
        elif kind == "contact":
            for c, company in s.exec(
                select(Contact, Company.name).outerjoin(Company, Company.id == Contact.company_id)
                .where(Contact.id.in_(ids))
            ):
                sub = " · ".join(p for p in (company or "", c.title) if p)
                text = snip(c.id)
                if digits and (digits in c.phone_digits or digits[1:] in c.phone_digits):
                    text = " ".join(phones.display(p) for p in (c.mobile, c.other_phone) if p)
                hits[c.id] = SearchHit("contact", c.id, c.name, sub, text, "contact", c.id)
        elif kind == "deal":
            for d, company in s.exec(
                select(Deal, Company.name).join(Company, Company.id == Deal.company_id)
                .where(Deal.id.in_(ids))
            ):
                hits[d.id] = SearchHit("deal", d.id, d.title, company, snip(d.id), "deal", d.id)
        else:
            for n, company in s.exec(
                select(CallNote, Company.name).join(Company, Company.id == CallNote.company_id)
                .where(CallNote.id.in_(ids))
            ):
                deal = s.get(Deal, n.deal_id) if n.deal_id else None
                deal = deal if deal is not None and deal.deleted_at is None else None
                where = deal.title if deal else company
                sub = f"{where} · {n.occurred_at:%Y-%m-%d}"
                title = n.goal or where
                text = snip(n.id) or snippet(texts.get(n.id, ("", ""))[1], words)
                open_kind, open_id = ("deal", deal.id) if deal else ("company", n.company_id)
                hits[n.id] = SearchHit("note", n.id, title, sub, text, open_kind, open_id)
        return [hits[i] for i in ids if i in hits]
