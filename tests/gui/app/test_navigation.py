"""The Go menu and Ctrl+1…5 land on the page they name (they all opened Today: triggered(bool)
filled the lambda's default key with False)."""

from __future__ import annotations

from PySide6.QtCore import Qt

PAGES = ["today", "deals", "companies", "contacts", "partners", "reports"]
KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6]


def test_every_go_menu_entry_opens_the_page_it_names(window) -> None:
    titles = {window.nav.item(row).text(): key for row, key in enumerate(window.pages.keys_in_order)}
    actions = [a for a in window.go_menu.actions() if not a.isSeparator()]
    assert [titles[a.text()] for a in actions] == window.pages.keys_in_order
    for key in reversed(PAGES):  # from the far end, so landing on Today by accident shows
        window.go_actions[key].trigger()
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.pages[key]
        assert window.stack.currentWidget().objectName() == f"page_{key}"


def test_ctrl_and_a_number_opens_that_page(qtbot, window) -> None:
    for key, number in reversed(list(zip(PAGES, KEYS, strict=True))):
        qtbot.keyClick(window, number, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.pages[key]


def test_go_menu_follows_the_declared_pages(window) -> None:
    """A page added to the window's list gets its Go entry and shortcut without more code."""
    assert list(window.go_actions) == window.pages.keys_in_order
    for row, key in enumerate(window.pages.keys_in_order):
        assert window.go_actions[key].shortcut().toString() == f"Ctrl+{row + 1}"
