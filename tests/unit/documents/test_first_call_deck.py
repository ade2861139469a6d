"""The first-call deck: slides from DeckData, 16:9 pages, and nothing internal in the PDF."""

from __future__ import annotations

import pytest

from desktop.documents.first_call_deck import FirstCallDeck
from desktop.documents.visit_brief import INFLUENCE, STANCE
from tests.printing_data import AMOUNT_SHOWN, LEAK_MARKERS, REFERRER, add_full_deal
from tests.unit.documents.helpers import pdf_page_size, pdf_pages, pdffonts, story_text

SLIDES = ["cover", "agenda", "business", "challenges", "solve", "why", "cases", "value", "next",
          "contact"]


def test_deck_slides_in_order_with_the_customers_words(demo_services):
    ids = add_full_deal(demo_services)
    deck = FirstCallDeck(demo_services.briefing.deck(ids.deal, "zh_CN"))
    slides = dict(deck.slides())
    assert list(slides) == SLIDES
    assert story_text(slides["cover"])[:3] == ["专为您准备", "华东精密制造集团", "华东精密 MES 升级"]
    assert story_text(slides["agenda"]) == [
        "目录", "01", "我们对贵司业务的理解", "02", "您面临的挑战及其代价", "03", "我们如何解决",
        "04", "为什么选择我们", "05", "同行业客户案例", "06", "预期价值", "07", "建议的下一步"]
    challenges = story_text(slides["challenges"])
    assert challenges[:3] == ["02", "您面临的挑战及其代价", "面临的挑战"]
    assert any("每月因追溯错误返工约 40 万元" in t for t in challenges)
    cases = story_text(slides["cases"])
    assert "同行业客户案例" in cases and "某汽车零部件集团（华东）" in cases
    assert "扫码添加微信" in story_text(slides["contact"])


def test_deck_renders_one_16_9_slide_per_page_with_fonts_embedded(demo_services, tmp_path):
    ids = add_full_deal(demo_services)
    path = tmp_path / "deck.pdf"
    data = FirstCallDeck(demo_services.briefing.deck(ids.deal, "en")).render(path)
    pages = pdf_pages(data)
    assert len(pages) == len(SLIDES)
    width, height = pdf_page_size(data)
    assert abs(width / height - 16 / 9) < 0.01
    assert "Expected value" in pages[7] and "8 / 10" in pages[7]
    assert all(row[-5] == "yes" for row in pdffonts(str(path)))


def test_deck_without_profile_or_notes_asks_todays_questions_instead_of_placeholders(services):
    ids = add_full_deal(services, notes=0, steps=0)
    deck = FirstCallDeck(services.briefing.deck(ids.deal, "zh_CN"))
    slides = dict(deck.slides())
    # Nothing heard yet and no profile: one slide of questions, no placeholder slides.
    assert list(slides) == ["cover", "agenda", "today", "next", "contact"]
    assert [story_text(slides[k])[0] for k in ("today", "next")] == ["01", "02"]
    assert "今天想与您确认的问题" in story_text(slides["today"])
    assert "谢谢" in story_text(slides["contact"])
    pages = pdf_pages(deck.render())
    assert len(pages) == len(slides)
    text = "".join(pages)
    assert "今天与您一起确认" not in text and "我们将与您一起估算" not in text
    assert "哪些问题最重要" in pages[2]


def test_a_profile_with_only_an_about_text_still_says_how_we_help(services):
    from desktop.domain.briefing import SellerProfileRecord

    ids = add_full_deal(services, notes=0, steps=0)
    services.seller_profile.save(SellerProfileRecord(
        language="zh_CN", company_name="智衡软件", about="我们专注制造执行系统十二年。"))
    slides = dict(FirstCallDeck(services.briefing.deck(ids.deal, "zh_CN")).slides())
    assert list(slides) == ["cover", "agenda", "today", "solve", "why", "next", "contact"]
    assert "我们专注制造执行系统十二年。" in story_text(slides["solve"])
    assert "智衡软件" in story_text(slides["contact"])


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_nothing_internal_reaches_the_deck_pdf(demo_services, language):
    ids = add_full_deal(demo_services, leak=True)
    text = "\n".join(pdf_pages(
        FirstCallDeck(demo_services.briefing.deck(ids.deal, language)).render()))
    assert "华东精密制造集团" in text  # the text is really extracted
    flat = text.replace("\n", "").replace(" ", "")
    for field, marker in LEAK_MARKERS.items():
        assert marker not in flat, field
    for internal in (REFERRER, *AMOUNT_SHOWN):  # who referred the deal, what it is worth
        assert internal.replace(" ", "") not in flat
    for key in STANCE.keys() + INFLUENCE.keys():
        for lang in ("zh_CN", "en"):
            word = STANCE(key, lang) if key in STANCE.table else INFLUENCE(key, lang)
            assert word not in text
    for internal in ("张伟私下说", "财务总监对回收期有疑虑", "明年争取副总裁", "老板支持，财务是关键"):
        assert internal not in text
    # The markers are really planted: the internal brief of the same deal shows them.
    from desktop.documents.visit_brief import VisitBrief

    brief = "".join(pdf_pages(VisitBrief(demo_services.briefing.visit_brief(
        ids.deal, language, visit_id=ids.visit)).render())).replace("\n", "").replace(" ", "")
    for field in ("how_to_talk", "visit_goal", "risks", "internal_step", "internal_deal_step",
                  "deal_notes", "budget", "internal_notes"):  # strategy, budget notes
        assert LEAK_MARKERS[field] in brief, field
    # ...while the deck still has the steps agreed with the customer and still ahead; one
    # already overdue stays out.
    assert "安排产线现场调研" in flat and "提供同行业案例材料" in flat
    assert "发送ROI测算给李敏" not in flat


@pytest.mark.parametrize("name", ["华东精密制造集团", "康宁医疗器械有限公司", "深圳市康宁医疗器械有限公司"])
def test_the_customers_name_stays_on_one_line_on_the_cover(services, name):
    ids = add_full_deal(services, company_name=name, notes=0, steps=0)
    cover = pdf_pages(FirstCallDeck(services.briefing.deck(ids.deal, "zh_CN")).render())[0]
    assert name in cover.splitlines()


@pytest.mark.parametrize(("stage_key", "language", "label", "not_label"), [
    ("first_call", "zh_CN", "首次沟通", "方案沟通"),
    ("negotiation", "zh_CN", "方案沟通", "首次沟通"),
    ("lead", "en", "First meeting", "Working session"),
    ("proof", "en", "Working session", "First meeting"),
])
def test_the_cover_names_the_meeting_by_where_the_deal_is(services, stage_key, language, label,
                                                         not_label):
    ids = add_full_deal(services, stage_key=stage_key, notes=0, steps=0)
    pages = pdf_pages(FirstCallDeck(services.briefing.deck(ids.deal, language)).render())
    cover = pages[0].replace(" ", "")
    assert label.replace(" ", "") in cover
    assert not_label.replace(" ", "") not in "".join(pages).replace(" ", "")
