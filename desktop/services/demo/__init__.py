"""The demo book: a realistic bilingual week of a seller, for trying the app and for screenshots.

Each feature adds its part in `fill_demo`; the data itself lives in resources/data/demo/.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.resources import resource
from desktop.services.container import Services


def load_demo_data(name: str) -> Any:
    with resource("data", "demo", name).open(encoding="utf-8") as fh:
        return json.load(fh)


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, n: int) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + n


class DemoAlreadyPresent(RuntimeError):
    """The book already holds the demo."""


def fill_demo(services: Services) -> DemoSummary:
    """Add the demo to the book (refuses a second time: the demo is added once).

    All or nothing: every part is written in one transaction, so a crash or a full disk leaves
    no half demo."""
    from desktop.services.demo import deals, notes, partners, people, profile, reports_year
    from desktop.services.demo import money as demo_money

    summary = DemoSummary()
    with services.book.all_or_nothing():
        if people.is_present(services):
            raise DemoAlreadyPresent()
        ids = people.add(services, summary)
        deals.add(services, ids, summary)
        notes.add(services, ids, summary)
        partners.add(services, ids, summary)
        profile.add(services, ids, summary)
        demo_money.add(services, ids, summary)
        reports_year.add(services, ids, summary)
        # Each later feature adds its part here, in order: module.add(services, ids, summary).
    return summary
