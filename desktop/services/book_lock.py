"""The one-writer lock on a book, for the layers above services (UI, CLI).

Its own module, apart from services.backups: the app takes the lock before its first window, and
the backup and restore machinery (storage.backup, .check, .search) is not needed until after
Today is painted (issue 20).
"""

from desktop.storage.lock import BookLock, is_in_use, refuse_if_in_use

__all__ = ["BookLock", "is_in_use", "refuse_if_in_use"]
