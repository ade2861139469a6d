"""Phones: +86 by default, any spacing, other countries with their code."""

from __future__ import annotations

import pytest

from desktop.services import phones


@pytest.mark.parametrize(
    "typed",
    ["13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "0086 13812345678",
     "+8613812345678", "１３８１２３４５６７８"],
)
def test_a_mainland_mobile_typed_any_way_normalises_the_same(typed):
    assert phones.normalise(typed) == "+8613812345678"


def test_landlines_and_foreign_numbers():
    assert phones.normalise("021 5888 1234") == "+862158881234"
    assert phones.normalise("+44 20 7946 0958") == "+442079460958"


@pytest.mark.parametrize(
    "typed",
    ["12", "abc", "+999 1",
     "12345",  # a possible length for a local number, but no number in China looks like it
     "1381234567"],  # a mobile one digit short
)
def test_nonsense_is_refused(typed):
    with pytest.raises(phones.PhoneInvalid):
        phones.normalise(typed)


def test_display_groups_a_mainland_mobile_and_keeps_foreign_ones_international():
    assert phones.display("+8613812345678") == "138 1234 5678"
    assert phones.display("+14155550134") == "+1 415-555-0134"
    assert phones.display("") == ""


@pytest.mark.parametrize(
    ("query", "digits"),
    [("138 1234", "1381234"), ("+86 138 1234 5678", "13812345678"), ("0086138", "138"),
     ("王建国", ""), ("12", "")],
)
def test_search_digits(query, digits):
    assert phones.search_digits(query) == digits
