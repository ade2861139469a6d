"""Today lists what is due with overdue first; activating a row opens its deal via the bus."""

from datetime import timedelta

from desktop.domain.deals import DealRecord
from desktop.domain.overview import TodaySection
from desktop.ui.bus import Bus
from desktop.ui.today.page import ITEM_ROLE, TodayModel, TodayPage


def test_today_shows_sections_and_opens_the_deal(qtbot, services, clock):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    services.deals.add_next_step(deal.id, "发报价", clock().date() - timedelta(days=1))
    services.deals.add_next_step(deal.id, "演示", clock().date() + timedelta(days=2))
    bus = Bus()
    page = TodayPage(services, bus)
    qtbot.addWidget(page)
    model = page.model
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows == ["Overdue", "华东精密 — MES", "Due in the next 7 days", "华东精密 — MES"]
    assert "1 overdue" in page.summary.text()
    with qtbot.waitSignal(bus.open_requested) as opened:
        page.open_index(model.index(1))
    assert opened.args == ["deal", deal.id]


def test_the_today_model_passes_the_model_tester(qtmodeltester, demo_services):
    model = TodayModel()
    model.set_items(demo_services.today.agenda())
    qtmodeltester.check(model)
    sections = [model.index(r).data(ITEM_ROLE).section for r in range(model.rowCount()) if model.index(r).data(ITEM_ROLE)]
    assert sections[0] == TodaySection.OVERDUE
