"""80/20: won amount by company as a Pareto curve, the top 20 %'s share, and where the seller's
tier (S/A/B/C) and what the company brings disagree.

Only the main currency is ranked (amounts in other currencies are listed apart, never added).
Disagreements, with the thresholds the seeds' 80/20 suggests for one seller's book:
- a company tiered B, C or not tiered bringing at least BIG_SHARE of the won amount;
- an S company bringing less than SMALL_SHARE (nothing included);
- an A company bringing nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.deals import StageKind
from desktop.domain.reports.book import (
    Amounts,
    ReportBook,
    ReportCompany,
    ReportDeal,
    closed_in,
    main_currency,
    ratio,
    sum_amounts,
)
from desktop.domain.reports.period import Period

TOP_SHARE = 0.2
BIG_SHARE = 0.10
SMALL_SHARE = 0.05


class Disagreement(StrEnum):
    UNDER_TIERED = "under_tiered"  # a small tier bringing a big share
    OVER_TIERED = "over_tiered"  # a key account bringing little or nothing


@dataclass(frozen=True)
class CompanyShare:
    company: ReportCompany
    won: tuple[ReportDeal, ...]
    amount: int  # in the main currency
    share: float | None  # of the total won amount (None when nothing was won)
    cumulative: float | None
    disagreement: Disagreement | None = None


@dataclass(frozen=True)
class Pareto:
    period: Period
    currency: str
    companies: tuple[CompanyShare, ...]  # bringing money, largest first
    idle_key_accounts: tuple[CompanyShare, ...]  # S and A companies that brought nothing
    total: int
    top_count: int  # how many companies are the top 20 %
    top_share: float | None
    other_currencies: Amounts  # won amounts not in `currency`, not ranked
    without_amount: int  # won deals without an amount (counted, not summed)

    def disagreements(self) -> list[CompanyShare]:
        return [c for c in self.companies + self.idle_key_accounts if c.disagreement is not None]


def _disagreement(tier: str, share: float) -> Disagreement | None:
    tier = tier.strip().upper()
    if tier in ("B", "C", "") and share >= BIG_SHARE:
        return Disagreement.UNDER_TIERED
    if (tier == "S" and share < SMALL_SHARE) or (tier == "A" and share == 0):
        return Disagreement.OVER_TIERED
    return None


def pareto(book: ReportBook, period: Period) -> Pareto:
    won = closed_in(book, book.deals, period, StageKind.WON)
    currency = main_currency(won)
    companies = {c.id: c for c in book.companies}
    by_company: dict[int, list[ReportDeal]] = {}
    for deal in won:
        by_company.setdefault(deal.company_id, []).append(deal)
    totals = {cid: sum(d.amount for d in deals if d.amount is not None and d.currency == currency)
              for cid, deals in by_company.items()}
    total = sum(totals.values())
    ranked = sorted((cid for cid in by_company if totals[cid] > 0),
                    key=lambda cid: (-totals[cid], companies.get(cid, ReportCompany(cid, "")).name))
    rows, running = [], 0
    for cid in ranked:
        running += totals[cid]
        first = by_company[cid][0]
        company = companies.get(cid) or ReportCompany(cid, first.company_name, first.company_tier)
        share = ratio(totals[cid], total)
        rows.append(CompanyShare(company, tuple(by_company[cid]), totals[cid], share,
                                 ratio(running, total), _disagreement(company.tier, share or 0)))
    idle = tuple(
        CompanyShare(c, (), 0, 0.0 if total else None, None, _disagreement(c.tier, 0))
        for c in sorted(book.companies, key=lambda c: (c.tier.upper(), c.name))
        if c.tier.strip().upper() in ("S", "A") and c.id not in set(ranked)
    )
    top_count = math.ceil(len(rows) * TOP_SHARE) if rows else 0
    top_share = ratio(sum(r.amount for r in rows[:top_count]), total)
    other = sum_amounts(d for d in won if d.currency != currency)
    return Pareto(period, currency, tuple(rows), idle, total, top_count, top_share,
                  Amounts(other.totals, 0), sum(1 for d in won if d.amount is None))
