"""The stakeholder map: the committee at a glance, drawn with QPainter.

x = stance (opponent on the left, supporter on the right, unknown in its own band), y = influence
(high at the top). Each person is a dot labelled with name and roles; people not met yet are drawn
hollow. Labels in the same cell are stacked so they never overlap.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.domain.deals import Influence, RoleRecord, StakeholderRecord, Stance
from desktop.domain.language import is_chinese
from desktop.ui import style
from desktop.ui.deals import texts

STANCE_COLUMNS = (Stance.OPPONENT, Stance.NEUTRAL, Stance.SUPPORTER, Stance.UNKNOWN)
INFLUENCE_ROWS = (Influence.HIGH, Influence.MEDIUM, Influence.LOW)
COLORS = {
    Stance.OPPONENT: QColor(style.OVERDUE), Stance.NEUTRAL: QColor(style.CAUTION),
    Stance.SUPPORTER: QColor(style.SUCCESS), Stance.UNKNOWN: QColor(style.SUBTLE),
}
BANDS = {
    Stance.OPPONENT: QColor(style.OPPONENT_BG), Stance.NEUTRAL: QColor(style.NEUTRAL_BG),
    Stance.SUPPORTER: QColor(style.SUPPORTER_BG), Stance.UNKNOWN: QColor(style.UNKNOWN_BG),
}


class StakeholderMap(QWidget):
    """Paints the committee; `set_people` refreshes it. Hovering a person (or a cell's "+N")
    tells who it is; double-clicking a person asks to edit them."""

    LEFT, TOP, BOTTOM = 64, 26, 6
    person_activated = Signal(int)  # stakeholder id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[StakeholderRecord] = []
        self.roles: dict[int, RoleRecord] = {}
        self._spots: list[tuple[QRectF, int]] = []  # where each person was drawn (stakeholder id)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 280)

    def set_people(self, people: list[StakeholderRecord], roles: list[RoleRecord]) -> None:
        self.people = list(people)
        self.roles = {r.id: r for r in roles}
        self.update()

    def label(self, p: StakeholderRecord) -> tuple[str, str]:
        lang = texts.language()
        sep = "、" if is_chinese(lang) else ", "
        return p.name, sep.join(self.roles[r].name(lang) for r in p.role_ids if r in self.roles)

    def cell_rect(self, stance: Stance, influence: Influence) -> QRectF:
        w = (self.width() - self.LEFT - 4) / len(STANCE_COLUMNS)
        h = (self.height() - self.TOP - self.BOTTOM) / len(INFLUENCE_ROWS)
        x = self.LEFT + STANCE_COLUMNS.index(stance) * w
        y = self.TOP + INFLUENCE_ROWS.index(influence) * h
        return QRectF(x, y, w, h)

    def person_at(self, pos: QPointF) -> StakeholderRecord | None:
        by_id = {p.id: p for p in self.people}
        return next((by_id.get(pid) for rect, pid in self._spots if rect.contains(pos)), None)

    def cell_people(self, pos: QPointF) -> list[StakeholderRecord]:
        for stance in STANCE_COLUMNS:
            for influence in INFLUENCE_ROWS:
                if self.cell_rect(stance, influence).contains(pos):
                    return [p for p in self.people if (Stance(p.stance), Influence(p.influence)) == (stance, influence)]
        return []

    def tooltip_at(self, pos: QPointF) -> str:
        """Who is under the mouse: the person, else everyone in that cell (also those the cell
        had no room to draw)."""
        person = self.person_at(pos)
        people = [person] if person is not None else self.cell_people(pos)
        lines = []
        for p in people:
            name, roles = self.label(p)
            title = f"{name} · {p.title}" if p.title else name
            lines.append(f"{title} ({roles})" if roles else title)
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))  # type: ignore[attr-defined]
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        person = self.person_at(event.position())
        if person is not None and person.id is not None:
            self.person_activated.emit(person.id)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._spots = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(style.CARD_BG))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        painter.setFont(small)
        for stance in STANCE_COLUMNS:
            top = self.cell_rect(stance, Influence.HIGH)
            band = QRectF(top.left() + 1, top.top(), top.width() - 2, top.height() * len(INFLUENCE_ROWS))
            painter.fillRect(band, BANDS[stance])
            painter.setPen(COLORS[stance])
            painter.drawText(QRectF(top.left(), 2, top.width(), self.TOP - 4),
                             int(Qt.AlignmentFlag.AlignCenter), texts.stance_text(stance))
        painter.setPen(QPen(QColor(style.BORDER), 1, Qt.PenStyle.DashLine))
        for influence in INFLUENCE_ROWS:
            row = self.cell_rect(Stance.OPPONENT, influence)
            painter.drawLine(QPointF(self.LEFT, row.bottom()), QPointF(self.width() - 4, row.bottom()))
            painter.setPen(QColor(style.MUTED))
            painter.drawText(QRectF(0, row.top(), self.LEFT - 6, row.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             texts.influence_text(influence))
            painter.setPen(QPen(QColor(style.BORDER), 1, Qt.PenStyle.DashLine))
        if not self.people:
            painter.setPen(QColor(style.MUTED))
            painter.drawText(self.rect().adjusted(self.LEFT, self.TOP, 0, 0), int(Qt.AlignmentFlag.AlignCenter),
                             self.tr("Add the people you know to see the committee here."))
            return
        cells: dict[tuple[Stance, Influence], list[StakeholderRecord]] = {}
        for p in self.people:
            cells.setdefault((Stance(p.stance), Influence(p.influence)), []).append(p)
        bold = QFont(small)
        bold.setBold(True)
        line = painter.fontMetrics().height()
        for (stance, influence), people in cells.items():
            cell = self.cell_rect(stance, influence).adjusted(6, 4, -4, -2)
            slot = max(line * 2 + 2, 1)
            fits = max(1, int(cell.height() // slot))
            for i, p in enumerate(people):
                if i >= fits:  # more people than room: say how many more
                    painter.setPen(QColor(style.MUTED))
                    painter.drawText(QRectF(cell.left(), cell.bottom() - line, cell.width(), line),
                                     int(Qt.AlignmentFlag.AlignRight), f"+{len(people) - fits}")
                    break
                y = cell.top() + i * slot
                color = COLORS[stance]
                center = QPointF(cell.left() + 7, y + line / 2 + 1)
                painter.setPen(QPen(color, 2))
                painter.setBrush(color if p.met else Qt.BrushStyle.NoBrush)
                painter.drawEllipse(center, 5.5, 5.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                name, roles = self.label(p)
                text_rect = QRectF(cell.left() + 17, y, cell.width() - 17, line)
                self._spots.append((QRectF(cell.left(), y, cell.width(), slot), p.id))
                painter.setFont(bold)
                painter.setPen(QColor(style.TEXT))
                elided = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(text_rect.width()))
                painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
                painter.setFont(small)
                painter.setPen(QColor(style.MUTED))
                role_rect = text_rect.translated(0, line)
                painter.drawText(
                    role_rect,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    painter.fontMetrics().elidedText(roles, Qt.TextElideMode.ElideRight, int(role_rect.width())),
                )
