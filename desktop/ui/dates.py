"""How dates are shown on screen: ISO 8601 (2026-05-04) in both languages, the format the lists,
the date fields and the stage history use — never 5/4/26 (which day?) beside 11月10日."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

from desktop.domain.language import is_chinese

DATE_FORMAT = "yyyy-MM-dd"  # for QDateEdit.setDisplayFormat
WEEKDAYS_ZH = "一二三四五六日"


def date_text(value: date | datetime | None) -> str:
    """'2026-05-04'; '' for no date."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def weekday_date_text(value: date, language: str) -> str:
    """The date with its weekday: '2026-11-30 周一' / 'Mon 2026-11-30'."""
    if is_chinese(language):
        return f"{date_text(value)} 周{WEEKDAYS_ZH[value.weekday()]}"
    return f"{value:%a} {date_text(value)}"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
