"""File → Print this week's briefs… (Ctrl+P): the briefs of every visit in the next seven days in
one preview, to print or save (before: only `dealbrief briefs --week` on the command line)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.deals import DealRecord
from desktop.ui.main_window import MainWindow
from tests.unit.documents.helpers import pdf_pages


def test_ctrl_p_previews_the_briefs_of_this_weeks_visits(qtbot, services, settings, clock, tmp_path):
    first = services.deals.save(DealRecord(title="MES 升级"), new_company="华东精密")
    second = services.deals.save(DealRecord(title="WMS 试点"), new_company="康宁医疗")
    services.deals.plan_visit(first.id, clock() + timedelta(days=1), "苏州工厂")
    services.deals.plan_visit(second.id, clock() + timedelta(days=3), "上海")
    services.deals.plan_visit(second.id, clock() + timedelta(days=20), "上海")  # not this week
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.week_briefs_action in window.file_menu.actions()
    qtbot.keyClick(window.nav, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = window.week_briefs_preview
    qtbot.waitUntil(lambda: bool(preview.pdf_bytes), timeout=20000)
    text = "".join(pdf_pages(preview.pdf_bytes))
    assert "华东精密" in text and "康宁医疗" in text
    assert text.index("华东精密") < text.index("康宁医疗")  # in visit order
    assert preview.file_name().startswith("拜访简报汇总_2026-11-20") or \
        preview.file_name().startswith("Visit briefs_2026-11-20")
    assert preview.save_to(str(tmp_path / "week.pdf"))
    preview.close()


def test_no_visits_this_week_says_so_in_plain_words(qtbot, services, settings):
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.week_briefs_action.trigger()
    preview = window.week_briefs_preview
    with qtbot.waitSignal(preview.failed, timeout=20000) as failed:
        pass
    assert "No visits are planned in the next 7 days" in failed.args[0]
    preview.close()
