"""Translated words for the deals area: stances, influence, gaps, and the services' error codes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.coverage import CoverageGap, gap_text
from desktop.domain.deals import Influence, StageKind, Stance
from desktop.domain.money import format_amount
from desktop.domain.people import FieldError
from desktop.ui.messages import field_error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("DealTexts", text)


def language() -> str:
    """The language the app runs in ("zh_CN" or "en"): set by the translators at start-up."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def money(amount: float | None, currency: str = "CNY") -> str:
    return format_amount(round(amount) if amount is not None else None, currency, language())


def stance_text(stance: Stance) -> str:
    return {
        Stance.SUPPORTER: _t("Supporter"), Stance.NEUTRAL: _t("Neutral"),
        Stance.OPPONENT: _t("Opponent"), Stance.UNKNOWN: _t("Unknown"),
    }[Stance(stance)]


def influence_text(influence: Influence) -> str:
    return {Influence.HIGH: _t("High"), Influence.MEDIUM: _t("Medium"), Influence.LOW: _t("Low")}[Influence(influence)]


def kind_text(kind: StageKind) -> str:
    return {
        StageKind.OPEN: _t("Open"), StageKind.WON: _t("Won"), StageKind.LOST: _t("Lost"),
        StageKind.ON_HOLD: _t("On hold"), StageKind.REMOVED: _t("Removed"),
    }[StageKind(kind)]


def gap_words(gap: CoverageGap) -> str:
    return gap_text(gap, language())


def days_text(days: int) -> str:
    return QCoreApplication.translate("DealTexts", "%n day(s)", "", days)


def date_text(value: date | None) -> str:
    if value is None:
        return ""
    if language() == "zh_CN":
        return f"{value.month}月{value.day}日" if value.year == date.today().year else f"{value.year}年{value.month}月{value.day}日"
    return value.strftime("%d %b") if value.year == date.today().year else value.strftime("%d %b %Y")


def error_text(error: FieldError) -> str:
    """Plain words for a deals/pipeline error code; other codes as the shared messages say."""
    texts = {
        "lost_reason_required": _t("Say why the deal was lost: pick a reason or write one."),
        "review_date_required": _t("Give a date to look at this deal again."),
        "amount_invalid": _t("This is not an amount. Type digits, e.g. 1280000, 128万 or 12.5w."),
        "probability_range": _t("Probability is a percentage from 0 to 100."),
        "stale_days_range": _t("Give a number of days from 1 to 3650, or leave it empty."),
        "stage_has_deals": _t("This stage still has %1 deal(s). Move them to another stage first."),
        "last_of_kind": _t("This is the only stage of its kind; the pipeline needs it."),
        "role_in_use": _t("%1 person(s) in buying committees hold this role. Change their roles first."),
        "duplicate_rule": _t("There is already a rule for this role from this stage."),
        "rule_stage_not_open": _t("Rules apply to open stages only."),
        "already_in_committee": _t("%1 is already in this buying committee."),
        "date_in_future": _t("This date is in the future."),
        "move_before_last": _t("A stage change cannot be dated before the previous one."),
        "not_found": _t("This is no longer in the book. Reload and try again."),
        "date_invalid": _t("This is not a date."),
        "not_a_number": _t("Type a whole number."),
        "order_incomplete": _t("The pipeline changed meanwhile. Close this window and try again."),
    }
    text = texts.get(error.code)
    if text is None:
        return field_error_text(error)
    return text.replace("%1", error.detail)
