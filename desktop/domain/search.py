"""Search results: hits grouped by kind, each saying what to open when it is chosen."""

from __future__ import annotations

from dataclasses import dataclass, field

SEARCH_KINDS: tuple[str, ...] = ("company", "contact", "deal", "note")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # company | contact | deal | note
    id: int
    title: str
    subtitle: str = ""  # company of a contact, company of a deal, deal/company and date of a note
    snippet: str = ""  # the matched text in context
    open_kind: str = ""  # what to show when chosen (a note opens its deal, or its company)
    open_id: int = 0


@dataclass(frozen=True)
class SearchResults:
    query: str
    groups: tuple[tuple[str, tuple[SearchHit, ...]], ...] = field(default=())  # (kind, hits)

    @property
    def hits(self) -> tuple[SearchHit, ...]:
        return tuple(h for _, hits in self.groups for h in hits)

    def of(self, kind: str) -> tuple[SearchHit, ...]:
        return next((hits for k, hits in self.groups if k == kind), ())
