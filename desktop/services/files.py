"""Writing files safely, for the layers above services (documents, CLI, UI).

The writer lives in desktop.storage.files (the lowest layer that touches files); it is
re-exported here so widgets and documents never import the storage layer.
"""

from desktop.storage.files import make_folder, make_user_only, remove_leftovers, write_atomically
from desktop.storage.leftovers import clean_check_folders

__all__ = ["clean_check_folders", "make_folder", "make_user_only", "remove_leftovers", "write_atomically"]
