"""The board: drop a card on the next column and move one with the keyboard; history and warnings
update. Drops go through the model/view drop API (mouse drags are unreliable offscreen)."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.domain.deals import DealRecord
from desktop.ui.bus import Bus
from desktop.ui.deals.dialogs import MoveDialog
from desktop.ui.deals.models import BoardColumnModel, DealTableModel
from desktop.ui.deals.page import DealsPage
from desktop.ui.models import ID_ROLE
from tests.builders import stage


@pytest.fixture
def page(qtbot, services):
    from PySide6.QtGui import QUndoStack

    w = DealsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    return w



def test_the_models_pass_the_model_tester(qtmodeltester, demo_services):
    deals = demo_services.deals.list()
    column = BoardColumnModel(stage(demo_services, "negotiation"))
    column.set_deals([o for o in deals if o.stage.key == "negotiation"])
    qtmodeltester.check(column)
    table = DealTableModel()
    table.set_records(deals)
    qtmodeltester.check(table)


def test_dropping_a_card_on_the_next_column_moves_the_deal(qtbot, page, services, clock):
    deal = services.deals.save(DealRecord(title="MES", amount=500_000), new_company="华东精密",
                               at=clock() - timedelta(days=20))
    page.reload()
    lead, first = stage(services, "lead"), stage(services, "first_call")
    source = page.board.columns[lead.id]
    card = source.model.index(0)
    assert page.services.deals.overview(deal.id).stale  # lead: stale after 14 days
    mime = source.model.mimeData([card])
    target = page.board.columns[first.id]
    with qtbot.waitSignal(target.model.move_requested):
        assert target.proxy.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: target.model.rowCount() == 1)
    assert source.model.rowCount() == 0
    moved = target.model.deals()[0]
    assert moved.days_in_stage == 0 and not moved.stale
    history = services.deals.history(deal.id)
    assert [h.to_stage_id for h in history] == [lead.id, first.id]
    assert target.title.text().endswith("(1)")


def test_a_card_cannot_be_dropped_on_its_own_column(page, services):
    services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    page.reload()
    column = page.board.columns[stage(services, "lead").id]
    mime = column.model.mimeData([column.model.index(0)])
    assert not column.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_keyboard_moves_the_selected_card_and_the_deal_page_shows_history_and_gaps(qtbot, page, services):
    deal = services.deals.save(DealRecord(title="MES", stage_id=stage(services, "proof").id), new_company="华东精密")
    page.reload()
    assert page.board.select_deal(deal.id)
    qtbot.keyClick(page.board.columns[stage(services, "proof").id].view, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    negotiation = stage(services, "negotiation")
    qtbot.waitUntil(lambda: services.deals.get(deal.id).stage_id == negotiation.id)
    assert page.board.columns[negotiation.id].model.row_of(deal.id) is not None
    assert page.board.selected_deal_id() == deal.id
    page.open_record(deal.id)
    view = page.deal_view
    assert page.stack.currentWidget() is view
    assert view.history_model.rowCount() == 2
    assert view.history_model.index(0, 2).data() == "Negotiation / tender"
    gaps = view.gaps.text()
    assert "No signer identified yet." in gaps and "No decision-maker" in gaps and "Nobody from the customer" in gaps


def test_moving_to_lost_asks_the_reason(qtbot, page, services, monkeypatch):
    deal = services.deals.save(DealRecord(title="POS"), new_company="星河")
    page.reload()
    reason = services.pipeline.lost_reasons()[3]

    def answer(dialog: MoveDialog) -> int:
        dialog.accept()  # without a reason: refused, dialog stays open
        assert not dialog.error.isHidden() and "reason" in dialog.error.text()
        dialog.reason.setCurrentIndex(dialog.reason.findData(reason.id))
        dialog.comment.setText("标书按竞品写的")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveDialog, "exec", answer)
    assert page.move_deal(deal.id, stage(services, "lost").id)
    o = services.deals.overview(deal.id)
    assert o.status == "lost" and o.deal.lost_reason_id == reason.id
    assert services.deals.history(deal.id)[-1].comment == "标书按竞品写的"


def test_cancelling_the_lost_dialog_moves_nothing(page, services, monkeypatch):
    deal = services.deals.save(DealRecord(title="POS"), new_company="星河")
    monkeypatch.setattr(MoveDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert not page.move_deal(deal.id, stage(services, "lost").id)
    assert services.deals.get(deal.id).stage_id == stage(services, "lead").id


def test_the_list_sorts_by_amount_as_numbers_and_filters(page, services):
    services.deals.save(DealRecord(title="small", amount=9_000), new_company="A")
    services.deals.save(DealRecord(title="big", amount=1_280_000), new_company="B")
    page.reload()
    page.show_view(page.LIST)
    page.table.sortByColumn(DealTableModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, DealTableModel.TITLE).data() == "big"
    page.filter_edit.setText("small")
    assert page.proxy.rowCount() == 1


def test_delete_in_the_list_asks_and_ctrl_z_brings_the_deal_back(qtbot, page, services, answer_dialogs):
    asked, answers = answer_dialogs
    deal = services.deals.save(DealRecord(title="POS"), new_company="星河")
    page.reload()
    page.show_view(page.LIST)
    page.table.selectRow(0)
    page.table.setFocus()
    answers.append(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "POS" in asked[-1] and services.deals.list() == []
    page.undo_stack.undo()
    assert [o.id for o in services.deals.list()] == [deal.id]


def test_closed_cards_say_what_is_left_the_review_date_or_why_it_was_lost(qtbot, page, services, clock):
    from desktop.ui.deals.board import CardDelegate

    won = services.deals.save(DealRecord(title="QC"), new_company="海天")
    services.deals.move_stage(won.id, stage(services, "won").id)
    services.deals.add_next_step(won.id, "催尾款", clock().date() - timedelta(days=2))
    hold = services.deals.save(DealRecord(title="ERP"), new_company="康宁")
    services.deals.move_stage(hold.id, stage(services, "on_hold").id, on_hold_until=clock().date() + timedelta(days=25))
    lost = services.deals.save(DealRecord(title="POS"), new_company="星河")
    services.deals.move_stage(lost.id, stage(services, "lost").id, lost_reason_text="标书按竞品写的")
    page.reload()
    delegate = CardDelegate(compact=True)
    lines = {}
    for o in services.deals.list():
        lines[o.deal.title] = delegate.closed_line(o)
    assert lines["QC"] == ("→ 2026-11-18 催尾款", True)  # overdue: drawn in red
    assert lines["ERP"] == ("Look again 2026-12-15", False)
    assert lines["POS"] == ("✕ 标书按竞品写的", False)
    column = page.board.columns[stage(services, "won").id]
    assert "催尾款" in column.model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_list_shows_probability_with_the_sellers_own_marked_and_sorts_by_expected_close(page, services):
    from datetime import date

    services.deals.save(DealRecord(title="late", expected_close=date(2027, 3, 1)), new_company="A")
    services.deals.save(DealRecord(title="soon", expected_close=date(2026, 12, 15), probability_override=35),
                        new_company="B")
    services.deals.save(DealRecord(title="undated"), new_company="C")
    page.reload()
    page.show_view(page.LIST)
    page.table.sortByColumn(DealTableModel.EXPECTED_CLOSE, Qt.SortOrder.AscendingOrder)
    titles = [page.proxy.index(r, DealTableModel.TITLE).data() for r in range(3)]
    assert titles == ["soon", "late", "undated"]
    assert page.proxy.index(0, DealTableModel.PROBABILITY).data() == "35% *"
    assert page.proxy.index(1, DealTableModel.PROBABILITY).data() == "5%"  # the lead stage's
    assert "the stage says 5%" in page.proxy.index(0, DealTableModel.PROBABILITY).data(Qt.ItemDataRole.ToolTipRole)


def test_the_list_starts_with_the_latest_open_stage_and_closed_deals_last(page, services):
    services.deals.save(DealRecord(title="lead"), new_company="A")
    negotiation = stage(services, "negotiation").id
    tender = services.deals.save(DealRecord(title="tender", stage_id=negotiation), new_company="B")
    won = services.deals.save(DealRecord(title="won"), new_company="C")
    services.deals.move_stage(won.id, stage(services, "won").id)
    page.reload()
    page.show_view(page.LIST)  # the list is filled when shown
    titles = [page.proxy.index(r, DealTableModel.TITLE).data() for r in range(3)]
    assert titles == ["tender", "lead", "won"]
    assert tender.id == page.proxy.index(0, 0).data(ID_ROLE)


def test_the_card_menu_moves_one_stage_on_or_back_and_shows_the_keys(qtbot, page, services):
    deal = services.deals.save(
        DealRecord(title="MES", stage_id=stage(services, "discovery").id), new_company="华东精密"
    )
    page.reload()
    column = page.board.columns[stage(services, "discovery").id]
    menu = page.board.card_menu(column, deal.id)
    actions = {a.text(): a for a in menu.actions()}
    assert actions["Move to the next stage"].shortcut().toString() == "Ctrl+Shift+Right"
    with qtbot.waitSignal(page.board.move_requested) as moved:
        actions["Move to the next stage"].trigger()
    assert moved.args == [deal.id, stage(services, "solution").id]
    with qtbot.waitSignal(page.board.move_requested) as moved:
        actions["Move to the previous stage"].trigger()
    assert moved.args == [deal.id, stage(services, "first_call").id]
    lead_column = page.board.columns[stage(services, "lead").id]
    first = services.deals.save(DealRecord(title="new"), new_company="A")
    page.reload()
    back = {a.text(): a for a in page.board.card_menu(lead_column, first.id).actions()}["Move to the previous stage"]
    assert not back.isEnabled()  # nothing before the first stage


@pytest.mark.parametrize(
    ("kind", "shown", "hidden"),
    [
        ("lost", ("lost_reason", "lost_reason_text"), ("on_hold_until",)),
        ("on_hold", ("on_hold_until",), ("lost_reason", "lost_reason_text")),
    ],
)
def test_the_move_dialog_shows_only_the_fields_of_its_stage(qtbot, services, clock, kind, shown, hidden):
    """The other kind's fields must not be drawn (they used to sit over the first label)."""
    from PySide6.QtWidgets import QWidget

    dialog = MoveDialog(stage(services, kind), services.pipeline.lost_reasons(), clock().date())
    qtbot.addWidget(dialog)
    dialog.show()
    for name in shown:
        assert dialog.findChild(QWidget, name).isVisible()
    for name in hidden:
        assert not dialog.findChild(QWidget, name).isVisible()


def test_stage_and_role_names_with_an_ampersand_show_it_in_menus_and_check_boxes(qtbot, page, services):
    """ "Solution & demo" must not become "Solution _demo" (a mnemonic) in the Move-to menu."""
    from dataclasses import replace

    from desktop.domain.deals import StakeholderRecord
    from desktop.ui.deals.dialogs import StakeholderDialog

    solution = services.pipeline.save_stage(replace(stage(services, "solution"), name_en="Solution & demo"))
    deal = services.deals.save(
        DealRecord(title="MES", stage_id=stage(services, "discovery").id), new_company="华东精密"
    )
    page.reload()
    menu = page.board.card_menu(page.board.columns[stage(services, "discovery").id], deal.id)
    [move_to] = [a.menu() for a in menu.actions() if a.menu() is not None]
    texts = [a.text() for a in move_to.actions()]
    assert "Solution && demo" in texts and "Solution & demo" not in texts
    assert solution.name_en == "Solution & demo"  # the data keeps one "&"

    role = services.pipeline.roles()[0]
    services.pipeline.save_role(replace(role, name_en="Sponsor & coach"))
    roles = services.pipeline.roles()
    dialog = StakeholderDialog(StakeholderRecord(deal_id=deal.id), services.contacts.list(), roles)
    qtbot.addWidget(dialog)
    assert dialog.role_boxes[roles[0].id].text() == "Sponsor && coach"


def test_the_gaps_column_reads_as_sentences_like_the_cli(demo_services):
    """Not "…yet.; 林晓…": the same join as `dealbrief deals`."""
    from desktop.domain.coverage import gaps_text

    table = DealTableModel()
    table.set_records(demo_services.deals.list())
    rows = [table.index(r, DealTableModel.GAPS).data() for r in range(table.rowCount())]
    tender = next(t for t in rows if "budget holder" in t)
    assert "No budget holder identified yet. 林晓 opposes you" in tender and ";" not in tender
    overview = next(o for o in demo_services.deals.list() if o.deal.title == "设备管理平台招标")
    assert tender == gaps_text(overview.gaps, "en")
