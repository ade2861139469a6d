"""Item models for the contacts and companies lists (Qt's address-book tablemodel, Vorta)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.people import CompanyRecord, ContactRecord
from desktop.services import phones
from desktop.ui.models import ID_ROLE, SEARCH_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """A table over a list of frozen records; subclasses give headers, values and search text."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Any] = []
        self._search: list[str] = []
        self._row_of_id: dict[int, int] = {}
        self._headers = self.headers()

    def headers(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def value(self, record: Any, column: int) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def search_text(self, record: Any) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._search = [self.search_text(r).lower() for r in self._rows]
        self._row_of_id = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: int) -> int | None:
        return self._row_of_id.get(record_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.value(record, index.column())
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            value = self.value(record, index.column())
            return "" if value is None else value
        if role == ID_ROLE:
            return record.id
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        return None


class ContactTableModel(RecordTableModel):
    NAME, NAME_ALT, COMPANY, TITLE, MOBILE, WECHAT, EMAIL = range(7)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"), self.tr("Pinyin / English name"), self.tr("Company"),
            self.tr("Title"), self.tr("Mobile"), self.tr("WeChat"), self.tr("Email"),
        ]

    def value(self, c: ContactRecord, column: int) -> Any:
        return (
            c.name, c.name_alt, c.company_name, c.title, phones.display(c.mobile), c.wechat,
            c.email,
        )[column]

    def search_text(self, c: ContactRecord) -> str:
        digits = " ".join("".join(ch for ch in p if ch.isdigit()) for p in (c.mobile, c.other_phone))
        return " ".join(
            (c.name, c.name_alt, c.company_name, c.title, c.department, c.email, c.wechat, c.qq,
             digits, " ".join(c.tags))
        )


class CompanyTableModel(RecordTableModel):
    NAME, TIER, INDUSTRY, REGION, CONTACTS, LEAD_SOURCE = range(6)
    _TIER_ORDER = {"S": 0, "A": 1, "B": 2, "C": 3, "": 4}

    def headers(self) -> list[str]:
        return [
            self.tr("Name"), self.tr("Tier"), self.tr("Industry"), self.tr("Region"),
            self.tr("Contacts"), self.tr("Lead source"),
        ]

    def value(self, c: CompanyRecord, column: int) -> Any:
        return (c.name, c.tier, c.industry, c.region, c.contact_count, c.lead_source)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and index.column() == self.TIER:
            return self._TIER_ORDER.get(self.record(index.row()).tier, 9)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.TIER, self.CONTACTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def search_text(self, c: CompanyRecord) -> str:
        return " ".join(
            (c.name, c.industry, c.region, c.tier, c.lead_source, c.address, " ".join(c.tags))
        )
