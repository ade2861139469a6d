"""Field rules for companies and contacts; errors are codes the UI puts in plain words."""

from __future__ import annotations

import re

from desktop.domain.errors import FieldError
from desktop.domain.people import TIERS
from desktop.services import phones

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
URL_RE = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)

# English text for each code, used by the CLI; the GUI has translated ones in desktop/ui/messages.py.
CLI_TEXT = {
    "required": "is required",
    "email_invalid": "is not an email address (expected name@example.com)",
    "phone_invalid": "is not a phone number (for a mainland mobile type 11 digits, "
    "for another country start with + and its code)",
    "tier_invalid": "must be S, A, B or C",
    "website_invalid": "is not a web address (expected example.com)",
    "company_missing": "names a company that is not in the book",
    "too_long": "is too long",
}


def check_email(value: str, field: str = "email") -> list[FieldError]:
    if value and not EMAIL_RE.match(value):
        return [FieldError(field, "email_invalid", value)]
    return []


def check_phone(value: str, field: str) -> tuple[str, list[FieldError]]:
    """(normalised value, errors)."""
    try:
        return phones.normalise(value), []
    except phones.PhoneInvalid:
        return value, [FieldError(field, "phone_invalid", value)]


def check_required(value: str, field: str) -> list[FieldError]:
    return [] if value.strip() else [FieldError(field, "required")]


def check_tier(value: str) -> list[FieldError]:
    return [] if value in TIERS else [FieldError("tier", "tier_invalid", value)]


def check_website(value: str) -> list[FieldError]:
    if value and not URL_RE.match(value.strip()):
        return [FieldError("website", "website_invalid", value)]
    return []
