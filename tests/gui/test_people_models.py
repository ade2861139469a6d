"""The contacts and companies item models pass Qt's model tester and filter by every word."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.models import ID_ROLE, WordFilterProxy
from desktop.ui.people.models import CompanyTableModel, ContactTableModel


def test_contact_model_passes_the_model_tester(qtmodeltester, demo_services):
    model = ContactTableModel()
    model.set_records(demo_services.contacts.rows())
    qtmodeltester.check(model)
    assert model.rowCount() == 23


def test_company_model_passes_the_model_tester(qtmodeltester, demo_services):
    model = CompanyTableModel()
    model.set_records(demo_services.companies.list())
    qtmodeltester.check(model)


def test_filter_proxy_passes_the_model_tester_while_filtering(qtmodeltester, demo_services):
    model = ContactTableModel()
    model.set_records(demo_services.contacts.rows())
    proxy = WordFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("华东")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 5


def _names(proxy) -> set[str]:
    return {proxy.index(r, 0).data() for r in range(proxy.rowCount())}


def test_filter_matches_every_word_in_any_column_and_phones_however_typed(demo_services):
    model = ContactTableModel()
    model.set_records(demo_services.contacts.rows())
    proxy = WordFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("华东 财务")
    assert _names(proxy) == {"李敏"}
    proxy.set_filter_text("+86 138 1234")
    assert _names(proxy) == {"李敏"}
    proxy.set_filter_text("cathyxu_sh")
    assert _names(proxy) == {"徐慧"}
    proxy.set_filter_text("wang jianguo")
    assert _names(proxy) == {"王建国"}
    proxy.set_filter_text("")
    assert proxy.rowCount() == model.rowCount()


def test_rows_carry_their_id_and_company_tiers_sort_s_first(demo_services):
    model = CompanyTableModel()
    model.set_records(demo_services.companies.list())
    proxy = WordFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(CompanyTableModel.TIER, Qt.SortOrder.AscendingOrder)
    tiers = [proxy.index(r, CompanyTableModel.TIER).data() for r in range(proxy.rowCount())]
    assert tiers == sorted(tiers, key="SABC".index)
    first_id = proxy.index(0, 0).data(ID_ROLE)
    assert demo_services.companies.get(first_id).tier == "S"


def test_names_sort_by_pinyin_in_both_languages(demo_services):
    """English puts Latin names first, then Chinese by pinyin (not by code point); Chinese sorts
    Chinese by pinyin first."""
    from PySide6.QtCore import QLocale

    model = CompanyTableModel()
    model.set_records(demo_services.companies.list())
    model.sort(CompanyTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Pacific Auto Parts (Shanghai) Co., Ltd.", "海天食品加工有限公司", "华东精密制造集团",
                     "金桥能源股份", "康宁医疗器械有限公司", "明德教育集团", "星河连锁零售", "云达物流科技"]
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    model.sort(CompanyTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names[0] == "海天食品加工有限公司" and names[-1] == "Pacific Auto Parts (Shanghai) Co., Ltd."
