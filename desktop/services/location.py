"""Where the book lives: --book, then $DEALBRIEF_BOOK, then the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop import APP_NAME

BOOK_ENV = "DEALBRIEF_BOOK"
BOOK_FILENAME = "book.dealbrief"


def data_dir() -> Path:
    """The user's data folder for Dealbrief (e.g. ~/.local/share/Dealbrief on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(os.environ.get("DEALBRIEF_CONFIG_DIR") or platformdirs.user_config_dir(APP_NAME, appauthor=False))


def documents_dir() -> Path:
    """Where save and open dialogs start the first time: the seller's Documents folder (the
    platform's, localised: 文档 on a Chinese desktop), else their home folder."""
    folder = Path(platformdirs.user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def default_book_path() -> Path:
    return data_dir() / BOOK_FILENAME


def resolve_book_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The book to open, made absolute once here: About, the window title and every message then
    name the same file, whatever the working folder becomes later."""
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    env = os.environ.get(BOOK_ENV)
    if env:
        return Path(env).expanduser().absolute()
    return default_book_path().absolute()
