"""The deal page's "Money" tab: the contract, its payment plan, the payments received, the
invoices, the balance, and the deal's files. Every write is one service call; a payment can be
taken back with Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.contracts import ContractRecord, DealMoney, InstalmentRecord, InvoiceRecord
from desktop.domain.deals import DealRecord
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.money import InstalmentStatus
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.dates import date_text
from desktop.ui.deals.panel import RowTable
from desktop.ui.models import ID_ROLE
from desktop.ui.money import texts
from desktop.ui.money.attachments import AttachmentsPanel
from desktop.ui.money.dialogs import ContractDialog, InvoiceDialog, MilestoneDialog, PaymentDialog, PlanDialog
from desktop.ui.money.models import InstalmentTableModel, InvoiceTableModel, PaymentTableModel
from desktop.ui.operations import run_op
from desktop.ui.security.exports import Agreed
from desktop.ui.undo import push_write

CHANGES = (changes.MONEY, changes.PARTNERS)  # a fee may follow the money collected


def fit_rows(table: QTableView, rows: int, most: int = 6) -> None:
    """A table as tall as its rows (at least one, at most `most`): the tab scrolls, not each list."""
    shown = max(1, min(rows, most))
    height = table.horizontalHeader().sizeHint().height() + shown * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


class MoneyPanel(QWidget):
    """Contract, plan, payments, invoices, balance and files of one deal."""

    def __init__(self, services: Services, bus: Bus, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None, *, agreed: Agreed | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("money_panel")
        self.services, self.bus = services, bus
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.deal: DealRecord | None = None
        self.money: DealMoney | None = None
        body = QWidget(self)
        self.layout_ = QVBoxLayout(body)

        self.contract_label = QLabel(body)
        self.contract_label.setObjectName("contract_label")
        self.contract_label.setWordWrap(True)
        self.contract_label.setTextFormat(Qt.TextFormat.RichText)
        self.contract_button = QPushButton(self.tr("Add contract…"), body)
        self.contract_button.setObjectName("edit_contract")
        self.contract_button.clicked.connect(self.edit_contract)
        row = QHBoxLayout()
        row.addWidget(self.contract_label, 1)
        row.addWidget(self.contract_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(row)
        self.balance = QLabel(body)
        self.balance.setObjectName("money_balance")
        self.balance.setWordWrap(True)
        self.balance.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.balance)
        self.plan_note = QLabel(body)
        self.plan_note.setObjectName("plan_note")
        self.plan_note.setWordWrap(True)
        self.plan_note.setStyleSheet(style.WARNING_TEXT)
        self.layout_.addWidget(self.plan_note)

        self.plan_model = InstalmentTableModel(self)
        self.plan = self._section(self.tr("Payment plan"), self.plan_model, "instalments", [
            (self.tr("Edit plan…"), "edit_plan", self.edit_plan),
            (self.tr("Milestone happened…"), "milestone", self.milestone_happened),
            (self.tr("Void"), "void_instalment", self.toggle_void),
        ])
        self.plan.stretch(InstalmentTableModel.DUE)
        self.payment_model = PaymentTableModel(self)
        self.payments = self._section(self.tr("Payments received"), self.payment_model, "payments", [
            (self.tr("Record payment…"), "record_payment", self.record_payment),
            (self.tr("Delete payment"), "delete_payment", self.delete_payment),
        ])
        self.payments.stretch(PaymentTableModel.PAID)
        self.payments.delete_pressed.connect(self.delete_payment)
        self.invoice_model = InvoiceTableModel(self)
        self.invoices = self._section(self.tr("Invoices"), self.invoice_model, "invoices", [
            (self.tr("Add invoice…"), "add_invoice", self.add_invoice),
            (self.tr("Edit…"), "edit_invoice", self.edit_invoice),
        ])
        self.invoices.doubleClicked.connect(lambda _i: self.edit_invoice())
        self.attachments = AttachmentsPanel(services, bus, self.undo_stack, body, agreed=agreed)
        self._heading(self.tr("Files"))
        self.layout_.addWidget(self.attachments)
        self.attachments.setMinimumHeight(150)
        self.layout_.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.plan.selectionModel().selectionChanged.connect(self._sync)
        self.payments.selectionModel().selectionChanged.connect(self._sync)
        self.invoices.selectionModel().selectionChanged.connect(self._sync)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        self.layout_.addSpacing(6)
        self.layout_.addWidget(label)
        return label

    def _section(self, title: str, model, name: str,  # noqa: ANN001
                 buttons: list[tuple[str, str, Callable[[], object]]]) -> RowTable:
        row = QHBoxLayout()
        row.addWidget(QLabel(f"<b>{title}</b>", self), 1)
        for text, object_name, slot in buttons:
            button = QPushButton(text, self)
            button.setObjectName(object_name)
            button.clicked.connect(lambda _checked=False, f=slot: f())
            row.addWidget(button)
            setattr(self, f"{object_name}_button", button)
        self.layout_.addSpacing(6)
        self.layout_.addLayout(row)
        table = RowTable(self)
        table.setObjectName(name)
        table.setModel(model)
        self.layout_.addWidget(table)
        return table

    # --- loading
    def set_deal(self, deal: DealRecord | None) -> None:
        self.deal = deal if deal is not None and deal.id is not None else None
        self.attachments.set_owner(deal_id=self.deal.id if self.deal else None)
        self.reload()

    def reload(self) -> None:
        money = self.money = self.services.money.deal_money(self.deal.id) if self.deal else None
        contract = money.contract if money else None
        currency = contract.currency if contract else (self.deal.currency if self.deal else "CNY")
        names = {i.id: i.name for i in money.instalments} if money else {}
        self.plan_model.set_instalments(list(money.instalments) if money else [], currency)
        self.payment_model.set_payments(list(money.payments) if money else [], names, currency)
        self.invoice_model.set_invoices(list(money.invoices) if money else [], names, currency)
        for table, model in ((self.plan, self.plan_model), (self.payments, self.payment_model),
                             (self.invoices, self.invoice_model)):
            fit_rows(table, model.rowCount())
        self.contract_button.setEnabled(self.deal is not None)
        self.contract_button.setText(self.tr("Edit contract…") if contract else self.tr("Add contract…"))
        self.contract_label.setText(self._contract_words(contract))
        self.balance.setText(self._balance_words(money) if contract else "")
        self.plan_note.setText(texts.plan_text(money.plan, currency) if contract else "")
        self.plan_note.setVisible(bool(self.plan_note.text()))
        self._sync()

    def _contract_words(self, c: ContractRecord | None) -> str:
        if c is None:
            return self.tr("No contract yet. When the deal is signed, add the contract: its amount, "
                           "date and payment terms, then the payment plan.")
        parts = [self.tr("Contract %1").replace("%1", c.number) if c.number else self.tr("Contract"),
                 self.tr("signed %1").replace("%1", date_text(c.signed_on)),
                 f"<b>{texts.fen(c.amount_fen, c.currency)}</b>", texts.settlement_text(c.settlement)]
        lines = [" · ".join(parts)]
        if c.customer_party or c.our_party:
            lines.append(" / ".join(p for p in (c.customer_party, c.our_party) if p))
        if c.payment_terms:
            lines.append(f"<span style='color:{style.MUTED}'>{c.payment_terms}</span>")
        return "<br>".join(lines)

    def _balance_words(self, m: DealMoney) -> str:
        cur = m.contract.currency
        share = f" ({m.collected_fen * 100 // m.contract_fen}%)" if m.contract_fen else ""
        parts = [self.tr("Collected %1 of %2").replace("%1", texts.fen(m.collected_fen, cur) + share)
                 .replace("%2", texts.fen(m.contract_fen, cur)),
                 self.tr("outstanding %1").replace("%1", texts.fen(m.outstanding_fen, cur))]
        if m.overdue_fen:
            overdue = self.tr("overdue %1").replace("%1", texts.fen(m.overdue_fen, cur))
            parts.append(f"<span style='color:#c5221f'><b>{overdue}</b></span>")
        parts.append(self.tr("invoiced %1").replace("%1", texts.fen(m.invoiced_fen, cur)))
        return " · ".join(parts)

    def _selected(self, table: RowTable, model) -> object | None:  # noqa: ANN001
        index = table.currentIndex()
        if not index.isValid() or not table.selectionModel().isSelected(index):
            return None
        row = model.row_of(index.data(ID_ROLE))
        return model.record(row) if row is not None else None

    def selected_instalment(self) -> InstalmentRecord | None:
        return self._selected(self.plan, self.plan_model)  # type: ignore[return-value]

    def _sync(self) -> None:
        has_contract = self.money is not None and self.money.contract is not None
        inst = self.selected_instalment()
        self.edit_plan_button.setEnabled(has_contract)
        self.milestone_button.setEnabled(inst is not None and bool(inst.milestone) and inst.due_on is None)
        self.void_instalment_button.setEnabled(inst is not None and inst.status != InstalmentStatus.COLLECTED)
        self.void_instalment_button.setText(self.tr("Not void") if inst is not None and inst.void else self.tr("Void"))
        self.record_payment_button.setEnabled(has_contract and bool(self.money and self.money.instalments))
        self.delete_payment_button.setEnabled(self._selected(self.payments, self.payment_model) is not None)
        self.add_invoice_button.setEnabled(has_contract)
        self.edit_invoice_button.setEnabled(self._selected(self.invoices, self.invoice_model) is not None)

    # --- writes
    def _saver(self, write: Callable[..., object]) -> Callable[..., list[FieldError]]:
        """A dialog's saver: the write through run_op; validation errors go back to the dialog."""

        def save(*args: object) -> list[FieldError]:
            try:
                if not run_op(self, lambda: write(*args), bus=self.bus, changes=CHANGES):
                    return [FieldError("money", "not_saved")]
            except ValidationFailed as exc:
                return exc.errors
            self.reload()
            return []

        return save

    def _today(self) -> date:
        return self.services.clock().date()

    def edit_contract(self) -> ContractDialog | None:
        if self.deal is None:
            return None
        current = self.money.contract if self.money and self.money.contract else None
        record = current or ContractRecord(deal_id=self.deal.id, currency=self.deal.currency,
                                           amount_fen=self.deal.amount * 100 if self.deal.amount else None)
        dialog = ContractDialog(record, self._today(), self)
        money = self.services.money

        def save(rec: ContractRecord) -> ContractRecord:
            saved = money.save_contract(rec)
            if current is None:
                self._push(self.tr("Add the contract"), partial(money.delete_contract, saved.id),
                           partial(money.restore_contract, saved.id))
            elif saved != current:
                self._push(self.tr("Edit the contract"), partial(money.save_contract, current),
                           partial(money.save_contract, saved))
            return saved

        dialog.saver = self._saver(save)
        dialog.open()
        return dialog

    def edit_plan(self) -> PlanDialog | None:
        if self.money is None or self.money.contract is None:
            return None
        contract, before = self.money.contract, self.money
        dialog = PlanDialog(contract, list(self.money.instalments), self)
        money = self.services.money

        def save(lines: list) -> DealMoney:
            after = money.save_plan(contract.id, lines)
            self._push(self.tr("Edit the payment plan"),
                       partial(money.put_back_plan, contract.id, before.instalments, _links(before)),
                       partial(money.put_back_plan, contract.id, after.instalments, _links(after)))
            return after

        dialog.saver = self._saver(save)
        dialog.open()
        return dialog

    def milestone_happened(self) -> MilestoneDialog | None:
        inst = self.selected_instalment()
        if inst is None or not inst.milestone:
            return None
        dialog = MilestoneDialog(inst, self._today(), self)
        money = self.services.money

        def save(day: date | None) -> object:
            done = money.set_milestone(inst.id, day)
            self._push(self.tr("“%1” happened").replace("%1", inst.milestone),
                       partial(money.set_milestone, inst.id, inst.milestone_on),
                       partial(money.set_milestone, inst.id, day))
            return done

        dialog.saver = self._saver(save)
        dialog.open()
        return dialog

    def toggle_void(self) -> None:
        inst = self.selected_instalment()
        if inst is None:
            return
        if not inst.void:
            answer = QMessageBox.question(self, self.tr("Void"), self.tr(
                "Mark “%1” void? It will no longer be expected or counted as outstanding.").replace("%1", inst.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        money = self.services.money
        if run_op(self, partial(money.set_void, inst.id, not inst.void), bus=self.bus, changes=CHANGES):
            self.reload()
            label = self.tr("Not void: %1") if inst.void else self.tr("Void: %1")
            self._push(label.replace("%1", inst.name), partial(money.set_void, inst.id, inst.void),
                       partial(money.set_void, inst.id, not inst.void))

    def record_payment(self) -> PaymentDialog | None:
        if self.money is None or self.money.contract is None:
            return None
        contract = self.money.contract
        dialog = PaymentDialog(list(self.money.instalments), contract.currency, self._today(), self)
        recorded: list[int] = []

        def write(values: dict) -> object:
            payment = self.services.money.record_payment(contract.id, **values)
            recorded.append(payment.id)
            return payment

        dialog.saver = self._saver(write)
        dialog.accepted.connect(lambda: self._payment_recorded(recorded))
        dialog.open()
        return dialog

    def _payment_recorded(self, recorded: list[int]) -> None:
        if not recorded:
            return
        payment_id, money = recorded[-1], self.services.money
        push_write(self.undo_stack, self.tr("Record a payment"), undo=lambda: money.delete_payment(payment_id),
                   redo=lambda: money.restore_payment(payment_id), run=self._run)

    def delete_payment(self) -> None:
        payment = self._selected(self.payments, self.payment_model)
        if payment is None:
            return
        money = self.services.money
        if not self._run(lambda: money.delete_payment(payment.id)):  # type: ignore[attr-defined]
            return
        push_write(self.undo_stack, self.tr("Delete a payment"), undo=lambda: money.restore_payment(payment.id),
                   redo=lambda: money.delete_payment(payment.id), run=self._run)  # type: ignore[attr-defined]

    def _push(self, label: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        """Record a money write that just ran (inside the dialog's save) as one undoable action."""
        push_write(self.undo_stack, label, undo=undo, redo=redo, run=self._run)

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            done = run_op(self, action, bus=self.bus, changes=CHANGES)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("Not saved"), "\n".join(texts.error_text(e) for e in exc.errors))
            done = False
        self.reload()
        return done

    def add_invoice(self) -> InvoiceDialog | None:
        if self.money is None or self.money.contract is None:
            return None
        inst = self.selected_instalment()
        record = InvoiceRecord(contract_id=self.money.contract.id, instalment_id=inst.id if inst else None,
                               amount_fen=inst.amount_fen if inst else None)
        return self._invoice_dialog(record)

    def edit_invoice(self) -> InvoiceDialog | None:
        invoice = self._selected(self.invoices, self.invoice_model)
        return self._invoice_dialog(invoice) if invoice is not None else None  # type: ignore[arg-type]

    def _invoice_dialog(self, record: InvoiceRecord) -> InvoiceDialog:
        contract = self.money.contract  # type: ignore[union-attr]
        dialog = InvoiceDialog(record, list(self.money.instalments), contract.currency,  # type: ignore[union-attr]
                               self._today(), self)
        money = self.services.money

        def save(rec: InvoiceRecord) -> InvoiceRecord:
            saved = money.save_invoice(rec)
            if record.id is None:
                self._push(self.tr("Add an invoice"), partial(money.delete_invoice, saved.id),
                           partial(money.restore_invoice, saved.id))
            elif saved != record:
                self._push(self.tr("Edit an invoice"), partial(money.save_invoice, record),
                           partial(money.save_invoice, saved))
            return saved

        dialog.saver = self._saver(save)
        dialog.open()
        return dialog

    def select_instalment(self, instalment_id: int) -> None:
        row = self.plan_model.row_of(instalment_id)
        if row is not None:
            self.plan.selectRow(row)


def _links(money: DealMoney) -> tuple[tuple[int, int | None], ...]:
    """Which plan line each invoice is on (what undo of a plan edit puts back)."""
    return tuple((v.id, v.instalment_id) for v in money.invoices)
