"""Backups, restore and the one-writer lock, for the layers above services (UI, CLI).

The mechanisms live in desktop.storage (backup.py, restore.py, lock.py); this module is the
use-case face of them, so widgets and commands never import the storage layer.
"""

from desktop.services.book_lock import BookLock, is_in_use, refuse_if_in_use
from desktop.storage.backup import (
    BackupInfo,
    auto_backup,
    back_up_now,
    backups_dir,
    list_backups,
    validate_backup,
)
from desktop.storage.restore import RestoreResult, restore_backup

__all__ = [
    "BackupInfo", "BookLock", "RestoreResult", "auto_backup", "back_up_now", "backups_dir",
    "is_in_use", "list_backups", "refuse_if_in_use", "restore_backup", "validate_backup",
]
