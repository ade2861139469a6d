"""The sections of the Reports page, in order: each a chart and its tables, from the same plain
data the PDF and the CLI use. A new report is one more `ReportSection` in `SECTIONS`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop.domain.reports.charts import Chart, report_chart
from desktop.domain.reports.overview import ReportSet
from desktop.domain.reports.tables import Table, report_tables


@dataclass(frozen=True)
class ReportSection:
    key: str
    title: Callable[[], str]  # translated when asked (the language can change)
    chart: Callable[[ReportSet, str], Chart | None]
    tables: Callable[[ReportSet, str], list[Table]]


def _section(key: str, title: Callable[[], str]) -> ReportSection:
    return ReportSection(key, title, lambda r, lang: report_chart(r, key, lang),
                         lambda r, lang: report_tables(r, key, lang))



SECTIONS: list[ReportSection] = [
    _section("forecast", lambda: QCoreApplication.translate("ReportSections", "Forecast")),
    _section("funnel", lambda: QCoreApplication.translate("ReportSections", "Funnel")),
    _section("winrate", lambda: QCoreApplication.translate("ReportSections", "Win rate and cycle")),
    _section("lost", lambda: QCoreApplication.translate("ReportSections", "Lost deals review")),
    _section("pareto", lambda: QCoreApplication.translate("ReportSections", "80/20")),
    _section("sources", lambda: QCoreApplication.translate("ReportSections", "Sources and partners")),
    _section("formula", lambda: QCoreApplication.translate("ReportSections", "Revenue formula")),
    _section("activity", lambda: QCoreApplication.translate("ReportSections", "Activity")),
]
