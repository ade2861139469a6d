"""Every file the app writes: never through a planted symlink, user-only, never over an existing
export without being asked, and a plain message (no traceback) when the disk is full or the folder
read-only (issue 13 cases 5, 8 and 11)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.people import ContactRecord
from desktop.services.container import Services
from tests.fault.figures import record

ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def first_deal(services: Services) -> int:
    conn = sqlite3.connect(services.book.path)
    try:
        return conn.execute("SELECT min(id) FROM deal").fetchone()[0]
    finally:
        conn.close()


def write_csv(services: Services, target: Path) -> None:
    services.exporting.contacts(target, overwrite=True)


def write_vcard(services: Services, target: Path) -> None:
    services.exporting.contacts(target, overwrite=True)


def write_json(services: Services, target: Path) -> None:
    services.exporting.whole_book(target, overwrite=True)


def write_pdf(services: Services, target: Path) -> None:
    from desktop.documents.visit_brief import VisitBrief

    VisitBrief(services.briefing.visit_brief(first_deal(services), "en")).render(target)


def write_backup(services: Services, target: Path) -> None:
    from desktop.services.backups import back_up_now

    back_up_now(services.book.path, services.clock(), target)


def write_calendar(services: Services, target: Path) -> None:
    services.calendar.export(target, days=30)


def write_report_csv(services: Services, target: Path) -> None:
    from desktop.domain.reports.tables import Column, Row, Table
    from desktop.services.reports import export_table_csv

    table = Table("t", "Contacts", (Column("name", "Name", "姓名"),),
                  (Row(("=HYPERLINK(\"http://evil.example\")",)), Row(("张伟",))))
    export_table_csv(table, "en", target)
    assert "'=HYPERLINK" in target.read_text("utf-8-sig")  # the one CSV rule


def write_attachment(services: Services, target: Path) -> None:
    record = services.attachments.add(target.name, b"%PDF-1.4 contract scan", deal_id=first_deal(services))
    assert services.attachments.save_to(record.id, target.parent) == target


WRITERS: dict[str, tuple[str, Callable[[Services, Path], None]]] = {
    "contacts CSV": ("x.csv", write_csv),
    "contacts vCard": ("x.vcf", write_vcard),
    "whole-book JSON": ("x.json", write_json),
    "PDF": ("x.pdf", write_pdf),
    "backup -o": ("x.dealbrief", write_backup),
    "calendar": ("x.ics", write_calendar),
    "report CSV": ("x.csv", write_report_csv),
}


def plant(folder: Path, name: str, victim: Path) -> list[Path]:
    """Symlinks at every name the old writers used for their temporary files, and at the name."""
    links = []
    for link_name in (f".{name}.part", f"{name}.part", f".{name}.tmp", name):
        link = folder / link_name
        link.symlink_to(victim)
        links.append(link)
    return links


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_planted_symlink_never_gets_written_through(
        writer: str, demo_services: Services, tmp_path: Path) -> None:
    name, write = WRITERS[writer]
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"the seller's other file")
    plant(out, name, victim)
    write(demo_services, out / name)
    record("symlinks planted at writers' names", 4)
    assert victim.read_bytes() == b"the seller's other file"
    assert not (out / name).is_symlink() and (out / name).stat().st_size > 0
    assert mode(out / name) == 0o600


def test_restore_never_writes_through_a_symlink_at_its_staging_name(
        demo_services: Services, tmp_path: Path) -> None:
    from desktop.services.backups import back_up_now, restore_backup

    backup = back_up_now(demo_services.book.path, demo_services.clock(), tmp_path / "b.dealbrief")
    book = tmp_path / "restored.dealbrief"
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    for name in (f".{book.name}.restoring", f"..{book.name}.restoring.part"):
        (tmp_path / name).symlink_to(victim)
    restore_backup(backup, book, demo_services.clock())
    record("symlinks planted at writers' names", 2)
    assert victim.read_bytes() == b"precious"
    assert mode(book) == 0o600


@pytest.mark.parametrize("writer", list(WRITERS))
def test_everything_written_is_user_only_in_user_only_new_folders(
        writer: str, demo_services: Services, tmp_path: Path) -> None:
    name, write = WRITERS[writer]
    os.chmod(tmp_path, 0o755)
    target = tmp_path / "new" / "folder" / name
    write(demo_services, target)
    assert mode(target) == 0o600
    assert mode(tmp_path / "new") == 0o700 and mode(tmp_path / "new" / "folder") == 0o700
    assert sorted(p.name for p in target.parent.iterdir()) == [name]  # no temporary file left


def test_the_daily_backups_folder_and_files_are_user_only(services: Services) -> None:
    from desktop.services.backups import auto_backup

    made = auto_backup(services.book.path, services.clock())
    assert made is not None and mode(made) == 0o600 and mode(made.parent) == 0o700


def test_settings_file_and_config_folder_are_user_only(tmp_path: Path) -> None:
    from desktop.ui.settings import LAST_PAGE, Settings

    folder = tmp_path / "xdg" / "dealbrief"
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)
    old = folder / "settings.ini"  # as an older version left it
    old.write_text("[ui]\nlast_page=deals\n")
    os.chmod(old, 0o644)
    settings = Settings(old)
    settings.set(LAST_PAGE, "today")
    settings.sync()
    assert mode(old) == 0o600 and mode(folder) == 0o700
    fresh = tmp_path / "new-config" / "dealbrief" / "settings.ini"
    settings = Settings(fresh)
    settings.set(LAST_PAGE, "today")
    settings.sync()
    assert mode(fresh) == 0o600 and mode(fresh.parent) == 0o700 and mode(fresh.parent.parent) == 0o700


@pytest.mark.parametrize(("what", "name"), [("contacts", "c.csv"), ("contacts", "c.vcf"),
                                            ("book", "b.json")])
def test_export_refuses_to_replace_a_file_without_force(
        what: str, name: str, demo_services: Services, tmp_path: Path, capsys) -> None:
    book = str(demo_services.book.path)
    demo_services.close()
    target = tmp_path / name
    target.write_bytes(b"the seller's own file")
    os.chmod(target, 0o644)
    assert main(["--book", book, "export", what, "-o", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == b"the seller's own file" and mode(target) == 0o644
    assert main(["--book", book, "export", what, "-o", str(target), "--force"]) == 0
    assert target.read_bytes() != b"the seller's own file" and mode(target) == 0o600


FULL_DISK_CHILD = textwrap.dedent("""
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from desktop.cli import main
    import desktop.services.exporting, desktop.documents.visit_brief  # before the limit
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    sys.exit(main(sys.argv[1:]))
""")


def run_full(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, *args], check=False, capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize("command", [["export", "contacts", "-o", "{out}/c.csv"],
                                     ["export", "book", "-o", "{out}/b.json"],
                                     ["brief", "{deal}", "-o", "{out}/b.pdf"],
                                     ["backup", "-o", "{out}/b.dealbrief"]])
def test_a_full_disk_gives_a_plain_message_and_leaves_nothing(
        command: list[str], demo_services: Services, tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes every write past 4 KiB fail with EFBIG, like a full disk."""
    book = demo_services.book.path
    deal = str(first_deal(demo_services))
    demo_services.close()
    out = tmp_path / "out"
    out.mkdir()
    args = [a.format(out=out, deal=deal) for a in command]
    done = run_full(["--book", str(book), *args])
    record("full-disk writes tried", 1)
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith("dealbrief: "), done.stderr
    assert list(out.iterdir()) == []


READ_ONLY_CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from desktop.cli import main
    from tests.privileges import drop_to_nobody
    book, out = Path(sys.argv[1]), Path(sys.argv[2])
    # permissions do not bind root: become "nobody", owning only the book
    if not drop_to_nobody(book.parent, book):
        out.chmod(0o555)
    sys.exit(main(["--book", str(book), *sys.argv[3:]]))
""")


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("command", [["export", "contacts", "-o", "{out}/c.csv"],
                                     ["export", "book", "-o", "{out}/b.json"],
                                     ["backup", "-o", "{out}/b.dealbrief"]])
def test_a_read_only_folder_gives_a_plain_message(command: list[str], services: Services) -> None:
    import shutil
    import tempfile

    services.contacts.save(ContactRecord(name="张伟"))
    services.close()
    top = Path(tempfile.mkdtemp(prefix="dealbrief-ro-"))  # outside tmp_path: "nobody" must reach it
    try:
        top.chmod(0o755)
        (top / "book").mkdir()
        book = top / "book" / "b.dealbrief"
        shutil.copy(services.book.path, book)
        out = top / "out"
        out.mkdir(mode=0o755)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", READ_ONLY_CHILD, str(book), str(out),
                               *[a.format(out=out) for a in command]],
                              check=False, capture_output=True, text=True, env=env, cwd=ROOT,
                              timeout=120)
        record("read-only writes tried", 1)
        assert done.returncode != 0, done.stdout
        assert "Traceback" not in done.stderr, done.stderr
        assert done.stderr.startswith("dealbrief: cannot write"), done.stderr
        assert list(out.iterdir()) == []
    finally:
        shutil.rmtree(top, ignore_errors=True)


def test_saving_an_attachment_never_writes_through_a_symlink_or_over_a_file(
        demo_services: Services, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    plant(out, "contract.pdf", victim)
    record_ = demo_services.attachments.add("contract.pdf", b"%PDF-1.4 scan", deal_id=first_deal(demo_services))
    saved = demo_services.attachments.save_to(record_.id, out)
    record("symlinks planted at writers' names", 4)
    assert victim.read_bytes() == b"precious"
    assert saved.name == "contract (2).pdf" and saved.read_bytes() == b"%PDF-1.4 scan" and mode(saved) == 0o600
