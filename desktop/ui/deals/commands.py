"""Undo commands of the deal page: writes that already ran, undone through the shared QUndoStack.

The write itself runs before the command is pushed (so an error is shown in plain words and never
reaches the stack); undo and redo go through `run`, which shows errors and refreshes the views.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.domain.deals import StakeholderRecord
from desktop.ui.undo import Run


class RemoveStakeholderCommand(QUndoCommand):
    """A person taken out of a committee; undo saves them again (their contact stayed)."""

    def __init__(self, label: str, run: Run, committee, removed: StakeholderRecord) -> None:  # noqa: ANN001
        super().__init__(label)
        self._run, self._committee, self._removed, self._first = run, committee, removed, True
        self._restored_id: int | None = None

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self._restored_id is not None:
            self._run(lambda: self._committee.remove(self._restored_id))

    def undo(self) -> None:
        def put_back() -> None:
            self._restored_id = self._committee.save(self._removed).id

        self._run(put_back)


class AddStakeholderCommand(QUndoCommand):
    """A person added to a committee; undo takes them out again, redo puts them back with the
    roles and stance they were saved with.

    `made_contact`: the addition also made their contact (the dialog's new person); undo deletes
    that contact with the seat and redo brings the same contact back (refused, in words, when the
    contact has meanwhile got a life of its own: another committee, a note, a visit)."""

    def __init__(self, label: str, run: Run, committee, added: StakeholderRecord,  # noqa: ANN001
                 made_contact: bool = False) -> None:
        super().__init__(label)
        self._run, self._committee, self._first = run, committee, True
        self._id: int | None = added.id
        self._made = made_contact
        self._removed: StakeholderRecord | None = None

    def undo(self) -> None:
        def take_out() -> None:
            self._removed = self._committee.remove(self._id, with_contact=self._made)

        if not self._run(take_out):
            self.setObsolete(True)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return

        def put_back() -> None:
            self._id = self._committee.save(self._removed, restore_contact=self._made).id

        if self._removed is None or not self._run(put_back):
            self.setObsolete(True)
