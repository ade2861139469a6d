"""What a seller does through the main window, for the GUI tests that need it more than once:
press a shortcut in the active window, add a partner by typing a name into Add partner…."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.partners.dialogs import MarkPartnerDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, window, widget: QWidget, key: Qt.Key, modifiers=CTRL) -> None:  # noqa: ANN001
    """A real key press into `widget` of the active window, which has the keyboard focus as it
    would under the seller's fingers. The offscreen platform has no window manager: after a
    dialog closes nothing activates the main window again, so the test does what the window
    manager would (a window shortcut such as Ctrl+Z only fires in the active window). The focus
    matters too: the window's Ctrl+Z handling for fields (ui/undo.TypingFirst) watches the
    widget that takes the focus, as a key only ever reaches that one."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if not widget.hasFocus():
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, key, modifiers)


def add_partner_named(window, name: str):  # noqa: ANN001, ANN201
    """Partners → Add partner…, `name` typed into the dialog's contact box and accepted (a
    contact of that name is picked, else made with the partner). Returns the Partners page."""
    page = window.show_page("partners")

    def mark() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MarkPartnerDialog)
        dialog.contact.setEditText(name)
        dialog.accept()

    QTimer.singleShot(0, mark)
    page.new_record()  # the dialog is modal: `mark` answers it
    return page
