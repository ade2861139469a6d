"""Reminders while the app runs: a tray icon with the number of overdue steps, and notices
(a visit coming, the morning summary, collections due) shown as the desktop's notifications.

What is due when is decided in desktop.domain.reminders; here a single-shot QTimer wakes at the
moment it names, asks, shows what is due, and sleeps again. Clicking a visit's notice opens the
visit's brief preview, ready to print; the others show Today. Where the desktop has no tray
(`QSystemTrayIcon.isSystemTrayAvailable()` false, as on the offscreen platform or a bare window
manager) nothing is shown and nothing breaks: Today says it all.
"""

from __future__ import annotations

from datetime import date, time
from functools import partial

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from desktop.domain.reminders import (
    DayFacts,
    Notice,
    NoticeKind,
    ReminderSettings,
    due_notices,
    minutes_until,
    next_check,
)
from desktop.services.container import Services
from desktop.ui import settings as opt
from desktop.ui import style
from desktop.ui.operations import ignore_failure, read_now
from desktop.ui.settings import Settings

SHOW_MS = 20_000  # how long a notification stays (where the desktop honours it)
MAX_SLEEP_MS = 5 * 60 * 1000


def reminder_settings(settings: Settings) -> ReminderSettings:
    try:
        hours, minutes = (int(x) for x in settings.get(opt.REMINDER_MORNING_AT).split(":"))
        morning_at = time(hours, minutes)
    except ValueError:
        morning_at = ReminderSettings().morning_at
    return ReminderSettings(
        enabled=settings.get(opt.REMINDERS_ON),
        visit_minutes=max(0, settings.get(opt.REMINDER_VISIT_MINUTES)),
        morning=settings.get(opt.REMINDER_MORNING), morning_at=morning_at,
        collections=settings.get(opt.REMINDER_COLLECTIONS))


def badge_icon(base: QIcon, count: int, size: int = 64) -> QIcon:
    """The app icon with the overdue count in a red disc (nothing drawn for 0)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not base.isNull():
        base.paint(painter, QRect(0, 0, size, size))
    else:
        painter.setBrush(QColor(style.ACCENT))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(4, 4, size - 8, size - 8, 12, 12)
    if count > 0:
        disc = QRect(size // 2 - 4, 0, size // 2 + 4, size // 2 + 4)
        painter.setBrush(QColor(style.ERROR))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(disc)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.32))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), "99+" if count > 99 else str(count))
    painter.end()
    return QIcon(pixmap)


FIRST_TICK_MS = 2000


class Reminders(QObject):
    """The tray icon and the notices of one main window."""

    notice_shown = Signal(object)  # Notice, with its words in `last_words`
    count_changed = Signal(int)

    def __init__(self, services: Services, settings: Settings, window: QWidget, *,
                 tray_available: bool | None = None) -> None:
        super().__init__(window)
        self.services, self.settings, self.window = services, settings, window
        self.last_notice: Notice | None = None
        self.last_words: tuple[str, str] = ("", "")
        self.overdue = 0
        self.preview: QWidget | None = None
        available = (QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None
                     else tray_available)
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        if available:
            self._build_tray()
            # The first tick reads the calendar service (SQLModel): not before the window's
            # first paint, which is painted from Today's plain-SQL reads (issue 20).
            self.timer.start(FIRST_TICK_MS)

    # --- the tray
    def _build_tray(self) -> None:
        tray = QSystemTrayIcon(self)
        tray.setObjectName("tray")
        tray.setIcon(badge_icon(QApplication.windowIcon(), 0))
        tray.setToolTip("Dealbrief")
        menu = QMenu(self.window)
        menu.setObjectName("tray_menu")
        self.open_action = QAction(self.tr("Open Dealbrief"), menu)
        self.open_action.triggered.connect(lambda _c=False: self.show_today())
        self.quit_action = QAction(self.tr("Quit"), menu)
        self.quit_action.triggered.connect(lambda _c=False: self._quit())
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        tray.setContextMenu(menu)
        self.tray_menu = menu
        tray.activated.connect(self._on_activated)
        tray.messageClicked.connect(self.open_last)
        tray.show()
        self.tray = tray

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_today()

    def _quit(self) -> None:
        quit_app = getattr(self.window, "quit_app", None)
        if quit_app is not None:
            quit_app()
        else:
            QApplication.quit()

    def set_count(self, overdue: int) -> None:
        self.overdue = overdue
        if self.tray is not None:
            self.tray.setIcon(badge_icon(QApplication.windowIcon(), overdue))
            self.tray.setToolTip("Dealbrief — " + self.tr("%n overdue", "", overdue)
                                 if overdue else "Dealbrief")
        self.count_changed.emit(overdue)

    # --- the clock
    def shown_keys(self, today: date) -> set[str]:
        stored = self.settings.get(opt.REMINDERS_SHOWN)
        day, _, keys = stored.partition("|")
        return set(keys.split(",")) - {""} if day == today.isoformat() else set()

    def _remember(self, today: date, keys: set[str]) -> None:
        self.settings.set(opt.REMINDERS_SHOWN, f"{today.isoformat()}|{','.join(sorted(keys))}")

    def tick(self) -> list[Notice]:
        """Show what is due now, update the count, and sleep until the next due moment."""
        now = self.services.clock()
        # The book busy or gone: nothing is due this time; the next tick tries again.
        facts = read_now(None, partial(self.services.calendar.day_facts, now),
                         fallback=DayFacts(now.date()), on_failed=ignore_failure)
        self.set_count(facts.overdue)
        settings = reminder_settings(self.settings)
        shown = self.shown_keys(now.date())
        notices = due_notices(now, facts, settings, shown)
        for notice in notices:
            self.show_notice(notice)
            shown.add(notice.key)
        if notices:
            self._remember(now.date(), shown)
        if self.tray is not None:  # without a tray nothing is shown: no need to wake
            wake = next_check(now, facts, settings, shown)
            self.timer.start(int(min(MAX_SLEEP_MS, max(1000, (wake - now).total_seconds() * 1000))))
        return notices

    # --- notices
    def words(self, notice: Notice) -> tuple[str, str]:
        """The title and text of a notice, in the app's language."""
        now = self.services.clock()
        if notice.kind == NoticeKind.VISIT and notice.visit is not None:
            v = notice.visit
            title = self.tr("Visit in %n minute(s): %1", "", minutes_until(now, v.planned_at)) \
                .replace("%1", v.company)
            body = " · ".join(p for p in (v.planned_at.strftime("%H:%M"), v.place, v.goal) if p)
            return title, body + "\n" + self.tr("Click to open the visit brief.")
        if notice.kind == NoticeKind.MORNING:
            title = self.tr("Today: %n visit(s)", "", notice.visits_today)
            lines = [self.tr("%n next step(s) due today", "", notice.steps_due_today)]
            if notice.overdue:
                lines.append(self.tr("%n overdue", "", notice.overdue))
            if notice.visit is not None:
                v = notice.visit
                lines.append(self.tr("First visit: %1 %2").replace("%1", v.planned_at.strftime("%H:%M"))
                             .replace("%2", v.company))
            return title, "\n".join(lines)
        items = notice.collections
        title = self.tr("%n payment(s) due", "", len(items))
        body = "\n".join(" · ".join(p for p in (c.company, c.label) if p)
                         for c in items[:4])
        return title, body

    def show_notice(self, notice: Notice) -> None:
        self.last_notice = notice
        self.last_words = self.words(notice)
        if self.tray is not None:
            self.tray.showMessage(*self.last_words, QSystemTrayIcon.MessageIcon.Information, SHOW_MS)
        self.notice_shown.emit(notice)

    def open_last(self) -> None:
        """The seller clicked the notification."""
        if self.last_notice is not None:
            self.open_notice(self.last_notice)

    def open_notice(self, notice: Notice) -> None:
        if notice.kind == NoticeKind.VISIT and notice.visit is not None:
            from desktop.ui.print import generate
            from desktop.ui.print.preview import DocumentPreview

            preview = DocumentPreview(self.services, generate.BRIEF, notice.visit.deal_id,
                                      parent=self.window)
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preview = preview
            preview.destroyed.connect(lambda _o=None: setattr(self, "preview", None))
            preview.show()
            preview.raise_()
            preview.activateWindow()
            return
        self.show_today()

    def show_today(self) -> None:
        from desktop.ui.single_instance import bring_forward

        bring_forward(self.window)
        show_page = getattr(self.window, "show_page", None)
        if show_page is not None:
            show_page("today")

    def close(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
