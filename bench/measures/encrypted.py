"""The large book locked with a passphrase (SQLCipher) beside the same book plain, in one run:
cold start to a usable window, search p95 over every query kind, and the 10,000-row import.

The locked copy is made with sqlcipher_export from the indexed large book (what `dealbrief
encrypt` does), once: it is kept in bench/.cache beside the indexed book and made again when that
changes; each run writes to a private copy of it. The app gets its passphrase from
DEALBRIEF_PASSPHRASE_FILE, so no prompt waits. One warm-up launch of each book, then the plain
and the locked start-ups interleaved, so both see the same machine load.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

from bench.measures import Context, Row

PASSPHRASE = "correct horse battery staple"
ROWS = (
    Row("start_plain", "cold start, large book plain", 800),
    Row("start_locked", "cold start, large book locked (SQLCipher)", 800),
    Row("search_plain", "search p95, every query kind, plain", 30),
    Row("search_locked", "search p95, every query kind, locked", 30),
    Row("import_plain", "import 10,000-row CSV, plain", 5, unit="s"),
    Row("import_locked", "import 10,000-row CSV, locked", 5, unit="s"),
)


def locked_copy(source: Path, dest: Path) -> Path:
    from desktop.storage import cipher

    building = dest.with_name(dest.name + ".building")
    building.unlink(missing_ok=True)
    conn = cipher.cipher_connect(source, None)
    try:
        cipher.export(conn, building, PASSPHRASE)
    finally:
        conn.close()
    os.replace(building, dest)
    return dest


def cached_locked_book(ctx: Context) -> Path:
    """The indexed large book locked with PASSPHRASE, made once into the cache folder (beside
    the large book) and again when the indexed book is newer."""
    indexed = ctx.reference.with_name(ctx.reference.stem + "-indexed.dealbrief")
    source = indexed if indexed.exists() else ctx.book
    locked = ctx.reference.with_name(ctx.reference.stem + "-locked.dealbrief")
    if not locked.exists() or locked.stat().st_mtime < source.stat().st_mtime:
        locked_copy(source, locked)
    return locked


def _starts(ctx: Context, books: tuple[Path, Path], secret: Path) -> tuple[list[float], list[float]]:
    from bench.measures.startup import _env, _once

    env = _env(ctx)
    env["DEALBRIEF_PASSPHRASE_FILE"] = str(secret)
    Path(env["DEALBRIEF_CONFIG_DIR"]).mkdir(parents=True, exist_ok=True)
    apps = [[sys.executable, "-m", "desktop", "--book", str(book), "--lang", ctx.language]
            for book in books]
    for app in apps:
        _once(app, env)  # warm-up: the page cache, as a second launch on a laptop
    plain: list[float] = []
    locked: list[float] = []
    for _ in range(ctx.runs):  # interleaved, so both see the same machine load
        plain.append(_once(apps[0], env))
        locked.append(_once(apps[1], env))
    return plain, locked


def _search(book: Path, passphrase: str | None, queries: dict[str, list[str]]) -> list[float]:
    from bench.search import time_queries
    from desktop.services.container import Services

    services = Services.open(book, create=False, passphrase=passphrase)
    services.search.sync()
    timed = time_queries(services, queries)
    services.close()
    return [t / 1000 for kind in timed for t in timed[kind][0]]


def _import(book: Path, passphrase: str | None, source: Path) -> float:
    from desktop.domain.importing import OnDuplicate
    from desktop.services.container import Services

    services = Services.open(book, create=False, passphrase=passphrase)
    started = time.perf_counter()
    table = services.importing.read(source)
    services.importing.plan(table, None, OnDuplicate.MERGE)
    result = services.importing.apply(table, None, OnDuplicate.MERGE, valid_only=True)
    took = time.perf_counter() - started
    services.close()
    if result.created + result.updated + result.skipped < 9_000:
        raise RuntimeError(f"the import did not go through: {result}")
    return took


def measure(ctx: Context) -> dict[str, list[float]]:
    from bench.measures.importing import write_csv
    from bench.search import _queries, copy_book

    reference = cached_locked_book(ctx)
    locked = ctx.work / "locked.dealbrief"
    shutil.copyfile(reference, locked)  # the app may write to it (its WAL, the daily backup)
    secret = ctx.work / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    out: dict[str, list[float]] = {}
    out["start_plain"], out["start_locked"] = _starts(ctx, (ctx.book, locked), secret)
    queries = _queries(ctx.book, 40 * ctx.runs, seed=7)
    out["search_plain"] = _search(ctx.book, None, queries)
    out["search_locked"] = _search(locked, PASSPHRASE, queries)
    source = write_csv(ctx.reference, ctx.work / "import-10000.csv")
    out["import_plain"], out["import_locked"] = [], []
    for run in range(max(1, ctx.runs // 2)):
        plain = copy_book(ctx.book, ctx.work / f"import-plain-{run}.dealbrief")
        out["import_plain"].append(_import(plain, None, source))
        copy = ctx.work / f"import-locked-{run}.dealbrief"
        shutil.copyfile(reference, copy)
        out["import_locked"].append(_import(copy, PASSPHRASE, source))
    return out
