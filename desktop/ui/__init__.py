"""Everything Qt: the main window, views, item models, dialogs, settings and translations."""

from desktop.ui.none_guard import keep_singletons_alive
from desktop.ui.pyside_sources import forget_module_sources

keep_singletons_alive()  # before any Qt call: see none_guard (PySide6 6.12 on Python 3.11)
forget_module_sources()  # PySide6 reads every later module's source; linecache kept it all
