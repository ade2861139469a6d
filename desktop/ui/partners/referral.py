"""Who referred a deal (`ReferralEditor`, for the deal page). The partners waiting for news, for
Today, are in desktop.ui.partners.waiting (loaded before Today's first paint, this is not)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from desktop.services.container import Services
from desktop.ui import bus as changes
from desktop.ui.bus import Bus
from desktop.ui.dates import DATE_FORMAT, pydate, qdate
from desktop.ui.operations import read_now, run_op
from desktop.ui.pickers import LazyChoices
from desktop.ui.undo import push_write


class ReferralEditor(QWidget):
    """"Referred by [partner] on [date]" for one deal; a change is saved at once and the
    partner's fees follow. `referral_changed(partner_id or None, date or None)` tells the page
    holding the deal, so its own save keeps the new referrer. Disabled without a saved deal."""

    referral_changed = Signal(object, object)

    def __init__(self, services: Services, bus: Bus, deal_id: int | None, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.services, self.bus, self.deal_id = services, bus, deal_id
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.partner = QComboBox(self)
        self.partner.setObjectName("referrer")
        # the partners to pick from are read when the seller reaches for the picker, not per deal
        # shown (2,000 partners at 10× the bench book: issue 20)
        self.partners = LazyChoices(self.partner, services.partners.names,
                                    (self.tr("Nobody (not a referral)"), None))
        self.referred_on = QDateEdit(self)
        self.referred_on.setObjectName("referred_on")
        self.referred_on.setCalendarPopup(True)
        self.referred_on.setDisplayFormat(DATE_FORMAT)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Referred by"), self))
        row.addWidget(self.partner)
        row.addWidget(QLabel(self.tr("on"), self))
        row.addWidget(self.referred_on)
        row.addStretch(1)
        self.partner.setMinimumWidth(180)
        self.partner.activated.connect(self._save)
        self.referred_on.editingFinished.connect(self._save)
        bus.changed.connect(self._on_changed)
        self.load()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {changes.PARTNERS, changes.CONTACTS}:
            self.partners.stale()
            self.load()

    def set_deal(self, deal_id: int | None) -> None:
        self.deal_id = deal_id
        self.load()

    def load(self) -> None:
        self.setEnabled(self.deal_id is not None)
        found = (None, None) if self.deal_id is None else read_now(
            self, partial(self.services.partners.referral, self.deal_id))
        if found is None:  # the deal went away meanwhile
            found = (None, None)
            self.setEnabled(False)
        partner_id, referred_on = found
        name = None if partner_id is None or self.partners.filled else self.services.partners.name(partner_id)
        self.partners.show(partner_id, name)
        self.referred_on.blockSignals(True)
        self.referred_on.setDate(qdate(referred_on) if referred_on else qdate(self.services.clock().date()))
        self.referred_on.setEnabled(partner_id is not None)
        self.referred_on.blockSignals(False)

    def set_referrer(self, partner_id: int | None, when: QDate | None = None) -> None:
        """Choose a partner (and date) as the seller would, and save."""
        self.partners.ensure()
        self.partner.setCurrentIndex(max(0, self.partner.findData(partner_id)))
        if when is not None:
            self.referred_on.setDate(when)
        self._save()

    def _save(self, *_args: Any) -> None:
        if self.deal_id is None:
            return
        deal_id, partner_id = self.deal_id, self.partner.currentData()
        when = pydate(self.referred_on.date())
        partners = self.services.partners
        before = partners.referral(deal_id)

        def saved(_result: object) -> None:
            self.referred_on.setEnabled(partner_id is not None)
            self.referral_changed.emit(partner_id, partners.referral(deal_id)[1])

        if not run_op(self, partial(partners.set_referral, deal_id, partner_id, when),
                      bus=self.bus, on_success=saved):
            self.load()
            return
        after = partners.referral(deal_id)
        if after != before:
            name = self.partner.currentText() if partner_id is not None else self.tr("nobody")
            push_write(self.undo_stack, self.tr("Referred by %1").replace("%1", name),
                       run=partial(self._put_back, deal_id),
                       undo=partial(partners.set_referral, deal_id, *before),
                       redo=partial(partners.set_referral, deal_id, *after))

    def _put_back(self, deal_id: int, write: Callable[[], object]) -> bool:
        """Undo or redo of a referral: the deal's page keeps the referrer as it now is."""
        def shown(_result: object) -> None:
            if self.deal_id == deal_id:
                self.load()
                self.referral_changed.emit(*self.services.partners.referral(deal_id))

        return run_op(self, write, bus=self.bus, on_success=shown)
