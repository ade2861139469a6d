from datetime import date

from desktop.domain.reports.book import ReportCompany
from desktop.domain.reports.pareto import Disagreement, pareto
from desktop.domain.reports.period import Period
from tests.unit.domain.reports.handmade import LEAD, WON, book, deal

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def won(deal_id: int, company: int, amount: int | None, currency: str = "CNY"):
    return deal(deal_id, [(LEAD, "2026-01-01"), (WON, "2026-03-01")], amount, company=company,
                currency=currency)


def test_curve_top_share_and_tier_disagreements():
    companies = (ReportCompany(1, "Big", "S"), ReportCompany(2, "Mid", "B"), ReportCompany(3, "C3", "C"),
                 ReportCompany(4, "C4", "C"), ReportCompany(5, "C5", "A"), ReportCompany(6, "Idle S", "S"),
                 ReportCompany(7, "Idle A", "A"), ReportCompany(8, "Idle B", "B"))
    b = book(won(1, 1, 600_000), won(2, 1, 100_000), won(3, 2, 150_000), won(4, 3, 80_000),
             won(5, 4, 50_000), won(6, 5, 20_000), won(7, 5, None), won(8, 3, 5_000, "USD"),
             companies=companies)
    p = pareto(b, YEAR)
    # CNY total = 700k + 150k + 80k + 50k + 20k = 1,000,000
    assert p.total == 1_000_000
    assert [c.company.id for c in p.companies] == [1, 2, 3, 4, 5]
    assert [c.share for c in p.companies] == [0.7, 0.15, 0.08, 0.05, 0.02]
    assert p.companies[1].cumulative == 0.85
    # 5 companies → the top 20 % is 1 company, bringing 70 %
    assert p.top_count == 1 and p.top_share == 0.7
    flags = {c.company.name: c.disagreement for c in p.disagreements()}
    # Mid is B with 15 % (≥ 10 %); Idle S brought nothing; Idle A brought nothing
    assert flags == {"Mid": Disagreement.UNDER_TIERED, "Idle S": Disagreement.OVER_TIERED,
                     "Idle A": Disagreement.OVER_TIERED}
    assert p.other_currencies.totals == (("USD", 5_000),)
    assert p.without_amount == 1


def test_nothing_won():
    p = pareto(book(companies=(ReportCompany(1, "S co", "S"),)), YEAR)
    assert p.companies == () and p.top_share is None and p.top_count == 0
    assert p.idle_key_accounts[0].share is None  # no share of nothing
