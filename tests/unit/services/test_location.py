"""The book path given on the command line or in $DEALBRIEF_BOOK is made absolute at once."""

from pathlib import Path

from desktop.services.location import BOOK_ENV, resolve_book_path


def test_a_relative_book_path_becomes_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(BOOK_ENV, raising=False)
    assert resolve_book_path("zh.dealbrief") == tmp_path / "zh.dealbrief"
    assert resolve_book_path(Path("books") / "a.dealbrief").is_absolute()
    monkeypatch.setenv(BOOK_ENV, "from-env.dealbrief")
    assert resolve_book_path() == tmp_path / "from-env.dealbrief"
    assert resolve_book_path("~/x.dealbrief") == Path.home() / "x.dealbrief"
