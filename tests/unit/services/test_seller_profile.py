"""The seller profile: saved per language with its cases; the deck falls back to the other."""

from __future__ import annotations

from desktop.domain.briefing import SellerCaseRecord, SellerProfileRecord, Solution


def test_profile_round_trips_with_cases_and_images(services):
    saved = services.seller_profile.save(SellerProfileRecord(
        language="zh_CN", company_name="智衡", solutions=(Solution("MES", "产线数据实时可见"),),
        value_statements=("90 天上线", "按效果付款"), logo=b"\x89PNG-logo",
        cases=(SellerCaseRecord(None, "zh_CN", "制造业", "某集团", "统一 MES", result="准时率 96%"),),
    ))
    assert saved.solutions == (Solution("MES", "产线数据实时可见"),)
    assert saved.value_statements == ("90 天上线", "按效果付款")
    assert saved.logo == b"\x89PNG-logo"
    assert [(c.industry, c.title, c.result) for c in saved.cases] == [("制造业", "统一 MES", "准时率 96%")]
    again = services.seller_profile.save(SellerProfileRecord(language="zh_CN", company_name="智衡"))
    assert again.cases == () and again.logo is None


def test_deck_profile_falls_back_to_the_other_language(services):
    services.seller_profile.save(SellerProfileRecord(language="zh_CN", company_name="智衡"))
    assert services.seller_profile.for_deck("en").company_name == "智衡"
    assert services.seller_profile.get("en").is_empty


def test_demo_fills_both_languages_with_cases_across_industries(demo_services):
    zh = demo_services.seller_profile.get("zh_CN")
    assert {c.industry for c in zh.cases} == {"制造业", "医疗器械", "物流", "零售"}
    assert zh.logo and zh.logo.startswith(b"\x89PNG")
    assert demo_services.seller_profile.get("en").seller_name == "Wang Lei"
