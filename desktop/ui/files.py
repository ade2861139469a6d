"""Save and open dialogs, one way everywhere: the platform's own dialog where there is one
(Qt's, in the app's language, where there is none), starting in the folder the seller used
last or else their Documents folder, with a file name that says what the file holds
(`desktop.domain.file_names.document_file_name`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.location import config_dir, documents_dir
from desktop.ui import settings as opt
from desktop.ui.settings import Settings


def _settings() -> Settings:
    return Settings(config_dir() / "settings.ini")


def start_folder() -> Path:
    """The folder the seller last saved to or opened from, while it exists; else Documents."""
    last = _settings().get(opt.LAST_FOLDER)
    if last and Path(last).is_dir():
        return Path(last)
    return documents_dir()


def remember_folder(path: Path) -> None:
    settings = _settings()
    settings.set(opt.LAST_FOLDER, str(path.parent))
    settings.sync()


def ask_save_path(parent: QWidget | None, title: str, file_name: str, filters: str,
                  extension: str = "") -> Path | None:
    """The path to save to (with `extension` added when the seller typed none), or None."""
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(start_folder() / file_name),
                                                filters)
    if not path:
        return None
    target = Path(path)
    if extension and not target.suffix:
        target = target.with_suffix(extension)
        if not may_replace(parent, Path(path), target):
            return None
    remember_folder(target)
    return target


def may_replace(parent: QWidget | None, chosen: Path, target: Path) -> bool:
    """The save dialog itself asks before replacing the name the seller chose (Qt's and the
    platforms' dialogs do, tests/gui/test_export_overwrite.py drives it); when the app adds an
    extension to that name, the file it then writes is asked about here."""
    if target == chosen or not target.exists():
        return True
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Files", "Replace the file?"),
        QCoreApplication.translate("Files", "%1 already exists. Replace it?").replace("%1", str(target)))
    return answer == QMessageBox.StandardButton.Yes


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> Path | None:
    path, _chosen = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if not path:
        return None
    remember_folder(Path(path))
    return Path(path)
