"""The errors a use case can end with, for the layers above services (UI, CLI, documents).

Storage errors are defined in desktop.storage.errors; they are re-exported here so widgets never
import the storage layer.
"""

from desktop.domain.errors import FieldError, NotFound, ValidationFailed
from desktop.storage.errors import CLI_MESSAGES, BookError, BookErrorKind, cli_message

__all__ = [
    "CLI_MESSAGES", "BookError", "BookErrorKind", "FieldError", "NotFound", "ValidationFailed",
    "cli_message",
]
