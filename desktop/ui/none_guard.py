"""Keep Python's None alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0 returns None from void methods (setText, resize, repaint…) without taking a
reference to it: right since Python 3.12, where None is immortal, but on 3.11 every such call
lowers None's reference count by one. A session of a few thousand calls (some hundred clicks
through the contacts list) then aborts with "Fatal Python error: none_dealloc". Python 3.12 made
None immortal; on 3.11 we do the same by giving it a reference count that cannot run out.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_ENOUGH = 1 << 48  # far more void calls than a process can make


def keep_none_alive() -> bool:
    """Make None effectively immortal where needed; True when the count was raised."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out differently
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of PyObject
    if refcount.value < _ENOUGH:
        refcount.value += _ENOUGH
        return True
    return False
