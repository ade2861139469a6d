"""The bundled CJK font registered with reportlab (embedded and subset in every PDF).

The two faces (regular and bold, GBK repertoire, about 7 MB each) are memory-mapped, not read
into Python bytes: reportlab reads the character map and metrics from the mapping, and at save
time copies only the glyphs the document uses (it would copy the whole 7 MB glyph table once per
face and document otherwise). What stays in memory is the mapping's pages that were read, one
character map shared by both faces and each face's widths (issue 20: memory after printing).
"""

from __future__ import annotations

import mmap
from functools import cache
from pathlib import Path
from typing import Any

from desktop.resources import resource

REGULAR = "DealbriefSans"
BOLD = "DealbriefSans-Bold"


class _MappedFile:
    """A font file as reportlab's parser reads it (`read()` and `name`), backed by a read-only
    memory mapping that lives as long as the font does."""

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        with path.open("rb") as f:
            self._data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

    def read(self) -> mmap.mmap:
        return self._data


class _GlyphTable:
    """The glyph table as reportlab's subsetter slices it: each slice copies one glyph's bytes."""

    def __init__(self, data: mmap.mmap, start: int) -> None:
        self._data = data
        self._start = start

    def __getitem__(self, part: slice) -> bytes:
        return self._data[self._start + part.start:self._start + part.stop]


def _mapped_font(name: str, path: Path) -> Any:  # noqa: ANN401 - reportlab's TTFont
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    class MappedFace(TTFontFace):
        def get_table(self, tag: str) -> Any:  # noqa: ANN401 - bytes, or glyphs sliced lazily
            if tag == "glyf":
                return _GlyphTable(self._ttf_data, self.get_table_pos(tag)[0])
            return super().get_table(tag)

    font = TTFont(name, _MappedFile(path))
    font.face.__class__ = MappedFace  # same face, the glyph table read glyph by glyph
    return font


@cache
def register() -> tuple[str, str]:
    """Register regular and bold (once) and map <b> to bold; returns (regular, bold) names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    regular = _mapped_font(REGULAR, resource("fonts", "DealbriefSans-Regular.ttf"))
    bold = _mapped_font(BOLD, resource("fonts", "DealbriefSans-Bold.ttf"))
    # The two faces hold the same characters at the same glyph numbers: one character map (and
    # its reverse) serves both, not two tables of 22,700 entries each.
    if bold.face.charToGlyph == regular.face.charToGlyph:
        bold.face.charToGlyph = regular.face.charToGlyph
        bold.face.glyphToChar = regular.face.glyphToChar
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
