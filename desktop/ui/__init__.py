"""Everything Qt: the main window, views, item models, dialogs, settings and translations."""
