"""`dealbrief brief`, `deck` and `briefs --week` on a real book file."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

import pytest

from desktop.cli import main
from desktop.domain.clock import system_clock
from desktop.services.container import Services
from tests.printing_data import add_full_deal
from tests.unit.documents.helpers import pdf_pages


def _book(tmp_path, visits=(2, 3, 12)):
    path = tmp_path / "book.dealbrief"
    s = Services.open(path)
    now = system_clock()
    add_full_deal(s, title="华东精密 MES 升级", visit_at=now + timedelta(days=visits[0]))
    add_full_deal(s, title="华东精密 WMS", visit_at=now + timedelta(days=visits[1]))
    add_full_deal(s, title="远期项目", company_name="远方公司", visit_at=now + timedelta(days=visits[2]))
    s.close()
    return path


def test_brief_by_part_of_title_in_english(tmp_path, capsys):
    book = _book(tmp_path)
    out = tmp_path / "brief.pdf"
    code = main(["--book", str(book), "brief", "MES", "-o", str(out), "--lang", "en",
                 "--visit-date", "2026-12-01 10:00", "--place", "Suzhou", "--with", "李敏"])
    assert code == 0
    pages = pdf_pages(out.read_bytes())
    assert "Visit brief · 华东精密制造集团" in pages[0] and "1 Dec 2026" in pages[0]
    assert "Wrote the visit brief" in capsys.readouterr().out


def test_deck_by_id_uses_the_global_language(tmp_path, capsys):
    book = _book(tmp_path)
    out = tmp_path / "deck.pdf"
    assert main(["--book", str(book), "--lang", "en", "deck", "3", "-o", str(out)]) == 0
    pages = pdf_pages(out.read_bytes())
    # This book has no seller profile: no solutions, reasons or cases slides, and a word why.
    assert len(pages) == 7 and "Agenda" in pages[1] and "Expected value" in pages[4]
    assert "5 / 7" in pages[4]
    captured = capsys.readouterr()
    assert "Wrote the first-call deck" in captured.out
    assert "seller profile is empty" in captured.err


def test_ambiguous_deal_lists_the_candidates(tmp_path, capsys):
    book = _book(tmp_path)
    code = main(["--book", str(book), "brief", "华东精密", "-o", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert '"华东精密" matches 2 deals' in err
    assert "1  华东精密 MES 升级 (华东精密制造集团)" in err and "2  华东精密 WMS" in err
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_deal_bad_date_and_unknown_attendee_are_plain_errors(tmp_path, capsys):
    book = _book(tmp_path)
    out = str(tmp_path / "x.pdf")
    assert main(["--book", str(book), "deck", "没有", "-o", out]) == 1
    assert 'no deal matches "没有"' in capsys.readouterr().err
    assert main(["--book", str(book), "brief", "WMS", "-o", out, "--visit-date", "明天"]) == 1
    assert "cannot read the visit date" in capsys.readouterr().err
    assert main(["--book", str(book), "brief", "WMS", "-o", out, "--with", "赵六"]) == 1
    assert "王建国, 李敏, 张伟, 陈静" in capsys.readouterr().err


def test_missing_book_is_an_error_not_a_new_book(tmp_path, capsys):
    code = main(["--book", str(tmp_path / "none.dealbrief"), "deck", "1", "-o", "x.pdf"])
    assert code == 2
    assert not (tmp_path / "none.dealbrief").exists()


def test_briefs_for_the_week_one_pdf_each_brief_numbered_on_its_own(tmp_path, capsys):
    book = _book(tmp_path)
    out = tmp_path / "week.pdf"
    assert main(["--book", str(book), "briefs", "--week", "-o", str(out)]) == 0
    pages = pdf_pages(out.read_bytes())
    firsts = [p for p in pages if "第 1 页" in p]
    assert len(firsts) == 2  # two visits in the next seven days, not the one in 12 days
    assert "远方公司" not in "".join(pages)
    assert "2 visit briefs" in capsys.readouterr().out


def test_briefs_for_an_empty_week_prints_nothing(tmp_path, capsys):
    book = _book(tmp_path, visits=(10, 11, 12))
    out = tmp_path / "week.pdf"
    assert main(["--book", str(book), "briefs", "--week", "-o", str(out)]) == 0
    assert not out.exists()
    assert "No visits planned" in capsys.readouterr().out


def _closed(path):
    """The book closed as the app leaves it: in WAL, nothing pending (opened without waiting)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.mark.parametrize("command", ["brief", "deck"])
def test_the_document_is_made_while_the_book_is_checked_on_another_thread(tmp_path, capsys,
                                                                          monkeypatch, command):
    """Issue 20: the book's quick_check runs on a thread of its own while the document is read
    and laid out (SQLite checks outside the GIL), and the PDF is written once it has passed."""
    import desktop.storage.book as book_module

    book = _closed(_book(tmp_path))
    threads = []
    quick_check = book_module.quick_check
    monkeypatch.setattr(book_module, "quick_check",
                        lambda conn: threads.append(threading.current_thread()) or quick_check(conn))
    out = tmp_path / f"{command}.pdf"
    assert main(["--book", str(book), command, "MES", "-o", str(out)]) == 0
    assert pdf_pages(out.read_bytes())
    assert [t.name for t in threads] == ["book-check"] and threads[0] is not threading.main_thread()


@pytest.mark.parametrize("command", ["brief", "deck"])
def test_a_book_that_fails_the_check_made_alongside_gets_no_pdf(tmp_path, capsys, command):
    """A trigger this version did not make is found by the check: the document laid out
    meanwhile is never written, and the error is the one the book's check gives when it opens."""
    book = _closed(_book(tmp_path))
    conn = sqlite3.connect(book)
    conn.execute("CREATE TRIGGER planted AFTER INSERT ON contact BEGIN DELETE FROM deal; END")
    conn.close()
    _closed(book)
    before = book.read_bytes()
    out = tmp_path / f"{command}.pdf"
    assert main(["--book", str(book), command, "MES", "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert not out.exists()
    assert "Wrote" not in captured.out and "Dealbrief did not make" in captured.err
    assert captured.err.count("dealbrief:") == 1
    assert book.read_bytes() == before


@pytest.mark.parametrize("check_done_first", [False, True])
def test_a_damaged_book_gets_the_read_only_brief_and_the_warning_as_before(tmp_path, capsys,
                                                                          monkeypatch,
                                                                          check_done_first):
    """Damage in a page (only quick_check reads it): as when the book was checked before the
    brief was read, the brief is made read-only and the damage said once, exit 2, book
    unchanged; also when the check has failed before the command looks at the book."""
    from desktop.storage.book import Book
    from tests.unit.storage.test_check_later import damage_contacts_page

    if check_done_first:
        start = Book.check_alongside

        def start_and_wait(book: Book) -> None:
            start(book)
            book._alongside.join()

        monkeypatch.setattr(Book, "check_alongside", start_and_wait)
    book = _closed(_book(tmp_path))
    damage_contacts_page(book)
    before = book.read_bytes()
    out = tmp_path / "brief.pdf"
    assert main(["--book", str(book), "brief", "MES", "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("The book file is damaged (it fails SQLite's check)") == 1
    assert "Wrote the visit brief" in captured.out and pdf_pages(out.read_bytes())
    assert book.read_bytes() == before
