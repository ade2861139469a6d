"""The unsaved-edits question the contact, partner and deal pages share: Save saves (and stays
when saving fails), Discard discards, Cancel stays."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.forms import ask_keep_edits

Button = QMessageBox.StandardButton


@pytest.mark.parametrize(("answer", "saved", "kept", "result"), [
    (Button.Save, True, [], True),
    (Button.Save, False, [], False),
    (Button.Discard, True, ["discarded"], True),
    (Button.Cancel, True, [], False),
])
def test_answer_decides(qtbot, answer_dialogs, answer, saved, kept, result) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    asked, answers = answer_dialogs
    answers.append(answer)
    calls: list[str] = []

    def save() -> bool:
        calls.append("saved")
        return saved

    got = ask_keep_edits(parent, "Unsaved changes", "Save your changes to “Li”?", save,
                         lambda: calls.append("discarded"))
    assert got is result
    assert asked == ["Save your changes to “Li”?"]
    assert calls == (["saved"] if answer == Button.Save else kept)
