"""The report service over a real book: what the queries load and leave out."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.domain.deals import DealRecord
from desktop.domain.people import CompanyRecord
from desktop.domain.reports.period import Period


def _deal(services, company_id, title, amount, created, path, **kw):  # noqa: ANN001, ANN003
    stages = {s.key: s.id for s in services.pipeline.stages()}
    deal = services.deals.save(DealRecord(company_id=company_id, title=title, amount=amount, **kw),
                               at=created)
    reasons = services.pipeline.lost_reasons()
    for key, when in path:
        services.deals.move_stage(deal.id, stages[key], at=when,
                                  lost_reason_id=reasons[0].id if key == "lost" else None)
    return deal


def test_reports_read_the_book_and_leave_deleted_deals_out(services):
    company = services.companies.save(CompanyRecord(name="康宁医疗", tier="S", lead_source="展会"))
    oct1 = datetime(2026, 10, 1, 10)
    won = _deal(services, company.id, "追溯系统", 300_000, oct1,
                [("negotiation", datetime(2026, 10, 10)), ("won", datetime(2026, 11, 2))])
    _deal(services, company.id, "二期", 100_000, oct1, [("lost", datetime(2026, 11, 3))],
          competitors="用友")
    gone = _deal(services, company.id, "删掉的", 900_000, oct1, [("won", datetime(2026, 11, 4))])
    services.deals.delete(gone.id)
    nov = Period(date(2026, 11, 1), date(2026, 11, 30))

    rate, previous, months = services.reports.win_rate(nov)
    assert [d.id for d in rate.won] == [won.id]  # the deleted ¥900,000 win is not counted
    assert rate.rate == 0.5 and rate.won_amounts.get() == 300_000
    assert rate.won[0].lead_source == "展会"  # the company's source when the deal has none
    assert previous.rate is None and len(months) == 12
    lost = services.reports.lost(nov)
    assert [g.key for g in lost.by_competitor] == ["用友"]
    assert lost.by_stage[0].key == {s.key: s.id for s in services.pipeline.stages()}["lead"]
    overview = services.reports.overview(nov)
    assert overview.win_rate.rate == 0.5 and not overview.collections_tracked
    assert overview.pareto.companies[0].company.tier == "S"
    funnel = services.reports.funnel(nov)
    assert gone.id not in {d.id for d in funnel.active}


def test_weekly_report_keeps_internal_fields_out(services):
    company = services.companies.save(CompanyRecord(name="康宁医疗"))
    deal = _deal(services, company.id, "追溯系统", 300_000, datetime(2026, 10, 1), [])
    services.deals.plan_visit(deal.id, services.clock() + timedelta(days=4), "苏州", "演示")
    week = services.reports.weekly()
    assert [v.place for v, _ in week.planned_visits] == ["苏州"]
    assert not hasattr(week.planned_visits[0][1], "remarks")  # the deal's internal notes not loaded


def test_collections_enter_the_formula_once_contracts_are_kept(services):
    from desktop.domain.contracts import ContractRecord, InstalmentInput
    from desktop.domain.reports.formula import Factor

    company = services.companies.save(CompanyRecord(name="康宁医疗"))
    deal = _deal(services, company.id, "追溯系统", 300_000, datetime(2026, 9, 1),
                 [("won", datetime(2026, 11, 2))])
    nov = Period(date(2026, 11, 1), date(2026, 11, 30))
    before = services.reports.formula(nov)
    assert before.current.collected is None  # no contract in the book: not tracked
    assert Factor.COLLECTION not in before.current.factors()
    contract = services.money.save_contract(ContractRecord(deal_id=deal.id, signed_on=date(2026, 11, 2),
                                                           amount_fen=300_000_00))
    services.money.save_plan(contract.id, [InstalmentInput("预付款", amount_fen=300_000_00,
                                                           due_on=date(2026, 11, 10))])
    services.money.record_payment(contract.id, date(2026, 11, 12), 90_000_00)
    after = services.reports.formula(nov)
    assert after.current.collected == 90_000  # fen → yuan
    # 回款比 = ¥90,000 collected on its contract ÷ ¥300,000 won in November
    assert after.current.factor(Factor.COLLECTION) == 0.3
    assert services.reports.overview(nov).collections_tracked


def test_a_table_exports_as_csv_with_bom_and_no_formula(services, tmp_path):
    from desktop.domain.reports.tables import Column, Kind, Row, Table
    from desktop.services.reports import export_table_csv

    table = Table("lost.words", "丢单说明", (Column("deal", "Deal", "商机"),
                                         Column("amount", "Amount", "金额", Kind.MONEY),
                                         Column("rate", "Rate", "比例", Kind.PERCENT)),
                  (Row(("=HYPERLINK(\"http://x\")", 300_000, 0.5)), Row(("二期", None, None))), ("注：示例",))
    path = export_table_csv(table, "zh_CN", tmp_path / "lost.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "商机,金额,比例"
    assert lines[1] == "\"'=HYPERLINK(\"\"http://x\"\")\",300000,50%"  # never run as a formula
    assert lines[2] == "二期,,"  # nothing is an empty cell, not 0
    assert lines[3] == "* 注：示例"
