"""CSV (comma, semicolon or tab separated) into an ImportTable, headers mapped automatically."""

from __future__ import annotations

import csv
import io
import re

from desktop.domain.csv_cells import restore
from desktop.domain.importing import ImportTable, ImportUnreadable
from desktop.domain.text_clean import clean_text
from desktop.services.importing.mapping import suggest_mapping

DELIMITERS = ",;\t"
# Python's csv refuses a cell over 128 KiB ("field larger than field limit"); a file may be 50 MB
# (detect.MAX_BYTES), and one long notes cell is not a reason to refuse it.
csv.field_size_limit(64 * 1024 * 1024)
# Google Contacts: "Phone 1 - Label" (new export) or "Phone 1 - Type" (old) beside "Phone 1 - Value"
_GOOGLE_PHONE = re.compile(r"^phone (\d+) - (label|type|value)$", re.IGNORECASE)
GOOGLE_MOBILE = "Mobile (by Google's phone labels)"
GOOGLE_OTHER = "Other phone (by Google's phone labels)"


def sniff_delimiter(text: str) -> str:
    """csv.Sniffer on the first lines; if it cannot tell, the delimiter the header uses most."""
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = text.splitlines()[0] if text.splitlines() else ""
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _records(text: str, delimiter: str) -> list[list[str]]:
    """Every record; a quote that is never closed (or closed in the middle of a cell) is refused
    with the line it opened on, rather than running the rows after it into one cell."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    line = 0  # the last line of the previous record
    try:
        for record in reader:
            records.append(record)
            line = reader.line_num
    except csv.Error as exc:
        raise ImportUnreadable("csv_quote", str(line + 1)) from exc
    return records


def read_csv(text: str, encoding: str) -> ImportTable:
    text = text.lstrip("\ufeff")
    first, _, rest = text.partition("\n")
    hint = re.fullmatch(r"sep=(.)", first.strip("\r"), re.IGNORECASE)  # Excel's "sep=;" line
    if hint:
        text, delimiter = rest, hint[1]
    else:
        delimiter = sniff_delimiter(text)
    records = _records(text, delimiter)
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)
    if not records:
        raise ImportUnreadable("empty")
    headers = tuple(cell.strip() for cell in records[0])
    width = len(headers)
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    for index, record in enumerate(records[1:], start=2):  # row 1 is the header, as in Excel
        if not any(cell.strip() for cell in record):
            continue
        cells = [restore(clean_text(cell.strip())) for cell in record[:width]]
        cells += [""] * (width - len(cells))
        if len(record) > width and any(c.strip() for c in record[width:]):
            cells[-1] = " ".join(c.strip() for c in record[width - 1 :] if c.strip())
        rows.append(tuple(cells))
        numbers.append(index)
    if not rows:
        raise ImportUnreadable("no_rows")
    mapping = suggest_mapping(headers)
    headers, rows, mapping = _google_phones(headers, rows, mapping)
    return ImportTable(
        format="csv",
        headers=headers,
        rows=tuple(rows),
        row_numbers=tuple(numbers),
        encoding=encoding,
        delimiter=delimiter,
        suggested_mapping=mapping,
    )


def _google_phones(
    headers: tuple[str, ...], rows: list[tuple[str, ...]], mapping: tuple[str, ...]
) -> tuple[tuple[str, ...], list[tuple[str, ...]], tuple[str, ...]]:
    """Google Contacts puts each number in "Phone N - Value" and says in "Phone N - Label" what
    it is, so which column holds the mobile changes from row to row. Two columns are added that
    take, per row, the number labelled Mobile and the first other one; they fill mobile and
    other phone instead of the Phone columns (the seller can still map those by hand)."""
    pairs: dict[str, dict[str, int]] = {}
    for column, header in enumerate(headers):
        match = _GOOGLE_PHONE.match(header.strip())
        if match:
            pairs.setdefault(match[1], {})["value" if match[2].lower() == "value" else "label"] = column
    pairs = {n: p for n, p in pairs.items() if set(p) == {"label", "value"}}
    if not pairs:
        return headers, rows, mapping
    ordered = [pairs[n] for n in sorted(pairs, key=int)]
    extended: list[tuple[str, ...]] = []
    for cells in rows:
        mobile, other = "", ""
        for pair in ordered:
            label, value = cells[pair["label"]].lower(), cells[pair["value"]].strip()
            for number in (v.strip() for v in value.split(":::") if v.strip()):  # Google joins several with :::
                if not mobile and ("mobile" in label or "cell" in label or "手机" in label):
                    mobile = number
                elif not other and "fax" not in label and "传真" not in label:
                    other = number
        if not mobile and other and not any("mobile" in cells[p["label"]].lower() for p in ordered):
            mobile, other = other, ""  # no label says mobile: the first number is the one to keep
        extended.append(tuple(cells) + (mobile, other))
    value_columns = {p["value"] for p in ordered}
    mapping = tuple("" if c in value_columns and f in ("mobile", "other_phone") else f
                    for c, f in enumerate(mapping))
    mapping = tuple("" if f in ("mobile", "other_phone") else f for f in mapping) + ("mobile", "other_phone")
    return headers + (GOOGLE_MOBILE, GOOGLE_OTHER), extended, mapping
