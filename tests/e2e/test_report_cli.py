"""`dealbrief report`: every report in the terminal, as JSON and as a PDF, with plain errors."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.services.container import Services
from tests.report_book import fill_report_book

Q1 = ["--from", "2026-01-01", "--to", "2026-03-31"]


@pytest.fixture
def book(book_path, clock):
    services = Services.open(book_path, clock)
    ids = fill_report_book(services)
    services.close()
    return ids


def run_json(book_path, capsys, *args):
    assert main(["--book", str(book_path), "report", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_winrate_json_has_the_hand_worked_figures(book, book_path, capsys):
    data = run_json(book_path, capsys, "winrate", *Q1)
    assert data["period"] == {"from": "2026-01-01", "to": "2026-03-31"}
    assert data["previous"] == {"from": "2025-10-01", "to": "2025-12-31"}
    figures = {row["text"][0]: row for row in data["tables"][0]["rows"]}
    rate = figures["赢单率（按数量）"]
    assert rate["cells"]["current"] == pytest.approx(2 / 3)  # 2 won ÷ (2 won + 1 lost)
    assert rate["text"][1] == "67%" and rate["text"][2] == "—"  # nothing closed before: "—", not 0 %
    assert figures["赢单率（按金额）"]["cells"]["current"] == pytest.approx(400_000 / 600_000)
    assert figures["每单单产（平均）"]["cells"]["current"] == 200_000  # (300k + 100k) ÷ 2
    assert figures["赢单周期（中位天数）"]["cells"]["current"] == 40  # median(30, 50)
    won = figures["赢单数"]
    assert won["cells"]["current"] == 2 and book["deleted"] not in won["deal_ids"]
    assert sorted(won["deal_ids"]) == sorted([book["kangning"], book["haitian"]])


def test_lost_in_english_text(book, book_path, capsys):
    assert main(["--book", str(book_path), "report", "lost", *Q1, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Lost deals by reason" in out and "Price war between look-alike products" in out
    assert "用友" in out and "对方便宜 30%" in out and "Negotiation / tender" in out


@pytest.mark.parametrize("kind", ["forecast", "funnel", "pareto", "sources", "formula", "activity"])
def test_every_report_prints_and_gives_json(kind, book, book_path, capsys):
    assert main(["--book", str(book_path), "report", kind, *Q1]) == 0
    assert capsys.readouterr().out.strip()
    data = run_json(book_path, capsys, kind, *Q1)
    assert data["report"] == kind and data["tables"]
    assert all(len(row["text"]) == len(t["columns"]) for t in data["tables"] for row in t["rows"])


def test_formula_json_says_collections_are_not_tracked(book, book_path, capsys):
    data = run_json(book_path, capsys, "formula", *Q1)
    assert data["collections_tracked"] is False
    notes = " ".join(data["tables"][0]["notes"])
    assert "尚未记录回款" in notes
    # 5 live deals came in during Q1 (the deleted one left out); 4 got past lead (the on-hold one
    # did not); 5 × 4/5 × 2/3 × ¥200,000 = ¥533,333
    assert "赢单金额 = 5 × 80% × 67% × ¥20万 = ¥53.33万" in notes


def test_week_as_text_json_and_pdf(book, book_path, capsys, tmp_path):
    assert main(["--book", str(book_path), "report", "week", "--from", "2026-02-02"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("周报 · 2026年2月2日至2026年2月8日")
    assert "康宁医疗 · 质量追溯系统（¥30万）" in text  # won on 4 Feb
    data = run_json(book_path, capsys, "week", "--from", "2026-02-02")
    assert data["deal_ids"]["won"] == [book["kangning"]]
    out = tmp_path / "week.pdf"
    assert main(["--book", str(book_path), "report", "week", "--from", "2026-02-02", "-o", str(out)]) == 0
    assert "质量追溯系统" in PdfReader(str(out)).pages[0].extract_text()


def test_pdf_of_one_report(book, book_path, capsys, tmp_path):
    out = tmp_path / "lost.pdf"
    assert main(["--book", str(book_path), "report", "lost", *Q1, "-o", str(out)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "丢单复盘" in text and "用友" in text


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2026-13-01", "--to", "2026-03-31"], "--from must be a date like 2026-03-31"),
    (["--from", "2026-01-01"], "give both --from and --to"),
    (["--from", "2026-03-01", "--to", "2026-01-01"], "is before --from"),
    (["-o", "x.txt"], "must end in .pdf"),
])
def test_clear_errors(args, message, book, book_path, capsys):
    assert main(["--book", str(book_path), "report", "funnel", *args]) == 1
    assert message in capsys.readouterr().err
