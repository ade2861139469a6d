"""Read an import file by its content, not its name: decode the text, tell vCard from CSV."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.importing import ImportTable, ImportUnreadable

MAX_BYTES = 50 * 1024 * 1024


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding: UTF-16 by its BOM, then UTF-8 (with or without BOM) and
    GB18030 tried strictly (GB18030 covers GBK and GB2312: what Excel saves on a Chinese
    Windows), and only then charset-normalizer's guess."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ImportUnreadable("encoding", str(exc)) from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, ("utf-8" if encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf") else encoding)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ImportUnreadable("encoding")
    return str(best), best.encoding


def _looks_binary(data: bytes) -> str | None:
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        return "spreadsheet"  # .xlsx (zip) or .xls (OLE): ask for CSV
    if data.startswith(b"SQLite format 3\x00") or b"\x00" in data[:4096]:
        return "binary"
    return None


def read_table(path: Path | str) -> ImportTable:
    """The file as a table; raises ImportUnreadable when it holds no contacts we can read."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportUnreadable("too_big", f"{path.stat().st_size} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportUnreadable("cannot_read", str(exc)) from exc
    return parse_bytes(data)


def parse_bytes(data: bytes) -> ImportTable:
    if not data.strip():
        raise ImportUnreadable("empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        kind = None
    else:
        kind = _looks_binary(data)
    if kind:
        raise ImportUnreadable(kind)
    from desktop.services.importing.book_json import looks_like_book_json

    if looks_like_book_json(data):
        raise ImportUnreadable("whole_book")  # not contacts: ImportService.read_book reads it
    text, encoding = decode(data)
    head = text.lstrip("\ufeff \t\r\n")[:200].upper()
    if head.startswith("BEGIN:VCARD"):
        from desktop.services.importing.vcard_reader import read_vcards

        return read_vcards(text, encoding)
    from desktop.services.importing.csv_reader import read_csv

    return read_csv(text, encoding)
