"""The deals behind a bar, point or row: a list the seller can open one by one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reports.book import ReportBook, ReportDeal
from desktop.ui.models import ID_ROLE, SORT_ROLE, WordFilterProxy
from desktop.ui.reports.models import DealsModel
from desktop.ui.views import read_only_rows


class DealsBehindDialog(QDialog):
    """Deals behind a figure; double-click, Enter or Open shows the deal (the dialog stays)."""

    def __init__(self, bus, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.bus = bus
        self.setObjectName("deals_behind")
        self.resize(720, 380)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.model = DealsModel(self)
        proxy = WordFilterProxy(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.proxy = proxy
        self.view = QTableView(self)
        self.view.setObjectName("deals_behind_list")
        self.view.setModel(proxy)
        self.view.setSortingEnabled(True)
        read_only_rows(self.view)
        self.view.activated.connect(self.open_index)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(self.tr("&Open deal"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def show_deals(self, title: str, deals: list[ReportDeal], book: ReportBook, language: str) -> None:
        self.setWindowTitle(title)
        count = len(deals)
        self.heading.setText(self.tr("%n deal(s) behind “%1”", "", count).replace("%1", title))
        self.model.set_deals(deals, book, language)
        if count:
            self.view.selectRow(0)
        self.open_button.setEnabled(bool(count))

    def open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        deal_id = self.proxy.data(index, ID_ROLE)
        if deal_id is not None:
            self.bus.open("deal", int(deal_id))

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.hasFocus():
            self.open_index(self.view.currentIndex())
            return
        super().keyPressEvent(event)
