"""Settings → Pipeline: each change is one undoable action on the window's stack. Undo puts the
whole pipeline back as it was just before that change; redo as just after. Ctrl+Z works in the
dialog (for the changes made while it is open) and, after it closed, in the main window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.domain.deals import DealRecord
from desktop.ui.deals.pipeline_dialog import PipelineDialog
from tests.builders import make_deal, move

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
EDIT = Qt.ItemDataRole.EditRole


def active(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def button(tab, text: str) -> QPushButton:
    return next(b for b in tab.findChildren(QPushButton) if b.text() == text)


def test_stage_changes_in_the_dialog_are_undone_there_and_from_the_window(qtbot, window, services):
    services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    start = services.pipeline.snapshot()
    page = window.show_page("deals")
    seen: dict = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PipelineDialog)
        active(qtbot, dialog)
        stages = dialog.stages
        assert stages.model.setData(stages.model.index(0, 0), "潜在线索", EDIT)  # rename
        seen["renamed"] = services.pipeline.snapshot()
        qtbot.mouseClick(button(stages, "Add"), Qt.MouseButton.LeftButton)
        seen["added"] = services.pipeline.snapshot()
        row = next(i for i, r in enumerate(stages.model.rows) if r.name_en == "New stage")
        stages.table.selectRow(row)
        qtbot.mouseClick(button(stages, "Move up"), Qt.MouseButton.LeftButton)
        assert services.pipeline.snapshot() != seen["added"]
        qtbot.keyClick(stages.table, Qt.Key.Key_Z, CTRL)  # in the dialog: the move goes
        assert services.pipeline.snapshot() == seen["added"]
        assert [r.id for r in stages.model.rows] == [s.id for s in services.pipeline.stages()]
        dialog.reject()

    QTimer.singleShot(0, in_dialog)
    window.pipeline_action.trigger()
    assert "renamed" in seen
    assert window.undo_action.text() == "&Undo Add a stage"

    active(qtbot, window)
    qtbot.keyClick(page.board, Qt.Key.Key_Z, CTRL)  # the added stage goes
    assert services.pipeline.snapshot() == seen["renamed"]
    assert window.undo_action.text() == "&Undo Edit stage “Lead”"  # named in the language shown
    window.undo_action.trigger()  # Edit → Undo: the old name is back
    assert services.pipeline.snapshot() == start
    assert page.board.columns[services.pipeline.stages()[0].id] is not None

    qtbot.keyClick(page.board, Qt.Key.Key_Z, CTRL | SHIFT)
    assert services.pipeline.snapshot() == seen["renamed"]
    qtbot.keyClick(page.board, Qt.Key.Key_Y, CTRL)
    assert services.pipeline.snapshot() == seen["added"]


def test_removals_commit_ticks_and_rules_are_undone_whole(qtbot, window, services, answer_dialogs):
    lost = next(s for s in services.pipeline.stages() if s.kind == "lost")
    reason = services.pipeline.lost_reasons()[0]
    deal = make_deal(services, "华东精密", "MES", 100_000, at=datetime(2026, 10, 1, 9))
    services.deals.move_stage(deal, lost.id, lost_reason_id=reason.id, lost_reason_text="价格",
                              at=datetime(2026, 11, 1, 9))
    old = make_deal(services, "康宁医疗", "追溯", at=datetime(2026, 9, 1, 9))
    proof = next(s for s in services.pipeline.stages() if s.key == "proof")
    move(services, old, "proof", at=datetime(2026, 9, 10, 9))
    move(services, old, "negotiation", at=datetime(2026, 9, 20, 9))  # proof stays in its history
    start = services.pipeline.snapshot()
    page = window.show_page("deals")
    dialog = PipelineDialog(services, page, undo_stack=window.undo_stack, run=page._run_pipeline)
    qtbot.addWidget(dialog)
    dialog.show()

    reasons = dialog.reasons
    reasons.table.selectRow(0)
    qtbot.mouseClick(button(reasons, "Remove"), Qt.MouseButton.LeftButton)
    assert services.deals.get(deal).lost_reason_id is None
    stages = dialog.stages
    stages.table.selectRow(next(i for i, r in enumerate(stages.model.rows) if r.id == proof.id))
    qtbot.mouseClick(button(stages, "Remove"), Qt.MouseButton.LeftButton)  # kept as "removed"
    assert proof.id not in [s.id for s in services.pipeline.stages()]
    commit = next(i for i, c in enumerate(stages.model.columns) if c.field == "commit")
    first = stages.model.index(0, commit)
    assert stages.model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    coach = next(r for r in services.pipeline.roles() if r.key == "coach")
    dialog.rule_role.setCurrentIndex(dialog.rule_role.findData(coach.id))
    qtbot.mouseClick(button(dialog.rules, "Add"), Qt.MouseButton.LeftButton)
    after = services.pipeline.snapshot()
    assert window.undo_stack.count() == 4
    assert window.undo_stack.text(0) == f"Remove lost reason “{reason.name_en}”"
    assert window.undo_stack.text(1) == f"Remove stage “{proof.name_en}”"
    dialog.reject()

    for _ in range(4):
        window.undo_action.trigger()
    assert services.pipeline.snapshot() == start
    back = services.deals.get(deal)
    assert (back.lost_reason_id, back.lost_reason_text) == (reason.id, "价格")
    for _ in range(4):
        window.redo_action.trigger()
    assert services.pipeline.snapshot() == after
    assert services.deals.get(deal).lost_reason_id is None
