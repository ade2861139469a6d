"""Keep PySide6 from holding the source text of every module in memory.

PySide6's `from __feature__ import …` support (shibokensupport/feature.py) looks at each module
imported after PySide6: `_mod_uses_pyside` reads the module's whole source with
`inspect.getsource` to see whether it names PySide6. `inspect` reads through `linecache`, which
keeps every file it read for the life of the process: by the time the main window showed on the
large book, 626 files — SQLAlchemy, pydantic, typing, the app — 10 MB of text held as 230,000
line strings, 20–23 MB of the process (issue 20, measured with tracemalloc). The app uses no
`__feature__`; the check still runs as PySide6 wrote it, only the lines it read are dropped.
tests/e2e/test_startup_weight.py fails when the started app's linecache fills up again.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType


def forget_module_sources() -> bool:
    """Wrap PySide6's per-module source check so the lines it reads leave linecache at once, and
    drop what it cached before; True when the check was found and wrapped."""
    import PySide6  # noqa: F401 - loads shibokensupport

    feature = sys.modules.get("shibokensupport.feature")
    linecache.clearcache()
    check: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "_forgets_sources", False):
        return check is not None

    def uses_pyside(module: ModuleType) -> bool:
        try:
            return check(module)
        finally:
            path = getattr(module, "__file__", None)
            if path is not None:
                linecache.cache.pop(path, None)

    uses_pyside._forgets_sources = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
