"""The partners waiting for news (`PartnerReminders`, shown above Today's list): its own module,
so Today's first paint loads neither the referral editor nor the partners' rules (issue 20)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from desktop.domain.partner_news import UpdateReminder
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import settings as opt
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.dates import date_text
from desktop.ui.models import ID_ROLE, RecordTableModel
from desktop.ui.settings import Settings
from desktop.ui.views import read_only_rows


class ReminderModel(RecordTableModel):
    NAME, WAITING, OPEN, LAST = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Partner"), self.tr("Waiting for news"), self.tr("Open deals"),
                self.tr("Last update sent")]

    def value(self, r: UpdateReminder, column: int) -> Any:
        waiting = self.tr("%n day(s)", "", r.days_waiting)
        last = date_text(r.last_update_sent) if r.last_update_sent else self.tr("never")
        return (r.name, waiting, r.open_deals, last)[column]

    def search_text(self, r: UpdateReminder) -> str:
        return r.name


class PartnerReminders(QWidget):
    """Partners with open referred deals who have heard nothing for the set number of days.
    Double-click opens the partner (and from there, the progress update).

    `fill=False`: made empty, filled by the first `reload()` — the main window does it on the
    loop's turn after Today's first paint (reading every open referral is not what the first
    paint waits for, issue 20). Made with its final size: one index-only count says how many rows
    it will show, so Today's list does not move when they come; hidden if none wait."""

    MAX_ROWS = 5  # rows shown at once; more scroll

    def __init__(self, services: Services, bus: Bus, settings: Settings, parent: QWidget | None = None,
                 *, fill: bool = True) -> None:
        super().__init__(parent)
        self.services, self.bus, self.settings = services, bus, settings
        self.filled = False
        self.heading = QLabel(self)
        self.heading.setStyleSheet(style.BOLD)
        self.model = ReminderModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("partner_reminders")
        self.view.setModel(self.model)
        read_only_rows(self.view)
        self.view.doubleClicked.connect(lambda i: self.bus.open("partner", i.data(ID_ROLE)))
        self.view.horizontalHeader().setResizeContentsPrecision(self.MAX_ROWS * 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        watched = {changes.PARTNERS, changes.DEALS, changes.SETTINGS}
        bus.changed.connect(lambda kinds: self.reload() if kinds & watched else None)
        if fill:
            self.reload()
        else:
            days = self.settings.get(opt.PARTNER_UPDATE_DAYS)
            self._size_for(self.services.today.partners_waiting_count(self.services.clock().date(), days),
                           days)

    def reload(self) -> None:
        days = self.settings.get(opt.PARTNER_UPDATE_DAYS)
        found = self.services.today.partners_waiting(self.services.clock().date(), days)
        self.model.set_records(found)
        self.view.resizeColumnsToContents()  # from the first rows (the header's precision)
        self._size_for(len(found), days)
        self.filled = True

    def _size_for(self, count: int, days: int) -> None:
        """The heading and the table's height for `count` partners, rows or not yet: at most a
        few rows tall, the rest scrolls (a veteran's book has a hundred partners waiting, and
        Today's own list must stay in view). Rows are the table's default height, so the size
        is the same before the rows are read as after."""
        rows = min(count, self.MAX_ROWS) * self.view.verticalHeader().defaultSectionSize()
        self.view.setFixedHeight(
            self.view.horizontalHeader().sizeHint().height() + rows + 2 * self.view.frameWidth() + 2
        )
        self.heading.setText(
            self.tr("Partners waiting for news (nothing sent for %1 days or more)").replace("%1", str(days))
        )
        self.setVisible(bool(count))
