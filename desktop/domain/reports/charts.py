"""Each report's chart as plain data: what the screen's QPainter widget and the PDF's
reportlab.graphics drawing both draw, so the two never disagree.

A chart has categories along the bottom (months, stages, reasons…), one or more series of values
(None: nothing to draw there, e.g. a win rate with nothing closed), and per category the ids of
the deals behind it — a click on a bar or point opens exactly those deals.
"""

from __future__ import annotations

from collections.abc import Iterator
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


def _short(text: str, limit: int = 14) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        names = tuple(_short(s.stage.name(language) if s.stage else n.t("Won", "赢单")) for s in steps)
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
                     tuple(_short(str(row.cells[0])) for row in table.rows),
                     (Series(n.t("Deals", "商机数"), tuple(float(row.cells[1]) for row in table.rows)),),
                     tuple(row.deal_ids for row in table.rows))
    if which == "pareto":
        p = r.pareto
        return Chart("pareto", n.t("Won amount by company (80/20)", "各客户赢单金额（80/20）"), ChartKind.PARETO,
                     tuple(_short(c.company.name, 10) for c in p.companies),
                     (Series(n.t("Won amount", "赢单金额"), tuple(float(c.amount) for c in p.companies)),),
                     tuple(tuple(d.id for d in c.won) for c in p.companies), Kind.MONEY, p.currency,
                     tuple(c.cumulative for c in p.companies))
    if which == "sources":
        rows = r.sources.sources
        return Chart("sources", n.t("Win rate by lead source", "各线索来源赢单率"), ChartKind.BARS,
                     tuple(_short(str(s.key) or n.t("Not said", "未注明")) for s in rows),
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
