"""Shared pieces of the item models: roles and a filter that matches every typed word."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers, dates)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # lower-cased text of the whole row for filtering


class WordFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose SEARCH_ROLE text contains every word typed (order free, any case)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_filter_text(self, text: str) -> None:
        words = [w for w in text.lower().replace("+86", " ").split() if w]
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Hand sorting to a source model that sorts itself (precomputed keys, no data() calls
        per comparison); the proxy then keeps the source's order and only filters."""
        source = self.sourceModel()
        if getattr(source, "sorts_itself", False):
            source.sort(column, order)
            return
        super().sort(column, order)

    def multiData(  # noqa: N802 - Qt API
        self, index: QModelIndex | QPersistentModelIndex, span: QModelRoleDataSpan | QModelRoleData
    ) -> None:
        """A painted cell's roles in one call: the source row is found once, not once per role
        (Qt's default asks data() for each of the ~7 roles, and maps the index each time)."""
        fill = getattr(self.sourceModel(), "fill_roles", None)
        if fill is None:
            super().multiData(index, span)
            return
        fill(self.mapToSource(index), span)

    def filterAcceptsRow(  # noqa: N802 - Qt API
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        text_at = getattr(source, "search_text_at", None)
        if text_at is not None:  # straight to the model, without an index and a data() call
            haystack = text_at(source_row)
        else:
            haystack = source.index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(w in haystack for w in self._words)
