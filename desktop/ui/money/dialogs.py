"""Dialogs for a deal's money: the contract, the payment plan, a payment received, an invoice,
and the day a milestone happened. Each takes a `saver` that returns the errors to show (empty
when saved); nothing is saved when the service refuses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.contracts import (
    ContractRecord,
    InstalmentInput,
    InstalmentRecord,
    InvoiceKind,
    InvoiceMedium,
    InvoiceRecord,
    InvoiceStatus,
    PaymentMethod,
    Settlement,
)
from desktop.domain.errors import FieldError
from desktop.domain.language import is_chinese
from desktop.domain.money import (
    CURRENCIES,
    INSTALMENT_PRESETS,
    AllocationError,
    OpenInstalment,
    PlanLine,
    allocate,
    check_plan,
    fen_input_text,
    parse_fen,
    parse_percent,
    percent_text,
)
from desktop.ui import style
from desktop.ui.dates import DATE_FORMAT
from desktop.ui.deals.dialogs import OptionalDateEdit, error_label
from desktop.ui.money import texts

Saver = Callable[..., list[FieldError]]
TAX_RATES = (1300, 900, 600, 300, 100, 0)


def date_edit(value: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def edit_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def show_errors(label: QLabel, errors: list[FieldError]) -> None:
    label.setText("\n".join(dict.fromkeys(texts.error_text(e) for e in errors)))
    label.setVisible(bool(errors))


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SavingDialog(QDialog):
    """Save hands what was entered to `saver` (set by the caller); the dialog closes when
    nothing was wrong and stays open showing the errors otherwise."""

    saver: Saver | None
    error: QLabel

    def entered(self) -> tuple[Any, list[FieldError]]:
        """What the form holds, or the field errors that keep it from being saved."""
        raise NotImplementedError

    def accept(self) -> None:
        value, errors = self.entered()
        if not errors and self.saver is not None:
            errors = self.saver(value)
        if errors:
            show_errors(self.error, errors)
            return
        super().accept()


class ContractDialog(SavingDialog):
    """The contract's number, date, amount, parties, settlement kind and payment terms."""

    def __init__(self, contract: ContractRecord, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contract = contract
        self.saver: Saver | None = None
        self.setWindowTitle(self.tr("Edit contract") if contract.id else self.tr("Add contract"))
        self.number = QLineEdit(contract.number, self)
        self.number.setObjectName("contract_number")
        self.number.setPlaceholderText(self.tr("e.g. HT-2026-118"))
        self.signed = date_edit(contract.signed_on or today, self)
        self.signed.setObjectName("contract_signed")
        self.amount = QLineEdit(fen_input_text(contract.amount_fen), self)
        self.amount.setObjectName("contract_amount")
        self.amount.setPlaceholderText(self.tr("e.g. 320000, 32万 or 1,234.56"))
        self.currency = QComboBox(self)
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(contract.currency)))
        self.customer = QLineEdit(contract.customer_party, self)
        self.customer.setPlaceholderText(self.tr("甲方, as on the contract"))
        self.ours = QLineEdit(contract.our_party, self)
        self.ours.setPlaceholderText(self.tr("乙方, your company"))
        self.settlement = QComboBox(self)
        self.settlement.setObjectName("contract_settlement")
        for kind in Settlement:
            self.settlement.addItem(texts.settlement_text(kind), kind.value)
        self.settlement.setCurrentIndex(max(0, self.settlement.findData(contract.settlement)))
        self.terms = QPlainTextEdit(contract.payment_terms, self)
        self.terms.setPlaceholderText(self.tr("The payment clause as written, e.g. 签约后 10 日内付 30%…"))
        self.terms.setFixedHeight(80)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Contract number"), self.number)
        form.addRow(self.tr("Signed on"), self.signed)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.currency)
        form.addRow(self.tr("Amount *"), amount_row)
        form.addRow(self.tr("Customer (甲方)"), self.customer)
        form.addRow(self.tr("Our side (乙方)"), self.ours)
        form.addRow(self.tr("Settlement"), self.settlement)
        form.addRow(self.tr("Payment terms"), self.terms)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(520)

    def record(self) -> tuple[ContractRecord, list[FieldError]]:
        try:
            amount = parse_fen(self.amount.text())
        except ValueError:
            return self.contract, [FieldError("amount_fen", "amount_invalid")]
        return ContractRecord(
            self.contract.id, self.contract.deal_id, self.number.text(), edit_date(self.signed), amount,
            self.currency.currentData(), self.ours.text(), self.customer.text(), self.terms.toPlainText(),
            self.settlement.currentData()), []

    def entered(self) -> tuple[Any, list[FieldError]]:
        return self.record()


class PlanLineEditor(QWidget):
    """One instalment of the plan being edited: name, share (30% or an amount), due date or
    milestone + days, reminder days, invoice first."""

    def __init__(self, line: InstalmentInput, parent: QWidget) -> None:
        super().__init__(parent)
        self.line_id = line.id
        self.note = line.note
        self.milestone_on = line.milestone_on
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.setObjectName("plan_name")
        for _key, zh, en in INSTALMENT_PRESETS:
            self.name.addItem(zh if is_chinese(texts.current_language()) else f"{zh} {en}", zh)
        self.name.setEditText(line.name)
        share = percent_text(line.percent_bp) if line.percent_bp else fen_input_text(line.amount_fen)
        self.share = QLineEdit(share, self)
        self.share.setObjectName("plan_share")
        self.share.setPlaceholderText(self.tr("30% or 96000"))
        self.due = OptionalDateEdit(self)
        self.due.setObjectName("plan_due")
        self.due.set_value(line.due_on)
        self.milestone = QLineEdit(line.milestone, self)
        self.milestone.setObjectName("plan_milestone")
        self.milestone.setPlaceholderText(self.tr("or after: 验收"))
        self.days = QSpinBox(self)
        self.days.setRange(0, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(line.milestone_days or 0)
        self.remind = QSpinBox(self)
        self.remind.setRange(0, 365)
        self.remind.setPrefix(self.tr("remind "))
        self.remind.setSuffix(self.tr(" d before"))
        self.remind.setValue(line.reminder_days)
        self.invoice_first = QCheckBox(self.tr("Invoice first"), self)
        self.invoice_first.setChecked(line.invoice_first)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setObjectName("plan_remove")

    def widgets(self) -> list[QWidget]:
        return [self.name, self.share, self.due, self.milestone, self.days, self.remind, self.invoice_first,
                self.remove]

    def value(self) -> tuple[InstalmentInput | None, list[FieldError]]:
        text = self.share.text().strip()
        percent = amount = None
        try:
            if text.endswith(("%", "％")):
                percent = parse_percent(text)
            else:
                amount = parse_fen(text)
        except ValueError:
            code = "percent_invalid" if text.endswith(("%", "％")) else "amount_invalid"
            return None, [FieldError("share", code, text)]
        milestone = self.milestone.text().strip()
        due = self.due.value()
        return InstalmentInput(
            self.name.currentText().strip(), percent, amount, due, milestone,
            self.days.value() if milestone and due is None else None,
            self.milestone_on if milestone else None, self.remind.value(), self.invoice_first.isChecked(),
            self.line_id, self.note), []


class PlanDialog(SavingDialog):
    """The whole plan at once; the line under it says whether it adds up to the contract and
    where the rounding fen go."""

    def __init__(self, contract: ContractRecord, instalments: list[InstalmentRecord],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contract = contract
        self.saver: Saver | None = None
        self.setWindowTitle(self.tr("Payment plan"))
        self.editors: list[PlanLineEditor] = []
        self.grid_host = QWidget(self)
        host_layout = QVBoxLayout(self.grid_host)
        self.grid = QGridLayout()
        host_layout.addLayout(self.grid)
        host_layout.addStretch(1)  # lines stay at the top however tall the dialog is
        for col, title in enumerate((self.tr("Instalment"), self.tr("Share or amount"), self.tr("Due on"),
                                     self.tr("Or after milestone"), self.tr("Days after"), self.tr("Reminder"))):
            self.grid.addWidget(QLabel(f"<b>{title}</b>", self.grid_host), 0, col)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.add_button = QPushButton(self.tr("Add instalment"), self)
        self.add_button.setObjectName("plan_add")
        self.add_button.clicked.connect(lambda: self.add_line(InstalmentInput(self._next_name())))
        self.preset_button = QPushButton(self.tr("Presets"), self)
        self.preset_button.setObjectName("plan_presets")
        menu = QMenu(self.preset_button)
        for label, shares in (("30 / 60 / 10", (("预付款", 3000), ("验收款", 6000), ("质保金", 1000))),
                              ("30 / 40 / 25 / 5", (("预付款", 3000), ("到货款", 4000), ("验收款", 2500),
                                                    ("质保金", 500))),
                              ("100", (("一次性付款", 10_000),))):
            action = menu.addAction(label)
            action.setObjectName(f"preset_{label}")
            action.triggered.connect(lambda _checked=False, s=shares: self.use_preset(s))
        self.preset_button.setMenu(menu)
        self.summary = QLabel(self)
        self.summary.setObjectName("plan_summary")
        self.summary.setWordWrap(True)
        self.error = error_label(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Contract: %1").replace("%1", texts.fen(contract.amount_fen, contract.currency)),
                             self), 1)
        top.addWidget(self.preset_button)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        for i in instalments:
            self.add_line(i.as_input())
        if not instalments:
            self.use_preset((("预付款", 3000), ("验收款", 6000), ("质保金", 1000)))
        self.resize(980, 420)
        self.refresh_summary()

    def _next_name(self) -> str:
        used = {e.name.currentText() for e in self.editors}
        return next((zh for _k, zh, _en in INSTALMENT_PRESETS if zh not in used), "")

    def add_line(self, line: InstalmentInput) -> PlanLineEditor:
        editor = PlanLineEditor(line, self.grid_host)
        row = self.grid.rowCount()
        for col, widget in enumerate(editor.widgets()):
            self.grid.addWidget(widget, row, col)
        editor.remove.clicked.connect(lambda: self.remove_line(editor))
        editor.share.textChanged.connect(self.refresh_summary)
        self.editors.append(editor)
        self.refresh_summary()
        return editor

    def remove_line(self, editor: PlanLineEditor) -> None:
        for widget in editor.widgets():
            widget.hide()
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.editors.remove(editor)
        self.refresh_summary()

    def use_preset(self, shares: tuple[tuple[str, int], ...]) -> None:
        for editor in [e for e in self.editors if e.line_id is None]:
            self.remove_line(editor)
        for name, bp in shares:
            self.add_line(InstalmentInput(name, bp, milestone="验收" if name in ("验收款", "质保金") else "",
                                          milestone_days=30 if name == "验收款" else 365 if name == "质保金" else None))

    def lines(self) -> tuple[list[InstalmentInput], list[FieldError]]:
        lines, errors = [], []
        for editor in self.editors:
            line, errs = editor.value()
            errors += errs
            if line is not None:
                lines.append(line)
        return lines, errors

    def refresh_summary(self) -> None:
        lines, errors = self.lines()
        if errors or not lines:
            self.summary.setText("")
            return
        check = check_plan(self.contract.amount_fen or 0, [PlanLine(x.name, x.percent_bp, x.amount_fen)
                                                          for x in lines])
        words = texts.plan_text(check, self.contract.currency)
        ok = self.tr("The plan adds up to the contract: %1.").replace(
            "%1", texts.fen(check.amount_total, self.contract.currency))
        self.summary.setText(words if check.problems else f"{ok} {words}".strip())
        self.summary.setStyleSheet(style.WARNING_TEXT if check.problems else style.SUCCESS_TEXT)

    def entered(self) -> tuple[Any, list[FieldError]]:
        return self.lines()


class PaymentDialog(SavingDialog):
    """Money received: day, amount, method (a bill's maturity date), which instalment."""

    def __init__(self, instalments: list[InstalmentRecord], currency: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instalments = [i for i in instalments if i.outstanding_fen > 0]
        self.currency = currency
        self.saver: Saver | None = None
        self.setWindowTitle(self.tr("Record a payment"))
        self.received = date_edit(today, self)
        self.received.setObjectName("payment_date")
        self.amount = QLineEdit(self)
        self.amount.setObjectName("payment_amount")
        self.amount.setPlaceholderText(self.tr("e.g. 96000 or 9.6万"))
        self.method = QComboBox(self)
        self.method.setObjectName("payment_method")
        for m in PaymentMethod:
            self.method.addItem(texts.method_text(m), m.value)
        self.matures = date_edit(today, self)
        self.matures.setObjectName("payment_matures")
        self.towards = QComboBox(self)
        self.towards.setObjectName("payment_towards")
        self.towards.addItem(self.tr("Oldest due first (may cover several)"), None)
        for i in self.instalments:
            self.towards.addItem(f"{i.name} · {texts.fen(i.outstanding_fen, currency)}", i.id)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("e.g. bank slip number"))
        self.preview = QLabel(self)
        self.preview.setObjectName("payment_preview")
        self.preview.setWordWrap(True)
        self.preview.setStyleSheet(style.MUTED_TEXT)
        self.error = error_label(self)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Received on"), self.received)
        self.form.addRow(self.tr("Amount *"), self.amount)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Bill matures on"), self.matures)
        self.form.addRow(self.tr("Pays"), self.towards)
        self.form.addRow(self.tr("Reference"), self.reference)
        self.form.addRow("", self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        for signal in (self.amount.textChanged, self.towards.currentIndexChanged, self.method.currentIndexChanged,
                       self.received.dateChanged):
            signal.connect(self.refresh)
        self.setMinimumWidth(480)
        self.refresh()

    def refresh(self) -> None:
        is_bill = self.method.currentData() == PaymentMethod.ACCEPTANCE_BILL
        self.form.setRowVisible(self.matures, is_bill)
        try:
            amount = parse_fen(self.amount.text())
        except ValueError:
            self.preview.setText(texts.error_text(FieldError("amount_fen", "amount_invalid")))
            return
        if not amount:
            self.preview.setText("")
            return
        target = self.towards.currentData()
        try:
            shares = allocate(amount, [OpenInstalment(i.id, i.outstanding_fen, i.due, i.position)
                                       for i in self.instalments], {target: amount} if target else None,
                              edit_date(self.received))
        except AllocationError as exc:
            self.preview.setText(texts.error_text(FieldError("amount_fen", exc.code, str(exc.limit))))
            return
        names = {i.id: i.name for i in self.instalments}
        sep = "、" if is_chinese(texts.current_language()) else ", "
        self.preview.setText(self.tr("Goes to: %1").replace(
            "%1", sep.join(f"{names[k]} {texts.fen(v, self.currency)}" for k, v in shares.items())))

    def values(self) -> tuple[dict, list[FieldError]]:
        try:
            amount = parse_fen(self.amount.text())
        except ValueError:
            return {}, [FieldError("amount_fen", "amount_invalid")]
        method = self.method.currentData()
        target = self.towards.currentData()
        return {
            "received_on": edit_date(self.received), "amount_fen": amount, "method": method,
            "bill_matures_on": edit_date(self.matures) if method == PaymentMethod.ACCEPTANCE_BILL else None,
            "reference": self.reference.text(), "split": {target: amount} if target and amount else None,
        }, []

    def entered(self) -> tuple[Any, list[FieldError]]:
        return self.values()


class InvoiceDialog(SavingDialog):
    """An invoice: kind, medium, for which instalment, number, date, amount, tax rate, status."""

    def __init__(self, invoice: InvoiceRecord, instalments: list[InstalmentRecord], currency: str,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invoice = invoice
        self.saver: Saver | None = None
        self.setWindowTitle(self.tr("Edit invoice") if invoice.id else self.tr("Add invoice"))
        self.kind = QComboBox(self)
        for k in InvoiceKind:
            self.kind.addItem(texts.invoice_kind_text(k), k.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(invoice.kind)))
        self.medium = QComboBox(self)
        for m in InvoiceMedium:
            self.medium.addItem(texts.invoice_medium_text(m), m.value)
        self.medium.setCurrentIndex(max(0, self.medium.findData(invoice.medium)))
        self.instalment = QComboBox(self)
        self.instalment.setObjectName("invoice_instalment")
        self.instalment.addItem(self.tr("(the whole contract)"), None)
        self.amounts = {i.id: i.amount_fen for i in instalments}
        for i in instalments:
            self.instalment.addItem(f"{i.name} · {texts.fen(i.amount_fen, currency)}", i.id)
        self.instalment.setCurrentIndex(max(0, self.instalment.findData(invoice.instalment_id)))
        self.instalment.currentIndexChanged.connect(self._instalment_chosen)
        self.number = QLineEdit(invoice.number, self)
        self.number.setObjectName("invoice_number")
        self.issued = OptionalDateEdit(self)
        self.issued.setObjectName("invoice_issued")
        self.issued.set_value(invoice.issued_on)
        self.today = today
        self.amount = QLineEdit(fen_input_text(invoice.amount_fen), self)
        self.amount.setObjectName("invoice_amount")
        self.tax = QComboBox(self)
        for bp in TAX_RATES:
            self.tax.addItem(percent_text(bp) if bp else "0%", bp)
        self.tax.setCurrentIndex(max(0, self.tax.findData(invoice.tax_rate_bp)))
        self.status = QComboBox(self)
        self.status.setObjectName("invoice_status")
        for st in InvoiceStatus:
            self.status.addItem(texts.invoice_status_text(st), st.value)
        self.status.setCurrentIndex(max(0, self.status.findData(invoice.status)))
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Electronic or paper"), self.medium)
        form.addRow(self.tr("For"), self.instalment)
        form.addRow(self.tr("Amount (tax included) *"), self.amount)
        form.addRow(self.tr("Tax rate"), self.tax)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Invoice number"), self.number)
        form.addRow(self.tr("Issued on"), self.issued)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.setMinimumWidth(460)

    def _instalment_chosen(self) -> None:
        amount = self.amounts.get(self.instalment.currentData())
        if amount is not None and not self.amount.text().strip():
            self.amount.setText(fen_input_text(amount))

    def _status_chosen(self) -> None:
        if self.status.currentData() != InvoiceStatus.TO_ISSUE and self.issued.value() is None:
            self.issued.set_value(self.today)

    def record(self) -> tuple[InvoiceRecord, list[FieldError]]:
        try:
            amount = parse_fen(self.amount.text())
        except ValueError:
            return self.invoice, [FieldError("amount_fen", "amount_invalid")]
        return InvoiceRecord(
            self.invoice.id, self.invoice.contract_id, self.instalment.currentData(), self.kind.currentData(),
            self.medium.currentData(), self.number.text(), self.issued.value(), amount, self.tax.currentData(),
            self.status.currentData(), self.invoice.note), []

    def entered(self) -> tuple[Any, list[FieldError]]:
        return self.record()


class MilestoneDialog(SavingDialog):
    """The day a milestone (验收, 到货) happened: the instalment waiting for it gets its date."""

    def __init__(self, instalment: InstalmentRecord, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saver: Saver | None = None
        self.setWindowTitle(self.tr("Milestone happened"))
        self.day = date_edit(instalment.milestone_on or today, self)
        self.day.setObjectName("milestone_day")
        days = str(instalment.milestone_days or 0)
        words = self.tr("When did “%1” happen? %2 falls due %3 days later.").replace(
            "%1", instalment.milestone).replace("%2", instalment.name).replace("%3", days)
        label = QLabel(words, self)
        label.setWordWrap(True)
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.day)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def entered(self) -> tuple[date, list[FieldError]]:
        return edit_date(self.day), []
