"""vCard 2.1, 3.0 and 4.0 into an ImportTable, parsed card by card with vobject.

The file is cut into cards first, so one broken card becomes a reported row instead of failing
the whole file. vCard 2.1's quoted-printable soft line breaks ("=" at a line end) are joined
before vobject sees them (it decodes QP and CHARSET itself, but not across lines). PHOTO, LOGO
and SOUND are ignored.
"""

from __future__ import annotations

import re

import vobject
from vobject.base import VObjectError

from desktop.domain.importing import ImportTable, ImportUnreadable, RowProblem
from desktop.domain.text_clean import clean_text

HEADERS = ("FN", "N (family)", "N (given)", "NICKNAME", "ORG", "ORG (department)", "TITLE",
           "TEL (mobile)", "TEL (other)", "EMAIL", "X-WECHAT", "X-QQ", "NOTE", "CATEGORIES", "URL",
           "ADR")
MAPPING = ("name", "family_name", "given_name", "name_alt", "company", "department", "title",
           "mobile", "other_phone", "email", "wechat", "qq", "remarks", "tags", "website", "address")
_IGNORED = ("PHOTO", "LOGO", "SOUND", "KEY")
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]+\s*$")
_ENCODING = re.compile(r"(?i)\b(?:encoding|charset)\b|\bquoted-printable\b|\bbase64\b|(?<==)b\b")
# The start of a property line: a known name (or X-…), optional group, then ";" or ":".
_PROPERTY = re.compile(
    r"(?i)^(?:[\w-]+\.)?(?:BEGIN|END|VERSION|FN|N|NICKNAME|ORG|TITLE|ROLE|TEL|EMAIL|ADR|LABEL|NOTE|URL|"
    r"CATEGORIES|BDAY|PHOTO|LOGO|SOUND|KEY|REV|UID|TZ|GEO|X-[\w-]+)[;:]")
_MOBILE = re.compile(r"^(?:\+?86[\s-]?)?1\d{2}[\s-]?\d{4}[\s-]?\d{4}$")


def split_cards(text: str) -> list[tuple[int, list[str], str]]:
    """(line number of BEGIN, lines, problem) for each card. The problem is "" for a whole card,
    "nested_card" for a card that holds another (both are refused, not one silently dropped),
    "unfinished" for a card the file ends inside."""
    cards: list[tuple[int, list[str], str]] = []
    current: list[str] | None = None
    start = depth = 0
    nested = False
    for number, line in enumerate(text.splitlines(), start=1):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if current is None:
                current, start, depth, nested = [line.strip()], number, 1, False
                continue
            depth += 1
            nested = True
        if current is None:
            continue
        current.append(line)
        if upper == "END:VCARD":
            depth -= 1
            if depth == 0:
                cards.append((start, current, "nested_card" if nested else ""))
                current = None
    if current is not None:
        cards.append((start, current, "unfinished"))
    return cards


def _join_soft_breaks(lines: list[str]) -> list[str]:
    """Join quoted-printable soft line breaks; a "continuation" that is the next property (a
    writer that left a stray "=" at the end of a value) is not joined into the value."""
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and _PROPERTY.match(line):
            out[-1] = out[-1][:-1]
            joining = False
        if joining:
            out[-1] = out[-1][:-1] + line.lstrip()
        else:
            out.append(line)
        last = out[-1]
        head = last.split(":", 1)[0].upper()
        joining = last.endswith("=") and ("QUOTED-PRINTABLE" in head or joining)
    return out


def _without_media(lines: list[str]) -> list[str]:
    """The card without PHOTO, LOGO, SOUND and KEY. Their base64 runs on over folded lines, and
    some vCard 2.1 writers leave those lines unindented up to a blank line: while inside one,
    a line of base64 characters only is part of it."""
    out: list[str] = []
    skipping = False
    for line in lines:
        if line[:1] in (" ", "\t") or (skipping and (not line.strip() or _BASE64_LINE.match(line))):
            if not skipping:
                out.append(line)
            continue
        name = re.split(r"[;:]", line, maxsplit=1)[0].upper().split(".")[-1]
        skipping = name in _IGNORED
        if not skipping:
            out.append(line)
    return out


def _upper_encodings(line: str) -> str:
    """vobject decodes only an upper-case ENCODING=QUOTED-PRINTABLE; some phones write it lower."""
    if line[:1] in (" ", "\t") or ":" not in line:
        return line
    head, value = line.split(":", 1)
    return _ENCODING.sub(lambda m: m[0].upper(), head) + ":" + value


def _types(line: vobject.base.ContentLine) -> set[str]:
    found: set[str] = {p.upper() for p in getattr(line, "singletonparams", [])}
    for value in line.params.get("TYPE", []):
        found.update(v.strip().upper() for v in value.split(","))
    return found


def _text(value: object) -> str:
    if isinstance(value, list):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return str(value or "").strip()


def _card_row(card: vobject.base.Component) -> tuple[str, ...]:
    values = dict.fromkeys(MAPPING, "")
    extra: list[str] = []
    contents = card.contents
    values["name"] = " ".join(_text(c.value) for c in contents.get("fn", [])[:1])
    for n in contents.get("n", [])[:1]:
        values["family_name"] = _text(n.value.family)
        values["given_name"] = " ".join(p for p in (_text(n.value.given), _text(n.value.additional)) if p)
    for org in contents.get("org", [])[:1]:
        parts = [p.strip() for p in (org.value if isinstance(org.value, list) else [org.value]) if p.strip()]
        values["company"] = parts[0] if parts else ""
        values["department"] = " / ".join(parts[1:])
    for key, field in (("title", "title"), ("nickname", "name_alt"), ("x-wechat", "wechat"), ("x-qq", "qq")):
        values[field] = _text(contents[key][0].value) if key in contents else ""
    for tel in contents.get("tel", []):
        number = _text(tel.value)
        number = number[4:] if number.lower().startswith("tel:") else number
        if not number:
            continue
        types = _types(tel)
        if not values["mobile"] and (
            "CELL" in types or (not types & {"WORK", "HOME", "FAX"} and _MOBILE.match(number))
        ):
            values["mobile"] = number
        elif not values["other_phone"] and "FAX" not in types:
            values["other_phone"] = number
        else:
            extra.append(f"TEL: {number}")
    emails = [_text(e.value) for e in contents.get("email", []) if _text(e.value)]
    if emails:
        values["email"] = emails[0]
        extra += [f"EMAIL: {e}" for e in emails[1:]]
    notes = [_text(n.value) for n in contents.get("note", []) if _text(n.value)]
    values["remarks"] = "\n".join(notes + extra)
    values["tags"] = ", ".join(
        ", ".join(c.value) if isinstance(c.value, list) else _text(c.value) for c in contents.get("categories", [])
    )
    values["website"] = _text(contents["url"][0].value) if "url" in contents else ""
    for adr in contents.get("adr", [])[:1]:
        a = adr.value
        values["address"] = " ".join(
            p for p in (_text(a.country), _text(a.region), _text(a.city), _text(a.street)) if p
        )
    return tuple(clean_text(values[f]) for f in MAPPING)


def read_vcards(text: str, encoding: str) -> ImportTable:
    cards = split_cards(text)
    if not cards:
        raise ImportUnreadable("no_rows", "no complete BEGIN:VCARD … END:VCARD")
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    unreadable: list[RowProblem] = []
    for index, (line_number, lines, problem) in enumerate(cards, start=1):
        if problem:
            reason, why = (("nested_card", "") if problem == "nested_card"
                           else ("unreadable", "the file ends before END:VCARD"))
            unreadable.append(RowProblem(index, f"line {line_number}", reason, why))
            continue
        source = "\r\n".join(_upper_encodings(x) for x in _join_soft_breaks(_without_media(lines))) + "\r\n"
        try:
            card = vobject.readOne(source, ignoreUnreadable=False)
            row = _card_row(card)
        except (VObjectError, ValueError, UnicodeError, LookupError, AttributeError) as exc:
            unreadable.append(RowProblem(index, f"line {line_number}", "unreadable", str(exc)[:120]))
            continue
        rows.append(row)
        numbers.append(index)
    return ImportTable(
        format="vcard",
        headers=HEADERS,
        rows=tuple(rows),
        row_numbers=tuple(numbers),
        encoding=encoding,
        suggested_mapping=MAPPING,
        unreadable=tuple(unreadable),
    )
