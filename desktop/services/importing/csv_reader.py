"""CSV (comma, semicolon or tab separated) into an ImportTable, headers mapped automatically."""

from __future__ import annotations

import csv
import io

from desktop.domain.importing import ImportTable, ImportUnreadable
from desktop.services.importing.mapping import suggest_mapping

DELIMITERS = ",;\t"


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


def read_csv(text: str, encoding: str) -> ImportTable:
    text = text.lstrip("\ufeff")
    delimiter = sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ImportUnreadable("csv", str(exc)) from exc
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
        cells = [cell.strip() for cell in record[:width]]
        cells += [""] * (width - len(cells))
        if len(record) > width and any(c.strip() for c in record[width:]):
            cells[-1] = " ".join(c.strip() for c in record[width - 1 :] if c.strip())
        rows.append(tuple(cells))
        numbers.append(index)
    if not rows:
        raise ImportUnreadable("no_rows")
    return ImportTable(
        format="csv",
        headers=headers,
        rows=tuple(rows),
        row_numbers=tuple(numbers),
        encoding=encoding,
        delimiter=delimiter,
        suggested_mapping=suggest_mapping(headers),
    )
