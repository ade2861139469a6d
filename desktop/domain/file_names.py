"""How a file the app writes is named: by its content, in the document's language.

    document_file_name(["华东精密", "MES 升级"], "brief", "zh_CN", date(2026, 12, 3))
    → "华东精密_MES升级_拜访简报_2026-12-03.pdf"

One rule for every save dialog (briefs, decks, minutes, partner updates, exports), so the
seller's Documents folder reads like a filing cabinet, not a heap of 会议纪要.pdf.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from desktop.domain.language import pick

DOCUMENT_NAMES: dict[str, tuple[str, str]] = {
    "brief": ("Visit brief", "拜访简报"),
    "deck": ("First-call deck", "首访演示文稿"),
    "minutes": ("Minutes", "会议纪要"),
    "partner_update": ("Progress update", "进展通报"),
    "briefs": ("Visit briefs", "拜访简报汇总"),
    "contacts": ("Contacts", "联系人"),
    "book": ("Dealbrief book", "Dealbrief 数据"),
}

_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_SPACE_BY_CJK = re.compile(f"(?<=[{_CJK}]) | (?=[{_CJK}])")
MAX_PART = 40  # characters of one part (a long deal title is cut, not the date)


def clean_part(text: str) -> str:
    """A part of a file name: no characters a file system refuses, no spaces beside Chinese."""
    text = " ".join(_NOT_IN_NAMES.sub(" ", text).split())
    text = _SPACE_BY_CJK.sub("", text).strip(". ")
    return text[:MAX_PART].strip()


def document_file_name(parts: Sequence[str], kind: str, language: str, on: date | None,
                       extension: str = "pdf") -> str:
    """`parts` (company, deal…), the document's name in `language`, the day; joined with "_"."""
    en, zh = DOCUMENT_NAMES.get(kind, (kind, kind))
    pieces = [clean_part(p) for p in parts] + [clean_part(pick(language, en, zh))]
    if on is not None:
        pieces.append(on.isoformat())
    return "_".join(p for p in pieces if p) + f".{extension}"
