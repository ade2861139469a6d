"""A full disk and a read-only medium, for real, without root (issue 13 case 8, the fault suite).

Full disk: a forked child lowers RLIMIT_FSIZE and ignores SIGXFSZ, so every write past the
limit fails with EFBIG as a full disk fails with ENOSPC. Read-only: the book's folder and file
made read-only; as root (which file modes do not bind) the forked child becomes "nobody" first.
Forking keeps every module imported, so the child never needs to read the checkout (which
"nobody" may not be allowed to, e.g. in a folder made by mktemp -d).
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import shutil
import signal
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import build_parser, main
from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from tests.fault.figures import record
from tests.fault.test_damaged_books import run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks a child (POSIX)")
NOBODY = 65534


def in_child(job: Callable[[], int], *, file_limit: int | None = None,
             as_nobody: tuple[Path, ...] | None = None) -> tuple[int, str, str]:
    """Run `job` (a CLI call returning its exit code) in a forked child: (code, stdout, stderr)."""
    build_parser()  # every command's modules imported here, before the child drops anything
    import encodings.gb18030
    import encodings.utf_8_sig
    import encodings.utf_16  # noqa: F401  (the codecs are looked up lazily)
    out_r, out_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 70
        try:
            os.close(out_r)
            if file_limit is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))
            if as_nobody is not None and os.geteuid() == 0:
                for path in as_nobody:
                    os.chown(path, NOBODY, NOBODY)
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = job()
                except BaseException as exc:  # noqa: BLE001 - a traceback is what we look for
                    import traceback

                    traceback.print_exc()
                    code = 71 if not isinstance(exc, SystemExit) else int(exc.code or 0)
            os.write(out_w, (out.getvalue() + "\0" + err.getvalue()).encode())
        finally:
            os._exit(code)
    os.close(out_w)
    data = b""
    while chunk := os.read(out_r, 65536):
        data += chunk
    os.close(out_r)
    _, status = os.waitpid(pid, 0)
    stdout, _, stderr = data.decode().partition("\0")
    return os.WEXITSTATUS(status), stdout, stderr


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def integrity(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


# --- a full disk ------------------------------------------------------------------------------
def test_a_full_disk_during_demo_leaves_no_half_demo_and_says_so(services: Services) -> None:
    path = services.book.path
    services.close()
    # no file may grow past 64 KB: the book is larger already, the demo's -wal would be too
    code, _out, err = in_child(lambda: main(["--book", str(path), "demo"]), file_limit=64 * 1024)
    record("full-disk writes tried", 1)
    assert code == 2, err
    assert "Traceback" not in err
    assert "The disk is full. Nothing was changed." in err
    Services.open(path, create=False).close()
    integrity(path)
    assert count(path, "company") == 0  # all or nothing: nothing


def test_a_full_disk_during_an_import_leaves_no_half_import(services: Services) -> None:
    path = services.book.path
    services.close()
    csv = path.with_name("big.csv")
    csv.write_text("name,mobile,notes\n" + "".join(
        f"客户{i},139{i:08d},{'拜访记录' * 30}\n" for i in range(800)), encoding="utf-8")
    code, _out, err = in_child(lambda: main(["--book", str(path), "import", str(csv)]),
                               file_limit=64 * 1024)
    record("full-disk writes tried", 1)
    assert code == 2, err
    assert "disk is full" in err and "Traceback" not in err
    integrity(path)
    assert count(path, "contact") == 0


def test_a_full_disk_while_a_book_is_created_leaves_no_book(tmp_path: Path) -> None:
    path = tmp_path / "new.dealbrief"
    code, _out, err = in_child(lambda: main(["--book", str(path), "demo"]), file_limit=32 * 1024)
    record("full-disk writes tried", 1)
    assert code == 2, err
    assert "disk is full" in err and "Traceback" not in err
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["new.dealbrief.lock"]  # no temporary file


def test_a_full_disk_during_a_save_keeps_what_was_saved(services: Services) -> None:
    services.contacts.save(ContactRecord(name="陈静"))
    path = services.book.path
    services.close()

    def save_many() -> int:
        s = Services.open(path, create=False)
        try:
            for i in range(5000):
                s.contacts.save(ContactRecord(name=f"客户{i}", remarks="拜访记录" * 200))
        except Exception as exc:  # noqa: BLE001
            print(f"dealbrief: {type(exc).__name__}: {getattr(exc, 'kind', exc)}", file=__import__("sys").stderr)
            return 2
        return 0

    code, _out, err = in_child(save_many, file_limit=256 * 1024)
    record("full-disk writes tried", 1)
    assert code == 2 and "BookError: disk_full" in err, err
    integrity(path)
    assert count(path, "contact") > 1


# --- a read-only medium -----------------------------------------------------------------------
@pytest.fixture
def read_only_book(demo_services: Services):
    """A demo book in a folder outside tmp_path (so "nobody" can reach it), made read-only."""
    path = demo_services.book.path
    demo_services.search.sync()  # a book read from a stick is searched as its index stands
    demo_services.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    top = Path(tempfile.mkdtemp(prefix="dealbrief-ro-"))
    top.chmod(0o755)
    folder = top / "stick"
    folder.mkdir()
    book = folder / "book.dealbrief"
    shutil.copy(path, book)
    out = top / "out"
    out.mkdir(mode=0o755)
    if os.geteuid() == 0:
        os.chown(out, NOBODY, NOBODY)
    book.chmod(0o444)
    folder.chmod(0o555)
    warm = path.parent / "warm"  # each read once here, so its modules are imported before
    warm.mkdir()  # the child becomes "nobody" (who may not read the checkout or Python)
    csv = warm / "new.csv"
    csv.write_text("name\n王\n", encoding="utf-8")
    for command in READS:
        run_cli(["--book", str(path), *[a.format(out=warm, csv=csv) for a in command]])
    yield book, out
    folder.chmod(0o755)
    shutil.rmtree(top, ignore_errors=True)


READS = [["search", "张"], ["deals"], ["export", "contacts", "-o", "{out}/c.csv"],
         ["export", "book", "-o", "{out}/b.json"], ["backup", "-o", "{out}/b.dealbrief"],
         ["brief", "1", "-o", "{out}/b.pdf"], ["report", "forecast"],
         ["import", "{csv}", "--dry-run"]]
WRITES = [["import", "{csv}"], ["demo"], ["restore", "{out}/b.dealbrief"]]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_book_on_a_read_only_medium_is_read_exported_and_backed_up(read_only_book) -> None:
    book, out = read_only_book
    before = book.read_bytes()
    csv = out / "new.csv"
    csv.write_text("name,mobile\n王建国,13901234567\n", encoding="utf-8")
    for command in READS + WRITES:
        args = [a.format(out=out, csv=csv) for a in command]
        code, _stdout, err = in_child(lambda a=args: main(["--book", str(book), *a]),
                                     as_nobody=(out, *out.iterdir()))
        record("read-only medium commands run", 1)
        assert "Traceback" not in err, (command, err)
        assert "folder is missing" not in err, (command, err)
        if command in WRITES:
            assert code == 2 and "read-only" in err, (command, err)
        else:
            assert code == 0, (command, err)
    assert book.read_bytes() == before
    assert sorted(p.name for p in book.parent.iterdir()) == ["book.dealbrief"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_app_opens_a_book_on_a_read_only_medium_read_only(read_only_book, monkeypatch) -> None:
    import desktop.app as app
    from desktop.storage.errors import BookError, BookErrorKind
    from desktop.ui.book_dialogs import ReadOnly

    book, _out = read_only_book
    told: list[BookError] = []

    def choose_read_only(error: BookError) -> ReadOnly:
        told.append(error)
        return ReadOnly(error.path)

    monkeypatch.setattr(app, "ask_way_out", choose_read_only)

    def start() -> int:
        from desktop.services.backups import BookLock

        try:
            BookLock(book).acquire()
        except BookError as exc:
            print(f"lock: {exc.kind}")
        services = app.open_services(book)
        print(f"opened: {services.book.read_only}; {len(services.contacts.list())} contacts")
        try:
            services.contacts.save(ContactRecord(name="李娜"))
        except BookError as exc:
            print(f"save: {exc.kind}")
        print(f"kinds: {','.join(e.kind for e in told)}")
        return 0

    code, out, err = in_child(start, as_nobody=())
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"lock: {BookErrorKind.READ_ONLY}"
    assert lines[1].startswith(f"opened: {BookErrorKind.READ_ONLY}; ") and not lines[1].endswith(" 0 contacts")
    assert lines[2:] == [f"save: {BookErrorKind.READ_ONLY}", f"kinds: {BookErrorKind.READ_ONLY}"]
