"""Import of a 10,000-row contacts CSV into the large book, duplicates matched and merged.

The file (seeded) has 7,000 new people (half at companies already in the book, some at new ones),
2,500 people already in the book (matched by email or mobile, typed with spaces or +86, some with
a new title so they merge) and 500 rows repeated inside the file. A sample is what the seller
waits for: read the file, plan (the preview), then apply in one transaction, on a fresh copy of
the large book each run.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import time
from pathlib import Path

from bench.fakes import MOBILE_PREFIXES
from bench.measures import Context, Row

ROWS = (
    Row("import", "import 10,000-row CSV with duplicate matching", 5, unit="s"),
    Row("plan", "  of which read + plan (the preview)", None, unit="s"),
)
HEADERS = ("姓名", "公司", "职位", "手机", "邮箱", "微信", "备注")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红"
TITLES = ("采购经理", "IT总监", "CFO", "生产部长", "Plant Manager", "信息化主管", "总经理助理")


def write_csv(book: Path, target: Path, seed: int = 11, rows: int = 10_000) -> Path:
    rng = random.Random(seed)
    with sqlite3.connect(book) as conn:
        known = conn.execute(
            "SELECT c.name, coalesce(co.name, ''), c.title, c.mobile, c.email FROM contact c "
            "LEFT JOIN company co ON co.id = c.company_id WHERE c.deleted_at IS NULL "
            "AND (c.email <> '' OR c.mobile <> '') ORDER BY c.id").fetchall()
        companies = [r[0] for r in conn.execute("SELECT name FROM company WHERE deleted_at IS NULL")]
    out: list[tuple[str, ...]] = []
    for i in range(7_000):
        name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
        company = rng.choice(companies) if rng.random() < 0.5 else f"新客户{i % 900:03d}科技有限公司"
        mobile = f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"
        mobile = rng.choice((mobile, f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}", f"+86 {mobile}"))
        email = f"new{i}@import{i % 300}.example.cn" if rng.random() < 0.6 else ""
        out.append((name, company, rng.choice(TITLES), mobile, email, "", "展会名片"))
    for name, company, title, mobile, email in rng.sample(known, 2_500):
        digits = mobile.removeprefix("+86")
        typed = rng.choice((digits, f"{digits[:3]} {digits[3:7]} {digits[7:]}", f"+86 {digits}"))
        out.append((name, company, rng.choice((title, rng.choice(TITLES))),
                    typed if rng.random() < 0.7 or not email else "", email, "", ""))
    out += rng.sample(out, 500)
    rng.shuffle(out)
    with target.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        writer.writerows(out[:rows])
    return target


def measure(ctx: Context) -> dict[str, list[float]]:
    from bench.search import copy_book
    from desktop.domain.importing import OnDuplicate
    from desktop.services.container import Services

    source = write_csv(ctx.reference, ctx.work / "import-10000.csv")
    totals, plans = [], []
    for run in range(max(2, ctx.runs // 2)):  # each run writes 10,000 rows into a fresh copy
        book = copy_book(ctx.book, ctx.work / f"import-{run}.dealbrief")
        services = Services.open(book, create=False)
        started = time.perf_counter()
        table = services.importing.read(source)
        plan = services.importing.plan(table, None, OnDuplicate.MERGE)
        planned = time.perf_counter() - started
        result = services.importing.apply(table, None, OnDuplicate.MERGE, valid_only=True)
        totals.append(time.perf_counter() - started)
        plans.append(planned)
        services.close()
        if result.created + result.updated + result.skipped < 9_000 or len(plan.rows) != 10_000:
            raise RuntimeError(f"the import did not go through: {result}")
        for p in book.parent.glob(book.name + "*"):
            p.unlink()
    return {"import": totals, "plan": plans}
