"""The deck on one type scale: cuts and continuations reported, industry-tailored profile
content, the cover holding long names, agreed steps still ahead."""

from __future__ import annotations

from desktop.documents.first_call_deck import DECK_SCALE, FirstCallDeck, render_deck
from desktop.domain.briefing import CUT, NO_ROOM, SellerProfileRecord, Solution
from tests.documents_checker import read_pages
from tests.printing_data import HEAVY_COMPANY, add_full_deal, add_heavy_deal
from tests.unit.documents.helpers import story_text


def test_a_heavy_deck_cuts_at_line_limits_and_says_what_it_cut(services):
    ids = add_heavy_deal(services)
    result = render_deck(services.briefing.deck(ids.deal, "zh_CN"))
    cuts = [x for x in result.left_out if x.reason == CUT]
    assert cuts and all(x.shown.endswith("…") and len(x.shown) < len(x.text) for x in cuts)
    assert {x.section for x in cuts} >= {"我们对贵司业务的理解", "您面临的挑战及其代价"}
    # Agreed steps beyond what the slide holds are listed, not silently dropped.
    assert any(x.reason == NO_ROOM and x.section == "建议的下一步" for x in result.left_out)
    pages = read_pages(result.pdf)
    sizes = {round(w.size) for p in pages[1:] for w in p.words if w.y1 < p.height - 60}
    assert min(sizes) >= DECK_SCALE["label"]  # nothing shrunk to fit


def test_points_that_do_not_fit_continue_on_a_continued_slide(services):
    from dataclasses import replace

    ids = add_full_deal(services)
    data = services.briefing.deck(ids.deal, "zh_CN")
    data = replace(data, business=tuple(f"第{i}条：产线数据延迟一天才能看到，换线追溯靠纸质单据。"
                                        * 2 for i in range(9)))
    deck = FirstCallDeck(data)
    keys = [k for k, _ in deck.slides()]
    assert "business+1" in keys
    cont = dict(deck.slides())["business+1"]
    assert story_text(cont)[:2] == ["01", "我们对贵司业务的理解（续）"]
    assert not deck.left_out  # all nine fit on the slide and its continuation


def test_the_profile_shows_what_fits_the_customers_industry(services):
    ids = add_full_deal(services, notes=0, steps=0, industry="制造业")
    services.seller_profile.save(SellerProfileRecord(
        language="zh_CN", company_name="智衡软件",
        tagline="[医疗] 让每一台设备可追溯\n[制造业] 让每一条产线看得见\n专注工业软件",
        solutions=(Solution("产线看板", "实时数据", ("制造业",)),
                   Solution("器械追溯", "UDI 合规", ("医疗",)),
                   Solution("数据平台", "通用"))))
    data = services.briefing.deck(ids.deal, "zh_CN")
    assert [s.name for s in data.solutions] == ["产线看板", "数据平台"]
    assert data.seller_tagline == "让每一条产线看得见"
    # Saved and read back in the profile's own words: "[制造业] 产线看板：实时数据".
    assert services.seller_profile.get("zh_CN").solutions[0].industries == ("制造业",)


def test_untagged_solutions_all_show(services):
    ids = add_full_deal(services, notes=0, steps=0, industry="零售")
    services.seller_profile.save(SellerProfileRecord(
        language="zh_CN", company_name="智衡软件", tagline="专注工业软件",
        solutions=(Solution("产线看板", "实时数据"), Solution("数据平台", "通用"))))
    data = services.briefing.deck(ids.deal, "zh_CN")
    assert [s.name for s in data.solutions] == ["产线看板", "数据平台"]
    assert data.seller_tagline == "专注工业软件"


def test_the_cover_holds_long_names_inside_the_colour_panel(services):
    ids = add_heavy_deal(services)
    services.seller_profile.save(SellerProfileRecord(
        language="en", company_name="Zhiheng Industrial Software International Holdings Limited",
        tagline="Every production line visible, every changeover traceable, in every plant"))
    pdf = FirstCallDeck(services.briefing.deck(ids.deal, "en")).render()
    cover = read_pages(pdf)[0]
    panel = cover.width * 0.64
    name_words = set(HEAVY_COMPANY.split())
    on_cover = [w for w in cover.words if w.text in name_words]
    assert on_cover and all(w.x1 < panel for w in on_cover)
    seller = [w for w in cover.words if w.text in {"Zhiheng", "Industrial", "Software"}]
    assert seller and all(w.x0 > panel for w in seller)
