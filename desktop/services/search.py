"""Search over companies, contacts, deals and call notes: Chinese of any length, English words,
phone numbers however they were typed. Results grouped by kind, best first, a few per kind."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.engine import Connection

from desktop.domain.search import SEARCH_KINDS, SearchHit, SearchResults
from desktop.services import phones
from desktop.storage import search as index
from desktop.storage.book import Book

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
        """Bring the index up to date with every change since the last search (never on a book
        opened read-only: it is searched as its index stands)."""
        if not self.book.writable:
            return 0
        with self.book.reading() as s:  # the usual case, without taking the write lock
            if index.pending_count(s.connection()) == 0:
                return 0
        with self.book.session() as s:
            return index.sync(s.connection())

    def catch_up(self, batch: int = 1000) -> int:
        """Index everything queued, a batch per transaction, so other writers wait at most one
        batch (the app runs this in the background after start-up). Returns documents indexed.
        Nothing is written to a book opened read-only (damaged, or on a read-only medium)."""
        if not self.book.writable:
            return 0
        done = 0
        while True:
            with self.book.session() as s:
                n = index.sync(s.connection(), limit=batch)
            done += n
            if n < batch:
                return done

    def search(self, query: str, limit: int = 8) -> SearchResults:
        """Hits for `query`, grouped in the order companies, contacts, deals, notes."""
        # A lone surrogate (bytes that were not text, e.g. from a terminal) cannot reach SQLite.
        query = " ".join("".join(c for c in query if not "\ud800" <= c <= "\udfff").split())
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
                    hits = self._hits(conn, kind, ids, words, digits)
                    if hits:
                        groups.append((kind, tuple(hits)))
        return SearchResults(query, tuple(groups))

    def _hits(self, conn: Connection, kind: str, ids: list[int], words: list[str],
              digits: str) -> list[SearchHit]:
        texts = index.indexed_text(conn, kind, ids)
        rows = index.hit_rows(conn, kind, ids)
        hits: dict[int, SearchHit] = {}
        for row_id, r in rows.items():
            title_text, body = texts.get(row_id, ("", ""))
            snip = "" if snippet(title_text, words) else snippet(body, words)
            if kind == "company":
                sub = " · ".join(p for p in (r[2], r[3]) if p)
                hits[row_id] = SearchHit(kind, row_id, r[1], sub, snip, "company", row_id)
            elif kind == "contact":
                sub = " · ".join(p for p in (r[2], r[3]) if p)
                if digits and (digits in r[4] or digits[1:] in r[4]):
                    snip = " ".join(phones.display(p) for p in r[6].split())
                hits[row_id] = SearchHit(kind, row_id, r[1], sub, snip, "contact", row_id)
            elif kind == "deal":
                hits[row_id] = SearchHit(kind, row_id, r[1], r[2], snip, "deal", row_id)
            else:
                where = r[3] or r[2]
                sub = f"{where} · {str(r[4])[:10]}"
                snip = snip or snippet(body, words)
                open_kind, open_id = ("deal", r[5]) if r[5] else ("company", r[6])
                hits[row_id] = SearchHit(kind, row_id, r[1] or where, sub, snip, open_kind, open_id)
        return [hits[i] for i in ids if i in hits]
