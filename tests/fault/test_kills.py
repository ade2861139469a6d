"""Kills at random moments (SIGKILL, seeded) during every kind of write (issue 13, the fault
suite): saves, creating a book, each migration, import, demo, backup and restore.

After each kill: the book opens, passes integrity_check, holds every write the victim reported
done, and holds no half operation (an import or a demo is all there or not at all).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from desktop.domain.clock import FixedClock
from desktop.domain.people import CompanyRecord, ContactRecord
from desktop.services.container import Services
from desktop.storage.book import open_book
from desktop.storage.schema import LATEST_VERSION, MIGRATIONS, V1_SCHEMA
from tests.fault.figures import record
from tests.fault.kill import Report, run_and_kill, timed

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks the victim (POSIX)")

KILLS = int(os.environ.get("DEALBRIEF_FAULT_KILLS", "100"))  # per operation
# The demo takes a few seconds before its one commit (a year of deals moved through their
# stages): its hundred kills are the slowest campaign, but the issue asks for a hundred each.
DEMO_KILLS = KILLS
NOW = datetime(2026, 11, 20, 9, 30)
SEED = 20261202


def clock() -> FixedClock:
    return FixedClock(NOW)


def integrity(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def put(path: Path, data: bytes) -> None:
    """The book at `path` becomes exactly `data` (companions removed)."""
    for extra in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    path.write_bytes(data)


def empty_book(folder: Path) -> bytes:
    path = folder / "template.dealbrief"
    Services.open(path, clock()).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    put(path, b"")
    path.unlink()
    return data


def campaign(name: str, work: Callable[[Report], None], check: Callable[[list[str], bool], None],
             prepare: Callable[[], None] = lambda: None, kills: int = KILLS,
             seed: int = SEED) -> None:
    """Run `work` in a forked child `kills` times, killed after a random delay within its
    unkilled duration; `check(reported lines, killed)` after each."""
    rng = random.Random(f"{seed}-{name}")
    prepare()
    span = timed(work) * 1.1
    killed = 0
    tries = 0
    while killed < kills:
        tries += 1
        assert tries < kills * 5, f"{name}: the victim keeps finishing before the kill"
        prepare()
        start = time.monotonic()
        outcome = run_and_kill(work, rng.uniform(0, span))
        if not outcome.killed:
            # it ran faster than when it was timed (a busy machine got quiet): the kills must
            # still fall inside the work, so the window follows the quickest run seen
            span = min(span, (time.monotonic() - start) * 1.05)
        assert outcome.killed or outcome.exit_code == 0, f"{name}: the victim failed"
        check(outcome.lines, outcome.killed)
        killed += outcome.killed
        record("writes reported done and checked after a kill", len(outcome.lines))
    record(f"kills: {name}", killed)


# --- saves ------------------------------------------------------------------------------------
@pytest.mark.slow
def test_killed_saves_lose_no_reported_write(tmp_path: Path) -> None:
    from desktop.domain.deals import DealRecord

    path = tmp_path / "book.dealbrief"
    services = Services.open(path, clock())
    company = services.companies.save(CompanyRecord(name="华东钢铁"))
    stages = [s.id for s in services.pipeline.stages() if s.kind == "open"]
    deal = services.deals.save(DealRecord(company_id=company.id, title="产线改造", stage_id=stages[0]))
    services.close()
    reported: set[int] = set()
    state = {"n": 0}

    def prepare() -> None:
        state["n"] += 1  # in the parent: each victim writes names of its own

    def work(report: Report) -> None:
        n = state["n"]
        s = Services.open(path, clock(), create=False)
        for i in range(10**6):
            contact = s.contacts.save(ContactRecord(name=f"客户{n}-{i}", mobile=f"139{n:04d}{i:04d}",
                                                    remarks="拜访记录 " * 10))
            report(f"contact {contact.id}")
            s.deals.move_stage(deal.id, stages[(i + 1) % len(stages)])
            report("move")

    def check(lines: list[str], _killed: bool) -> None:
        reported.update(int(line.split()[1]) for line in lines if line.startswith("contact"))
        Services.open(path, clock(), create=False).close()
        integrity(path)
        conn = sqlite3.connect(path)
        try:
            ids = {r[0] for r in conn.execute("SELECT id FROM contact")}
            stage, latest = conn.execute(
                "SELECT d.stage_id, (SELECT to_stage_id FROM stage_change WHERE deal_id = d.id "
                "ORDER BY id DESC LIMIT 1) FROM deal d WHERE d.id = ?", (deal.id,)).fetchone()
        finally:
            conn.close()
        lost = reported - ids
        record("lost writes", len(lost))
        assert not lost
        assert latest is None or stage == latest  # a stage move is all or nothing

    campaign("saves", _bounded(work, 0.15), check, prepare)
    assert len(reported) > KILLS


def _bounded(work: Callable[[Report], None], seconds: float) -> Callable[[Report], None]:
    """`work`, ended by the child itself after `seconds` (so the unkilled run has an end)."""
    import signal

    def bounded(report: Report) -> None:
        signal.signal(signal.SIGALRM, lambda *_: os._exit(0))
        signal.setitimer(signal.ITIMER_REAL, seconds)
        work(report)

    return bounded


# --- creating a book --------------------------------------------------------------------------
def test_a_book_killed_while_being_created_is_whole_or_absent(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    names = iter(range(10**6))
    current: list[Path] = []

    def prepare() -> None:
        current[:] = [folder / f"book{next(names)}.dealbrief"]

    def work(report: Report) -> None:
        open_book(current[0], now=NOW).close()
        report("done")

    def check(lines: list[str], _killed: bool) -> None:
        path = current[0]
        if lines:
            assert path.exists()
        if not path.exists():
            return
        services = Services.open(path, clock(), create=False)
        try:
            assert services.pipeline.stages(), "a book without its stages"
        finally:
            services.close()
        integrity(path)

    campaign("creating a book", work, check, prepare)
    made = [p for p in folder.iterdir() if p.suffix == ".dealbrief"]
    record("books created whole or not at all (checked)", len(made))


# --- each migration ---------------------------------------------------------------------------
def book_at_version(path: Path, version: int, contacts: int = 60) -> None:
    """A version-`version` book: the first released schema with rows, migrated step by step."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(V1_SCHEMA)
    now = NOW.isoformat(sep=" ")
    conn.executemany(
        "INSERT INTO contact (name, mobile, created_at, updated_at) VALUES (?, ?, ?, ?)",
        [(f"李敏{i}", f"138 0000 {i:04d}", now, now) for i in range(contacts)])
    for step in range(1, version):
        MIGRATIONS[step](conn)
    conn.execute("PRAGMA application_id = 0x44424B31")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_a_migration_killed_leaves_the_old_book_or_the_new_one(tmp_path: Path, version: int) -> None:
    template = tmp_path / "template.db"
    book_at_version(template, version)
    data = template.read_bytes()
    path = tmp_path / "book.dealbrief"

    def prepare() -> None:
        put(path, data)
        shutil.rmtree(tmp_path / "backups", ignore_errors=True)

    def work(report: Report) -> None:
        open_book(path, now=NOW).close()
        report("done")

    def check(lines: list[str], _killed: bool) -> None:
        conn = sqlite3.connect(path)
        try:
            found = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
        assert found in (version, LATEST_VERSION)
        if lines:
            assert found == LATEST_VERSION
        services = Services.open(path, clock(), create=False)  # finishes the migration
        try:
            assert len(services.contacts.list()) == 60
        finally:
            services.close()
        integrity(path)

    campaign(f"migration from v{version}", work, check, prepare,
             kills=KILLS)


# --- import -----------------------------------------------------------------------------------
@pytest.mark.slow
def test_an_import_killed_is_all_there_or_not_at_all(tmp_path: Path) -> None:
    rows = 120
    csv = tmp_path / "big.csv"
    csv.write_text("name,mobile,company\n" + "".join(
        f"客户{i},139{i:08d},公司{i % 40}\n" for i in range(rows)), encoding="utf-8")
    data = empty_book(tmp_path)
    path = tmp_path / "book.dealbrief"

    def work(report: Report) -> None:
        services = Services.open(path, clock(), create=False)
        services.importing.apply(services.importing.read(csv))
        report("done")

    def check(lines: list[str], _killed: bool) -> None:
        Services.open(path, clock(), create=False).close()
        integrity(path)
        found = count(path, "contact")
        assert found in (0, rows), f"half an import: {found} of {rows}"
        if lines:
            assert found == rows

    campaign("import", work, check, lambda: put(path, data))


# --- demo -------------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_demo_killed_is_all_there_or_not_at_all(tmp_path: Path) -> None:
    from desktop.services.demo import fill_demo

    data = empty_book(tmp_path)
    path = tmp_path / "book.dealbrief"
    put(path, data)
    services = Services.open(path, clock(), create=False)
    fill_demo(services)
    services.close()
    whole = {t: count(path, t) for t in ("company", "contact", "deal", "call_note")}

    def work(report: Report) -> None:
        services = Services.open(path, clock(), create=False)
        fill_demo(services)
        report("done")

    def check(lines: list[str], _killed: bool) -> None:
        Services.open(path, clock(), create=False).close()
        integrity(path)
        found = {t: count(path, t) for t in whole}
        assert found in (whole, dict.fromkeys(whole, 0)), f"half a demo: {found}"
        if lines:
            assert found == whole

    campaign("demo", work, check, lambda: put(path, data), kills=DEMO_KILLS)


# --- backup and restore -----------------------------------------------------------------------
def demo_book(folder: Path) -> Path:
    from desktop.services.demo import fill_demo

    path = folder / "book.dealbrief"
    services = Services.open(path, clock())
    fill_demo(services)
    services.close()
    return path


@pytest.mark.slow
def test_a_backup_killed_never_leaves_a_bad_backup_under_a_real_name(tmp_path: Path) -> None:
    from desktop.services.backups import back_up_now, validate_backup

    path = demo_book(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    state = {"n": 0}

    def prepare() -> None:
        state["n"] += 1

    def work(report: Report) -> None:
        n = state["n"]
        for i in range(3):
            made = back_up_now(path, NOW, out / f"b{n}-{i}.dealbrief")
            report(str(made))

    def check(lines: list[str], _killed: bool) -> None:
        for line in lines:
            assert Path(line).exists()
        for made in out.glob("*.dealbrief"):  # every file under a real name is a whole book
            validate_backup(made, full=False)
            record("backups checked after a kill", 1)
            made.unlink()
        integrity(path)

    campaign("backup", work, check, prepare)


@pytest.mark.slow
def test_a_restore_killed_leaves_one_whole_book(tmp_path: Path) -> None:
    from desktop.services.backups import back_up_now, restore_backup

    path = tmp_path / "book.dealbrief"
    services = Services.open(path, clock())
    for i in range(40):
        services.contacts.save(ContactRecord(name=f"客户{i}", remarks="拜访记录" * 20))
    services.close()
    demo_copy = back_up_now(path, NOW, tmp_path / "forty.dealbrief")
    small = tmp_path / "small"
    small.mkdir()
    services = Services.open(small / "book.dealbrief", clock())
    services.contacts.save(ContactRecord(name="陈静"))
    services.close()
    one = back_up_now(small / "book.dealbrief", NOW, tmp_path / "one.dealbrief")
    sizes = {count(demo_copy, "contact"), 1}
    state = {"n": 0}

    def prepare() -> None:
        state["n"] += 1

    def work(report: Report) -> None:
        backup = (demo_copy, one)[state["n"] % 2]
        restore_backup(backup, path, NOW)
        report(f"restored {backup}")

    def check(lines: list[str], _killed: bool) -> None:
        Services.open(path, clock(), create=False).close()  # also removes staged leftovers
        integrity(path)
        assert count(path, "contact") in sizes
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".restoring")]
        assert leftovers == []
        shutil.rmtree(tmp_path / "backups", ignore_errors=True)

    campaign("restore", work, check, prepare)
