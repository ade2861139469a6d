"""Translated words for the deals area: stances, influence, gaps, and the services' error codes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.domain.amounts import format_amount
from desktop.domain.coverage import CoverageGap, gap_text, gaps_text
from desktop.domain.deals import Influence, StageKind, Stance
from desktop.domain.errors import FieldError
from desktop.domain.language import is_chinese
from desktop.domain.overview import DealOverview
from desktop.ui.i18n import current_language
from desktop.ui.messages import field_error_text

language = current_language


def money(amount: float | None, currency: str = "CNY") -> str:
    return format_amount(round(amount) if amount is not None else None, currency, language())


def stance_text(stance: Stance) -> str:
    return {
        Stance.SUPPORTER: QCoreApplication.translate("DealTexts", "Supporter"),
        Stance.NEUTRAL: QCoreApplication.translate("DealTexts", "Neutral"),
        Stance.OPPONENT: QCoreApplication.translate("DealTexts", "Opponent"),
        Stance.UNKNOWN: QCoreApplication.translate("DealTexts", "Unknown"),
    }[Stance(stance)]


def influence_text(influence: Influence) -> str:
    return {
        Influence.HIGH: QCoreApplication.translate("DealTexts", "High"),
        Influence.MEDIUM: QCoreApplication.translate("DealTexts", "Medium"),
        Influence.LOW: QCoreApplication.translate("DealTexts", "Low"),
    }[Influence(influence)]


def kind_text(kind: StageKind) -> str:
    return {
        StageKind.OPEN: QCoreApplication.translate("DealTexts", "Open"),
        StageKind.WON: QCoreApplication.translate("DealTexts", "Won"),
        StageKind.LOST: QCoreApplication.translate("DealTexts", "Lost"),
        StageKind.ON_HOLD: QCoreApplication.translate("DealTexts", "On hold"),
        StageKind.REMOVED: QCoreApplication.translate("DealTexts", "Removed"),
    }[StageKind(kind)]


def gap_words(gap: CoverageGap) -> str:
    return gap_text(gap, language())


def gaps_words(gaps: Iterable[CoverageGap]) -> str:
    """Several gaps as sentences, joined as the CLI joins them."""
    return gaps_text(gaps, language())


def lost_words(o: DealOverview) -> str:
    """Why a deal was lost: the reason from the list and the seller's own words, if any."""
    zh = is_chinese(language())
    reason = (o.lost_reason_zh or o.lost_reason) if zh else (o.lost_reason or o.lost_reason_zh)
    return ("：" if zh else ": ").join(w for w in (reason, o.deal.lost_reason_text.strip()) if w)


def days_text(days: int) -> str:
    return QCoreApplication.translate("DealTexts", "%n day(s)", "", days)


def error_text(error: FieldError) -> str:
    """Plain words for a deals/pipeline error code; other codes as the shared messages say."""
    texts = {
        "lost_reason_required": QCoreApplication.translate(
            "DealTexts", "Say why the deal was lost: pick a reason or write one."
        ),
        "review_date_required": QCoreApplication.translate("DealTexts", "Give a date to look at this deal again."),
        "amount_invalid": QCoreApplication.translate(
            "DealTexts", "This is not an amount. Type digits, e.g. 1280000, 128万 or 12.5w."
        ),
        "probability_range": QCoreApplication.translate("DealTexts", "Probability is a percentage from 0 to 100."),
        "stale_days_range": QCoreApplication.translate(
            "DealTexts", "Give a number of days from 1 to 3650, or leave it empty."
        ),
        "last_of_kind": QCoreApplication.translate(
            "DealTexts", "This is the only stage of its kind; the pipeline needs it."
        ),
        "duplicate_rule": QCoreApplication.translate(
            "DealTexts", "There is already a rule for this role from this stage."
        ),
        "rule_stage_not_open": QCoreApplication.translate("DealTexts", "Rules apply to open stages only."),
        "already_in_committee": QCoreApplication.translate("DealTexts", "%1 is already in this buying committee."),
        "date_in_future": QCoreApplication.translate("DealTexts", "This date is in the future."),
        "move_before_last": QCoreApplication.translate(
            "DealTexts", "A stage change cannot be dated before the previous one."
        ),
        "not_found": QCoreApplication.translate("DealTexts", "This is no longer in the book. Reload and try again."),
        "date_invalid": QCoreApplication.translate("DealTexts", "This is not a date."),
        "not_a_number": QCoreApplication.translate("DealTexts", "Type a whole number."),
        "order_incomplete": QCoreApplication.translate(
            "DealTexts", "The pipeline changed meanwhile. Close this window and try again."
        ),
        "open_first": QCoreApplication.translate("DealTexts", "Won, lost and on hold come after the open stages."),
    }
    if error.code in ("stage_has_deals", "role_in_use") and error.detail.isdigit():
        n = int(error.detail)  # how many: worded with a real plural, never "1 deal(s)"
        if error.code == "stage_has_deals":
            return QCoreApplication.translate(
                "DealTexts", "This stage still has %n deal(s). Move them to another stage first.", "", n
            )
        return QCoreApplication.translate(
            "DealTexts", "%n person(s) in buying committees hold this role. Change their roles first.", "", n
        )
    text = texts.get(error.code)
    if text is None:
        return field_error_text(error)
    return text.replace("%1", error.detail)
