"""The data commands as a seller types them: import, export, backup, restore, and the one-writer rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage.lock import BookLock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def names(book: Path) -> list[str]:
    if not book.exists():  # a dry run leaves a missing book missing
        return []
    s = Services.open(book, create=False)
    try:
        return sorted(c.name for c in s.contacts.list())
    finally:
        s.close()


def test_import_dry_run_changes_nothing(book_path: Path, capsys) -> None:
    assert main(["--book", str(book_path), "import", str(FIXTURES / "contacts_gbk.csv"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "row 2: create 陈静 (北方重工集团)" in out and "Dry run, nothing changed" in out
    assert names(book_path) == []


def test_a_dry_run_does_not_create_a_missing_book(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "not-yet.dealbrief"
    assert main(["--book", str(missing), "import", str(FIXTURES / "contacts_gbk.csv"), "--dry-run"]) == 0
    assert "Would import: 3 contacts created" in capsys.readouterr().out
    assert not missing.exists()


def test_import_then_again_with_skip(book_path: Path, capsys) -> None:
    assert main(["--book", str(book_path), "import", str(FIXTURES / "vcard30.vcf")]) == 0
    assert names(book_path) == ["Ming Gao", "何静"]
    capsys.readouterr()
    assert main(["--book", str(book_path), "import", str(FIXTURES / "vcard30.vcf"), "--on-duplicate", "skip"]) == 0
    assert "same mobile as a contact in the book" in capsys.readouterr().out
    assert names(book_path) == ["Ming Gao", "何静"]


def test_rows_with_problems_import_nothing_unless_valid_only(book_path: Path, capsys) -> None:
    assert main(["--book", str(book_path), "import", str(FIXTURES / "malformed.csv"), "--dry-run"]) == 1
    assert "the import would stop: 3 rows have problems" in capsys.readouterr().err
    assert main(["--book", str(book_path), "import", str(FIXTURES / "malformed.csv"), "--dry-run",
                 "--valid-only"]) == 0
    assert "Would import: 2 contacts created, 0 updated, 0 skipped, 3 with problems" in capsys.readouterr().out
    assert names(book_path) == []
    assert main(["--book", str(book_path), "import", str(FIXTURES / "malformed.csv")]) == 1
    captured = capsys.readouterr()
    assert "row 4, column Email: not an email address: 'not-an-email'" in captured.out
    assert "Nothing was imported" in captured.err
    assert names(book_path) == []
    assert main(["--book", str(book_path), "import", str(FIXTURES / "malformed.csv"), "--valid-only"]) == 0
    assert names(book_path) == ["Another Good", "Good Person"]


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04xlsx", b"Name,Mobile\n"])
def test_an_unreadable_file_exits_non_zero(book_path: Path, tmp_path: Path, capsys, content: bytes) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    assert main(["--book", str(book_path), "import", str(bad)]) == 1
    assert "cannot import" in capsys.readouterr().err
    assert main(["--book", str(book_path), "import", str(bad), "--dry-run"]) == 1
    assert "cannot import" in capsys.readouterr().err


def test_export_contacts_and_book(demo_services: Services, tmp_path: Path, capsys) -> None:
    book = str(demo_services.book.path)
    count = len(demo_services.contacts.list())
    assert main(["--book", book, "export", "contacts", "-o", str(tmp_path / "c.csv")]) == 0
    assert main(["--book", book, "export", "contacts", "-o", str(tmp_path / "c.vcf")]) == 0
    assert main(["--book", book, "export", "book", "-o", str(tmp_path / "b.json")]) == 0
    assert f"Exported {count} contacts" in capsys.readouterr().out
    assert (tmp_path / "c.vcf").read_text("utf-8").count("BEGIN:VCARD") == count
    assert json.loads((tmp_path / "b.json").read_text("utf-8"))["format"] == "dealbrief-book"
    assert main(["--book", book, "export", "contacts", "-o", str(tmp_path / "c.xlsx")]) == 1


def test_backup_and_restore(services: Services, tmp_path: Path, capsys) -> None:
    book = str(services.book.path)
    services.contacts.save(ContactRecord(name="王芳"))
    backup = tmp_path / "safe" / "copy.dealbrief"
    backup.parent.mkdir()
    assert main(["--book", book, "backup", "-o", str(backup)]) == 0
    services.contacts.save(ContactRecord(name="刘洋"))
    assert main(["--book", book, "restore", str(backup)]) == 0
    assert "is kept as" in capsys.readouterr().out
    assert [c.name for c in services.contacts.list()] == ["王芳"]
    bad = tmp_path / "bad.dealbrief"
    bad.write_bytes(b"hello")
    assert main(["--book", book, "restore", str(bad)]) == 2
    assert "not a Dealbrief book" in capsys.readouterr().err
    assert [c.name for c in services.contacts.list()] == ["王芳"]


def test_restore_creates_a_missing_book(services: Services, tmp_path: Path) -> None:
    services.contacts.save(ContactRecord(name="陈静"))
    backup = tmp_path / "copy.dealbrief"
    assert main(["--book", str(services.book.path), "backup", "-o", str(backup)]) == 0
    target = tmp_path / "fresh" / "book.dealbrief"
    target.parent.mkdir()
    assert main(["--book", str(target), "restore", str(backup)]) == 0
    assert names(target) == ["陈静"]


def test_write_commands_refuse_a_book_the_app_holds(services: Services, tmp_path: Path, capsys) -> None:
    book = services.book.path
    backup = tmp_path / "copy.dealbrief"
    assert main(["--book", str(book), "backup", "-o", str(backup)]) == 0
    with BookLock(book):
        assert main(["--book", str(book), "import", str(FIXTURES / "contacts_utf8.csv")]) == 2
        assert "Dealbrief has this book open" in capsys.readouterr().err
        assert main(["--book", str(book), "restore", str(backup)]) == 2
        assert main(["--book", str(book), "demo"]) == 2
        # reading and backing up stay possible
        assert main(["--book", str(book), "import", str(FIXTURES / "contacts_utf8.csv"), "--dry-run"]) == 0
        assert main(["--book", str(book), "export", "contacts", "-o", str(tmp_path / "c.csv")]) == 0
        assert main(["--book", str(book), "backup", "-o", str(tmp_path / "copy2.dealbrief")]) == 0
    assert services.contacts.list() == []
    assert main(["--book", str(book), "import", str(FIXTURES / "contacts_utf8.csv")]) == 0


def test_book_json_round_trip_through_the_command_line(demo_services: Services, tmp_path: Path, capsys) -> None:
    exported = tmp_path / "book.json"
    assert main(["--book", str(demo_services.book.path), "export", "book", "-o", str(exported)]) == 0
    assert main(["--book", str(demo_services.book.path), "import", str(exported), "--dry-run"]) == 1
    assert "imported into an empty book only" in capsys.readouterr().err  # a book with data is refused
    fresh = tmp_path / "fresh.dealbrief"
    assert main(["--book", str(fresh), "import", str(exported), "--dry-run"]) == 0
    assert names(fresh) == []
    assert main(["--book", str(fresh), "import", str(exported)]) == 0
    assert "Imported the whole book" in capsys.readouterr().out
    assert names(fresh) == names(demo_services.book.path)
    broken = tmp_path / "broken.json"
    broken.write_text(exported.read_text("utf-8").replace('"schema_version": ', '"schema_version": 9'), "utf-8")
    assert main(["--book", str(tmp_path / "other.dealbrief"), "import", str(broken)]) == 1
    assert "newer Dealbrief" in capsys.readouterr().err
