"""The errors every layer shares: a record that is not there, and input that cannot be saved.

Services raise them, the UI words them (`desktop/ui/messages.py`), the CLI prints them in English.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class NotFound(LookupError):
    """The record does not exist (or was deleted)."""


@dataclass(frozen=True)
class FieldError:
    """A form field that cannot be saved as typed, with a code the UI turns into plain words."""

    field: str
    code: str
    detail: str = ""


@dataclass
class ValidationFailed(Exception):
    """Raised by a service when a record cannot be saved; nothing was written."""

    errors: list[FieldError] = field(default_factory=list)

    def __str__(self) -> str:
        return "; ".join(f"{e.field}: {e.code}" for e in self.errors)
