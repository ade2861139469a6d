"""Settings → Objection library…: the menu item opens the dialog; edits are saved to the book."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.domain.objections import Objection
from desktop.ui.notes.objections_dialog import ObjectionLibraryDialog, ObjectionTableModel


def test_the_model_passes_the_model_tester(qtmodeltester):
    model = ObjectionTableModel()
    model.set_rows([Objection("a", "甲", "b", "乙", "价格"), Objection("c", "丙", "d", "丁", "")])
    qtmodeltester.check(model)


def test_settings_menu_opens_the_objection_library(qtbot, services, settings):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    seen = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.reject()

    assert window.objections_action in window.settings_menu.actions()
    QTimer.singleShot(0, close_it)
    window.objections_action.trigger()
    assert len(seen) == 1 and isinstance(seen[0], ObjectionLibraryDialog)
    assert seen[0].model.rowCount() == len(services.objections.list())


def test_adding_an_objection_and_saving_stores_it(qtbot, services):
    dialog = ObjectionLibraryDialog(services)
    qtbot.addWidget(dialog)
    before = dialog.model.rowCount()
    qtbot.mouseClick(dialog.findChild(QPushButton, "add"), Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == before + 1
    for column, text in enumerate(("交付太慢", "给出上线计划", "Too slow", "Show the plan", "慢")):
        dialog.model.setData(dialog.model.index(before, column), text)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.objections.list()[-1].objection_zh == "交付太慢"


def test_an_objection_without_an_answer_is_refused_in_plain_words(qtbot, services, answer_dialogs):
    asked, _ = answer_dialogs
    dialog = ObjectionLibraryDialog(services)
    qtbot.addWidget(dialog)
    dialog.model.insert(0, Objection(objection_zh="没有答案"))
    dialog.save()
    assert asked and "Row 1 needs an objection and an answer" in asked[0]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert services.objections.list()[0].objection_zh == "价格太高"  # nothing written
