"""How a read-only table of rows is set up, written once: whole rows, one at a time, no row
numbers, nothing edited in place, columns sized to their contents with one given the room left."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

LAST = -1  # `stretch`: the last column takes the room left


def read_only_rows(table: QTableView, *, stretch: int | None = LAST, alternate: bool = False) -> None:
    """Set `table` up as a read-only list. `stretch` is the column given the room left (LAST,
    a column number, or None for none); long text is elided, not wrapped."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setAlternatingRowColors(alternate)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch == LAST)
    if stretch is not None and stretch != LAST:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
