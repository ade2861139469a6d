"""Chinese or English is decided in one place, desktop/domain/language.py (`pick`,
`is_chinese`): no module compares a language by hand (issue 19)."""

from __future__ import annotations

import re
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
BY_HAND = re.compile(r"""startswith\(\s*["']zh|[!=]=\s*["']zh|["']zh(_CN)?["']\s*[!=]=""")


def test_no_module_but_language_py_compares_a_language_by_hand() -> None:
    found = []
    for path in sorted(DESKTOP.rglob("*.py")):
        if path == DESKTOP / "domain" / "language.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if BY_HAND.search(line):
                found.append(f"{path.relative_to(DESKTOP)}:{number}: {line.strip()}")
    assert found == []
