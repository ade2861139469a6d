"""The business review (经营回顾): every report of a period on A4, each a chart with its table,
page x of y, in Chinese or English. Plain data in (a ReportSet), PDF out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.documents import fonts
from desktop.documents.base import ACCENT_LIGHT, RULE, SCALE, Document, Labels, PageInfo, format_date
from desktop.domain.reports.overview import ReportSet
from desktop.domain.reports.tables import REPORTS, Kind, Table, report_tables

LABELS = Labels({
    "title": ("Business review", "经营回顾"),
    "period": ("{start} – {end}, against {pstart} – {pend}", "{start}至{end}，对比{pstart}至{pend}"),
    "internal": ("Internal", "内部资料"),
    "empty": ("Nothing in this period.", "本期没有数据。"),
    "forecast": ("Forecast", "销售预测"),
    "funnel": ("Funnel", "销售漏斗"),
    "winrate": ("Win rate and cycle", "赢单率与周期"),
    "lost": ("Lost deals review", "丢单复盘"),
    "pareto": ("80/20", "二八分析"),
    "sources": ("Sources and partners", "线索来源与伙伴"),
    "formula": ("The revenue formula", "回款公式"),
    "activity": ("Activity", "销售活动"),
})
MAX_ROWS = 40  # a table longer than this is cut in the PDF (the CSV has every row)


class BusinessReview(Document):
    margins = (16.0, 16.0, 20.0, 18.0)

    def __init__(self, reports: ReportSet, language: str, only: tuple[str, ...] = ()) -> None:
        self.reports, self.language = reports, language
        self.only = only or REPORTS
        period = LABELS("period", language).format(
            start=format_date(reports.period.start, language), end=format_date(reports.period.end, language),
            pstart=format_date(reports.previous.start, language), pend=format_date(reports.previous.end, language))
        super().__init__(PageInfo(title=LABELS("title", language), subtitle=period,
                                  confidential=LABELS("internal", language), language=language))
        self.period_text = period

    def table(self, table: Table) -> list[Any]:
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer, TableStyle
        from reportlab.platypus import Table as PdfTable

        lang = self.language
        out: list[Any] = [self.p(table.title, "h3")]
        if not table.rows:
            out += [self.p("—", "muted"), Spacer(1, 2 * mm)]
        else:
            head = [self.p(c.title(lang), "cell_bold") for c in table.columns]
            rows = [head]
            for i in range(min(len(table.rows), MAX_ROWS)):
                rows.append([self.p(table.text(i, j, lang),
                                    "cell" if table.column_for(i, j).kind == Kind.TEXT else "right")
                             for j in range(len(table.columns))])
            grid = PdfTable(rows, repeatRows=1, hAlign="LEFT",
                            colWidths=self._widths(table))
            grid.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), fonts.register()[0]),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT_LIGHT)),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]))
            out.append(grid)
            if len(table.rows) > MAX_ROWS:
                more = len(table.rows) - MAX_ROWS
                out.append(self.p(f"… +{more}", "small"))
        for note in table.notes:
            out.append(self.p(f"* {note}", "small"))
        out.append(Spacer(1, 3 * mm))
        return out

    def _widths(self, table: Table) -> list[float]:
        """Figures get the width their longest cell needs (never wrapped); text columns share
        the rest in proportion to their longest cell."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        regular, bold = fonts.register()
        size, pad = SCALE["body"], 16.0  # the cell padding (6 + 6) and a little air
        lang = self.language
        rows = range(min(len(table.rows), MAX_ROWS))
        natural = []
        for j, column in enumerate(table.columns):
            cells = [table.text(i, j, lang) for i in rows]
            widest = max([stringWidth(t, regular, size) for t in cells] + [0.0])
            head = stringWidth(column.title(lang), bold, size)
            natural.append((widest, head))
        figure = [j > 0 and (table.columns[j].kind != Kind.TEXT or (table.rows and table.rows[0].kind is not None))
                  for j in range(len(table.columns))]
        total = self.frame_width()
        widths = [0.0] * len(table.columns)
        for j, (widest, head) in enumerate(natural):
            if figure[j]:
                widths[j] = max(widest, min(head, 80.0)) + pad
        rest = max(total - sum(widths), 40.0 * max(1, figure.count(False)))
        text_cols = [j for j in range(len(table.columns)) if not figure[j]]
        weights = [max(natural[j][0], natural[j][1], 30.0) for j in text_cols]
        for j, weight in zip(text_cols, weights, strict=True):
            widths[j] = rest * weight / sum(weights)
        # a header word is never broken ("Tie-r"): a text column narrower than its header takes
        # the difference from the text columns that have more than their header needs
        floor = {j: natural[j][1] + pad for j in text_cols}
        short = sum(max(0.0, floor[j] - widths[j]) for j in text_cols)
        roomy = {j: widths[j] - floor[j] for j in text_cols if widths[j] > floor[j]}
        if short and sum(roomy.values()) >= short:
            for j in text_cols:
                if j in roomy:
                    widths[j] -= short * roomy[j] / sum(roomy.values())
                else:
                    widths[j] = floor[j]
        scale = total / sum(widths) if sum(widths) > total else 1.0
        return [w * scale for w in widths]

    def story(self) -> list[Any]:
        from reportlab.lib.units import mm
        from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

        from desktop.documents.report_charts import chart_drawing
        from desktop.domain.reports.charts import report_chart

        lang = self.language
        story: list[Any] = [self.p(LABELS("title", lang), "title"), self.p(self.period_text, "muted"),
                            Spacer(1, 4 * mm)]
        for which in self.only:
            chart = report_chart(self.reports, which, lang)
            tables = report_tables(self.reports, which, lang)
            story.append(CondPageBreak(90 * mm))
            story.append(KeepTogether([self.p(LABELS(which, lang), "h1"),
                                       chart_drawing(chart, self.frame_width(), 62 * mm, lang),
                                       Spacer(1, 2 * mm)]))
            for table in tables:
                story.extend(self.table(table))
        return story


def render_review(reports: ReportSet, language: str, target: Path | str | None = None,
                  only: tuple[str, ...] = ()) -> bytes:
    """Write the review (or only some of its reports) to `target`; returns the PDF's bytes."""
    return BusinessReview(reports, language, only).render(target)
