"""The buying committee: people with several roles, contacts created inline, gaps update."""

from datetime import timedelta

import pytest

from desktop.domain.coverage import GapCode
from desktop.domain.deals import DealRecord, Influence, StakeholderRecord, Stance
from desktop.domain.errors import ValidationFailed
from desktop.domain.people import ContactRecord


@pytest.fixture
def deal(services):
    negotiation = next(s for s in services.pipeline.stages() if s.key == "negotiation")
    return services.deals.save(DealRecord(title="MES", stage_id=negotiation.id), new_company="华东精密")


def roles(services):
    return {r.key: r.id for r in services.pipeline.roles()}


def test_a_person_can_hold_two_roles_and_be_created_inline(services, deal):
    r = roles(services)
    saved = services.committee.save(
        StakeholderRecord(deal_id=deal.id, role_ids=(r["budget_holder"], r["signer"]), stance=Stance.NEUTRAL,
                          influence=Influence.HIGH, cares_about="回报"),
        ContactRecord(name="李敏", title="财务总监"),
    )
    assert saved.name == "李敏" and saved.role_ids == (r["budget_holder"], r["signer"])
    contact = services.contacts.get(saved.contact_id)
    assert contact.company_id == deal.company_id and contact.title == "财务总监"
    assert [p.id for p in services.committee.list(deal.id)] == [saved.id]


def test_gaps_follow_the_committee(services, deal, clock):
    r = roles(services)
    codes = lambda: [g.code for g in services.committee.gaps(deal.id)]  # noqa: E731
    assert codes()[0] == GapCode.NO_ONE
    signer = services.committee.save(StakeholderRecord(deal_id=deal.id, role_ids=(r["signer"], r["decision_maker"],
                                                                                  r["budget_holder"])),
                                     ContactRecord(name="王总"))
    assert codes() == [GapCode.SINGLE_THREADED, GapCode.ROLE_NOT_MET, GapCode.ROLE_NOT_MET]
    from dataclasses import replace

    services.committee.save(replace(signer, last_met=clock().date()))
    assert services.committee.get(signer.id).met
    services.committee.save(StakeholderRecord(deal_id=deal.id, role_ids=(r["user"],)), ContactRecord(name="陈静"))
    assert codes() == []


def test_the_same_contact_cannot_join_twice_and_dates_cannot_be_in_the_future(services, deal, clock):
    first = services.committee.save(StakeholderRecord(deal_id=deal.id), ContactRecord(name="张伟"))
    with pytest.raises(ValidationFailed) as exc:
        services.committee.save(StakeholderRecord(deal_id=deal.id, contact_id=first.contact_id))
    assert exc.value.errors[0].code == "already_in_committee"
    with pytest.raises(ValidationFailed) as exc:
        services.committee.save(StakeholderRecord(deal_id=deal.id, last_met=clock().date() + timedelta(days=1)),
                                ContactRecord(name="赵磊"))
    assert {e.code for e in exc.value.errors} == {"date_in_future"}
    with pytest.raises(ValidationFailed):
        services.committee.save(StakeholderRecord(deal_id=deal.id))


def test_remove_returns_what_brings_the_person_back(services, deal):
    person = services.committee.save(StakeholderRecord(deal_id=deal.id, role_ids=(1,)), ContactRecord(name="张伟"))
    removed = services.committee.remove(person.id)
    assert services.committee.list(deal.id) == []
    back = services.committee.save(removed)
    assert back.role_ids == (1,) and back.contact_id == person.contact_id


def test_a_deleted_contact_leaves_the_committee_and_its_gaps_until_restored(services, deal):
    a = services.committee.save(StakeholderRecord(deal_id=deal.id), ContactRecord(name="王建国"))
    services.committee.save(StakeholderRecord(deal_id=deal.id), ContactRecord(name="李敏"))
    assert services.committee.committees_of(a.contact_id) == 1
    services.contacts.delete(a.contact_id)
    assert [p.name for p in services.committee.list(deal.id)] == ["李敏"]
    assert services.deals.overview(deal.id).stakeholder_count == 1
    assert "single_threaded" in [g.code for g in services.committee.gaps(deal.id)]
    listed = next(o for o in services.deals.list() if o.id == deal.id)  # the board's way
    assert listed.gaps == tuple(services.committee.gaps(deal.id))
    services.contacts.restore(a.contact_id)
    assert [p.name for p in services.committee.list(deal.id)] == ["王建国", "李敏"]


def test_the_deals_list_works_out_the_same_gaps_as_each_full_committee(services, deal, clock):
    r = roles(services)
    proposal = next(s for s in services.pipeline.stages() if s.key == "proof")
    other = services.deals.save(DealRecord(title="WMS", stage_id=proposal.id), new_company="星河")
    empty = services.deals.save(DealRecord(title="ERP", stage_id=proposal.id), new_company="远景")
    services.committee.save(StakeholderRecord(deal_id=deal.id, role_ids=(r["signer"], r["budget_holder"]),
                                              last_met=clock().date()), ContactRecord(name="王总"))
    services.committee.save(StakeholderRecord(deal_id=deal.id, stance=Stance.OPPONENT, influence=Influence.HIGH,
                                              role_ids=(r["evaluator"],)), ContactRecord(name="陈工"))
    services.committee.save(StakeholderRecord(deal_id=other.id, stance=Stance.OPPONENT, influence=Influence.HIGH,
                                              last_met=clock().date()), ContactRecord(name="赵磊"))
    listed = {o.id: o for o in services.deals.list()}
    for d in (deal, other, empty):
        assert listed[d.id].gaps == tuple(services.committee.gaps(d.id))
        assert listed[d.id].stakeholder_count == len(services.committee.list(d.id))
    assert {g.code for g in listed[deal.id].gaps} >= {GapCode.OPPONENT_HIGH_UNMET}
    assert listed[other.id].gaps[0].person == "赵磊"


def test_the_deals_list_reads_committees_without_their_text_fields(services, deal):
    """The cause of a slow board: every open deal's committee read in full (notes on each
    person, dates) to work out gaps. The list reads names, roles, stance, influence and met."""
    from sqlalchemy import event

    services.committee.save(StakeholderRecord(deal_id=deal.id, cares_about="回报"), ContactRecord(name="李敏"))
    seen: list[str] = []

    def trace(dbapi, _record, _proxy) -> None:  # noqa: ANN001
        dbapi.set_trace_callback(seen.append)

    event.listen(services.book.engine, "checkout", trace)
    try:
        services.deals.list()
    finally:
        event.remove(services.book.engine, "checkout", trace)
    assert any("stakeholder" in sql for sql in seen)
    assert not any("cares_about" in sql or "how_to_talk" in sql for sql in seen)
