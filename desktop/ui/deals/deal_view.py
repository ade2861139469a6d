"""The deal page: every field editable with inline errors, the buying committee with its gaps and
map, and the stage history. Tabs: "Committee", "Visits", "Next steps", "Money", "History"; each tab that
lists records is its own widget that follows the `deal_loaded` signal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.deals import DealRecord, NextStepRecord, StageKind, StakeholderRecord, StepEdit
from desktop.domain.errors import FieldError
from desktop.domain.money import CURRENCIES, amount_input_text, parse_amount
from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui import style
from desktop.ui.bus import Bus
from desktop.ui.dates import date_text
from desktop.ui.deals import texts
from desktop.ui.deals.commands import AddStakeholderCommand, RemoveStakeholderCommand
from desktop.ui.deals.dialogs import OptionalDateEdit, StakeholderDialog
from desktop.ui.deals.models import HistoryTableModel, StakeholderTableModel
from desktop.ui.deals.next_steps_panel import NextStepsPanel
from desktop.ui.deals.stakeholder_map import StakeholderMap
from desktop.ui.deals.visits_panel import VisitsPanel
from desktop.ui.forms import ValidatedForm, ask_keep_edits
from desktop.ui.models import ID_ROLE
from desktop.ui.notes.panel import NotesPanel
from desktop.ui.operations import run_op
from desktop.ui.partners.referral import ReferralEditor
from desktop.ui.pickers import LazyChoices
from desktop.ui.security.exports import Agreed
from desktop.ui.undo import push_write
from desktop.ui.views import read_only_rows


class DealForm(ValidatedForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_line("title", self.tr("Deal *"), self.tr("e.g. Digital workshop MES upgrade"))
        self.company: QComboBox = self.add_combo("company_id", self.tr("Company *"), [])
        self.company.setEditable(True)
        self.company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.company.lineEdit().setPlaceholderText(self.tr("Pick, or type a new company's name"))
        self.company.lineEdit().textEdited.connect(self._on_edit)
        self.add_line("amount", self.tr("Amount"), self.tr("e.g. 1280000 or 1,280,000"))
        self.add_combo("currency", self.tr("Currency"), [(c, c) for c in CURRENCIES])
        self.stage: QComboBox = self.add_combo("stage_id", self.tr("Stage"), [])
        self.probability = QSpinBox(self)
        self.probability.setRange(-1, 100)
        self.probability.setSuffix(" %")
        self.probability.setSpecialValueText(self.tr("From the stage"))
        self.probability.valueChanged.connect(self._on_edit)
        self._add("probability_override", self.tr("Probability"), self.probability)
        self.lost_reason: QComboBox = self.add_combo("lost_reason", self.tr("Lost reason"), [])
        self.add_line("lost_reason_text", self.tr("Lost because"), self.tr("In your own words"))
        self.on_hold_until = OptionalDateEdit(self)
        self.on_hold_until.dateChanged.connect(self._on_edit)
        self._add("on_hold_until", self.tr("Look again on"), self.on_hold_until)
        self.expected_close = OptionalDateEdit(self)
        self.expected_close.dateChanged.connect(self._on_edit)
        self._add("expected_close", self.tr("Expected close"), self.expected_close)
        self.add_line("next_step", self.tr("Next step"), self.tr("What happens next, e.g. send the quote to the CFO"))
        self.next_due = OptionalDateEdit(self)
        self.next_due.dateChanged.connect(self._on_edit)
        self._add("next_due", self.tr("Next step due"), self.next_due)
        # Only a step agreed with the customer may be printed in the deck and the minutes.
        self.next_agreed = QCheckBox(self.tr("Agreed with customer"), self)
        self.next_agreed.setObjectName("next_agreed")
        self.next_agreed.setToolTip(self.tr("Ticked: agreed with the customer; it goes in the minutes and the deck. "
                                            "Unticked: your own to-do, never shown to the customer."))
        self.next_agreed.toggled.connect(self._on_edit)
        self._add("next_agreed", "", self.next_agreed)
        self.add_line("lead_source", self.tr("Lead source"), self.tr("e.g. referral"))
        self.add_line("competitors", self.tr("Competitors"), self.tr("Separated by commas"))
        self.add_text("remarks", self.tr("Notes (internal)"))
        self.stage.currentIndexChanged.connect(self.sync_stage_fields)

    def sync_stage_fields(self) -> None:
        kind = self.stage.currentData(Qt.ItemDataRole.UserRole + 1)
        stage_probability = self.stage.currentData(Qt.ItemDataRole.UserRole + 2)
        self.probability.setSpecialValueText(
            self.tr("From the stage (%1%)").replace("%1", str(stage_probability))
            if stage_probability is not None else self.tr("From the stage")
        )
        for name, visible in (("lost_reason", kind == StageKind.LOST), ("lost_reason_text", kind == StageKind.LOST),
                              ("on_hold_until", kind == StageKind.ON_HOLD)):
            row = self.fields[name].parentWidget()
            self.layout_.setRowVisible(row, visible)


class DealView(QWidget):
    """One deal. `show_deal(id)` loads it, `new_deal()` starts an empty one."""

    back_requested = Signal()
    delete_requested = Signal(int)  # deal id; the deals page asks, deletes and makes it undoable
    deal_loaded = Signal(object)  # the DealRecord shown (None for a deal not saved yet), for the tabs

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None, *, agreed: Agreed | None = None) -> None:
        super().__init__(parent)
        self.agreed = agreed  # what the seller agreed to this session (plain files: ui/security)
        self.services = services
        self.bus = bus
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.deal: DealRecord | None = None
        self.dirty = False
        self._loaded_step: NextStepRecord | None = None

        self.back = QPushButton(self.tr("← Board"), self)
        self.back.setObjectName("back")
        self.back.clicked.connect(self._back)
        self.heading = QLabel(self)
        self.heading.setObjectName("deal_heading")
        self.heading.setStyleSheet(style.TITLE)
        self.status = QLabel(self)
        self.status.setObjectName("deal_status")
        self.status.setStyleSheet(style.MUTED_TEXT)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button = QPushButton(self.tr("Delete deal…"), self)
        self.delete_button.setObjectName("delete_deal")
        self.delete_button.clicked.connect(self.request_delete)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.delete_button)
        from desktop.ui.print.actions import DocumentActions

        self.documents = DocumentActions(services, bus, None, self)
        top.addWidget(self.documents)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)

        self.form = DealForm(self)
        self.form.edited.connect(lambda: self._set_dirty(True))
        # the companies to pick from are read when the seller reaches for the picker, not per
        # deal shown (20,000 companies at 10× the bench book: issue 20)
        self.companies = LazyChoices(self.form.company, services.companies.names, ("", None))
        bus.changed.connect(lambda kinds: self.companies.stale() if changes.COMPANIES in kinds else None)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("deal_tabs")
        self.committee_tab = self._committee_tab()
        self.tabs.addTab(self.committee_tab, self.tr("Committee"))
        self.visits_panel = VisitsPanel(services, bus, self.undo_stack, self)
        self.tabs.addTab(self.visits_panel, self.tr("Visits"))
        self.next_steps_panel = NextStepsPanel(services, bus, self.undo_stack, self)
        self.tabs.addTab(self.next_steps_panel, self.tr("Next steps"))
        for panel in (self.visits_panel, self.next_steps_panel):
            self.deal_loaded.connect(panel.set_deal)
        from desktop.ui.money.panel import MoneyPanel

        self.money_panel = MoneyPanel(services, bus, self.undo_stack, self, agreed=self.agreed)
        self.tabs.addTab(self.money_panel, self.tr("Money"))
        self.deal_loaded.connect(self.money_panel.set_deal)
        self.history_model = HistoryTableModel(self)
        self.history = self._table(self.history_model, "history")
        self.tabs.addTab(self.history, self.tr("History"))
        self.notes_panel = NotesPanel(services, bus, undo_stack or QUndoStack(self), parent=self)
        self.tabs.insertTab(1, self.notes_panel, self.tr("Call notes"))

        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        self.referral = ReferralEditor(services, bus, None, self, self.undo_stack)  # who referred the deal (partners)
        self.referral.referral_changed.connect(self._referral_changed)
        layout.addWidget(self.referral)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self, self.request_delete)
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._set_dirty(False)

    def _table(self, model, name: str) -> QTableView:  # noqa: ANN001
        table = QTableView(self)
        table.setObjectName(name)
        table.setModel(model)
        read_only_rows(table)
        return table

    def _committee_tab(self) -> QWidget:
        tab = QWidget(self)
        self.gaps = QLabel(tab)
        self.gaps.setObjectName("gaps")
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.RichText)
        self.committee_model = StakeholderTableModel(self)
        self.committee = self._table(self.committee_model, "committee")
        self.committee.doubleClicked.connect(lambda _i: self.edit_stakeholder())
        self.map = StakeholderMap(tab)
        self.map.setObjectName("stakeholder_map")
        self.map.person_activated.connect(self._edit_from_map)
        add = QPushButton(self.tr("Add person…"), tab)
        add.setObjectName("add_stakeholder")
        add.clicked.connect(self.add_stakeholder)
        edit = QPushButton(self.tr("Edit…"), tab)
        edit.clicked.connect(self.edit_stakeholder)
        remove = QPushButton(self.tr("Remove"), tab)
        remove.clicked.connect(self.remove_stakeholder)
        legend = QLabel(self.tr("● met   ○ not met yet"), tab)
        legend.setStyleSheet(style.MUTED_TEXT)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(legend)
        split = QSplitter(Qt.Orientation.Vertical, tab)
        split.addWidget(self.committee)
        split.addWidget(self.map)
        split.setSizes([170, 300])
        self.committee.setMinimumHeight(60)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)  # above the gaps: a longer gap text never moves the buttons
        layout.addWidget(self.gaps)
        layout.addWidget(split, 1)
        self.committee_buttons = (add, edit, remove)
        return tab

    # --- loading
    def _fill_choices(self) -> None:
        lang = texts.language()
        f = self.form
        f._loading = True
        f.stage.clear()
        for s in self.services.pipeline.stages():
            f.stage.addItem(s.name(lang), s.id)
            f.stage.setItemData(f.stage.count() - 1, s.kind, Qt.ItemDataRole.UserRole + 1)
            f.stage.setItemData(f.stage.count() - 1, s.probability, Qt.ItemDataRole.UserRole + 2)
        f.lost_reason.clear()
        f.lost_reason.addItem(self.tr("(none)"), None)
        for r in self.services.pipeline.lost_reasons():
            f.lost_reason.addItem(r.name(lang), r.id)
        f._loading = False

    def new_deal(self, company_id: int | None = None) -> None:
        self._fill_choices()
        self._load(DealRecord(company_id=company_id))

    def show_deal(self, deal_id: int) -> DealRecord:
        """Load the deal into the page (NotFound when it is gone); the deal shown."""
        self._fill_choices()
        deal = self.services.deals.get(deal_id)
        self._load(deal)
        return deal

    def _load(self, deal: DealRecord) -> None:
        self.deal = deal
        self.documents.set_deal(deal.id)
        f = self.form
        f._loading = True
        f.set_text("title", deal.title)
        self.companies.show(deal.company_id, deal.company_name)
        f.set_text("amount", amount_input_text(deal.amount, texts.language()))
        f.set_text("currency", deal.currency)
        f.stage.setCurrentIndex(max(0, f.stage.findData(deal.stage_id)))
        f.probability.setValue(deal.probability_override if deal.probability_override is not None else -1)
        f.lost_reason.setCurrentIndex(max(0, f.lost_reason.findData(deal.lost_reason_id)))
        f.set_text("lost_reason_text", deal.lost_reason_text)
        f.on_hold_until.set_value(deal.on_hold_until)
        f.expected_close.set_value(deal.expected_close)
        steps = self.services.deals.next_steps(deal.id) if deal.id else []
        step = self._loaded_step = steps[0] if steps else None
        f.set_text("next_step", step.text if step else "")
        f.next_due.set_value(step.due if step else None)
        f.next_agreed.setChecked(bool(step and step.agreed))
        for name in ("lead_source", "competitors", "remarks"):
            f.set_text(name, getattr(deal, name))
        f._loading = False
        f.sync_stage_fields()
        f.clear_errors()
        self._set_dirty(False)
        self.refresh_related()

    def refresh_related(self) -> None:
        """Heading, status line, gaps, committee, map and history from the book."""
        deal = self.deal
        has_id = deal is not None and deal.id is not None
        self.referral.set_deal(deal.id if has_id else None)
        self.notes_panel.set_deal(deal.id if has_id else None)
        for button in self.committee_buttons:
            button.setEnabled(has_id)
        self.delete_button.setEnabled(has_id)
        self.deal_loaded.emit(deal if has_id else None)
        self.tabs.setEnabled(has_id)
        if not has_id:
            self.heading.setText(self.tr("New deal"))
            self.status.setText(self.tr("Save the deal to add its buying committee."))
            self.gaps.clear()
            self.committee_model.set_records([])
            self.map.set_people([], [])
            self.history_model.set_records([])
            return
        o = self.services.deals.overview(deal.id)
        roles = self.services.pipeline.roles()
        lang = texts.language()
        self.heading.setText(f"{o.deal.company_name} — {o.deal.title}")
        parts = [o.stage.name(lang), self.tr("%1 in this stage").replace("%1", texts.days_text(o.days_in_stage)),
                 self.tr("probability %1%").replace("%1", str(o.probability)),
                 self.tr("weighted %1").replace("%1", texts.money(o.weighted, o.deal.currency))]
        if o.stale:
            parts.append(self.tr("stale: over %1").replace("%1", texts.days_text(o.stage.stale_after_days or 0)))
        if o.status == StageKind.ON_HOLD and o.deal.on_hold_until:
            parts.append(self.tr("look again on %1").replace("%1", date_text(o.deal.on_hold_until)))
        if o.status == StageKind.LOST:
            parts.append(self.tr("lost because: %1").replace("%1", texts.lost_words(o)))
        self.status.setText(" · ".join(parts))
        if o.gaps:
            items = "".join(f"<li>{texts.gap_words(g)}</li>" for g in o.gaps)
            title = self.tr("Coverage gaps")
            self.gaps.setText(f"<b style='color:#a15c00'>{title}</b><ul style='margin:0; color:#a15c00'>{items}</ul>")
        else:
            none = self.tr("No coverage gaps at this stage.")
            self.gaps.setText(f"<span style='color:#188038'>{none}</span>")
        self.committee_model.set_roles(roles)
        people = self.services.committee.list(deal.id)
        self.committee_model.set_records(people)
        self.map.set_people(people, roles)
        self.history_model.set_history(self.services.deals.history(deal.id),
                                       self.services.pipeline.stages(with_removed=True))

    def show_tab(self, tab: QWidget, record_id: int | None = None) -> None:
        """Bring a tab of the deal page forward, with one of its records selected (Today's
        rows open a next step, a visit or the committee this way)."""
        self.tabs.setCurrentWidget(tab)
        select = getattr(tab, "select_id", None)
        if record_id is not None and select is not None:
            select(record_id)

    def _referral_changed(self, partner_id: int | None, referred_on: date | None) -> None:
        """The referral was saved on its own: keep it when the form is saved later."""
        if self.deal is not None:
            self.deal = replace(self.deal, referrer_id=partner_id, referred_on=referred_on)

    # --- saving
    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def revert(self) -> None:
        if self.deal is not None:
            self._load(self.services.deals.get(self.deal.id) if self.deal.id else DealRecord())

    def _record_from_form(self) -> tuple[DealRecord, str, list[FieldError]]:
        f = self.form
        errors: list[FieldError] = []
        try:
            amount = parse_amount(f.text("amount"))
        except ValueError:
            amount, errors = None, [FieldError("amount", "amount_invalid")]
        text = f.company.currentText().strip()
        index = f.company.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        if index < 0:  # a name typed: an existing company's, or a new one
            self.companies.ensure()
            index = f.company.findText(text, Qt.MatchFlag.MatchFixedString)
        company_id, new_company = (f.company.itemData(index), "") if index >= 0 else (None, text)
        probability = f.probability.value()
        record = replace(
            self.deal or DealRecord(), title=f.text("title"), company_id=company_id, amount=amount,
            currency=f.fields["currency"].currentData(), stage_id=f.stage.currentData(),
            probability_override=None if probability < 0 else probability,
            lost_reason_id=f.lost_reason.currentData(), lost_reason_text=f.text("lost_reason_text"),
            on_hold_until=f.on_hold_until.value(), expected_close=f.expected_close.value(),
            lead_source=f.text("lead_source"), competitors=f.text("competitors"), remarks=f.text("remarks"),
        )
        return record, new_company, errors

    def save(self) -> bool:
        """Save the form (a changed stage is a recorded move); errors show under the fields."""
        if self.deal is None:
            return False
        record, new_company, errors = self._record_from_form()
        errors += self.services.deals.validate(record, new_company)
        if errors:
            self._show_errors(errors)
            return False
        f, deals, done = self.form, self.services.deals, []
        step = StepEdit(self._loaded_step, f.text("next_step"), f.next_due.value(), f.next_agreed.isChecked())

        def steps() -> dict[int, NextStepRecord]:
            if record.id is None:
                return {}
            return {x.id: x for x in deals.next_steps(record.id, include_done=True)}  # type: ignore[misc]

        def write() -> tuple[DealRecord | None, dict, DealRecord, dict]:
            before, steps_before = (deals.get(record.id) if record.id is not None else None), steps()
            saved = deals.save(record, new_company, next_step=step)
            return before, steps_before, saved, steps()

        def saved_now(result: tuple) -> None:
            done.append(result)
            self.deal = result[2]
            self._set_dirty(False)

        if not run_op(self, write, bus=self.bus, changes=(changes.DEALS, changes.COMPANIES),
                      on_success=saved_now, on_invalid=self._show_errors):
            return False
        before, steps_before, saved, steps_after = done[0]
        self.show_deal(saved.id)
        if before is None:  # a new deal: undo takes it away again
            push_write(self.undo_stack, self.tr("Create “%1”").replace("%1", saved.title),
                       run=partial(run_op, self, bus=self.bus, changes=(changes.DEALS,)),
                       undo=partial(deals.delete, saved.id), redo=partial(deals.restore, saved.id))
        elif before != saved or steps_before != steps_after:
            # One Save, one undo: the deal's fields and the next-step line of the same form.
            undo_steps = tuple(x for i, x in steps_before.items() if steps_after.get(i) != x)
            redo_steps = tuple(x for i, x in steps_after.items() if steps_before.get(i) != x)
            added = tuple(i for i in steps_after if i not in steps_before)
            push_write(self.undo_stack, self.tr("Edit “%1”").replace("%1", saved.title),
                       run=self._run_put_back,
                       undo=lambda: deals.put_back(before, steps=undo_steps, absent=added),
                       redo=lambda: deals.put_back(saved, steps=redo_steps))
        return True

    def _run_put_back(self, write) -> bool:
        """Undo or redo a saved edit; the page shows the deal as it now is."""
        def shown(record: DealRecord) -> None:
            if self.deal is not None and self.deal.id == record.id and not self.dirty:
                self.show_deal(record.id)

        return run_op(self, write, bus=self.bus, changes=(changes.DEALS, changes.COMPANIES), on_success=shown)

    def request_delete(self) -> None:
        if self.deal is not None and self.deal.id is not None:
            self.delete_requested.emit(self.deal.id)

    def _show_errors(self, errors: list[FieldError]) -> None:
        self.form.show_errors([])
        for e in errors:
            label = self.form.errors.get(e.field)
            if label is not None:
                label.setText(texts.error_text(e))
                label.setVisible(True)
        first = next((e.field for e in errors if e.field in self.form.fields), None)
        if first:
            self.form.fields[first].setFocus()

    def maybe_keep_edits(self) -> bool:
        if not self.dirty:
            return True
        return ask_keep_edits(self, self.tr("Unsaved changes"),
                              self.tr("Save your changes to this deal?"), self.save,
                              lambda: self._set_dirty(False))

    def _back(self) -> None:
        if self.maybe_keep_edits():
            self.back_requested.emit()

    # --- committee
    def _dialog(self, record: StakeholderRecord) -> StakeholderDialog:
        # People already in this committee are edited, not added again.
        taken = {p.contact_id for p in self.services.committee.list(record.deal_id)
                 if p.contact_id != record.contact_id}
        contacts = [c for c in self.services.contacts.list() if c.id not in taken]
        company = self.deal.company_id if self.deal else None
        contacts.sort(key=lambda c: (c.company_id != company, c.name))
        dialog = StakeholderDialog(record, contacts, self.services.pipeline.roles(), self)

        def saver(rec, new):  # noqa: ANN001, ANN202
            errors: list[FieldError] = []
            committee, done = self.services.committee, []

            def write() -> StakeholderRecord:
                before = committee.get(rec.id) if rec.id is not None else None
                done.append((before, committee.save(rec, new)))
                return done[-1][1]

            if run_op(self, write, on_invalid=errors.extend):
                self._push_committee(*done[0], made_contact=new is not None)
                return []
            return errors or [FieldError("contact_id", "not_saved")]

        dialog.saver = saver  # type: ignore[attr-defined]
        dialog.accepted.connect(self._committee_changed)
        return dialog

    def _push_committee(self, before: StakeholderRecord | None, saved: StakeholderRecord, *,
                        made_contact: bool = False) -> None:
        """A person added to the committee or edited there: one undoable action. When the
        action made the person's contact (someone new), undo deletes that contact too."""
        committee, run = self.services.committee, self._run_committee_undo
        if before is None:
            self.undo_stack.push(AddStakeholderCommand(
                self.tr("Add %1 to the buying committee").replace("%1", saved.name),
                run, committee, saved, made_contact))
        elif before != saved:
            made = saved.contact_id if made_contact else None
            push_write(self.undo_stack, self.tr("Edit %1 in the buying committee").replace("%1", saved.name),
                       run=run, undo=partial(committee.save, before, drop_contact=made),
                       redo=partial(committee.save, saved, restore_contact=made_contact))

    def _committee_changed(self) -> None:
        self.refresh_related()
        self.bus.announce(changes.DEALS, changes.CONTACTS)

    def add_stakeholder(self) -> StakeholderDialog | None:
        if self.deal is None or self.deal.id is None:
            return None
        dialog = self._dialog(StakeholderRecord(deal_id=self.deal.id))
        dialog.open()
        return dialog

    def selected_stakeholder(self) -> StakeholderRecord | None:
        index = self.committee.currentIndex()
        if not index.isValid():
            return None
        row = self.committee_model.row_of(index.data(ID_ROLE))
        return self.committee_model.record(row) if row is not None else None

    def edit_stakeholder(self) -> StakeholderDialog | None:
        person = self.selected_stakeholder()
        if person is None:
            return None
        dialog = self._dialog(person)
        dialog.open()
        return dialog

    def _edit_from_map(self, stakeholder_id: int) -> None:
        row = self.committee_model.row_of(stakeholder_id)
        if row is not None:
            self.committee.selectRow(row)
            self.edit_stakeholder()

    def remove_stakeholder(self) -> None:
        person = self.selected_stakeholder()
        if person is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove"),
            self.tr("Take %1 out of this buying committee? The contact stays in the book.").replace("%1", person.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        removed: list[StakeholderRecord] = []
        if not self._run_committee(lambda: removed.append(self.services.committee.remove(person.id))):
            return
        label = self.tr("Remove %1 from the buying committee").replace("%1", person.name)
        self.undo_stack.push(RemoveStakeholderCommand(label, self._run_committee, self.services.committee, removed[0]))

    def _run_committee(self, action) -> bool:  # noqa: ANN001
        """Run a committee write (or its undo); show what went wrong in plain words; refresh."""
        def not_saved(errors: list[FieldError]) -> None:
            QMessageBox.warning(self, self.tr("Not saved"), "\n".join(texts.error_text(e) for e in errors))

        return run_op(self, action, on_success=lambda _result: self._committee_changed(), on_invalid=not_saved)

    def _run_committee_undo(self, action) -> bool:  # noqa: ANN001
        """Undo or redo of a committee change; a refusal is said in words (nothing changed)."""
        def not_undone(errors: list[FieldError]) -> None:
            QMessageBox.warning(self, self.tr("Not undone"), "\n".join(texts.error_text(e) for e in errors))

        return run_op(self, action, on_success=lambda _result: self._committee_changed(), on_invalid=not_undone)
