"""Whole-book JSON import checks every value before writing (issue 13, case 7).

Each hostile value is refused with the table, the row and the column, the book stays empty, and
a seeded fuzz of values never leaves a book that breaks a command afterwards.
"""

from __future__ import annotations

import copy
import json
import random
import re
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.importing import ImportUnreadable
from desktop.services.container import Services
from desktop.services.importing.book_json import read_book_json
from desktop.services.importing.book_values import BookJsonInvalid
from tests.fault.figures import record

SEED = 20261213


@pytest.fixture
def exported(demo_services: Services) -> dict:
    return demo_services.exporting.book_data()


def first(data: dict, table: str) -> dict:
    return data["tables"][table][0]


HOSTILE = [
    ("deal", "amount", "一百万", "not_integer"),
    ("stage", "kind", "evil", "not_allowed"),
    ("deal", "amount", 10**30, "out_of_range"),
    ("deal", "amount", 2**63, "out_of_range"),
    ("deal", "amount", -5, "out_of_range"),
    ("deal", "title", ["a", "list"], "not_scalar"),
    ("deal", "title", {"an": "object"}, "not_scalar"),
    ("next_step", "agreed", "yes", "not_boolean"),
    ("next_step", "agreed", 1, "not_boolean"),
    ("deal", "probability_override", 500, "out_of_range"),
    ("stage", "probability", -1, "out_of_range"),
    ("deal", "expected_close", "next week", "not_date"),
    ("deal", "created_at", "yesterday", "not_datetime"),
    ("deal", "created_at", 12, "not_datetime"),
    ("stakeholder", "stance", "friend", "not_allowed"),
    ("contact", "name", 42, "not_text"),
    ("contact", "name", None, "required"),
    ("partner", "finder_fee_value", "5%", "not_number"),
    ("partner", "finder_fee_value", True, "not_number"),
    ("deal", "id", 1.5, "not_integer"),
]


@pytest.mark.parametrize(("table", "column", "value", "code"), HOSTILE,
                         ids=[f"{t}.{c}={v!r}"[:40] for t, c, v, _ in HOSTILE])
def test_a_value_that_does_not_fit_is_refused_with_table_row_and_column(
        exported: dict, table: str, column: str, value: object, code: str) -> None:
    data = copy.deepcopy(exported)
    assert data["tables"][table], f"the demo book has no {table}"
    data["tables"][table][-1][column] = value
    with pytest.raises(BookJsonInvalid) as caught:
        read_book_json(json.dumps(data, ensure_ascii=False).encode())
    problem = caught.value.problems[0]
    assert (problem.table, problem.column, problem.code) == (table, column, code)
    assert problem.index == len(data["tables"][table])
    record("book JSON hostile values refused", 1)


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(exported: dict, text: str) -> None:
    raw, count = re.subn(r'"finder_fee_value": [0-9.eE+-]+', f'"finder_fee_value": {text}',
                         json.dumps(exported, ensure_ascii=False), count=1)
    assert count == 1
    with pytest.raises(ImportUnreadable):
        read_book_json(raw.encode())


def test_bad_base64_is_refused_not_an_empty_logo(demo_services: Services) -> None:
    data = demo_services.exporting.book_data()
    profile = data["tables"]["seller_profile"]
    assert profile
    binary = [c for c, v in profile[0].items() if isinstance(v, dict) or c in ("logo", "qr_code", "wechat_qr")]
    column = binary[0] if binary else "logo"
    profile[0][column] = {"base64": "not*base64!"}
    with pytest.raises(BookJsonInvalid) as caught:
        read_book_json(json.dumps(data, ensure_ascii=False).encode())
    assert caught.value.problems[0].code == "not_base64"


def test_deep_nesting_and_huge_numbers_are_refused_plainly(exported: dict) -> None:
    deep = json.dumps(exported)[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(ImportUnreadable):
        read_book_json(deep.encode())
    huge = json.dumps(exported).replace('"format_version": 1', '"format_version": 1' + "0" * 5000, 1)
    with pytest.raises(ImportUnreadable):
        read_book_json(huge.encode())


def test_the_cli_refuses_and_writes_nothing(exported: dict, tmp_path: Path, capsys) -> None:
    data = copy.deepcopy(exported)
    data["tables"]["deal"][1]["amount"] = "一百万"
    data["tables"]["stage"][0]["kind"] = "evil"
    path = tmp_path / "book.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "new.dealbrief"
    assert main(["--book", str(target), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Nothing was changed" in err and "Traceback" not in err
    assert "table stage, row 1" in err and "column kind" in err and "'open'" in err
    deal_id = data["tables"]["deal"][1]["id"]
    assert f"table deal, row 2 (id {deal_id}), column amount: \"一百万\" is not a whole number" in err
    check = Services.open(target, create=False)
    try:
        assert check.importing.book_is_empty() and check.contacts.list() == []
    finally:
        check.close()


def mutate(value: object, rng: random.Random) -> object:
    return rng.choice([
        None, "", "文本", "evil", -1, 0, 101, 2**63, 10**30, 1.5, True, False, [], {}, [1], {"a": 1},
        "2026-13-45", "2026-11-20", "2026-11-20T09:30:00", {"base64": "@@"}, "\x00", value,
    ])


@pytest.mark.slow
def test_fuzzed_values_are_refused_or_give_a_book_every_command_can_read(
        exported: dict, tmp_path: Path, clock) -> None:
    rng = random.Random(SEED)
    tried = refused = imported = 0
    for attempt in range(60):
        data = copy.deepcopy(exported)
        for _ in range(rng.randint(1, 3)):
            table = rng.choice([t for t, rows in data["tables"].items() if rows])
            row = rng.choice(data["tables"][table])
            column = rng.choice(list(row))
            row[column] = mutate(row[column], rng)
        tried += 1
        try:
            export = read_book_json(json.dumps(data, ensure_ascii=False).encode())
        except ImportUnreadable as exc:
            refused += 1
            assert exc.detail
            continue
        book = Services.open(tmp_path / f"fuzz{attempt}.dealbrief", clock)
        try:
            try:
                book.importing.apply_book(export)
            except ImportUnreadable:  # a link to a row the file does not hold: refused, nothing written
                refused += 1
                assert book.importing.book_is_empty()
                continue
            imported += 1
            book.contacts.list()
            book.companies.list()
            for deal in book.deals.list():
                book.deals.overview(deal.id)
            book.today.agenda()
            book.search.search("张")
        finally:
            book.close()
    record("book JSON fuzzed files tried", tried)
    record("book JSON fuzzed files refused", refused)
    record("book JSON fuzzed files imported and read back", imported)
    assert refused
