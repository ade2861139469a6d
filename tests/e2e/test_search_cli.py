"""`dealbrief search QUERY` as text and as JSON, on a demo book: the same hits as Ctrl+K."""

import json

from desktop.cli import main


def test_search_text_groups_by_kind_and_json_gives_the_same_hits(book_path, capsys):
    assert main(["--book", str(book_path), "demo"]) == 0
    capsys.readouterr()
    assert main(["--book", str(book_path), "search", "预算"]) == 0  # a 2-character query
    out = capsys.readouterr().out.splitlines()
    headings = [line for line in out if not line.startswith(" ")]
    assert headings == ["Companies (1)", "Deals (3)", "Call notes (7)"]  # the demo has a year of deals
    assert any("[note " in line and "数字化车间 MES 升级" in line for line in out)
    assert main(["--book", str(book_path), "search", "预算", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["query"] == "预算"
    assert [g["kind"] for g in data["groups"]] == ["company", "deal", "note"]
    notes = data["groups"][2]["hits"]
    assert all(note["open_kind"] == "deal" for note in notes)
    # a note whose title holds the word shows its title; one whose text holds it, a snippet
    assert all("预算" in note["title"] + note["snippet"] for note in notes)
    assert any("预算" in note["snippet"] for note in notes)


def test_search_finds_a_phone_however_typed_and_says_when_nothing_matches(book_path, capsys):
    assert main(["--book", str(book_path), "demo"]) == 0
    capsys.readouterr()
    assert main(["--book", str(book_path), "search", "+86", "138-1234-5678", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [h["title"] for h in data["groups"][0]["hits"]] == ["李敏"]
    assert main(["--book", str(book_path), "search", "zzqqxx"]) == 1
    assert "Nothing found for “zzqqxx”." in capsys.readouterr().out
    assert main(["--book", str(book_path), "search", "zzqqxx", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["groups"] == []
