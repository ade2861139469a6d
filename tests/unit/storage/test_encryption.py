"""A book locked with a passphrase (SQLCipher): set, change and remove the lock with every row,
the search index and the attachments kept; no plaintext in the file; a wrong passphrase changes
nothing; backups, restores, migrations, damage and the writer lock on a locked book."""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationFailed
from desktop.services.container import Services
from desktop.services.security import check_new, set_lock, strength
from desktop.storage import cipher
from desktop.storage.backup import auto_backup, back_up_now, list_backups, validate_backup
from desktop.storage.book import open_book
from desktop.storage.errors import BookError, BookErrorKind
from desktop.storage.lock import BookLock
from desktop.storage.restore import restore_backup
from tests.builders import exported_copy

PASS = "correct horse battery"
OTHER = "another long passphrase"
NOW = datetime(2026, 11, 20, 9, 30)
ATTACHMENT = "报价单 第二版 MES 升级".encode() * 300


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(s: Services) -> dict:
    """What the seller sees: contacts, deals, notes, search hits, an attachment's bytes."""
    deal = s.deals.list()[0].deal
    attachments = s.attachments.list(deal_id=deal.id)
    return {
        "contacts": sorted((c.name, c.mobile, c.wechat) for c in s.contacts.list()),
        "deals": sorted(d.deal.title for d in s.deals.list()),
        "notes": sorted(n.id for n in s.notes.list(deal_id=deal.id)),
        "search_1": [h.title for h in s.search.search("华").hits],  # one character
        "search_3": [h.title for h in s.search.search("华东精").hits],  # a trigram
        "search_phone": [h.title for h in s.search.search("13877776666").hits],
        "attachment": s.attachments.data(attachments[0].id) if attachments else None,
    }


@pytest.fixture
def demo_book(demo_services: Services) -> Services:
    deal = demo_services.deals.list()[0].deal
    demo_services.attachments.add("报价单.pdf", ATTACHMENT, deal_id=deal.id)
    return demo_services


def test_set_change_and_remove_keep_every_row_the_index_and_attachments(demo_book, clock) -> None:
    before = snapshot(demo_book)
    assert before["search_1"] and before["search_3"] and before["search_phone"]
    assert before["attachment"] == ATTACHMENT
    path = demo_book.book.path

    locked = set_lock(demo_book.book, PASS).book
    assert cipher.looks_encrypted(path) and locked.passphrase == PASS
    assert snapshot(Services(locked, clock)) == before
    locked.close()

    rekeyed = set_lock(open_book(path, create=False, passphrase=PASS), OTHER).book
    assert not cipher.opens_with(path, PASS) and cipher.opens_with(path, OTHER)
    assert snapshot(Services(rekeyed, clock)) == before

    plain = set_lock(rekeyed, None).book
    assert plain.passphrase is None and path.read_bytes().startswith(cipher.SQLITE_HEADER)
    assert snapshot(Services(plain, clock)) == before
    plain.close()


def test_a_locked_book_can_be_written_and_searched(demo_book, clock) -> None:
    locked = set_lock(demo_book.book, PASS).book
    s = Services(locked, clock)
    from desktop.domain.people import ContactRecord

    s.contacts.save(ContactRecord(name="欧阳娜娜", mobile="13912345678"))
    s.close()
    again = Services.open(demo_book.book.path, clock, passphrase=PASS)
    assert [h.title for h in again.search.search("阳").hits] == ["欧阳娜娜"]
    assert [h.title for h in again.search.search("13912345678").hits] == ["欧阳娜娜"]
    again.close()


def test_the_locked_file_holds_no_plaintext(demo_book) -> None:
    path = demo_book.book.path
    names = [c.name for c in demo_book.contacts.list()]
    mobile = next(c.mobile for c in demo_book.contacts.list() if c.mobile.startswith("+86"))
    plain_before = path.read_bytes() + path.with_name(path.name + "-wal").read_bytes()
    assert "何军".encode() in plain_before or any(n.encode() in plain_before for n in names)

    locked = set_lock(demo_book.book, PASS).book
    s = Services(locked, demo_book.clock)
    s.contacts.list()
    s.close()
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    data += wal.read_bytes() if wal.exists() else b""
    for name in names:
        assert name.encode("utf-8") not in data
    assert mobile.encode() not in data and mobile[3:].encode() not in data
    assert b"SQLite format 3" not in data and ATTACHMENT[:30] not in data
    for leftover in path.parent.iterdir():  # nothing plain was left beside it
        if leftover.is_file() and leftover != path and "lock" not in leftover.name:
            assert "何军".encode() not in leftover.read_bytes(), leftover


def test_a_wrong_or_missing_passphrase_changes_nothing(demo_book, clock) -> None:
    path = demo_book.book.path
    set_lock(demo_book.book, PASS).book.close()
    digest = sha(path)
    for attempt in ("wrong passphrase", PASS.upper(), PASS + " "):
        with pytest.raises(BookError) as info:
            Services.open(path, clock, passphrase=attempt)
        assert info.value.kind is BookErrorKind.WRONG_PASSPHRASE
    with pytest.raises(BookError) as info:
        Services.open(path, clock)
    assert info.value.kind is BookErrorKind.ENCRYPTED
    with pytest.raises(BookError) as info:
        back_up_now(path, NOW, passphrase="wrong passphrase")
    assert info.value.kind is BookErrorKind.WRONG_PASSPHRASE
    assert sha(path) == digest
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert not list_backups(path)


def test_a_plain_book_ignores_a_passphrase(services, clock) -> None:
    path = services.book.path
    services.close()
    s = Services.open(path, clock, passphrase=PASS)
    assert s.book.passphrase is None
    s.close()


def test_backups_of_a_locked_book_are_locked_with_the_same_key(demo_book, tmp_path) -> None:
    path = demo_book.book.path
    set_lock(demo_book.book, PASS).book.close()
    manual = back_up_now(path, NOW, passphrase=PASS)
    auto = auto_backup(path, NOW, passphrase=PASS)
    for backup in (manual, auto):
        assert cipher.looks_encrypted(backup) and cipher.opens_with(backup, PASS)
        assert "何军".encode() not in backup.read_bytes()
        assert validate_backup(backup, passphrase=PASS).schema_version > 0
        with pytest.raises(BookError) as info:
            validate_backup(backup)
        assert info.value.kind is BookErrorKind.ENCRYPTED


def test_backups_follow_the_lock_on_encrypt_and_rekey_and_stay_locked_on_decrypt(demo_book) -> None:
    path = demo_book.book.path
    plain_backup = back_up_now(path, NOW)
    assert plain_backup.read_bytes().startswith(cipher.SQLITE_HEADER)

    locked = set_lock(demo_book.book, PASS)
    assert locked.backups == (plain_backup,)
    assert cipher.opens_with(plain_backup, PASS) and "何军".encode() not in plain_backup.read_bytes()
    second = back_up_now(path, datetime(2026, 11, 21, 9, 0), passphrase=PASS)

    rekeyed = set_lock(locked.book, OTHER)
    assert set(rekeyed.backups) == {plain_backup, second}
    assert all(cipher.opens_with(b, OTHER) and not cipher.opens_with(b, PASS)
               for b in (plain_backup, second))

    removed = set_lock(rekeyed.book, None)
    assert removed.backups == ()
    assert all(cipher.opens_with(b, OTHER) for b in (plain_backup, second))  # still locked
    removed.book.close()


def test_a_backup_under_another_passphrase_is_left_alone(demo_book, tmp_path) -> None:
    path = demo_book.book.path
    locked = set_lock(demo_book.book, PASS).book
    old = back_up_now(path, NOW, passphrase=PASS)
    foreign = path.parent / "backups" / "book-manual-foreign.dealbrief"
    shutil.copyfile(old, foreign)
    rekeyed = set_lock(locked, OTHER)
    assert old in rekeyed.backups and foreign in rekeyed.backups  # both were under PASS
    digest = sha(foreign)
    again = set_lock(rekeyed.book, "a third passphrase!")
    assert foreign in again.backups and sha(foreign) != digest
    again.book.close()


@pytest.mark.parametrize("same", [True, False], ids=["same-passphrase", "other-passphrase"])
def test_restore_of_a_locked_backup_keeps_the_books_lock(demo_book, clock, same) -> None:
    path = demo_book.book.path
    count = len(demo_book.contacts.list())
    locked = set_lock(demo_book.book, PASS).book
    backup = back_up_now(path, NOW, passphrase=PASS)
    s = Services(locked, clock)
    for contact in s.contacts.list()[:3]:
        s.contacts.delete(contact.id)
    book_lock = PASS
    if not same:  # the book's passphrase changed since; a copy under the old one was kept elsewhere
        book_lock = OTHER
        s.book = set_lock(s.book, OTHER).book
        backup = exported_copy(backup, OTHER, backup.with_name("kept-elsewhere.dealbrief"), PASS)
    s.close()
    result = restore_backup(backup, path, NOW, passphrase=PASS, book_passphrase=book_lock)
    assert cipher.opens_with(path, book_lock) and "何军".encode() not in path.read_bytes()
    assert result.kept is not None and cipher.opens_with(result.kept, book_lock)
    restored = Services.open(path, clock, passphrase=book_lock)
    assert len(restored.contacts.list()) == count
    restored.close()




def test_restore_asks_for_the_backups_passphrase(demo_book, clock) -> None:
    path = demo_book.book.path
    set_lock(demo_book.book, PASS).book.close()
    backup = back_up_now(path, NOW, passphrase=PASS)
    digest = sha(path)
    with pytest.raises(BookError) as info:
        restore_backup(backup, path, NOW, book_passphrase=PASS, passphrase=None)
    assert info.value.kind is BookErrorKind.ENCRYPTED
    with pytest.raises(BookError) as info:
        restore_backup(backup, path, NOW, passphrase="not the one at all", book_passphrase=PASS)
    assert info.value.kind is BookErrorKind.WRONG_PASSPHRASE
    with pytest.raises(BookError) as info:  # the book's own lock is needed too
        restore_backup(backup, path, NOW, passphrase=PASS)
    assert info.value.kind is BookErrorKind.ENCRYPTED
    assert sha(path) == digest


def test_a_locked_backup_restored_onto_a_plain_book_makes_it_plain(demo_book, clock) -> None:
    path = demo_book.book.path
    locked = set_lock(demo_book.book, PASS).book
    backup = back_up_now(path, NOW, passphrase=PASS)
    set_lock(locked, None).book.close()
    restore_backup(backup, path, NOW, passphrase=PASS, book_passphrase=None)
    assert path.read_bytes().startswith(cipher.SQLITE_HEADER)
    s = Services.open(path, clock)
    assert s.contacts.list()
    s.close()


def test_the_pre_migration_backup_of_a_locked_older_book_is_locked(tmp_path, clock) -> None:
    from tests.unit.storage.test_money_migration import _make_v5_book

    plain = tmp_path / "v5.dealbrief"
    _make_v5_book(plain, clock)
    path = tmp_path / "book.dealbrief"
    exported_copy(plain, None, path, PASS)
    assert cipher.looks_encrypted(path)
    book = open_book(path, now=NOW, passphrase=PASS)
    assert book.migrated_from == 5
    book.close()
    [backup] = (tmp_path / "backups").glob("*before-v6*")
    assert cipher.looks_encrypted(backup) and cipher.opens_with(backup, PASS)
    assert "钱斌".encode() not in backup.read_bytes()
    assert validate_backup(backup, passphrase=PASS).schema_version == 5


def test_a_damaged_locked_book_is_damaged_not_a_wrong_passphrase(demo_book, clock) -> None:
    path = demo_book.book.path
    set_lock(demo_book.book, PASS).book.close()
    good = back_up_now(path, NOW, passphrase=PASS)
    conn = cipher.connect(path, PASS)
    roots = [r for (r,) in conn.execute(  # pages past the first: tables, not the schema's own
        "SELECT rootpage FROM sqlite_master WHERE name IN ('contact', 'note', 'attachment_data')")]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in roots:
        data[(page - 1) * 4096 + 100 : page * 4096 - 100] = b"\xa5" * (4096 - 200)
    path.write_bytes(bytes(data))
    digest = sha(path)
    with pytest.raises(BookError) as info:
        Services.open(path, clock, passphrase=PASS)
    assert info.value.kind is BookErrorKind.DAMAGED and info.value.backup == good
    book = open_book(path, create=False, passphrase=PASS, read_only_ok=True)
    assert book.damaged and book.problems
    book.close()
    with pytest.raises(BookError) as info:  # a wrong passphrase is still told apart
        Services.open(path, clock, passphrase="wrong passphrase")
    assert info.value.kind is BookErrorKind.WRONG_PASSPHRASE
    assert sha(path) == digest


def test_a_locked_book_refuses_a_second_writer(demo_book, clock) -> None:
    path = demo_book.book.path
    set_lock(demo_book.book, PASS).book.close()
    with BookLock(path):
        with pytest.raises(BookError) as info:
            BookLock(path).acquire()
        assert info.value.kind is BookErrorKind.IN_USE
    assert cipher.opens_with(path, PASS)


def test_relock_refuses_a_read_only_book(demo_book) -> None:
    path = demo_book.book.path
    set_lock(demo_book.book, PASS).book.close()
    book = open_book(path, create=False, passphrase=PASS)
    book.read_only = BookErrorKind.DAMAGED
    digest = sha(path)
    with pytest.raises(BookError) as info:
        set_lock(book, OTHER)
    assert info.value.kind is BookErrorKind.DAMAGED and sha(path) == digest
    book.close()


@pytest.mark.parametrize(
    ("passphrase", "code"),
    [("short", "too_short"), (" leading space here", "edge_spaces"), ("two\nlines here", "line_break")],
)
def test_a_passphrase_that_cannot_be_used_is_refused_before_anything(demo_book, passphrase, code):
    path = demo_book.book.path
    digest = sha(path)
    with pytest.raises(ValidationFailed) as info:
        set_lock(demo_book.book, passphrase)
    assert code in [e.code for e in info.value.errors]
    assert sha(path) == digest and demo_book.contacts.list()


def test_check_new_and_strength() -> None:
    with pytest.raises(ValidationFailed) as info:
        check_new(PASS, PASS + "x")
    assert [e.code for e in info.value.errors] == ["mismatch"]
    check_new(PASS, PASS)
    assert [strength(p) for p in ("short", "abcdefgh", "abcdefgh1234", "Abc!1234wxyz", "我的客户名单很重要啊")] \
        == [0, 1, 2, 3, 1]


def test_a_backup_that_cannot_be_rewritten_is_left_and_named_the_lock_still_set(demo_book) -> None:
    path = demo_book.book.path
    good = back_up_now(path, NOW)
    damaged = path.parent / "backups" / "book-manual-2026-11-19-damaged-x.dealbrief"
    data = bytearray(good.read_bytes())
    for page in range(3, len(data) // 4096, 2):
        data[page * 4096 + 100 : page * 4096 + 300] = b"\xa5" * 200
    damaged.write_bytes(bytes(data))
    result = set_lock(demo_book.book, PASS)
    assert result.backups == (good,) and result.not_relocked == (damaged,)
    assert cipher.opens_with(path, PASS) and damaged.read_bytes() == bytes(data)
    result.book.close()
