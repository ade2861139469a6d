"""The Partners page: who brings deals, what they are owed, when they last heard from you.

Left: the partners list (filter as you type). Right: the selected partner's details and
commission policy (editable), their deals, their fees (record a payment, waive), and what you
gave them. "Progress update…" makes the text or PDF they are sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import FieldError
from desktop.domain.partners import FeeRecord, PartnerRecord
from desktop.services import phones
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import settings as opt
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.dates import DATE_FORMAT
from desktop.ui.forms import ValidatedForm, ask_keep_edits
from desktop.ui.lists import filter_line, list_column, record_table
from desktop.ui.models import ID_ROLE
from desktop.ui.operations import run_op
from desktop.ui.partners.dialogs import (
    MarkPartnerDialog,
    PaymentDialog,
    ReportDialog,
    UpdateDialog,
    error_text,
    pydate,
    qdate,
)
from desktop.ui.partners.models import (
    FeeTableModel,
    GivenTableModel,
    PartnerTableModel,
    ReferredDealModel,
)
from desktop.ui.settings import Settings
from desktop.ui.undo import push_write

WATCH = (changes.PARTNERS, changes.DEALS, changes.CONTACTS, changes.COMPANIES, changes.NOTES)


class PolicyForm(ValidatedForm):
    """What the partner does, whom they reach, and their commission policy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_line("offering", self.tr("What they sell or do"), self.tr("e.g. ERP sales, consulting"))
        self.add_line("reach_industries", self.tr("Industries they reach"), self.tr("Separated by commas"))
        self.add_line("reach_companies", self.tr("Companies they reach"), self.tr("Separated by commas"))
        self.add_line("city", self.tr("City"))
        kinds = [
            (self.tr("None"), "none"),
            (self.tr("Fixed amount"), "fixed"),
            (self.tr("Percent of the amount"), "percent"),
        ]
        self.add_combo("finder_fee_kind", self.tr("Finder's fee (deal accepted)"), kinds)
        self.add_line("finder_fee_value", self.tr("Finder's fee: amount or %"), self.tr("e.g. 5000 or 5"))
        self.add_combo("success_fee_kind", self.tr("Success fee (deal won)"), kinds)
        self.add_line("success_fee_value", self.tr("Success fee: amount or %"), self.tr("e.g. 20000 or 5"))
        self.add_combo("success_fee_on", self.tr("Success fee falls due"), [
            (self.tr("On signing (the deal is won)"), "signing"),
            (self.tr("On collection (follows the money received)"), "collection"),
        ])
        self.add_text("remarks", self.tr("Notes (only for you)"))


class PartnersPage(QWidget):
    KIND = "partner"

    def __init__(
        self, services: Services, bus: Bus, undo_stack: QUndoStack, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.bus, self.undo_stack, self.settings = services, bus, undo_stack, settings
        self.current: PartnerRecord | None = None
        self._dirty = False
        left = self._build_list()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.tabs.addTab(self._build_deals(), self.tr("Deals"))
        self.tabs.addTab(self._build_fees(), self.tr("Fees"))
        self.tabs.addTab(self._build_given(), self.tr("Given"))
        right = self.right = self._build_right()

        # Partners are few (tens) and their rows wide: the list on top, the partner below it.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 460])
        QVBoxLayout(self).addWidget(self.splitter)
        bus.changed.connect(lambda kinds: self.reload() if kinds & set(WATCH) else None)
        self.reload()
        self._show(None)

    def _build_list(self) -> QWidget:
        """The partners, the filter, Add/Remove/Report, and how long before a reminder."""
        self.model = PartnerTableModel(self)
        self.table, self.proxy = record_table(self, self.model, "table")
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.filter_edit = filter_line(
            self, self.proxy, self.tr("Filter by name, what they do, city, industry… (Ctrl+F)"))
        self.add_button = QPushButton(self.tr("Add partner…"), self)
        self.add_button.clicked.connect(self.new_record)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.report_button = QPushButton(self.tr("Report…"), self)
        self.report_button.clicked.connect(lambda: ReportDialog(self.services, self).exec())
        self.days = QSpinBox(self)
        self.days.setObjectName("update_days")
        self.days.setRange(1, 365)
        self.days.setValue(self.settings.get(opt.PARTNER_UPDATE_DAYS))
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(self._on_days)
        remind = QHBoxLayout()
        remind.addWidget(QLabel(self.tr("On Today, remind me of partners who have heard nothing for"), self))
        remind.addWidget(self.days)
        remind.addStretch(1)
        buttons = [self.add_button, self.remove_button, self.report_button]
        return list_column(self, self.filter_edit, buttons, self.table, remind)

    def _build_details(self) -> QWidget:
        """The partner's policy form with Revert and Save (scrolls when the window is short)."""
        self.form = PolicyForm(self)
        self.form.edited.connect(lambda: self._set_dirty(True))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)  # as on every page with a form
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(lambda: self._show(self.current))
        details = QWidget(self)
        dl = QVBoxLayout(details)
        dl.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        dl.addLayout(row)
        dl.addStretch(1)
        scroll = QScrollArea(self)  # the form may shrink with the window instead of holding it up
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)
        return scroll

    def _build_deals(self) -> QWidget:
        self.deals_model = ReferredDealModel(self)
        self.deals_view = record_table(self, self.deals_model, "deals")[0]
        self.deals_view.doubleClicked.connect(lambda i: self.bus.open("deal", i.data(ID_ROLE)))
        return self.deals_view

    def _build_fees(self) -> QWidget:
        """The partner's fees with Back to due, Waive and Record payment."""
        self.fees_model = FeeTableModel(self)
        self.fees_view = record_table(self, self.fees_model, "fees")[0]
        self.pay_button = QPushButton(self.tr("Record payment…"), self)
        self.pay_button.setObjectName("pay")
        self.pay_button.clicked.connect(self.pay_selected)
        self.waive_button = QPushButton(self.tr("Waive"), self)
        self.waive_button.clicked.connect(self.waive_selected)
        self.undo_fee_button = QPushButton(self.tr("Back to due"), self)
        self.undo_fee_button.clicked.connect(self.reopen_selected)
        fees = QWidget(self)
        fl = QVBoxLayout(fees)
        fl.addWidget(self.fees_view, 1)
        fb = QHBoxLayout()
        fb.addStretch(1)
        for b in (self.undo_fee_button, self.waive_button, self.pay_button):
            fb.addWidget(b)
        fl.addLayout(fb)
        return fees

    def _build_given(self) -> QWidget:
        """What was given to the partner, and a line to add to it."""
        self.given_model = GivenTableModel(self)
        self.given_view = record_table(self, self.given_model, "given")[0]
        self.given_day = QDateEdit(qdate(self.services.clock().date()), self)
        self.given_day.setCalendarPopup(True)
        self.given_day.setDisplayFormat(DATE_FORMAT)
        self.given_text = QLineEdit(self)
        self.given_text.setObjectName("given_text")
        self.given_text.setPlaceholderText(self.tr("e.g. referred a customer back, introduction, dinner"))
        self.given_text.returnPressed.connect(self.add_given)
        add_given = QPushButton(self.tr("Add"), self)
        add_given.clicked.connect(self.add_given)
        given = QWidget(self)
        gl = QVBoxLayout(given)
        gl.addWidget(self.given_view, 1)
        gb = QHBoxLayout()
        gb.addWidget(self.given_day)
        gb.addWidget(self.given_text, 1)
        gb.addWidget(add_given)
        gl.addLayout(gb)
        return given

    def _build_right(self) -> QWidget:
        """The partner's name, Progress update…, and the tabs."""
        self.title = QLabel(self)
        self.title.setObjectName("form_title")
        self.title.setStyleSheet(style.TITLE)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.update_button = QPushButton(self.tr("Progress update…"), self)
        self.update_button.setObjectName("progress_update")
        self.update_button.clicked.connect(self.open_update)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 8, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.update_button)
        rl.addLayout(head)
        rl.addWidget(self.subtitle)
        rl.addWidget(self.tabs, 1)
        return right

    # --- list
    def reload(self) -> None:
        self.model.set_records(self.services.partners.list())
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(
            PartnerTableModel.OFFERING, min(260, self.table.columnWidth(PartnerTableModel.OFFERING))
        )
        if self.current is not None and self.model.row_of(self.current.id) is not None:
            self.select_id(self.current.id, refill=not self._dirty)
        elif self.current is not None:
            self._show(None)

    def select_id(self, partner_id: int, refill: bool = True) -> bool:
        row = self.model.row_of(partner_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(index)
        if refill:
            self._show(self.services.partners.get(partner_id))
        else:
            self._fill_lists(partner_id)
        return True

    open_record = select_id

    def _on_current(self, current, _previous) -> None:  # noqa: ANN001
        if not current.isValid() or (self.current and current.data(ID_ROLE) == self.current.id):
            return
        if not self.maybe_keep_edits():
            self.select_id(self.current.id, refill=False)  # type: ignore[union-attr]
            return
        self._show(self.services.partners.get(current.data(ID_ROLE)))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    # --- the selected partner
    def _show(self, p: PartnerRecord | None) -> None:
        self.current = p
        self.right.setEnabled(p is not None)
        self.remove_button.setEnabled(p is not None)
        f = self.form
        f._loading = True
        try:
            for name in (
                "offering",
                "reach_industries",
                "reach_companies",
                "city",
                "remarks",
                "finder_fee_kind",
                "success_fee_kind",
            ):
                f.set_text(name, getattr(p, name) if p else ("none" if name.endswith("kind") else ""))
            f.set_text("success_fee_on", p.success_fee_on if p else "signing")
            for name in ("finder_fee_value", "success_fee_value"):
                value = getattr(p, name) if p else 0
                f.set_text(name, f"{value:g}" if value else "")
        finally:
            f._loading = False
        f.clear_errors()
        self.title.setText(p.name if p else self.tr("Choose a partner, or add one"))
        bits = (
            [
                b
                for b in (
                    p.title,
                    p.company_name,
                    phones.display(p.mobile),
                    p.wechat and self.tr("WeChat %1").replace("%1", p.wechat),
                )
                if b
            ]
            if p
            else []
        )
        self.subtitle.setText(" · ".join(bits))
        self._fill_lists(p.id if p else None)
        self._set_dirty(False)

    def _fill_lists(self, partner_id: int | None) -> None:
        has = partner_id is not None
        self.deals_model.set_records(self.services.partners.deals(partner_id) if has else [])
        self.fees_model.set_records(self.services.partners.fees(partner_id) if has else [])
        self.given_model.set_records(self.services.partners.given(partner_id) if has else [])
        for view in (self.deals_view, self.fees_view, self.given_view):
            view.resizeColumnsToContents()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def maybe_keep_edits(self) -> bool:
        if not self._dirty:
            return True
        return ask_keep_edits(
            self, self.tr("Unsaved changes"),
            self.tr("Save your changes to “%1”?").replace("%1", self.title.text()), self.save)

    def save(self) -> bool:
        if self.current is None:
            return False
        f = self.form
        values = {n: f.text(n) for n in ("offering", "reach_industries", "reach_companies", "city", "remarks")}
        record = replace(
            self.current,
            **values,
            finder_fee_kind=f.fields["finder_fee_kind"].currentData(),  # type: ignore[attr-defined]
            success_fee_kind=f.fields["success_fee_kind"].currentData(),
            success_fee_on=f.fields["success_fee_on"].currentData(),
        )  # type: ignore[attr-defined]
        errors = []
        for name in ("finder_fee_value", "success_fee_value"):
            text = f.text(name).strip().replace("%", "").replace(",", "")
            try:
                record = replace(record, **{name: float(text) if text else 0.0})
            except ValueError:
                errors.append(name)
        def invalid(errs: list[FieldError]) -> None:
            f.show_errors(errs)
            for e in errs:
                if e.field in f.errors:
                    f.errors[e.field].setText(error_text(e))

        if errors:
            invalid([FieldError(n, "amount_invalid") for n in errors])
            return False
        before, done = self.current, []

        def saved_now(saved: PartnerRecord) -> None:
            done.append(saved)
            self.current = saved
            self._set_dirty(False)

        if not run_op(self, partial(self.services.partners.save, record), bus=self.bus,
                      on_success=saved_now, on_invalid=invalid):
            return False
        saved = done[0]
        if before != saved:
            partners = self.services.partners
            push_write(self.undo_stack, self.tr("Edit “%1”").replace("%1", saved.name),
                       run=self._run_put_back, undo=lambda: partners.save(before),
                       redo=lambda: partners.save(saved))
        return True

    def _run_put_back(self, write) -> bool:
        """Undo or redo a saved edit; the form shows the partner as they now are."""
        def shown(record: PartnerRecord) -> None:
            if self.current is not None and self.current.id == record.id and not self._dirty:
                self.select_id(record.id)

        return run_op(self, write, bus=self.bus, changes=(changes.PARTNERS,), on_success=shown,
                      on_invalid=lambda _errors: self.bus.announce(changes.PARTNERS))

    # --- actions
    def new_record(self) -> None:
        if not self.maybe_keep_edits():
            return
        dialog = MarkPartnerDialog(self.services, self)
        if dialog.exec() and dialog.partner_id is not None:
            self.bus.announce(changes.PARTNERS, changes.CONTACTS)
            self.select_id(dialog.partner_id)
            self.tabs.setCurrentIndex(0)
            # undo takes the partner away, and the contact too when Add partner… made it
            partners, partner_id, made = self.services.partners, dialog.partner_id, dialog.made_contact
            name = partners.get(partner_id).name
            push_write(self.undo_stack, self.tr("Add partner “%1”").replace("%1", name), run=self._run_undo,
                       undo=partial(partners.delete, partner_id, with_contact=made),
                       redo=partial(partners.restore, partner_id, with_contact=made))

    def remove_current(self) -> None:
        if self.current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove partner"),
            self.tr(
                "“%1” will no longer be a partner. The contact, their deals and fees stay. "
                "You can undo this with Ctrl+Z."
            ).replace("%1", self.current.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from desktop.ui.partners.commands import RemovePartnerCommand

        partner_id, name = self.current.id, self.current.name
        if run_op(self, partial(self.services.partners.delete, partner_id), bus=self.bus):
            self._set_dirty(False)
            self.undo_stack.push(RemovePartnerCommand(self, partner_id, name))
            self._show(None)

    def _run_undo(self, action: Callable[[], object]) -> bool:
        """Undo or redo of Add partner…; a refusal is said in words (nothing changed)."""
        return run_op(self, action, bus=self.bus, on_invalid=lambda errors: QMessageBox.warning(
            self, self.tr("Not undone"), error_text(errors[0])))

    def write(self, action: Callable[[], object], kinds: tuple[str, ...] | None = None) -> bool:
        """A write from this page's buttons through run_op; a refusal ("not due") in a message.
        `kinds`: what a lambda changes (a service method declares it itself)."""
        return run_op(self, action, bus=self.bus, changes=kinds, on_invalid=lambda errors: QMessageBox.warning(
            self, self.tr("Not done"), error_text(errors[0])))

    def selected_fee(self):  # noqa: ANN201
        index = self.fees_view.currentIndex()
        if not index.isValid():
            return None
        row = self.fees_view.model().mapToSource(index).row()  # type: ignore[attr-defined]
        return self.fees_model.record(row)

    def pay_selected(self) -> None:
        fee = self.selected_fee()
        if fee is not None and fee.status == "due":
            before = self.services.partners.deal_fees(fee.deal_id)
            if PaymentDialog(self.services, fee, self).exec():
                self.bus.announce(changes.PARTNERS)
                self._push_fees(fee, before, self.tr("Record payment: %1"))

    def waive_selected(self) -> None:
        fee = self.selected_fee()
        if fee is not None:
            self._fee_write(fee, partial(self.services.partners.waive, fee.id), self.tr("Waive: %1"))

    def reopen_selected(self) -> None:
        fee = self.selected_fee()
        if fee is not None and fee.status in ("paid", "waived"):
            self._fee_write(fee, partial(self.services.partners.reopen_fee, fee.id),
                            self.tr("Back to due: %1"))

    def _fee_write(self, fee: FeeRecord, action: Callable[[], object], label: str) -> bool:
        """A payment, waiver or fee back to due: one undoable action."""
        before = self.services.partners.deal_fees(fee.deal_id)
        if not self.write(action):
            return False
        self._push_fees(fee, before, label)
        return True

    def _push_fees(self, fee: FeeRecord, before: tuple[FeeRecord, ...], label: str) -> None:
        """Undo puts the deal's fees back as they were before the action; redo as after it."""
        partners = self.services.partners
        after = partners.deal_fees(fee.deal_id)
        push_write(self.undo_stack, label.replace("%1", fee.deal_title), run=self.write,
                   undo=partial(partners.put_back_fees, fee.deal_id, before),
                   redo=partial(partners.put_back_fees, fee.deal_id, after))

    def add_given(self) -> None:
        if self.current is None:
            return
        partner_id, text, when = self.current.id, self.given_text.text(), pydate(self.given_day.date())
        partners, added = self.services.partners, []
        write = partial(self.write, kinds=(changes.PARTNERS,))
        if write(lambda: added.append(partners.add_given(partner_id, when, text))):
            self.given_text.clear()
            # redo adds the line again (a new row): undo then takes that one away
            push_write(self.undo_stack, self.tr("Given: %1").replace("%1", added[0].description),
                       run=write, undo=lambda: partners.remove_given(added[-1].id),
                       redo=lambda: added.append(partners.add_given(partner_id, when, text)))

    def open_update(self) -> None:
        if self.current is not None:
            dialog = UpdateDialog(self.services, self.current.id, self)
            dialog.exec()
            if dialog.recorded:
                self.bus.announce(changes.PARTNERS)

    def _on_days(self, value: int) -> None:
        self.settings.set(opt.PARTNER_UPDATE_DAYS, value)
        self.bus.announce(changes.SETTINGS)
