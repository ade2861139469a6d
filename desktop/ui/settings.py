"""Every setting declared once with its type and default (Picard's options.py), in an INI file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop.services.files import make_folder, make_user_only


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
# Calendar files: a file kept up to date in a folder ("" = none), alarms written into events.
CALENDAR_FOLDER = Option("calendar/keep_in_folder", str, "")
CALENDAR_VISIT_ALARM = Option("calendar/visit_alarm_minutes", int, 30)  # 0: no alarm
# Reminders while the app runs (desktop.domain.reminders decides what is due when).
REMINDERS_ON = Option("reminders/on", bool, True)
REMINDER_VISIT_MINUTES = Option("reminders/visit_minutes", int, 30)  # 0: none before visits
REMINDER_MORNING = Option("reminders/morning_summary", bool, True)
REMINDER_MORNING_AT = Option("reminders/morning_at", str, "08:30")
REMINDER_COLLECTIONS = Option("reminders/collections", bool, True)
REMINDERS_SHOWN = Option("reminders/shown_today", str, "")  # keys shown today (once a day)
KEEP_IN_TRAY = Option("reminders/keep_in_tray", bool, False)  # closing the window keeps the app
LAST_FOLDER = Option("files/last_folder", str, "")  # where save and open dialogs start
# A locked book hides its window behind the passphrase prompt after this many idle minutes (0: never).
LOCK_AFTER_IDLE_MINUTES = Option("security/lock_after_idle_minutes", int, 0)


def window_size(kind: str) -> Option:
    """The geometry a dialog or secondary window was left at, per kind ("SellerProfileDialog")."""
    return Option(f"windows/{kind}", QByteArray, QByteArray())


def user_only_settings(path: Path) -> None:
    """The settings file and the app's config folder are readable by the user only.

    Qt keeps an existing file's mode when it saves (QSaveFile), so an empty 0600 file made first
    stays 0600; a 0644 file from an older version is tightened. A config folder of the app's own
    name is tightened too; a folder chosen with DEALBRIEF_CONFIG_DIR is left as it is.
    """
    make_folder(path.parent)
    if path.parent.name.casefold() == "dealbrief":
        make_user_only(path.parent, folder=True)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError:
        make_user_only(path)  # it exists (or cannot be made: QSettings then says nothing either)


class Settings:
    """Typed access to the settings file (config folder/settings.ini)."""

    def __init__(self, path: Path) -> None:
        user_only_settings(path)
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
        value = self._qs.value(option.key, option.default)
        if value is None:
            return option.default
        if option.type is bool:  # an INI file holds "true"/"false"; bool("false") is True
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
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
