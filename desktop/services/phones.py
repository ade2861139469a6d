"""Phone numbers: +86 by default, other countries when typed with their code (libphonenumber)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# phonenumbers (about 60 modules) is imported by the functions that parse: a stored mainland
# mobile is shown without it, and start-up does not load it (tests/e2e/test_startup_weight.py).

DEFAULT_REGION = "CN"


class PhoneInvalid(ValueError):
    """The text is not a phone number we can dial."""


def normalise(text: str, region: str = DEFAULT_REGION) -> str:
    """E.164 form of a typed number ("138 1234 5678" → "+8613812345678"); "" stays "".

    Accepts spaces, dashes, brackets, a leading 0086/+86, and full-width digits. The number must
    be one that exists in its country's numbering plan ("12345" or a mobile one digit short is
    refused), not merely of a possible length.
    """
    text = (text or "").strip()
    if not text:
        return ""
    import phonenumbers

    text = text.translate(_FULLWIDTH)
    if text.startswith("00"):
        text = "+" + text[2:]
    number = _valid_number(text, region)
    if number is None:
        raise PhoneInvalid(text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_landline(text: str, region: str = DEFAULT_REGION) -> bool:
    """A fixed line ("021-1234 5678", "0512 6666 8888"), not a mobile: it belongs in Other phone."""
    import phonenumbers

    number = _valid_number((text or "").translate(_FULLWIDTH), region)
    return number is not None and \
        phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE


@lru_cache(maxsize=256)
def _valid_number(text: str, region: str) -> Any:  # noqa: ANN401 - a phonenumbers.PhoneNumber
    """The parsed number when `text` is a valid one, else None. Kept for the last few texts:
    an import asks whether a cell is a landline and then normalises the same cell, and parsing
    and checking a number against its country's plan is most of what either costs."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def display(e164: str, region: str = DEFAULT_REGION) -> str:
    """How a stored number is shown: national style at home ("138 1234 5678"), else international."""
    if not e164 or not e164.startswith("+"):
        return e164 or ""
    if region == "CN" and len(e164) == 14 and e164.startswith("+861") and e164[1:].isdigit():
        # a mainland mobile, as stored: no need to parse (lists show thousands of these)
        return f"{e164[3:6]} {e164[6:10]} {e164[10:]}"
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        national = str(number.national_number)
        if len(national) == 11 and national.startswith("1"):  # mainland mobile: 3-4-4
            return f"{national[:3]} {national[3:7]} {national[7:]}"
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def search_digits(query: str) -> str:
    """The digits to look for when a query looks like a phone number, else ""."""
    text = query.strip().translate(_FULLWIDTH)
    stripped = "".join(ch for ch in text if ch not in " -()+.")
    if len(stripped) < 3 or not stripped.isdigit():
        return ""
    if stripped.startswith("0086"):
        stripped = stripped[4:]
    elif text.startswith("+86") or (stripped.startswith("86") and len(stripped) == 13):
        stripped = stripped[2:]
    return stripped


_FULLWIDTH = str.maketrans("０１２３４５６７８９＋－（）　", "0123456789+-() ")
