"""Preferences: the language of the app and of printed documents; the calendar file kept up to
date in a folder; reminders (tray, notices, their timing); start at login."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import autostart
from desktop.ui import settings as opt
from desktop.ui import style
from desktop.ui.settings import Settings


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(style.MUTED_TEXT)
    return label


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 tray_available: bool | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tray_available = (QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None
                               else tray_available)
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)

        general = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        index = self.language.findData(settings.get(opt.LANGUAGE))
        self.language.setCurrentIndex(max(index, 0))
        general.addRow(self.tr("Language"), self.language)
        general.addRow("", _hint(self.tr("Used for the app and for printed documents."), self))
        layout.addLayout(general)

        layout.addWidget(self._calendar_box())
        layout.addWidget(self._reminders_box())

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    # --- calendar
    def _calendar_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calendar"), self)
        form = QFormLayout(box)
        folder = self.settings.get(opt.CALENDAR_FOLDER)
        self.keep_calendar = QCheckBox(self.tr("Keep a calendar file up to date in this folder"), box)
        self.keep_calendar.setObjectName("keep_calendar")
        self.keep_calendar.setChecked(bool(folder))
        self.calendar_folder = QLineEdit(folder, box)
        self.calendar_folder.setObjectName("calendar_folder")
        self.calendar_folder.setPlaceholderText(self.tr("e.g. a folder your phone syncs"))
        choose = QPushButton(self.tr("Choose…"), box)
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.calendar_folder, 1)
        row.addWidget(choose)
        form.addRow(self.keep_calendar)
        form.addRow(row)
        form.addRow(_hint(self.tr("dealbrief.ics holds the next 90 days and is rewritten after "
                                  "every change. Subscribe to it, or import it again: events are "
                                  "updated, not doubled."), box))
        self.calendar_alarm = QSpinBox(box)
        self.calendar_alarm.setObjectName("calendar_alarm")
        self.calendar_alarm.setRange(0, 24 * 60)
        self.calendar_alarm.setSingleStep(5)
        self.calendar_alarm.setSuffix(self.tr(" min before"))
        self.calendar_alarm.setSpecialValueText(self.tr("No alarm"))
        self.calendar_alarm.setValue(self.settings.get(opt.CALENDAR_VISIT_ALARM))
        form.addRow(self.tr("Alarm for visits"), self.calendar_alarm)
        return box

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the calendar file"),
                                                  self.calendar_folder.text())
        if folder:
            self.calendar_folder.setText(folder)
            self.keep_calendar.setChecked(True)

    # --- reminders
    def _reminders_box(self) -> QGroupBox:
        s = self.settings
        box = QGroupBox(self.tr("Reminders"), self)
        form = QFormLayout(box)
        self.reminders_on = QCheckBox(self.tr("Show reminders while Dealbrief runs"), box)
        self.reminders_on.setObjectName("reminders_on")
        self.reminders_on.setChecked(s.get(opt.REMINDERS_ON))
        form.addRow(self.reminders_on)
        self.visit_minutes = QSpinBox(box)
        self.visit_minutes.setObjectName("visit_minutes")
        self.visit_minutes.setRange(0, 24 * 60)
        self.visit_minutes.setSingleStep(5)
        self.visit_minutes.setSuffix(self.tr(" min before"))
        self.visit_minutes.setSpecialValueText(self.tr("Off"))
        self.visit_minutes.setValue(s.get(opt.REMINDER_VISIT_MINUTES))
        form.addRow(self.tr("Before a visit"), self.visit_minutes)
        self.morning = QCheckBox(self.tr("Summary of the day at"), box)
        self.morning.setObjectName("morning")
        self.morning.setChecked(s.get(opt.REMINDER_MORNING))
        self.morning_at = QTimeEdit(box)
        self.morning_at.setObjectName("morning_at")
        self.morning_at.setDisplayFormat("HH:mm")
        at = QTime.fromString(s.get(opt.REMINDER_MORNING_AT), "HH:mm")
        self.morning_at.setTime(at if at.isValid() else QTime(8, 30))
        morning_row = QHBoxLayout()
        morning_row.addWidget(self.morning)
        morning_row.addWidget(self.morning_at)
        morning_row.addStretch(1)
        form.addRow(morning_row)
        self.collections = QCheckBox(self.tr("Payments due (collections)"), box)
        self.collections.setObjectName("collections")
        self.collections.setChecked(s.get(opt.REMINDER_COLLECTIONS))
        form.addRow(self.collections)
        self.keep_in_tray = QCheckBox(self.tr("Closing the window keeps Dealbrief in the tray"), box)
        self.keep_in_tray.setObjectName("keep_in_tray")
        self.keep_in_tray.setChecked(s.get(opt.KEEP_IN_TRAY))
        form.addRow(self.keep_in_tray)
        self.start_at_login = QCheckBox(self.tr("Start Dealbrief when I log in (in the tray)"), box)
        self.start_at_login.setObjectName("start_at_login")
        self.start_at_login.setChecked(autostart.supported() and autostart.is_enabled())
        if not autostart.supported():
            self.start_at_login.setEnabled(False)
            self.start_at_login.setToolTip(self.tr("On Windows and macOS, see the README."))
        form.addRow(self.start_at_login)
        if not self.tray_available:
            self.keep_in_tray.setEnabled(False)
            self.no_tray = _hint(self.tr("This desktop has no system tray: reminders are not shown "
                                         "as notifications. Today lists everything that is due."), box)
            self.no_tray.setObjectName("no_tray")
            form.addRow(self.no_tray)
        return box

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        s = self.settings
        s.set(opt.LANGUAGE, self.chosen_language())
        folder = self.calendar_folder.text().strip() if self.keep_calendar.isChecked() else ""
        s.set(opt.CALENDAR_FOLDER, folder)
        s.set(opt.CALENDAR_VISIT_ALARM, self.calendar_alarm.value())
        s.set(opt.REMINDERS_ON, self.reminders_on.isChecked())
        s.set(opt.REMINDER_VISIT_MINUTES, self.visit_minutes.value())
        s.set(opt.REMINDER_MORNING, self.morning.isChecked())
        s.set(opt.REMINDER_MORNING_AT, self.morning_at.time().toString("HH:mm"))
        s.set(opt.REMINDER_COLLECTIONS, self.collections.isChecked())
        s.set(opt.KEEP_IN_TRAY, self.keep_in_tray.isChecked())
        s.sync()
        if autostart.supported() and self.start_at_login.isChecked() != autostart.is_enabled():
            try:
                if self.start_at_login.isChecked():
                    autostart.enable()
                else:
                    autostart.disable()
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Start at login"),
                                    self.tr("The autostart entry cannot be written: %1.")
                                    .replace("%1", exc.strerror or str(exc)))
        super().accept()
