"""Plain-words, translated text for import problems and reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.importing import Action, ImportUnreadable, RowProblem


def _t(text: str) -> str:
    return QCoreApplication.translate("DataTexts", text)


def unreadable_text(error: ImportUnreadable) -> str:
    texts = {
        "empty": _t("The file is empty."),
        "binary": _t("This is not a text file. Choose a CSV or vCard (.vcf) file."),
        "spreadsheet": _t("This is an Excel workbook. In Excel, save it as “CSV UTF-8” and import that file."),
        "encoding": _t("The text in this file uses an encoding Dealbrief cannot read. "
                       "Save it as UTF-8 and try again."),
        "no_rows": _t("The file holds no contacts: only a header row, or no complete vCard."),
        "too_big": _t("The file is larger than 50 MB."),
        "cannot_read": _t("The file cannot be read: it is missing or you have no permission to read it."),
        "csv": _t("The file is not valid CSV."),
    }
    return texts.get(error.reason, _t("The file cannot be read."))


def problem_text(problem: RowProblem) -> str:
    texts = {
        "required": _t("a name is required"),
        "email_invalid": _t("not an email address"),
        "phone_invalid": _t("not a phone number"),
        "unreadable": _t("this card cannot be read"),
        "no_name_column": _t("no column is set to Name: choose it in the column list"),
    }
    text = texts.get(problem.reason, problem.reason)
    if problem.column:
        text = f"{problem.column}: {text}"
    return text


def reason_text(reason: str) -> str:
    texts = {
        "duplicate_email": _t("same email as a contact in the book"),
        "duplicate_mobile": _t("same mobile as a contact in the book"),
        "duplicate_name": _t("a company of this name is in the book"),
        "duplicate_in_file": _t("repeats an earlier row"),
        "unchanged": _t("already in the book, nothing new"),
    }
    return texts.get(reason, "")


def action_text(action: Action) -> str:
    return {
        Action.CREATE: _t("Create"),
        Action.UPDATE: _t("Merge"),
        Action.SKIP: _t("Skip"),
        Action.ERROR: _t("Problem"),
    }[action]


def field_names() -> dict[str, str]:
    """What each import field is called in the column list."""
    return {
        "": _t("(do not import)"),
        "name": _t("Name"),
        "family_name": _t("Family name"),
        "given_name": _t("Given name"),
        "name_alt": _t("Pinyin / English name"),
        "company": _t("Company"),
        "department": _t("Department"),
        "title": _t("Job title"),
        "mobile": _t("Mobile"),
        "other_phone": _t("Other phone"),
        "email": _t("Email"),
        "wechat": _t("WeChat"),
        "qq": _t("QQ"),
        "notes": _t("Notes"),
        "tags": _t("Tags"),
        "industry": _t("Company industry"),
        "region": _t("Company region"),
        "website": _t("Company website"),
        "address": _t("Company address"),
    }
