"""Save and open dialogs, one way everywhere: the platform's own dialog where there is one
(Qt's, in the app's language, where there is none), starting in the folder the seller used
last or else their Documents folder, with a file name that says what the file holds
(`desktop.domain.file_names.document_file_name`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

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
    remember_folder(target)
    return target


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> Path | None:
    path, _chosen = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if not path:
        return None
    remember_folder(Path(path))
    return Path(path)
