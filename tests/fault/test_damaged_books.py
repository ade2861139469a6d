"""Damaged and hostile books through every CLI command and the app's start (issue 13, the fault
suite): a page overwritten, a truncated file, another program's SQLite file, a newer version, a
folder, an empty file, planted triggers and views, a book with the right id but the wrong tables.

Every time: the file's bytes are unchanged (sha256), the seller reads a plain message, the exit
code is not zero, and no traceback escapes (the commands run in this process: an exception fails
the test). A damaged book is still read (export, backup, search) and said to be damaged; restoring
a good backup onto it works and keeps the damaged file aside, unchanged.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.container import Services
from desktop.storage.schema import LATEST_VERSION
from tests.fault.figures import record

SEED = 20261202


def digest(path: Path) -> str:
    if path.is_dir():
        return "folder:" + ",".join(sorted(p.name for p in path.iterdir()))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def settle(path: Path) -> None:
    """Fold the -wal into the book so the damage below is the whole story."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for sql in statements:
        conn.execute(sql)
    conn.close()
    settle(path)


def page_overwritten(path: Path) -> None:
    """A random page (seeded) gets random bytes; one SQLite's check notices."""
    rng = random.Random(SEED)
    data = bytearray(path.read_bytes())
    size = 4096
    for _ in range(200):
        page = rng.randrange(2, len(data) // size)
        trial = bytearray(data)
        trial[page * size:(page + 1) * size] = rng.randbytes(size)
        probe = path.with_name("probe.db")
        probe.write_bytes(trial)
        conn = sqlite3.connect(probe)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        except sqlite3.DatabaseError:
            ok = False
        conn.close()
        probe.unlink()
        if not ok:
            path.write_bytes(trial)
            return
    raise AssertionError("no page whose damage SQLite notices")


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def another_programs_file(path: Path) -> None:
    path.unlink()
    _sql(path, "CREATE TABLE songs (title TEXT)", "INSERT INTO songs VALUES ('月亮代表我的心')")


def newer_version(path: Path) -> None:
    _sql(path, f"PRAGMA user_version = {LATEST_VERSION + 1}")


def a_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "keep.txt").write_text("mine")


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def planted_trigger(path: Path) -> None:
    _sql(path, "CREATE TRIGGER steal AFTER INSERT ON contact BEGIN "
               "UPDATE contact SET email = 'x@evil.example' WHERE id = NEW.id; END")


def trigger_under_our_name(path: Path) -> None:
    _sql(path, "DROP TRIGGER search_q_contact_insert",
         "CREATE TRIGGER search_q_contact_insert AFTER INSERT ON contact BEGIN "
         "UPDATE contact SET email = 'x@evil.example' WHERE id = NEW.id; END")


def planted_view(path: Path) -> None:
    _sql(path, "CREATE VIEW everyone AS SELECT name, mobile FROM contact")


def wrong_tables(path: Path) -> None:
    _sql(path, "DROP INDEX IF EXISTS ix_contact_email", "ALTER TABLE contact DROP COLUMN email")


DAMAGES: dict[str, Callable[[Path], None]] = {
    "page overwritten": page_overwritten, "truncated": truncated,
    "another program's SQLite file": another_programs_file, "newer version": newer_version,
    "a folder": a_folder, "zero-byte file": empty_file, "planted trigger": planted_trigger,
    "trigger under the app's name": trigger_under_our_name, "planted view": planted_view,
    "right id, wrong tables": wrong_tables,
}
# Damage SQLite's check finds: the book is read (read-only) but never written.
READABLE = {"page overwritten", "truncated"}

COMMANDS: list[list[str]] = [
    ["demo"], ["import", "{csv}"], ["import", "{csv}", "--dry-run"],
    ["export", "contacts", "-o", "{out}/c.csv"], ["export", "book", "-o", "{out}/b.json"],
    ["backup"], ["backup", "-o", "{out}/b.dealbrief"], ["deals"], ["deals", "--json"],
    ["partner-update", "1", "--text"], ["partner-update", "1", "--text", "--no-record"],
    ["collections"], ["attach", "1", "{csv}"], ["attachments", "1", "-o", "{out}/att"],
    ["brief", "1", "-o", "{out}/b.pdf"], ["deck", "1", "-o", "{out}/d.pdf"],
    ["briefs", "--week", "-o", "{out}/w.pdf"], ["report", "forecast"], ["search", "张"],
    ["calendar", "-o", "{out}/c.ics"],
]
_PLAIN = ("damaged", "not a Dealbrief book", "newer Dealbrief", "is a folder", "Dealbrief did not make")


def run_cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def good_book(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from desktop.domain.clock import FixedClock
    from desktop.services.demo import fill_demo
    from tests.conftest import NOW

    path = tmp_path_factory.mktemp("good") / "book.dealbrief"
    services = Services.open(path, FixedClock(NOW))
    fill_demo(services)
    services.close()
    settle(path)
    return path.read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_book_through_every_command(damage: str, good_book: bytes, tmp_path: Path) -> None:
    book = tmp_path / "book.dealbrief"
    book.write_bytes(good_book)
    DAMAGES[damage](book)
    before = digest(book)
    csv = tmp_path / "new.csv"
    csv.write_text("name,mobile\n王建国,13901234567\n", encoding="utf-8")
    record("damaged books tried", 1)
    for command in COMMANDS:
        out = tmp_path / "out"
        out.mkdir(exist_ok=True)
        args = [a.format(csv=csv, out=out) for a in command]
        code, stdout, stderr = run_cli(["--book", str(book), *args])
        record("damaged-book commands run", 1)
        where = f"{damage}: {' '.join(command)}"
        assert digest(book) == before, f"{where} changed the file"
        assert code != 0, f"{where} exited 0: {stdout}"
        assert "Traceback" not in stderr, where
        assert stderr.startswith("dealbrief: "), f"{where}: {stderr!r}"
        if damage not in READABLE or command[0] in ("demo", "import", "attach"):
            assert any(p in stderr for p in _PLAIN), f"{where}: {stderr!r}"
        else:  # read: it works with what can be read, and says the book is damaged
            assert "damaged" in stderr, f"{where}: {stderr!r}"
    extras = {p.name for p in tmp_path.iterdir()} - {"book.dealbrief", "new.csv", "out", "backups"}
    assert not {e for e in extras if not e.startswith("book.dealbrief")}, extras


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_the_app_start_says_what_is_wrong_and_changes_nothing(
        damage: str, good_book: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.app as app
    from desktop.ui.messages import book_error_text

    book = tmp_path / "book.dealbrief"
    book.write_bytes(good_book)
    DAMAGES[damage](book)
    before = digest(book)
    told = []
    monkeypatch.setattr(app, "ask_way_out", lambda error: told.append(error))  # the seller quits
    assert app.open_services(book) is None
    assert digest(book) == before
    [error] = told
    assert book_error_text(error)
    expected = {"page overwritten": "damaged", "truncated": "damaged", "newer version": "too_new",
                "a folder": "not_a_book", "zero-byte file": "not_a_book",
                "another program's SQLite file": "not_a_book"}.get(damage, "untrusted")
    assert error.kind.value == expected, damage
    record("damaged books tried at the app's start", 1)


@pytest.mark.parametrize("damage", sorted(set(DAMAGES) - {"a folder"}))
def test_restoring_a_good_backup_mends_any_of_them(damage: str, good_book: bytes, tmp_path: Path) -> None:
    backup = tmp_path / "good.dealbrief"
    backup.write_bytes(good_book)
    book = tmp_path / "book.dealbrief"
    book.write_bytes(good_book)
    DAMAGES[damage](book)
    before = book.read_bytes()
    code, _out, err = run_cli(["--book", str(book), "restore", str(backup)])
    assert code == 0, err
    services = Services.open(book, create=False)
    try:
        assert services.companies.list()
    finally:
        services.close()
    if damage in READABLE or damage in ("another program's SQLite file", "zero-byte file"):
        kept = [p.read_bytes() for p in (tmp_path / "backups").iterdir() if "-damaged-" in p.name]
        assert before in kept  # the damaged file is kept aside, byte for byte


def test_restoring_onto_a_folder_is_refused_and_the_folder_stays(good_book: bytes, tmp_path: Path) -> None:
    backup = tmp_path / "good.dealbrief"
    backup.write_bytes(good_book)
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "合同.docx").write_text("mine")
    code, _out, err = run_cli(["--book", str(documents), "restore", str(backup)])
    assert code != 0
    assert "is a folder" in err
    assert (documents / "合同.docx").read_text() == "mine"
    assert not (tmp_path / "backups").exists()
