"""`dealbrief partner-update`: PDF and text, partner found by id or part of the name, plain errors."""

from __future__ import annotations

from pypdf import PdfReader

from desktop.cli import main
from desktop.services.container import Services
from desktop.services.demo import fill_demo


def demo_book(path, clock):
    services = Services.open(path, clock)
    fill_demo(services)
    services.close()


def sent(path, clock):
    services = Services.open(path, clock)
    try:
        return {p.name: p.last_update_sent for p in services.partners.list()}
    finally:
        services.close()


def test_pdf_by_part_of_the_name_records_the_update(tmp_path, book_path, clock, capsys):
    demo_book(book_path, clock)
    before = sent(book_path, clock)["钱斌"]
    out = tmp_path / "qian.pdf"
    assert main(["--book", str(book_path), "partner-update", "钱", "-o", str(out)]) == 0
    assert "3 referred deals" in capsys.readouterr().out
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "钱斌" in text and "海天食品加工有限公司" in text and "已签约" in text
    assert sent(book_path, clock)["钱斌"] != before


def test_text_in_english_by_pinyin_without_recording(book_path, clock, capsys):
    demo_book(book_path, clock)
    before = sent(book_path, clock)
    assert main(["--book", str(book_path), "partner-update", "yao", "--text", "--lang", "en", "--no-record"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Hello Yao Mingliang,")
    assert "Paused by the customer" in out and "Success fee: ¥20,000 when the contract is signed" in out
    assert sent(book_path, clock) == before


def test_by_id_and_the_global_language(book_path, clock, capsys):
    demo_book(book_path, clock)
    services = Services.open(book_path, clock)
    pid = next(p.id for p in services.partners.list() if p.name == "钱斌")
    services.close()
    assert main(["--book", str(book_path), "--lang", "en", "partner-update", str(pid), "--text"]) == 0
    assert capsys.readouterr().out.startswith("Hello Qian Bin,")


def test_clear_errors(tmp_path, book_path, clock, capsys):
    demo_book(book_path, clock)
    assert main(["--book", str(book_path), "partner-update", "nobody", "--text"]) == 1
    err = capsys.readouterr().err
    assert "no partner's name contains “nobody”" in err and "钱斌 (id" in err
    assert main(["--book", str(book_path), "partner-update", "a", "--text"]) == 1
    assert "matches several partners" in capsys.readouterr().err
    assert main(["--book", str(book_path), "partner-update", "999", "--text"]) == 1
    assert "no partner has the id 999" in capsys.readouterr().err
    assert main(["--book", str(book_path), "partner-update", "钱", "-o", str(tmp_path / "x.txt")]) == 1
    assert "must end in .pdf" in capsys.readouterr().err
    missing = tmp_path / "none.dealbrief"
    assert main(["--book", str(missing), "partner-update", "钱", "--text"]) == 2
    assert not missing.exists()
