"""Export: contacts as CSV (UTF-8 with BOM, so Excel shows Chinese) or vCard 3.0, the whole
book as JSON (docs/book-json.md). Files go through the one atomic writer
(desktop.storage.files): user-only, never half a file under the chosen name, and an existing file
is replaced only when the seller said so."""

from __future__ import annotations

import base64
import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select as sa_select
from sqlmodel import Session, SQLModel

from desktop.domain.clock import Clock, system_clock
from desktop.domain.csv_cells import neutralise
from desktop.domain.people import ContactRecord
from desktop.services.people import ContactService
from desktop.services.phones import display
from desktop.storage.book import Book
from desktop.storage.files import write_atomically
from desktop.storage.schema import LATEST_VERSION

BOOK_FORMAT = "dealbrief-book"
BOOK_FORMAT_VERSION = 1

CSV_COLUMNS = ("name", "name_alt", "company_name", "department", "title", "mobile", "other_phone",
               "email", "wechat", "qq", "tags", "remarks")
CSV_HEADERS = {
    "en": ("Name", "English name", "Company", "Department", "Job title", "Mobile", "Other phone",
           "Email", "WeChat", "QQ", "Tags", "Notes"),
    "zh_CN": ("姓名", "英文名", "公司", "部门", "职位", "手机", "其他电话", "邮箱", "微信", "QQ",
              "标签", "备注"),
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int  # contacts, or rows of every table for a book


def _cell(record: ContactRecord, column: str) -> str:
    value = getattr(record, column)
    if column in ("mobile", "other_phone"):
        return display(value)
    if column == "tags":
        return ", ".join(value)
    return value or ""


def contacts_csv_text(contacts: list[ContactRecord], language: str = "en") -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS.get(language, CSV_HEADERS["en"]))
    for record in contacts:  # no cell a spreadsheet would run (desktop/domain/csv_cells.py)
        writer.writerow([neutralise(_cell(record, c)) for c in CSV_COLUMNS])
    return out.getvalue()


def contacts_vcard_text(contacts: list[ContactRecord]) -> str:
    import vobject  # only when a vCard is written: it costs start-up time otherwise

    cards: list[str] = []
    for record in contacts:
        card = vobject.vCard()
        card.add("fn").value = record.name
        card.add("n").value = vobject.vcard.Name(family=record.name)
        if record.name_alt:
            card.add("nickname").value = record.name_alt
        if record.company_name or record.department:
            card.add("org").value = [record.company_name] + ([record.department] if record.department else [])
        if record.title:
            card.add("title").value = record.title
        for number, kind in ((record.mobile, "CELL"), (record.other_phone, "WORK")):
            if number:
                tel = card.add("tel")
                tel.value = number
                tel.type_param = kind
        if record.email:
            email = card.add("email")
            email.value = record.email
            email.type_param = "INTERNET"
        if record.wechat:
            card.add("x-wechat").value = record.wechat
        if record.qq:
            card.add("x-qq").value = record.qq
        if record.tags:
            card.add("categories").value = list(record.tags)
        if record.remarks:
            card.add("note").value = record.remarks
        cards.append(card.serialize())
    return "".join(cards)


def _jsonable(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):  # images (logo, QR) in the profile
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


class ExportService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock
        self._contacts = ContactService(book, clock)

    def contacts(self, path: Path | str, *, language: str = "en", overwrite: bool = False) -> ExportResult:
        """Every contact (not deleted) to a .csv or .vcf file, by the file's extension.

        The file is user-only (0600). An existing file raises FileExistsError unless `overwrite`
        (the seller said so: `--force`, or yes to the GUI's question)."""
        path = Path(path)
        contacts = self._contacts.list()
        if path.suffix.lower() in (".vcf", ".vcard"):
            data = contacts_vcard_text(contacts).encode("utf-8")
        else:
            data = contacts_csv_text(contacts, language).encode("utf-8-sig")
        write_atomically(path, data, overwrite=overwrite)
        return ExportResult(path, len(contacts))

    def _head(self) -> dict[str, object]:
        return {
            "format": BOOK_FORMAT,
            "format_version": BOOK_FORMAT_VERSION,
            "schema_version": LATEST_VERSION,
            "exported_at": self.clock().isoformat(),
        }

    @staticmethod
    def _table_rows(s: Session) -> Iterator[tuple[str, Iterator[dict[str, object]]]]:
        """(table name, its rows as plain JSON values), tables sorted by name, rows by key."""
        for name, table in sorted(SQLModel.metadata.tables.items()):
            stmt = sa_select(table).order_by(*table.primary_key.columns)
            rows = s.connection().execute(stmt)
            yield name, ({k: _jsonable(v) for k, v in row._mapping.items()} for row in rows)

    def book_data(self) -> dict[str, object]:
        """Every table, every row (deleted ones too, with their deleted_at), as plain JSON values."""
        with self.book.reading() as s:
            tables = {name: list(rows) for name, rows in self._table_rows(s)}
        return {**self._head(), "tables": tables}

    def whole_book(self, path: Path | str, *, overwrite: bool = False) -> ExportResult:
        """The whole book as JSON (user-only: it holds personal interests); see `contacts`.

        Written as it is read, a row at a time, so a book holding hundreds of megabytes of
        attachments is never in memory whole (nor its JSON text)."""
        count = 0

        def write(fh: BinaryIO) -> None:
            nonlocal count
            out = io.TextIOWrapper(fh, encoding="utf-8", newline="\n", write_through=False)
            out.write("{\n")
            for key, value in self._head().items():
                out.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
            out.write(' "tables": {')
            with self.book.reading() as s:
                for i, (name, rows) in enumerate(self._table_rows(s)):
                    out.write(f"{',' if i else ''}\n  {json.dumps(name)}: [")
                    first = True
                    for row in rows:
                        out.write(("" if first else ",") + "\n   " + json.dumps(row, ensure_ascii=False))
                        first = False
                        count += 1
                    out.write("]" if first else "\n  ]")
            out.write("\n }\n}\n")
            out.flush()
            out.detach()  # the atomic writer closes the file itself

        write_atomically(Path(path), write, overwrite=overwrite)
        return ExportResult(Path(path), count)
