"""The data of the visit brief and the deck, read from a real book."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.briefing import DeckData, Person, six_things
from desktop.services.briefing import AmbiguousDeal, DealNotFound, VisitPlan
from tests.printing_data import LEAK_MARKERS, add_full_deal


def test_brief_header_and_visit_come_from_the_deal_and_its_next_visit(services):
    ids = add_full_deal(services)
    data = services.briefing.visit_brief(ids.deal, "zh_CN")
    h = data.header
    assert (h.customer, h.deal_title, h.stage, h.days_in_stage, h.tier) == (
        "华东精密制造集团", "华东精密 MES 升级", "方案/演示", 18, "S")
    assert (h.amount, h.expected_close, h.lead_source, h.referrer) == (
        1_250_000, date(2027, 3, 31), "转介绍", "周立新")
    assert h.visit_at == datetime(2026, 11, 24, 14, 0)
    assert h.our_side == ("我", "刘工（售前）")
    assert h.their_side == (
        Person("王建国", "总经理", ("拍板方", "签字方")), Person("李敏", "财务总监", ("预算方",)),
        Person("张伟", "IT 经理", ("评估方", "教练/内线")), Person("陈静", "生产部主管", ("使用方",)),
    )
    assert data.objectives == ("向财务总监讲清投资回报", "确认 POC 范围和验收标准")
    assert data.checklist == six_things("zh_CN")


def test_brief_cards_carry_what_the_seller_knows_of_each_attendee(services):
    ids = add_full_deal(services)
    cards = services.briefing.visit_brief(ids.deal, "en").attendees
    li = cards[1]
    assert (li.name, li.roles, li.stance, li.influence, li.met, li.last_met) == (
        "李敏", ("Budget holder",), "neutral", "high", False, None)
    assert li.how_to_talk.startswith("带一页纸 ROI 测算")
    assert li.competitor_backed == "用友"


def test_brief_spin_is_the_latest_answer_of_each_section(services):
    ids = add_full_deal(services, notes=2)
    spin = services.briefing.visit_brief(ids.deal, "zh_CN").spin
    assert [a.key for a in spin] == ["situation", "problem", "implication", "need_payoff"]
    assert {a.on for a in spin} == {date(2026, 11, 6)}


def test_brief_lists_open_steps_with_overdue_ones_marked(services):
    ids = add_full_deal(services)
    steps = services.briefing.visit_brief(ids.deal, "zh_CN").steps
    assert [(s.text, s.overdue) for s in steps] == [
        ("发送 ROI 测算给李敏", True), ("安排产线现场调研", False), ("提供同行业案例材料", False)]


def test_brief_gaps_name_missing_and_unmet_roles(services):
    ids = add_full_deal(services, people=1, stage_key="negotiation")
    data = services.briefing.visit_brief(ids.deal, "en")
    assert data.gaps == (
        "Single-threaded: 王建国 is the only person you know here.",
        "No budget holder identified yet.",
    )
    assert "Who holds the budget for this, and has it been approved?" in data.questions


def test_brief_materials_follow_the_stage_and_who_attends(services):
    ids = add_full_deal(services)
    materials = services.briefing.visit_brief(ids.deal, "zh_CN").materials
    assert materials[0] == "针对客户问题的方案书"
    assert "一页纸投资回报测算（含回收期）" in materials
    assert materials[-2:] == ("名片", "同行业客户案例")


def test_brief_plan_given_by_hand_replaces_the_planned_visit(services):
    ids = add_full_deal(services)
    plan = VisitPlan(at=datetime(2026, 12, 1, 10), place="线上", contact_ids=(ids.contacts[1],))
    data = services.briefing.visit_brief(ids.deal, "zh_CN", plan=plan)
    assert data.header.place == "线上"
    assert [c.name for c in data.attendees] == ["李敏"]


def test_deck_carries_only_customer_safe_fields(services):
    ids = add_full_deal(services, leak=True)
    deck = services.briefing.deck(ids.deal, "zh_CN")
    text = repr(deck)
    for marker in LEAK_MARKERS.values():
        assert marker not in text
    forbidden = {"stance", "influence", "personal_interests", "how_to_talk", "internal_notes",
                 "risks", "competitors", "lost_reason", "notes", "cares_about"}
    assert forbidden.isdisjoint(DeckData.__dataclass_fields__)
    assert deck.challenges == ("生产数据延迟一天才能看到；换线时物料追溯靠纸质单据，出错率高。",)
    assert [s.text for s in deck.agreed_steps][0] == "发送 ROI 测算给李敏"


def test_deck_picks_cases_of_the_customers_industry_and_falls_back(demo_services):
    ids = add_full_deal(demo_services)
    deck = demo_services.briefing.deck(ids.deal, "zh_CN")
    assert deck.cases_match_industry and [c.industry for c in deck.cases] == ["制造业"]
    other = add_full_deal(demo_services, title="能源项目", company_name="金桥能源", industry="能源")
    deck = demo_services.briefing.deck(other.deal, "en")
    assert not deck.cases_match_industry and len(deck.cases) == 3
    assert deck.seller_company == "Zhiheng Industrial Software (Suzhou) Co., Ltd."


def test_resolve_deal_by_id_or_unique_part_of_the_title(services):
    a = add_full_deal(services, title="华东精密 MES 升级")
    b = add_full_deal(services, title="华东精密 WMS")
    assert services.briefing.resolve_deal(str(b.deal)) == b.deal
    assert services.briefing.resolve_deal("mes") == a.deal
    with pytest.raises(AmbiguousDeal) as exc:
        services.briefing.resolve_deal("华东精密")
    assert [c[0] for c in exc.value.candidates] == [a.deal, b.deal]
    with pytest.raises(DealNotFound):
        services.briefing.resolve_deal("没有这个")


def test_week_ahead_lists_visits_of_the_next_seven_days(services):
    add_full_deal(services, title="本周", visit_at=datetime(2026, 11, 26, 9))
    add_full_deal(services, title="下月", visit_at=datetime(2026, 12, 26, 9))
    assert [v.deal_title for v in services.briefing.week_ahead()] == ["本周"]
