"""Planned visits and next steps of a deal: edit, cancel or delete, and bring back."""

from datetime import datetime, timedelta

import pytest

from desktop.domain.deals import DealRecord
from desktop.domain.errors import NotFound, ValidationFailed
from desktop.domain.overview import TodaySection
from desktop.domain.people import ContactRecord


@pytest.fixture
def deal(services):
    return services.deals.save(DealRecord(title="MES"), new_company="华东精密")


def test_a_visit_is_planned_edited_cancelled_and_restored(services, clock, deal):
    li = services.contacts.save(ContactRecord(name="李敏", company_id=deal.company_id))
    when = datetime(2026, 11, 23, 14, 30, 45)
    visit = services.deals.plan_visit(deal.id, when, " 苏州工厂 ", "演示", "我、王工", (li.id, li.id))
    assert visit.planned_at == datetime(2026, 11, 23, 14, 30) and visit.place == "苏州工厂"
    assert visit.attendee_contact_ids == (li.id,)
    changed = services.deals.update_visit(visit.id, when + timedelta(days=1), "上海", "谈价格", "我", ())
    assert services.deals.visits(deal.id) == [changed]
    assert (changed.place, changed.goal, changed.attendee_contact_ids) == ("上海", "谈价格", ())
    assert [i.text for i in services.today.agenda() if i.section == TodaySection.VISITS_THIS_WEEK] == ["谈价格"]
    services.deals.cancel_visit(visit.id)
    assert services.deals.visits(deal.id) == []
    assert not [i for i in services.today.agenda() if i.section == TodaySection.VISITS_THIS_WEEK]
    with pytest.raises(NotFound):
        services.deals.update_visit(visit.id, when)
    services.deals.restore_visit(visit.id)
    assert services.deals.visits(deal.id) == [changed]
    with pytest.raises(NotFound):
        services.deals.restore_visit(visit.id)


def test_a_visit_refuses_unknown_attendees_and_changes_nothing(services, deal):
    visit = services.deals.plan_visit(deal.id, datetime(2026, 11, 23, 9, 0), goal="首访")
    with pytest.raises(ValidationFailed) as failed:
        services.deals.update_visit(visit.id, datetime(2026, 11, 24, 9, 0), attendee_contact_ids=(999,))
    assert failed.value.errors[0].code == "not_found"
    assert services.deals.visits(deal.id) == [visit]


def test_next_steps_are_edited_done_deleted_and_restored(services, clock, deal):
    today = clock().date()
    later = services.deals.add_next_step(deal.id, "演示", today + timedelta(days=5), "我")
    first = services.deals.add_next_step(deal.id, "发报价", today + timedelta(days=1))
    services.deals.update_next_step(later.id, "现场演示", today - timedelta(days=1), " 王工 ")
    assert [s.text for s in services.deals.next_steps(deal.id)] == ["现场演示", "发报价"]
    assert services.deals.overview(deal.id).overdue
    services.deals.complete_next_step(later.id)
    assert services.deals.overview(deal.id).next_step.id == first.id
    steps = services.deals.next_steps(deal.id, include_done=True)
    assert [(s.text, s.owner, s.done_at is not None) for s in steps] == [
        ("发报价", "", False),
        ("现场演示", "王工", True),
    ]
    services.deals.delete_next_step(first.id)
    assert services.deals.overview(deal.id).next_step is None
    assert [s.id for s in services.deals.next_steps(deal.id, include_done=True)] == [later.id]
    services.deals.restore_next_step(first.id)
    assert services.deals.overview(deal.id).next_step.id == first.id
    with pytest.raises(ValidationFailed):
        services.deals.update_next_step(first.id, "  ")
    with pytest.raises(NotFound):
        services.deals.restore_next_step(first.id)
