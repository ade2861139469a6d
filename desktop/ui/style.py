"""Colours, type sizes and spacing of the app, in one place (Material-like greys on white).

Widgets take a colour as `QColor(style.MUTED)` or a ready style sheet (`style.MUTED_TEXT`); a new
screen uses these names, never a hex code of its own.
"""

from __future__ import annotations

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

# --- type and spacing
PAGE_TITLE_PT = 18
TITLE_PT = 15
PAD = 12  # inside a box or around an empty-list message
RADIUS = 6

# --- ready style sheets
MUTED_TEXT = f"color: {MUTED};"
SECONDARY_TEXT = f"color: {SECONDARY};"
ERROR_TEXT = f"color: {ERROR};"
BOLD = "font-weight: bold;"
TITLE = f"font-size: {TITLE_PT}pt; font-weight: bold;"
PAGE_TITLE = f"font-size: {PAGE_TITLE_PT}pt; font-weight: bold;"
EMPTY_MESSAGE = f"color: {MUTED}; padding: {PAD}px;"
