"""The documents' font is read from its file as asked, not held as two 7 MB byte strings nor
mapped (issue 20), and prints
exactly what reportlab's ordinary loading prints, rare name characters included."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from desktop.documents import fonts
from desktop.resources import resource
from tests.documents_checker import missing_glyphs

# rare name characters, and characters of GBK beyond GB2312 (its extension areas)
RARE = "喆 堃 珺 頔 丂 丄 乗 亍 兀 冖 凵 匚 隷 瓩 鍥 龥"


def _pdf(regular: str, bold: str) -> bytes:
    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.setFont(regular, 12)
    page.drawString(40, 700, f"王喆 李堃 张珺 赵頔 · {RARE} · Budget 预算 ¥1,200")
    page.setFont(bold, 14)
    page.drawString(40, 660, f"粗体 {RARE} Bold")
    page.save()
    return buf.getvalue()


def test_the_rare_characters_are_beyond_gb2312_yet_in_gbk() -> None:
    beyond = [ch for ch in RARE.replace(" ", "") if not _encodes(ch, "gb2312")]
    assert len(beyond) >= 10 and all(_encodes(ch, "gbk") for ch in RARE.replace(" ", ""))


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def test_both_faces_are_read_from_the_file_and_the_glyph_table_glyph_by_glyph() -> None:
    regular, bold = fonts.register()
    for name in (regular, bold):
        face = pdfmetrics.getFont(name).face
        assert not isinstance(face._ttf_data, bytes | bytearray)  # not 7 MB of bytes per face
        glyphs = face.get_table("glyf")
        assert not isinstance(glyphs, bytes | bytearray)  # not copied whole at each save
        assert isinstance(glyphs[0:4], bytes)
    # one character map for both faces (22,700 entries)
    assert pdfmetrics.getFont(bold).face.charToGlyph is pdfmetrics.getFont(regular).face.charToGlyph


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_printing_maps_no_font_file_into_the_process() -> None:
    """A mapped font file was 8 MB of the memory after one brief: the kernel maps 64 KB around
    each glyph read, and a brief's few hundred glyphs are spread over the 7 MB faces."""
    # In a process of its own: in the test run's process Qt has the same faces mapped for the
    # screen (the GUI tests register them as application fonts), which is not what this measures.
    script = (
        "from tests.unit.documents.test_font_loading import _pdf\n"
        "from desktop.documents import fonts\n"
        "_pdf(*fonts.register())\n"
        "print(sum('DealbriefSans' in line for line in open('/proc/self/maps', encoding='utf-8')))\n"
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(root)), timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


def test_a_pdf_is_the_same_as_with_reportlabs_own_loading_and_has_no_boxes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the files
    regular, bold = fonts.register()
    mapped = _pdf(regular, bold)
    for name, file in (("PlainRegular", "DealbriefSans-Regular.ttf"),
                       ("PlainBold", "DealbriefSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    plain = _pdf("PlainRegular", "PlainBold")
    assert missing_glyphs(mapped) == set()
    # the same page content and the same embedded font subsets, byte for byte
    assert _streams(mapped) == _streams(plain)
    assert len(_streams(mapped)) >= 5  # page, two font files, two ToUnicode maps


def _streams(pdf: bytes) -> list[bytes]:
    return sorted(re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S))


def test_the_faces_tables_are_read_whole_and_come_out_as_reportlabs_parser_reads_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab reads the character map, widths and glyph offsets two bytes per call: about
    140,000 calls for the two faces, most of the first document's font time; and keeps them as
    Python lists and dicts of 22,700 entries a face, 11 MB of the memory after printing
    (issue 20)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    reads = {"n": 0}
    real = TTFontFile.read_ushort

    def counted(self: TTFontFile) -> int:
        reads["n"] += 1
        return real(self)

    monkeypatch.setattr(TTFontFile, "read_ushort", counted)
    tracemalloc.start()
    try:
        regular = fonts._file_font("CountedRegular", resource("fonts", "DealbriefSans-Regular.ttf"))
        bold = fonts._file_font("CountedBold", resource("fonts", "DealbriefSans-Bold.ttf"),
                                  like=regular.face)
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert reads["n"] < 500, reads  # the names and header fields only
    assert kept < 4 * 2**20, kept  # reportlab's lists and dicts of both faces: 11 MB
    assert bold.face.charToGlyph is regular.face.charToGlyph
    monkeypatch.setattr(TTFontFile, "read_ushort", real)
    for font, file in ((regular, "DealbriefSans-Regular.ttf"), (bold, "DealbriefSans-Bold.ttf")):
        plain = TTFont(font.fontName, str(resource("fonts", file)))
        assert set(vars(font)) == set(vars(plain))  # the fields of reportlab's own TTFont
        assert (font._asciiReadable, font.shapable) == (plain._asciiReadable, plain.shapable)
        for field in ("charToGlyph", "defaultWidth", "glyphToChar", "name", "ascent", "descent",
                      "bbox", "numGlyphs", "flags"):
            assert getattr(font.face, field) == getattr(plain.face, field), field
        # read from the mapping glyph by glyph, the same values as reportlab's lists
        assert list(font.face.hmetrics) == plain.face.hmetrics
        assert list(font.face.glyphPos) == plain.face.glyphPos
        # every width as reportlab's stringWidth asks for it; only those unlike the default kept
        codes = list(plain.face.charToGlyph) + [0x1F600, 0x10FFFF]
        assert [font.face.getCharWidth(c) for c in codes] == [plain.face.getCharWidth(c) for c in codes]
        assert len(font.face.charWidths) < len(plain.face.charWidths) / 5
        assert font.stringWidth(RARE + " Budget 预算", 10) == plain.stringWidth(RARE + " Budget 预算", 10)
