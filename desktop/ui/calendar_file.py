"""Calendar files from the app: File → Export calendar…, a visit's "Add to calendar", and the
file kept up to date in a folder the seller chose (a synced folder reaches the phone).

The entries and the .ics are made by CalendarService; this module picks the zone (Qt knows the
system's IANA zone on every platform), the options from the settings, and when to write.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, QTimeZone, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar import DEFAULT_DAYS, CalendarOptions, export_range
from desktop.services.container import Services
from desktop.services.location import config_dir
from desktop.ui import files, style
from desktop.ui import settings as opt
from desktop.ui.calendar_keeper import DEBOUNCE_MS, KEPT_DAYS, REFRESH_MS, CalendarKeeper  # noqa: F401
from desktop.ui.i18n import current_language
from desktop.ui.operations import read_now
from desktop.ui.security.exports import Agreed, plain_export_ok
from desktop.ui.settings import Settings

if TYPE_CHECKING:  # the calendar service and .ics writing load when a calendar is written
    from desktop.services.calendar import CalendarExport


def system_zone() -> str | None:
    """The computer's zone as an IANA name (Asia/Shanghai), or None when unknown."""
    from desktop.services.ics import UnknownZone, local_zone_name, zone_info

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        zone_info(name)
        return name
    except UnknownZone:
        return local_zone_name()


def calendar_options(settings: Settings | None, language: str | None = None) -> CalendarOptions:
    minutes = settings.get(opt.CALENDAR_VISIT_ALARM) if settings is not None else 30
    return CalendarOptions(language=language or current_language(),
                           visit_alarm_minutes=minutes if minutes > 0 else None)


def app_settings() -> Settings:
    """The app's settings file (for widgets that are not handed the window's Settings)."""
    return Settings(config_dir() / "settings.ini")


def open_visit_in_calendar(parent: QWidget | None, services: Services, visit_id: int) -> Path | None:
    """Write the visit's .ics to the temporary folder and open it with the system's calendar
    app (which offers to add it). Returns the file, or None when it failed (the seller was told)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
    path = folder / "dealbrief-calendar" / f"visit-{visit_id}.ics"
    try:
        written = read_now(parent, partial(services.calendar.export_visit, visit_id, path,
                                           zone=system_zone(), options=calendar_options(app_settings())))
    except OSError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("CalendarFile", "The calendar file was not written"),
                            QCoreApplication.translate("CalendarFile", "The file cannot be written: %1.")
                            .replace("%1", exc.strerror or str(exc)))
        return None
    if written is None:  # the book failed: the seller was told
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.information(parent, QCoreApplication.translate("CalendarFile", "Add to calendar"),
                                QCoreApplication.translate(
                                    "CalendarFile",
                                    "No calendar app opened the file. Import it yourself:\n%1",
                                ).replace("%1", str(path)))
    return path


class ExportCalendarDialog(QDialog):
    """File → Export calendar…: the next N days (30 by default) or a range, to a file."""

    def __init__(self, services: Services, settings: Settings, parent: QWidget | None = None,
                 *, agreed: Agreed | None = None) -> None:
        super().__init__(parent)
        self.services, self.settings = services, settings
        self.agreed = agreed if agreed is not None else Agreed()  # the session's, from the window
        self.result_: CalendarExport | None = None
        self.setObjectName("export_calendar")
        self.setWindowTitle(self.tr("Export calendar"))
        today = services.clock().date()
        self.next_days = QRadioButton(self.tr("The next"), self)
        self.next_days.setObjectName("calendar_next_days")
        self.days = QSpinBox(self)
        self.days.setObjectName("calendar_days")
        self.days.setRange(1, 3660)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.a_range = QRadioButton(self.tr("From"), self)
        self.a_range.setObjectName("calendar_range")
        self.first = QDateEdit(QDate(today), self)
        self.first.setObjectName("calendar_first")
        self.last = QDateEdit(QDate(today + timedelta(days=DEFAULT_DAYS - 1)), self)
        self.last.setObjectName("calendar_last")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        group = QButtonGroup(self)
        group.addButton(self.next_days)
        group.addButton(self.a_range)
        self.next_days.setChecked(True)
        self.path = QLineEdit(str(files.start_folder() / "dealbrief.ics"), self)
        self.path.setObjectName("calendar_path")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.browse)
        self.error = QLabel(self)
        self.error.setStyleSheet(style.ERROR_TEXT)
        self.error.setWordWrap(True)
        days_row = QHBoxLayout()
        days_row.addWidget(self.next_days)
        days_row.addWidget(self.days)
        days_row.addStretch(1)
        range_row = QHBoxLayout()
        range_row.addWidget(self.a_range)
        range_row.addWidget(self.first)
        range_row.addWidget(QLabel(self.tr("to"), self))
        range_row.addWidget(self.last)
        range_row.addStretch(1)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        hint = QLabel(self.tr("Visits, next steps with a due date and collections due. Only the "
                              "customer, the place and the goal go in; importing the file again "
                              "updates the events instead of adding copies."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(style.MUTED_TEXT)
        form = QFormLayout()
        form.addRow(self.tr("Days"), days_row)
        form.addRow("", range_row)
        form.addRow(self.tr("File"), path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def browse(self) -> None:
        name = Path(self.path.text().strip()).name or "dealbrief.ics"
        path = files.ask_save_path(self, self.tr("Export calendar"), name,
                                   self.tr("Calendar (*.ics)"), extension=".ics")
        if path is not None:
            self.path.setText(str(path))

    def chosen_range(self) -> tuple[date, date]:
        if self.next_days.isChecked():
            return export_range(self.services.clock().date(), self.days.value())
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]

    def accept(self) -> None:
        first, last = self.chosen_range()
        if last < first:
            self.error.setText(self.tr("The last day is before the first."))
            return
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose the file to write."))
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        if not plain_export_ok(self, self.services.book.passphrase is not None, self.agreed):
            return
        try:
            self.result_ = read_now(self, partial(
                self.services.calendar.export, path, first=first, last=last, zone=system_zone(),
                options=calendar_options(self.settings)))
        except OSError as exc:
            self.error.setText(self.tr("The file cannot be written: %1. Nothing was exported.")
                               .replace("%1", exc.strerror or str(exc)))
            return
        if self.result_ is not None:
            super().accept()


def export_calendar(window: QWidget, services: Services, settings: Settings,
                    agreed: Agreed | None = None) -> ExportCalendarDialog:
    dialog = ExportCalendarDialog(services, settings, window, agreed=agreed)
    window.calendar_dialog = dialog  # type: ignore[attr-defined]

    def done() -> None:
        result = dialog.result_
        status = getattr(window, "statusBar", None)
        if result is not None and status is not None:
            status().showMessage(QCoreApplication.translate("ExportCalendarDialog", "%n event(s) written to %1", "",
                                    result.count).replace("%1", str(result.path)), 15000)

    dialog.accepted.connect(done)
    dialog.open()
    return dialog
