"""Colours, type sizes and spacing of the app, in one place (Material-like greys on white).

Widgets take a colour as `QColor(style.MUTED)` or a ready style sheet (`style.MUTED_TEXT`); a new
screen uses these names, never a hex code of its own.
"""

from __future__ import annotations

from desktop.domain import palette

# --- colours
TEXT = "#202124"  # body text drawn by hand (cards, rows)
MUTED = "#5f6368"  # secondary text: hints, counts, dates
SECONDARY = "#5f6b7a"  # captions under a field, explanations in dialogs
SUBTLE = "#80868b"  # what is over or done (past visits, done steps)
ERROR = "#b3261e"  # errors, overdue
WARNING = "#a15c00"  # stale, at risk
SUCCESS = "#188038"  # money received, on time
ACCENT = "#1a73e8"  # selection, links
HEADING = "#1e4e8c"  # a title in the accent colour
BORDER = "#dadce0"
CARD_BORDER = "#d6d9de"
CARD_BG = "#ffffff"
COLUMN_BG = "#f1f3f5"  # a board column
PANEL_BG = "#f5f7fa"  # a box of key figures
SELECTED_BG = "#e8f0fe"
HOVER_BG = "#f8f9fa"
OVERDUE = "#c5221f"  # money overdue, an opponent on the committee
CAUTION = "#e37400"  # a neutral on the committee
ALERT_BG = "#fce8e6"  # behind a figure over its limit (days in stage on a card)
DIVIDER = "#e8eaed"  # a rule between rows drawn by hand
SKIPPED = "#6b6b6b"  # an import row that will be skipped
# the committee map's columns, one tint per stance
OPPONENT_BG, NEUTRAL_BG, SUPPORTER_BG, UNKNOWN_BG = "#fdecea", "#fef7e0", "#e6f4ea", "#f1f3f4"
# charts on screen: the series colours are the PDF's, kept once in desktop/domain/palette.py
CHART_PALETTE, CHART_WON, CHART_CURVE = palette.CHART_PALETTE, palette.CHART_WON, palette.CHART_CURVE
CHART_INK, CHART_RULE, CHART_HOVER = "#1f2933", "#c9d2dc", "#f2f5f9"

# --- type and spacing
PAGE_TITLE_PT = 18
TITLE_PT = 15
SECTION_PT = 14  # the heading of a part of a page (a report, the receivables)
FIELD_PT = 13  # a field that is the whole point of its window (the search box)
NAV_PT = 12  # the page list on the left of the main window
PAD = 12  # inside a box or around an empty-list message
NAV_PAD = 8  # around each page name in that list
RADIUS = 6
COLUMN_RADIUS = 8  # a board column

# --- ready style sheets
MUTED_TEXT = f"color: {MUTED};"
SECONDARY_TEXT = f"color: {SECONDARY};"
ERROR_TEXT = f"color: {ERROR};"
WARNING_TEXT = f"color: {WARNING};"
SUCCESS_TEXT = f"color: {SUCCESS};"
BOLD = "font-weight: bold;"
TITLE = f"font-size: {TITLE_PT}pt; font-weight: bold;"
PAGE_TITLE = f"font-size: {PAGE_TITLE_PT}pt; font-weight: bold;"
SECTION_TITLE = f"font-size: {SECTION_PT}pt; font-weight: 600;"
KEY_FIGURE = f"font-size: {TITLE_PT}pt; font-weight: 600; color: {HEADING};"
EMPTY_MESSAGE = f"color: {MUTED}; padding: {PAD}px;"
SEARCH_FIELD = f"font-size: {FIELD_PT}pt; padding: 4px;"
NAV_LIST = f"QListWidget {{ font-size: {NAV_PT}pt; }} QListWidget::item {{ padding: {NAV_PAD}px; }}"
BARE_LIST = "QListView { background: transparent; border: none; }"  # cards on a column
LINK_BUTTON = f"QPushButton {{ color: {ACCENT}; border: none; padding: 0 4px; }}"  # "Show more"
CARD_LIST = (f"QListView {{ background: {CARD_BG}; border: 1px solid {BORDER}; "
             f"border-radius: {RADIUS}px; }}")


def panel(selector: str, background: str, radius: int = RADIUS) -> str:
    """A box with a tinted background and rounded corners; `selector` keeps the sheet off the
    widgets inside it (`#object_name` or a class name)."""
    return f"{selector} {{ background: {background}; border-radius: {radius}px; }}"
