"""Import contacts and companies from CSV and vCard files: read, plan, then apply all or nothing.

    table = services.importing.read(path)             # ImportUnreadable when it cannot be read
    plan = services.importing.plan(table, mapping, on_duplicate)
    result = services.importing.apply(table, mapping, on_duplicate, valid_only=..., progress=...)

A whole-book JSON export (`is_whole_book`) is read with `read_book` and loaded with `apply_book`,
into an empty book only (book_json.py).

`apply` re-plans inside its one transaction (so it acts on the book as it is then), refuses a
plan with problems unless `valid_only`, and rolls everything back when `progress` returns False.
The rows the preview checked (phones parsed, pinyin filled in) are not checked again by the
`apply` that follows it: that was half of a 10,000-row import (issue 20).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlmodel import Session

from desktop.domain.changes import ALL_KINDS, writes
from desktop.domain.clock import Clock, system_clock
from desktop.domain.importing import (
    Action,
    ImportCancelled,
    ImportHasErrors,
    ImportPlan,
    ImportResult,
    ImportTable,
    OnDuplicate,
    PlannedRow,
)
from desktop.domain.text_clean import clean_text
from desktop.services.importing import book_json
from desktop.services.importing.book_json import BookJson
from desktop.services.importing.detect import read_table
from desktop.services.importing.plan import RowChecks, build_plan, merged_changes
from desktop.services.people import ContactService
from desktop.storage.book import Book
from desktop.storage.queries import importing as q
from desktop.storage.schema import phone_digits
from desktop.storage.tables import Company, Contact

Progress = Callable[[int, int], bool | None]  # (done, total) → False to cancel
COMPANY_COLUMNS = ("industry", "region", "website", "address")
# The text columns of a new contact that a file fills (storage/text_guard.py cleans ORM rows
# only: these are cleaned here, as they are inserted without one).
NEW_CONTACT_FIELDS = ("name", "name_alt", "title", "department", "mobile", "other_phone", "email",
                      "wechat", "qq", "remarks", "tags")


class ImportService:
    def __init__(self, book: Book, clock: Clock = system_clock) -> None:
        self.book = book
        self.clock = clock
        self._contacts = ContactService(book, clock)
        self._checks = RowChecks(self._contacts.validate)  # the last plan's, for the apply after it

    def read(self, path: Path | str) -> ImportTable:
        return read_table(path)

    def is_whole_book(self, path: Path | str) -> bool:
        """True for a `dealbrief export book` JSON file (by its content)."""
        try:
            with Path(path).open("rb") as fh:
                return book_json.looks_like_book_json(fh.read(400))
        except OSError:
            return False

    def read_book(self, path: Path | str) -> BookJson:
        """A whole-book export, checked; raises ImportUnreadable when it does not fit this version."""
        return book_json.read_book_json_file(path)

    def book_is_empty(self) -> bool:
        """No companies, contacts, deals, notes, partners or visits: a whole book can go in."""
        return book_json.is_empty(self.book)

    @writes(*ALL_KINDS)
    def apply_book(self, export: BookJson) -> int:
        """Load the export into this empty book in one transaction; raises BookNotEmpty."""
        return book_json.load_book_json(self.book, export)

    def plan(self, table: ImportTable, mapping: tuple[str, ...] | None = None,
             on_duplicate: OnDuplicate = OnDuplicate.MERGE) -> ImportPlan:
        self._checks = RowChecks(self._contacts.validate)
        with self.book.reading() as s:
            return build_plan(s, table, mapping or table.suggested_mapping, on_duplicate, self._checks)

    def apply(
        self,
        table: ImportTable,
        mapping: tuple[str, ...] | None = None,
        on_duplicate: OnDuplicate = OnDuplicate.MERGE,
        *,
        valid_only: bool = False,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Import in one transaction; raises ImportHasErrors or ImportCancelled having written nothing."""
        mapping = mapping or table.suggested_mapping
        try:
            return self._apply(table, mapping, on_duplicate, valid_only, progress)
        finally:
            self._checks = RowChecks(self._contacts.validate)

    def _apply(self, table: ImportTable, mapping: tuple[str, ...], on_duplicate: OnDuplicate,
               valid_only: bool, progress: Progress | None) -> ImportResult:
        with self.book.session() as s:
            plan = build_plan(s, table, mapping, on_duplicate, self._checks)
            errors = plan.count(Action.ERROR)
            if errors and not valid_only:
                raise ImportHasErrors(errors)
            writer = _Writer(s, self.clock())
            writer.load_contacts([r.match_id for r in plan.rows if r.action == Action.UPDATE
                                  and r.kind == "contact" and r.match_id is not None])
            writer.add_companies(plan.rows)
            total = len(plan.rows)
            written: list[Contact | int] = []  # an updated contact, or a new one's place in the insert
            for done, row in enumerate(plan.rows, start=1):
                if row.action in (Action.CREATE, Action.UPDATE):
                    record = writer.write(row)
                    if row.kind == "contact":
                        written.append(record)
                if progress is not None and progress(done, total) is False:
                    raise ImportCancelled()
            s.flush()  # one flush for the merges and new companies
            new_ids = q.insert_contacts(s, writer.new_contacts)
            ids = [new_ids[w] if isinstance(w, int) else w.id for w in written]
            return ImportResult(
                created=plan.count(Action.CREATE),
                updated=plan.count(Action.UPDATE),
                skipped=plan.count(Action.SKIP),
                not_imported=errors,
                companies_created=writer.companies_created,
                contact_ids=tuple(ids),
            )


class _Writer:
    """Writes planned rows in the import's session; companies are found or created by name."""

    def __init__(self, session: Session, now) -> None:  # noqa: ANN001 - a datetime
        self.s = session
        self.now = now
        self.companies = q.companies_by_name(session)
        self.company_ids: dict[str, int | None] = {n: c.id for n, c in self.companies.items()}
        self.companies_created = 0
        self.contacts: dict[int, Contact] = {}
        # New contacts as plain rows, inserted together at the end (queries/importing.py): an
        # ORM object and its bookkeeping per row was a third of writing 7,000 new people.
        self.new_contacts: list[dict[str, Any]] = []

    def load_contacts(self, ids: list[int]) -> None:
        """Bring the contacts a merge updates into the session in a few queries, not one each
        (held here: the session's identity map alone would let them go)."""
        for row in q.contacts_by_ids(self.s, ids):
            self.contacts[row.id] = row

    def add_companies(self, rows: tuple[PlannedRow, ...]) -> None:
        """Create the companies the contacts name that the book lacks, in one flush, each from
        the first row naming it (one flush per company would flush every contact before it)."""
        for planned in rows:
            if planned.kind != "contact" or planned.action not in (Action.CREATE, Action.UPDATE):
                continue
            values = dict(planned.values)
            name = values.get("company", "")
            if name and name not in self.companies:
                self.companies[name] = Company(name=name, created_at=self.now, updated_at=self.now,
                                               **{f: values.get(f, "") for f in COMPANY_COLUMNS})
                self.s.add(self.companies[name])
                self.companies_created += 1
        self.s.flush()
        self.company_ids = {n: c.id for n, c in self.companies.items()}

    def company(self, name: str, values: dict[str, str]) -> Company | None:
        if not name:
            return None
        row = self.companies.get(name)
        if row is None:
            row = Company(name=name, created_at=self.now, updated_at=self.now,
                          **{f: values.get(f, "") for f in COMPANY_COLUMNS})
            self.s.add(row)
            self.s.flush()  # the contacts written next need its id
            self.companies[name] = row
            self.company_ids[name] = row.id
            self.companies_created += 1
        return row

    def write(self, planned: PlannedRow) -> Company | Contact | int:
        """Add or update the row's record in the session (flushed with the others); a new
        contact is kept as a plain row for the insert and its place in it is returned."""
        values = dict(planned.values)
        if planned.kind == "company":
            return self._write_company(planned, values)
        company = self.company(values.get("company", ""), values)
        if planned.action == Action.CREATE:
            row = {f: clean_text(values.get(f, "")) for f in NEW_CONTACT_FIELDS}
            row.update(company_id=company.id if company else None,
                       phone_digits=phone_digits(values.get("mobile", ""), values.get("other_phone", "")),
                       created_at=self.now, updated_at=self.now)
            self.new_contacts.append(row)
            return len(self.new_contacts) - 1
        row = self.contacts.get(planned.match_id) or self.s.get(Contact, planned.match_id)
        for field, value in merged_changes(row, values, self.company_ids).items():
            if field == "company":
                row.company_id = company.id if company else row.company_id
            else:
                setattr(row, field, value)
        row.phone_digits = phone_digits(row.mobile, row.other_phone)
        row.updated_at = self.now
        return row

    def _write_company(self, planned: PlannedRow, values: dict[str, str]) -> Company:
        if planned.action == Action.CREATE:
            row = Company(name=planned.name, created_at=self.now, updated_at=self.now,
                          **{k: v for k, v in values.items() if k in Company.model_fields and k != "name"})
            self.s.add(row)
            self.companies_created += 1
        else:
            row = self.s.get(Company, planned.match_id)
            for field, value in values.items():
                if field in Company.model_fields and field != "name" and value:
                    setattr(row, field, value)
            row.updated_at = self.now
        return row
