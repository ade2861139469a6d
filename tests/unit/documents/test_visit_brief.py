"""The visit brief: its story from plain data, and the rendered PDF."""

from __future__ import annotations

import re

from desktop.documents.visit_brief import VisitBrief
from tests.printing_data import add_full_deal
from tests.unit.documents.helpers import pdf_page_size, pdf_pages, pdffonts, story_text

ZH_SECTIONS = ["参会人员", "本次拜访要完成的六件事", "要问的问题", "参会人画像", "客户概况", "预算与时间线",
               "内部策略与备注", "上次会谈", "需求：最新的 S / P / I / N", "竞争对手", "可能的异议与应对",
               "未完成的承诺与下一步", "需要携带的材料"]


def test_brief_story_has_every_section_in_order(services):
    ids = add_full_deal(services)
    doc = VisitBrief(services.briefing.visit_brief(ids.deal, "zh_CN"))
    text = story_text(doc.story())
    positions = [text.index(s) for s in ZH_SECTIONS]
    assert positions == sorted(positions)
    assert text[:2] == ["华东精密制造集团", "华东精密 MES 升级"]
    assert "¥125万" in text and "18 天" in text and "转介绍 · 周立新" in text


def test_brief_card_shows_stance_influence_roles_and_how_to_talk(services):
    ids = add_full_deal(services)
    text = story_text(VisitBrief(services.briefing.visit_brief(ids.deal, "zh_CN")).story())
    start = text.index("李敏", text.index("参会人画像"))
    card = text[start:start + 10]
    assert card[:6] == ["李敏", "财务总监 · 财务部", "中立", "影响力高", "预算方",
                        "关注点 投资回报和回收期，付款节奏。"]
    assert "沟通方式 带一页纸 ROI 测算，用数字说话，先听她的顾虑。" in card
    assert "上次见面 尚未见面" in card


def test_brief_gaps_show_in_a_warning_box_when_there_are_gaps(services):
    ids = add_full_deal(services, people=1, stage_key="negotiation")
    text = story_text(VisitBrief(services.briefing.visit_brief(ids.deal, "en")).story())
    i = text.index("Coverage gaps")
    assert text[i + 1:i + 3] == ["▲ Single-threaded: 王建国 is the only person you know here.",
                                 "▲ No budget holder identified yet."]


def test_typical_brief_renders_on_two_pages_with_fonts_embedded(services, tmp_path):
    ids = add_full_deal(services)
    path = tmp_path / "brief.pdf"
    data = VisitBrief(services.briefing.visit_brief(ids.deal, "zh_CN")).render(path)
    pages = pdf_pages(data)
    assert len(pages) == 2
    assert "华东精密制造集团" in pages[0] and "内部资料 · 请勿外传" in pages[0]
    assert "第 2 页，共 2 页" in pages[1]
    assert round(pdf_page_size(data)[0]) == 595  # A4 portrait
    fonts = pdffonts(str(path))
    assert {row[0].split("+")[-1] for row in fonts} == {"DealbriefSans-Regular",
                                                        "DealbriefSans-Bold"}
    assert all(row[-5] == "yes" and row[-4] == "yes" for row in fonts)  # embedded, subset


def test_english_brief_has_english_furniture(services):
    ids = add_full_deal(services)
    pages = pdf_pages(VisitBrief(services.briefing.visit_brief(ids.deal, "en")).render())
    assert "Internal — not for the customer" in pages[0]
    assert "Visit brief · 华东精密制造集团" in pages[0]
    assert re.search(r"Page 1 of \d", pages[0])
    assert "¥1,250,000" in pages[0]


def test_very_full_brief_flows_onto_more_pages_with_headers_and_numbers(services):
    ids = add_full_deal(services, people=14, notes=6, steps=24)
    pages = pdf_pages(VisitBrief(services.briefing.visit_brief(ids.deal, "zh_CN")).render())
    n = len(pages)
    assert n >= 3
    for number, page in enumerate(pages, start=1):
        assert "拜访简报 · 华东精密制造集团" in page
        assert f"第 {number} 页，共 {n} 页" in page
    assert "会谈记录（手写）" in pages[-1]
    # The overdue steps (the five latest) and the next five; the rest are counted, not listed.
    text = "".join(pages)
    assert "另有" in text and "项更早的逾期事项未列出" in text


def test_several_briefs_each_start_a_page_and_are_numbered_on_their_own(services):
    a = add_full_deal(services, title="甲项目", company_name="甲公司")
    b = add_full_deal(services, title="乙项目", company_name="乙公司")
    briefs = [services.briefing.visit_brief(d.deal, "zh_CN") for d in (a, b)]
    pages = pdf_pages(VisitBrief(briefs).render())
    assert len(pages) == 4
    assert "拜访简报 · 甲公司" in pages[1] and "第 2 页，共 2 页" in pages[1]
    assert "拜访简报 · 乙公司" in pages[2] and "第 1 页，共 2 页" in pages[2]
