"""Today lists what is due with overdue first; activating a row opens what it names."""

from datetime import timedelta

from desktop.domain.deals import DealRecord
from desktop.domain.overview import TodaySection
from desktop.ui.bus import Bus
from desktop.ui.today.page import ITEM_ROLE, TodayModel, TodayPage


def test_today_shows_sections_and_opens_the_deal(qtbot, services, clock):
    deal = services.deals.save(DealRecord(title="MES"), new_company="华东精密")
    late = services.deals.add_next_step(deal.id, "发报价", clock().date() - timedelta(days=1))
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
    assert opened.args == ["next_step", late.id]


def test_the_today_model_passes_the_model_tester(qtmodeltester, demo_services):
    model = TodayModel()
    model.set_items(demo_services.today.agenda())
    qtmodeltester.check(model)
    sections = [
        model.index(r).data(ITEM_ROLE).section for r in range(model.rowCount()) if model.index(r).data(ITEM_ROLE)
    ]
    assert sections[0] == TodaySection.OVERDUE


def test_each_row_opens_what_it_names_in_the_main_window(qtbot, services, clock, settings):
    """A next step opens on its deal's "Next steps" tab, a visit on "Visits", a deal at risk on
    its committee, each with that record selected."""
    from datetime import datetime

    from desktop.ui.main_window import MainWindow

    negotiation = next(s for s in services.pipeline.stages() if s.key == "negotiation")
    deal = services.deals.save(DealRecord(title="MES", stage_id=negotiation.id), new_company="华东精密")
    services.deals.add_next_step(deal.id, "先做这个", clock().date() + timedelta(days=3))
    step = services.deals.add_next_step(deal.id, "发报价", clock().date())
    visit = services.deals.plan_visit(deal.id, datetime.combine(clock().date(), datetime.min.time()).replace(hour=15))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    today = window.show_page("today")
    deals = window.pages["deals"]
    view = deals.deal_view

    def activate(section: TodaySection) -> None:
        window.show_page("today")
        row = next(
            r
            for r in range(today.model.rowCount())
            if (item := today.model.index(r).data(ITEM_ROLE)) and item.section == section
        )
        today.open_index(today.model.index(row))
        assert window.current_page_key() == "deals" and deals.stack.currentWidget() is view
        assert view.deal.id == deal.id

    activate(TodaySection.DUE_TODAY)
    assert view.tabs.currentWidget() is view.next_steps_panel
    assert view.next_steps_panel.selected_id() == step.id
    activate(TodaySection.VISITS_TODAY)
    assert view.tabs.currentWidget() is view.visits_panel
    assert view.visits_panel.selected_id() == visit.id
    activate(TodaySection.AT_RISK)
    assert view.tabs.currentWidget() is view.committee_tab
    assert "No signer identified yet." in view.gaps.text()
