"""The File menu's data entries: Import…, Export contacts…, Export book…, Back up now, Restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop.ui.files import may_replace, remember_folder, start_folder
from desktop.ui.i18n import current_language


def install_file_menu(window: QMainWindow) -> dict[str, QAction]:
    """Add the data entries to `window.file_menu`, before its first separator."""
    menu = window.file_menu  # type: ignore[attr-defined]
    before = next((a for a in menu.actions() if a.isSeparator()), None)
    entries = [
        (None, "", None),
        ("import", QCoreApplication.translate("DataMenu", "&Import contacts…"), lambda: import_file(window)),
        (
            "export_contacts",
            QCoreApplication.translate("DataMenu", "&Export contacts…"),
            lambda: export_contacts(window),
        ),
        ("export_book", QCoreApplication.translate("DataMenu", "Export the &whole book…"), lambda: export_book(window)),
        (None, "", None),
        ("backup", QCoreApplication.translate("DataMenu", "&Back up now"), lambda: _back_up(window)),
        (
            "restore",
            QCoreApplication.translate("DataMenu", "&Restore from backup…"),
            lambda: _restore(window),
        ),
    ]
    actions: dict[str, QAction] = {}
    for key, text, slot in entries:
        if key is None:
            menu.insertSeparator(before)
            continue
        action = QAction(text, window)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(slot)
        menu.insertAction(before, action)
        actions[key] = action
    window.data_actions = actions  # type: ignore[attr-defined]
    return actions


# The backup machinery (storage.backup, .check, .search) and the importer's rules are loaded when
# first used, not while the window is built before Today's first paint (issue 20).
def _back_up(window: QMainWindow) -> None:
    from desktop.ui.data.backups import back_up

    back_up(window, window.services)  # type: ignore[attr-defined]


def _restore(window: QMainWindow) -> None:
    from desktop.ui.data.backups import restore_into_open_book

    restore_into_open_book(window, window.services, window.bus)  # type: ignore[attr-defined]


def open_import(window: QMainWindow, path: Path):  # noqa: ANN201 - the dialog, or None
    """Read `path` and show the import dialog (not yet executed); None when it cannot be read.
    A whole-book JSON export goes to `import_whole_book` instead (and None is returned)."""
    from desktop.domain.importing import ImportUnreadable
    from desktop.ui.data.import_dialog import ImportDialog
    from desktop.ui.data.texts import unreadable_text

    services = window.services  # type: ignore[attr-defined]
    if services.importing.is_whole_book(path):
        from desktop.ui.data.whole_book import import_whole_book

        import_whole_book(window, services, window.bus, path)  # type: ignore[attr-defined]
        return None
    try:
        table = services.importing.read(path)
    except ImportUnreadable as exc:
        QMessageBox.warning(
            window, QCoreApplication.translate("DataMenu", "This file cannot be imported"), unreadable_text(exc)
        )
        return None
    return ImportDialog(services, window.bus, path, table, window)  # type: ignore[attr-defined]


def import_file(window: QMainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("DataMenu", "Import contacts"),
        str(start_folder()),
        QCoreApplication.translate(
            "DataMenu", "Contacts (*.csv *.txt *.tsv *.vcf *.vcard);;Whole book (*.json);;All files (*)"
        ),
    )
    if path:
        remember_folder(Path(path))
        dialog = open_import(window, Path(path))
        if dialog is not None:
            dialog.exec()


def _plain_ok(window: QMainWindow) -> bool:
    from desktop.ui.security.exports import plain_export_ok

    return plain_export_ok(window, window.services.book.passphrase is not None,  # type: ignore[attr-defined]
                           window.agreed)  # type: ignore[attr-defined]


def export_contacts(window: QMainWindow) -> None:
    if not _plain_ok(window):
        return
    path, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("DataMenu", "Export contacts"),
        str(start_folder() / _named("contacts", window, "csv")),
        QCoreApplication.translate("DataMenu", "CSV for Excel (*.csv);;vCard for phones and mail (*.vcf)"),
    )
    if not path:
        return
    remember_folder(Path(path))
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".vcf"):
        target = target.with_suffix(".vcf" if "vcf" in chosen else ".csv")
    if not may_replace(window, Path(path), target):
        return
    language = current_language()
    _export(window, lambda: window.services.exporting.contacts(  # type: ignore[attr-defined]
        target, language=language, overwrite=True))


def export_book(window: QMainWindow) -> None:
    if not _plain_ok(window):
        return
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("DataMenu", "Export the whole book"),
        str(start_folder() / _named("book", window, "json")),
        QCoreApplication.translate("DataMenu", "JSON (*.json)"),
    )
    if path:
        remember_folder(Path(path))
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".json")
        if may_replace(window, Path(path), target):
            _export(window, lambda: window.services.exporting.whole_book(  # type: ignore[attr-defined]
                target, overwrite=True))


def _named(kind: str, window: QMainWindow, extension: str) -> str:
    """An export's file name: what it holds and the day (document_file_name)."""
    from desktop.domain.file_names import document_file_name

    today = window.services.clock().date()  # type: ignore[attr-defined]
    return document_file_name([], kind, current_language(), today, extension)


def _export(window: QMainWindow, action) -> None:  # noqa: ANN001
    try:
        result = action()
    except OSError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("DataMenu", "The export failed"),
            QCoreApplication.translate("DataMenu", "The file cannot be written: %1. Nothing was exported.").replace(
                "%1", exc.strerror or str(exc)
            ),
        )
        return
    QMessageBox.information(
        window,
        QCoreApplication.translate("DataMenu", "Exported"),
        QCoreApplication.translate("DataMenu", "Exported to:\n%1").replace("%1", str(result.path)),
    )
