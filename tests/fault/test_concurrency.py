"""Two writers at once, a command while the app holds the book, and all of it through a symlink
(issue 13 cases 3 and 4, the fault suite's concurrency part)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.people import ContactRecord
from desktop.services.backups import BookLock, back_up_now, is_in_use
from desktop.services.container import Services
from tests.fault.figures import record
from tests.fault.test_damaged_books import run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks the writers (POSIX)")
ROWS = 1500


def big_csv(folder: Path) -> Path:
    path = folder / "big.csv"
    path.write_text("name,mobile,email,company\n" + "".join(
        f"客户{i},139{i:08d},c{i}@example.com,公司{i % 50}\n" for i in range(ROWS)), encoding="utf-8")
    return path


def at_once(*jobs) -> list[int]:  # noqa: ANN002 - callables returning an exit code
    """Run each job in a forked child, all released at the same moment; their exit codes."""
    go_r, go_w = os.pipe()
    pids = []
    for job in jobs:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 70
            try:
                os.close(go_w)
                os.read(go_r, 1)  # wait for the start
                code = job()
            finally:
                os._exit(code)
        pids.append(pid)
    os.close(go_r)
    os.write(go_w, b"x" * len(jobs))
    os.close(go_w)
    codes = []
    for pid in pids:
        _, status = os.waitpid(pid, 0)
        codes.append(os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1)
    return codes


def contacts(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
def test_two_imports_at_once_through_the_services_add_each_person_once(services: Services) -> None:
    """Below the CLI's lock: the import's duplicate check reads inside its BEGIN IMMEDIATE
    transaction, so the second import sees the first one's rows and merges instead of adding."""
    csv = big_csv(services.book.path.parent)
    path = services.book.path
    services.close()

    def job() -> int:
        s = Services.open(path, create=False)
        s.importing.apply(s.importing.read(csv))
        s.close()
        return 0

    assert at_once(job, job) == [0, 0]
    assert contacts(path) == ROWS
    record("concurrent writers run", 2)


@pytest.mark.slow
def test_two_import_commands_at_once_through_a_link_add_each_person_once(services: Services) -> None:
    csv = big_csv(services.book.path.parent)
    path = services.book.path
    services.close()
    link = path.with_name("link.dealbrief")
    link.symlink_to(path)
    codes = at_once(lambda: run_cli(["--book", str(path), "import", str(csv)])[0],
                    lambda: run_cli(["--book", str(link), "import", str(csv)])[0])
    assert sorted(codes) in ([0, 0], [0, 2])  # the second waits its turn or is refused (in use)
    assert contacts(path) == ROWS
    record("concurrent writers run", 2)


WRITES = [["import", "{csv}"], ["demo"], ["restore", "{backup}"],
          ["partner-update", "1", "--text"]]


@pytest.mark.parametrize("through_link", [False, True])
def test_every_write_command_is_refused_while_the_app_holds_the_book(
        demo_services: Services, clock, through_link: bool) -> None:
    path = demo_services.book.path
    folder = path.parent
    csv = folder / "new.csv"
    csv.write_text("name,mobile\n王建国,13901234567\n", encoding="utf-8")
    backup = back_up_now(path, clock())
    link = folder / "link.dealbrief"
    link.symlink_to(path)
    before = contacts(path)
    app = BookLock(path).acquire()  # the app has the book open
    try:
        for command in WRITES:
            args = [a.format(csv=csv, backup=backup) for a in command]
            target = link if through_link else path
            code, _out, err = run_cli(["--book", str(target), *args])
            assert code == 2, (command, err)
            assert "has this book open" in err, (command, err)
            record("writes refused while the app holds the book", 1)
        code, out, _err = run_cli(["--book", str(link), "partner-update", "1", "--text", "--no-record"])
        assert code == 0 and out  # reading is fine
    finally:
        app.release()
    assert contacts(path) == before


def test_the_lock_is_named_after_the_real_file(book_path: Path) -> None:
    Services.open(book_path).close()
    link = book_path.with_name("link.dealbrief")
    link.symlink_to(book_path)
    with BookLock(link):
        assert is_in_use(book_path)
    with BookLock(book_path):
        assert is_in_use(link)


def test_a_write_session_reads_inside_its_write_transaction(services: Services) -> None:
    """BEGIN IMMEDIATE: once a write session has read, nobody else can write until it ends."""
    from sqlmodel import select

    from desktop.storage.tables import Contact

    services.contacts.save(ContactRecord(name="陈静"))
    with services.book.session() as s:
        s.exec(select(Contact)).all()
        other = sqlite3.connect(services.book.path, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
    with services.book.reading() as s:  # a reading session does not block writers
        s.exec(select(Contact)).all()
        other = sqlite3.connect(services.book.path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        finally:
            other.close()
