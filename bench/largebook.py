"""The large book: a veteran seller's three years, generated fast and the same for a given seed.

    python -m bench.largebook -o PATH [--seed N] [--scale 1.0]

The book is created through `open_book` (schema, version and seeded pipeline as the app makes
them), then filled with raw `executemany` against the tables in desktop/storage/tables.py, one
transaction per table. `cached_large_book()` builds it once under bench/.cache/ and reuses it while
the generator, the schema and the seed are unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sqlite3
import sys
import time
from datetime import datetime
from pathlib import Path

from bench import gen_deals, gen_notes, gen_people
from bench.world import BENCH_DEAL_MARK, World

GENERATOR_VERSION = 1
DEFAULT_SEED = 20261120
NOW = datetime(2026, 11, 20, 9, 30)  # the seller's "today" in the large book
CACHE_DIR = Path(__file__).resolve().parent / ".cache"


def _fingerprint(seed: int, scale: float) -> dict[str, object]:
    """What the cached book depends on: rebuild when any of it changes."""
    from desktop.storage import tables
    from desktop.storage.schema import LATEST_VERSION

    source = Path(tables.__file__).read_bytes() + Path(gen_deals.__file__).read_bytes()
    source += Path(gen_notes.__file__).read_bytes() + Path(gen_people.__file__).read_bytes()
    return {
        "generator": GENERATOR_VERSION,
        "schema": LATEST_VERSION,
        "sources": hashlib.sha256(source).hexdigest()[:16],
        "seed": seed,
        "scale": scale,
    }


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        p.unlink(missing_ok=True)


def build(path: Path | str, *, seed: int = DEFAULT_SEED, scale: float = 1.0,
          now: datetime = NOW) -> dict[str, int]:
    """Write the large book to `path` (replacing it); returns the number of rows per table."""
    from desktop.storage.book import open_book

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".building")
    _remove(building)
    open_book(building, now=now).close()

    conn = sqlite3.connect(building, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = OFF")
        conn.isolation_level = ""  # `with conn:` commits one transaction per table
        world = World(conn, random.Random(seed), now, scale)
        _read_lists(world)
        gen_people.add_companies(world)
        gen_people.add_contacts(world)
        gen_people.add_partners(world)
        gen_deals.add_deals(world)
        gen_deals.add_committees(world)
        gen_deals.add_fees(world)
        gen_notes.add_notes(world)
        gen_notes.add_visits(world)
        conn.isolation_level = None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    _remove(path)
    os.replace(building, path)
    return world.counts


def _read_lists(w: World) -> None:
    """The seeded pipeline, roles and lost reasons, as open_book made them."""
    for sid, key, kind in w.conn.execute("SELECT id, key, kind FROM stage ORDER BY position"):
        w.stages[key] = sid
        w.stage_kinds[sid] = kind
        if kind == "open":
            w.open_stages.append(sid)
    w.roles = dict(w.conn.execute("SELECT key, id FROM buying_role"))
    w.lost_reasons = [i for (i,) in w.conn.execute("SELECT id FROM lost_reason ORDER BY position")]


def _usable(stamp: dict[str, object], wanted: dict[str, object]) -> bool:
    """The cached book is this one, or the same one at an older schema version (open_book
    migrates it; bench/__main__.prepare does so once, outside any measure)."""
    same = {k: v for k, v in stamp.items() if k != "schema"} == {
        k: v for k, v in wanted.items() if k != "schema"}
    return same and int(stamp["schema"]) <= int(wanted["schema"])


def cached_large_book(*, seed: int = DEFAULT_SEED, scale: float = 1.0,
                      cache_dir: Path = CACHE_DIR, quiet: bool = False) -> Path:
    """The large book under bench/.cache, built on first use or when its inputs changed.

    The cached file is the reference: callers that write to a book must copy it first.
    """
    name = "large" if scale == 1.0 else f"large-{scale:g}"
    path = cache_dir / f"{name}.dealbrief"
    stamp = cache_dir / f"{name}.json"
    wanted = _fingerprint(seed, scale)
    if path.exists() and stamp.exists():
        try:
            if _usable(json.loads(stamp.read_text(encoding="utf-8")), wanted):
                return path
        except (OSError, ValueError, TypeError):
            pass
    if not quiet:
        print(f"Building the large book at {path} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    build(path, seed=seed, scale=scale)
    stamp.write_text(json.dumps(wanted), encoding="utf-8")
    if not quiet:
        print(f"  built in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return path


def bench_deal_id(conn: sqlite3.Connection) -> int:
    """The id of the deal with 12 stakeholders and 60 notes."""
    row = conn.execute(
        "SELECT id FROM deal WHERE title LIKE ?", (f"%{BENCH_DEAL_MARK}%",)
    ).fetchone()
    if row is None:
        raise LookupError(BENCH_DEAL_MARK)
    return int(row[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.largebook", description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", required=True, type=Path, help="the book file to write")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = the full large book")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = build(args.output, seed=args.seed, scale=args.scale)
    took = time.perf_counter() - started
    for table, n in counts.items():
        print(f"{table:>16} {n:>8,}")
    print(f"Wrote {args.output} in {took:.1f} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
