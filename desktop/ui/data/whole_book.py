"""File → Import… given a whole-book JSON export: fill an empty book with it, or say why not."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.importing import ImportUnreadable
from desktop.services.container import Services
from desktop.services.importing.book_json import BookJson, BookNotEmpty
from desktop.services.importing.book_values import BookJsonInvalid, ValueProblem
from desktop.ui.bus import Bus
from desktop.ui.operations import run_op
from desktop.ui.tasks import Task


def contents_text(export: BookJson) -> str:
    return (
        QCoreApplication.translate("WholeBook", "%n companies", "", export.live("company")) + ", "
        + QCoreApplication.translate("WholeBook", "%n contacts", "", export.live("contact")) + ", "
        + QCoreApplication.translate("WholeBook", "%n deals", "", export.live("deal")) + ", "
        + QCoreApplication.translate("WholeBook", "%n call notes", "", export.live("call_note")) + ", "
        + QCoreApplication.translate("WholeBook", "%n partners", "", export.live("partner"))
    )


def import_whole_book(parent: QWidget, services: Services, bus: Bus, path: Path,
                      *, confirm: bool = True) -> Task | None:
    """Check the file and the book, ask, then load it in the background. Returns the task, or
    None when nothing is started (the seller was told why)."""
    title = QCoreApplication.translate("WholeBook", "Import a whole book")
    try:
        export = services.importing.read_book(path)
    except BookJsonInvalid as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("WholeBook", "This file cannot be imported"),
            QCoreApplication.translate("WholeBook", "These values do not fit the book. Nothing was changed.")
            + "\n\n" + "\n".join("• " + value_problem_text(p) for p in exc.problems),
        )
        return None
    except ImportUnreadable as exc:
        text = (
            QCoreApplication.translate(
                "WholeBook", "This book was exported by a newer Dealbrief. Update Dealbrief to import it."
            )
            if exc.reason == "book_json_too_new"
            else QCoreApplication.translate(
                "WholeBook", "This JSON file is not a Dealbrief book export this version can read."
            )
        )
        QMessageBox.warning(
            parent, QCoreApplication.translate("WholeBook", "This file cannot be imported"), text + "\n\n" + exc.detail
        )
        return None
    summary = (
        QCoreApplication.translate("WholeBook", "“%1” is a whole book: %2.")
        .replace("%1", path.name)
        .replace("%2", contents_text(export))
    )
    if not services.importing.book_is_empty():
        QMessageBox.information(
            parent,
            title,
            summary
            + "\n\n"
            + QCoreApplication.translate(
                "WholeBook",
                "A whole book can only be imported into an empty book, and this one already holds data. "
                "Start Dealbrief on a new book (dealbrief --book NEW.dealbrief) and import it there. "
                "To go back to an earlier state of this book, use File → Restore from backup… instead."
                "\n\nNothing was changed.",
            ),
        )
        return None
    if (
        confirm
        and QMessageBox.question(
            parent, title, summary + "\n\n" + QCoreApplication.translate("WholeBook", "Fill this empty book with it?")
        )
        != QMessageBox.StandardButton.Yes
    ):
        return None

    def done(_rows: int) -> None:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("WholeBook", "The whole book was imported: %1.").replace(
                "%1", contents_text(export)
            ),
        )

    def refused(exc: BaseException) -> bool:
        if isinstance(exc, BookNotEmpty):
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate("WholeBook", "This book is no longer empty. Nothing was changed."),
            )
        elif isinstance(exc, ImportUnreadable):
            QMessageBox.warning(
                parent,
                title,
                QCoreApplication.translate(
                    "WholeBook", "A value in the file does not fit the book. Nothing was changed."
                )
                + "\n\n"
                + exc.detail,
            )
        else:
            return False  # a bug: raised
        return True

    return run_op(parent, partial(services.importing.apply_book, export), bus=bus, on_success=done,
                  on_error=refused, background=True)


def value_problem_text(problem: ValueProblem) -> str:
    """One value that does not fit, in the seller's language: where it is and why."""
    why = {
        "not_scalar": QCoreApplication.translate("WholeBook", "is a list or an object where one value belongs"),
        "not_text": QCoreApplication.translate("WholeBook", "is not text"),
        "not_integer": QCoreApplication.translate("WholeBook", "is not a whole number"),
        "not_number": QCoreApplication.translate("WholeBook", "is not a number"),
        "not_finite": QCoreApplication.translate("WholeBook", "is not a finite number (NaN or Infinity)"),
        "out_of_range": QCoreApplication.translate("WholeBook", "is outside the allowed range"),
        "not_boolean": QCoreApplication.translate("WholeBook", "is not true or false"),
        "not_date": QCoreApplication.translate("WholeBook", "is not a date (YYYY-MM-DD)"),
        "not_datetime": QCoreApplication.translate("WholeBook", "is not a date and time (YYYY-MM-DDTHH:MM:SS)"),
        "not_base64": QCoreApplication.translate("WholeBook", "is not base64 data"),
        "not_allowed": QCoreApplication.translate("WholeBook", "is not one of the allowed values"),
        "required": QCoreApplication.translate("WholeBook", "is empty where a value is required"),
        "too_long": QCoreApplication.translate("WholeBook", "is longer than the column allows"),
    }[problem.code]
    where = (
        QCoreApplication.translate("WholeBook", "Table %1, row %2, column %3:")
        .replace("%1", problem.table)
        .replace("%2", f"{problem.index}" + (f" (id {problem.row_id})" if problem.row_id not in (None, "") else ""))
        .replace("%3", problem.column)
    )
    allowed = f" ({problem.allowed})" if problem.allowed else ""
    return f"{where} {problem.value} {why}{allowed}"
