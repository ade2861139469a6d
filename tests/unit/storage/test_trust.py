"""Issue 13, storage cases: each test failed on the code before the fix.

1 a damaged book is never written and its damage never spreads into the backups; 2 creating a
book and the demo are all or nothing; 10 a crafted book is refused and the app's triggers are
replaced; 12 the instance socket lives in a private folder; 13 a dry run never turns an empty
file into a book, a folder given as the book is called a folder, and leftovers of killed
processes are removed on the next start. (3, 4 and 9: tests/fault/test_concurrency.py and
test_damaged_books.py; 8: tests/fault/test_full_and_read_only.py.)
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.people import ContactRecord
from desktop.services.backups import auto_backup, back_up_now, restore_backup, validate_backup
from desktop.services.container import Services
from desktop.storage import backup as backups
from desktop.storage.book import open_book
from desktop.storage.errors import BookError, BookErrorKind
from desktop.storage.leftovers import clean_leftovers


def damage(path: Path) -> None:
    """Scribble over the contact table's root page: SQLite's check notices."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size + 8:root * size] = b"\x5a" * (size - 8)
    path.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)


def dead_pid() -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


# --- 1 ----------------------------------------------------------------------------------------
def test_a_damaged_book_is_refused_for_writing_and_named_its_newest_good_backup(services, clock):
    services.contacts.save(ContactRecord(name="陈静"))
    good = back_up_now(services.book.path, clock())
    path = services.book.path
    services.close()
    damage(path)
    before = path.read_bytes()
    with pytest.raises(BookError) as info:
        open_book(path)
    assert info.value.kind is BookErrorKind.DAMAGED
    assert info.value.backup == good
    book = open_book(path, read_only_ok=True)  # reading it is still possible
    try:
        assert book.damaged
        with pytest.raises(BookError) as info, book.session():
            pass
        assert info.value.kind is BookErrorKind.DAMAGED
    finally:
        book.close()
    assert path.read_bytes() == before


def test_the_search_on_a_damaged_book_writes_nothing(services, clock):
    for n in range(30):
        services.contacts.save(ContactRecord(name=f"客户{n}", remarks="拜访" * 50))
    path = services.book.path
    services.close()
    damage(path)
    before = path.read_bytes()
    services = Services.open(path, clock, create=False, read_only_ok=True)
    try:
        services.search.search("客户")  # the index is not brought up to date on it
    except BookError:
        pass
    finally:
        services.close()
    assert path.read_bytes() == before


def test_the_daily_backup_never_copies_a_damaged_book(services, clock):
    services.contacts.save(ContactRecord(name="陈静"))
    path = services.book.path
    services.close()
    damage(path)
    with pytest.raises(BookError) as info:
        auto_backup(path, clock())
    assert info.value.kind is BookErrorKind.DAMAGED
    assert not list(backups.backups_dir(path).glob("*-auto-*"))


def test_rotation_never_deletes_the_last_good_backup_to_keep_bad_ones(services, clock):
    services.contacts.save(ContactRecord(name="陈静"))
    path = services.book.path
    folder = backups.backups_dir(path)
    first = date(2026, 9, 1)
    good = folder / f"{path.stem}-auto-{first.isoformat()}.dealbrief"
    back_up_now(path, clock(), good)
    for n in range(1, 40):  # then weeks of backups that fail their check
        day = first + timedelta(days=n)
        (folder / f"{path.stem}-auto-{day.isoformat()}.dealbrief").write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    deleted = backups.rotate(folder, path.stem)
    assert deleted
    assert good.exists()
    assert validate_backup(good).path == good


def test_a_backup_counts_only_once_it_passes_its_check(services, clock):
    services.contacts.save(ContactRecord(name="陈静"))
    path = services.book.path
    services.close()
    damage(path)
    out = path.parent / "out"
    with pytest.raises(BookError) as info:
        back_up_now(path, clock(), out / "b.dealbrief")
    assert info.value.kind is BookErrorKind.DAMAGED
    assert not (out / "b.dealbrief").exists()
    [copy] = out.iterdir()  # what could be read, under a name that never counts
    assert "-damaged-" in copy.name
    assert backups.newest_good_backup(path) is None


# --- 2 ----------------------------------------------------------------------------------------
def test_a_book_whose_creation_fails_midway_is_not_left_behind(tmp_path, monkeypatch):
    from desktop.storage import seed

    def fail(_session):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(seed, "seed_defaults", fail)
    path = tmp_path / "new.dealbrief"
    with pytest.raises(BookError) as info:
        open_book(path)
    assert info.value.kind is BookErrorKind.DISK_FULL
    assert list(tmp_path.iterdir()) == []


def test_a_new_book_has_its_id_version_and_stages_from_the_start(tmp_path, clock):
    path = tmp_path / "new.dealbrief"
    open_book(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x44424B31
        assert conn.execute("SELECT count(*) FROM stage").fetchone()[0] > 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_a_demo_that_fails_midway_leaves_nothing(services, monkeypatch):
    from desktop.services.demo import fill_demo, profile

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(profile, "add", fail)
    with pytest.raises(OSError):
        fill_demo(services)
    assert services.companies.list() == []
    assert services.contacts.list() == []


# --- 10 ---------------------------------------------------------------------------------------
def _plant(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in sql:
        conn.execute(statement)
    conn.close()


EVIL = ("CREATE TRIGGER search_q_contact_insert AFTER INSERT ON contact BEGIN "
        "UPDATE contact SET email = 'x@evil.example' WHERE id = NEW.id; END")


def test_a_book_with_a_trigger_planted_under_the_apps_name_is_refused(services):
    path = services.book.path
    services.close()
    _plant(path, "DROP TRIGGER search_q_contact_insert", EVIL)
    with pytest.raises(BookError) as info:
        open_book(path)
    assert info.value.kind is BookErrorKind.UNTRUSTED


def test_a_backup_with_a_planted_trigger_or_the_wrong_tables_is_not_restored(services, clock):
    path = services.book.path
    services.contacts.save(ContactRecord(name="陈静"))
    planted = back_up_now(path, clock(), path.parent / "planted.dealbrief")
    _plant(planted, "CREATE TRIGGER steal AFTER INSERT ON contact BEGIN SELECT 1; END")
    wrong = back_up_now(path, clock(), path.parent / "wrong.dealbrief")
    _plant(wrong, "DROP INDEX ix_contact_email", "ALTER TABLE contact DROP COLUMN email")
    services.close()
    before = path.read_bytes()
    for bad in (planted, wrong):
        with pytest.raises(BookError) as info:
            restore_backup(bad, path, clock())
        assert info.value.kind is BookErrorKind.UNTRUSTED
    assert path.read_bytes() == before


def test_the_apps_triggers_are_created_by_replacing(services):
    from desktop.storage import search

    with services.book.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER search_q_contact_insert")
        conn.exec_driver_sql(EVIL)
        search.ensure_schema(conn)
        stored = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'search_q_contact_insert'").scalar_one()
    assert "evil" not in stored
    saved = services.contacts.save(ContactRecord(name="陈静", email="chen@example.com"))
    assert services.contacts.get(saved.id).email == "chen@example.com"


# --- 12 ---------------------------------------------------------------------------------------
def test_the_instance_socket_is_in_a_folder_only_this_user_can_use(tmp_path, monkeypatch):
    from desktop.ui.single_instance import server_name

    (tmp_path / "run").mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    name = Path(server_name(tmp_path / "book.dealbrief"))
    assert name.is_absolute()
    assert not str(name).startswith(tempfile.gettempdir() + "/dealbrief-")
    info = name.parent.stat()
    assert info.st_uid == os.getuid() and info.st_mode & 0o077 == 0
    link = tmp_path / "link.dealbrief"
    link.symlink_to(tmp_path / "book.dealbrief")
    assert server_name(link) == str(name)  # a link to the book is the same book


# --- 13 ---------------------------------------------------------------------------------------
def test_a_dry_run_never_turns_an_empty_file_into_a_book(tmp_path, capsys):
    empty = tmp_path / "book.dealbrief"
    empty.write_bytes(b"")
    csv = tmp_path / "c.csv"
    csv.write_text("name,mobile\n王建国,13901234567\n", encoding="utf-8")
    assert main(["--book", str(empty), "import", str(csv), "--dry-run"]) != 0
    assert empty.read_bytes() == b""
    assert "not a Dealbrief book" in capsys.readouterr().err


def test_backup_of_a_folder_says_it_is_a_folder(tmp_path, capsys):
    folder = tmp_path / "Documents"
    folder.mkdir()
    assert main(["--book", str(folder), "backup"]) != 0
    err = capsys.readouterr().err
    assert "is a folder" in err and "disk is full" not in err.lower()


def test_leftovers_of_killed_processes_are_removed_on_the_next_start(services):
    path = services.book.path
    services.close()
    pid = dead_pid()
    staged = path.with_name(f".{path.name}.{pid}.restoring")
    staged.write_bytes(b"half a restore")
    legacy = path.with_name(f".{path.name}.restoring")
    legacy.write_bytes(b"half a restore")
    live = path.with_name(f".{path.name}.{os.getpid()}.restoring")  # someone's work right now
    live.write_bytes(b"busy")
    check = Path(tempfile.gettempdir()) / f"dealbrief-check-{pid}-x1"
    check.mkdir()
    (check / "probe.db").write_bytes(b"copy")
    Services.open(path, create=False).close()
    assert not staged.exists() and not legacy.exists() and not check.exists()
    assert live.exists()
    live.unlink()


def test_clean_leftovers_leaves_other_books_alone(tmp_path):
    other = tmp_path / f".other.dealbrief.{dead_pid()}.restoring"
    other.write_bytes(b"x")
    clean_leftovers(tmp_path / "book.dealbrief")
    assert other.exists()


def test_restore_reports_a_read_only_book_folder_in_plain_words(services, clock, monkeypatch):
    backup = back_up_now(services.book.path, clock(), services.book.path.parent / "b.dealbrief")
    target = services.book.path.parent / "ro" / "book.dealbrief"
    target.parent.mkdir()

    def read_only(*_args, **_kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(backups, "replacing", lambda *_a, **_k: _raising(read_only))
    with pytest.raises(BookError) as info:
        restore_backup(backup, target, datetime(2026, 11, 20))
    assert info.value.kind is BookErrorKind.READ_ONLY


class _raising:  # noqa: N801 - used like a function
    def __init__(self, fn):
        self.fn = fn

    def __enter__(self):
        self.fn()

    def __exit__(self, *_exc):
        return False
