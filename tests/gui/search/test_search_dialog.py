"""Ctrl+K: type (Chinese set as text, as an input method would), Enter opens the deal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop.ui.main_window import MainWindow
from desktop.ui.search.dialog import SearchDialog
from desktop.ui.search.model import KIND_ROLE, SearchResultModel


@pytest.fixture
def window(qtbot, demo_services, settings):
    w = MainWindow(demo_services, settings)
    qtbot.addWidget(w)
    w.show()
    return w


def _type(qtbot, dialog: SearchDialog, text: str) -> None:
    dialog.edit.setText(text)  # keyClicks cannot type Chinese; setText emits textChanged
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=3000)


def test_ctrl_k_type_enter_opens_the_deal_of_a_note(qtbot, window, demo_services):
    assert window.search_action.shortcut() == QKeySequence("Ctrl+K")
    window.search_action.trigger()
    dialog = window.search_dialog
    assert dialog.isVisible()
    _type(qtbot, dialog, "预算方")
    hit = dialog.current_hit()
    assert hit.kind == "note" and hit.open_kind == "deal"
    with qtbot.waitSignal(window.bus.open_requested) as opened:
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert opened.args == ["deal", hit.open_id]
    assert window.current_page_key() == "deals"
    deals = window.pages["deals"]
    assert deals.deal_view.deal.id == hit.open_id
    assert deals.deal_view.deal.title == "数字化车间 MES 升级"
    assert not dialog.isVisible()


def test_arrows_move_between_hits_and_enter_opens_a_contact(qtbot, window, demo_services):
    window.search_action.trigger()
    dialog = window.search_dialog
    _type(qtbot, dialog, "138 1234 5678")
    assert dialog.current_hit().title == "李敏"
    with qtbot.waitSignal(window.bus.open_requested) as opened:
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert opened.args[0] == "contact"
    assert window.current_page_key() == "contacts"


def test_down_skips_headings(qtbot, demo_services, window):
    dialog = SearchDialog(demo_services, window.bus)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, "华东")
    kinds = []
    for _ in range(dialog.model.rowCount()):
        kinds.append(dialog.view.currentIndex().data(KIND_ROLE))
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    assert None not in kinds
    assert "company" in kinds and "deal" in kinds


def test_nothing_found_says_so(qtbot, demo_services, window):
    dialog = SearchDialog(demo_services, window.bus)
    qtbot.addWidget(dialog)
    dialog.edit.setText("zzzzqqq")
    dialog.run_search()
    assert dialog.model.rowCount() == 0
    assert "zzzzqqq" in dialog.status.text()


def test_result_model_passes_the_model_tester(qtmodeltester, demo_services):
    model = SearchResultModel()
    model.set_results(demo_services.search.search("预算"))
    assert model.rowCount() > 2
    qtmodeltester.check(model)


def test_the_deal_page_has_the_call_notes_tab(qtbot, window, demo_services):
    hit = demo_services.search.search("预算方").of("note")[0]
    window.open_record("deal", hit.open_id)
    view = window.pages["deals"].deal_view
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Call notes" in titles
    panel = view.notes_panel
    assert panel.deal_id == hit.open_id
    assert panel.model.rowCount() == 2  # the two demo notes on this deal, newest first
    assert panel.model.note(0).occurred_at > panel.model.note(1).occurred_at
