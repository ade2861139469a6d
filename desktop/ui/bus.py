"""The app-level change broadcast (Anki's operation_did_execute) and navigation requests.

After a write, the view that made it announces what kinds of records changed; every view that
shows such records refreshes itself. Views never reach into each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# What can change (declared in domain/changes.py, beside the services' writes); views subscribe
# to the kinds they show.
from desktop.domain.changes import (
    ATTACHMENTS,
    COMPANIES,
    CONTACTS,
    DEALS,
    MONEY,
    NOTES,
    PARTNERS,
    SETTINGS,
    STAGES,
)

__all__ = [
    "ATTACHMENTS", "COMPANIES", "CONTACTS", "DEALS", "MONEY", "NOTES", "PARTNERS", "SETTINGS", "STAGES", "Bus",
]


class Bus(QObject):
    """changed(kinds) after a write; open_requested(kind, id) to show a record anywhere."""

    changed = Signal(object)  # frozenset[str]
    open_requested = Signal(str, int)  # record kind ("contact", "company", "deal"...), id

    def announce(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds))

    def open(self, kind: str, record_id: int) -> None:
        self.open_requested.emit(kind, record_id)
