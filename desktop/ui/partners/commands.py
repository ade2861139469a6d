"""Undo for removing a partner (the service keeps the row, so undo brings it back whole)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from desktop.ui.partners.page import PartnersPage


class RemovePartnerCommand(QUndoCommand):
    def __init__(self, page: PartnersPage, partner_id: int, name: str) -> None:
        super().__init__(QCoreApplication.translate("PartnersPage", "Remove partner “%1”").replace("%1", name))
        self.page = page
        self.partner_id = partner_id
        self._first = True

    def redo(self) -> None:
        if self._first:  # the removal already ran before the push
            self._first = False
            return
        self.page.write(partial(self.page.services.partners.delete, self.partner_id))

    def undo(self) -> None:
        if self.page.write(partial(self.page.services.partners.restore, self.partner_id)):
            self.page.select_id(self.partner_id)
