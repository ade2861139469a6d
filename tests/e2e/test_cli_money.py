"""`dealbrief collections`, `attach` and `attachments` on a demo book, with their errors."""

from __future__ import annotations

import json

from desktop.cli import main
from desktop.domain.contracts import MAX_ATTACHMENT_BYTES


def run(book, *args):
    return main(["--book", str(book), *args])


def test_collections_text_json_and_overdue(book_path, capsys):
    assert run(book_path, "collections") == 2  # no book yet: plain error
    assert "dealbrief:" in capsys.readouterr().err
    assert run(book_path, "demo") == 0
    capsys.readouterr()
    assert run(book_path, "collections") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["Due", "Company", "Deal", "Instalment", "Outstanding", "Status"]
    advance = next(line for line in out if "预付款" in line)
    assert "海天食品加工有限公司" in advance and "¥46,000" in advance and "Overdue" in advance
    assert any("验收款" in line and "¥192,000" in line and "Pending" in line for line in out)
    assert out[-1] == "2 instalments, ¥238,000 outstanding (CNY)."
    assert run(book_path, "collections", "--overdue", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["instalment"], r["outstanding_fen"], r["status"]) for r in rows] == [
        ("预付款", 4_600_000, "overdue")]
    assert rows[0]["days_overdue"] > 0


def test_attach_and_save_attachments(book_path, tmp_path, capsys):
    run(book_path, "demo")
    quote = tmp_path / "报价单 v2.pdf"
    quote.write_bytes(b"%PDF-1.4 quote v2")
    assert run(book_path, "attach", "品控数据化", str(quote)) == 0
    assert "Kept 报价单 v2.pdf (17 B) with deal" in capsys.readouterr().out
    assert run(book_path, "attachments", "品控数据化") == 0
    listed = capsys.readouterr().out
    assert "报价单 v2.pdf" in listed and "HT-2026-118 合同扫描件.pdf" in listed
    out = tmp_path / "out"
    assert run(book_path, "attachments", "品控", "-o", str(out)) == 0
    assert (out / "报价单 v2.pdf").read_bytes() == b"%PDF-1.4 quote v2"
    assert (out / "HT-2026-118 合同扫描件.pdf").read_bytes().startswith(b"%PDF-1.4")
    assert "Saved 2 files into" in capsys.readouterr().out


def test_attach_errors_are_plain(book_path, tmp_path, capsys):
    run(book_path, "demo")
    capsys.readouterr()
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"x" * (MAX_ATTACHMENT_BYTES + 1024 * 1024))
    assert run(book_path, "attach", "品控数据化", str(big)) == 1
    err = capsys.readouterr().err
    assert "scan.pdf is 26.0 MB; a file kept in the book can be at most 25 MB" in err
    assert run(book_path, "attach", "品控数据化", str(tmp_path / "missing.pdf")) == 1
    assert "there is no file at" in capsys.readouterr().err
    assert run(book_path, "attach", "没有这个项目", str(big)) == 1
    assert "no deal's title or company contains “没有这个项目”" in capsys.readouterr().err
    assert run(book_path, "attachments", "星河") == 1  # two deals of 星河
    assert "matches several deals" in capsys.readouterr().err
    assert run(book_path, "attachments", "9999") == 1
    assert "no deal has the id 9999." in capsys.readouterr().err
    assert run(book_path, "attachments", "云达", "-o", str(tmp_path / "none")) == 1  # two 云达 deals
    afile = tmp_path / "afile"
    afile.write_text("x")
    assert run(book_path, "attachments", "品控", "-o", str(afile)) == 1
    assert "is a file, not a folder" in capsys.readouterr().err
