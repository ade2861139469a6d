"""Calendar files from the app: File → Export calendar…, a visit's "Save and add to calendar"
(the system's calendar app is asked to open the file), the file kept in a folder after each
change, and Preferences (calendar folder, reminders, start at login under a temp XDG folder)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QDate, QDateTime, QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from desktop.domain.deals import DealRecord
from desktop.ui import settings as opt
from desktop.ui.bus import DEALS, Bus
from desktop.ui.calendar_file import CalendarKeeper


def _events(path: Path):
    return Calendar.from_ical(path.read_bytes()).walk("VEVENT")


def _book(services):
    deal = services.deals.save(DealRecord(title="MES 升级"), new_company="华东精密")
    services.deals.add_next_step(deal.id, "发报价", date(2026, 11, 23))
    visit = services.deals.plan_visit(deal.id, datetime(2026, 11, 24, 14, 0), place="苏州", goal="演示")
    return deal, visit


class OpenedUrls(QObject):
    """Stands in for the desktop's file opener (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_file_export_calendar_writes_the_next_days_or_a_range(qtbot, services, settings, tmp_path):
    from desktop.ui.main_window import MainWindow

    _book(services)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    action = window.export_calendar_action
    assert action in window.file_menu.actions() and action.text() == "Export &calendar…"
    action.trigger()
    dialog = window.calendar_dialog
    assert dialog.isVisible() and dialog.days.value() == 30
    out = tmp_path / "mine"  # no extension: .ics is added
    dialog.path.setText(str(out))
    dialog.accept()
    written = tmp_path / "mine.ics"
    assert {str(e["CATEGORIES"].cats[0]) for e in _events(written)} == {"Visit", "Next step"}
    assert "written to" in window.statusBar().currentMessage()

    action.trigger()
    dialog = window.calendar_dialog
    dialog.a_range.setChecked(True)
    dialog.first.setDate(QDate(2026, 11, 24))
    dialog.last.setDate(QDate(2026, 11, 20))
    dialog.path.setText(str(written))
    dialog.accept()
    assert dialog.isVisible() and "before the first" in dialog.error.text()
    dialog.last.setDate(QDate(2026, 11, 30))
    dialog.accept()
    assert [str(e["CATEGORIES"].cats[0]) for e in _events(written)] == ["Visit"]
    # a folder that cannot exist: said in the dialog, which stays open
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    action.trigger()
    dialog = window.calendar_dialog
    dialog.path.setText(str(blocker / "x.ics"))
    dialog.accept()
    assert dialog.isVisible() and "cannot be written" in dialog.error.text()
    dialog.reject()


def test_save_and_add_to_calendar_opens_the_visit_in_the_calendar_app(qtbot, services):
    from PySide6.QtGui import QUndoStack

    from desktop.ui.deals.page import DealsPage

    deal, visit = _book(services)
    page = DealsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.show()
    page.open_record(deal.id)
    panel = page.deal_view.visits_panel
    panel.select_id(visit.id)
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        dialog = panel.edit_visit()
        dialog.when.setDateTime(QDateTime(datetime(2026, 11, 24, 15, 0)))
        dialog.calendar_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert not dialog.isVisible()
    assert services.deals.visit(visit.id).planned_at == datetime(2026, 11, 24, 15, 0)  # saved first
    [url] = opened.urls
    [event] = _events(Path(url.toLocalFile()))
    assert str(event["UID"]) == f"dealbrief-visit-{visit.id}@dealbrief"
    assert event.decoded("DTSTART").hour == 15 and str(event["LOCATION"]) == "苏州"
    # a new visit is saved, then added
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        dialog = panel.plan_visit()
        dialog.goal.setText("第二次")
        dialog.calendar_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(services.deals.visits(deal.id)) == 2 and len(opened.urls) == 1


def test_the_kept_file_follows_each_change(qtbot, services, settings, tmp_path):
    _deal, visit = _book(services)
    bus = Bus()
    folder = tmp_path / "synced"
    folder.mkdir()
    settings.set(opt.CALENDAR_FOLDER, str(folder))
    keeper = CalendarKeeper(services, settings, bus, debounce_ms=10)
    with qtbot.waitSignal(keeper.written, timeout=5000):
        pass  # written once at start
    kept = folder / "dealbrief.ics"
    assert len(_events(kept)) == 2
    services.deals.update_visit(visit.id, datetime(2026, 11, 25, 9, 0), place="上海")
    with qtbot.waitSignal(keeper.written, timeout=5000) as written:
        bus.announce(DEALS)
    assert written.args[0].written and "上海" in kept.read_text(encoding="utf-8")
    bus.announce("partners")  # nothing the calendar shows: no rewrite
    assert not keeper.debounce.isActive()
    settings.set(opt.CALENDAR_FOLDER, str(tmp_path / "a-file-not-folder" / "x"))
    (tmp_path / "a-file-not-folder").write_text("x")
    with qtbot.waitSignal(keeper.failed, timeout=5000):
        keeper.write_now()
    assert keeper.last_error


def test_preferences_keep_calendar_reminders_and_start_at_login(qtbot, services, settings, tmp_path, monkeypatch):
    from PySide6.QtCore import QTime

    from desktop.services import autostart
    from desktop.ui.preferences import PreferencesDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    dialog = PreferencesDialog(settings, tray_available=True)
    qtbot.addWidget(dialog)
    assert not dialog.keep_calendar.isChecked() and dialog.calendar_alarm.value() == 30
    assert not dialog.keep_in_tray.isChecked() and not dialog.start_at_login.isChecked()
    dialog.keep_calendar.setChecked(True)
    dialog.calendar_folder.setText(str(tmp_path / "synced"))
    dialog.calendar_alarm.setValue(15)
    dialog.visit_minutes.setValue(45)
    dialog.morning_at.setTime(QTime(7, 45))
    dialog.collections.setChecked(False)
    dialog.keep_in_tray.setChecked(True)
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    assert settings.get(opt.CALENDAR_FOLDER) == str(tmp_path / "synced")
    assert (settings.get(opt.CALENDAR_VISIT_ALARM), settings.get(opt.REMINDER_VISIT_MINUTES)) == (15, 45)
    assert settings.get(opt.REMINDER_MORNING_AT) == "07:45"
    assert settings.get(opt.REMINDER_COLLECTIONS) is False and settings.get(opt.KEEP_IN_TRAY) is True
    entry = tmp_path / "xdg" / "autostart" / "io.github.dealbrief.Dealbrief.desktop"
    assert entry.is_file() and "--in-tray" in entry.read_text()
    # opened again it shows what was saved; unticking removes the entry and the folder
    again = PreferencesDialog(settings, tray_available=True)
    qtbot.addWidget(again)
    assert again.keep_calendar.isChecked() and again.start_at_login.isChecked()
    again.start_at_login.setChecked(False)
    again.keep_calendar.setChecked(False)
    again.accept()
    assert not entry.exists() and not autostart.is_enabled()
    assert settings.get(opt.CALENDAR_FOLDER) == ""


def test_a_bool_setting_reads_back_from_the_file(settings):
    from desktop.ui.settings import Settings

    settings.set(opt.KEEP_IN_TRAY, False)
    settings.sync()
    assert Settings(settings.path).get(opt.KEEP_IN_TRAY) is False
    settings.set(opt.KEEP_IN_TRAY, True)
    settings.sync()
    assert Settings(settings.path).get(opt.KEEP_IN_TRAY) is True
