"""Reminders while the app runs: the tray's count, notices at their time (controlled clock, the
timer's tick called by the test), a visit's notice opening its brief, and the app without a
tray (as offscreen is): nothing breaks, nothing shown, Today says it all."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QSystemTrayIcon

from desktop.domain.deals import DealRecord
from desktop.domain.reminders import NoticeKind
from desktop.ui import settings as opt
from desktop.ui.reminders import Reminders, reminder_settings


def _deal_with_a_visit(services, clock):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    services.deals.add_next_step(deal.id, "过期", clock().date().replace(day=18))
    visit = services.deals.plan_visit(deal.id, datetime(2026, 11, 20, 14, 0), place="苏州",
                                      goal="确认 POC")
    return deal, visit


def test_without_a_tray_nothing_is_shown_and_nothing_breaks(qtbot, services, clock, settings):
    from desktop.ui.main_window import MainWindow

    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has none
    _deal_with_a_visit(services, clock)
    settings.set(opt.KEEP_IN_TRAY, True)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.reminders.tray is None and not window.reminders.timer.isActive()
    clock.now = datetime(2026, 11, 20, 13, 40)
    notices = window.reminders.tick()  # asked anyway: words made, nothing shown, no error
    assert [n.kind for n in notices] == [NoticeKind.MORNING, NoticeKind.VISIT]
    assert not window.reminders.timer.isActive()
    # Today still lists it all
    today = window.show_page("today")
    assert "1 overdue" in today.summary.text()
    # "keep in the tray" cannot hold without a tray: closing closes
    window.close_window()
    assert not window.isVisible()
    from desktop.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, window)
    qtbot.addWidget(dialog)
    assert dialog.no_tray.isVisibleTo(dialog) and not dialog.keep_in_tray.isEnabled()


def test_the_tray_counts_overdue_and_notices_come_at_their_time(qtbot, qapp, services, clock, settings):

    from desktop.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")  # English plural forms
    try:
        _tray_day(qtbot, services, clock, settings)
    finally:
        remove_translators(qapp, translators)


def _tray_day(qtbot, services, clock, settings):
    from PySide6.QtWidgets import QWidget

    _deal_with_a_visit(services, clock)
    window = QWidget()
    qtbot.addWidget(window)
    clock.now = datetime(2026, 11, 20, 7, 0)
    reminders = Reminders(services, settings, window, tray_available=True)
    assert reminders.tray is not None and reminders.tray.isVisible()
    shown = []
    reminders.notice_shown.connect(lambda n: shown.append((clock(), n.kind, reminders.last_words)))
    reminders.tick()
    assert reminders.overdue == 1 and "1 overdue" in reminders.tray.toolTip()
    assert shown == []
    # asleep until the morning summary: 90 minutes, capped at 5 minutes (visits get planned)
    assert reminders.timer.isActive() and reminders.timer.interval() == 5 * 60 * 1000
    clock.now = datetime(2026, 11, 20, 8, 28)
    reminders.tick()
    assert reminders.timer.interval() == 2 * 60 * 1000
    # the timer sleeps until the morning summary at 08:30 (or 5 minutes at most): jump there
    clock.now = datetime(2026, 11, 20, 8, 30)
    reminders.tick()
    clock.now = datetime(2026, 11, 20, 13, 30)
    reminders.tick()
    reminders.tick()  # asked again: each notice once
    assert [(at.strftime("%H:%M"), kind) for at, kind, _words in shown] == [
        ("08:30", NoticeKind.MORNING), ("13:30", NoticeKind.VISIT)]
    morning, visit = shown[0][2], shown[1][2]
    assert morning[0] == "Today: 1 visit" and "First visit: 14:00 华东精密" in morning[1]
    assert visit[0] == "Visit in 30 minutes: 华东精密" and "14:00 · 苏州 · 确认 POC" in visit[1]
    # a restart the same day does not repeat them (kept in the settings)
    again = Reminders(services, settings, window, tray_available=True)
    assert again.tick() == []


def test_clicking_a_visit_notice_opens_its_brief_ready_to_print(qtbot, services, clock, settings):
    from PySide6.QtWidgets import QWidget

    deal, _visit = _deal_with_a_visit(services, clock)
    window = QWidget()
    qtbot.addWidget(window)
    clock.now = datetime(2026, 11, 20, 13, 45)
    settings.set(opt.REMINDER_MORNING, False)
    reminders = Reminders(services, settings, window, tray_available=True)
    [notice] = reminders.tick()
    assert notice.kind == NoticeKind.VISIT
    reminders.tray.messageClicked.emit()
    preview = reminders.preview
    assert preview is not None and preview.isVisible()
    assert preview.deal_id == deal.id and preview.kind == "brief"
    with qtbot.waitSignal(preview.loaded, timeout=30_000):
        pass
    assert preview.print_button.isEnabled()
    preview.close()


def test_settings_turn_reminders_off(qtbot, services, clock, settings):
    from PySide6.QtWidgets import QWidget

    _deal_with_a_visit(services, clock)
    settings.set(opt.REMINDERS_ON, False)
    window = QWidget()
    qtbot.addWidget(window)
    clock.now = datetime(2026, 11, 20, 13, 45)
    reminders = Reminders(services, settings, window, tray_available=True)
    assert reminders.tick() == []
    assert reminders.overdue == 1  # the count still shows
    settings.set(opt.REMINDER_MORNING_AT, "nonsense")
    assert reminder_settings(settings).morning_at.hour == 8


def test_closing_the_window_keeps_the_app_in_the_tray_when_chosen(qtbot, services, settings, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from desktop.ui import main_window

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window = main_window.MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.reminders.tray is not None
    window.close_window()  # off by default: the window closes
    assert not window.isVisible()
    settings.set(opt.KEEP_IN_TRAY, True)
    window.show()
    window.close_window()
    assert not window.isVisible() and not QApplication.quitOnLastWindowClosed()
    window.reminders.open_action.trigger()  # the tray's "Open Dealbrief"
    assert window.isVisible() and window.current_page_key() == "today"
    window.quit_app()
    assert not window.isVisible() and not window.reminders.tray.isVisible()
    QApplication.setQuitOnLastWindowClosed(True)


def test_the_tray_is_built_after_the_windows_first_paint(qtbot, services, settings, monkeypatch):
    """Issue 20: the reminders (and their calendar rules) wait for Today's first paint; then the
    tray comes up with its timer running, without anyone asking for it."""
    from desktop.ui import main_window

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window = main_window.MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    assert window._reminders is None  # shown, not painted yet
    qtbot.waitUntil(lambda: window._reminders is not None)
    assert window._painted and window.reminders.tray is not None and window.reminders.timer.isActive()


def test_without_a_tray_the_first_paint_builds_no_reminders(qtbot, services, settings):
    from PySide6.QtWidgets import QApplication

    from desktop.ui import main_window

    window = main_window.MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._painted)
    QApplication.processEvents()  # the turn after the paint
    assert window._reminders is None
