"""The Reports page: a period, its key figures beside the previous period's, and one section per
report (a chart with its tables). Every bar, point and row opens the deals behind it; every table
exports as CSV; the whole set prints as the business review PDF.

The book is read on the thread pool (`run_query`): on a large book a report page is more than a
frame of work. The page reloads when it is shown after a change, never while hidden. The first
read leaves out the notes and visits (the key figures count the notes in SQL): only the Activity
section and the business review need them, and they are read when one of those is asked for
(two periods' notes were most of the page's first read on a veteran's book, issue 20).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDir, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.reports.overview import ReportSet
from desktop.domain.reports.period import Period, Preset, preset_period
from desktop.domain.reports.tables import Kind, Table, headline
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.dates import date_text
from desktop.ui.i18n import current_language
from desktop.ui.operations import run_query
from desktop.ui.reports.chart import ChartWidget
from desktop.ui.reports.deals_dialog import DealsBehindDialog
from desktop.ui.reports.models import ReportTableModel
from desktop.ui.reports.sections import SECTIONS, ReportSection
from desktop.ui.security.exports import Agreed, plain_export_ok
from desktop.ui.views import read_only_rows

DEFAULT_PRESET = Preset.THIS_QUARTER
WATCHED = {changes.DEALS, changes.STAGES, changes.NOTES, changes.COMPANIES, changes.PARTNERS}


RECEIVABLES = "receivables"
ACTIVITY = "activity"  # the one section that needs the notes and visits


class ReportTableView(QTableView):
    """A report table that is as tall as its rows (the page scrolls, not each table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        read_only_rows(self, stretch=None)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setModel(self, model) -> None:  # noqa: ANN001, N802
        """The first text column (a name, a deal) takes the spare width; numbers stay compact."""
        super().setModel(model)
        table = getattr(model, "table", None)
        if table is None or not table.columns:
            return
        text = [i for i, c in enumerate(table.columns) if c.kind == Kind.TEXT
                and not (i > 0 and table.rows and table.rows[0].kind is not None)]
        stretch = text[0] if text else len(table.columns) - 1
        self.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def fit_height(self) -> None:
        rows = self.model().rowCount() if self.model() else 0
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(rows))
        self.setFixedHeight(height + 2 * self.frameWidth() + (4 if rows else 8))


class ReportsPage(QWidget):
    def __init__(self, services: Services, bus, parent: QWidget | None = None,  # noqa: ANN001
                 *, agreed: Agreed | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.agreed = agreed if agreed is not None else Agreed()  # the session's, from the window
        self.bus = bus
        self.reports: ReportSet | None = None
        self.period = preset_period(DEFAULT_PRESET, services.reports.today())
        self.sections: list[ReportSection] = list(SECTIONS)
        self.dirty = True
        self.loading = False
        self.deals_dialog: DealsBehindDialog | None = None
        self.table_views: list[tuple[ReportTableView, ReportTableModel]] = []

        # --- top bar: period, compared with, weekly report, business review
        self.preset = QComboBox(self)
        self.preset.setObjectName("report_period")
        for preset, text in ((Preset.THIS_MONTH, self.tr("This month")), (Preset.THIS_QUARTER, self.tr("This quarter")),
                             (Preset.THIS_YEAR, self.tr("This year")), (Preset.LAST_QUARTER, self.tr("Last quarter")),
                             (Preset.LAST_12_MONTHS, self.tr("Last 12 months")), (Preset.CUSTOM, self.tr("Custom…"))):
            self.preset.addItem(text, preset.value)
        self.preset.setCurrentIndex(self.preset.findData(DEFAULT_PRESET.value))
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._custom_changed)
        self.compared = QLabel(self)
        self.compared.setObjectName("compared_with")
        self.compared.setStyleSheet(style.SECONDARY_TEXT)
        self.weekly_button = QPushButton(self.tr("&Weekly report…"), self)
        self.review_button = QPushButton(self.tr("Business review &PDF…"), self)
        self.weekly_button.clicked.connect(self.open_weekly)
        self.review_button.clicked.connect(self.save_review)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.preset)
        bar.addWidget(self.start_edit)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.end_edit)
        bar.addWidget(self.compared, 1)
        bar.addWidget(self.weekly_button)
        bar.addWidget(self.review_button)
        self._dash = bar.itemAt(3).widget()

        # --- key figures beside the previous period
        self.figures = QFrame(self)
        self.figures.setObjectName("report_figures")
        self.figures.setStyleSheet(style.panel("#report_figures", style.PANEL_BG))
        self.figures_grid = QGridLayout(self.figures)
        self.figures_grid.setContentsMargins(12, 8, 12, 8)
        self.figure_labels: list[tuple[QLabel, QLabel, QLabel]] = []

        # --- sections: a list on the left, the chosen one on the right
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("report_sections")
        self.section_list.setFixedWidth(170)
        for section in self.sections:
            item = QListWidgetItem(section.title(), self.section_list)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
        self.section_list.currentRowChanged.connect(lambda _row: self.show_section())
        self.title = QLabel(self)
        self.title.setStyleSheet(style.SECTION_TITLE)
        self.chart = ChartWidget(self)
        self.chart.setObjectName("report_chart")
        self.chart.activated.connect(self.open_chart_index)
        self.status = QLabel(self)
        self.status.setStyleSheet(style.SECONDARY_TEXT)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.status)
        self.body_layout.addWidget(self.chart)
        self.tables_box = QVBoxLayout()
        self.body_layout.addLayout(self.tables_box)
        self.body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.scroll = scroll
        # Receivables (money still to come, as of today rather than over the period): the last
        # section, its own view (desktop/ui/money/receivables.py).
        from desktop.ui.money.receivables import ReceivablesPage

        self.receivables = ReceivablesPage(services, bus, self)
        self.receivables.setObjectName("report_receivables")
        item = QListWidgetItem(self.receivables.title(), self.section_list)
        item.setData(Qt.ItemDataRole.UserRole, RECEIVABLES)
        self.body_stack = QStackedWidget(self)
        self.body_stack.addWidget(scroll)
        self.body_stack.addWidget(self.receivables)
        lower = QHBoxLayout()
        lower.addWidget(self.section_list)
        lower.addWidget(self.body_stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.figures)
        layout.addLayout(lower, 1)

        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.bus.changed.connect(self._on_changed)
        self._set_dates(self.period)
        self._show_custom(False)
        self.section_list.setCurrentRow(0)

    # --- period
    def _show_custom(self, shown: bool) -> None:
        for widget in (self.start_edit, self.end_edit, self._dash):
            widget.setVisible(shown)

    def _set_dates(self, period: Period) -> None:
        for edit, day in ((self.start_edit, period.start), (self.end_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _preset_changed(self) -> None:
        preset = Preset(self.preset.currentData())
        self._show_custom(preset == Preset.CUSTOM)
        if preset != Preset.CUSTOM:
            self.set_period(preset_period(preset, self.services.reports.today()))

    def _custom_changed(self) -> None:
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        if end < start:
            self.status.setText(self.tr("The period ends before it starts."))
            return
        self.set_period(Period(start, end))

    def set_preset(self, preset: Preset) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset.value))

    def set_period(self, period: Period) -> None:
        self.period = period
        self._set_dates(period)
        self.reload()

    # --- loading
    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if self.dirty:
            self.reload()

    def _on_changed(self, kinds: frozenset) -> None:
        if kinds & WATCHED:
            self.dirty = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self.dirty = False
        self.loading = True
        self.status.setText(self.tr("Counting…"))
        period = self.period
        run_query(self, lambda: self.services.reports.overview(period, activity_too=False),
                  self._loaded)

    def _read_activity(self) -> None:
        """Read the whole set, notes and visits too, for the Activity section."""
        if self.loading:
            return  # the answer on its way is read again when it comes
        self.loading = True
        self.status.setText(self.tr("Counting…"))
        period = self.period
        run_query(self, lambda: self.services.reports.overview(period), self._loaded)

    def _loaded(self, reports: ReportSet) -> None:
        if reports.period != self.period:
            return  # an older period's answer arriving late: the newer one is on its way
        self.loading = False
        self.reports = reports
        previous = reports.previous
        words = self.tr("%1 – %2, compared with %3 – %4")
        for marker, day in (("%1", reports.period.start), ("%2", reports.period.end),
                            ("%3", previous.start), ("%4", previous.end)):
            words = words.replace(marker, date_text(day))
        self.compared.setText(words)
        self._fill_figures(headline(reports, current_language()))
        self.show_section()

    def _fill_figures(self, table: Table) -> None:
        """Each key figure: its name, this period's value, the previous period's (row i of the
        headline table in column i of the strip)."""
        language = current_language()
        while len(self.figure_labels) < len(table.rows):
            column = len(self.figure_labels)
            name, value, before = QLabel(self.figures), QLabel(self.figures), QLabel(self.figures)
            value.setObjectName(f"figure_{column}")
            value.setStyleSheet(style.KEY_FIGURE)
            for label in (name, before):
                label.setStyleSheet(style.SECONDARY_TEXT)
            for line, label in enumerate((name, value, before)):
                self.figures_grid.addWidget(label, line, column)
            self.figure_labels.append((name, value, before))
        for i, (name, value, before) in enumerate(self.figure_labels):
            name.setText(str(table.rows[i].cells[0]))
            value.setText(table.text(i, 1, language))
            before.setText(self.tr("previous: %1").replace("%1", table.text(i, 2, language)))

    # --- a section
    def current_section(self) -> ReportSection:
        return self.sections[max(0, self.section_list.currentRow())]

    def show_section(self, key: str | None = None) -> None:
        if key is not None:
            keys = [s.key for s in self.sections] + [RECEIVABLES]
            self.section_list.setCurrentRow(keys.index(key))
            return
        if self.section_list.currentRow() >= len(self.sections):  # Receivables
            self.body_stack.setCurrentWidget(self.receivables)
            self.receivables.reload()
            return
        self.body_stack.setCurrentWidget(self.scroll)
        section = self.current_section()
        self.title.setText(section.title())
        if self.reports is None:
            return
        if section.key == ACTIVITY and not self.reports.activity_read:
            self.chart.set_chart(None, current_language())
            self._fill_tables([], current_language())
            self._read_activity()
            return
        language = current_language()
        if not self.loading:
            self.status.setText(self.tr("Click a bar, a point or a row to see the deals behind it."))
        self.chart.set_chart(section.chart(self.reports, language), language)
        self._fill_tables(section.tables(self.reports, language), language)

    def _fill_tables(self, tables: list[Table], language: str) -> None:
        while self.tables_box.count():
            item = self.tables_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.table_views = []
        for table in tables:
            box = QWidget(self.body)
            box.setObjectName(f"table_{table.key}")
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 8, 0, 0)
            head = QHBoxLayout()
            title = QLabel(f"<b>{table.title}</b>", box)
            export = QPushButton(self.tr("Export CSV…"), box)
            export.setObjectName(f"export_{table.key}")
            export.clicked.connect(lambda _checked=False, t=table: self.export_csv(t))
            head.addWidget(title, 1)
            head.addWidget(export)
            lay.addLayout(head)
            model = ReportTableModel(box)
            model.set_table(table, language)
            view = ReportTableView(box)
            view.setObjectName(f"view_{table.key}")
            view.setModel(model)
            view.activated.connect(lambda index, t=table: self.open_row(t, index.row()))
            view.doubleClicked.connect(lambda index, t=table: self.open_row(t, index.row()))
            lay.addWidget(view)
            if not table.rows:
                empty = QLabel("—", box)
                empty.setStyleSheet(style.SECONDARY_TEXT)
                lay.addWidget(empty)
                view.hide()
            for note in table.notes:
                label = QLabel(f"* {note}", box)
                label.setWordWrap(True)
                label.setStyleSheet(style.SECONDARY_TEXT)
                lay.addWidget(label)
            self.tables_box.addWidget(box)
            view.fit_height()  # one line per row (no word wrap): no resizeRowsToContents needed
            self.table_views.append((view, model))

    # --- the deals behind a figure
    def open_chart_index(self, index: int) -> None:
        chart = self.chart.chart
        if chart is None or not 0 <= index < len(chart.deal_ids):
            return
        self.show_deals(f"{chart.title} · {chart.categories[index]}", chart.deal_ids[index])

    def open_row(self, table: Table, row: int) -> None:
        if 0 <= row < len(table.rows):
            self.show_deals(f"{table.title} · {table.text(row, 0, current_language())}", table.rows[row].deal_ids)

    def show_deals(self, title: str, deal_ids: tuple[int, ...]) -> None:
        if self.reports is None:
            return
        by_id = {d.id: d for d in self.reports.book.deals}
        deals = [by_id[i] for i in deal_ids if i in by_id]
        if self.deals_dialog is None:
            self.deals_dialog = DealsBehindDialog(self.bus, self)
        self.deals_dialog.show_deals(title, deals, self.reports.book, current_language())
        self.deals_dialog.show()
        self.deals_dialog.raise_()

    # --- files
    def export_csv(self, table: Table) -> None:
        if not plain_export_ok(self, self.services.book.passphrase is not None, self.agreed):
            return
        suggested = f"{QDir.homePath()}/{table.title}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), suggested, self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv_to(table, Path(path))

    def export_csv_to(self, table: Table, path: Path) -> bool:
        from desktop.services.reports import export_table_csv

        try:
            export_table_csv(table, current_language(), path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("Could not write %1: %2")
                                .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        return True

    def save_review(self) -> None:
        if self.reports is None:
            return
        name = self.tr("Business review") + f" {self.period.start.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the business review"),
                                              f"{QDir.homePath()}/{name}", self.tr("PDF files (*.pdf)"))
        if path:
            self.save_review_to(Path(path))

    def save_review_to(self, path: Path, on_done=None) -> None:  # noqa: ANN001
        from desktop.documents.business_review import render_review

        reports, language, services = self.reports, current_language(), self.services

        def render() -> bytes:
            whole = reports if reports.activity_read else services.reports.overview(reports.period)
            return render_review(whole, language, path)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                QMessageBox.warning(self, self.tr("Not saved"), self.tr("Could not write %1: %2")
                                    .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            else:
                raise exc

        run_query(self, render, lambda _data: on_done() if on_done else None, on_failed=failed)

    def open_weekly(self) -> None:
        from desktop.ui.reports.weekly_dialog import WeeklyReportDialog

        dialog = WeeklyReportDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.weekly_dialog = dialog
        dialog.open()


