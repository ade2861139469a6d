"""How every list filter compares what a seller typed with a record's text: both folded to
lower case across all of Unicode ("Åberg" and "åberg", "ÉCOLE" and "école", "ОЛЬГА" and
"ольга" are one). The filters that run in Python (ui/models.filter_words, a card's or a row's
filter text) and those the book runs (SQL `dealbrief_fold`, storage/functions.py) use this one
function, so a word finds the same records in a small book as in a large one.

It is `str.lower`, not `str.casefold`: "STRASSE" does not find "Straße" on either side."""

from __future__ import annotations


def fold(text: str) -> str:
    """`text` as the filters compare it."""
    return text.lower()
