"""The reports' charts (desktop.domain.reports.charts) drawn with reportlab.graphics for PDFs:
the same data the screen's chart widget draws."""

from __future__ import annotations

from typing import Any

from desktop.documents import fonts
from desktop.documents.base import ACCENT, INK, MUTED, RULE, SCALE
from desktop.domain.language import is_chinese
from desktop.domain.palette import CHART_CURVE as CURVE
from desktop.domain.palette import CHART_PALETTE as PALETTE
from desktop.domain.palette import CHART_WON as WON
from desktop.domain.reports.charts import Chart, ChartKind, axis_labels, bar_segments, label_lines


def chart_drawing(chart: Chart, width: float, height: float, language: str) -> Any:
    """A reportlab Drawing of the chart, `width` × `height` points."""
    from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, Line, PolyLine, Rect, String
    from reportlab.lib import colors

    regular, _ = fonts.register()
    # A drawing starts from reportlab's default state, whose font is an unembedded Helvetica that
    # every PDF with a chart would then reference; start from the bundled font instead.
    STATE_DEFAULTS["fontName"] = regular
    size = SCALE["small"]
    d = Drawing(width, height)
    left, right, top, bottom = 46.0, 8.0, 16.0, 26.0
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(chart.categories)
    if chart.series and len(chart.series) > 1:
        x = left
        for i, s in enumerate(chart.series):
            d.add(Rect(x, height - 10, 7, 7, fillColor=colors.HexColor(PALETTE[i]), strokeColor=None))
            d.add(String(x + 10, height - 9, s.name, fontName=regular, fontSize=size, fillColor=colors.HexColor(INK)))
            x += 18 + len(s.name) * size * (1.0 if is_chinese(language) else 0.55)
    if n == 0 or chart.is_empty:
        d.add(String(width / 2, height / 2, "—", fontName=regular, fontSize=SCALE["h2"],
                     fillColor=colors.HexColor(MUTED), textAnchor="middle"))
        return d
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def measure(text: str) -> float:
        return stringWidth(text, regular, size)

    if chart.kind == ChartKind.FUNNEL:
        values = [v or 0 for v in chart.series[0].values]
        top_value = max(values) or 1
        row_h = plot_h / n + (bottom - 6) / n
        most = 2 if row_h >= 2.4 * size else 1
        for i, (label, value) in enumerate(zip(chart.categories, values, strict=True)):
            y = height - top - (i + 1) * row_h
            w = max(1.0, (width - left - 60) * value / top_value)
            x0 = left + 40 + ((width - left - 60) - w) / 2
            d.add(Rect(x0, y + 2, w, row_h - 4, fillColor=colors.HexColor(PALETTE[0] if i < n - 1 else WON),
                       strokeColor=None))
            lines = label_lines(label, left + 32, measure, most)  # up to the bars' left end
            for k, line in enumerate(lines):
                d.add(String(4, y + row_h / 2 - size / 3 + (len(lines) / 2 - k - 0.5) * size * 1.15, line,
                             fontName=regular, fontSize=size, fillColor=colors.HexColor(INK)))
            d.add(String(x0 + w + 4, y + row_h / 2 - size / 3, chart.label(value, language), fontName=regular,
                         fontSize=size, fillColor=colors.HexColor(INK)))
        return d

    stacked = chart.kind == ChartKind.STACKED
    totals = [sum((s.values[i] or 0) for s in chart.series) if stacked else
              max([(s.values[i] or 0) for s in chart.series]) for i in range(n)]
    lows = [min([0.0] + [(s.values[i] or 0) for s in chart.series]) for i in range(n)]
    high = max(totals + [0.0]) or 1.0
    low = min(lows)
    if chart.kind == ChartKind.LINE:
        high, low = max(high, 1.0) if chart.value_kind.value == "percent" else high, 0.0
    span = (high - low) or 1.0

    def y_of(value: float) -> float:
        return bottom + (value - low) / span * plot_h

    # axis: zero line, top value, bottom value
    d.add(Line(left, y_of(0), width - right, y_of(0), strokeColor=colors.HexColor(RULE), strokeWidth=0.6))
    for value in {high, low} - {0.0} | {0.0}:
        d.add(String(left - 4, y_of(value) - size / 3, chart.label(value, language), fontName=regular,
                     fontSize=size, fillColor=colors.HexColor(MUTED), textAnchor="end"))
    slot = plot_w / n
    # in two lines where one is not enough; every step-th when crowded, so none overlaps
    names = axis_labels(chart.categories, slot, measure, gap=6, narrowest=size * 4)
    for i, lines in enumerate(names.lines):
        for k, line in enumerate(lines):
            d.add(String(left + slot * (i + 0.5), bottom - size - 4 - k * size * 1.15, line, fontName=regular,
                         fontSize=size, fillColor=colors.HexColor(MUTED), textAnchor="middle"))
    if chart.kind == ChartKind.LINE:
        points = [(left + slot * (i + 0.5), y_of(v)) for i, v in enumerate(chart.series[0].values) if v is not None]
        if len(points) > 1:
            d.add(PolyLine([c for p in points for c in p], strokeColor=colors.HexColor(ACCENT), strokeWidth=1.4))
        for x, y in points:
            d.add(Rect(x - 2, y - 2, 4, 4, fillColor=colors.HexColor(ACCENT), strokeColor=None))
        return d
    bar_w = slot * 0.62
    for i in range(n):
        x = left + slot * i + (slot - bar_w) / 2
        for k, low, high in bar_segments(chart, i):
            y0, y1 = y_of(low), y_of(high)
            d.add(Rect(x, min(y0, y1), bar_w, abs(y1 - y0), fillColor=colors.HexColor(PALETTE[k]),
                       strokeColor=None))
        if not stacked and chart.series[0].values[i] is not None:
            value = chart.series[0].values[i]
            y = y_of(value) + (2 if value >= 0 else -size - 2)
            d.add(String(x + bar_w / 2, y, chart.label(value, language), fontName=regular, fontSize=size,
                         fillColor=colors.HexColor(INK), textAnchor="middle"))
    if chart.kind == ChartKind.PARETO and chart.cumulative:
        points = [(left + slot * (i + 0.5), bottom + (c or 0) * plot_h) for i, c in enumerate(chart.cumulative)]
        d.add(PolyLine([c for p in points for c in p], strokeColor=colors.HexColor(CURVE), strokeWidth=1.2))
        eighty = bottom + 0.8 * plot_h
        d.add(Line(left, eighty, width - right, eighty, strokeColor=colors.HexColor(CURVE),
                   strokeWidth=0.4, strokeDashArray=[2, 2]))
        d.add(String(width - right, eighty + 2, "80%", fontName=regular, fontSize=size,
                     fillColor=colors.HexColor(CURVE), textAnchor="end"))
    return d
