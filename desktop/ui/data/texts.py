"""Plain-words, translated text for import problems and reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.importing import Action, ImportUnreadable, RowProblem


def unreadable_text(error: ImportUnreadable) -> str:
    texts = {
        "empty": QCoreApplication.translate("DataTexts", "The file is empty."),
        "binary": QCoreApplication.translate(
            "DataTexts", "This is not a text file. Choose a CSV or vCard (.vcf) file."
        ),
        "spreadsheet": QCoreApplication.translate(
            "DataTexts", "This is an Excel workbook. In Excel, save it as “CSV UTF-8” and import that file."
        ),
        "encoding": QCoreApplication.translate(
            "DataTexts", "The text in this file uses an encoding Dealbrief cannot read. Save it as UTF-8 and try again."
        ),
        "no_rows": QCoreApplication.translate(
            "DataTexts", "The file holds no contacts: only a header row, or no complete vCard."
        ),
        "too_big": QCoreApplication.translate("DataTexts", "The file is larger than 50 MB."),
        "cannot_read": QCoreApplication.translate(
            "DataTexts", "The file cannot be read: it is missing or you have no permission to read it."
        ),
        "csv": QCoreApplication.translate("DataTexts", "The file is not valid CSV."),
        "whole_book": QCoreApplication.translate(
            "DataTexts", "This is a whole-book export (JSON): it is imported into an empty book only."
        ),
    }
    if error.reason == "csv_quote":
        return QCoreApplication.translate(
            "DataTexts", "A quote that opens on line %1 is not closed where its cell ends, so the "
            "rows after it would run into one cell. Fix that quote in the file and import it "
            "again.").replace("%1", error.detail)
    return texts.get(error.reason, QCoreApplication.translate("DataTexts", "The file cannot be read."))


def problem_text(problem: RowProblem) -> str:
    texts = {
        "required": QCoreApplication.translate("DataTexts", "a name is required"),
        "email_invalid": QCoreApplication.translate("DataTexts", "not an email address"),
        "phone_invalid": QCoreApplication.translate("DataTexts", "not a phone number"),
        "unreadable": QCoreApplication.translate("DataTexts", "this card cannot be read"),
        "line_break": QCoreApplication.translate(
            "DataTexts", "a line break inside a one-line field: a quote in the file is probably "
            "missing, and the next row ran into this one"),
        "nested_card": QCoreApplication.translate(
            "DataTexts", "a card inside another card: neither was imported"),
        "no_name_column": QCoreApplication.translate(
            "DataTexts", "no column is set to Name: choose it in the column list"
        ),
    }
    text = texts.get(problem.reason, problem.reason)
    if problem.column:
        text = f"{problem.column}: {text}"
    return text


def reason_text(reason: str) -> str:
    texts = {
        "duplicate_email": QCoreApplication.translate("DataTexts", "same email as a contact in the book"),
        "duplicate_mobile": QCoreApplication.translate("DataTexts", "same mobile as a contact in the book"),
        "shared_mobile": QCoreApplication.translate(
            "DataTexts", "same mobile as a contact in the book under another name: added as a new person"
        ),
        "duplicate_name": QCoreApplication.translate("DataTexts", "a company of this name is in the book"),
        "duplicate_in_file": QCoreApplication.translate("DataTexts", "repeats an earlier row"),
        "unchanged": QCoreApplication.translate("DataTexts", "already in the book, nothing new"),
    }
    return texts.get(reason, "")


def action_text(action: Action) -> str:
    return {
        Action.CREATE: QCoreApplication.translate("DataTexts", "Create"),
        Action.UPDATE: QCoreApplication.translate("DataTexts", "Merge"),
        Action.SKIP: QCoreApplication.translate("DataTexts", "Skip"),
        Action.ERROR: QCoreApplication.translate("DataTexts", "Problem"),
    }[action]


def field_names() -> dict[str, str]:
    """What each import field is called in the column list."""
    return {
        "": QCoreApplication.translate("DataTexts", "(do not import)"),
        "name": QCoreApplication.translate("DataTexts", "Name"),
        "family_name": QCoreApplication.translate("DataTexts", "Family name"),
        "given_name": QCoreApplication.translate("DataTexts", "Given name"),
        "name_alt": QCoreApplication.translate("DataTexts", "Pinyin / English name"),
        "company": QCoreApplication.translate("DataTexts", "Company"),
        "department": QCoreApplication.translate("DataTexts", "Department"),
        "title": QCoreApplication.translate("DataTexts", "Job title"),
        "mobile": QCoreApplication.translate("DataTexts", "Mobile"),
        "other_phone": QCoreApplication.translate("DataTexts", "Other phone"),
        "email": QCoreApplication.translate("DataTexts", "Email"),
        "wechat": QCoreApplication.translate("DataTexts", "WeChat"),
        "qq": QCoreApplication.translate("DataTexts", "QQ"),
        "remarks": QCoreApplication.translate("DataTexts", "Notes"),
        "tags": QCoreApplication.translate("DataTexts", "Tags"),
        "industry": QCoreApplication.translate("DataTexts", "Company industry"),
        "region": QCoreApplication.translate("DataTexts", "Company region"),
        "website": QCoreApplication.translate("DataTexts", "Company website"),
        "address": QCoreApplication.translate("DataTexts", "Company address"),
    }
