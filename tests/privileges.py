"""Become the unprivileged user "nobody" in a child process, for tests of read-only files.

Permissions do not bind root, so such tests drop privileges first. After `setuid` the process may
no longer read the interpreter's own library (on a machine where Python lives under /root, which
is 0700), so everything the child can still import lazily is imported before: every module of
the application outside the Qt layers, and the standard-library and third-party modules those
import lazily (SQLAlchemy's sqlite dialect, encodings, vCard and MIME support).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from pathlib import Path

NOBODY = 65534
LAZY_IMPORTS = ("sqlalchemy.dialects.sqlite", "encodings.utf_8_sig", "encodings.gbk", "vobject",
                "mimetypes", "icalendar", "pypinyin", "csv", "json", "zoneinfo")


def import_everything() -> None:
    """Import every non-Qt module of desktop (and what they import lazily) now."""
    import desktop

    for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if info.name.startswith(("desktop.ui", "desktop.app", "desktop.__main__")):
            continue
        importlib.import_module(info.name)
    for name in LAZY_IMPORTS:
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def drop_to_nobody(*owned: Path) -> bool:
    """As root: import everything, give `owned` to nobody and become nobody. False if not root."""
    if os.geteuid() != 0:
        return False
    import_everything()
    for path in owned:
        os.chown(path, NOBODY, NOBODY)
    os.setgid(NOBODY)
    os.setuid(NOBODY)
    return True
