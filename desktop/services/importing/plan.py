"""What importing a table would do, row by row: create, update (merge), skip, or a problem.

Duplicates are found by email and by normalised mobile, against the book and against earlier
rows of the same file. Merging fills the book's record with the file's non-empty cells (an empty
cell never erases anything); a merge that would change nothing is a skip ("unchanged").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlmodel import Session

from desktop.domain.errors import FieldError
from desktop.domain.importing import (
    COMPANY_FIELDS,
    Action,
    ImportPlan,
    ImportTable,
    OnDuplicate,
    PlannedRow,
    RowProblem,
)
from desktop.domain.people import ContactRecord, join_tags, split_tags
from desktop.services import phones
from desktop.storage.queries import importing as q

MERGED_CONTACT_FIELDS = ("name_alt", "title", "department", "mobile", "other_phone", "email",
                         "wechat", "qq", "remarks", "tags")
MATCHED_COLUMNS = ("id", "company_id", "name") + MERGED_CONTACT_FIELDS  # what matching and merging read
MULTILINE_FIELDS = ("remarks", "address")
_CJK = re.compile(r"[\u3400-\u9fff]")
Validate = Callable[[ContactRecord], tuple[ContactRecord, list[FieldError]]]


class RowChecks:
    """The checks a plan makes of each row's text: is its mobile cell an office line, and the
    record validated (phones parsed, pinyin filled in). They depend on the text alone, so they
    are kept: the apply that follows a preview re-plans the same file and gets the preview's
    answers (checking twice was half of a 10,000-row import, issue 20)."""

    def __init__(self, validate: Validate) -> None:
        self._validate = validate
        self._records: dict[ContactRecord, tuple[ContactRecord, tuple[FieldError, ...]]] = {}
        self._landlines: dict[str, bool] = {}

    def validate(self, draft: ContactRecord) -> tuple[ContactRecord, list[FieldError]]:
        done = self._records.get(draft)
        if done is None:
            record, errors = self._validate(draft)
            done = self._records[draft] = (record, tuple(errors))
        return done[0], list(done[1])

    def is_landline(self, text: str) -> bool:
        landline = self._landlines.get(text)
        if landline is None:
            landline = self._landlines[text] = phones.is_landline(text)
        return landline


def full_name(values: dict[str, str]) -> str:
    """The one name field: as given, else family + given (no space between Chinese parts)."""
    if values.get("name"):
        return values["name"]
    family, given = values.get("family_name", ""), values.get("given_name", "")
    if _CJK.search(family + given):
        return f"{family}{given}"
    return " ".join(p for p in (given, family) if p)


def broken_line(field: str, value: str) -> bool:
    """A line break in a one-line field: in a CSV that is a missing quote that ran the next row
    into this cell (a merged person), never a real name, phone or company."""
    return field not in MULTILINE_FIELDS and ("\n" in value or "\r" in value)


def clean_tags(text: str) -> list[str]:
    """Tags from a cell; Google's "a ::: b" labels split, its "* myContacts" system label dropped."""
    return [t for t in split_tags(text.replace(":::", ",")) if not t.startswith("*")]


def row_values(row: tuple[str, ...], mapping: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for field, cell in zip(mapping, row, strict=False):
        if field and cell.strip() and field not in values:
            values[field] = cell.strip()
    return values


def _column_of(field: str, table: ImportTable, mapping: tuple[str, ...]) -> str:
    fields = ("name", "family_name", "given_name") if field == "name" else (field,)
    for f in fields:
        if f in mapping:
            return table.headers[mapping.index(f)]
    return field


def build_plan(
    session: Session,
    table: ImportTable,
    mapping: tuple[str, ...],
    on_duplicate: OnDuplicate,
    checks: RowChecks,
) -> ImportPlan:
    """The plan for `table` read through `mapping`, against the book as `session` sees it."""
    mapping = tuple(mapping) + ("",) * (len(table.headers) - len(mapping))
    has_name = any(f in mapping for f in ("name", "family_name", "given_name"))
    if not has_name and "company" in mapping:
        return _plan_companies(session, table, mapping, on_duplicate)
    rows: list[PlannedRow] = [
        PlannedRow(p.row, Action.ERROR, "contact", "", problems=(p,)) for p in table.unreadable
    ]
    if not has_name:
        problem = RowProblem(0, "", "no_name_column")
        return ImportPlan(tuple(rows) + (PlannedRow(0, Action.ERROR, "contact", "", problems=(problem,)),),
                          on_duplicate, "contact")
    # Plain rows, not ORM objects: a veteran's book holds 10,000 contacts to match against.
    session.flush()
    existing_companies = q.company_ids_by_name(session)
    by_email: dict[str, Any] = {}
    by_mobile: dict[str, Any] = {}
    for contact in q.contacts_to_match(session, MATCHED_COLUMNS):
        if contact.email:
            by_email.setdefault(contact.email.lower(), contact)
        if contact.mobile:
            by_mobile.setdefault(contact.mobile, contact)
    seen_email: set[str] = set()
    seen_mobile: dict[str, list[ContactRecord]] = {}  # people of the file, by mobile
    new_companies: list[str] = []

    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        values = row_values(cells, mapping)
        name = full_name(values)
        company = " ".join(values.get("company", "").split())
        if checks.is_landline(values.get("mobile", "")) and not values.get("other_phone", "").strip():
            # an address book's only "phone" column often holds the office line: not a mobile
            values = {**values, "other_phone": values["mobile"], "mobile": ""}
        draft = ContactRecord(
            name=name, name_alt=values.get("name_alt", ""), title=values.get("title", ""),
            department=values.get("department", ""), mobile=values.get("mobile", ""),
            other_phone=values.get("other_phone", ""), email=values.get("email", ""),
            wechat=values.get("wechat", ""), qq=values.get("qq", ""), remarks=values.get("remarks", ""),
            tags=tuple(clean_tags(values.get("tags", ""))),
        )
        record, errors = checks.validate(draft)
        errors += [FieldError(f, "line_break", v) for f, v in values.items() if broken_line(f, v)]
        if errors:
            problems = tuple(
                RowProblem(number, _column_of(e.field, table, mapping), e.code,
                           values.get(e.field, getattr(draft, e.field, "")))
                for e in errors
            )
            rows.append(PlannedRow(number, Action.ERROR, "contact", name, company, draft.mobile,
                                   draft.email, problems=problems))
            continue
        plain = dict(_record_values(record), company=company)
        plain.update({f: values[f] for f in COMPANY_FIELDS if f in values})
        summary = {"kind": "contact", "name": record.name, "company": company, "mobile": record.mobile,
                   "email": record.email, "values": tuple(plain.items())}
        if (record.email and record.email in seen_email) or any(
                same_person(earlier, record) for earlier in seen_mobile.get(record.mobile, ())):
            rows.append(PlannedRow(number, Action.SKIP, reason="duplicate_in_file", **summary))
            continue
        seen_email.update([record.email] if record.email else [])
        if record.mobile:
            seen_mobile.setdefault(record.mobile, []).append(record)
        match, reason = None, ""
        if record.email and record.email in by_email:
            match, reason = by_email[record.email], "duplicate_email"
        elif record.mobile and record.mobile in by_mobile:
            match, reason = by_mobile[record.mobile], "duplicate_mobile"
            if not same_person(match, record):
                # a switchboard (总机) or a handed-down number: another person, not a merge
                match, reason = None, "shared_mobile"
        if match is None:
            if company and company not in existing_companies and company not in new_companies:
                new_companies.append(company)
            rows.append(PlannedRow(number, Action.CREATE, reason=reason, **summary))
        elif on_duplicate == OnDuplicate.SKIP:
            rows.append(PlannedRow(number, Action.SKIP, reason=reason, match_id=match.id, **summary))
        elif not merged_changes(match, plain, existing_companies):
            rows.append(PlannedRow(number, Action.SKIP, reason="unchanged", match_id=match.id, **summary))
        else:
            if company and company not in existing_companies and company not in new_companies:
                new_companies.append(company)
            rows.append(PlannedRow(number, Action.UPDATE, reason=reason, match_id=match.id, **summary))
    rows.sort(key=lambda r: r.row)
    return ImportPlan(tuple(rows), on_duplicate, "contact", tuple(new_companies))


def same_person(row: Any, record: ContactRecord) -> bool:
    """Whether a book row and a file record name the same person: any of their names (姓名 or
    the pinyin/English one) agree, ignoring spaces and case ("Li Min" is "li min", "李 敏" is 李敏)."""

    def names(*texts: str) -> set[str]:
        return {"".join(t.split()).casefold() for t in texts if t and t.strip()}

    return bool(names(row.name, row.name_alt) & names(record.name, record.name_alt))


def _record_values(record: ContactRecord) -> dict[str, str]:
    values = {f: getattr(record, f) for f in MERGED_CONTACT_FIELDS if f != "tags"}
    values["name"] = record.name
    values["tags"] = join_tags(list(record.tags))
    return values


def merged_changes(row: Any, plain: dict[str, str], companies: dict[str, int | None]) -> dict[str, str]:
    """The fields of `row` (a Contact, or a result row with its columns) a merge would set:
    non-empty cells that differ; tags are joined and notes appended rather than replaced."""
    changes: dict[str, str] = {}
    for field in MERGED_CONTACT_FIELDS:
        new = plain.get(field, "")
        old = getattr(row, field) or ""
        if not new or new == old:
            continue
        if field == "tags":
            tags = split_tags(old) + [t for t in split_tags(new) if t not in split_tags(old)]
            if tags != split_tags(old):
                changes[field] = join_tags(tags)
        elif field == "remarks" and old:
            if new not in old:
                changes[field] = f"{old}\n{new}"
        else:
            changes[field] = new
    company = plain.get("company", "")
    if company and companies.get(company, -1) != row.company_id:
        changes["company"] = company
    return changes


def _plan_companies(
    session: Session, table: ImportTable, mapping: tuple[str, ...], on_duplicate: OnDuplicate
) -> ImportPlan:
    existing = q.companies_by_name(session)
    rows: list[PlannedRow] = [PlannedRow(p.row, Action.ERROR, "company", "", problems=(p,)) for p in table.unreadable]
    seen: set[str] = set()
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        values = row_values(cells, mapping)
        name = " ".join(values.get("company", "").split())
        extra = {f: values[f] for f in COMPANY_FIELDS + ("remarks", "tags") if f in values}
        planned = PlannedRow(
            number, Action.CREATE, "company", name, name, values=tuple(dict(extra, company=name).items())
        )
        broken = [f for f, v in values.items() if broken_line(f, v)]
        if not name or broken:
            problem = RowProblem(
                number, _column_of(broken[0] if broken else "company", table, mapping),
                "line_break" if broken else "required", values[broken[0]] if broken else "",
            )
            rows.append(replace(planned, action=Action.ERROR, problems=(problem,)))
        elif name in seen:
            rows.append(replace(planned, action=Action.SKIP, reason="duplicate_in_file"))
        elif name in existing:
            row = existing[name]
            changed = any(v and v != getattr(row, f) for f, v in extra.items())
            if on_duplicate == OnDuplicate.SKIP or not changed:
                reason = "duplicate_name" if on_duplicate == OnDuplicate.SKIP else "unchanged"
                rows.append(replace(planned, action=Action.SKIP, reason=reason, match_id=row.id))
            else:
                rows.append(replace(planned, action=Action.UPDATE, reason="duplicate_name", match_id=row.id))
        else:
            rows.append(planned)
        seen.add(name)
    rows.sort(key=lambda r: r.row)
    return ImportPlan(tuple(rows), on_duplicate, "company")
