"""Every setting declared once with its type and default (Picard's options.py), in an INI file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


LANGUAGE = Option("ui/language", str, "")  # "" follows the system locale; else "zh_CN" or "en"
WINDOW_GEOMETRY = Option("ui/window_geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("ui/window_state", QByteArray, QByteArray())
LAST_PAGE = Option("ui/last_page", str, "today")
CONTACTS_SPLITTER = Option("ui/contacts_splitter", QByteArray, QByteArray())
COMPANIES_SPLITTER = Option("ui/companies_splitter", QByteArray, QByteArray())
PARTNER_UPDATE_DAYS = Option("partners/update_every_days", int, 30)


class Settings:
    """Typed access to the settings file (config folder/settings.ini)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
        value = self._qs.value(option.key, option.default)
        if value is None:
            return option.default
        if option.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray(value)
        try:
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self._qs.setValue(option.key, value)

    def sync(self) -> None:
        self._qs.sync()
