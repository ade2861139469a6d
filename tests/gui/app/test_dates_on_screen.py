"""One date format on screen, in both languages: 2026-05-04 on the deal page, its tabs, the
referral date, the board and Today (not "3/15/26" beside "2027-01-09" beside "11月10日")."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QUndoStack

from desktop.domain.deals import DealRecord
from desktop.ui.bus import Bus
from desktop.ui.deals.page import DealsPage
from desktop.ui.i18n import install_translators, remove_translators
from desktop.ui.today.page import TodayPage


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def test_the_deal_page_its_tabs_and_today_show_dates_one_way(qtbot, services, clock, language):
    today = clock().date()  # Friday 2026-11-20
    partner = services.partners.mark(new_contact_name="老周")
    deal = services.deals.save(
        DealRecord(title="MES", expected_close=today + timedelta(days=50)), new_company="华东精密"
    )
    services.partners.set_referral(deal.id, partner.id, today - timedelta(days=66))
    services.deals.add_next_step(deal.id, "发报价", today + timedelta(days=3))
    services.deals.plan_visit(deal.id, datetime(2026, 11, 23, 14, 30), "苏州", "演示")

    page = DealsPage(services, Bus(), QUndoStack())
    qtbot.addWidget(page)
    page.open_record(deal.id)
    view = page.deal_view
    assert view.form.expected_close.text() == "2027-01-09"
    assert view.referral.referred_on.text() == "2026-09-15"  # was "9/15/26" / "2026/9/15"
    steps = view.next_steps_panel.model
    assert steps.index(0, 2).data() == "2026-11-23"
    visit = view.visits_panel.model.index(0, 0).data()
    assert visit == ("2026-11-23 周一 14:30" if language == "zh_CN" else "Mon 2026-11-23 14:30")
    assert view.history_model.index(0, 0).data().startswith("2026-11-20")

    today_page = TodayPage(services, Bus())
    qtbot.addWidget(today_page)
    assert today_page.heading.text().endswith("2026-11-20 周五" if language == "zh_CN" else "Fri 2026-11-20")
    details = [today_page.model.index(r).data(0x0003) for r in range(today_page.model.rowCount())]  # tooltips
    assert "2026-11-23 · 发报价" in details
    assert not any("月" in (d or "") and "日" in (d or "") for d in details)
