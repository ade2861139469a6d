"""The skeleton every list page shares (contacts, companies, partners, the deals list): a record
table over a WordFilterProxy, the filter line above it, and the row count below.

    self.table, self.proxy = record_table(self, self.model, "table")
    self.filter_edit = filter_line(self, self.proxy, self.tr("Filter by …"))
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.models import PagedProxy, PagedTableModel, RecordTableModel, WordFilterProxy


def record_table(parent: QWidget, model: RecordTableModel | PagedTableModel,
                 name: str) -> tuple[QTableView, WordFilterProxy | PagedProxy]:
    """A sortable, read-only table of records (one row selected at a time) and its filter proxy
    (a PagedTableModel filters and sorts in the book: its proxy only passes rows through)."""
    proxy = PagedProxy(parent) if isinstance(model, PagedTableModel) else WordFilterProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, proxy


def filter_line(parent: QWidget, proxy: WordFilterProxy | PagedProxy, placeholder: str) -> QLineEdit:
    """The line above a list that keeps the rows containing every word typed."""
    edit = QLineEdit(parent)
    edit.setObjectName("filter")
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText(placeholder)
    edit.textChanged.connect(proxy.set_filter_text)
    return edit


def follow_count(proxy: WordFilterProxy | PagedProxy, update: Callable[[], None]) -> None:
    """Call `update` whenever the rows shown change: filtering, reloads, added and deleted rows."""
    for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
        signal.connect(lambda *_: update())


def list_column(parent: QWidget, filter_edit: QLineEdit, buttons: list[QPushButton], table: QTableView,
                below: QWidget | QLayout) -> QWidget:
    """The list side of a page: the filter and the page's buttons on one line, the table, and
    what goes under it (the row count, a setting)."""
    column = QWidget(parent)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    top = QHBoxLayout()
    top.addWidget(filter_edit, 1)
    for button in buttons:
        top.addWidget(button)
    layout.addLayout(top)
    layout.addWidget(table, 1)
    if isinstance(below, QLayout):
        layout.addLayout(below)
    else:
        layout.addWidget(below)
    return column
