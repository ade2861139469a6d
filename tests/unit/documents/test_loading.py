"""reportlab's patterns compiled on first use (desktop/documents/loading.py, issue 20)."""

from __future__ import annotations

import re
import threading

from desktop.documents import loading
from desktop.documents.loading import LazyPattern


def test_a_lazy_pattern_is_its_pattern_once_used() -> None:
    source, flags = r"(\w+)-(\d+)", re.IGNORECASE
    lazy, real = LazyPattern(source, flags), re.compile(source, flags)
    assert not lazy.compiled
    text = "Order-12 and ITEM-7"
    assert lazy.match(text).groups() == real.match(text).groups()
    assert lazy.compiled
    assert lazy.findall(text) == real.findall(text) and lazy.split(text) == real.split(text)
    assert lazy.sub(r"\2", text) == real.sub(r"\2", text)
    assert (lazy.pattern, lazy.flags, lazy.groups) == (real.pattern, real.flags, real.groups)


def test_only_reportlabs_own_patterns_are_left_for_later() -> None:
    """While reportlab loads, re.compile from any other module (another thread's too) gives a
    compiled pattern as always; afterwards re.compile is the standard one again."""
    assert loading._compile_later("a+") is not None
    assert isinstance(loading._compile_later("a+"), re.Pattern)  # this module is not reportlab's
    from_reportlab = eval("compile_later('a+')", {"__name__": "reportlab.lib.fake",  # noqa: S307
                                                   "compile_later": loading._compile_later})
    assert isinstance(from_reportlab, LazyPattern)
    seen: list[object] = []
    thread = threading.Thread(target=lambda: seen.append(loading._compile_later("b+")))
    thread.start()
    thread.join()
    assert isinstance(seen[0], re.Pattern)
    loading.load()
    assert re.compile is loading._compile
