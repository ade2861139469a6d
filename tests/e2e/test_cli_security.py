"""`dealbrief encrypt|rekey|decrypt` and every command on a locked book, as a seller types them:
the passphrase from a file (--passphrase-file or DEALBRIEF_PASSPHRASE_FILE), never on the command
line; each problem in plain words with nothing changed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.container import Services
from desktop.storage import cipher
from desktop.storage.lock import BookLock

PASS = "correct horse battery"
OTHER = "another long passphrase"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {}
    for name, text in {"pass": PASS + "\n", "other": OTHER + "\r\n", "empty": "",
                       "short": "abc\n", "wrong": "not the passphrase\n"}.items():
        made[name] = tmp_path / f"{name}.txt"
        made[name].write_text(text, encoding="utf-8")
    return made


@pytest.fixture
def book(demo_services) -> Path:
    path = demo_services.book.path
    demo_services.close()
    return path


def run(book: Path, *args: str) -> int:
    return main(["--book", str(book), *args])


def test_encrypt_then_every_command_needs_the_passphrase_file(book, files, capsys,
                                                              monkeypatch) -> None:
    assert run(book, "encrypt", "--new-passphrase-file", str(files["pass"])) == 0
    out = capsys.readouterr().out
    assert "is locked with the passphrase" in out and "Passphrase strength: strong" in out
    assert cipher.looks_encrypted(book) and "何军".encode() not in book.read_bytes()

    assert run(book, "deals") != 0
    assert "locked with a passphrase" in capsys.readouterr().err
    assert run(book, "--passphrase-file", str(files["pass"]), "deals") == 0
    assert "华东精密" in capsys.readouterr().out
    assert run(book, "--passphrase-file", str(files["pass"]), "search", "华东精") == 0
    assert "华东精密" in capsys.readouterr().out
    monkeypatch.setenv("DEALBRIEF_PASSPHRASE_FILE", str(files["pass"]))
    assert run(book, "search", "何") == 0
    assert "何军" in capsys.readouterr().out


def test_a_wrong_missing_or_empty_passphrase_file_changes_nothing(book, files, capsys,
                                                                  tmp_path) -> None:
    assert run(book, "encrypt", "--new-passphrase-file", str(files["pass"])) == 0
    capsys.readouterr()
    digest = sha(book)
    assert run(book, "--passphrase-file", str(files["wrong"]), "deals") != 0
    assert "The passphrase does not open this book. Nothing was changed." in capsys.readouterr().err
    assert run(book, "--passphrase-file", str(tmp_path / "nowhere.txt"), "deals") == 2
    assert "there is no passphrase file at" in capsys.readouterr().err
    assert run(book, "--passphrase-file", str(files["empty"]), "deals") == 2
    assert "is empty" in capsys.readouterr().err
    assert run(book, "--passphrase-file", str(files["wrong"]), "rekey",
               "--new-passphrase-file", str(files["other"])) != 0
    assert "does not open" in capsys.readouterr().err
    assert run(book, "--passphrase-file", str(files["wrong"]), "backup") != 0
    capsys.readouterr()
    assert sha(book) == digest
    assert not (book.parent / "backups").exists() or not any((book.parent / "backups").iterdir())


def test_encrypt_twice_decrypt_a_plain_book_and_a_short_passphrase_are_refused(book, files,
                                                                             capsys) -> None:
    digest = sha(book)
    assert run(book, "encrypt", "--new-passphrase-file", str(files["short"])) == 1
    assert "too short: use at least 8 characters. Nothing was changed." in capsys.readouterr().err
    assert run(book, "decrypt") == 1
    assert "has no passphrase; set one with `dealbrief encrypt`" in capsys.readouterr().err
    assert run(book, "rekey", "--new-passphrase-file", str(files["pass"])) == 1
    capsys.readouterr()
    assert run(book, "encrypt") == 1  # no terminal to ask on
    assert "--new-passphrase-file FILE" in capsys.readouterr().err
    assert sha(book) == digest
    assert run(book, "encrypt", "--new-passphrase-file", str(files["pass"])) == 0
    capsys.readouterr()
    digest = sha(book)
    assert run(book, "--passphrase-file", str(files["pass"]), "encrypt",
               "--new-passphrase-file", str(files["other"])) == 1
    assert "already locked with a passphrase; change it with `dealbrief rekey`" in \
        capsys.readouterr().err
    assert sha(book) == digest


def test_the_passphrase_itself_is_never_taken_on_the_command_line(book, capsys) -> None:
    for args in (["--passphrase", "hunter2-secret", "deals"],
                 ["--passphrase=hunter2-secret", "deals"],
                 ["encrypt", "--new-passphrase", "hunter2-secret"]):
        with pytest.raises(SystemExit) as info:
            run(book, *args)
        assert info.value.code == 2
        err = capsys.readouterr().err
        assert "is not taken: a passphrase on the command line shows in `ps`" in err
        assert "hunter2-secret" not in err
    assert book.read_bytes().startswith(cipher.SQLITE_HEADER)


def test_rekey_and_decrypt_keep_the_data_and_the_backups_locked(book, files, capsys) -> None:
    assert run(book, "backup") == 0
    assert run(book, "encrypt", "--new-passphrase-file", str(files["pass"])) == 0
    assert "1 backup(s)" in capsys.readouterr().out
    [backup] = (book.parent / "backups").iterdir()
    assert cipher.opens_with(backup, PASS)
    assert run(book, "--passphrase-file", str(files["pass"]), "rekey",
               "--new-passphrase-file", str(files["other"])) == 0
    assert "locked with the new passphrase" in capsys.readouterr().out
    assert cipher.opens_with(book, OTHER) and cipher.opens_with(backup, OTHER)
    assert run(book, "--passphrase-file", str(files["other"]), "decrypt") == 0
    out = capsys.readouterr().out
    assert "no longer locked" in out and "stay locked" in out
    assert book.read_bytes().startswith(cipher.SQLITE_HEADER) and cipher.opens_with(backup, OTHER)
    services = Services.open(book, create=False)
    assert len(services.contacts.list()) > 10
    services.close()


def test_backup_and_restore_of_a_locked_book(book, files, capsys) -> None:
    assert run(book, "encrypt", "--new-passphrase-file", str(files["pass"])) == 0
    assert run(book, "--passphrase-file", str(files["pass"]), "backup") == 0
    [backup] = (book.parent / "backups").iterdir()
    assert cipher.opens_with(backup, PASS) and "何军".encode() not in backup.read_bytes()
    assert run(book, "--passphrase-file", str(files["pass"]), "rekey",
               "--new-passphrase-file", str(files["other"])) == 0
    elsewhere = book.parent / "kept-elsewhere.dealbrief"  # a copy still under the old passphrase
    conn = cipher.cipher_connect(backup, OTHER)
    try:
        cipher.export(conn, elsewhere, PASS)
    finally:
        conn.close()
    capsys.readouterr()
    digest = sha(book)
    assert run(book, "--passphrase-file", str(files["other"]), "restore", str(elsewhere)) != 0
    assert "the passphrase does not open it" in capsys.readouterr().err
    assert sha(book) == digest
    assert run(book, "--passphrase-file", str(files["other"]), "restore", str(elsewhere),
               "--backup-passphrase-file", str(files["pass"])) == 0
    assert cipher.opens_with(book, OTHER)  # the book keeps its own lock
    services = Services.open(book, create=False, passphrase=OTHER)
    assert services.contacts.list()
    services.close()


def test_encrypt_is_refused_while_the_app_holds_the_book(book, files, capsys) -> None:
    digest = sha(book)
    with BookLock(book):
        assert run(book, "encrypt", "--new-passphrase-file", str(files["pass"])) != 0
    assert "Dealbrief has this book open" in capsys.readouterr().err
    assert sha(book) == digest
