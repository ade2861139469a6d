"""CSV cells a spreadsheet cannot run: the one rule for every CSV the app writes (and reads back).

Excel, LibreOffice and WPS treat a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return as a formula; a contact named `=HYPERLINK(...)` or `@SUM(...)|cmd` would run when the seller
opens the export. As OWASP recommends ("CSV Injection"), such a cell is written with a leading
apostrophe, which makes it text.

Phone numbers stay as they are: a cell made only of a leading `+`, digits, spaces, dashes, dots
and brackets (e.g. `+86 138 0013 8000`, `+1 415-555-0100`) holds no function, reference or
command, so a spreadsheet can do nothing with it but show it (or, at worst, add the digits). An
apostrophe there would be shown by Excel when it opens a CSV — it hides the apostrophe only
when one is typed into a cell — and phone numbers are what a seller reads most in this file.

Reading a CSV back removes exactly one leading apostrophe in front of those characters, and the
writer adds one in front of a value that already starts with apostrophes and then one of them, so
export → import gives back every value unchanged.
"""

from __future__ import annotations

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"\+[0-9][0-9 ()\-.]*")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")
_NEEDS = re.compile(r"'*[=+\-@\t\r]")


def is_phone_like(value: str) -> bool:
    """A `+` number with at least five digits and nothing a spreadsheet could run."""
    return bool(_PHONE.fullmatch(value)) and sum(c.isdigit() for c in value) >= 5


def neutralise(value: str) -> str:
    """The cell as written to a CSV file: text a spreadsheet will not run as a formula."""
    if not value or is_phone_like(value) or not _NEEDS.match(value):
        return value
    return "'" + value


def restore(value: str) -> str:
    """The value a neutralised cell stood for (one apostrophe before a trigger removed)."""
    return value[1:] if _NEUTRALISED.match(value) else value
