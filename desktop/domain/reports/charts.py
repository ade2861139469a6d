"""Each report's chart as plain data: what the screen's QPainter widget and the PDF's
reportlab.graphics drawing both draw, so the two never disagree.

A chart has categories along the bottom (months, stages, reasons…), one or more series of values
(None: nothing to draw there, e.g. a win rate with nothing closed), and per category the ids of
the deals behind it — a click on a bar or point opens exactly those deals.
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.language import pick
from desktop.domain.reports.forecast import Category
from desktop.domain.reports.formula import Factor
from desktop.domain.reports.overview import ReportSet
from desktop.domain.reports.tables import (
    CATEGORY_NAMES,
    FACTOR_NAMES,
    Column,
    Kind,
    Names,
    cell_text,
)


class ChartKind(StrEnum):
    BARS = "bars"
    STACKED = "stacked"
    LINE = "line"
    PARETO = "pareto"  # bars of amounts with the cumulative share as a line
    FUNNEL = "funnel"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    deal_ids: tuple[tuple[int, ...], ...]  # per category
    value_kind: Kind = Kind.COUNT
    currency: str = "CNY"
    cumulative: tuple[float | None, ...] = ()  # the Pareto curve's line, 0..1

    def label(self, value: float | None, language: str) -> str:
        return cell_text(value, Column("v", "", "", self.value_kind, self.currency), language)

    @property
    def is_empty(self) -> bool:
        return not any(v for s in self.series for v in s.values if v)


def bar_segments(chart: Chart, i: int) -> Iterator[tuple[int, float, float]]:
    """The pieces of category `i`'s bar as (series index, from, to) in values: on a stacked
    chart each series sits on the ones before it, else each rises from zero."""
    base = 0.0
    for k, series in enumerate(chart.series):
        value = series.values[i]
        if value is None:
            continue
        if chart.kind == ChartKind.STACKED:
            yield k, base, base + value
            base += value
        else:
            yield k, 0.0, value


# --- the categories' labels: the screen and the PDF each measure with their own font (`measure`
# is a font's advance of a string); where a label breaks and what is left out is decided here.

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_CLOSING = "，。、；：！？）》」』】〉”’,.;:!?)]}%"  # never at the start of a line
_OPENING = "（《「『【〈“‘([{"  # never at the end of one


def _pieces(text: str) -> list[str]:
    """`text` in the pieces a line may end after: a word with the space after it, or one Chinese
    character; punctuation stays with the piece it belongs to."""
    pieces: list[str] = []
    for ch in text:
        if pieces and (ch == " " or ch in _CLOSING or pieces[-1][-1] in _OPENING):
            pieces[-1] += ch
        elif not pieces or _CJK.match(ch) or pieces[-1][-1] == " " or _CJK.match(pieces[-1][-1]):
            pieces.append(ch)
        else:
            pieces[-1] += ch
    return pieces


def elided(text: str, width: float, measure: Callable[[str], float]) -> str:
    """`text`, or as much of it as fits `width` followed by "…"."""
    if measure(text) <= width:
        return text
    while text and measure(text.rstrip() + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _two_lines(pieces: list[str], measure: Callable[[str], float]) -> tuple[float, str, str]:
    """The most even break of `pieces` into two lines: (the wider line's width, line 1, line 2)."""
    best = (math.inf, "".join(pieces), "")
    for k in range(1, len(pieces)):
        first, second = "".join(pieces[:k]).rstrip(), "".join(pieces[k:]).strip()
        best = min(best, (max(measure(first), measure(second)), first, second))
    return best


def label_lines(text: str, width: float, measure: Callable[[str], float], most: int = 2) -> tuple[str, ...]:
    """`text` in at most `most` lines no wider than `width`, broken after a word or between two
    Chinese characters: one line when it fits, else two as even as can be, else as much as fits
    on each line (a word wider than a line broken where it
    must), and what does not fit in `most` lines ends the last one with "…"."""
    text = " ".join(text.split())
    if measure(text) <= width:
        return (text,)
    if most >= 2:
        wider, first, second = _two_lines(_pieces(text), measure)
        if wider <= width:
            return (first, second)
    lines: list[str] = []  # each with its trailing space: "".join(lines) is the text
    current = ""
    pending = deque(_pieces(text))
    while pending:
        piece = pending.popleft()
        if measure((current + piece).rstrip()) <= width:
            current += piece
        elif current:
            lines.append(current)
            current = ""
            pending.appendleft(piece)
        elif len(piece) > 1:
            pending.extendleft(reversed(piece))  # wider than a line on its own: by characters
        else:
            current = piece
    lines.append(current)
    if len(lines) > most:
        lines = lines[: most - 1] + [elided("".join(lines[most - 1:]).strip(), width, measure)]
    return tuple(line.strip() for line in lines)


def two_line_width(text: str, measure: Callable[[str], float]) -> float:
    """The narrowest width that holds `text` in one line or two broken between its pieces."""
    text = " ".join(text.split())
    return min(measure(text), _two_lines(_pieces(text), measure)[0])


@dataclass(frozen=True)
class AxisLabels:
    """How the categories are written under their bars or points: every `step`-th one, in a box
    `width` wide centred on its slot, in the lines given (() for a category left unwritten)."""

    step: int
    width: float
    lines: tuple[tuple[str, ...], ...]

    @property
    def depth(self) -> int:
        """How many lines the deepest label takes."""
        return max((len(lines) for lines in self.lines), default=1) or 1


def axis_labels(categories: Sequence[str], slot: float, measure: Callable[[str], float], *,
                gap: float, narrowest: float) -> AxisLabels:
    """Labels under slots `slot` apart, each in at most two lines in a box its slot wide (less
    `gap`): whole when every label fits so, else with "…" at the end of a second line that does
    not fit. Only when a slot is narrower than `narrowest` (a few characters) are the boxes made
    that wide and only every step-th label written, so that none overlaps."""
    needed = max((two_line_width(c, measure) for c in categories), default=0.0)
    room = slot - gap
    width = room if room >= needed else max(room, min(needed, narrowest))
    step = max(1, math.ceil((width + gap) / slot - 1e-9)) if slot > 0 else 1
    return AxisLabels(step, width, tuple(label_lines(c, width, measure) if i % step == 0 else ()
                                         for i, c in enumerate(categories)))


def report_chart(r: ReportSet, which: str, language: str) -> Chart:
    n = Names(r.book, language)
    if which == "forecast":
        f = r.forecast
        months = tuple(cell_text(m.month, Column("m", "", "", Kind.MONTH), language) for m in f.months)
        series = tuple(Series(pick(language, *CATEGORY_NAMES[c]), tuple(m.weighted(c) for m in f.months))
                       for c in (Category.COMMIT, Category.BEST_CASE, Category.PIPELINE))
        return Chart("forecast", n.t("Weighted forecast, next 6 months", "未来 6 个月加权预测"), ChartKind.STACKED,
                     months, series, tuple(tuple(x.deal.id for x in m.deals) for m in f.months),
                     Kind.MONEY, f.currency)
    if which == "funnel":
        steps = r.funnel.steps
        names = tuple(s.stage.name(language) if s.stage else n.t("Won", "赢单") for s in steps)
        return Chart("funnel", n.t("Deals reaching each stage", "到达各阶段的商机"), ChartKind.FUNNEL, names,
                     (Series(n.t("Reached", "到达"), tuple(float(len(s.reached)) for s in steps)),),
                     tuple(tuple(d.id for d in s.reached) for s in steps))
    if which == "winrate":
        months = tuple(cell_text(m.period.start, Column("m", "", "", Kind.MONTH), language) for m in r.trend)
        return Chart("winrate", n.t("Win rate, last 12 months", "近 12 个月赢单率"), ChartKind.LINE, months,
                     (Series(n.t("Win rate", "赢单率"), tuple(m.rate for m in r.trend)),),
                     tuple(tuple(d.id for d in m.won + m.lost) for m in r.trend), Kind.PERCENT)
    if which == "lost":
        from desktop.domain.reports.tables import lost_tables

        table = lost_tables(r.lost, r.previous_lost, n)[0]
        return Chart("lost", n.t("Lost deals by reason", "丢单原因"), ChartKind.BARS,
                     tuple(str(row.cells[0]) for row in table.rows),
                     (Series(n.t("Deals", "商机数"), tuple(float(row.cells[1]) for row in table.rows)),),
                     tuple(row.deal_ids for row in table.rows))
    if which == "pareto":
        p = r.pareto
        return Chart("pareto", n.t("Won amount by company (80/20)", "各客户赢单金额（80/20）"), ChartKind.PARETO,
                     tuple(c.company.name for c in p.companies),
                     (Series(n.t("Won amount", "赢单金额"), tuple(float(c.amount) for c in p.companies)),),
                     tuple(tuple(d.id for d in c.won) for c in p.companies), Kind.MONEY, p.currency,
                     tuple(c.cumulative for c in p.companies))
    if which == "sources":
        rows = r.sources.sources
        return Chart("sources", n.t("Win rate by lead source", "各线索来源赢单率"), ChartKind.BARS,
                     tuple(str(s.key) or n.t("Not said", "未注明") for s in rows),
                     (Series(n.t("Win rate", "赢单率"), tuple(s.rate for s in rows)),),
                     tuple(tuple(d.id for d in s.deals()) for s in rows), Kind.PERCENT)
    if which == "formula":
        f = r.formula
        factors = f.current.factors()
        from desktop.domain.reports.book import change

        return Chart("formula", n.t("Each factor against the previous period", "各因子较上期变化"), ChartKind.BARS,
                     tuple(pick(language, *FACTOR_NAMES[x]) for x in factors),
                     (Series(n.t("Change", "变化"), tuple(change(f.current.factor(x), f.previous.factor(x))
                                                          for x in factors)),),
                     tuple(f.current.lead_ids if x in (Factor.LEADS, Factor.CONVERSION) else f.current.won_ids
                           for x in factors), Kind.CHANGE)
    if which == "activity":
        weeks = r.activity.weeks
        labels = tuple(f"{w.week.start.month}/{w.week.start.day}" for w in weeks)
        return Chart("activity", n.t("Call notes and visits per week", "每周拜访记录与拜访"), ChartKind.STACKED,
                     labels, (Series(n.t("Call notes", "拜访记录"), tuple(float(len(w.notes)) for w in weeks)),
                              Series(n.t("Visits", "拜访"), tuple(float(len(w.visits)) for w in weeks))),
                     tuple(tuple(dict.fromkeys([x.deal_id for x in w.notes if x.deal_id]
                                               + [v.deal_id for v in w.visits])) for w in weeks))
    raise ValueError(which)
