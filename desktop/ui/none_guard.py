"""Keep Python's None, True and False alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 hands some singletons back to Python without taking a reference to them: right
since Python 3.12, where they are immortal, but on 3.11 each such call lowers the object's
reference count by one.
- None: returned by void methods (setText, resize, repaint…) and by an invalid QVariant
  (`index.data()` of a role the model does not answer). A few thousand calls (some hundred
  clicks through the contacts list) aborted with "Fatal Python error: none_dealloc".
- True: returned by every `Signal.emit()` made from Python (connected or not, whatever the
  signal carries). A session of some ten thousand emits — every bus announcement, every
  document loaded, every list filtered — took True's count (about 16,000 at start) to zero;
  the app then aborted as it quit, while the interpreter freed its objects: "Fatal Python
  error: bool_dealloc … Garbage-collecting" (one quit in three, and the test suite's end).
Python 3.12 made these objects immortal; on 3.11 we do the same by giving each a reference count
that cannot run out. tests/gui/test_none_guard.py measures both leaks.
"""

from __future__ import annotations

import ctypes
import sys

_ENOUGH = 1 << 48  # far more calls than a process can make
SINGLETONS = (None, True, False)


def keep_singletons_alive() -> bool:
    """Make None, True and False effectively immortal where needed; True when raised."""
    # sys.implementation, not the platform module: that one compiles a dozen patterns on import,
    # at every start (issue 20)
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out differently
        return False
    raised = False
    for obj in SINGLETONS:
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field of PyObject
        if refcount.value < _ENOUGH:
            refcount.value += _ENOUGH
            raised = True
    return raised


keep_none_alive = keep_singletons_alive  # the name it had when it guarded None alone
