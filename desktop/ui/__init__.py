"""Everything Qt: the main window, views, item models, dialogs, settings and translations."""

from desktop.ui.none_guard import keep_singletons_alive

keep_singletons_alive()  # before any Qt call: see none_guard (PySide6 6.12 on Python 3.11)
