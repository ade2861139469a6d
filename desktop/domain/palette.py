"""The charts' colours, one place for the screen (ui/style.py) and the PDF
(documents/report_charts.py), which may not import the UI: hex strings as data.

One colour per series in order, then the won bar and the cumulative curve (the Pareto's 80 %)."""

from __future__ import annotations

CHART_PALETTE = ("#1e4e8c", "#5b8fd6", "#b9cde8", "#0f766e", "#b42318")
CHART_WON, CHART_CURVE = CHART_PALETTE[3], CHART_PALETTE[4]
