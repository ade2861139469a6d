"""Shared pieces of the item models: roles, the base of every list model (RecordTableModel) and a
filter that matches every typed word.

Large lists stay fast (a veteran's book has 10,000 contacts): rows are plain tuples or records,
a cell's text is worked out only when the view paints it, the filter text of a row only when the
seller first filters, and sorting is done in the model on precomputed keys instead of by the proxy
asking `data()` twice per comparison.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.domain.folding import fold

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers, dates)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # folded text of the whole row for filtering (fold)


def filter_words(text: str) -> list[str]:
    """The words a filter line holds, folded as the book folds them (domain/folding), "+86"
    before a phone number dropped."""
    return [w for w in fold(text).replace("+86", " ").split() if w]


class WordFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose SEARCH_ROLE text contains every word typed (order free, any case)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_filter_text(self, text: str) -> None:
        words = filter_words(text)
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


Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_NO_INDEX = QModelIndex()


def _collator(locale: QLocale) -> QCollator:
    collator = QCollator(locale)
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


class _LatinThenPinyin:
    """A sort key for English: an English collation orders Chinese by code point, which nobody
    can read, so Chinese text sorts by pinyin after the Latin text."""

    def __init__(self) -> None:
        self.latin = _collator(QLocale()).sortKey
        self.han = _collator(QLocale(QLocale.Language.Chinese, QLocale.Country.China)).sortKey

    def __call__(self, value: str) -> tuple[int, Any]:
        if value and CJK_FIRST <= value[0] <= CJK_LAST:
            return (1, self.han(value))
        return (0, self.latin(value))


CJK_FIRST, CJK_LAST = chr(0x3400), chr(0x9FFF)


def _text_key() -> Any:
    if QLocale().language() == QLocale.Language.Chinese:
        return _collator(QLocale()).sortKey  # pinyin order, Chinese first
    return _LatinThenPinyin()


def sort_keys(values: list[Any]) -> list[Any]:
    """Keys that sort values as a person expects: numbers by value, text by the language's
    collation (pinyin order in Chinese, digits as numbers), empty values last in a mixed column.
    In English, Latin text comes first, then Chinese text by pinyin.

    A column of text (the usual case) gets QCollator keys straight away: 10,000 names take a
    few milliseconds, where comparing through QString::localeAwareCompare per pair takes seconds.
    """
    text_key = _text_key()
    kinds = set(map(type, values))  # in C, not a comprehension over 10,000 values
    if kinds <= {str}:
        return list(map(text_key, values))
    if kinds <= {int, float}:
        return values
    keys: list[tuple[int, Any]] = []
    for v in values:
        if v is None or v == "":
            keys.append((3, 0))
        elif isinstance(v, str):
            keys.append((1, text_key(v)))
        elif isinstance(v, int | float):
            keys.append((0, v))
        else:  # dates, times: their ISO text sorts in time order
            keys.append((2, str(v)))
    return keys


_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, SORT_ROLE, ID_ROLE, SEARCH_ROLE))


class RecordTableModel(QAbstractTableModel):
    """A table over a list of frozen records; subclasses give headers, values and search text.

    The model sorts itself (`sorts_itself`): WordFilterProxy hands `sort()` over to it and only
    filters. The last sort is kept and applied again when the records are replaced.
    """

    sorts_itself = True

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Any] = []
        self._search: list[str | None] = []
        self._row_of_id: dict[int, int] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = self.headers()

    def headers(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def value(self, record: Any, column: int) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def search_text(self, record: Any) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def sort_values(self, column: int) -> list[Any]:
        """The SORT_ROLE value of every row in `column`; subclasses may compute them directly."""
        return [self.data(self.index(row, column), SORT_ROLE) for row in range(len(self._rows))]

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._search = [None] * len(self._rows)
        self._row_of_id = None
        if self._sort is not None:
            self._reorder(self._sorted_rows(*self._sort))
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._rows[row]

    def total_count(self) -> int:
        """Every row, shown or hidden by the filter (the page's "12 of 40 shown")."""
        return len(self._rows)

    def holds(self, record_id: int) -> bool:
        return self.row_of(record_id) is not None

    def row_of(self, record_id: int) -> int | None:
        if self._row_of_id is None:
            self._row_of_id = {r.id: i for i, r in enumerate(self._rows)}
        return self._row_of_id.get(record_id)

    def search_text_at(self, row: int) -> str:
        """The folded text the filter looks in, worked out the first time it is needed."""
        text = self._search[row]
        if text is None:
            text = self._search[row] = fold(self.search_text(self._rows[row]))
        return text

    # --- sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sort = (column, order)
        if len(self._rows) < 2:
            return
        self.layoutAboutToBeChanged.emit()
        new_order = self._sorted_rows(column, order)
        persistent = self.persistentIndexList()
        self._reorder(new_order)
        if persistent:
            new_row = [0] * len(new_order)
            for new, old in enumerate(new_order):
                new_row[old] = new
            self.changePersistentIndexList(
                persistent, [self.index(new_row[i.row()], i.column()) for i in persistent]
            )
        self.layoutChanged.emit()

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys: list[Any] = sort_keys(self.sort_values(column))
        return sorted(
            range(len(keys)), key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _reorder(self, new_order: list[int]) -> None:
        self._rows = [self._rows[i] for i in new_order]
        self._search = [self._search[i] for i in new_order]
        self._row_of_id = None

    # --- Qt's model API (called for every cell painted: kept lean)
    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        # QAbstractTableModel.index asks rowCount and columnCount each time; one call is enough.
        if 0 <= row < len(self._rows) and 0 <= column < len(self._headers) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def multiData(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N802
        self.fill_roles(index, span)

    def fill_roles(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role the view asks of a cell in one call, each through data() (so subclasses'
        colours and alignments count): one call from Qt per painted cell instead of seven."""
        data = self.data
        for item in (span,) if isinstance(span, QModelRoleData) else span:  # one, from Python
            item.setData(data(index, item.role()))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # A painted cell is asked for about seven roles; most are answered before the index
        # is looked at.
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        if role in (_DISPLAY, _TOOLTIP):
            value = self.value(self._rows[row], index.column())
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            value = self.value(self._rows[row], index.column())
            return "" if value is None else value
        if role == ID_ROLE:
            return self._rows[row].id
        if role == SEARCH_ROLE:
            return self.search_text_at(row)
        return None


class PagedTableModel(QAbstractTableModel):
    """A list of any length the Anki way (browser/table/model.py): the model holds the shown ids
    in order and reads rows a page at a time when the view first asks for them.

    Subclasses read through the services: `read_order(column, descending)` (every id, sorted),
    `read_matching(words)` (the ids whose text holds every word), `read_rows(ids)` and
    `read_total()`. Sorting and filtering happen in the book, not in a proxy; when the list is
    longer than SYNC_LIMIT, a sort that cannot use an index and every filter run through
    `run_later(read, apply)` (the page gives it run_query: the thread pool), and an answer
    that a newer request has overtaken is dropped. The view keeps its selection through both.

    An order the book keeps in an index (`cheap_order(column)`), with no filter typed, is not
    read whole: the model holds the count and windows of ids, WINDOW at a time, read for the
    first paint and as the view scrolls (`read_window(column, descending, offset, limit)`),
    and finds a record's row by asking the book (`read_position(record_id, column,
    descending)`). Opening the list then costs the same for 10,000 records as for 100,000. Any
    other order, and a filter, hold every id (sorting by collation and filtering by text read
    every row anyway).
    """

    sorts_itself = True
    filters_itself = True
    PAGE = 50  # rows read per query: a screenful and some
    WINDOW = 500  # ids read per query of an order kept in an index
    MAX_WINDOWS = 40  # windows kept (20,000 ids); the cache starts again past it
    MAX_CACHED = 3000  # rows kept; the cache starts again past it
    SYNC_LIMIT = 20_000

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._headers = self.headers()
        self._order: list[int] | None = []  # every id, in the current sort (None: windows)
        self._all: set[int] | None = None
        self._matched: set[int] | None = None  # None: no filter
        self._words: list[str] = []
        self._ids: list[int] | None = []  # the rows shown (None: read a window at a time)
        self._count = 0  # rows shown
        self._row_of_id: dict[int, int] | None = None
        self._windows: dict[int, list[int]] = {}  # window number → its ids
        self._found: dict[int, int | None] = {}  # id → row, from the windows read or asked
        self._window_sort: tuple[int, bool] = (0, False)  # the order the windows are read in
        self._cache: dict[int, Any] = {}
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._total = 0
        self._asked = {"order": 0, "filter": 0}
        self.loaded = False
        self.rows_read = 0  # rows fetched from the book since the model was made (tests count)
        self.ids_read = 0  # ids fetched from the book, in windows or whole orders (tests count)
        self.run_later: Callable[[Callable[[], Any], Callable[[Any], None]], None] | None = None

    # --- for subclasses
    def headers(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def value(self, row: Any, column: int) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def cheap_order(self, column: int) -> bool:
        """True when the book hands this column's order over from an index, a window at a
        time (read_window and read_position answer for it)."""
        return False

    def read_order(self, column: int, descending: bool) -> list[int]:  # pragma: no cover
        raise NotImplementedError

    def read_window(self, column: int, descending: bool, offset: int, limit: int,
                    anchor: tuple[int, int] | None = None,
                    ) -> list[int]:  # pragma: no cover - overridden with cheap_order
        """The ids at rows offset…offset+limit; `anchor` (row, id): the nearest id already read,
        for the book to walk its index from rather than from an end (the scroll bar dragged)."""
        raise NotImplementedError

    def read_position(self, record_id: int, column: int,
                      descending: bool) -> int | None:  # pragma: no cover - as read_window
        raise NotImplementedError

    def read_matching(self, words: list[str]) -> set[int]:  # pragma: no cover - overridden
        raise NotImplementedError

    def read_rows(self, ids: list[int]) -> list[Any]:  # pragma: no cover - overridden
        raise NotImplementedError

    def read_total(self) -> int:  # pragma: no cover - overridden
        raise NotImplementedError

    # --- loading
    def reload(self) -> None:
        """Read the list again (after a change): in an indexed order with no filter, only the
        count (windows are read as the view asks); else every id at once in name order or when
        the list is short, or the old order kept, new ids at its end, while the sort runs in the
        background."""
        column, order = self._sort
        self._total = self.read_total()
        if self.cheap_order(column) and not self._words:
            self.beginResetModel()
            self._cache.clear()
            self._set_windowed()
            self.endResetModel()
            self.loaded = True
            return
        slow = self._slow(column)
        fresh = self._read_order(0 if slow else column, False if slow else
                                 order == Qt.SortOrder.DescendingOrder)
        if slow and self.loaded and self._order is not None:
            keep = set(fresh)
            kept = [i for i in self._order if i in keep]
            known = set(kept)
            fresh = kept + [i for i in fresh if i not in known]
        matched = self._matched
        if self._words and not self._slow_filter():
            matched = self.read_matching(self._words)
        self.beginResetModel()
        self._cache.clear()
        self._set_order(fresh, matched)
        self.endResetModel()
        self.loaded = True
        if slow:
            self._request("order", lambda: self.read_order(column, order == Qt.SortOrder.DescendingOrder),
                          self._apply_order, cheap=False)
        if self._words and self._slow_filter():
            words = list(self._words)
            self._request("filter", lambda: (None, self.read_matching(words)), self._apply_filter,
                          cheap=False)

    def _read_order(self, column: int, descending: bool) -> list[int]:
        order = self.read_order(column, descending)
        self.ids_read += len(order)
        return order

    def _slow(self, column: int) -> bool:
        return not self.cheap_order(column) and self._total > self.SYNC_LIMIT

    def _slow_filter(self) -> bool:
        return self._total > self.SYNC_LIMIT

    def _request(self, kind: str, read: Callable[[], Any], apply: Callable[[Any], None],
                 *, cheap: bool) -> None:
        self._asked[kind] += 1
        if cheap or self.run_later is None:
            apply(read())
            return
        asked = self._asked[kind]

        def done(result: Any) -> None:
            if asked == self._asked[kind]:  # not overtaken by a newer sort or filter
                apply(result)

        self.run_later(read, done)

    def _forget_rows(self) -> None:
        self._row_of_id = None
        self._windows.clear()
        self._found.clear()

    def _set_order(self, order: list[int], matched: set[int] | None) -> None:
        self._order = order
        self._all = None
        self._matched = matched
        self._ids = order if matched is None else [i for i in order if i in matched]
        self._count = len(self._ids)
        self._forget_rows()

    def _set_windowed(self) -> None:
        """The current (indexed) order, every record shown, read a window at a time."""
        column, order = self._sort
        self._window_sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._order = self._ids = None
        self._all = self._matched = None
        self._count = self._total
        self._forget_rows()

    def _relayout(self, change: Callable[[], None]) -> None:
        """Show a new order or filter; selected and persistent rows follow their ids."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.id_at(p.row()) if 0 <= p.row() < self._count else None for p in persistent]
        change()
        moved = []
        for p, rid in zip(persistent, ids, strict=True):
            row = self.row_of(rid) if rid is not None else None
            moved.append(QModelIndex() if row is None else self.createIndex(row, p.column()))
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _apply_order(self, order: list[int]) -> None:
        self.ids_read += len(order)
        self._relayout(lambda: self._set_order(order, self._matched))

    def _apply_filter(self, found: tuple[list[int] | None, set[int]]) -> None:
        """A filter's answer: the ids matching, and every id in order when the list was read a
        window at a time (the filter keeps the matching ones of them)."""
        order, matched = found
        if self._order is None and order is not None:
            self.ids_read += len(order)
            self._order = order
        if self._order is not None:
            whole = self._order
            self._relayout(lambda: self._set_order(whole, matched))

    # --- sorting and filtering
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sort = (column, order)
        if not self.loaded:
            return
        if self.cheap_order(column) and not self._words:
            self._asked["order"] += 1  # a slower sort still on its way is overtaken
            self._relayout(self._set_windowed)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._request("order", lambda: self.read_order(column, descending), self._apply_order,
                      cheap=not self._slow(column))

    def set_filter_text(self, text: str) -> None:
        words = filter_words(text)
        if words == self._words:
            return
        self._words = words
        if not words:
            self._asked["filter"] += 1  # an answer still on its way is for an older filter
            if self._order is not None:
                whole = self._order
                self._relayout(lambda: self._set_order(whole, None))
            return
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        whole = self._order is None  # read a window at a time: the filter needs every id

        def read() -> tuple[list[int] | None, set[int]]:
            return (self.read_order(column, descending) if whole else None,
                    self.read_matching(words))

        self._request("filter", read, self._apply_filter, cheap=not self._slow_filter())

    # --- what the page asks
    def total_count(self) -> int:
        return self._total

    def holds(self, record_id: int) -> bool:
        """Whether the record is in the list, shown or hidden by the filter."""
        if self._order is None:  # read a window at a time: no filter, every record is shown
            return self.row_of(record_id) is not None
        if self._all is None:
            self._all = set(self._order)
        return record_id in self._all

    def row_of(self, record_id: int) -> int | None:
        if self._ids is not None:
            if self._row_of_id is None:
                self._row_of_id = {rid: i for i, rid in enumerate(self._ids)}
            return self._row_of_id.get(record_id)
        if record_id not in self._found:
            column, descending = self._window_sort
            row = self.read_position(record_id, column, descending)
            self._found[record_id] = row if row is not None and 0 <= row < self._count else None
        return self._found[record_id]

    def id_at(self, row: int) -> int | None:
        """The id shown at `row` (None: a window that came back short, the book having
        changed since it was counted; the change's reload follows)."""
        if self._ids is not None:
            return self._ids[row]
        number, at = divmod(row, self.WINDOW)
        ids = self._windows.get(number)
        if ids is None:
            ids = self._read_window(number)
        return ids[at] if at < len(ids) else None

    def _known_id(self, row: int) -> int | None:
        """The id at `row` when it is at hand (no window read for it)."""
        if not 0 <= row < self._count:
            return None
        if self._ids is not None:
            return self._ids[row]
        number, at = divmod(row, self.WINDOW)
        ids = self._windows.get(number, ())
        return ids[at] if at < len(ids) else None

    def _read_window(self, number: int) -> list[int]:
        if len(self._windows) >= self.MAX_WINDOWS:
            self._forget_rows()
        column, descending = self._window_sort
        offset = number * self.WINDOW
        ids = self.read_window(column, descending, offset, min(self.WINDOW, self._count - offset),
                               self._anchor(number))
        self.ids_read += len(ids)
        self._windows[number] = ids
        for row, rid in enumerate(ids, offset):
            self._found[rid] = row
        return ids

    def _anchor(self, number: int) -> tuple[int, int] | None:
        """(row, id) of the read id nearest to window `number`: the last of a window before
        it or the first of one after it."""
        if not self._windows:
            return None
        near = min(self._windows, key=lambda n: abs(n - number))
        ids = self._windows[near]
        if not ids:
            return None
        if near < number:
            return near * self.WINDOW + len(ids) - 1, ids[-1]
        return near * self.WINDOW, ids[0]

    def record(self, row: int) -> Any:
        """The row's record, read with its page when it is not in the cache (None: deleted since
        the ids were read; the change's reload takes it away)."""
        rid = self.id_at(row)
        if rid is None:
            return None
        found = self._cache.get(rid)
        if found is None:
            self._fetch_page(row)
            found = self._cache.get(rid)
        return found

    def _fetch_page(self, row: int) -> None:
        """The rows from `row` on, or up to it when the row below is read (the view scrolls up):
        a screenful and some, each row once."""
        below = self._known_id(row + 1)
        start = max(0, row - self.PAGE + 1) if below in self._cache else row
        end = min(self._count, start + self.PAGE)
        if self._ids is not None:
            ids = self._ids[start:end]
        else:
            ids = [rid for r in range(start, end) if (rid := self.id_at(r)) is not None]
        wanted = [i for i in ids if i not in self._cache]
        if len(self._cache) + len(wanted) > self.MAX_CACHED:
            self._cache.clear()
        got = self.read_rows(wanted)
        self.rows_read += len(got)
        for record in got:
            self._cache[record.id] = record

    # --- Qt's model API
    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        if 0 <= row < self._count and 0 <= column < len(self._headers) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == _DISPLAY
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def multiData(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N802
        self.fill_roles(index, span)

    def fill_roles(self, index: Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """A painted cell's roles in one call: the text worked out once, only the roles the
        model answers (_ANSWERED) set; the others stay empty, as data() leaves them (a paged
        model answers no colour or font role)."""
        text = None
        for item in (span,) if isinstance(span, QModelRoleData) else span:
            role = item.role()
            if role in (_DISPLAY, _TOOLTIP):
                if text is None:
                    text = self.data(index, _DISPLAY)
                item.setData(text)
            elif role in _ANSWERED:
                item.setData(self.data(index, role))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or role == SEARCH_ROLE:
            return None
        row = index.row()
        if not 0 <= row < self._count:
            return None
        if role == ID_ROLE:
            return self.id_at(row)
        record = self.record(row)
        if record is None:
            return None
        value = self.value(record, index.column())
        if role == SORT_ROLE:
            return "" if value is None else value
        return "" if value is None else str(value)


class PagedProxy(QIdentityProxyModel):
    """What the list pages put between a PagedTableModel and its view: rows as they are (the
    model sorts and filters in the book), the filter line's text handed to the model, and a
    painted cell's roles in one call."""

    def set_filter_text(self, text: str) -> None:
        self.sourceModel().set_filter_text(text)

    def multiData(  # noqa: N802 - Qt API
        self, index: QModelIndex | QPersistentModelIndex, span: QModelRoleDataSpan | QModelRoleData
    ) -> None:
        self.sourceModel().fill_roles(self.mapToSource(index), span)
