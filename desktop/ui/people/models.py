"""Item models for the contacts and companies lists (Qt's address-book tablemodel, Vorta).

Large lists stay fast (a veteran's book has 10,000 contacts): rows are plain tuples or records,
a cell's text is worked out only when the view paints it (RecordTableModel, desktop/ui/models.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from desktop.domain.people import CompanyRecord, ContactRow, name_search_keys
from desktop.services import phones
from desktop.services.people import ContactService
from desktop.ui.models import SORT_ROLE, Index, PagedTableModel, RecordTableModel, sort_keys


class ContactColumns:
    """The contact list's columns, for the whole list in memory and the paged one alike."""

    NAME, NAME_ALT, COMPANY, TITLE, MOBILE, WECHAT, EMAIL = range(7)
    _FIELDS = ("name", "name_alt", "company_name", "title", "mobile", "wechat", "email")

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ContactTableModel", "Name"),
            QCoreApplication.translate("ContactTableModel", "Pinyin / English name"),
            QCoreApplication.translate("ContactTableModel", "Company"),
            QCoreApplication.translate("ContactTableModel", "Title"),
            QCoreApplication.translate("ContactTableModel", "Mobile"),
            QCoreApplication.translate("ContactTableModel", "WeChat"),
            QCoreApplication.translate("ContactTableModel", "Email"),
        ]

    def value(self, c: ContactRow, column: int) -> Any:
        if column == self.MOBILE:
            return phones.display(c.mobile)
        return getattr(c, self._FIELDS[column])


class ContactTableModel(ContactColumns, RecordTableModel):
    """Contacts as ContactRows (ContactService.rows): one tuple per contact."""

    def sort_values(self, column: int) -> list[Any]:
        # The stored E.164 mobile sorts like its display; no formatting for 10,000 rows.
        field = self._FIELDS[column]
        return [getattr(c, field) for c in self._rows]

    def search_text(self, c: ContactRow) -> str:
        return " ".join(
            (c.name, c.name_alt, name_search_keys(c.name_alt), c.company_name, c.title, c.department,
             c.email, c.wechat, c.qq, c.phone_digits, c.tags)
        )


class PagedContactModel(ContactColumns, PagedTableModel):
    """The Contacts page's list: rows read a page at a time as they are painted. In name order
    (how the page opens) the ids too are read a window at a time from an index, and the count
    from it: 100,000 contacts open in the time of 10,000. The other columns are sorted by the
    language's collation, as ContactTableModel sorts them, over every id."""

    def __init__(self, contacts: ContactService, parent=None) -> None:  # noqa: ANN001
        self.contacts = contacts
        self._groups = (0, 0)  # contacts named in Chinese, the others (name_groups)
        super().__init__(parent)

    @staticmethod
    def _chinese_first() -> bool:
        return QLocale().language() == QLocale.Language.Chinese

    def cheap_order(self, column: int) -> bool:
        return column == self.NAME

    def read_order(self, column: int, descending: bool) -> list[int]:
        if column == self.NAME:
            ids = self.contacts.ids_by_name(chinese_first=self._chinese_first())
            return ids[::-1] if descending else ids
        pairs = self.contacts.column(self._FIELDS[column])
        keys = sort_keys([v for _, v in pairs])
        order = sorted(range(len(pairs)), key=keys.__getitem__, reverse=descending)
        return [pairs[i][0] for i in order]

    def read_window(self, column: int, descending: bool, offset: int, limit: int,
                    anchor: tuple[int, int] | None = None) -> list[int]:
        return self.contacts.ids_by_name_window(offset, limit, chinese_first=self._chinese_first(),
                                                descending=descending, groups=self._groups,
                                                anchor=anchor)

    def read_position(self, record_id: int, column: int, descending: bool) -> int | None:
        return self.contacts.name_position(record_id, chinese_first=self._chinese_first(),
                                           descending=descending, groups=self._groups)

    def read_matching(self, words: list[str]) -> set[int]:
        return self.contacts.ids_matching(words)

    def read_rows(self, ids: list[int]) -> list[ContactRow]:
        return self.contacts.rows_of(ids)

    def read_total(self) -> int:
        self._groups = self.contacts.name_groups()
        return sum(self._groups)


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

    def sort_value(self, c: CompanyRecord, column: int) -> Any:
        if column == self.TIER:
            return self._TIER_ORDER.get(c.tier, 9)
        return self.value(c, column)

    def sort_values(self, column: int) -> list[Any]:
        return [self.sort_value(c, column) for c in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and index.column() == self.TIER:
            return self.sort_value(self.record(index.row()), self.TIER)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.TIER, self.CONTACTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def search_text(self, c: CompanyRecord) -> str:
        return " ".join(
            (c.name, c.industry, c.region, c.tier, c.lead_source, c.address, " ".join(c.tags))
        )
