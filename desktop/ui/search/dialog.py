"""The Ctrl+K search popup: type, see hits grouped by kind, Enter opens the chosen one."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop.domain.search import SearchHit
from desktop.services.container import Services
from desktop.services.errors import BookError
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.messages import book_error_text
from desktop.ui.operations import read_now
from desktop.ui.search.model import SearchResultModel

TYPING_PAUSE_MS = 120


class SearchDialog(QDialog):
    """Search as you type (after a short pause); ↑/↓ move between hits, Enter opens one."""

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchDialog")
        self.setWindowTitle(self.tr("Search"))
        self.services = services
        self.bus = bus
        self.edit = QLineEdit(self)
        self.edit.setObjectName("query")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Search companies, people, phones, deals and notes…"))
        self.edit.setStyleSheet(style.SEARCH_FIELD)
        self.edit.installEventFilter(self)
        self.model = SearchResultModel(self)
        self.view = QListView(self)
        self.view.setObjectName("results")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)
        self.view.setSpacing(1)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setUniformItemSizes(False)
        self.view.clicked.connect(lambda index: self.open_row(index.row()))
        self.view.installEventFilter(self)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setStyleSheet(style.SECONDARY_TEXT)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.resize(720, 520)
        self.status.setText(self.tr("Chinese of any length, English words, or a phone number in any format."))

    def run_search(self) -> None:
        self._timer.stop()
        query = self.edit.text()
        results = read_now(self, partial(self.services.search.search, query),
                           on_failed=self._failed)
        if results is None:
            return
        self.model.set_results(results)
        rows = self.model.hit_rows()
        if rows:
            self.view.setCurrentIndex(self.model.index(rows[0]))
            self.status.setText(self.tr("Enter opens the selected result; ↑ and ↓ move."))
        elif query.strip():
            self.status.setText(self.tr("Nothing found for “%1”.").replace("%1", query.strip()))

    def _failed(self, exc: BookError) -> None:
        self.status.setText(book_error_text(exc))

    def current_hit(self) -> SearchHit | None:
        return self.model.hit(self.view.currentIndex().row())

    def move(self, delta: int) -> None:
        rows = self.model.hit_rows()
        if not rows:
            return
        current = self.view.currentIndex().row()
        later = [r for r in rows if (r > current if delta > 0 else r < current)]
        target = (later[0] if delta > 0 else later[-1]) if later else current
        self.view.setCurrentIndex(self.model.index(target))

    def open_row(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is not None:
            self.accept()
            self.bus.open(hit.open_kind, hit.open_id)

    def open_current(self) -> None:
        if self._timer.isActive():  # Enter before the pause ended: search now
            self.run_search()
        self.open_row(self.view.currentIndex().row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)
