"""Crash safety: a writer killed with SIGKILL at random moments never loses a reported write
and never leaves a damaged book."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from desktop.services.container import Services
from desktop.storage.tables import Company, Deal, Stage

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 15


def start_book(path: Path, clock) -> tuple[int, int]:
    services = Services.open(path, clock)
    try:
        now = clock()
        with services.book.session() as s:
            company = Company(name="华东钢铁有限公司", created_at=now, updated_at=now)
            s.add(company)
            s.flush()
            first = s.exec(select(Stage).order_by(Stage.position)).first()
            deal = Deal(company_id=company.id, title="产线改造", stage_id=first.id, stage_entered_at=now,
                        created_at=now, updated_at=now)
            s.add(deal)
            s.flush()
            return company.id, deal.id
    finally:
        services.close()


def run_and_kill(book: Path, company_id: int, deal_id: int, lines_before_kill: int) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(book), str(company_id), str(deal_id)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    reported: list[str] = []
    try:
        assert proc.stdout is not None
        while len(reported) < lines_before_kill:
            line = proc.stdout.readline()
            if not line:
                break
            reported.append(line.strip())
        proc.send_signal(signal.SIGKILL)  # mid-write: the writer never stops between lines
        rest, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, err
    reported += [line.strip() for line in rest.splitlines() if line.strip()]
    return reported


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writer_loses_no_reported_write(book_path: Path, clock) -> None:
    company_id, deal_id = start_book(book_path, clock)
    rng = random.Random(20261120)
    contacts: set[int] = set()
    notes: set[int] = set()
    moves: dict[int, tuple[int, int]] = {}
    last_stage: int | None = None
    for _ in range(ROUNDS):
        for line in run_and_kill(book_path, company_id, deal_id, rng.randint(1, 20)):
            kind, *values = line.split()
            if kind == "contact":
                contacts.add(int(values[0]))
            elif kind == "note":
                notes.add(int(values[0]))
            else:
                change, deal, stage = map(int, values)
                moves[change] = (deal, stage)
                last_stage = stage

        conn = sqlite3.connect(book_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert contacts <= {r[0] for r in conn.execute("SELECT id FROM contact")}
            assert notes <= {r[0] for r in conn.execute("SELECT id FROM call_note")}
            in_book = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, deal_id, to_stage_id FROM stage_change")}
            assert all(in_book.get(change) == move for change, move in moves.items())
            # the deal's stage and its history agree: a move is all or nothing
            stage, latest = conn.execute(
                "SELECT d.stage_id,"
                " (SELECT to_stage_id FROM stage_change WHERE deal_id = d.id ORDER BY id DESC LIMIT 1)"
                " FROM deal d WHERE d.id = ?",
                (deal_id,),
            ).fetchone()
            assert latest is None or stage == latest
            if last_stage is not None and max(moves) == max(in_book):
                assert stage == last_stage
        finally:
            conn.close()
    assert len(contacts) > ROUNDS and len(moves) > 0
    services = Services.open(book_path, clock, create=False)
    try:
        assert len(services.contacts.list()) >= len(contacts)
    finally:
        services.close()
