"""A book a kill left with a hot rollback journal opens with its own passphrase (issue 21).

A relock writes the new book with `sqlcipher_export`, which leaves it in rollback-journal mode;
its first open turns it to WAL in a transaction journalled in `-journal`. A kill in that
transaction leaves a hot journal, and SQLite refuses a read-only connection to such a file
whatever the key ("attempt to write a readonly database"): `opens_with`, which reads read-only,
called the right passphrase wrong, and the seller's next open said WRONG_PASSPHRASE for good.
The relock kill campaign saw it as "opened by [] after []".

The state is made here without timing: a child process writes the book with a tiny page cache
(so pages spill into the file, which syncs the journal first: SQLite then calls it hot) and
kills itself with SIGKILL before it commits.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.storage import cipher
from desktop.storage.book import open_book
from tests.builders import exported_copy

OLD, WRONG = "correct horse battery", "another long passphrase"
CONTACTS = 40
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # written once the journal is synced
NOBODY = 65534

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a child (POSIX)")

KILLED_AFTER_COMMIT = """
import os, signal, sys
from sqlcipher3 import dbapi2
conn = dbapi2.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = " + sys.argv[2])
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")  # the commit stays in the -wal, as the app's saves do
conn.execute("UPDATE contact SET name = 'committed' WHERE id = 1")
os.kill(os.getpid(), signal.SIGKILL)
"""

KILLED_MID_TRANSACTION = """
import os, signal, sqlite3, sys
from sqlcipher3 import dbapi2
path, key = sys.argv[1], sys.argv[2]
conn = (dbapi2 if key else sqlite3).connect(path, isolation_level=None)
if key:
    conn.execute("PRAGMA key = " + key)
conn.execute("PRAGMA cache_size = 2")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE contact SET name = 'rolled back', remarks = hex(randomblob(3000))")
os.kill(os.getpid(), signal.SIGKILL)
"""


def relocked_book(services: Services, folder: Path, passphrase: str | None) -> Path:
    """A book as a relock leaves it before its first open: exported, in rollback-journal mode."""
    for n in range(CONTACTS):
        services.contacts.save(ContactRecord(name=f"客户{n}", mobile=f"139{n:08d}"))
    plain = services.book.path
    services.close()
    return exported_copy(plain, None, folder / "relocked.dealbrief", passphrase)


def leave_hot_journal(path: Path, passphrase: str | None) -> Path:
    key = cipher.quote(passphrase) if passphrase is not None else ""
    subprocess.run([sys.executable, "-c", KILLED_MID_TRANSACTION, str(path), key], check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.read_bytes()[:8] == JOURNAL_MAGIC  # hot: what a kill in the WAL switch leaves
    return journal


def read_only_error(path: Path, passphrase: str | None) -> str:
    from sqlcipher3 import dbapi2

    conn = (dbapi2 if passphrase else sqlite3).connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        if passphrase:
            conn.execute(f"PRAGMA key = {cipher.quote(passphrase)}")
        conn.execute("PRAGMA user_version").fetchone()
        return ""
    except (sqlite3.Error, dbapi2.Error) as exc:
        return str(exc)
    finally:
        conn.close()


def names(path: Path, passphrase: str | None) -> set[str]:
    conn = cipher.connect(path, passphrase)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {row[0] for row in conn.execute("SELECT name FROM contact")}
    finally:
        conn.close()


@pytest.mark.parametrize("passphrase", [OLD, None], ids=["locked", "plain"])
def test_the_right_passphrase_opens_a_book_a_kill_left_with_a_hot_journal(services, tmp_path,
                                                                          clock, passphrase):
    path = relocked_book(services, tmp_path, passphrase)
    journal = leave_hot_journal(path, passphrase)
    assert "readonly" in read_only_error(path, passphrase)  # the state the campaign met

    assert cipher.opens_with(path, passphrase)
    assert not journal.exists()  # rolled back: SQLite's own recovery
    assert not cipher.opens_with(path, WRONG if passphrase is None else None)
    if passphrase is not None:
        assert not cipher.opens_with(path, WRONG)
    book = open_book(path, create=False, passphrase=passphrase)  # WRONG_PASSPHRASE before
    book.close()
    assert names(path, passphrase) == {f"客户{n}" for n in range(CONTACTS)}


def test_the_seller_opening_the_book_gets_it_not_wrong_passphrase(services, tmp_path, clock):
    path = relocked_book(services, tmp_path, OLD)
    leave_hot_journal(path, OLD)
    cipher.forget_keys()
    s = Services.open(path, clock, create=False, passphrase=OLD, check_later=True)  # as the app
    try:
        s.book.check()
    finally:
        s.close()
    assert names(path, OLD) == {f"客户{n}" for n in range(CONTACTS)}


def test_a_wrong_passphrase_rolls_back_the_same_bytes_the_right_one_does(services, tmp_path):
    """The journal is rolled back before the key is known: it holds the pages as the file
    held them (encrypted), so any key puts back the same bytes."""
    path = relocked_book(services, tmp_path, OLD)
    leave_hot_journal(path, OLD)
    other = tmp_path / "copy"
    other.mkdir()
    for item in tmp_path.glob("relocked.dealbrief*"):
        shutil.copy2(item, other / item.name)
    copy = other / path.name

    assert not cipher.opens_with(copy, WRONG)
    assert cipher.opens_with(path, OLD)
    assert sorted(p.name for p in other.iterdir()) == [copy.name]
    assert hashlib.sha256(copy.read_bytes()).digest() == hashlib.sha256(path.read_bytes()).digest()
    assert cipher.opens_with(copy, OLD)


def test_where_the_journal_cannot_be_rolled_back_page_one_answers(services, tmp_path):
    """A read-only folder: nothing is written, and the key is checked on the file as it is."""
    if os.geteuid() != 0:
        pytest.skip("needs root to become another user")
    made = relocked_book(services, tmp_path, OLD)
    folder = Path(tempfile.mkdtemp(prefix="hot-journal-"))  # reachable by nobody, unlike tmp_path
    try:
        folder.chmod(0o755)
        path = folder / made.name
        shutil.copy2(made, path)
        journal = leave_hot_journal(path, OLD)
        for item in (path, journal):
            item.chmod(0o644)
        before = {p.name: p.read_bytes() for p in folder.iterdir()}
        from sqlcipher3 import dbapi2  # noqa: F401  (imported before the child drops root)

        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 70
            try:
                os.setgid(NOBODY)
                os.setuid(NOBODY)
                right, wrong = cipher.opens_with(path, OLD), cipher.opens_with(path, WRONG)
                code = 0 if right and not wrong else 10 + 2 * right + wrong
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.WEXITSTATUS(status) == 0
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize("shm", ["kept", "removed"])
def test_a_locked_book_a_killed_writer_left_with_its_wal_opens_read_only(services, tmp_path, shm):
    """The other state a kill leaves beside a locked book (the save before a relock, the fold of
    its WAL): committed frames in the -wal and the writer's -shm, or no -shm (relock removes it
    after the rename). A read-only connection rebuilds the -shm and reads the frames."""
    path = relocked_book(services, tmp_path, OLD)
    subprocess.run([sys.executable, "-c", KILLED_AFTER_COMMIT, str(path), cipher.quote(OLD)],
                   check=False)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    if shm == "removed":
        path.with_name(path.name + "-shm").unlink()
    assert cipher.opens_with(path, OLD)
    assert not cipher.opens_with(path, WRONG)
    assert "committed" in names(path, OLD)
