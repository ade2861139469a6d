"""Text that may be stored: no NUL bytes or other control characters.

A NUL inside a name cuts it short in every C library that reads the book (the PDF fonts,
SQLite's own shell, other apps), and control characters are invisible in forms yet break CSV,
vCard and JSON files. Every text field is cleaned before it is stored: NUL and the other C0
controls (and DEL) go, tab and line breaks stay (notes have them).
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """`value` without NUL and the other control characters (tab, LF and CR are kept)."""
    return _CONTROL.sub("", value) if _CONTROL.search(value) else value


def has_control(value: str) -> bool:
    return bool(_CONTROL.search(value))
