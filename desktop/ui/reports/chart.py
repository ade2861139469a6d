"""A small chart widget of our own, drawn with QPainter: bars, stacked bars, a line, a Pareto curve
and a funnel. It draws a `desktop.domain.reports.charts.Chart` (the same data the PDF draws) and
says which category was clicked, so the page can open the deals behind a bar or point.

Not QtCharts: that module is GPL-only and lives in the 160 MB PySide6-Addons wheel.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.domain.reports.charts import Chart, ChartKind, axis_labels, bar_segments, label_lines
from desktop.ui import style

PALETTE, WON, CURVE = style.CHART_PALETTE, style.CHART_WON, style.CHART_CURVE
INK, MUTED, RULE, HOVER = style.CHART_INK, style.SECONDARY, style.CHART_RULE, style.CHART_HOVER


class ChartWidget(QWidget):
    """Draws one chart; `activated(index)` when a bar, point or funnel step is clicked."""

    activated = Signal(int)  # the category's index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.language = "zh_CN"
        self.hits: list[QRectF] = []  # per category: where a click opens its deals
        self.labels: dict[int, tuple[QRectF, tuple[str, ...]]] = {}  # category → its label's box, lines
        self.hover = -1
        self.current = -1  # the category chosen with the keyboard
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 240)

    def set_chart(self, chart: Chart | None, language: str) -> None:
        self.chart, self.language = chart, language
        self.hover = self.current = -1
        self.hits = []
        self.setAccessibleName(chart.title if chart else "")
        self.update()

    # --- interaction
    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        self.hits = []  # laid out again by the next paint
        super().resizeEvent(event)

    def index_at(self, point: QPointF) -> int:
        if not self.hits and self.chart is not None and self.chart.categories:
            self.grab()  # a click before the first paint: lay the chart out now
        for i, rect in enumerate(self.hits):
            if rect.contains(point):
                return i
        return -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.index_at(event.position())
        if index != self.hover:
            self.hover = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor)
            self.update()
        if index >= 0 and self.chart is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip(index), self)

    def leaveEvent(self, event) -> None:  # noqa: ANN001, N802
        self.hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.index_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.current = index
            self.activated.emit(index)
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        count = len(self.chart.categories) if self.chart else 0
        if not count:
            return super().keyPressEvent(event)
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.current = min(count - 1, self.current + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.current = max(0, self.current - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            self.activated.emit(self.current)
        else:
            return super().keyPressEvent(event)
        self.update()

    def tooltip(self, index: int) -> str:
        chart = self.chart
        assert chart is not None
        lines = [chart.categories[index]]
        for series in chart.series:
            lines.append(f"{series.name}: {chart.label(series.values[index], self.language)}")
        if chart.kind == ChartKind.PARETO and chart.cumulative:
            lines.append(f"∑ {round((chart.cumulative[index] or 0) * 100)}%")
        return "\n".join(lines)

    # --- drawing
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.hits = []
        self.labels = {}
        chart = self.chart
        if chart is None:
            return
        metrics = QFontMetricsF(self.font())
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if len(chart.series) > 1:
            self._legend(painter, chart, area, metrics)
            area.adjust(0, metrics.height() + 6, 0, 0)
        if not chart.categories or chart.is_empty:
            painter.setPen(QColor(MUTED))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "—")
            return
        if chart.kind == ChartKind.FUNNEL:
            self._funnel(painter, chart, area, metrics)
        else:
            self._axes_chart(painter, chart, area, metrics)
        if self.hasFocus() and 0 <= self.current < len(self.hits):
            painter.setPen(QPen(QColor(PALETTE[0]), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.hits[self.current].adjusted(1, 1, -1, -1))

    def _legend(self, painter: QPainter, chart: Chart, area: QRectF, metrics: QFontMetricsF) -> None:
        x = area.left() + 60
        for i, series in enumerate(chart.series):
            painter.fillRect(QRectF(x, area.top() + 3, 10, 10), QColor(PALETTE[i]))
            painter.setPen(QColor(INK))
            painter.drawText(QPointF(x + 14, area.top() + metrics.ascent()), series.name)
            x += 28 + metrics.horizontalAdvance(series.name)

    def _funnel(self, painter: QPainter, chart: Chart, area: QRectF, metrics: QFontMetricsF) -> None:
        values = [v or 0 for v in chart.series[0].values]
        top = max(values) or 1
        # the names' column: as wide as the longest name, up to a third of the chart
        label_w = min(max(metrics.horizontalAdvance(c) for c in chart.categories), area.width() / 3) + 12
        value_w = metrics.horizontalAdvance("0000") + 12
        width = max(10.0, area.width() - label_w - value_w)
        row_h = area.height() / len(values)
        most = 2 if row_h >= 2 * metrics.lineSpacing() + 2 else 1
        for i, (label, value) in enumerate(zip(chart.categories, values, strict=True)):
            row = QRectF(area.left(), area.top() + i * row_h, area.width(), row_h)
            self.hits.append(row)
            if i == self.hover:
                painter.fillRect(row, QColor(HOVER))
            w = max(2.0, width * value / top)
            bar = QRectF(row.left() + label_w + (width - w) / 2, row.top() + 3, w, max(4.0, row_h - 6))
            last = i == len(values) - 1
            painter.fillRect(bar, QColor(WON if last else PALETTE[0]))
            painter.setPen(QColor(INK))
            lines = label_lines(label, label_w - 12, metrics.horizontalAdvance, most)
            box = QRectF(row.left(), row.top(), label_w - 8, row_h)
            self.labels[i] = (box, lines)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, "\n".join(lines))
            painter.drawText(QRectF(bar.right() + 6, row.top(), value_w, row_h), Qt.AlignmentFlag.AlignVCenter,
                             chart.label(value, self.language))

    def _axes_chart(self, painter: QPainter, chart: Chart, area: QRectF, metrics: QFontMetricsF) -> None:
        n = len(chart.categories)
        stacked = chart.kind == ChartKind.STACKED
        highs = [sum(max(0.0, s.values[i] or 0) for s in chart.series) if stacked
                 else max((s.values[i] or 0) for s in chart.series) for i in range(n)]
        lows = [min([0.0] + [(s.values[i] or 0) for s in chart.series]) for i in range(n)]
        high, low = max(highs + [0.0]), min(lows)
        if chart.kind == ChartKind.LINE and chart.value_kind.value == "percent":
            high, low = max(high, 1.0), 0.0
        span = (high - low) or 1.0
        labels = [chart.label(v, self.language) for v in (high, low) if v]
        left_w = max([metrics.horizontalAdvance(t) for t in labels] + [metrics.horizontalAdvance("0")]) + 10
        # the categories' names under the plot, in two lines where one is not enough
        names = axis_labels(chart.categories, (area.width() - left_w) / n, metrics.horizontalAdvance,
                            gap=8, narrowest=metrics.horizontalAdvance("MMMM"))
        plot = QRectF(area.left() + left_w, area.top() + metrics.height() / 2, area.width() - left_w,
                      area.height() - metrics.height() * 0.8 - metrics.lineSpacing() * names.depth)

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / span * plot.height()

        painter.setPen(QPen(QColor(RULE), 1))
        painter.drawLine(QPointF(plot.left(), y_of(0)), QPointF(plot.right(), y_of(0)))
        painter.setPen(QColor(MUTED))
        for value in sorted({high, low, 0.0}):
            text = chart.label(value, self.language)
            painter.drawText(QRectF(area.left(), y_of(value) - metrics.height() / 2, left_w - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        slot = plot.width() / n
        for i, lines in enumerate(names.lines):
            column = QRectF(plot.left() + i * slot, area.top(), slot, area.height())
            self.hits.append(column)
            if i == self.hover:
                painter.fillRect(column, QColor(HOVER))
            if lines:  # left out when the slots are too narrow (every step-th is written)
                box = QRectF(column.center().x() - names.width / 2 - 1, plot.bottom() + 4, names.width + 2,
                             metrics.lineSpacing() * len(lines))  # 1 px either side: rounding
                self.labels[i] = (box, lines)
                painter.setPen(QColor(MUTED))
                painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "\n".join(lines))
        if chart.kind == ChartKind.LINE:
            self._line(painter, chart, plot, slot, y_of)
            return
        bar_w = slot * 0.62
        for i in range(n):
            x = plot.left() + i * slot + (slot - bar_w) / 2
            for k, low, high in bar_segments(chart, i):
                y0, y1 = y_of(low), y_of(high)
                painter.fillRect(QRectF(x, min(y0, y1), bar_w, abs(y1 - y0)), QColor(PALETTE[k]))
            value = chart.series[0].values[i]
            text = chart.label(value, self.language) if value is not None and not stacked else ""
            if text and metrics.horizontalAdvance(text) < slot - 4:  # only labels that fit their slot
                painter.setPen(QColor(INK))
                y = y_of(value) - 3 if value >= 0 else y_of(value) + metrics.ascent() + 2
                painter.drawText(QPointF(x + bar_w / 2 - metrics.horizontalAdvance(text) / 2, y), text)
        if chart.kind == ChartKind.PARETO and chart.cumulative:
            path = QPainterPath()
            for i, share in enumerate(chart.cumulative):
                point = QPointF(plot.left() + slot * (i + 0.5), plot.bottom() - (share or 0) * plot.height())
                if i == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            painter.setPen(QPen(QColor(CURVE), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            eighty = plot.bottom() - 0.8 * plot.height()
            painter.setPen(QPen(QColor(CURVE), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), eighty), QPointF(plot.right(), eighty))
            painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance("80%"), eighty - 3), "80%")

    def _line(self, painter: QPainter, chart: Chart, plot: QRectF, slot: float, y_of) -> None:  # noqa: ANN001
        points = [QPointF(plot.left() + slot * (i + 0.5), y_of(v))
                  for i, v in enumerate(chart.series[0].values) if v is not None]
        painter.setPen(QPen(QColor(PALETTE[0]), 2))
        for a, b in pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(QColor(PALETTE[0]))
        for p in points:
            painter.drawEllipse(p, 3.5, 3.5)
