"""The note editor: question insertion, autosave that survives an abrupt close or a killed
process, attendees updating the committee, next steps, minutes; the notes panel with undo."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop.domain.notes import NextStepRecord
from desktop.services.container import Services
from desktop.ui.bus import Bus
from desktop.ui.notes.editor import NoteEditor
from desktop.ui.notes.models import AttendeeTableModel, NextStepTableModel, NoteListModel, QuestionListModel
from desktop.ui.notes.panel import NotesPanel
from tests.builders import deal_with_committee, stakeholder


@pytest.fixture
def deal(services):
    return deal_with_committee(services)


@pytest.fixture
def bus(qtbot):
    return Bus()


def new_editor(qtbot, services, bus, deal_id) -> NoteEditor:
    editor = NoteEditor(services, bus, services.notes.blank(deal_id=deal_id))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_clicking_a_question_inserts_it_into_the_focused_section(qtbot, services, bus, deal):
    editor = new_editor(qtbot, services, bus, deal["deal"])
    editor.set_section("problem")
    first = services.questions.list("problem")[0].text("en")
    editor.question_language.setCurrentIndex(1)  # English
    index = editor.question_model.index(0)
    editor.question_list.clicked.emit(index)
    assert editor.texts["problem"].toPlainText() == first + "\n"
    editor.texts["problem"].insertPlainText("排产靠 Excel")
    editor.insert_question(1)  # Ctrl+2
    second = services.questions.list("problem")[1].text("en")
    assert editor.texts["problem"].toPlainText() == f"{first}\n排产靠 Excel\n{second}\n"
    assert editor.texts["situation"].toPlainText() == ""


def test_ctrl_number_and_enter_insert_questions(qtbot, services, bus, deal):
    editor = new_editor(qtbot, services, bus, deal["deal"])
    editor.question_language.setCurrentIndex(0)  # 中文
    editor.texts["implication"].setFocus()
    editor.set_section("implication")
    qtbot.keyClick(editor.texts["implication"], Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    third = services.questions.list("implication")[2].text_zh
    assert editor.texts["implication"].toPlainText() == third + "\n"
    editor.question_list.setCurrentIndex(editor.question_model.index(4))
    qtbot.keyClick(editor.question_list, Qt.Key.Key_Return)
    fifth = services.questions.list("implication")[4].text_zh
    assert editor.texts["implication"].toPlainText() == f"{third}\n{fifth}\n"


def test_autosave_keeps_the_text_when_the_window_is_destroyed_unsaved(qtbot, services, bus, deal):
    editor = new_editor(qtbot, services, bus, deal["deal"])
    editor.texts["situation"].setPlainText("三个工厂，MES 是 2012 年上的")
    with qtbot.waitSignal(editor.saved, timeout=5000) as blocker:
        pass  # the one-second autosave timer fires by itself
    note_id = blocker.args[0]
    editor.texts["situation"].setPlainText("三个工厂，MES 是 2012 年上的，旺季排产最乱")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass
    shiboken6.delete(editor)  # gone without closeEvent: no last save
    assert services.notes.get(note_id).situation == "三个工厂，MES 是 2012 年上的，旺季排产最乱"
    assert len(services.notes.list(deal_id=deal["deal"])) == 1  # autosaves update one note


def test_closing_saves_the_last_edit_at_once(qtbot, services, bus, deal):
    editor = new_editor(qtbot, services, bus, deal["deal"])
    editor.texts["goal"].setText("确认预算")
    editor.close()
    assert [n.goal for n in services.notes.list(deal_id=deal["deal"])] == ["确认预算"]


def test_an_untouched_new_note_leaves_no_row(qtbot, services, bus, deal):
    editor = new_editor(qtbot, services, bus, deal["deal"])
    editor.close()
    assert services.notes.list(deal_id=deal["deal"]) == []


KILLED_WRITER = textwrap.dedent("""
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from desktop.services.container import Services
    from desktop.ui.bus import Bus
    from desktop.ui.notes.editor import NoteEditor
    app = QApplication([])
    services = Services.open(sys.argv[1])
    deal_id = int(sys.argv[2])
    editor = NoteEditor(services, Bus(), services.notes.blank(deal_id=deal_id))
    editor.show()
    editor.texts["problem"].setPlainText("客户说旺季爆仓，每天加班到十点")
    editor.saved.connect(lambda _id: os.kill(os.getpid(), signal.SIGKILL))
    app.exec()
""")


def test_a_killed_app_keeps_the_autosaved_note(services, deal, book_path):
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(book_path), str(deal["deal"])],
                          env=env, capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    reopened = Services.open(book_path)
    try:
        [summary] = reopened.notes.list(deal_id=deal["deal"])
        assert reopened.notes.get(summary.id).problem == "客户说旺季爆仓，每天加班到十点"
    finally:
        reopened.close()


def test_attendees_with_roles_update_the_committee(qtbot, services, bus, deal):
    editor = new_editor(qtbot, services, bus, deal["deal"])
    editor.attendee_choice.setCurrentIndex(editor.attendee_choice.findData(deal["李敏"]))
    assert "Budget holder" in editor.attendee_choice.currentText()
    editor.add_attendee()
    m = editor.attendee_model
    assert m.index(0, m.ROLES).data() == "Budget holder"
    m.setData(m.index(0, m.MET), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    m.setData(m.index(0, m.STANCE), "supporter")
    m.setData(m.index(0, m.UPDATE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    m.setData(m.index(0, m.INTERESTS), "想在年底前做出亮点")
    assert editor.save_now()
    member = stakeholder(services, deal["deal"], deal["李敏"])
    assert (member.met, member.stance) == (True, "supporter")
    [a] = services.notes.get(editor.record.id).attendees
    assert a.personal_interests == "想在年底前做出亮点"


def test_next_steps_are_saved_once_and_keep_their_ids(qtbot, services, bus, deal):
    editor = new_editor(qtbot, services, bus, deal["deal"])
    sm = editor.step_model
    row = sm.add()
    sm.setData(sm.index(row, sm.TEXT), "发送二期方案")
    sm.setData(sm.index(row, sm.OWNER), "我方")
    assert editor.save_now()
    row = sm.add()
    sm.setData(sm.index(row, sm.TEXT), "约 CFO 面谈")
    assert editor.save_now()
    steps = services.notes.get(editor.record.id).next_steps
    assert [(s.text, s.owner) for s in steps] == [("发送二期方案", "我方"), ("约 CFO 面谈", "")]
    assert [s.id for s in sm.steps()] == [s.id for s in steps]


def test_a_step_is_internal_until_ticked_agreed_with_the_customer(qtbot, services, bus, deal):
    editor = new_editor(qtbot, services, bus, deal["deal"])
    sm = editor.step_model
    assert sm.headerData(sm.AGREED, Qt.Orientation.Horizontal) == "Agreed with customer"
    assert "never shown to the customer" in sm.headerData(
        sm.AGREED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    for text in ("发送二期方案", "请张伟引荐王总"):
        sm.setData(sm.index(sm.add(), sm.TEXT), text)
    agreed = sm.index(0, sm.AGREED)
    assert sm.flags(agreed) & Qt.ItemFlag.ItemIsUserCheckable
    assert sm.data(agreed, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # default
    assert sm.setData(agreed, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert sm.data(agreed, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert editor.save_now()
    steps = services.notes.get(editor.record.id).next_steps
    assert [(s.text, s.agreed) for s in steps] == [("发送二期方案", True), ("请张伟引荐王总", False)]
    minutes = services.minutes.text(editor.record.id)
    assert "发送二期方案" in minutes and "请张伟引荐王总" not in minutes
    # Opened again, the editor shows the tick as saved.
    again = NoteEditor(services, bus, services.notes.get(editor.record.id))
    qtbot.addWidget(again)
    states = [again.step_model.index(r, NextStepTableModel.AGREED).data(Qt.ItemDataRole.CheckStateRole)
              for r in range(2)]
    assert states == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]


def test_a_step_without_text_shows_why_it_is_not_saved(qtbot, services, bus, deal):
    editor = new_editor(qtbot, services, bus, deal["deal"])
    editor.texts["goal"].setText("首访")
    sm = editor.step_model
    sm.setData(sm.index(sm.add(), sm.OWNER), "李敏")
    assert not editor.save_now()
    assert "no text" in editor.status.text()
    sm.setData(sm.index(0, sm.TEXT), "约李敏看现场")
    assert editor.save_now()
    assert [s.owner for s in services.notes.get(editor.record.id).next_steps] == ["李敏"]


def test_panel_lists_newest_first_opens_and_deletes_with_undo(qtbot, services, bus, deal, answer_dialogs):
    from dataclasses import replace

    from desktop.domain.notes import CallNoteRecord

    stack = QUndoStack()
    base = CallNoteRecord(deal_id=deal["deal"], kind="visit", next_steps=(NextStepRecord(text="报价"),))
    from datetime import datetime

    services.notes.save(replace(base, goal="首访", occurred_at=datetime(2026, 10, 1, 10)))
    second = services.notes.save(replace(base, goal="二访", occurred_at=datetime(2026, 11, 1, 10)))
    panel = NotesPanel(services, bus, stack, deal_id=deal["deal"])
    qtbot.addWidget(panel)
    assert [panel.model.index(r, NoteListModel.GOAL).data() for r in range(2)] == ["二访", "首访"]
    panel.select_note(second.id)
    editor = panel.open_note(panel.current_id())
    qtbot.addWidget(editor)
    assert editor.texts["goal"].text() == "二访"
    assert panel.open_note(second.id) is editor  # one window per note
    panel.delete_current()
    assert [n.goal for n in services.notes.list(deal_id=deal["deal"])] == ["首访"]
    assert panel.model.rowCount() == 1
    stack.undo()
    assert [n.goal for n in services.notes.list(deal_id=deal["deal"])] == ["二访", "首访"]
    assert panel.model.rowCount() == 2
    assert [s.text for s in services.notes.get(second.id).next_steps] == ["报价"]
    stack.redo()
    assert panel.model.rowCount() == 1


def test_new_note_from_the_panel_appears_in_the_list(qtbot, services, bus, deal):
    panel = NotesPanel(services, bus, QUndoStack(), deal_id=deal["deal"])
    qtbot.addWidget(panel)
    assert panel.empty.isVisibleTo(panel)
    editor = panel.new_note()
    qtbot.addWidget(editor)
    editor.texts["goal"].setText("电话回访")
    editor.save_now()
    assert panel.model.rowCount() == 1 and not panel.empty.isVisibleTo(panel)


def test_minutes_dialog_shows_text_and_writes_a_pdf(qtbot, services, bus, deal, tmp_path):
    from desktop.ui.notes.minutes_dialog import MinutesDialog

    editor = new_editor(qtbot, services, bus, deal["deal"])
    editor.texts["situation"].setPlainText("三个工厂")
    editor.texts["risks"].setPlainText("XQZ 风险")
    editor.save_now()
    dialog = MinutesDialog(services, editor.record.id)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(0)
    assert "三个工厂" in dialog.text.toPlainText() and "XQZ" not in dialog.text.toPlainText()
    path = dialog.save_pdf(str(tmp_path / "m.pdf"))
    assert Path(path).read_bytes().startswith(b"%PDF")


def test_models_pass_the_model_tester(qtmodeltester, qtbot, services, bus, deal):
    editor = new_editor(qtbot, services, bus, deal["deal"])
    editor.attendee_choice.setCurrentIndex(0)
    editor.add_attendee()
    editor.step_model.add()
    for model in (editor.attendee_model, editor.step_model, editor.question_model):
        qtmodeltester.check(model)
    lst = NoteListModel()
    lst.set_notes(services.notes.list(deal_id=deal["deal"]))
    qtmodeltester.check(lst)
    assert isinstance(editor.question_model, QuestionListModel)
    assert isinstance(editor.attendee_model, AttendeeTableModel)
    assert isinstance(editor.step_model, NextStepTableModel)
