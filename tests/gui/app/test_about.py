"""Help → About shows the version, the book and folders, and the licences, in both languages."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.about import AboutDialog
from desktop.ui.i18n import install_translators, remove_translators

ROOT = Path(__file__).resolve().parents[3]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture
def about(qtbot, services, settings) -> AboutDialog:
    dialog = AboutDialog(services.book.path, settings.path.parent)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def zh_cn(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp, translators)


def test_about_names_the_version_the_book_and_the_folders(about, services, settings, tmp_path) -> None:
    assert about.name_label.text() == "Dealbrief"
    assert about.version_label.text() == f"Version {VERSION}"
    assert about.folder_labels["book"].text() == str(services.book.path)
    # conftest points XDG_DATA_HOME at tmp_path/xdg-data: the data folder follows it.
    assert about.folder_labels["data"].text() == str(tmp_path / "xdg-data" / "Dealbrief")
    assert about.folder_labels["config"].text() == str(settings.path.parent)


def test_about_lists_the_licences_and_shows_the_fonts_licence_text(about) -> None:
    table = about.components_label.text()
    for expected in ("Dealbrief", "MIT", "Dealbrief Sans", "SIL Open Font License 1.1",
                     "PySide6", "LGPL-3.0", "ReportLab", "BSD-3-Clause", "SQLModel", "Pillow", "MIT-CMU"):
        assert expected in table
    text = about.font_licence.toPlainText()
    assert "Noto Sans CJK SC" in text
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert about.font_licence.isReadOnly()


def test_about_speaks_chinese(zh_cn, qtbot, services, settings) -> None:
    dialog = AboutDialog(services.book.path, settings.path.parent)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "关于 Dealbrief"
    assert dialog.version_label.text() == f"版本 {VERSION}"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["概况", "许可证"]
    assert "中文字体" in dialog.components_label.text()


def test_help_menu_opens_the_about_dialog(qtbot, services, settings) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    seen: list[QWidget | None] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.close()

    (action,) = [a for a in window.help_menu.actions() if a.text() == "&About Dealbrief"]
    QTimer.singleShot(0, close_it)
    action.trigger()
    assert len(seen) == 1 and isinstance(seen[0], AboutDialog)
    assert seen[0].folder_labels["book"].text() == str(services.book.path)


class FolderOpener(QObject):
    """Stands in for the file manager: Qt hands it the file:// URLs the app asks to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


@pytest.fixture
def file_manager():
    opener = FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    yield opener
    QDesktopServices.unsetUrlHandler("file")


def test_about_opens_the_books_folder_and_the_data_folder(about, services, tmp_path, file_manager) -> None:
    about.open_buttons["book"].click()
    about.open_buttons["data"].click()
    assert file_manager.opened == [str(services.book.path.parent), str(tmp_path / "xdg-data" / "Dealbrief")]
    assert (tmp_path / "xdg-data" / "Dealbrief").is_dir()  # made if the app had not needed it yet
