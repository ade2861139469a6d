"""What the large-book generators share: the connection, the seeded random source, sizes, ids."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

# Full-scale sizes (the "large book"); `scale` multiplies them.
SIZES = {
    "companies": 2_000,
    "contacts": 10_000,
    "deals": 2_000,
    "notes": 50_000,
    "partners": 200,
}
BENCH_DEAL_MARK = "BENCH-DEAL-12x60"
BENCH_STAKEHOLDERS = 12
BENCH_NOTES = 60


def ts(value: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite."""
    return value.strftime("%Y-%m-%d %H:%M:%S.000000")


def ds(value: date) -> str:
    return value.isoformat()


@dataclass
class World:
    conn: sqlite3.Connection
    rng: random.Random
    now: datetime
    scale: float
    stages: dict[str, int] = field(default_factory=dict)  # key → id
    stage_kinds: dict[int, str] = field(default_factory=dict)  # id → open | won | lost | on_hold
    open_stages: list[int] = field(default_factory=list)  # in pipeline order
    roles: dict[str, int] = field(default_factory=dict)
    lost_reasons: list[int] = field(default_factory=list)
    # filled by the generators
    company_brand: list[str] = field(default_factory=list)  # index = company id - 1
    company_tier: list[str] = field(default_factory=list)
    company_domain: list[str] = field(default_factory=list)
    company_contacts: dict[int, list[int]] = field(default_factory=dict)
    contact_names: list[str] = field(default_factory=list)  # index = contact id - 1
    partners: list[tuple[int, str, float, str, float]] = field(default_factory=list)
    deals: list[DealPlan] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def size(self, kind: str, least: int = 1) -> int:
        return max(least, round(SIZES[kind] * self.scale))

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
        """Insert all rows in one transaction; returns how many."""
        rows = list(rows)
        marks = ", ".join("?" for _ in columns)
        with self.conn:
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
            )
        self.counts[table] = self.counts.get(table, 0) + len(rows)
        return len(rows)

    def moment_between(self, start: datetime, end: datetime) -> datetime:
        """A plausible working-hours moment between two times (never after `end`)."""
        span = max(0, int((end - start).total_seconds()))
        moment = start + timedelta(seconds=self.rng.randrange(span + 1))
        hour = self.rng.choice((9, 10, 11, 14, 15, 16, 17, 19))
        candidate = moment.replace(hour=hour, minute=self.rng.choice((0, 15, 30, 45)), second=0)
        return candidate if start <= candidate <= end else moment.replace(microsecond=0)


@dataclass
class DealPlan:
    """A deal as generated: enough to hang its committee, notes and fees on."""

    id: int
    company_id: int
    kind: str  # open | won | lost | on_hold
    created: datetime
    entered: datetime  # when it entered its current stage (= its last StageChange)
    amount: int
    stakeholder_contacts: list[int] = field(default_factory=list)
    referrer_index: int | None = None  # index into World.partners
    is_bench: bool = False

