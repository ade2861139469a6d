"""The data of the visit brief and the deck, read from a real book."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.briefing import DeckData, Person
from desktop.domain.errors import NotFound
from desktop.services.briefing import AmbiguousDeal, VisitPlan
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
    # The six things worded for this visit: the need is known, the stage is "solution", the
    # committee has no gap, nobody attending is unmet... except 李敏.
    assert data.checklist == (
        "核实已知的问题和代价是否仍然成立", "听取评估方对方案的意见", "认识李敏，弄清其角色和关注点",
        "按每个角色的关注点讲解方案", "用客户的原话记录反馈",
        "提议：选取一条产线或一个站点做价值验证，事先约定验收标准；会后发送会议纪要")


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
                 "risks", "competitors", "lost_reason", "remarks", "cares_about"}
    assert forbidden.isdisjoint(DeckData.__dataclass_fields__)
    assert deck.challenges == ("生产数据延迟一天才能看到；换线时物料追溯靠纸质单据，出错率高。",)
    # Agreed and still ahead: "发送 ROI 测算给李敏" was due on the 18th (today is the 20th).
    assert [s.text for s in deck.agreed_steps] == ["安排产线现场调研", "提供同行业案例材料"]


def test_deck_shows_only_steps_agreed_with_the_customer_the_brief_all_of_them(services):
    ids = add_full_deal(services, leak=True)
    brief = services.briefing.visit_brief(ids.deal, "zh_CN").steps
    assert [(s.text, s.agreed) for s in brief] == [
        ("发送 ROI 测算给李敏", True), (f"请张伟引荐王总{LEAK_MARKERS['internal_step']}", False),
        (f"争取参与需求调研{LEAK_MARKERS['internal_deal_step']}", False),
        ("安排产线现场调研", True), ("提供同行业案例材料", True)]
    # Ticking a deal-page step as agreed puts it on the deck; unticking a note's step takes it off.
    steps = {s.text: s for s in services.deals.next_steps(ids.deal)}
    services.deals.set_next_step_agreed(steps[brief[2].text].id, True)
    services.deals.set_next_step_agreed(steps["安排产线现场调研"].id, False)
    deck = services.briefing.deck(ids.deal, "zh_CN")
    assert [s.text for s in deck.agreed_steps] == [brief[2].text, "提供同行业案例材料"]


@pytest.mark.parametrize(("stage_key", "zh", "en"), [
    ("lead", "首次沟通", "First meeting"), ("first_call", "首次沟通", "First meeting"),
    ("discovery", "方案沟通", "Working session"), ("negotiation", "方案沟通", "Working session"),
])
def test_deck_cover_names_the_meeting_from_where_the_deal_is(services, stage_key, zh, en):
    ids = add_full_deal(services, stage_key=stage_key)
    assert services.briefing.deck(ids.deal, "zh_CN").occasion == zh
    assert services.briefing.deck(ids.deal, "en").occasion == en


def test_deck_picks_cases_of_the_customers_industry_and_falls_back(demo_services):
    ids = add_full_deal(demo_services)
    deck = demo_services.briefing.deck(ids.deal, "zh_CN")
    assert deck.cases_match_industry and [c.industry for c in deck.cases] == ["制造业"]
    other = add_full_deal(demo_services, title="能源项目", company_name="金桥能源", industry="能源")
    deck = demo_services.briefing.deck(other.deal, "en")
    assert not deck.cases_match_industry and len(deck.cases) == 3
    assert deck.seller_company == "Zhiheng Industrial Software (Suzhou) Co., Ltd."
    # A related industry counts: the auto parts customer gets the auto parts group's case,
    # though the seller tagged it 制造业.
    parts = add_full_deal(demo_services, title="安亭 MES", company_name="太平洋汽车零部件",
                          industry="汽车零部件")
    deck = demo_services.briefing.deck(parts.deal, "zh_CN")
    assert deck.cases_match_industry
    assert [c.customer for c in deck.cases] == ["某汽车零部件集团（华东）"]
    deck = demo_services.briefing.deck(parts.deal, "en")
    assert [c.industry for c in deck.cases] == ["汽车零部件"]


def test_deck_cover_is_dated_for_the_next_planned_visit(services, clock):
    from datetime import datetime

    ids = add_full_deal(services, visit_at=datetime(2026, 12, 3, 10, 0))
    assert services.briefing.deck(ids.deal, "zh_CN").presented_on.isoformat() == "2026-12-03"
    other = add_full_deal(services, title="乙项目", visit_at=datetime(2020, 1, 1, 10, 0))
    assert services.briefing.deck(other.deal, "zh_CN").presented_on == clock().date()


def test_resolve_deal_by_id_or_unique_part_of_the_title(services):
    a = add_full_deal(services, title="华东精密 MES 升级")
    b = add_full_deal(services, title="华东精密 WMS")
    assert services.briefing.resolve_deal(str(b.deal)) == b.deal
    assert services.briefing.resolve_deal("mes") == a.deal
    with pytest.raises(AmbiguousDeal) as exc:
        services.briefing.resolve_deal("华东精密")
    assert [c[0] for c in exc.value.candidates] == [a.deal, b.deal]
    with pytest.raises(NotFound):
        services.briefing.resolve_deal("没有这个")


def test_week_ahead_lists_visits_of_the_next_seven_days(services):
    add_full_deal(services, title="本周", visit_at=datetime(2026, 11, 26, 9))
    add_full_deal(services, title="下月", visit_at=datetime(2026, 12, 26, 9))
    assert [v.deal_title for v in services.briefing.week_ahead()] == ["本周"]


# --- questions from the notes and the question library; deck slides from the notes ----------
def test_brief_questions_on_the_demo_come_from_its_notes_and_the_library(demo_services):
    deal = demo_services.briefing.resolve_deal("数字化车间 MES 升级")
    data = demo_services.briefing.visit_brief(deal, "zh_CN")
    assert data.questions == (
        "回本测算按二厂单厂算，还是按三个工厂推广后算？",  # marked in the latest note's N section
        "采购赵磊会不会坚持公开比价？",  # marked in its internal notes
        "如果再过一年还是老样子，会发生什么？",  # library, the weakest section (I), third question
        "由谁签字？合同流程需要我们提供什么？", "怎样才能让项目本月签约，而不是拖到下个季度？",
    )
    assert data.spin[3].text.startswith("预算方很关心成本和回收期")  # latest S/P/I/N: the notes


def test_brief_asks_for_an_unknown_budget_and_uses_the_sellers_library(demo_services):
    from desktop.domain.notes import QuestionPromptRecord

    demo_services.questions.replace_all([
        QuestionPromptRecord(section=s, text_en=f"My {s} question", text_zh="")
        for s in ("situation", "problem", "implication", "need_payoff")])
    deal = demo_services.briefing.resolve_deal("智能仓储调度")
    assert demo_services.briefing.visit_brief(deal, "en").questions == (
        "What budget is set aside for this, and what does it include?",  # "待确认" in the note
        "My need_payoff question",  # the seller's library, for the weakest section
        "What did the evaluators think of the proposal, and what is missing?",
        "What are the steps and dates of the decision from here?",
    )
    # A question with no Chinese text is asked in English rather than left out.
    assert demo_services.briefing.visit_brief(deal, "zh_CN").questions[:2] == (
        "这个项目的预算大概是多少？包含哪些内容？", "My need_payoff question")


def test_deck_slides_on_the_demo_use_every_note_phrased_for_the_customer(demo_services):
    deal = demo_services.briefing.resolve_deal("数字化车间 MES 升级")
    deck = demo_services.briefing.deck(deal, "zh_CN")
    # "李敏负责集团数字化专项的预算审核…" (who holds the budget) is committee knowledge: left out.
    assert deck.business == (
        "集团三个工厂，二厂规模最大，约 1200 人，两班倒。现有 MES 是 2012 年上线的本地化系统，原厂商已不再维护。",
        "排产由生产部在 Excel 里做，每天早上 8 点下发。今年集团立项“数字化车间”，二厂是试点。",
    )
    assert deck.challenges == (
        "以前上过的系统花了钱但没人用，IT 项目投了钱，回报却一直说不清楚。",
        "插单多的时候 Excel 排产要改一上午，现场经常拿着旧计划在干。",
        "老 MES 和 ERP 的接口每周都要人工补数据。",
    )
    assert deck.costs[0] == "试点回报要算清楚，另外两个工厂明年的预算取决于它。"
    assert len(deck.costs) == 3
    assert deck.outcomes == (
        "希望看到 18 个月内回本的测算，并按季度跟踪交期准时率和加班工时。",
        "希望插单后 10 分钟内出新计划，现场用平板看最新任务。",  # not "陈静希望…"
        "试点成功后能复制到另外两个工厂。",
    )
    english = demo_services.briefing.deck(demo_services.briefing.resolve_deal("Anting"), "en")
    assert english.challenges == (
        "Changeovers are planned on a whiteboard; when an OEM pulls an order forward, nobody "
        "knows the real capacity.",
        "Quality data sits in spreadsheets and cannot be traced to a lot.",
    )


def test_the_brief_asks_what_the_seller_marked_even_in_internal_notes(services):
    ids = add_full_deal(services, leak=True)
    questions = services.briefing.visit_brief(ids.deal, "zh_CN").questions
    assert questions[0] == f"{LEAK_MARKERS['internal_question']} 王总是否已经表态？"
    assert LEAK_MARKERS["internal_question"] not in repr(services.briefing.deck(ids.deal, "zh_CN"))
