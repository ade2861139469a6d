"""Every report as tables of plain cells: what the screen's table models, the CSV export, the PDF
and `dealbrief report --json` all show, built once.

A cell holds a raw value (int, float, str, date or None); its column says how to write it
(`cell_text`): None is "—", never 0 %. Each row carries the ids of the deals behind it, so a row
(or the bar drawn from it) opens exactly those deals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from desktop.domain.language import is_chinese, pick
from desktop.domain.money import format_amount
from desktop.domain.reports.activity import Activity
from desktop.domain.reports.book import Amounts, ReportBook, ReportDeal, change
from desktop.domain.reports.forecast import Category, Forecast, ForecastDeal
from desktop.domain.reports.formula import Factor, Formula
from desktop.domain.reports.funnel import Funnel
from desktop.domain.reports.lost import NO_COMPETITOR, NO_REASON, NO_STAGE, LostGroup, LostReview
from desktop.domain.reports.overview import ReportSet
from desktop.domain.reports.pareto import Disagreement, Pareto
from desktop.domain.reports.sources import SourceRow, Sources
from desktop.domain.reports.winrate import TrendMonth, WinRate

DASH = "—"


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    DAYS = "days"
    DATE = "date"
    MONTH = "month"
    CHANGE = "change"  # a relative change, +12 % / −5 %


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    zh: str
    kind: Kind = Kind.TEXT
    currency: str = "CNY"

    def title(self, language: str) -> str:
        return pick(language, self.en, self.zh)


@dataclass(frozen=True)
class Row:
    cells: tuple[Any, ...]
    deal_ids: tuple[int, ...] = ()
    kind: Kind | None = None  # how this row's TEXT-column-free figures are written (figure tables)
    currency: str = "CNY"


@dataclass(frozen=True)
class Table:
    key: str  # e.g. "funnel.steps"; also the CSV file's name
    title: str  # already in the report's language
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()  # footnotes, in the report's language

    def column_for(self, row: int, column: int) -> Column:
        """The column, or for a figure table's value cells the row's own kind and currency."""
        col, line = self.columns[column], self.rows[row]
        if line.kind is not None and col.kind == Kind.TEXT and column > 0:
            return Column(col.key, col.en, col.zh, line.kind, line.currency)
        return col

    def text(self, row: int, column: int, language: str) -> str:
        return cell_text(self.rows[row].cells[column], self.column_for(row, column), language)


def cell_text(value: Any, column: Column, language: str) -> str:
    """A cell as the seller reads it; None is "—" whatever the column."""
    if value is None:
        return DASH
    kind = column.kind
    if kind == Kind.MONEY:
        return format_amount(round(value), column.currency, language)
    if kind == Kind.COUNT and isinstance(value, float) and value.is_integer():
        return str(int(value))
    if kind == Kind.PERCENT:
        return f"{value * 100:.0f}%"
    if kind == Kind.CHANGE:
        sign = "+" if value > 0 else ("−" if value < 0 else "±")
        return f"{sign}{abs(value) * 100:.0f}%"
    if kind == Kind.DAYS:
        return f"{value:.0f}" if isinstance(value, float) else str(value)
    if kind == Kind.DATE and isinstance(value, date):
        return f"{value.year}-{value.month:02d}-{value.day:02d}"
    if kind == Kind.MONTH and isinstance(value, date):
        return f"{value.year}年{value.month}月" if is_chinese(language) else value.strftime("%b %Y")
    return str(value)


def json_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def _ids(deals) -> tuple[int, ...]:
    return tuple(d.id for d in deals)


def amounts_note(amounts: Amounts, currency: str, language: str) -> list[str]:
    """Footnotes for deals left out of sums and for money in other currencies."""
    notes = []
    if amounts.missing:
        notes.append(
            pick(
                language,
                f"{amounts.missing} deal(s) without an amount: counted, not summed.",
                f"{amounts.missing} 个商机没有金额：计入数量，不计入金额。",
            )
        )
    others = amounts.others(currency)
    if others:
        listed = ", ".join(format_amount(a, c, language) for c, a in others)
        notes.append(pick(language, f"In other currencies, not added: {listed}.", f"其他币种另计，未合并：{listed}。"))
    return notes


class Names:
    """Stage, reason and partner names from the book, in the report's language."""

    def __init__(self, book: ReportBook, language: str) -> None:
        self.book, self.language = book, language
        self.reasons = {r.id: pick(language, r.name_en, r.name_zh) for r in book.lost_reasons}
        self.partners = {p.id: p.name_en for p in book.partners}

    def stage(self, stage_id: int | None) -> str:
        stage = self.book.stage(stage_id)
        return stage.name(self.language) if stage else ""

    def t(self, en: str, zh: str) -> str:
        return pick(self.language, en, zh)


# --- forecast ---------------------------------------------------------------------------------
CATEGORY_NAMES = {
    Category.COMMIT: ("Commit", "承诺"),
    Category.BEST_CASE: ("Best case", "乐观"),
    Category.PIPELINE: ("Pipeline", "管道"),
}


def _deals_with_days(items: tuple[tuple[ReportDeal, int], ...], days: Column,
                     n: Names) -> tuple[tuple[Column, ...], tuple[Row, ...]]:
    """Deals listed with a number of days (stalled in a stage, quiet): deal, company, stage, days."""
    cols = (Column("deal", "Deal", "商机"), Column("company", "Company", "公司"),
            Column("stage", "Stage", "阶段"), days)
    rows = tuple(Row((d.title, d.company_name, n.stage(d.stage_id), count), (d.id,)) for d, count in items)
    return cols, rows


def forecast_tables(f: Forecast, n: Names) -> list[Table]:
    cur = f.currency
    cols = (
        Column("month", "Month", "月份", Kind.MONTH),
        Column("commit", "Commit", "承诺", Kind.MONEY, cur),
        Column("best_case", "Best case", "乐观", Kind.MONEY, cur),
        Column("pipeline", "Pipeline", "管道", Kind.MONEY, cur),
        Column("weighted", "Weighted total", "加权合计", Kind.MONEY, cur),
        Column("deals", "Deals", "商机数", Kind.COUNT),
    )
    rows = tuple(
        Row(
            (
                m.month,
                m.weighted(Category.COMMIT),
                m.weighted(Category.BEST_CASE),
                m.weighted(Category.PIPELINE),
                m.weighted(),
                len(m.deals),
            ),
            _ids(x.deal for x in m.deals),
        )
        for m in f.months
    )
    notes = [
        n.t(
            "Open deals by expected close, each amount × its probability. Commit: stages marked "
            "Commit in Settings → Pipeline; Best case: probability of 50 % or more.",
            "按预计成交月份统计未关闭商机，金额 × 成交概率。承诺：在“设置 → 销售流程”中标记为承诺的阶段；"
            "乐观：概率 50% 及以上。",
        )
    ]
    if f.without_amount:
        notes.append(
            n.t(
                f"{f.without_amount} deal(s) without an amount: counted, not summed.",
                f"{f.without_amount} 个商机没有金额：计入数量，不计入金额。",
            )
        )
    if f.other_currencies:
        listed = ", ".join(format_amount(round(a), c, n.language) for c, a in f.other_currencies)
        notes.append(n.t(f"Weighted in other currencies, not added: {listed}.", f"其他币种加权另计：{listed}。"))
    apart_cols = (
        Column("deal", "Deal", "商机"),
        Column("company", "Company", "公司"),
        Column("stage", "Stage", "阶段"),
        Column("expected_close", "Expected close", "预计成交", Kind.DATE),
        Column("amount", "Amount", "金额", Kind.MONEY, cur),
        Column("probability", "Probability", "概率", Kind.PERCENT),
        Column("category", "Category", "类别"),
    )

    def apart(items: tuple[ForecastDeal, ...]) -> tuple[Row, ...]:
        return tuple(
            Row(
                (
                    x.deal.title,
                    x.deal.company_name,
                    n.stage(x.deal.stage_id),
                    x.deal.expected_close,
                    x.deal.amount if x.deal.currency == cur else None,
                    x.probability / 100,
                    n.t(*CATEGORY_NAMES[x.category]),
                ),
                (x.deal.id,),
            )
            for x in items
        )

    return [
        Table("forecast.months", n.t("Forecast by month (weighted)", "按月预测（加权）"), cols, rows, tuple(notes)),
        Table(
            "forecast.slipped",
            n.t("Slipped: expected close has passed", "已延误：预计成交日期已过"),
            apart_cols,
            apart(f.slipped),
            (
                n.t(
                    "Never counted in a past month: update the expected close.",
                    "不计入已过去的月份：请更新预计成交日期。",
                ),
            ),
        ),
        Table(
            "forecast.undated",
            n.t("Open deals without an expected close", "没有预计成交日期的商机"),
            apart_cols,
            apart(f.undated),
        ),
    ]


# --- funnel -----------------------------------------------------------------------------------
def funnel_tables(f: Funnel, previous: Funnel, n: Names) -> list[Table]:
    cols = (
        Column("stage", "Stage", "阶段"),
        Column("reached", "Reached", "到达", Kind.COUNT),
        Column("went_on", "Went on", "进入下一阶段", Kind.COUNT),
        Column("drop_off", "Drop-off", "流失率", Kind.PERCENT),
        Column("median_days", "Median days in stage", "停留天数（中位）", Kind.DAYS),
        Column("previous_reached", "Reached, previous period", "上期到达", Kind.COUNT),
    )
    rows = []
    for step, before in zip(f.steps, previous.steps, strict=True):
        name = step.stage.name(n.language) if step.stage else n.t("Won", "赢单")
        went = len(step.went_on) if step.stage else None
        drop = step.drop_off if step.stage else None
        rows.append(
            Row((name, len(step.reached), went, drop, step.median_days, len(before.reached)), _ids(step.reached))
        )
    states = (
        ("inflow", "Inflow (new deals)", "流入（新商机）", f.inflow, previous.inflow),
        ("advancing", "Advancing", "下流（推进）", [m.deal for m in f.advancing], [m.deal for m in previous.advancing]),
        (
            "moved_back",
            "Moved back",
            "回朔（退回）",
            [m.deal for m in f.moved_back],
            [m.deal for m in previous.moved_back],
        ),
        (
            "reopened",
            "Reopened after lost or on hold",
            "重新打开",
            [m.deal for m in f.reopened],
            [m.deal for m in previous.reopened],
        ),
        (
            "stalled",
            "Stalled (past the stage's limit)",
            "停滞（超过阶段时限）",
            [d for d, _ in f.stalled],
            [d for d, _ in previous.stalled],
        ),
        ("lost", "Lost", "流失（丢单）", [m.deal for m in f.lost], [m.deal for m in previous.lost]),
    )
    state_cols = (
        Column("state", "Movement", "状态"),
        Column("count", "Moves", "次数", Kind.COUNT),
        Column("previous", "Previous period", "上期", Kind.COUNT),
    )
    state_rows = tuple(
        Row((n.t(en, zh), len(now), len(before)), tuple(dict.fromkeys(d.id for d in now)))
        for _, en, zh, now, before in states
    )
    back_cols = (
        Column("deal", "Deal", "商机"),
        Column("company", "Company", "公司"),
        Column("from", "From", "从"),
        Column("to", "To", "到"),
        Column("on", "On", "日期", Kind.DATE),
    )
    back_rows = tuple(
        Row(
            (m.deal.title, m.deal.company_name, n.stage(m.from_stage_id), n.stage(m.to_stage_id), m.at.date()),
            (m.deal.id,),
        )
        for m in f.moved_back + f.reopened
    )
    stall_cols, stall_rows = _deals_with_days(
        f.stalled, Column("days", "Days in stage", "停留天数", Kind.DAYS), n)
    return [
        Table(
            "funnel.steps",
            n.t("Funnel from the stage history", "漏斗（按阶段历史）"),
            cols,
            tuple(rows),
            (
                n.t(
                    "Deals active in the period: how many reached each stage (a skipped stage counts as "
                    "passed) and how many went on to the next.",
                    "本期活跃的商机：到达各阶段的数量（跳过的阶段视为经过）及进入下一阶段的数量。",
                ),
            ),
        ),
        Table("funnel.movements", n.t("Movements in the period", "本期商机动态"), state_cols, state_rows),
        Table("funnel.moved_back", n.t("Moved back (回朔) and reopened", "回朔与重新打开"), back_cols, back_rows),
        Table("funnel.stalled", n.t("Stalled (停滞)", "停滞的商机"), stall_cols, stall_rows),
    ]


# --- win rate ---------------------------------------------------------------------------------
def win_rate_tables(w: WinRate, previous: WinRate, trend: tuple[TrendMonth, ...], n: Names) -> list[Table]:
    cur = w.currency
    cols = (
        Column("figure", "Figure", "指标"),
        Column("current", "This period", "本期"),
        Column("previous", "Previous period", "上期"),
        Column("change", "Change", "变化", Kind.CHANGE),
    )
    figure_rows = [
        ("Win rate (by count)", "赢单率（按数量）", Kind.PERCENT, w.rate, previous.rate, w.won + w.lost),
        (
            "Win rate (by amount)",
            "赢单率（按金额）",
            Kind.PERCENT,
            w.rate_by_amount(),
            previous.rate_by_amount(cur),
            w.won + w.lost,
        ),
        ("Won", "赢单数", Kind.COUNT, len(w.won), len(previous.won), w.won),
        ("Lost", "丢单数", Kind.COUNT, len(w.lost), len(previous.lost), w.lost),
        ("Won amount", "赢单金额", Kind.MONEY, w.won_amounts.get(cur), previous.won_amounts.get(cur), w.won),
        (
            "Average won amount (单产)",
            "每单单产（平均）",
            Kind.MONEY,
            w.average_won(),
            previous.average_won(cur),
            w.won,
        ),
        ("Median won amount", "单产中位数", Kind.MONEY, w.median_won(), previous.median_won(cur), w.won),
        (
            "Median days to win",
            "赢单周期（中位天数）",
            Kind.DAYS,
            w.median_cycle_days,
            previous.median_cycle_days,
            w.won,
        ),
        (
            "Open deals at the period's end",
            "期末未关闭商机",
            Kind.COUNT,
            len(w.open_at_end),
            len(previous.open_at_end),
            w.open_at_end,
        ),
        ("Sales velocity (per day)", "销售速度（每天）", Kind.MONEY, w.velocity, previous.velocity, ()),
    ]
    rows = [
        Row((n.t(en, zh), now, before, change(now, before)), _ids(deals), kind, cur)
        for en, zh, kind, now, before, deals in figure_rows
    ]
    notes = [
        n.t(
            "Deals won or lost in the period, by where they are now: one reopened after Lost and "
            "still open is not lost; on hold is neither. Velocity = open deals × win rate × "
            "average won amount ÷ median days to win.",
            "本期赢单或丢单的商机，以当前状态为准：丢单后重新打开且仍在跟进的不算丢单；搁置既不算赢也不算丢。"
            "销售速度 = 未关闭商机数 × 赢单率 × 平均单产 ÷ 赢单周期中位天数。",
        )
    ]
    notes += amounts_note(w.won_amounts, cur, n.language)
    trend_cols = (
        Column("month", "Month", "月份", Kind.MONTH),
        Column("won", "Won", "赢单", Kind.COUNT),
        Column("lost", "Lost", "丢单", Kind.COUNT),
        Column("rate", "Win rate", "赢单率", Kind.PERCENT),
        Column("won_amount", "Won amount", "赢单金额", Kind.MONEY, cur),
    )
    trend_rows = tuple(
        Row((m.period.start, len(m.won), len(m.lost), m.rate, m.won_amount), _ids(m.won + m.lost)) for m in trend
    )
    return [
        Table("win_rate.figures", n.t("Win rate and cycle", "赢单率与销售周期"), cols, tuple(rows), tuple(notes)),
        Table("win_rate.trend", n.t("Win rate, last 12 months", "近 12 个月赢单率"), trend_cols, trend_rows),
    ]


# --- lost -------------------------------------------------------------------------------------
def lost_tables(r: LostReview, previous: LostReview, n: Names) -> list[Table]:
    cur = r.currency

    def group_rows(groups: tuple[LostGroup, ...], name) -> tuple[Row, ...]:
        # A group whose deals have no amount in the currency sums to nothing ("—"), not to ¥0.
        return tuple(
            Row((name(g.key), len(g.deals), g.amounts.get(cur) if cur in g.amounts.currencies else None), _ids(g.deals))
            for g in groups
        )

    def reason(key: int | str) -> str:
        return n.t("No reason picked", "未选择原因") if key == NO_REASON else n.reasons.get(key, "?")

    def stage(key: int | str) -> str:
        return n.t("Unknown", "未知") if key == NO_STAGE else n.stage(key)

    def competitor(key: int | str) -> str:
        return n.t("None named", "未注明") if key == NO_COMPETITOR else str(key)

    def cols(first_en: str, first_zh: str) -> tuple[Column, ...]:
        return (
            Column("name", first_en, first_zh),
            Column("deals", "Deals", "商机数", Kind.COUNT),
            Column("amount", "Amount", "金额", Kind.MONEY, cur),
        )

    summary = n.t(
        f"{len(r.deals)} deals lost (previous period: {len(previous.deals)}).",
        f"本期丢单 {len(r.deals)} 个（上期 {len(previous.deals)} 个）。",
    )
    words_cols = (
        Column("deal", "Deal", "商机"),
        Column("company", "Company", "公司"),
        Column("reason", "Reason", "原因"),
        Column("words", "In the seller's words", "说明"),
        Column("stage", "Lost at", "丢单阶段"),
        Column("amount", "Amount", "金额", Kind.MONEY, cur),
        Column("on", "On", "日期", Kind.DATE),
    )
    from desktop.domain.reports.book import lost_from

    words = tuple(
        Row(
            (
                d.title,
                d.company_name,
                reason(d.lost_reason_id if d.lost_reason_id in n.reasons else NO_REASON),
                d.lost_reason_text,
                n.stage(lost_from(n.book, d)),
                d.amount if d.currency == cur else None,
                d.stage_entered_at.date(),
            ),
            (d.id,),
        )
        for d in r.deals
    )
    return [
        Table(
            "lost.reasons",
            n.t("Lost deals by reason", "丢单原因"),
            cols("Reason", "原因"),
            group_rows(r.by_reason, reason),
            (summary, *amounts_note(r.amounts, cur, n.language)),
        ),
        Table(
            "lost.stages",
            n.t("Where deals were lost", "丢单阶段"),
            cols("Stage", "阶段"),
            group_rows(r.by_stage, stage),
        ),
        Table(
            "lost.competitors",
            n.t("Lost to competitors", "输给的竞争对手"),
            cols("Competitor", "竞争对手"),
            group_rows(r.by_competitor, competitor),
            (n.t("A deal lost to two competitors counts under each.", "同时输给两家的商机在两家下各计一次。"),),
        ),
        Table(
            "lost.words", n.t("For the quarterly review: the reasons in words", "季度复盘：丢单说明"), words_cols, words
        ),
    ]


# --- pareto -----------------------------------------------------------------------------------
DISAGREEMENT_NAMES = {
    Disagreement.UNDER_TIERED: ("brings much for its tier", "贡献远超其客户等级"),
    Disagreement.OVER_TIERED: ("key account bringing little", "重点客户贡献很少"),
}


def pareto_tables(p: Pareto, n: Names) -> list[Table]:
    cur = p.currency
    cols = (
        Column("company", "Company", "公司"),
        Column("tier", "Tier", "等级"),
        Column("won_amount", "Won amount", "赢单金额", Kind.MONEY, cur),
        Column("share", "Share", "占比", Kind.PERCENT),
        Column("cumulative", "Cumulative", "累计占比", Kind.PERCENT),
        Column("note", "Tier check", "等级核对"),
    )
    rows = tuple(
        Row(
            (
                c.company.name,
                c.company.tier or DASH,
                c.amount,
                c.share,
                c.cumulative,
                n.t(*DISAGREEMENT_NAMES[c.disagreement]) if c.disagreement else "",
            ),
            _ids(c.won),
        )
        for c in p.companies + tuple(x for x in p.idle_key_accounts if x.disagreement)
    )
    notes = []
    if p.top_count:
        notes.append(
            n.t(
                f"The top 20 % ({p.top_count} of {len(p.companies)} companies) brought "
                f"{cell_text(p.top_share, Column('s', '', '', Kind.PERCENT), n.language)} of the won amount.",
                f"前 20% 的客户（{len(p.companies)} 家中的 {p.top_count} 家）贡献了 "
                f"{cell_text(p.top_share, Column('s', '', '', Kind.PERCENT), n.language)} 的赢单金额。",
            )
        )
    notes.append(
        n.t(
            "Tier check: B, C or untiered companies bringing 10 % or more; S companies "
            "bringing under 5 %; A companies bringing nothing.",
            "等级核对：B、C 或未分级客户贡献 10% 及以上；S 级客户贡献不足 5%；A 级客户没有贡献。",
        )
    )
    if p.without_amount:
        notes.append(
            n.t(
                f"{p.without_amount} won deal(s) without an amount: not ranked.",
                f"{p.without_amount} 个赢单没有金额，未参与排名。",
            )
        )
    if p.other_currencies.totals:
        listed = ", ".join(format_amount(a, c, n.language) for c, a in p.other_currencies.totals)
        notes.append(n.t(f"Won in other currencies, not ranked: {listed}.", f"其他币种赢单另计：{listed}。"))
    return [
        Table(
            "pareto.companies", n.t("80/20: won amount by company", "80/20：各客户赢单金额"), cols, rows, tuple(notes)
        )
    ]


# --- sources ----------------------------------------------------------------------------------
def sources_tables(s: Sources, n: Names, currency: str) -> list[Table]:
    def cols(first_en: str, first_zh: str) -> tuple[Column, ...]:
        return (
            Column("name", first_en, first_zh),
            Column("new", "New deals", "新增商机", Kind.COUNT),
            Column("won", "Won", "赢单", Kind.COUNT),
            Column("lost", "Lost", "丢单", Kind.COUNT),
            Column("rate", "Win rate", "赢单率", Kind.PERCENT),
            Column("won_amount", "Won amount", "赢单金额", Kind.MONEY, currency),
            Column("median_days", "Median days to win", "赢单周期（中位天数）", Kind.DAYS),
        )

    def rows(items: tuple[SourceRow, ...], name) -> tuple[Row, ...]:
        return tuple(
            Row(
                (name(r.key), len(r.new), len(r.won), len(r.lost), r.rate, r.won_amounts.get(currency), r.median_days),
                _ids(r.deals()),
            )
            for r in items
        )

    def source(key: str | int) -> str:
        return str(key) or n.t("Not said", "未注明")

    def partner(key: str | int) -> str:
        return n.partners.get(key, "?")  # type: ignore[arg-type]

    note = n.t(
        "New deals: created in the period. Won and lost: closed in the period, whenever they came in.",
        "新增商机：本期创建。赢单、丢单：本期关闭（不论何时创建）。",
    )
    return [
        Table(
            "sources.sources",
            n.t("Lead sources", "线索来源"),
            cols("Lead source", "线索来源"),
            rows(s.sources, source),
            (note,),
        ),
        Table(
            "sources.partners",
            n.t("Referral partners", "转介绍伙伴"),
            cols("Partner", "伙伴"),
            rows(s.partners, partner),
        ),
    ]


# --- formula ----------------------------------------------------------------------------------
FACTOR_NAMES = {
    Factor.LEADS: ("Leads", "线索量"),
    Factor.CONVERSION: ("Lead conversion", "线索转化率"),
    Factor.WIN_RATE: ("Win rate", "赢单率"),
    Factor.AVERAGE_WON: ("Average won amount", "每单单产"),
    Factor.COLLECTION: ("Collection ratio", "回款比"),
}
FACTOR_KINDS = {
    Factor.LEADS: Kind.COUNT,
    Factor.CONVERSION: Kind.PERCENT,
    Factor.WIN_RATE: Kind.PERCENT,
    Factor.AVERAGE_WON: Kind.MONEY,
    Factor.COLLECTION: Kind.PERCENT,
}


def factor_text(f: Formula, which: Factor, language: str, previous: bool = False) -> str:
    figures = f.previous if previous else f.current
    return cell_text(figures.factor(which), Column("v", "", "", FACTOR_KINDS[which], figures.currency), language)


def formula_line(f: Formula, language: str, previous: bool = False) -> str:
    """'回款金额 = 12 × 50% × 30% × ¥20万 × 回款比 = ¥36万' with the seller's numbers."""
    figures = f.previous if previous else f.current
    parts = [factor_text(f, x, language, previous) for x in figures.factors()]
    product = figures.product
    result = format_amount(round(product), figures.currency, language) if product is not None else DASH
    if figures.collected is None:
        head = pick(language, "Won amount", "赢单金额")
    else:
        head = pick(language, "Collected", "回款金额")
    return f"{head} = {' × '.join(parts)} = {result}"


def formula_tables(f: Formula, n: Names) -> list[Table]:
    cols = (
        Column("factor", "Factor", "因子"),
        Column("current", "This period", "本期"),
        Column("previous", "Previous period", "上期"),
        Column("change", "Change", "变化", Kind.CHANGE),
    )
    rows = []
    for which in Factor:
        deals = f.current.lead_ids if which in (Factor.LEADS, Factor.CONVERSION) else f.current.won_ids
        rows.append(
            Row(
                (
                    n.t(*FACTOR_NAMES[which]),
                    f.current.factor(which),
                    f.previous.factor(which),
                    change(f.current.factor(which), f.previous.factor(which)),
                ),
                deals,
                FACTOR_KINDS[which],
                f.current.currency,
            )
        )
    rows.append(
        Row(
            (
                n.t("Median days to win (shorter is better)", "销售周期（中位天数，越短越好）"),
                f.current.median_cycle_days,
                f.previous.median_cycle_days,
                change(f.current.median_cycle_days, f.previous.median_cycle_days),
            ),
            f.current.won_ids,
            Kind.DAYS,
        )
    )
    rows.append(
        Row(
            (
                n.t(
                    "Actually won" if f.current.collected is None else "Collected on the deals won",
                    "实际赢单金额" if f.current.collected is None else "本期赢单已回款",
                ),
                f.current.actual,
                f.previous.actual,
                change(f.current.actual, f.previous.actual),
            ),
            f.current.won_ids,
            Kind.MONEY,
            f.current.currency,
        )
    )
    notes = [formula_line(f, n.language), n.t("Previous period: ", "上期：") + formula_line(f, n.language, True)]
    if f.moved_most is not None:
        notes.append(
            n.t(f"Moved most: {FACTOR_NAMES[f.moved_most][0]}.", f"变化最大的因子：{FACTOR_NAMES[f.moved_most][1]}。")
        )
    if f.current.collected is None:
        notes.append(
            n.t(
                "Collections are not tracked yet: the formula stops at the amount won (回款比 left out).",
                "尚未记录回款：公式算到赢单金额为止（暂不含回款比）。",
            )
        )
    else:
        won, with_contract = f.current.won_count, f.current.with_contract
        notes.append(
            n.t(
                f"Collection ratio: money collected so far on the contracts of the {with_contract} won "
                f"deal(s) that have one (of {won} won), ÷ their won amount.",
                f"回款比：本期赢单中已录入合同的 {with_contract} 个（共 {won} 个）已回款金额 ÷ 其赢单金额。",
            )
        )
    notes.append(
        n.t(
            "The formula multiplies this period's factors; deals close months after they come in, "
            "so the actual amount differs.",
            "公式为本期各因子的乘积；商机从进入到成交往往需要数月，因此与实际金额不同。",
        )
    )
    return [Table("formula.factors", n.t("The revenue formula", "回款公式"), cols, tuple(rows), tuple(notes))]


# --- activity ---------------------------------------------------------------------------------
def activity_tables(a: Activity, previous: Activity, n: Names) -> list[Table]:
    cols = (
        Column("week", "Week of", "周（起）", Kind.DATE),
        Column("notes", "Call notes", "拜访记录", Kind.COUNT),
        Column("visits", "Visits", "拜访", Kind.COUNT),
    )
    rows = tuple(
        Row(
            (w.week.start, len(w.notes), len(w.visits)),
            tuple(dict.fromkeys([x.deal_id for x in w.notes if x.deal_id] + [v.deal_id for v in w.visits])),
        )
        for w in a.weeks
    )
    quiet_cols, quiet = _deals_with_days(
        a.quiet, Column("days", "Days without a note or visit", "未跟进天数", Kind.DAYS), n)
    summary = n.t(
        f"{a.note_count} call notes and {a.visit_count} visits (previous period: "
        f"{previous.note_count} and {previous.visit_count}).",
        f"拜访记录 {a.note_count} 条、拜访 {a.visit_count} 次（上期 {previous.note_count} 条、"
        f"{previous.visit_count} 次）。",
    )
    return [
        Table("activity.weeks", n.t("Activity by week", "每周活动"), cols, rows, (summary,)),
        Table(
            "activity.quiet",
            n.t("Open deals with no note or visit for 30 days", "30 天未跟进的商机"),
            quiet_cols,
            quiet,
        ),
    ]


# --- all ---------------------------------------------------------------------------------------
REPORTS = ("forecast", "funnel", "winrate", "lost", "pareto", "sources", "formula", "activity")


def report_tables(r: ReportSet, which: str, language: str) -> list[Table]:
    n = Names(r.book, language)
    if which == "forecast":
        return forecast_tables(r.forecast, n)
    if which == "funnel":
        return funnel_tables(r.funnel, r.previous_funnel, n)
    if which == "winrate":
        return win_rate_tables(r.win_rate, r.previous_win_rate, r.trend, n)
    if which == "lost":
        return lost_tables(r.lost, r.previous_lost, n)
    if which == "pareto":
        return pareto_tables(r.pareto, n)
    if which == "sources":
        return sources_tables(r.sources, n, r.win_rate.currency)
    if which == "formula":
        return formula_tables(r.formula, n)
    if which == "activity":
        return activity_tables(r.activity, r.previous_activity, n)
    raise ValueError(which)


def deals_by_id(r: ReportSet) -> dict[int, ReportDeal]:
    return {d.id: d for d in r.book.deals}


def csv_rows(table: Table, language: str) -> list[list[Any]]:
    """The table for a spreadsheet: headers, then numbers as numbers (money in whole units, days,
    counts), percentages and changes as "67%", dates as YYYY-MM-DD, nothing as an empty cell."""
    rows: list[list[Any]] = [[c.title(language) for c in table.columns]]
    for i, row in enumerate(table.rows):
        line: list[Any] = []
        for j, value in enumerate(row.cells):
            column = table.column_for(i, j)
            if value is None:
                line.append("")
            elif column.kind in (Kind.MONEY,) and isinstance(value, (int, float)):
                line.append(round(value))
            elif column.kind in (Kind.COUNT, Kind.DAYS) and isinstance(value, (int, float)):
                line.append(int(value) if float(value).is_integer() else round(value, 1))
            else:
                line.append(cell_text(value, column, language))
        rows.append(line)
    for note in table.notes:
        rows.append([f"* {note}"])
    return rows


def headline(r: ReportSet, language: str) -> Table:
    """The period's key figures beside the previous period's (the strip at the top of the page)."""
    n = Names(r.book, language)
    w, pw = r.win_rate, r.previous_win_rate
    cur = w.currency
    # New deals counted directly: the whole funnel is not needed for the strip.
    new = tuple(d for d in r.book.deals if r.period.contains(d.created_at))
    new_before = tuple(d for d in r.book.deals if r.previous.contains(d.created_at))
    figures = (
        (
            "new",
            "New deals",
            "新增商机",
            Kind.COUNT,
            len(new),
            len(new_before),
            new,
        ),
        ("won", "Won", "赢单", Kind.COUNT, len(w.won), len(pw.won), w.won),
        ("won_amount", "Won amount", "赢单金额", Kind.MONEY, w.won_amounts.get(cur), pw.won_amounts.get(cur), w.won),
        ("win_rate", "Win rate", "赢单率", Kind.PERCENT, w.rate, pw.rate, w.won + w.lost),
        ("lost", "Lost", "丢单", Kind.COUNT, len(w.lost), len(pw.lost), w.lost),
        ("cycle", "Median days to win", "赢单周期", Kind.DAYS, w.median_cycle_days, pw.median_cycle_days, w.won),
        ("notes", "Call notes", "拜访记录", Kind.COUNT, *r.note_counts, ()),
    )
    cols = (
        Column("figure", "Figure", "指标"),
        Column("current", "This period", "本期"),
        Column("previous", "Previous period", "上期"),
        Column("change", "Change", "变化", Kind.CHANGE),
    )
    rows = tuple(
        Row((n.t(en, zh), now, before, change(now, before)), _ids(deals), kind, cur)
        for _, en, zh, kind, now, before, deals in figures
    )
    return Table("headline", n.t("This period at a glance", "本期概览"), cols, rows)
