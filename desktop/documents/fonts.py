"""The bundled CJK font registered with reportlab (embedded and subset in every PDF).

The two faces (regular and bold, GBK repertoire, about 7 MB each) are read where reportlab
looks, not held as Python bytes: reportlab reads the header fields from the file, and at save
time copies only the glyphs the document uses (it would copy the whole 7 MB glyph table once per
face and document otherwise). Reads are positional (`os.pread`), not through a memory mapping:
the kernel maps 64 KB around each page a mapping touches, and the few hundred glyphs of a brief,
spread over the file, put 8 MB of font file in the process's resident memory. What stays in
memory is one character map shared by both faces and the widths unlike the default (issue 20:
memory after printing).

The character map, widths and glyph positions are read with `struct` a table at a time rather
than reportlab's two bytes per call (22,700 glyphs a face: most of the first document's font
time, issue 20); what is read is the same, entry for entry (tests/unit/documents/
test_font_loading.py compares it with reportlab's own parsing), so the PDFs are the same.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from desktop.resources import resource

REGULAR = "DealbriefSans"
BOLD = "DealbriefSans-Bold"


class _FontFile:
    """A font file as reportlab's parser reads it: `read()` and `name`, and what `read()`
    returns is sliced (`data[a:b]`, `data[i]`) and each slice read from the file when asked.
    The file stays open as long as the font does."""

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        self._size = os.fstat(self._fd).st_size

    def read(self) -> _FontFile:
        return self

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, part: slice | int) -> Any:  # noqa: ANN401 - bytes, or an int for [i]
        if isinstance(part, int):
            index = part + self._size if part < 0 else part
            if not 0 <= index < self._size:
                raise IndexError(part)
            return os.pread(self._fd, 1, index)[0]
        start, stop, step = part.indices(self._size)
        if step != 1:
            raise ValueError("font data is read in runs")
        return os.pread(self._fd, max(0, stop - start), start)

    def unpack(self, fmt: str, offset: int) -> tuple[Any, ...]:
        return struct.unpack(fmt, self[offset:offset + struct.calcsize(fmt)])

    def __del__(self, _close: Callable[[int], None] = os.close) -> None:
        # `os` may already be gone when the interpreter shuts down; the bound close is not
        fd = getattr(self, "_fd", None)
        if fd is not None:
            _close(fd)


class _GlyphTable:
    """The glyph table as reportlab's subsetter slices it: each slice reads one glyph's bytes."""

    def __init__(self, data: _FontFile, start: int) -> None:
        self._data = data
        self._start = start

    def __getitem__(self, part: slice) -> bytes:
        return self._data[self._start + part.start:self._start + part.stop]


def _read_metrics(face: Any, like: Any = None) -> bool:  # noqa: ANN401 - reportlab's TTFontFile
    """Set what reportlab's `extractInfo(charInfo=1)` sets beyond the font's names and header
    fields — charToGlyph, charWidths, defaultWidth, hmetrics, glyphPos — reading the character
    map and widths with one `struct` call each; the metrics and glyph offsets are kept as their
    tables' bytes and unpacked glyph by glyph when a subset is made, and glyphToChar (harfbuzz
    shaping only) is worked out if asked for.
    A face whose character map is byte for byte that of `like` (bold and regular) shares its
    charToGlyph. False (nothing set) for a character map other than format 4 or 12: reportlab's
    own parser reads those."""
    data = face._ttf_data
    unpack = data.unpack
    cmap = face.table["cmap"]["offset"]
    encoffs = None
    enc = 0
    count = unpack(">HH", cmap)
    count = count[1] if count[1] or not count[0] else count[0]  # reportlab's swapped header
    for n in range(count):  # the subtable reportlab picks (the same rules, in the same order)
        platform, encoding, offset = unpack(">HHL", cmap + 4 + 8 * n)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            enc, encoffs = 1, offset
        elif platform == 1 and encoding == 0 and enc != 1:
            enc, encoffs = 2, offset
    if encoffs is None:
        return False
    encoffs += cmap
    fmt = unpack(">H", encoffs)[0]
    head = face.table["head"]["offset"]
    index_to_loc, glyph_data_format = unpack(">hh", head + 50)
    if fmt not in (4, 12) or glyph_data_format != 0 or index_to_loc not in (0, 1):
        return False
    length = unpack(">H" if fmt == 4 else ">L", encoffs + (2 if fmt == 4 else 4))[0]
    subtable = data[encoffs:encoffs + length]
    if like is not None and getattr(like, "_cmap_bytes", None) == subtable:
        char_to_glyph = like.charToGlyph
    else:
        char_to_glyph = _char_map(data, encoffs, fmt)
    face._cmap_bytes = subtable
    glyphs = face.numGlyphs
    metrics = unpack(">H", face.table["hhea"]["offset"] + 34)[0]
    hmtx = face.table["hmtx"]["offset"]
    loca = face.table["loca"]["offset"]
    size = 4 if index_to_loc == 1 else 2
    face.hmetrics = _Metrics(data[hmtx:hmtx + 4 * metrics + 2 * max(0, glyphs - metrics)], metrics, glyphs)
    face.glyphPos = _Offsets(data[loca:loca + size * (glyphs + 1)], index_to_loc == 1, glyphs)
    scale = face._pdfScale
    advances = unpack(f">{2 * metrics}H", hmtx)[0::2]
    widths = [scale(aw) for aw in advances] + [scale(advances[-1])] * max(0, glyphs - metrics)
    face.defaultWidth = default = widths[0]
    # reportlab gives a width to every character of a glyph the font has, and its stringWidth
    # asks `charWidths.get(code, defaultWidth)`: only the widths other than the default are
    # kept (the Latin ones; 20,000 Chinese characters are all as wide as the default)
    face.charWidths = char_widths = {code: width for code, glyph in char_to_glyph.items()
                                     if glyph < glyphs and (width := widths[glyph]) != default}
    if 0x20 in char_to_glyph:
        char_to_glyph[0xA0] = char_to_glyph[0x20]
        _same_width(char_widths, 0xA0, 0x20)
    elif 0xA0 in char_to_glyph:
        char_to_glyph[0x20] = char_to_glyph[0xA0]
        _same_width(char_widths, 0x20, 0xA0)
    face.charToGlyph = char_to_glyph
    return True


def _same_width(widths: dict[int, Any], code: int, like: int) -> None:
    if like in widths:
        widths[code] = widths[like]
    else:
        widths.pop(code, None)


class _Metrics:
    """The hmtx table as reportlab's subsetter reads it, `hmetrics[glyph]` → (advance width, left
    side bearing), unpacked from the table's bytes (90 KB) when asked: not a list of 22,700
    tuples a face."""

    def __init__(self, table: bytes, full: int, glyphs: int) -> None:
        self._table, self._full, self._glyphs = table, full, glyphs

    def __len__(self) -> int:
        return self._glyphs

    def __getitem__(self, glyph: int) -> tuple[int, int]:
        if not 0 <= glyph < self._glyphs:
            raise IndexError(glyph)
        if glyph < self._full:
            return struct.unpack_from(">HH", self._table, 4 * glyph)
        advance = struct.unpack_from(">H", self._table, 4 * (self._full - 1))[0]
        side = struct.unpack_from(">H", self._table, 4 * self._full + 2 * (glyph - self._full))[0]
        return advance, side


class _Offsets:
    """The loca table as reportlab reads it, `glyphPos[glyph]` → where the glyph starts in glyf
    (one more entry than glyphs), unpacked from the table's bytes when asked."""

    def __init__(self, table: bytes, long: bool, glyphs: int) -> None:
        self._table, self._long, self._count = table, long, glyphs + 1

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, glyph: int) -> int:
        if not 0 <= glyph < self._count:
            raise IndexError(glyph)
        if self._long:
            return struct.unpack_from(">L", self._table, 4 * glyph)[0]
        return struct.unpack_from(">H", self._table, 2 * glyph)[0] << 1


def _char_map(data: _FontFile, encoffs: int, fmt: int) -> dict[int, int]:
    """Character → glyph from a format 4 or 12 subtable, as reportlab reads it (a glyph id read
    past the end of the subtable is 0, as reportlab's workaround for broken fonts has it)."""
    unpack = data.unpack
    char_to_glyph: dict[int, int] = {}
    if fmt == 4:
        length = unpack(">H", encoffs + 2)[0]
        segs = unpack(">H", encoffs + 6)[0] // 2
        ends = unpack(f">{segs}H", encoffs + 14)
        starts = unpack(f">{segs}H", encoffs + 16 + 2 * segs)
        deltas = unpack(f">{segs}h", encoffs + 16 + 4 * segs)
        range_start = encoffs + 16 + 6 * segs
        range_offsets = unpack(f">{segs}H", range_start)
        limit = encoffs + length
        for n in range(segs):
            start, end, delta, ro = starts[n], ends[n], deltas[n], range_offsets[n]
            codes = range(start, end + 1)
            if ro == 0:
                char_to_glyph.update(zip(codes, [(c + delta) & 0xFFFF for c in codes], strict=True))
                continue
            first = range_start + 2 * n + ro  # where the glyph of `start` is
            inside = max(0, min(len(codes), (limit - first + 1) // 2))  # offsets below the limit
            raw = unpack(f">{inside}H", first) + (0,) * (len(codes) - inside)
            glyph_ids = [(g + delta) & 0xFFFF if g else 0 for g in raw]
            char_to_glyph.update(zip(codes, glyph_ids, strict=True))
    else:
        groups = unpack(">L", encoffs + 12)[0]
        for n in range(groups):
            start, end, glyph = unpack(">LLL", encoffs + 16 + 12 * n)
            codes = range(start, end + 1)
            char_to_glyph.update(zip(codes, range(glyph, glyph + len(codes)), strict=True))
    return char_to_glyph


def _file_font(name: str, path: Path, like: Any = None) -> Any:  # noqa: ANN401 - TTFont
    """The font at `path`, read from the file as asked; `like` is a face whose character map it
    may share."""
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    class FileFace(TTFontFace):
        def __init__(self, file: _FontFile, like: Any = None) -> None:  # noqa: ANN401
            self._like = like
            super().__init__(file)

        def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802, N803 - reportlab's names
            super().extractInfo(0)  # names and header fields
            if charInfo and not _read_metrics(self, self._like):
                super().extractInfo(charInfo)
            del self._like

        @cached_property
        def glyphToChar(self) -> dict[int, list[int]]:  # noqa: N802 - reportlab's name
            reverse: dict[int, list[int]] = {}
            for code, glyph in self.charToGlyph.items():
                reverse.setdefault(glyph, []).append(code)
            return reverse

        def get_table(self, tag: str) -> Any:  # noqa: ANN401 - bytes, or glyphs sliced lazily
            if tag == "glyf":
                return _GlyphTable(self._ttf_data, self.get_table_pos(tag)[0])
            return super().get_table(tag)

    class FileFont(TTFont):
        """reportlab's TTFont over a FileFace: its own __init__ would parse a TTFontFace
        whole first. The fields are its __init__'s (test_font_loading.py compares them)."""

        def __init__(self, name: str, face: FileFace) -> None:
            from fnmatch import fnmatch
            from weakref import WeakKeyDictionary

            from reportlab import rl_config
            from reportlab.pdfbase.ttfonts import TTEncoding

            self.fontName = name
            self.face = face
            self.encoding = TTEncoding()
            self.state = WeakKeyDictionary()
            self._asciiReadable = rl_config.ttfAsciiReadable
            self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)

    return FileFont(name, FileFace(_FontFile(path), like))


@cache
def register() -> tuple[str, str]:
    """Register regular and bold (once) and map <b> to bold; returns (regular, bold) names."""
    from desktop.documents import loading

    loading.load()
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    regular = _file_font(REGULAR, resource("fonts", "DealbriefSans-Regular.ttf"))
    # The two faces hold the same characters at the same glyph numbers: one character map
    # serves both, not two tables of 22,700 entries each.
    bold = _file_font(BOLD, resource("fonts", "DealbriefSans-Bold.ttf"), like=regular.face)
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
