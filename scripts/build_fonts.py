#!/usr/bin/env python3
"""Build the bundled "Dealbrief Sans" CJK fonts from Noto Sans CJK SC.

reportlab can only embed TrueType (glyf) outlines, while Noto Sans CJK ships
CFF outlines inside an OpenType collection (.ttc).  This script:

  1. picks the Simplified Chinese face ("Noto Sans CJK SC") out of the
     Regular and Bold collections by inspecting their name tables;
  2. subsets it to the whole GBK repertoire (all GBK hanzi - simplified and
     traditional - plus GBK's own symbols, kana, Greek, Cyrillic, pinyin
     letters) and a set of Latin / punctuation / symbol blocks, dropping hinting
     and vertical-layout data;
  3. converts the cubic CFF outlines to quadratic TrueType glyf outlines with
     cu2qu (the same procedure as fontTools' otf2ttf snippet);
  4. renames the family to "Dealbrief Sans" (so the OFL Reserved Font Name
     clause is never an issue) and fixes the style bits;
  5. writes resources/fonts/DealbriefSans-{Regular,Bold}.ttf.

Usage:  python scripts/build_fonts.py [--src-dir DIR] [--out-dir DIR]
Requires fontTools (pip install fonttools).  Output is deterministic for a given
fontTools version and source font.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC_DIR = Path("/usr/share/fonts/opentype/noto")
DEFAULT_OUT_DIR = REPO_ROOT / "resources" / "fonts"

SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "Dealbrief Sans"
PS_FAMILY = "DealbriefSans"

# max deviation (font units, UPM 1000) allowed when approximating cubic curves
# with quadratic ones; 1.0 is what fontTools' otf2ttf uses.
MAX_ERR = 1.0
# CFF contours run counter-clockwise, TrueType ones clockwise.
REVERSE_DIRECTION = True
# post format 3 stores no glyph names (saves ~200 KB per font for ~23k glyphs).
POST_FORMAT = 3.0

STYLES = {
    # style name: (source collection file, usWeightClass, bold?)
    "Regular": ("NotoSansCJK-Regular.ttc", 400, False),
    "Bold": ("NotoSansCJK-Bold.ttc", 700, True),
}

# Unicode blocks kept in addition to the GBK repertoire (only the code points
# the source font actually maps are kept).
EXTRA_RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A (names with diacritics, pinyin)
    (0x2000, 0x206F),  # General Punctuation
    (0x20A0, 0x20CF),  # Currency Symbols
    (0x2100, 0x214F),  # Letterlike Symbols (℃ № ™)
    (0x2150, 0x218F),  # Number Forms (Ⅰ Ⅱ ½)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators (≤ ≥ ≠ ±)
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ⑴ ⒈)
    (0x2500, 0x257F),  # Box Drawing
    (0x2580, 0x259F),  # Block Elements
    (0x25A0, 0x25FF),  # Geometric Shapes (■ □ ● ○ ▲ ▼)
    (0x2600, 0x26FF),  # Miscellaneous Symbols (☐ ☑ ★ ☆)
    (0x2700, 0x27BF),  # Dingbats (✓ ✔ ✗ ❶)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months (㈠ ㊀ ㈱)
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    (0xFFFD, 0xFFFD),  # replacement character
]
EXTRA_CODEPOINTS = {0x20AC, 0x00A5, 0xFFE5, 0x2122, 0x00A9, 0x00AE}

# OpenType layout features kept.  Deliberately excluded: locl (would pull in the
# JP/KR/TC/HK glyph variants), aalt/hist/ruby/dlig (rarely used alternates),
# all vertical-writing features (the vertical metrics tables are dropped too).
LAYOUT_FEATURES = ["ccmp", "liga", "calt", "kern", "mark", "palt", "halt"]

# name table IDs copied from the source face (credits and licence).
KEEP_NAME_IDS = (0, 8, 9, 12, 13, 14)


def log(msg: str) -> None:
    print(msg, flush=True)


def gbk_codepoints() -> set[int]:
    """Every BMP code point the Python 'gbk' codec can encode (non-ASCII part)."""
    cps = set()
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            chr(cp).encode("gbk")
        except UnicodeEncodeError:
            continue
        cps.add(cp)
    return cps


def wanted_codepoints() -> tuple[set[int], int]:
    gbk = gbk_codepoints()
    hanzi = sum(
        1 for cp in gbk
        if 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF
    )
    cps = set(gbk) | set(EXTRA_CODEPOINTS)
    for lo, hi in EXTRA_RANGES:
        cps.update(range(lo, hi + 1))
    return cps, hanzi


def find_face_index(ttc_path: Path, family: str) -> int:
    coll = TTCollection(str(ttc_path), lazy=True)
    try:
        for i, face in enumerate(coll.fonts):
            if face["name"].getDebugName(1) == family:
                return i
    finally:
        coll.close()
    raise SystemExit(f"{ttc_path}: no face with family name {family!r}")


def subset_font(font: TTFont, unicodes: set[int]) -> None:
    opts = subset.Options()
    opts.layout_features = LAYOUT_FEATURES
    opts.hinting = False
    opts.desubroutinize = True  # charstrings get drawn once anyway
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.drop_tables = list(opts.drop_tables) + ["VORG", "vhea", "vmtx"]
    opts.prune_unicode_ranges = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)


def cff_to_glyf(font: TTFont) -> None:
    """Replace the CFF table with glyf/loca (fontTools snippets/otf2ttf.py)."""
    assert font.sfntVersion == "OTTO" and "CFF " in font
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()

    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(
            Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=REVERSE_DIRECTION)
        )
        glyphs[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)  # computes bounding boxes

    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        if hasattr(g, "xMin"):
            hmtx[name] = (hmtx[name][0], g.xMin)

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(
        len(getattr(g, "components", None) or []) for g in glyf.glyphs.values()
    )
    maxp.compile(font)  # recalculates the point/contour maxima

    post = font["post"]
    post.formatType = POST_FORMAT
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order

    font["head"].glyphDataFormat = 0
    # no hinting: ask rasterisers for smooth, symmetric anti-aliasing at all sizes
    gasp = font["gasp"] = newTable("gasp")
    gasp.version = 1
    gasp.gaspRange = {0xFFFF: 0x0002 | 0x0008}
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, style: str, weight: int, bold: bool) -> None:
    name = font["name"]
    src_version = font["head"].fontRevision
    kept = {
        n.nameID: n.toUnicode()
        for n in name.names
        if n.nameID in KEEP_NAME_IDS and (n.platformID, n.platEncID, n.langID) == (3, 1, 0x409)
    }
    ps_name = f"{PS_FAMILY}-{style}"
    version = f"{src_version:.3f}"
    kept.update({
        1: FAMILY,
        2: style,
        3: f"{version};DLBF;{ps_name}",
        4: f"{FAMILY} {style}" if style != "Regular" else FAMILY,
        5: f"Version {version}; subset of {SOURCE_FAMILY} {version} (scripts/build_fonts.py)",
        6: ps_name,
        10: (f"{FAMILY} is a modified version of {SOURCE_FAMILY} {style}: subset "
             "to GBK plus Latin/punctuation/symbols, converted to TrueType outlines, "
             "hinting removed, renamed."),
    })
    name.names = []
    for name_id in sorted(kept):
        name.setName(kept[name_id], name_id, 3, 1, 0x409)

    os2 = font["OS/2"]
    os2.usWeightClass = weight
    fs = os2.fsSelection & ~(0x01 | 0x20 | 0x40)  # clear ITALIC, BOLD, REGULAR
    fs |= 0x20 if bold else 0x40
    os2.fsSelection = fs
    head = font["head"]
    head.macStyle = (head.macStyle & ~0x03) | (0x01 if bold else 0)


def build_one(style: str, src_dir: Path, out_dir: Path, unicodes: set[int]) -> Path:
    ttc_name, weight, bold = STYLES[style]
    ttc_path = src_dir / ttc_name
    t0 = time.perf_counter()
    index = find_face_index(ttc_path, SOURCE_FAMILY)
    font = TTFont(str(ttc_path), fontNumber=index, lazy=False)
    src_glyphs = len(font.getGlyphOrder())
    cmap = font.getBestCmap()
    t1 = time.perf_counter()
    log(f"[{style}] {ttc_path} face #{index} "
        f"({font['name'].getDebugName(6)}, {src_glyphs} glyphs) loaded in {t1 - t0:.1f}s")

    missing = sorted(cp for cp in unicodes if cp not in cmap)
    subset_font(font, unicodes)
    t2 = time.perf_counter()
    kept_cps = len(font.getBestCmap())
    log(f"[{style}] subset: {kept_cps} code points, {len(font.getGlyphOrder())} glyphs "
        f"({len(missing)} requested code points not in source) in {t2 - t1:.1f}s")

    cff_to_glyf(font)
    t3 = time.perf_counter()
    log(f"[{style}] CFF -> glyf (cu2qu max_err={MAX_ERR}) in {t3 - t2:.1f}s")

    rename(font, style, weight, bold)
    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / f"{PS_FAMILY}-{style}.ttf"
    # keep the source's head.modified so rebuilds are byte-identical
    font.recalcTimestamp = False
    font.save(str(out_path), reorderTables=True)
    font.close()
    t4 = time.perf_counter()
    size = out_path.stat().st_size
    log(f"[{style}] wrote {out_path} ({size:,} bytes = {size / 2**20:.2f} MiB) "
        f"in {t4 - t3:.1f}s; total {t4 - t0:.1f}s")
    return out_path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src-dir", type=Path, default=DEFAULT_SRC_DIR,
                    help="directory with NotoSansCJK-{Regular,Bold}.ttc")
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR)
    ap.add_argument("--style", choices=sorted(STYLES), action="append",
                    help="build only this style (repeatable)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    unicodes, hanzi = wanted_codepoints()
    log(f"requested {len(unicodes)} code points ({hanzi} GBK hanzi)")
    for style in args.style or list(STYLES):
        build_one(style, args.src_dir, args.out_dir, unicodes)
    log(f"done in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
