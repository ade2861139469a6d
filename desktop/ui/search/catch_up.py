"""Bring the search index up to date in the background after start-up.

A book that was imported, restored or written by another program may have thousands of rows
queued for the index; indexing them on the first Ctrl+K would freeze the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.services.container import Services
from desktop.ui.tasks import Task, run_in_background


def start_search_catch_up(parent: QObject, services: Services) -> Task:
    def failed(exc: BaseException) -> None:
        # Not fatal: the next search indexes what is left. Say so where the seller can see it.
        status = getattr(parent, "statusBar", None)
        if status is not None:
            status().showMessage(
                QCoreApplication.translate("Search", "The search index could not be updated: %1").replace(
                    "%1", str(exc)
                ),
                8000,
            )

    return run_in_background(services.search.catch_up, lambda _n: None, failed, parent)
