"""What a write changes, by kind of record: the words the UI's bus announces so every view that
shows such records refreshes (desktop/ui/bus.py), declared once beside each service's writes.

    class DealService:
        @writes(DEALS, COMPANIES)
        def save(self, record, new_company=""): ...

`run_op(parent, partial(services.deals.save, record), bus=bus)` then announces DEALS and
COMPANIES after the save worked: views do not guess what a write touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

COMPANIES = "companies"
CONTACTS = "contacts"
DEALS = "deals"
STAGES = "stages"
NOTES = "notes"
PARTNERS = "partners"
SETTINGS = "settings"
MONEY = "money"  # contracts, plans, payments, invoices
ATTACHMENTS = "attachments"
# Everything: a write that replaces the whole book (a restore, a whole-book import, a new lock).
ALL_KINDS = (COMPANIES, CONTACTS, DEALS, STAGES, NOTES, PARTNERS, SETTINGS, MONEY, ATTACHMENTS)

F = TypeVar("F", bound=Callable[..., Any])


def writes(*kinds: str) -> Callable[[F], F]:
    """Declare the kinds of records a service method changes (read by `changes_of`)."""

    def mark(fn: F) -> F:
        fn.changes = frozenset(kinds)  # type: ignore[attr-defined]
        return fn

    return mark


def changes_of(action: Any) -> frozenset[str]:
    """The kinds a write declares: on the method itself, a bound method, or a functools.partial
    of one (a lambda declares nothing: pass `changes=` to run_op then)."""
    while action is not None:
        found = getattr(action, "changes", None)
        if isinstance(found, frozenset):
            return found
        action = getattr(action, "func", None)  # functools.partial
    return frozenset()
