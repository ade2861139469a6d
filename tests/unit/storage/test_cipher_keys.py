"""A locked book's key is derived once per open (SQLCipher's raw key form), not on every
connection; the derived key is SQLCipher's own, lives in memory only, and a key that does not
open the file the way its passphrase does is never used."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from desktop.services.security import set_lock
from desktop.storage import cipher
from desktop.storage.book import open_book
from desktop.storage.errors import BookError, BookErrorKind

PASS = "correct horse battery"


@pytest.fixture
def locked(services: Services) -> Path:
    services.contacts.save(ContactRecord(name="钱斌", mobile="13877776666"))
    path = services.book.path
    set_lock(services.book, PASS).book.close()
    cipher.forget_keys()
    return path


@pytest.fixture
def counted(monkeypatch) -> dict[str, int]:
    """How often a key is derived here, and how each raw connection is keyed."""
    seen = {"derived": 0, "raw": 0, "passphrase": 0}
    derive, keyed = cipher.derive_key, cipher._keyed

    def counting_derive(passphrase: str, salt: bytes) -> bytes:
        seen["derived"] += 1
        return derive(passphrase, salt)

    def counting_keyed(conn, key: str):
        if key:
            seen["raw" if key.startswith("x'") else "passphrase"] += 1
        return keyed(conn, key)

    monkeypatch.setattr(cipher, "derive_key", counting_derive)
    monkeypatch.setattr(cipher, "_keyed", counting_keyed)
    return seen


def test_an_open_derives_the_key_once_for_every_connection(locked, clock, counted) -> None:
    s = Services.open(locked, clock, passphrase=PASS)
    assert s.book.engine.url.password.startswith("x'")  # the engine's connections: raw key
    for _ in range(3):
        s.contacts.list()
        s.contacts.save(ContactRecord(name="张伟", mobile="13912345678"))
    reader = threading.Thread(target=lambda: [s.contacts.list() for _ in range(3)])
    reader.start()
    reader.join()
    assert counted == {"derived": 1, "raw": counted["raw"], "passphrase": 0}
    assert counted["raw"] >= 1  # the open's own check read the book with the raw key
    s.close()
    assert cipher.derived_keys() == 0  # closing the book forgets its key


def test_a_read_only_book_opens_a_connection_per_read_without_deriving_again(demo_services,
                                                                            counted) -> None:
    deal = demo_services.deals.list()[0].deal
    demo_services.attachments.add("报价单.pdf", "报价单 第二版".encode() * 3000, deal_id=deal.id)
    locked = demo_services.book.path
    set_lock(demo_services.book, PASS).book.close()
    conn = cipher.connect(locked, PASS)
    roots = [r for (r,) in conn.execute(  # damaged past the first page: opened read-only
        "SELECT rootpage FROM sqlite_master WHERE name IN ('note', 'attachment_data')")]
    conn.close()
    cipher.forget_keys()
    counted["derived"] = 0
    data = bytearray(locked.read_bytes())
    for page in roots:
        data[(page - 1) * 4096 + 100 : page * 4096 - 100] = b"\xa5" * (4096 - 200)
    locked.write_bytes(bytes(data))
    book = open_book(locked, create=False, passphrase=PASS, read_only_ok=True)
    assert book.damaged
    for _ in range(5):  # NullPool: each reading session is a new connection
        with book.reading() as s:
            assert s.connection().exec_driver_sql("PRAGMA user_version").scalar()
    book.close()
    assert counted["derived"] == 1 and counted["passphrase"] == 0


@pytest.mark.parametrize("passphrase", [PASS, "销售的秘密口令 2026", 'it\'s "quoted" \\ ; --x'])
def test_the_derived_key_is_the_one_sqlcipher_derives(services, tmp_path, passphrase) -> None:
    services.contacts.save(ContactRecord(name="钱斌", mobile="13877776666"))
    services.close()
    dest = tmp_path / "locked.dealbrief"
    source = cipher.cipher_connect(services.book.path, None)
    try:
        cipher.export(source, dest, passphrase)  # keyed by SQLCipher from the passphrase
    finally:
        source.close()
    salt = cipher.file_salt(dest)
    assert salt == dest.read_bytes()[:16]
    key = cipher.key_for(dest, passphrase)
    assert key == cipher.raw_key(cipher.derive_key(passphrase, salt), salt)
    conn = cipher.connect(dest, passphrase)
    try:
        assert conn.execute("SELECT name FROM contact").fetchall() == [("钱斌",)]
    finally:
        conn.close()
    cipher.forget_keys()


def test_the_passphrase_and_the_key_are_written_nowhere(locked, clock, tmp_path) -> None:
    s = Services.open(locked, clock, passphrase=PASS)
    s.contacts.save(ContactRecord(name="张伟", mobile="13912345678"))
    salt = cipher.file_salt(locked)
    key = cipher.derive_key(PASS, salt)
    from desktop.storage.backup import back_up_now

    back_up_now(locked, clock(), passphrase=PASS)
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) >= 2
    for path in files:
        data = path.read_bytes()
        for secret in (PASS.encode(), key, key.hex().encode(), key.hex().upper().encode()):
            assert secret not in data, path
    s.close()


def test_a_key_derived_otherwise_is_never_used(locked, clock, monkeypatch) -> None:
    monkeypatch.setattr(cipher, "derive_key", lambda passphrase, salt: b"\x00" * 32)
    s = Services.open(locked, clock, passphrase=PASS)
    assert s.book.engine.url.password == PASS  # keyed with the passphrase, as before
    assert [c.name for c in s.contacts.list()] == ["钱斌"]
    assert cipher.derived_keys() == 0
    s.close()


def test_a_wrong_passphrase_keeps_no_key_and_changes_nothing(locked, clock) -> None:
    before = locked.read_bytes()
    with pytest.raises(BookError) as info:
        Services.open(locked, clock, passphrase="wrong passphrase")
    assert info.value.kind is BookErrorKind.WRONG_PASSPHRASE
    assert cipher._keys == {}
    assert locked.read_bytes() == before


def test_the_check_after_start_derives_no_key_and_runs_one_quick_check(locked, clock, counted,
                                                                        monkeypatch) -> None:
    """The check the app runs after its window shows (issue 20), on a locked book: the key the
    open derived is used again (none derived), and SQLite's quick_check runs once, never the
    longer integrity_check. (What it costs is SQLite's: see README "Your data is safe".)"""
    statements: list[str] = []
    keyed = cipher._keyed  # the counting one

    def tracing(conn, key: str):
        conn.set_trace_callback(statements.append)
        return keyed(conn, key)

    monkeypatch.setattr(cipher, "_keyed", tracing)
    s = Services.open(locked, clock, passphrase=PASS, check_later=True)  # as the app opens it
    assert counted["derived"] == 1
    opened = len(statements)
    s.book.check()
    checked = statements[opened:]
    assert counted["derived"] == 1 and counted["passphrase"] == 0
    assert sum("quick_check" in sql for sql in checked) == 1
    assert not any("integrity_check" in sql for sql in checked)
    s.contacts.save(ContactRecord(name="张伟", mobile="13912345678"))  # writes go through now
    s.close()
