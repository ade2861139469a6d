"""Small hand-made books for the report tests: a pipeline and deals written out by hand."""

from __future__ import annotations

from datetime import date, datetime

from desktop.domain.deals import StageKind, StageRecord
from desktop.domain.reports.book import Move, Named, ReportBook, ReportCompany, ReportDeal

LEAD, CALL, DISC, SOL, PROOF, NEGO, WON, LOST, HOLD = range(1, 10)
STAGES = (
    StageRecord(LEAD, "lead", "Lead", "线索", position=0, probability=5, stale_after_days=14),
    StageRecord(CALL, "first_call", "First call", "首访", position=1, probability=10, stale_after_days=21),
    StageRecord(DISC, "discovery", "Discovery", "需求诊断", position=2, probability=20, stale_after_days=30),
    StageRecord(SOL, "solution", "Solution", "方案", position=3, probability=40, stale_after_days=30),
    StageRecord(PROOF, "proof", "Proof", "POC", position=4, probability=60, stale_after_days=45),
    StageRecord(NEGO, "negotiation", "Negotiation", "商务", position=5, probability=80,
                stale_after_days=30, commit=True),
    StageRecord(WON, "won", "Won", "赢单", position=6, probability=100, kind=StageKind.WON),
    StageRecord(LOST, "lost", "Lost", "丢单", position=7, kind=StageKind.LOST),
    StageRecord(HOLD, "on_hold", "On hold", "搁置", position=8, kind=StageKind.ON_HOLD),
)
TODAY = date(2026, 11, 20)
REASONS = (Named(1, "Price war", "价格战"), Named(2, "Product gap", "产品不满足"))


def at(text: str) -> datetime:
    """'2026-03-05' or '2026-03-05 23:59'."""
    return datetime.fromisoformat(text if " " in text else text + " 10:00")


def deal(deal_id: int, path: list[tuple[int, str]], amount: int | None = 100_000, *,
         company: int = 1, currency: str = "CNY", **kw) -> ReportDeal:
    """A deal whose history is `path`: [(stage, when), ...], the first entry its creation."""
    moves, previous = [], None
    for stage, when in path:
        moves.append(Move(at(when), previous, stage))
        previous = stage
    return ReportDeal(
        id=deal_id, title=kw.pop("title", f"Deal {deal_id}"), company_id=company,
        company_name=kw.pop("company_name", f"Company {company}"), stage_id=moves[-1].to_stage_id,
        stage_entered_at=moves[-1].at, created_at=moves[0].at, amount=amount, currency=currency,
        moves=tuple(moves), **kw,
    )


def book(*deals: ReportDeal, today: date = TODAY, **kw) -> ReportBook:
    companies = kw.pop("companies", None)
    if companies is None:
        ids = sorted({d.company_id for d in deals})
        companies = tuple(ReportCompany(i, f"Company {i}") for i in ids)
    return ReportBook(today=today, stages=STAGES, deals=tuple(deals), companies=companies,
                      lost_reasons=kw.pop("lost_reasons", REASONS), **kw)
