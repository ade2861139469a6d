"""reportlab loaded once per process, without compiling the patterns no document uses.

reportlab's modules compile 22 regular expressions as they load. One of them, platypus.paragraph's
URL pattern (case-insensitive over "\\xa1-\\uffff", so every character of that range is case-folded
while it compiles), took 40 of the ~70 ms the first brief of a process spent importing reportlab
(issue 20), and it is used only when a paragraph style sets `uriWasteReduce`, which none of ours
does. While `load()` imports reportlab, the patterns reportlab's own modules compile are made on
first use instead (as Bazaar's lazy_regex did for its start-up): a pattern that is used is the
same pattern, compiled then; one never used is never compiled. The documents come out byte for
byte the same.
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from functools import cache
from typing import Any

_patching = threading.Lock()


class LazyPattern:
    """A regular expression compiled when it is first used; then it is the compiled pattern
    (every attribute, e.g. `.match`, `.split`, `.pattern`, comes from it)."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> bool:
        return self._compiled is not None

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever the pattern has
        if self._compiled is None:
            self._compiled = _compile(self._source, self._flags)
        return getattr(self._compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r}, {self._flags!r})"


_compile = re.compile


def _compile_later(pattern: Any, flags: int = 0) -> Any:  # noqa: ANN401 - re.compile's types
    """re.compile while `load()` imports reportlab: reportlab's patterns from text are lazy,
    every other caller's (another thread's too) is compiled as always."""
    caller = sys._getframe(1).f_globals.get("__name__", "")
    if isinstance(pattern, str) and (caller == "reportlab" or caller.startswith("reportlab.")):
        return LazyPattern(pattern, flags)
    return _compile(pattern, flags)


@cache
def load() -> None:
    """Import the parts of reportlab the documents use (once): platypus (paragraphs, tables,
    frames, page templates), the TrueType fonts and the paragraph styles."""
    if "reportlab.platypus" in sys.modules:
        return  # loaded already (by a test or a chart): nothing left to make lazy
    with _patching:
        re.compile = _compile_later
        try:
            for name in ("reportlab.lib.styles", "reportlab.pdfbase.ttfonts", "reportlab.platypus"):
                importlib.import_module(name)
        finally:
            re.compile = _compile
