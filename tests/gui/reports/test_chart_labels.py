"""The 80/20 chart writes each company's name whole under its bar on a 1366×768 laptop, in
either language (the demo book's names were cut to ten characters: "Pacific A…")."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from desktop.domain.reports.period import Preset
from desktop.ui.main_window import MainWindow


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_demo_company_is_named_whole_under_its_bar_at_1366(qtbot, demo_services, settings, language):
    from desktop.ui.i18n import install_translators, remove_translators

    app = QApplication.instance()
    installed = install_translators(app, language) if language != "en" else []
    try:
        window = MainWindow(demo_services, settings)
        qtbot.addWidget(window)
        window.resize(1366, 728)  # 1366×768 less the taskbar
        window.show()
        qtbot.waitExposed(window)
        page = window.show_page("reports")
        page.set_preset(Preset.THIS_YEAR)
        page.show_section("pareto")
        qtbot.waitUntil(lambda: page.reports is not None and not page.loading
                        and page.chart.chart is not None and page.chart.chart.key == "pareto")
        chart = page.chart
        chart.grab()  # laid out as painted
        names = chart.chart.categories
        assert "Pacific Auto Parts (Shanghai) Co., Ltd." in names and len(names) >= 7
        metrics = QFontMetricsF(chart.font())
        assert sorted(chart.labels) == list(range(len(names)))  # every bar has its name
        for i, name in enumerate(names):
            box, lines = chart.labels[i]
            assert "…" not in "".join(lines)
            assert "".join(lines).replace(" ", "") == name.replace(" ", ""), (name, lines)  # whole
            assert all(metrics.horizontalAdvance(line) <= box.width() for line in lines), (name, box)
            assert len(lines) <= 2
            assert box.top() >= chart.hits[i].top() and box.bottom() <= chart.rect().bottom()
        boxes = [chart.labels[i][0] for i in range(len(names))]
        assert all(a.right() <= b.left() for a, b in pairwise(boxes))  # none overlaps
    finally:
        remove_translators(app, installed)
