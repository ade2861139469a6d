"""The contacts and companies item models pass Qt's model tester and filter by every word."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QModelRoleData, Qt
from PySide6.QtWidgets import QTableView

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


class _CountingContacts(ContactTableModel):
    """Counts what Qt asks of the model while a view paints (no timing: the number of calls
    from C++ into Python is what made scrolling 10,000 contacts slow)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = {"index": 0, "data": 0}

    def index(self, row, column, parent=QModelIndex()):  # noqa: ANN001, ANN201, B008
        self.calls["index"] += 1
        return super().index(row, column, parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        self.calls["data"] += 1
        return super().data(index, role)


def test_a_painted_cell_finds_its_source_row_once_not_once_per_role(qtbot, demo_services):
    model = _CountingContacts()
    model.set_records(demo_services.contacts.rows())
    proxy = WordFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait_until(lambda: model.calls["data"] > 0)  # laid out and painted
    for key in model.calls:
        model.calls[key] = 0
    view.viewport().update()
    qtbot.wait_until(lambda: model.calls["data"] > 0)
    calls = dict(model.calls)
    # Every role of every painted cell is still answered by data(), but the source index is
    # found once or twice per cell (Qt's default maps it again for each of the ~7 roles).
    assert calls["data"] >= 100, calls
    assert calls["index"] * 3 <= calls["data"], calls


def test_the_roles_filled_in_one_call_are_those_data_gives(demo_services):
    model = CompanyTableModel()
    model.set_records(demo_services.companies.list())
    proxy = WordFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("a")
    for row in range(min(5, proxy.rowCount())):
        for column in (CompanyTableModel.NAME, CompanyTableModel.TIER):
            index = proxy.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, ID_ROLE,
                         Qt.ItemDataRole.ForegroundRole):
                filled = QModelRoleData(role)
                proxy.multiData(index, filled)
                assert filled.data() == index.data(role)
    assert proxy.rowCount() > 0
