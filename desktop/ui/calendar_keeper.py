"""The calendar file kept in a folder while the app runs (File ▸ Export calendar… sets the folder).

Apart from ui/calendar_file.py (the export dialog, the calendar's options and the domain's
calendar rules): the main window makes the keeper before Today's first paint, and what writes
the file is loaded when it first writes (issue 20).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.container import Services
from desktop.services.errors import BookError
from desktop.ui import bus as changes
from desktop.ui import settings as opt
from desktop.ui.messages import book_error_text
from desktop.ui.operations import read_now
from desktop.ui.settings import Settings

if TYPE_CHECKING:
    from desktop.services.calendar import CalendarExport

KEPT_DAYS = 90  # the kept file holds the next 90 days
REFRESH_MS = 60 * 60 * 1000  # and is looked at hourly (a new day moves the range)
DEBOUNCE_MS = 2000  # a burst of edits is one rewrite


class CalendarKeeper(QObject):
    """Keeps `<folder>/dealbrief.ics` up to date while the app runs: after every change (a
    burst of edits is one rewrite), hourly (a new day moves the range), and when the folder is
    set. The file is replaced atomically and only when its events changed."""

    written = Signal(object)  # CalendarExport
    failed = Signal(str)

    def __init__(self, services: Services, settings: Settings, bus: QObject,
                 parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.services, self.settings = services, settings
        self.last_error = ""
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.debounce.timeout.connect(self.write_now)
        self.hourly = QTimer(self)
        self.hourly.setInterval(REFRESH_MS)
        self.hourly.timeout.connect(self.write_now)
        self.hourly.start()
        bus.changed.connect(self._on_changed)  # type: ignore[attr-defined]
        if self.folder():
            self.debounce.start()

    def folder(self) -> str:
        return self.settings.get(opt.CALENDAR_FOLDER)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.DEALS, changes.NOTES, changes.COMPANIES, changes.CONTACTS,
                    changes.STAGES, changes.SETTINGS} and self.folder():
            self.debounce.start()

    def write_now(self) -> CalendarExport | None:
        folder = self.folder()
        if not folder:
            return None
        try:
            from desktop.ui.calendar_file import calendar_options, system_zone

            result = read_now(None, partial(
                self.services.calendar.keep, folder, days=KEPT_DAYS, zone=system_zone(),
                options=calendar_options(self.settings)), on_failed=self._book_failed)
        except OSError as exc:
            self._fail(exc.strerror or str(exc))
            return None
        if result is None:
            return None
        self.last_error = ""
        self.written.emit(result)
        return result

    def _book_failed(self, exc: BookError) -> None:
        self._fail(book_error_text(exc))

    def _fail(self, text: str) -> None:
        self.last_error = text
        self.failed.emit(text)
