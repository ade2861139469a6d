"""Companies and contacts through the services: create, read, update, delete, undo."""

from __future__ import annotations

import pytest

from desktop.domain.errors import NotFound, ValidationFailed
from desktop.domain.people import CompanyRecord, ContactRecord


def codes(exc: ValidationFailed) -> dict[str, str]:
    return {e.field: e.code for e in exc.errors}


def test_a_contact_is_created_with_its_phone_normalised(services):
    company = services.companies.save(CompanyRecord(name="华东精密制造集团", tier="s"))
    assert company.tier == "S"
    saved = services.contacts.save(
        ContactRecord(name=" 王建国 ", company_id=company.id, mobile="139 0123 4567",
                      email=" WangJG@Example.CN ", tags=("拍板", "重点"))
    )
    got = services.contacts.get(saved.id)
    assert got.name == "王建国"
    assert got.mobile == "+8613901234567"
    assert got.email == "wangjg@example.cn"
    assert got.company_name == "华东精密制造集团"
    assert got.tags == ("拍板", "重点")
    assert got.created_at == services.clock()


def test_foreign_numbers_are_kept_with_their_country(services):
    saved = services.contacts.save(ContactRecord(name="David Smith", mobile="+1 415 555 0134"))
    assert saved.mobile == "+14155550134"


def test_an_update_changes_only_what_was_edited(services, clock):
    saved = services.contacts.save(ContactRecord(name="李敏", title="财务经理"))
    clock.advance(days=1)
    from dataclasses import replace

    services.contacts.save(replace(saved, title="财务总监"))
    got = services.contacts.get(saved.id)
    assert got.title == "财务总监"
    assert got.updated_at > got.created_at


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (ContactRecord(name="  "), {"name": "required"}),
        (ContactRecord(name="张伟", email="zhangwei@"), {"email": "email_invalid"}),
        (ContactRecord(name="张伟", mobile="12"), {"mobile": "phone_invalid"}),
        (ContactRecord(name="张伟", other_phone="call me"), {"other_phone": "phone_invalid"}),
        (ContactRecord(name="", email="x", mobile="1"),
         {"name": "required", "email": "email_invalid", "mobile": "phone_invalid"}),
    ],
)
def test_invalid_contacts_are_refused_with_every_problem_and_nothing_written(services, record, expected):
    with pytest.raises(ValidationFailed) as info:
        services.contacts.save(record)
    assert codes(info.value) == expected
    assert services.contacts.list() == []


def test_a_company_needs_a_name_and_a_known_tier(services):
    with pytest.raises(ValidationFailed) as info:
        services.companies.save(CompanyRecord(name="", tier="X", website="not a site"))
    assert codes(info.value) == {"name": "required", "tier": "tier_invalid", "website": "website_invalid"}


def test_a_new_company_can_be_named_while_saving_a_contact(services):
    saved = services.contacts.save(ContactRecord(name="何军"), new_company="星河连锁零售")
    again = services.contacts.save(ContactRecord(name="罗娜"), new_company="星河连锁零售")
    assert saved.company_id == again.company_id
    assert [c.name for c in services.companies.list()] == ["星河连锁零售"]
    assert services.companies.list()[0].contact_count == 2


def test_a_failed_contact_save_does_not_leave_a_new_company_behind(services):
    with pytest.raises(ValidationFailed):
        services.contacts.save(ContactRecord(name=""), new_company="不该出现的公司")
    assert services.companies.list() == []


def test_a_deleted_contact_disappears_and_comes_back_on_restore(services):
    saved = services.contacts.save(ContactRecord(name="赵磊"))
    services.contacts.delete(saved.id)
    assert services.contacts.list() == []
    with pytest.raises(NotFound):
        services.contacts.get(saved.id)
    services.contacts.restore(saved.id)
    assert [c.name for c in services.contacts.list()] == ["赵磊"]


def test_deleting_a_company_keeps_its_contacts_without_the_company(services):
    company = services.companies.save(CompanyRecord(name="明德教育集团"))
    person = services.contacts.save(ContactRecord(name="马云飞", company_id=company.id))
    services.companies.delete(company.id)
    assert services.companies.list() == []
    assert services.contacts.get(person.id).company_name == ""
    services.companies.restore(company.id)
    assert services.contacts.get(person.id).company_name == "明德教育集团"


def test_a_contact_cannot_point_at_a_deleted_company(services):
    company = services.companies.save(CompanyRecord(name="海天食品"))
    services.companies.delete(company.id)
    with pytest.raises(ValidationFailed) as info:
        services.contacts.save(ContactRecord(name="黄莉", company_id=company.id))
    assert codes(info.value) == {"company_id": "company_missing"}


def test_contacts_of_one_company(demo_services):
    huadong = demo_services.companies.find_by_name("华东精密制造集团")
    names = {c.name for c in demo_services.contacts.list(company_id=huadong.id)}
    assert names == {"王建国", "李敏", "张伟", "陈静", "赵磊"}


def test_the_demo_is_bilingual_and_added_once(demo_services):
    from desktop.services.demo import DemoAlreadyPresent, fill_demo

    names = [c.name for c in demo_services.contacts.list()]
    assert "David Smith" in names and "王建国" in names
    with pytest.raises(DemoAlreadyPresent):
        fill_demo(demo_services)


def test_deleting_a_company_says_what_goes_with_it_and_what_stays(services, clock):
    from desktop.domain.deals import DealRecord
    from desktop.domain.notes import CallNoteRecord

    stages = {s.key: s for s in services.pipeline.stages()}
    company = services.companies.save(CompanyRecord(name="华东精密"))
    other = services.companies.save(CompanyRecord(name="云达物流"))
    for name in ("王建国", "林晓"):
        services.contacts.save(ContactRecord(name=name, company_id=company.id))
    services.contacts.save(ContactRecord(name="别人", company_id=other.id))
    big = services.deals.save(DealRecord(company_id=company.id, title="MES", amount=1_280_000,
                                         stage_id=stages["negotiation"].id))
    services.deals.save(DealRecord(company_id=company.id, title="旧项目", amount=300_000, stage_id=stages["lost"].id,
                                   lost_reason_text="预算砍了"))
    gone = services.deals.save(DealRecord(company_id=company.id, title="已删除", stage_id=stages["lead"].id))
    services.deals.delete(gone.id)
    services.deals.save(DealRecord(company_id=other.id, title="别家", stage_id=stages["lead"].id))
    services.notes.save(CallNoteRecord(company_id=company.id, deal_id=big.id, goal="谈价格", occurred_at=clock()))
    services.notes.save(CallNoteRecord(company_id=company.id, goal="初次电话", occurred_at=clock()))

    impact = services.companies.deletion(company.id)
    assert (impact.deals, impact.open_deals, impact.call_notes, impact.contacts) == (2, 1, 2, 2)
    assert impact.open_amounts == ((1_280_000, "CNY"),)
    services.companies.delete(company.id)
    with pytest.raises(NotFound):
        services.companies.deletion(company.id)
