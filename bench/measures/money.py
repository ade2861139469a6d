"""Money and files on the large book: the deal page's Money tab, and the book with 300 files of
1 MB kept inside it (the deal page, the contacts list and a backup, against the same book
without the files).

A private copy of the large book gets, on the bench deal (12 stakeholders, 60 notes), a contract
with six instalments, 24 payments and six invoices, and 300 attachments of 1 MB of random
bytes (incompressible, like scans): 50 on the bench deal, the others spread over other deals and
companies. "money_tab" is the tab filled for that deal and painted; "deal_files" opens the whole
deal page from the board as the deal_page measure does; "contacts_files" builds and paints the
contacts list; "backup_files" and "backup_plain" are `back_up_now` (online copy + verify).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
from datetime import date, datetime, timedelta

from bench.measures import Context, Row

FILES, FILE_BYTES, ON_DEAL = 300, 1024 * 1024, 50

ROWS = (
    Row("money_tab", "deal page's Money tab: 6 instalments, 24 payments, 6 invoices, 50 files", 150),
    Row("deal_files", "deal page opened, book holding 300 × 1 MB files", 150),
    Row("contacts_files", "contacts list opened, book holding 300 × 1 MB files", 150),
    Row("backup_files", "backup now, book holding 300 × 1 MB files", None, unit="s"),
    Row("backup_plain", "  the same backup without the files", None, unit="s"),
    Row("book_mb", "  book size with the files", None, unit="MB", p95=False),
)


def _fill(services, deal_id: int, today: date) -> None:  # noqa: ANN001
    from desktop.domain.contracts import ContractRecord, InstalmentInput, InvoiceRecord

    money = services.money
    signed = today - timedelta(days=400)
    c = money.save_contract(ContractRecord(deal_id=deal_id, number="BENCH-1", signed_on=signed,
                                           amount_fen=2_400_000_00, settlement="monthly"))
    plan = money.save_plan(c.id, [InstalmentInput(f"第 {i + 1} 期", amount_fen=400_000_00,
                                                  due_on=signed + timedelta(days=60 * i + 30))
                                  for i in range(6)])
    for i in range(24):
        money.record_payment(c.id, signed + timedelta(days=15 * i + 10), 60_000_00)
    for inst in plan.instalments:
        money.save_invoice(InvoiceRecord(contract_id=c.id, instalment_id=inst.id, amount_fen=inst.amount_fen,
                                         status="issued", number=f"2431{inst.id:010d}",
                                         issued_on=inst.due_on - timedelta(days=5)))
    rng = random.Random(15)
    with sqlite3.connect(services.book.path) as conn:
        others = [r[0] for r in conn.execute("SELECT id FROM deal WHERE id != ? LIMIT 150", (deal_id,))]
        companies = [r[0] for r in conn.execute("SELECT id FROM company LIMIT 100")]
    for n in range(FILES):
        data = rng.randbytes(FILE_BYTES)
        if n < ON_DEAL:
            services.attachments.add(f"scan-{n:03d}.pdf", data, deal_id=deal_id)
        elif n % 2:
            services.attachments.add(f"file-{n:03d}.pdf", data, deal_id=others[n % len(others)])
        else:
            services.attachments.add(f"card-{n:03d}.jpg", data, company_id=companies[n % len(companies)])


def measure(ctx: Context) -> dict[str, list[float]]:
    from PySide6.QtGui import QUndoStack

    from bench.largebook import NOW, bench_deal_id
    from bench.measures import qt
    from desktop.domain.clock import FixedClock
    from desktop.services.backups import back_up_now
    from desktop.services.container import Services
    from desktop.ui.bus import Bus
    from desktop.ui.deals.page import DealsPage
    from desktop.ui.money.panel import MoneyPanel
    from desktop.ui.people.contacts import ContactsPage

    book = ctx.work / "money.dealbrief"
    shutil.copyfile(ctx.book, book)
    with sqlite3.connect(book) as conn:
        deal_id = bench_deal_id(conn)
    clock = FixedClock(NOW)
    services = Services.open(book, clock, create=False)
    _fill(services, deal_id, NOW.date())
    qt.application(ctx.language)
    out: dict[str, list[float]] = {k: [] for k in ("money_tab", "deal_files", "contacts_files",
                                                   "backup_files", "backup_plain")}
    panel = MoneyPanel(services, Bus())
    qt.show_and_paint(panel, 640, 700)
    deal = services.deals.get(deal_id)
    page = DealsPage(services, Bus(), QUndoStack())
    qt.show_and_paint(page)
    for run in range(ctx.runs + 1):  # the first run warms caches and is dropped
        took = qt.timed(lambda: (panel.set_deal(deal), qt.settle(), panel.repaint()))
        if panel.attachments.model.rowCount() != ON_DEAL or panel.payment_model.rowCount() != 24:
            raise RuntimeError("the Money tab does not show the bench deal's money")
        page.show_view(page.BOARD)
        qt.settle()
        opened = qt.timed(lambda: (page.open_record(deal_id), qt.settle(), page.repaint()))
        contacts: list[ContactsPage] = []
        listed = qt.timed(lambda: (contacts.append(ContactsPage(services, Bus(), QUndoStack())),
                                   qt.show_and_paint(contacts[0])))
        qt.dispose(contacts[0])
        if run:
            out["money_tab"].append(took)
            out["deal_files"].append(opened)
            out["contacts_files"].append(listed)
    qt.dispose(panel)
    qt.dispose(page)
    services.close()
    for run in range(min(ctx.runs, 3)):
        for key, source in (("backup_files", book), ("backup_plain", ctx.book)):
            target = ctx.work / f"backup-{key}-{run}.dealbrief"
            started = time.perf_counter()
            back_up_now(source, datetime(2026, 11, 20, 9, run), target)
            out[key].append(time.perf_counter() - started)
            target.unlink()
    out["book_mb"] = [os.path.getsize(book) / 1024 / 1024]
    return out
