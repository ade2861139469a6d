"""Files are named by what they hold, in the document's language."""

from datetime import date

from desktop.domain.file_names import clean_part, document_file_name


def test_a_brief_is_named_by_company_deal_document_and_day() -> None:
    assert document_file_name(["华东精密", "MES 升级"], "brief", "zh_CN", date(2026, 12, 3)) \
        == "华东精密_MES升级_拜访简报_2026-12-03.pdf"
    assert document_file_name(["Pacific Auto", "Anting MES"], "deck", "en", date(2026, 12, 3)) \
        == "Pacific Auto_Anting MES_First-call deck_2026-12-03.pdf"


def test_characters_a_file_system_refuses_go_and_long_parts_are_cut() -> None:
    assert clean_part('A/B: "C"?') == "A B C"
    assert clean_part("华东 精密 / 二期") == "华东精密二期"
    assert len(clean_part("长" * 80)) == 40
    assert document_file_name([], "contacts", "zh_CN", date(2026, 12, 3), "csv") \
        == "联系人_2026-12-03.csv"
