"""Kills at random moments (SIGKILL, seeded) while a book's lock is set, changed or removed
(issue 21): the book left is the old one or the new one, whole and opened by its own passphrase,
with every write reported done; the old book's WAL is never replayed into the new file.

The victim opens the book, saves a contact (left in the WAL, not checkpointed), then relocks:
a kill can land in the export, the check of the new file, the fold of the old WAL, the rename or
the reopening."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.services.security import set_lock
from desktop.storage import cipher
from desktop.storage.book import open_book
from tests.fault.figures import record
from tests.fault.kill import Report
from tests.fault.test_kills import NOW, campaign, clock, put

# Per direction (encrypt, rekey, decrypt): 3 × 20 = 60 kills by default (each opens a locked
# book, which derives its key: seconds per kill); DEALBRIEF_FAULT_KILLS raises it.
KILLS = int(os.environ.get("DEALBRIEF_FAULT_KILLS", "20"))
OLD, NEW = "correct horse battery", "another long passphrase"
CONTACTS = 60

pytestmark = [pytest.mark.skipif(not hasattr(os, "fork"), reason="forks the victim (POSIX)"),
              pytest.mark.slow]


def template(folder: Path, passphrase: str | None) -> bytes:
    """A closed book of CONTACTS contacts, locked with `passphrase` (None: plain)."""
    plain = folder / "template-plain.dealbrief"
    services = Services.open(plain, clock())
    for n in range(CONTACTS):
        services.contacts.save(ContactRecord(name=f"客户{n}", mobile=f"139{n:08d}"))
    services.close()
    if passphrase is None:
        return plain.read_bytes()
    locked = folder / "template-locked.dealbrief"
    conn = cipher.cipher_connect(plain, None)
    try:
        cipher.export(conn, locked, passphrase)
    finally:
        conn.close()
    return locked.read_bytes()


def contacts_in(path: Path, passphrase: str | None) -> int:
    conn = cipher.connect(path, passphrase)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize(("old", "new"), [(None, OLD), (OLD, NEW), (OLD, None)],
                         ids=["encrypt", "rekey", "decrypt"])
def test_a_relock_killed_leaves_the_old_book_or_the_new_one(tmp_path: Path, old, new) -> None:
    folder = tmp_path / "book"
    folder.mkdir()
    path = folder / "book.dealbrief"
    data = template(tmp_path, old)
    outcomes = {"old": 0, "new": 0}

    def prepare() -> None:
        put(path, data)
        for leftover in folder.iterdir():
            if leftover != path and leftover.is_file():
                leftover.unlink()

    def work(report: Report) -> None:
        book = open_book(path, create=False, now=NOW, passphrase=old)
        Services(book, clock()).contacts.save(ContactRecord(name="最后一位", mobile="13700000000"))
        report("saved")
        set_lock(book, new).book.close()
        report("relocked")

    def check(lines: list[str], _killed: bool) -> None:
        opened_by = [lock for lock in (old, new) if cipher.opens_with(path, lock)]
        assert len(opened_by) == 1, f"opened by {opened_by} after {lines}"
        lock = opened_by[0]
        if "relocked" in lines:
            assert lock == new
        # the book the seller opens next: leftovers cleaned, WAL (if any) its own
        book = open_book(path, create=False, now=NOW, passphrase=lock)
        book.close()
        count = contacts_in(path, lock)
        assert count in (CONTACTS, CONTACTS + 1)
        if "saved" in lines:
            assert count == CONTACTS + 1, f"a reported save was lost ({lines})"
        outcomes["new" if lock == new else "old"] += 1
        record("books checked after a kill during relock", 1)

    name = {None: "plain"}.get(old, "locked") + " → " + {None: "plain"}.get(new, "locked")
    campaign(f"relock {name}", work, check, prepare, kills=KILLS)
    record(f"relock {name}: old book left", outcomes["old"])
    record(f"relock {name}: new book left", outcomes["new"])
    assert outcomes["old"]  # kills landed before the rename
    if KILLS >= 40:  # with enough kills, some land after it too (most of the work comes before)
        assert outcomes["new"]
